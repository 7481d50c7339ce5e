"""Shared UI fixtures: the desk context, the small clinic, and a clock pinned to one moment.

A module that needs something different (a context signed in as the clinic's doctor, a
clinic with other settings) defines its own fixture of the same name, which wins.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from mesodesk.domain import clock
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from tests.factories import ACTOR, Clinic, make_clinic

FROZEN_NOW = datetime(2026, 3, 10, 12, 0)
"""The moment ``frozen_now`` pins "now" to (naive UTC): a Tuesday, midday in London."""


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As the program does (mesodesk.ui.gc_guard): no cycle is freed in a worker thread."""
    from mesodesk.ui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector()
    yield
    collector.stop()


@pytest.fixture
def ctx(db: Database) -> DeskContext:
    """The desk, signed in by name: every change is audited as ``ACTOR``."""
    return DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR)


@pytest.fixture
def clinic(db: Database) -> Clinic:
    """One patient, two practitioners, two products with a lot each (tests.factories)."""
    return make_clinic(db)


@pytest.fixture
def frozen_now() -> Iterator[datetime]:
    """Pin the services' and the desk's "now" to ``FROZEN_NOW`` for the test."""
    with clock.frozen(FROZEN_NOW):
        yield FROZEN_NOW

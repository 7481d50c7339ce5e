"""Live refresh: another desk's save reaches this window's Today list, selection kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from mesodesk.domain.accounts import Role
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import sessions
from mesodesk.services.changes import Change as RowChange
from mesodesk.store.engine import Database
from mesodesk.ui.bus import Change
from mesodesk.ui.context import DeskContext
from mesodesk.ui.live import LiveRefresh, kinds_of
from mesodesk.ui.models.today import COL_STATUS
from mesodesk.ui.pages.today import TodayPage
from tests.factories import ACTOR, Clinic, add_session, desk_user, ha_cheeks
from tests.ui.conftest import FROZEN_NOW


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    desk = Database.connect(db.url)
    yield desk
    desk.dispose()


def test_changed_rows_map_to_the_views_that_show_them() -> None:
    assert kinds_of([RowChange("session", 3), RowChange("patient", 1)]) == {
        Change.SESSIONS,
        Change.PATIENTS,
    }
    assert kinds_of([RowChange("product_lot", 2)]) == {Change.PRODUCTS}
    assert kinds_of([RowChange("*", None)]) == {Change.ALL}
    assert kinds_of([RowChange("something_new", 1)]) == {Change.ALL}


def test_a_status_set_at_another_desk_reaches_the_today_list(
    qtbot: QtBot, db: Database, other_desk: Database, clinic: Clinic, frozen_now: datetime
) -> None:
    day = FROZEN_NOW.date()
    line = (ha_cheeks(clinic, lot=False),)
    first = add_session(db, clinic, datetime.combine(day, datetime.min.time()).replace(hour=14),
                        status="planned", lines=line)  # fmt: skip
    second = add_session(db, clinic, datetime.combine(day, datetime.min.time()).replace(hour=15),
                         status="planned", lines=line)  # fmt: skip
    page = TodayPage(DeskContext(db, practitioner_name="Reception", user=ACTOR))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.row_of(second) is not None)
    page.select_ids([first])
    live = LiveRefresh(db, page)
    arrived: list[object] = []
    live.changed.connect(arrived.append)
    live.start()
    try:
        sessions.set_status(
            other_desk,
            second,
            SessionStatus.ARRIVED,
            actor=desk_user(other_desk, "front desk", Role.RECEPTION),
        )
        row = page.model.row_of(second)
        qtbot.waitUntil(
            lambda: page.model.index(page.model.row_of(second), COL_STATUS).data() == "Arrived",
            timeout=10_000,
        )
        assert arrived and row is not None
        assert page.selected_ids() == [first]  # the user's selection survives the refresh
    finally:
        live.stop()
    assert not live.running

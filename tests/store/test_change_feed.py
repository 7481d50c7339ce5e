"""Every desk sees the others' work: the change feed between two handles and two processes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime

import pytest

from mesodesk.services import patients, sessions
from mesodesk.services.changes import EVERYTHING, Change, ChangeFeed
from mesodesk.services.dto import PatientInput
from mesodesk.store.engine import Database
from tests.factories import ACTOR, add_session, ha_cheeks, make_clinic
from tests.store.desks import start_desk


def collect(feed: ChangeFeed, wanted: Change, timeout: float = 20.0) -> list[Change]:
    """Wait (as the window's poller does) until ``wanted`` arrives; everything seen."""
    seen: list[Change] = []
    deadline = time.monotonic() + timeout
    while wanted not in seen:
        assert time.monotonic() < deadline, f"{wanted} never arrived; saw {seen}"
        got = feed.wait(0.1)
        if not got and feed.polls_on_timer:
            time.sleep(0.02)
        seen += got
    return seen


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    desk = Database.connect(db.url)
    yield desk
    desk.dispose()


def test_another_handles_save_reaches_the_feed(db: Database, other_desk: Database) -> None:
    feed = ChangeFeed(db)
    try:
        assert feed.wait(0.05) == []
        record = patients.create_patient(other_desk, PatientInput("Ana", "Lopez"), actor=ACTOR)
        seen = collect(feed, Change("patient", record.id))
        assert set(seen) <= {Change("patient", record.id)}
        assert feed.wait(0.05) == []  # nothing new: nothing reported twice
    finally:
        feed.close()


def test_a_rolled_back_save_announces_nothing(db: Database, other_desk: Database) -> None:
    feed = ChangeFeed(db)
    try:
        with pytest.raises(RuntimeError), other_desk.begin() as s:
            from mesodesk.services import audit

            audit.record(s, actor=ACTOR, action="create", entity="patient", entity_id=999)
            raise RuntimeError("the save fails before it commits")
        marker = patients.create_patient(other_desk, PatientInput("Bo", "Ek"), actor=ACTOR)
        seen = collect(feed, Change("patient", marker.id))
        assert Change("patient", 999) not in seen
    finally:
        feed.close()


def test_looking_and_signing_in_at_another_desk_refresh_nothing(
    db: Database, other_desk: Database
) -> None:
    """A chart opened, a sign-in and a failed one are audited but change nothing another
    desk shows: only the save after them is announced."""
    from mesodesk.services import accounts, chart
    from mesodesk.services.errors import ServiceError
    from tests.factories import TEST_PASSWORD

    c = make_clinic(db)
    feed = ChangeFeed(db)
    try:
        chart.chart_data(other_desk, c.patient, actor=ACTOR)
        accounts.login(other_desk, ACTOR.login, TEST_PASSWORD)
        with pytest.raises(ServiceError):
            accounts.login(other_desk, ACTOR.login, "not the password")
        marker = patients.create_patient(other_desk, PatientInput("Bo", "Ek"), actor=ACTOR)
        seen = collect(feed, Change("patient", marker.id))
        assert seen == [Change("patient", marker.id)]
    finally:
        feed.close()


def test_a_bulk_change_is_announced_as_everything(db: Database, other_desk: Database) -> None:
    from mesodesk.services import audit
    from mesodesk.store.changes import MAX_LISTED

    feed = ChangeFeed(db)
    try:
        with other_desk.begin() as s:
            for n in range(MAX_LISTED + 5):
                audit.record(s, actor=ACTOR, action="create", entity="patient", entity_id=n)
        collect(feed, Change(EVERYTHING, None))
    finally:
        feed.close()


MARK_DONE = r"""
import sys
from dataclasses import replace
from tests.factories import ACTOR
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import sessions
from mesodesk.store.engine import Database

url, session_id = sys.argv[1], int(sys.argv[2])
db = Database.connect(url)
sessions.set_status(db, session_id, SessionStatus.ARRIVED, actor=replace(ACTOR, host="front desk"))
print("done", flush=True)
db.dispose()
"""


def test_a_status_changed_in_another_process_reaches_the_feed(db: Database) -> None:
    c = make_clinic(db)
    session_id = add_session(
        db, c, datetime(2030, 3, 4, 9, 0), status="planned", lines=(ha_cheeks(c, lot=False),)
    )
    feed = ChangeFeed(db)
    try:
        desk = start_desk(MARK_DONE, db.url, session_id)
        out, err = desk.communicate(timeout=120)
        assert desk.returncode == 0, err
        collect(feed, Change("session", session_id))
        assert sessions.get_session(db, session_id, actor=ACTOR).status == "arrived"
    finally:
        feed.close()

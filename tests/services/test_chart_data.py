"""The chart's opening read: everything it shows comes from one read transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from mesodesk.domain.session_rules import AlertKind
from mesodesk.services import chart, patients, safety, sessions
from mesodesk.services.errors import NotFound
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database, make_engine
from tests.factories import ACTOR
from tests.services.test_chart import add_course, add_session, fill_chart


@contextmanager
def count_transactions(db: Database) -> Iterator[dict[str, int]]:
    """How many pool checkouts and transactions the engine saw meanwhile."""
    seen = {"checkout": 0, "begin": 0}

    def on_checkout(*_args: Any) -> None:
        seen["checkout"] += 1

    def on_begin(*_args: Any) -> None:
        seen["begin"] += 1

    event.listen(db.engine.pool, "checkout", on_checkout)
    event.listen(db.engine, "begin", on_begin)
    try:
        yield seen
    finally:
        event.remove(db.engine.pool, "checkout", on_checkout)
        event.remove(db.engine, "begin", on_begin)


def test_chart_data_reads_in_one_transaction(db: Database) -> None:
    c = fill_chart(db, count=6)
    with count_transactions(db) as seen:
        data = chart.chart_data(db, c.patient, actor=ACTOR)
    # One read snapshot for the whole chart, then one short write that audits the view.
    assert seen == {"checkout": 2, "begin": 2}
    assert data.sessions  # the reads did run inside it


def test_chart_data_matches_the_separate_reads(db: Database) -> None:
    c = fill_chart(db, count=6)
    add_course(db, c, title="Neck")
    data = chart.chart_data(db, c.patient, actor=ACTOR)

    assert data.patient == patients.get_patient(db, c.patient, actor=ACTOR)
    history = patients.profile_history(db, c.patient, actor=ACTOR)
    assert data.profile_history == tuple(history) and data.profile == history[0]
    assert list(data.sessions) == sessions.sessions_for_patient(db, c.patient, actor=ACTOR)
    assert [s.id for s in data.sessions] == c.sessions
    assert data.course_count == 2 == chart.course_count(db, c.patient, actor=ACTOR)
    assert list(data.adverse_events) == chart.adverse_events_for_patient(db, c.patient, actor=ACTOR)
    assert list(data.findings) == safety.patient_findings(db, c.patient, actor=ACTOR)
    assert [a.text for a in data.alerts] == [
        "Allergies: latex, lidocaine",
        "Blood thinners",
        "Needle anxiety",
    ]
    assert data.alerts[-1].kind == AlertKind.CAUTION
    assert data.zone == clinic_zone(db)


def test_chart_data_is_one_snapshot_while_another_desk_writes(db: Database) -> None:
    """A write committed by another connection between two of the chart's reads is not seen
    half-way: the chart shows the patient either wholly before or wholly after it."""
    c = fill_chart(db, count=4)
    other_engine = make_engine(db.url)  # another desk's connection
    statements = 0

    def after_first_read(*args: Any) -> None:
        nonlocal statements
        if args[2].lstrip().upper().startswith("BEGIN"):
            return
        statements += 1
        if statements == 1:  # the snapshot is taken; another desk now changes everything
            values = {"p": c.patient}
            with other_engine.begin() as other:  # committed before the chart reads on
                other.execute(
                    text("UPDATE patient SET family_name = 'Changed' WHERE id = :p"), values
                )
                other.execute(
                    text("UPDATE treatment_session SET status = 'cancelled' WHERE patient_id = :p"),
                    values,
                )
                other.execute(text("DELETE FROM adverse_event WHERE patient_id = :p"), values)

    event.listen(db.engine, "after_cursor_execute", after_first_read)
    try:
        data = chart.chart_data(db, c.patient, actor=ACTOR)
    finally:
        event.remove(db.engine, "after_cursor_execute", after_first_read)
        other_engine.dispose()

    assert statements > 1
    assert data.patient.family_name == "Marchand"
    assert "cancelled" not in {s.status for s in data.sessions}
    assert len(data.adverse_events) == 2
    after = chart.chart_data(db, c.patient, actor=ACTOR)  # the write did happen
    assert after.patient.family_name == "Changed"
    assert {s.status for s in after.sessions} == {"cancelled"} and not after.adverse_events


def test_chart_data_of_a_patient_without_profile_or_sessions(db: Database) -> None:
    from mesodesk.services.dto import PatientInput

    patient = patients.create_patient(db, PatientInput("Jan", "Nowak"), actor=ACTOR)
    data = chart.chart_data(db, patient.id, actor=ACTOR)
    assert data.profile is None and data.profile_history == ()
    assert data.sessions == () and data.adverse_events == () and data.course_count == 0
    assert [a.text for a in data.alerts] == ["No medical profile recorded"]


def test_chart_data_of_an_unknown_patient(db: Database) -> None:
    with pytest.raises(NotFound):
        chart.chart_data(db, 987654, actor=ACTOR)


def test_chart_data_takes_the_same_queries_for_few_or_many_sessions(db: Database) -> None:
    from tests.services.test_chart import count_queries

    def cost(count: int) -> int:
        clinic = fill_chart(db, count=count)
        add_session(
            db,
            clinic,
            datetime.combine(date.today(), datetime.min.time()) + timedelta(days=30),
            status="planned",
        )
        with count_queries(db) as statements:
            chart.chart_data(db, clinic.patient, actor=ACTOR)
        return len(statements)

    assert cost(3) == cost(40)

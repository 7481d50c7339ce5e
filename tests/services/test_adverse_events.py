"""Adverse events: validation rules, audit rows, the open list's order, resolving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from mesodesk.domain.accounts import Role
from mesodesk.services import adverse_events as events
from mesodesk.services import chart, patients
from mesodesk.services.adverse_events import AdverseEventInput
from mesodesk.services.dto import PatientInput
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AdverseEvent, AuditEvent
from tests.factories import ACTOR, Clinic, add_session, make_clinic, make_user

TODAY = date.today()


def _day(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return make_clinic(db)


@pytest.fixture
def session(db: Database, clinic: Clinic) -> int:
    """A done session ten days ago, at 10:00 clinic time."""
    return add_session(db, clinic, datetime.combine(_day(10), time(10)))


def _input(session_id: int, **values: object) -> AdverseEventInput:
    base = AdverseEventInput(
        session_id=session_id,
        side_effect_code="bruising",
        onset_date=_day(9),
        severity="moderate",
        description="  Bruise of 3 cm on the left cheek. ",
        action_taken="Arnica gel, cold compresses.",
        follow_up_date=_day(2),
    )
    return replace(base, **values)  # type: ignore[arg-type]


def _audit(db: Database, event_id: int) -> list[AuditEvent]:
    with db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "adverse_event", AuditEvent.entity_id == event_id)
                .order_by(AuditEvent.id)
            )
        )


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AdverseEvent)) or 0)


def _refused(db: Database, data: AdverseEventInput) -> dict[str, str]:
    before = _count(db)
    with pytest.raises(ValidationFailed) as failure:
        events.record_event(db, data, actor=ACTOR, today=TODAY)
    assert _count(db) == before  # nothing was written
    return failure.value.errors


# --- recording ------------------------------------------------------------------------------


def test_record_event_derives_the_patient_and_audits(
    db: Database, clinic: Clinic, session: int
) -> None:
    event_id = events.record_event(db, _input(session), actor=ACTOR, today=TODAY)

    record = events.get_event(db, event_id, actor=ACTOR)
    assert record.session_id == session
    assert record.side_effect_name == "Bruising"
    assert record.description == "Bruise of 3 cm on the left cheek."
    assert (record.onset_date, record.follow_up_date) == (_day(9), _day(2))
    assert record.severity == "moderate" and not record.resolved
    [shown] = chart.adverse_events_for_patient(db, clinic.patient, actor=ACTOR)
    assert shown == record
    with db.read() as s:
        row = s.get(AdverseEvent, event_id)
        assert row is not None and row.patient_id == clinic.patient and row.created_at
    [entry] = _audit(db, event_id)
    assert (entry.action, entry.actor, entry.before) == ("create", ACTOR.name, None)
    assert entry.after is not None and entry.after["side_effect_code"] == "bruising"
    assert entry.after["onset_date"] == _day(9).isoformat()


def test_onset_on_the_session_day_and_today_are_accepted(db: Database, session: int) -> None:
    events.record_event(
        db, _input(session, onset_date=_day(10), follow_up_date=None), actor=ACTOR, today=TODAY
    )
    events.record_event(
        db, _input(session, onset_date=TODAY, follow_up_date=TODAY), actor=ACTOR, today=TODAY
    )
    assert _count(db) == 2


def test_onset_before_the_session_is_refused(db: Database, session: int) -> None:
    errors = _refused(db, _input(session, onset_date=_day(11)))
    assert "before the session" in errors["onset_date"]


def test_onset_in_the_future_is_refused(db: Database, session: int) -> None:
    errors = _refused(db, _input(session, onset_date=_day(-1), follow_up_date=None))
    assert errors["onset_date"] == "The onset cannot be in the future."


def test_follow_up_before_onset_is_refused(db: Database, session: int) -> None:
    errors = _refused(db, _input(session, follow_up_date=_day(10)))
    assert errors == {"follow_up_date": "The follow-up cannot be before the onset."}


def test_resolved_date_rules(db: Database, session: int) -> None:
    errors = _refused(db, _input(session, resolved_date=_day(10), outcome="Gone."))
    assert errors == {"resolved_date": "The event cannot be resolved before its onset."}
    errors = _refused(db, _input(session, resolved_date=_day(1)))
    assert errors == {"outcome": "Describe the outcome of a resolved event."}
    errors = _refused(db, _input(session, resolved_date=_day(-2), outcome="Gone."))
    assert "future" in errors["resolved_date"]


def test_severe_event_needs_the_authority_answer(db: Database, session: int) -> None:
    errors = _refused(db, _input(session, severity="severe"))
    assert "reported to the authority" in errors["reported_to_authority"]

    for answer in (False, True):
        event_id = events.record_event(
            db,
            _input(session, severity="severe", reported_to_authority=answer),
            actor=ACTOR,
            today=TODAY,
        )
        assert events.get_event(db, event_id, actor=ACTOR).reported_to_authority is answer


def test_mild_event_may_leave_the_authority_answer_empty(db: Database, session: int) -> None:
    event_id = events.record_event(db, _input(session, severity="mild"), actor=ACTOR, today=TODAY)
    assert events.get_event(db, event_id, actor=ACTOR).reported_to_authority is None


def test_unknown_type_and_severity_are_refused(db: Database, session: int) -> None:
    errors = _refused(db, _input(session, side_effect_code="headache_ish", severity="awful"))
    assert errors["side_effect_code"] == "Unknown type of event 'headache_ish'."
    assert "mild, moderate or severe" in errors["severity"]
    assert "side_effect_code" in _refused(db, _input(session, side_effect_code=" "))


def test_session_must_exist_and_belong_to_the_patient(
    db: Database, clinic: Clinic, session: int
) -> None:
    other = patients.create_patient(db, PatientInput("Ines", "Moreau"), actor=ACTOR).id
    errors = _refused(db, _input(session, patient_id=other))
    assert errors["session_id"] == "That session belongs to another patient."
    assert "no session" in _refused(db, _input(987654))["session_id"]
    events.record_event(db, _input(session, patient_id=clinic.patient), actor=ACTOR, today=TODAY)


def test_cancelled_session_cannot_carry_an_event(db: Database, clinic: Clinic) -> None:
    cancelled = add_session(
        db, clinic, datetime.combine(_day(10), time(11)), status="cancelled", checklist=False
    )
    assert "cancelled" in _refused(db, _input(cancelled))["session_id"]


# --- amending and resolving -----------------------------------------------------------------


def test_update_is_audited_with_before_and_after(db: Database, session: int) -> None:
    event_id = events.record_event(db, _input(session), actor=ACTOR, today=TODAY)
    changed = _input(session, severity="mild", action_taken="Reassured; photos taken.")
    events.update_event(
        db,
        event_id,
        changed,
        actor=make_user(db, Role.PRACTITIONER, login="other", name="Dr Other"),
        today=TODAY,
    )

    record = events.get_event(db, event_id, actor=ACTOR)
    assert (record.severity, record.action_taken) == ("mild", "Reassured; photos taken.")
    create, update = _audit(db, event_id)
    assert (update.action, update.actor) == ("update", "Dr Other")
    assert update.before is not None and update.after is not None
    assert (update.before["severity"], update.after["severity"]) == ("moderate", "mild")
    assert update.before["action_taken"] == "Arnica gel, cold compresses."

    events.update_event(db, event_id, changed, actor=ACTOR, today=TODAY)  # no change: no audit row
    assert len(_audit(db, event_id)) == 2


def test_update_validates_and_keeps_the_stored_values(db: Database, session: int) -> None:
    event_id = events.record_event(db, _input(session), actor=ACTOR, today=TODAY)
    with pytest.raises(ValidationFailed) as failure:
        events.update_event(
            db, event_id, _input(session, severity="severe"), actor=ACTOR, today=TODAY
        )
    assert set(failure.value.errors) == {"reported_to_authority"}
    assert events.get_event(db, event_id, actor=ACTOR).severity == "moderate"
    assert len(_audit(db, event_id)) == 1
    with pytest.raises(NotFound):
        events.update_event(db, 424242, _input(session), actor=ACTOR, today=TODAY)


def test_update_cannot_move_an_event_to_another_patient(
    db: Database, clinic: Clinic, session: int
) -> None:
    other = patients.create_patient(db, PatientInput("Ines", "Moreau"), actor=ACTOR).id
    theirs = add_session(db, clinic, datetime.combine(_day(10), time(15)), patient=other)
    event_id = events.record_event(db, _input(session), actor=ACTOR, today=TODAY)
    with pytest.raises(ValidationFailed) as failure:
        events.update_event(db, event_id, _input(theirs), actor=ACTOR, today=TODAY)
    assert "another patient" in failure.value.errors["session_id"]


def test_resolve_event(db: Database, session: int) -> None:
    event_id = events.record_event(db, _input(session), actor=ACTOR, today=TODAY)
    with pytest.raises(ValidationFailed) as failure:
        events.resolve_event(db, event_id, "  ", _day(1), actor=ACTOR, today=TODAY)
    assert set(failure.value.errors) == {"outcome"}
    with pytest.raises(ValidationFailed) as failure:
        events.resolve_event(db, event_id, "Faded.", _day(20), actor=ACTOR, today=TODAY)
    assert set(failure.value.errors) == {"resolved_date"}
    assert not events.get_event(db, event_id, actor=ACTOR).resolved

    events.resolve_event(db, event_id, " Faded within a week. ", _day(1), actor=ACTOR, today=TODAY)
    record = events.get_event(db, event_id, actor=ACTOR)
    assert (record.outcome, record.resolved_date) == ("Faded within a week.", _day(1))
    entry = _audit(db, event_id)[-1]
    assert entry.action == "update" and entry.before and entry.after
    assert (entry.before["resolved_date"], entry.after["resolved_date"]) == (
        None,
        _day(1).isoformat(),
    )
    with pytest.raises(ValidationFailed) as failure:
        events.resolve_event(db, event_id, "Again.", TODAY, actor=ACTOR, today=TODAY)
    assert "already resolved" in failure.value.errors["resolved_date"]


def test_resolving_a_severe_event_needs_the_authority_answer(db: Database, session: int) -> None:
    """An older severe record without the answer cannot be closed until it is given."""
    event_id = events.record_event(db, _input(session, severity="mild"), actor=ACTOR, today=TODAY)
    with db.begin() as s:
        row = s.get(AdverseEvent, event_id)
        assert row is not None
        row.severity = "severe"
    with pytest.raises(ValidationFailed) as failure:
        events.resolve_event(db, event_id, "Settled.", TODAY, actor=ACTOR, today=TODAY)
    assert set(failure.value.errors) == {"reported_to_authority"}


# --- the open list --------------------------------------------------------------------------


def test_open_events_order_and_details(db: Database, clinic: Clinic, session: int) -> None:
    other = patients.create_patient(
        db, PatientInput("Ines", "Moreau", phone="+33 6 12 34 56 78"), actor=ACTOR
    ).id
    theirs = add_session(db, clinic, datetime.combine(_day(6), time(9, 30)), patient=other)
    due_later = events.record_event(
        db, _input(session, follow_up_date=_day(-3)), actor=ACTOR, today=TODAY
    )
    no_date = events.record_event(
        db, _input(session, follow_up_date=None), actor=ACTOR, today=TODAY
    )
    overdue = events.record_event(
        db,
        _input(
            theirs,
            side_effect_code="infection",
            severity="severe",
            reported_to_authority=True,
            onset_date=_day(5),
            follow_up_date=_day(3),
        ),
        actor=ACTOR,
        today=TODAY,
    )
    due_today = events.record_event(
        db, _input(session, follow_up_date=TODAY), actor=ACTOR, today=TODAY
    )
    resolved = events.record_event(
        db, _input(session, follow_up_date=_day(8)), actor=ACTOR, today=TODAY
    )
    events.resolve_event(db, resolved, "Gone.", _day(1), actor=ACTOR, today=TODAY)

    rows = events.open_events(db, actor=ACTOR, today=TODAY)
    assert [r.id for r in rows] == [overdue, due_today, due_later, no_date]
    first = rows[0]
    assert (first.patient_id, first.patient_name, first.phone) == (
        other,
        "Ines Moreau",
        "+33 6 12 34 56 78",
    )
    assert (first.session_date, first.side_effect_name, first.severity) == (
        _day(6),
        "Infection",
        "severe",
    )
    assert (first.days_open, first.days_overdue, first.overdue) == (5, 3, True)
    assert [r.days_overdue for r in rows] == [3, 0, 0, 0]
    assert rows[1].session_date == _day(10) and rows[1].days_open == 9
    assert rows[-1].follow_up_date is None

    # Seen from a later day, the other events fall overdue too.
    later = events.open_events(db, actor=ACTOR, today=TODAY + timedelta(days=5))
    assert [r.days_overdue for r in later] == [8, 5, 2, 0]


def test_open_events_is_empty_without_events(db: Database) -> None:
    assert events.open_events(db, actor=ACTOR) == []


def test_side_effect_types_come_from_the_catalog(db: Database) -> None:
    types = {t.code: t for t in events.side_effect_types(db)}
    assert types["swelling"].expected and types["swelling"].typical_duration
    assert types["infection"].rare and not types["infection"].expected


# --- the onset follows the session --------------------------------------------------------------


def test_onset_the_day_before_the_session_names_the_session_day(db: Database, session: int) -> None:
    errors = _refused(db, _input(session, onset_date=_day(11), follow_up_date=None))
    assert errors == {
        "onset_date": (f"The onset cannot be before the session it follows ({_day(10):%d %b %Y}).")
    }


def test_an_event_cannot_follow_a_session_that_has_not_taken_place(
    db: Database, clinic: Clinic
) -> None:
    planned = add_session(
        db, clinic, datetime.combine(TODAY + timedelta(days=3), time(10)), status="planned"
    )
    errors = _refused(db, _input(planned, onset_date=TODAY, follow_up_date=None))
    assert errors["session_id"] == (
        f"This session has not taken place yet (it is booked for "
        f"{TODAY + timedelta(days=3):%d %b %Y}); an adverse event can be recorded once it has."
    )
    assert "onset_date" not in errors  # the onset is not what is wrong

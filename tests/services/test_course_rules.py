"""Course rules at the service level: slot clashes are refused by planning and moves, and a
course's status follows its sessions in the same transaction while reading writes nothing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from mesodesk.domain.enums import CourseStatus, SessionStatus
from mesodesk.services import courses, patients, settings
from mesodesk.services.courses import CourseInput
from mesodesk.services.dto import PatientInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, Course, TreatmentSession
from tests.factories import ACTOR, Clinic, add_session, make_clinic

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=LONDON)
"""A Monday morning: nothing here depends on the real date."""


@pytest.fixture
def clinic(db: Database) -> Clinic:
    settings.put(db, "clinic.time_zone", "Europe/London", actor=ACTOR)
    return make_clinic(db)


def _data(c: Clinic, **changes: object) -> CourseInput:
    values: dict[str, object] = {
        "patient_id": c.patient,
        "solution_type_id": c.types["hyaluronic_acid"],
        "practitioner_id": c.doctor,
        "areas": ("cheeks",),
        "indications": ("skin_rejuvenation",),
        "sessions": 3,
        "interval_days": 14,
        "maintenance_interval_days": 120,
        "start_date": date(2026, 3, 10),
        "preferred_time": time(10, 0),
        "preferred_weekday": None,
    }
    values.update(changes)
    return CourseInput(**values)  # type: ignore[arg-type]


def _plan(db: Database, c: Clinic, **changes: object) -> tuple[int, list[datetime]]:
    data = _data(c, **changes)
    starts = courses.propose(db, data, now=NOW, actor=ACTOR)
    return courses.create_course(db, data, starts, actor=ACTOR), starts


def _session_ids(db: Database, course_id: int) -> list[int]:
    with db.read() as s:
        return list(
            s.scalars(
                select(TreatmentSession.id)
                .where(TreatmentSession.course_id == course_id)
                .order_by(TreatmentSession.starts_at)
            )
        )


def _audit_rows(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _stored_status(db: Database, course_id: int) -> str:
    with db.read() as s:
        course = s.get(Course, course_id)
        assert course is not None
        return course.status


# --- slot clashes ----------------------------------------------------------------------------


def test_create_course_refuses_the_patients_own_session_with_another_practitioner(
    db: Database, clinic: Clinic
) -> None:
    data = _data(clinic)
    starts = courses.propose(db, data, now=NOW, actor=ACTOR)
    # The same patient, booked meanwhile with the other practitioner, over session 2.
    add_session(
        db,
        clinic,
        starts[1].replace(tzinfo=None) + timedelta(minutes=15),
        status="planned",
        doctor=clinic.second_doctor,
    )

    with pytest.raises(ValidationFailed) as refused:
        courses.create_course(db, data, starts, actor=ACTOR)

    message = refused.value.errors["starts"]
    assert message.startswith("Session 2 (")
    assert "Zoë Łukasiewicz-Öztürk already has a session" in message
    assert "with Dr Bea Costa" in message
    with db.read() as s:
        assert s.scalar(select(Course.id)) is None


def test_cancelled_and_missed_sessions_free_their_slot_for_planning(
    db: Database, clinic: Clinic
) -> None:
    data = _data(clinic)
    starts = courses.propose(db, data, now=NOW, actor=ACTOR)
    other = patients.create_patient(db, PatientInput("Ann", "Other"), actor=ACTOR).id
    for status in ("cancelled", "no_show"):
        add_session(db, clinic, starts[0].replace(tzinfo=None), status=status, patient=other)

    assert courses.create_course(db, data, starts, actor=ACTOR)


def test_plan_move_refuses_the_patients_session_with_another_practitioner(
    db: Database, clinic: Clinic
) -> None:
    course_id, starts = _plan(db, clinic)
    first = _session_ids(db, course_id)[0]
    busy = datetime(2026, 3, 12, 15, 0)
    add_session(db, clinic, busy, status="planned", doctor=clinic.second_doctor)

    with pytest.raises(ValidationFailed) as refused:
        courses.plan_move(
            db, first, busy.replace(tzinfo=LONDON), shift_following=False, actor=ACTOR
        )

    assert refused.value.errors["starts_at"] == (
        "Zoë Łukasiewicz-Öztürk already has a session 12/03/2026 15:00-15:45 with Dr Bea Costa."
    )


def test_apply_moves_refuses_a_clash_booked_after_the_plan(db: Database, clinic: Clinic) -> None:
    course_id, starts = _plan(db, clinic)
    first = _session_ids(db, course_id)[0]
    target = starts[0] + timedelta(days=1)
    moves = courses.plan_move(db, first, target, shift_following=False, actor=ACTOR)
    add_session(
        db, clinic, target.replace(tzinfo=None), status="arrived", doctor=clinic.second_doctor
    )

    with pytest.raises(ValidationFailed, match="already has a session .* with Dr Bea Costa"):
        courses.apply_moves(db, moves, actor=ACTOR)

    with db.read() as s:
        row = s.get(TreatmentSession, first)
        assert row is not None
        assert row.starts_at.replace(tzinfo=ZoneInfo("UTC")) == starts[0]


# --- course status ---------------------------------------------------------------------------


def test_reading_progress_writes_nothing(db: Database, clinic: Clinic) -> None:
    course_id, _ = _plan(db, clinic)
    with db.begin() as s:
        # As a database written before the rule holds it: a done session, a stale status.
        for row in s.scalars(
            select(TreatmentSession).where(TreatmentSession.course_id == course_id)
        ):
            row.status = SessionStatus.DONE.value
    before = _audit_rows(db)

    [progress] = courses.course_progress(db, clinic.patient, now=NOW, actor=ACTOR)

    assert progress.status == CourseStatus.COMPLETED  # shown as the sessions say
    assert _audit_rows(db) == before
    assert _stored_status(db, course_id) == CourseStatus.PLANNED


def test_status_follows_the_sessions_in_the_callers_transaction(
    db: Database, clinic: Clinic
) -> None:
    course_id, _ = _plan(db, clinic)
    ids = _session_ids(db, course_id)

    with db.begin() as s:
        s.get(TreatmentSession, ids[0]).status = SessionStatus.DONE.value  # type: ignore[union-attr]
        assert courses.update_course_status(s, course_id, actor=ACTOR) == "in_progress"
        for session_id in ids[1:]:
            s.get(TreatmentSession, session_id).status = SessionStatus.DONE.value  # type: ignore[union-attr]
        assert courses.update_course_status(s, course_id, actor=ACTOR) == "completed"
        course = s.get(Course, course_id)
        assert course is not None and course.status == "completed"
    assert _stored_status(db, course_id) == CourseStatus.COMPLETED
    with db.read() as s:
        changes = s.execute(
            select(AuditEvent.actor, AuditEvent.after)
            .where(AuditEvent.entity == "course", AuditEvent.action == "status")
            .order_by(AuditEvent.id)
        ).all()
    assert [(actor, after["status"]) for actor, after in changes] == [
        (ACTOR.name, "in_progress"),
        (ACTOR.name, "completed"),
    ]


def test_a_rolled_back_change_leaves_the_status_as_it_was(db: Database, clinic: Clinic) -> None:
    course_id, _ = _plan(db, clinic)
    ids = _session_ids(db, course_id)

    with pytest.raises(RuntimeError), db.begin() as s:
        for session_id in ids:
            s.get(TreatmentSession, session_id).status = SessionStatus.DONE.value  # type: ignore[union-attr]
        courses.update_course_status(s, course_id, actor=ACTOR)
        raise RuntimeError("the session change failed after the status was set")

    assert _stored_status(db, course_id) == CourseStatus.PLANNED


def test_a_session_outside_a_course_and_an_unchanged_status_write_nothing(
    db: Database, clinic: Clinic
) -> None:
    course_id, _ = _plan(db, clinic)
    before = _audit_rows(db)
    with db.begin() as s:
        assert courses.update_course_status(s, None, actor=ACTOR) is None
        assert courses.update_course_status(s, course_id, actor=ACTOR) == "planned"
    assert _audit_rows(db) == before


def test_abandoning_keeps_the_status_when_a_later_session_changes(
    db: Database, clinic: Clinic
) -> None:
    course_id, _ = _plan(db, clinic)
    courses.set_course_status(db, course_id, CourseStatus.ABANDONED, actor=ACTOR, reason="Moved")
    with db.begin() as s:
        assert courses.update_course_status(s, course_id, actor=ACTOR) == "abandoned"


def test_the_sessions_service_moves_the_course_status_as_it_saves(
    db: Database, clinic: Clinic
) -> None:
    """Marking sessions of a course done (or cancelled) through the sessions service moves
    the course's stored status in that same save; nobody has to read it to repair it."""
    from mesodesk.domain import clock
    from mesodesk.services import sessions
    from mesodesk.services.dto import TreatmentInput
    from tests.factories import consent_for

    course_id, starts = _plan(db, clinic, sessions=2)
    first, second = _session_ids(db, course_id)
    lines = (TreatmentInput(clinic.areas["cheeks"], product_id=clinic.ha),)
    with clock.frozen(starts[-1] + timedelta(days=1)):
        for session_id in (first, second):
            current = sessions.get_session(db, session_id, actor=ACTOR)
            sessions.update_session(
                db,
                session_id,
                sessions_input(current, lines, consent_for(db, lines)),
                actor=ACTOR,
            )
            expected = "in_progress" if session_id == first else "completed"
            assert _stored_status(db, course_id) == expected


def sessions_input(current: object, lines: tuple[object, ...], consent: int | None) -> object:
    from mesodesk.domain.checklist import all_ticked
    from mesodesk.services.dto import SessionInput

    return SessionInput(
        patient_id=current.patient_id,  # type: ignore[attr-defined]
        starts_at=current.starts_at,  # type: ignore[attr-defined]
        practitioner_id=current.practitioner_id,  # type: ignore[attr-defined]
        course_id=current.course_id,  # type: ignore[attr-defined]
        status="done",
        treatments=lines,  # type: ignore[arg-type]
        checklist=all_ticked(),
        consent_template_id=consent,
    )

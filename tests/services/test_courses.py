"""Courses: proposing sessions, saving them, moving, cancelling, progress, recalls and .ics."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from mesodesk.domain.enums import CourseStatus, SessionStatus
from mesodesk.services import courses, patients, sessions, settings
from mesodesk.services.courses import CourseInput
from mesodesk.services.dto import PatientInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    AuditEvent,
    Course,
    SessionTreatment,
    Setting,
    TreatmentSession,
)
from tests.factories import ACTOR, Clinic, add_session, make_clinic

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=LONDON)
"""A Monday morning; every test plans from here, so dates never depend on the real clock."""


@pytest.fixture
def clinic(db: Database) -> Clinic:
    settings.put(db, "clinic.time_zone", "Europe/London", actor=ACTOR)
    return make_clinic(db)


def _course(c: Clinic, **changes: object) -> CourseInput:
    values: dict[str, object] = {
        "patient_id": c.patient,
        "solution_type_id": c.types["hyaluronic_acid"],
        "practitioner_id": c.doctor,
        "areas": ("cheeks", "neck"),
        "indications": ("skin_rejuvenation",),
        "sessions": 6,
        "interval_days": 14,
        "maintenance_interval_days": 120,
        "start_date": date(2026, 3, 10),
        "preferred_time": time(10, 0),
        "preferred_weekday": None,
    }
    values.update(changes)
    return CourseInput(**values)  # type: ignore[arg-type]


def _other_patient(db: Database, given: str = "Jane", family: str = "Doe") -> int:
    return patients.create_patient(db, PatientInput(given, family), actor=ACTOR).id


def _mark(db: Database, session_ids: list[int], status: str) -> None:
    """Test set-up: a status as the day's work would have left it (no checklist needed),
    with the course's status kept in step in the same transaction, as the sessions service
    does."""
    with db.begin() as s:
        rows = s.scalars(select(TreatmentSession).where(TreatmentSession.id.in_(session_ids)))
        for row in rows.all():
            row.status = status
            courses.update_course_status(s, row.course_id, actor=ACTOR)


def _course_sessions(db: Database, course_id: int) -> list[TreatmentSession]:
    with db.read() as s:
        return list(
            s.scalars(
                select(TreatmentSession)
                .where(TreatmentSession.course_id == course_id)
                .order_by(TreatmentSession.starts_at)
            )
        )


def _plan(db: Database, c: Clinic, **changes: object) -> tuple[int, list[datetime]]:
    data = _course(c, **changes)
    starts = courses.propose(db, data, now=NOW, actor=ACTOR)
    return courses.create_course(db, data, starts, actor=ACTOR), starts


# --- proposing -----------------------------------------------------------------------------


def test_defaults_come_from_the_catalog(db: Database, clinic: Clinic) -> None:
    assert courses.defaults_for(db, clinic.types["hyaluronic_acid"]) == (4, 14, 120)
    assert courses.defaults_for(db, clinic.types["prp"]) == (4, 28, 180)


def test_six_sessions_every_two_weeks_on_open_days_around_a_booked_slot(
    db: Database, clinic: Clinic
) -> None:
    other = _other_patient(db)
    add_session(db, clinic, datetime(2026, 3, 10, 10, 0), status="planned", patient=other, lines=())
    data = _course(clinic)

    starts = courses.propose(db, data, now=NOW, actor=ACTOR)

    hours = courses.opening_hours(db)
    assert len(starts) == 6
    assert all(hours.is_open(s, s + timedelta(minutes=45)) for s in starts)
    assert all(s.tzinfo is not None and s.astimezone(LONDON) == s for s in starts)
    # The other patient's 10:00-10:45 is taken: the nearest free slot that morning is 09:15.
    assert starts[0] == datetime(2026, 3, 10, 9, 15, tzinfo=LONDON)
    assert all((b.date() - a.date()).days >= 14 for a, b in zip(starts, starts[1:], strict=False))
    assert [s.time() for s in starts[1:]] == [time(10, 0)] * 5
    assert courses.ideal_starts(data, starts) == [False, True, True, True, True, True]
    booked = datetime(2026, 3, 10, 10, 0, tzinfo=LONDON)
    assert all(
        s + timedelta(minutes=45) <= booked or s >= booked + timedelta(minutes=45) for s in starts
    )


def test_a_preferred_weekday_and_closed_sundays(db: Database, clinic: Clinic) -> None:
    starts = courses.propose(
        db, _course(clinic, preferred_weekday=3, sessions=4, interval_days=7), now=NOW, actor=ACTOR
    )
    assert [s.weekday() for s in starts] == [3, 3, 3, 3]
    assert starts[0].date() == date(2026, 3, 12)
    settings.put(
        db,
        "clinic.opening_hours",
        {"weekly": {"mon": [["09:00", "17:00"]]}, "closed_dates": ["2026-03-16"]},
        actor=ACTOR,
    )
    starts = courses.propose(db, _course(clinic, sessions=2, interval_days=7), now=NOW, actor=ACTOR)
    # Only Mondays are open and 16 March is a holiday: the first Monday after is the 23rd.
    assert [s.date() for s in starts] == [date(2026, 3, 23), date(2026, 3, 30)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sessions": 0}, "sessions"),
        ({"sessions": 21}, "sessions"),
        ({"interval_days": 0}, "interval_days"),
        ({"areas": ()}, "areas"),
        ({"areas": ("elbow_of_mars",)}, "areas"),
        ({"indications": ()}, "indications"),
        ({"practitioner_id": None}, "practitioner_id"),
        ({"duration_minutes": 600}, "duration_minutes"),
        ({"maintenance_interval_days": 0}, "maintenance_interval_days"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(
    db: Database, clinic: Clinic, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        courses.propose(db, _course(clinic, **changes), now=NOW, actor=ACTOR)
    assert field in refused.value.errors
    assert refused.value.errors[field].endswith(".")


def test_no_free_slot_is_explained(db: Database, clinic: Clinic) -> None:
    settings.put(db, "clinic.opening_hours", {"weekly": {}}, actor=ACTOR)
    with pytest.raises(ValidationFailed) as refused:
        courses.propose(db, _course(clinic), now=NOW, actor=ACTOR)
    assert "no free slot" in refused.value.errors["starts"]


def test_broken_opening_hours_setting_is_reported(db: Database, clinic: Clinic) -> None:
    # The settings service refuses such hours; a database written by hand may still hold them.
    broken = {"weekly": {"mon": [["18:00", "09:00"]]}}
    with db.begin() as s:
        s.merge(Setting(key="clinic.opening_hours", value=broken))
    with pytest.raises(ValidationFailed) as refused:
        courses.opening_hours(db)
    assert "Monday" in refused.value.errors["clinic.opening_hours"]


# --- saving --------------------------------------------------------------------------------


def test_create_course_stores_the_course_and_its_planned_sessions(
    db: Database, clinic: Clinic
) -> None:
    course_id, starts = _plan(db, clinic)

    with db.read() as s:
        course = s.get(Course, course_id)
        assert course is not None
        assert course.title == "Skin rejuvenation: Cheeks, Neck"
        assert course.status == CourseStatus.PLANNED
        assert (course.planned_sessions, course.interval_days) == (6, 14)
        assert course.maintenance_interval_days == 120
        assert course.areas == ["cheeks", "neck"]
        assert course.indications == ["skin_rejuvenation"]
        assert course.preferred_time == "10:00"
        assert course.start_date == starts[0].date()
        rows = s.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == course_id)
            .order_by(TreatmentSession.starts_at)
        ).all()
        assert len(rows) == 6
        assert {r.status for r in rows} == {SessionStatus.PLANNED}
        assert {r.practitioner_id for r in rows} == {clinic.doctor}
        assert [sessions.from_utc(r.starts_at, LONDON) for r in rows] == starts
        for r in rows:
            assert [(t.area_id, t.solution_type_id, t.product_lot_id) for t in r.treatments] == [
                (clinic.areas["cheeks"], clinic.types["hyaluronic_acid"], None),
                (clinic.areas["neck"], clinic.types["hyaluronic_acid"], None),
            ]
            assert r.checklist is None
        audits = s.scalars(
            select(AuditEvent.entity).where(
                AuditEvent.action == "create", AuditEvent.actor == ACTOR.name
            )
        ).all()
        assert audits.count("course") == 1
        assert audits.count("session") == 6
    record = sessions.get_session(db, rows[0].id, actor=ACTOR)
    assert record.course_id == course_id
    assert record.missing == ()


def test_a_slot_taken_since_the_proposal_is_refused_and_nothing_is_saved(
    db: Database, clinic: Clinic
) -> None:
    data = _course(clinic)
    starts = courses.propose(db, data, now=NOW, actor=ACTOR)
    other = _other_patient(db, "Ann", "Other")
    add_session(db, clinic, starts[2].replace(tzinfo=None), status="planned", patient=other)

    with pytest.raises(ValidationFailed) as refused:
        courses.create_course(db, data, starts, actor=ACTOR)

    message = refused.value.errors["starts"]
    assert "Session 3" in message and "is now taken" in message and "Ann Other" in message
    with db.read() as s:
        assert s.scalar(select(Course.id)) is None


# --- moving --------------------------------------------------------------------------------


def test_moving_with_shift_keeps_the_order_and_the_interval(db: Database, clinic: Clinic) -> None:
    course_id, starts = _plan(db, clinic)
    rows = _course_sessions(db, course_id)
    new_start = starts[1] + timedelta(days=5)

    assert courses.later_planned_in_course(db, rows[1].id) == [r.id for r in rows[2:]]
    moves = courses.plan_move(db, rows[1].id, new_start, shift_following=True, actor=ACTOR)

    assert moves[0] == courses.Move(rows[1].id, starts[1], new_start)
    assert [m.session_id for m in moves[1:]] == [r.id for r in rows[2:]]
    courses.apply_moves(db, moves, actor=ACTOR)
    after = [sessions.from_utc(r.starts_at, LONDON) for r in _course_sessions(db, course_id)]
    assert after[0] == starts[0] and after[1] == new_start
    assert all((b.date() - a.date()).days >= 14 for a, b in zip(after, after[1:], strict=False))
    assert [r.id for r in _course_sessions(db, course_id)] == [r.id for r in rows]
    with db.read() as s:
        assert len(s.scalars(select(AuditEvent).where(AuditEvent.action == "move")).all()) == 5


def test_moving_without_shift_moves_only_that_session(db: Database, clinic: Clinic) -> None:
    course_id, starts = _plan(db, clinic)
    rows = _course_sessions(db, course_id)
    moves = courses.plan_move(
        db, rows[1].id, starts[1] + timedelta(hours=2), shift_following=False, actor=ACTOR
    )
    assert len(moves) == 1
    courses.apply_moves(db, moves, practitioner_id=clinic.second_doctor, actor=ACTOR)
    moved = sessions.get_session(db, rows[1].id, actor=ACTOR)
    assert moved.starts_at == starts[1] + timedelta(hours=2)
    assert moved.practitioner_id == clinic.second_doctor


def test_an_overlap_with_another_patient_is_refused_by_name(db: Database, clinic: Clinic) -> None:
    course_id, starts = _plan(db, clinic)
    rows = _course_sessions(db, course_id)
    other = _other_patient(db, "Jane", "Doe")
    busy = datetime(2026, 3, 11, 14, 0)
    add_session(db, clinic, busy, status="planned", patient=other)

    with pytest.raises(ValidationFailed) as refused:
        courses.plan_move(
            db,
            rows[0].id,
            busy.replace(tzinfo=LONDON, minute=30),
            shift_following=False,
            actor=ACTOR,
        )
    # The one clash message of services.slots, as for every booking.
    assert refused.value.errors["starts_at"] == (
        "Dr Ana Ruiz is already booked 11/03/2026 14:00-14:45 with Jane Doe."
    )
    conflicts = courses.practitioner_conflicts(
        db, clinic.doctor, busy.replace(minute=30), 45, ignore_session_id=rows[0].id
    )
    assert [(c.patient_name, c.starts_at.time()) for c in conflicts] == [("Jane Doe", time(14))]
    # Another practitioner is free then.
    assert courses.plan_move(
        db,
        rows[0].id,
        busy.replace(tzinfo=LONDON, minute=30),
        practitioner_id=clinic.second_doctor,
        shift_following=False,
        actor=ACTOR,
    )


def test_apply_moves_checks_again(db: Database, clinic: Clinic) -> None:
    course_id, starts = _plan(db, clinic)
    rows = _course_sessions(db, course_id)
    target = starts[0] + timedelta(days=1)
    moves = courses.plan_move(db, rows[0].id, target, shift_following=False, actor=ACTOR)
    add_session(
        db, clinic, target.replace(tzinfo=None), status="planned", patient=_other_patient(db)
    )
    with pytest.raises(ValidationFailed, match="already booked .* with Jane Doe"):
        courses.apply_moves(db, moves, actor=ACTOR)
    assert sessions.get_session(db, rows[0].id, actor=ACTOR).starts_at == starts[0]


def test_done_sessions_are_never_moved(db: Database, clinic: Clinic) -> None:
    course_id, starts = _plan(db, clinic)
    rows = _course_sessions(db, course_id)
    _mark(db, [rows[0].id], SessionStatus.DONE)

    with pytest.raises(ValidationFailed) as refused:
        courses.plan_move(
            db, rows[0].id, starts[0] + timedelta(days=1), shift_following=True, actor=ACTOR
        )
    assert refused.value.errors["status"] == "Done sessions are never moved."
    stale = [courses.Move(rows[0].id, starts[0], starts[0] + timedelta(days=1))]
    with pytest.raises(ValidationFailed, match="never moved"):
        courses.apply_moves(db, stale, actor=ACTOR)
    # Shifting after a move of session 2 leaves the done session 1 where it is.
    moves = courses.plan_move(
        db, rows[1].id, starts[1] + timedelta(days=3), shift_following=True, actor=ACTOR
    )
    assert rows[0].id not in {m.session_id for m in moves}


# --- cancelling ----------------------------------------------------------------------------


def test_cancel_keeps_the_record_and_offers_a_replacement(db: Database, clinic: Clinic) -> None:
    course_id, starts = _plan(db, clinic)
    rows = _course_sessions(db, course_id)

    offer = courses.cancel(
        db, rows[0].id, SessionStatus.CANCELLED, "Patient has a cold", actor=ACTOR, now=NOW
    )

    record = sessions.get_session(db, rows[0].id, actor=ACTOR)
    assert (record.status, record.status_reason) == ("cancelled", "Patient has a cold")
    assert offer is not None
    assert offer.date() > starts[0].date() and offer.time() == starts[0].time()
    new_id = courses.book_replacement(db, rows[0].id, offer, actor=ACTOR)
    new = sessions.get_session(db, new_id, actor=ACTOR)
    assert (new.status, new.course_id, new.practitioner_id) == ("planned", course_id, clinic.doctor)
    assert new.starts_at == offer
    assert [(t.area_id, t.solution_type_id) for t in new.treatments] == [
        (clinic.areas["cheeks"], clinic.types["hyaluronic_acid"]),
        (clinic.areas["neck"], clinic.types["hyaluronic_acid"]),
    ]
    with pytest.raises(ValidationFailed, match="already booked .* with Zoë"):
        courses.book_replacement(db, rows[0].id, offer, actor=ACTOR)


def test_a_no_show_in_the_past_is_offered_a_slot_from_now_on(db: Database, clinic: Clinic) -> None:
    course_id, starts = _plan(db, clinic)
    rows = _course_sessions(db, course_id)
    later = starts[0] + timedelta(days=3, hours=5)
    offer = courses.cancel(db, rows[0].id, SessionStatus.NO_SHOW, "", actor=ACTOR, now=later)
    assert offer is not None and offer >= later
    assert sessions.get_session(db, rows[0].id, actor=ACTOR).status == "no_show"
    with pytest.raises(ValidationFailed):
        courses.cancel(db, rows[1].id, SessionStatus.DONE, "", actor=ACTOR)


# --- progress ------------------------------------------------------------------------------


def test_course_progress_counts_and_status(db: Database, clinic: Clinic) -> None:
    course_id, starts = _plan(db, clinic)
    rows = _course_sessions(db, course_id)
    _mark(db, [rows[0].id, rows[1].id], SessionStatus.DONE)
    _mark(db, [rows[2].id], SessionStatus.NO_SHOW)

    [progress] = courses.course_progress(
        db, clinic.patient, now=starts[2] + timedelta(days=1), actor=ACTOR
    )

    assert (progress.done_count, progress.planned_count, progress.missed_count) == (2, 3, 1)
    assert progress.status == CourseStatus.IN_PROGRESS
    assert progress.next_session == starts[3]
    assert progress.last_session == starts[1].date()
    assert progress.areas == ("Cheeks", "Neck")
    assert [st for _, st in progress.timeline] == [
        "done",
        "done",
        "no_show",
        "planned",
        "planned",
        "planned",
    ]
    with db.read() as s:
        assert s.get(Course, course_id).status == CourseStatus.IN_PROGRESS  # type: ignore[union-attr]

    _mark(db, [r.id for r in rows[3:]], SessionStatus.DONE)
    _mark(db, [rows[2].id], SessionStatus.DONE)
    [progress] = courses.course_progress(db, clinic.patient, now=NOW, actor=ACTOR)
    assert progress.status == CourseStatus.COMPLETED
    assert progress.maintenance_due == starts[-1].date() + timedelta(days=120)


def test_abandoning_cancels_the_planned_sessions_and_keeps_the_reason(
    db: Database, clinic: Clinic
) -> None:
    course_id, _ = _plan(db, clinic, start_date=date.today() + timedelta(days=7))
    rows = _course_sessions(db, course_id)
    _mark(db, [rows[0].id], SessionStatus.DONE)

    stored = courses.set_course_status(
        db, course_id, CourseStatus.ABANDONED, actor=ACTOR, reason="Moved abroad"
    )

    assert stored == "abandoned"
    [progress] = courses.course_progress(db, clinic.patient, actor=ACTOR)
    assert (progress.status, progress.status_reason) == ("abandoned", "Moved abroad")
    assert (progress.done_count, progress.planned_count, progress.missed_count) == (1, 0, 5)
    assert (
        sessions.get_session(db, rows[1].id, actor=ACTOR).status_reason
        == "Course abandoned: Moved abroad"
    )
    assert courses.set_course_status(db, course_id, "in_progress", actor=ACTOR) == "in_progress"


def test_derive_status() -> None:
    assert courses.derive_status("planned", 0, 6) == "planned"
    assert courses.derive_status("planned", 1, 6) == "in_progress"
    assert courses.derive_status("in_progress", 6, 6) == "completed"
    assert courses.derive_status("completed", 3, 6) == "completed"
    assert courses.derive_status("abandoned", 6, 6) == "abandoned"


# --- follow-up list ------------------------------------------------------------------------


def _finished_course(db: Database, c: Clinic, patient: int, first: date) -> int:
    """A two-session course, both done, the last one on ``first`` + 14 days."""
    data = _course(
        c, patient_id=patient, sessions=2, start_date=first, maintenance_interval_days=120
    )
    starts = courses.propose(
        db, data, now=datetime.combine(first, time(7), tzinfo=LONDON), actor=ACTOR
    )
    course_id = courses.create_course(db, data, starts, actor=ACTOR)
    _mark(db, [r.id for r in _course_sessions(db, course_id)], SessionStatus.DONE)
    return course_id


def test_followup_list_shows_due_maintenance_and_open_courses(db: Database, clinic: Clinic) -> None:
    today = date(2026, 9, 1)
    due = _other_patient(db, "Dora", "Due")
    booked = _other_patient(db, "Bea", "Booked")
    overdue = _other_patient(db, "=cmd", "Overdue")
    _finished_course(db, clinic, due, date(2026, 4, 27))  # last 11 May + 120 = 8 Sep
    _finished_course(db, clinic, booked, date(2026, 4, 20))
    add_session(db, clinic, datetime(2026, 9, 20, 11), status="planned", patient=booked)
    _finished_course(db, clinic, overdue, date(2026, 3, 2))  # last 16 Mar + 120 = 14 Jul
    open_id, starts = _plan(db, clinic, start_date=date(2026, 7, 1))
    rows = _course_sessions(db, open_id)
    _mark(db, [rows[0].id], SessionStatus.DONE)
    _mark(db, [r.id for r in rows[1:]], SessionStatus.CANCELLED)

    items = courses.followup_list(db, today=today, horizon_days=14, actor=ACTOR)

    by_patient = {i.patient_id: i for i in items}
    assert booked not in by_patient
    assert by_patient[due].kind == courses.MAINTENANCE_DUE
    assert by_patient[due].due_date == date(2026, 9, 8)
    assert by_patient[due].last_session == date(2026, 5, 11)
    assert by_patient[due].days_overdue == -7
    assert by_patient[overdue].kind == courses.MAINTENANCE_OVERDUE
    assert by_patient[overdue].days_overdue == (today - date(2026, 7, 14)).days
    assert by_patient[clinic.patient].kind == courses.NO_NEXT_SESSION
    assert by_patient[clinic.patient].due_date == starts[0].date() + timedelta(days=14)
    assert [i.due_date for i in items] == sorted(i.due_date for i in items)
    # Not yet within the horizon: a week earlier, Dora is not due.
    earlier = courses.followup_list(db, today=date(2026, 8, 20), horizon_days=14, actor=ACTOR)
    assert due not in {i.patient_id for i in earlier}
    limited = courses.followup_list(db, today=today, overdue_limit_days=30, actor=ACTOR)
    assert overdue not in {i.patient_id for i in limited}

    text = courses.followup_csv(items)
    cells = list(csv.reader(io.StringIO(text)))
    assert cells[0][:3] == ["Kind", "Patient no.", "Patient"]
    assert "'=cmd Overdue" in [row[2] for row in cells[1:]]
    assert not any(cell.startswith("=") for row in cells for cell in row)

    slot = courses.propose_next(db, by_patient[due], now=datetime(2026, 9, 1, 9, tzinfo=LONDON))
    assert slot is not None and slot.date() == date(2026, 9, 8) and slot.time() == time(10)


def test_a_newer_open_course_stands_in_for_maintenance(db: Database, clinic: Clinic) -> None:
    _finished_course(db, clinic, clinic.patient, date(2026, 3, 2))
    _, starts = _plan(db, clinic, start_date=date(2026, 5, 4), sessions=4)
    items = courses.followup_list(db, today=starts[-1].date() + timedelta(days=30), actor=ACTOR)
    assert [i.kind for i in items if i.patient_id == clinic.patient] == [courses.NO_NEXT_SESSION]


# --- calendar file and daylight saving time ------------------------------------------------


def test_course_crossing_the_clocks_change_keeps_ten_oclock(db: Database, clinic: Clinic) -> None:
    data = _course(
        clinic, start_date=date(2026, 3, 16), preferred_weekday=0, sessions=4, interval_days=7
    )
    starts = courses.propose(db, data, now=NOW, actor=ACTOR)
    course_id = courses.create_course(db, data, starts, actor=ACTOR)

    stored = [r.starts_at for r in _course_sessions(db, course_id)]
    assert [s.hour for s in stored] == [10, 10, 9, 9]  # UTC: GMT, then BST from 29 March
    local = [sessions.from_utc(s, LONDON) for s in stored]
    assert [(s.date(), s.time()) for s in local] == [
        (date(2026, 3, 16), time(10)),
        (date(2026, 3, 23), time(10)),
        (date(2026, 3, 30), time(10)),
        (date(2026, 4, 6), time(10)),
    ]

    ics = courses.upcoming_ics(db, clinic.patient, now=NOW, actor=ACTOR)
    events = Calendar.from_ical(ics).walk("VEVENT")
    assert [e.decoded("dtstart").time() for e in events] == [time(10)] * 4
    assert b"DTSTART;TZID=Europe/London:20260330T100000" in ics


def test_upcoming_sessions_as_an_ics_file(db: Database, clinic: Clinic) -> None:
    settings.put(db, "clinic.name", "Clinique Lumière", actor=ACTOR)
    settings.put(db, "clinic.address", "12 High Street\nBath BA1 1AA", actor=ACTOR)
    course_id, starts = _plan(db, clinic, sessions=3)
    rows = _course_sessions(db, course_id)
    _mark(db, [rows[0].id], SessionStatus.CANCELLED)

    ics = courses.upcoming_ics(db, clinic.patient, now=NOW, actor=ACTOR)

    calendar = Calendar.from_ical(ics)
    assert str(calendar["VERSION"]) == "2.0"
    assert "mesodesk" in str(calendar["PRODID"])
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/London"
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"session-{r.id}@mesodesk" for r in rows[1:]]
    first = events[0]
    assert first.decoded("dtstart") == starts[1]
    assert first.decoded("dtend") == starts[1] + timedelta(minutes=45)
    assert first["DTSTART"].params["TZID"] == "Europe/London"
    assert str(first["SUMMARY"]) == "Clinique Lumière: mesotherapy session"
    assert str(first["LOCATION"]) == "12 High Street, Bath BA1 1AA"
    assert "Dr Ana Ruiz" in str(first["DESCRIPTION"])
    assert "Cheeks, Neck" in str(first["DESCRIPTION"])
    assert first.decoded("dtstamp").tzinfo is not None
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n")
    # Nothing to come: still a valid, empty calendar.
    empty = courses.upcoming_ics(
        db, clinic.patient, now=datetime(2030, 1, 1, tzinfo=UTC), actor=ACTOR
    )
    assert Calendar.from_ical(empty).walk("VEVENT") == []


def test_the_calendar_file_is_named_by_patient_number_unless_names_are_asked(
    db: Database, clinic: Clinic
) -> None:
    assert courses.ics_file_name(db, clinic.patient) == (
        f"appointments_patient-{clinic.patient}.ics"
    )
    settings.put(db, settings.NAMES_IN_FILE_NAMES_KEY, True, actor=ACTOR)
    assert courses.ics_file_name(db, clinic.patient) == "appointments_Zoë Łukasiewicz-Öztürk.ics"


def test_lines_of_planned_sessions_have_no_product_yet(db: Database, clinic: Clinic) -> None:
    course_id, _ = _plan(db, clinic, sessions=2)
    with db.read() as s:
        products = s.scalars(
            select(SessionTreatment.product_id)
            .join(TreatmentSession, TreatmentSession.id == SessionTreatment.session_id)
            .where(TreatmentSession.course_id == course_id)
        ).all()
    assert products == [None] * 4

"""The follow-up list as reception calls it: a useful window, one row per patient, and the
calls recorded (audited) hiding a patient until the next due date, or for good."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from mesodesk.domain.enums import SessionStatus
from mesodesk.services import courses, patients, settings
from mesodesk.services.courses import ContactOutcome, FollowUpView
from mesodesk.services.dto import PatientInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, TreatmentSession
from tests.factories import ACTOR, Clinic, make_clinic

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 9, 1)


@pytest.fixture
def clinic(db: Database) -> Clinic:
    settings.put(db, "clinic.time_zone", "Europe/London", actor=ACTOR)
    every_day = {
        day: [["08:00", "20:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    }
    settings.put(db, "clinic.opening_hours", {"weekly": every_day}, actor=ACTOR)
    return make_clinic(db)


def _patient(db: Database, given: str, family: str) -> int:
    return patients.create_patient(db, PatientInput(given, family), actor=ACTOR).id


def _course(
    db: Database, c: Clinic, patient: int, last: date, *, done: int = 2, at: int = 10
) -> int:
    """A two-session course 14 days apart ending on ``last``, ``done`` sessions done (the
    others cancelled), with 120 days to maintenance."""
    first = last - timedelta(days=14)
    data = courses.CourseInput(
        patient_id=patient,
        solution_type_id=c.types["vitamin_mineral"],
        practitioner_id=c.doctor,
        areas=("cheeks",),
        indications=("dull_skin",),
        sessions=2,
        interval_days=14,
        maintenance_interval_days=120,
        start_date=first,
        preferred_time=time(at),
        preferred_weekday=None,
    )
    starts = [datetime.combine(d, time(at), tzinfo=LONDON) for d in (first, last)]
    course_id = courses.create_course(db, data, starts, actor=ACTOR)
    with db.begin() as s:
        rows = s.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == course_id)
            .order_by(TreatmentSession.starts_at)
        ).all()
        for n, row in enumerate(rows):
            row.status = SessionStatus.DONE if n < done else SessionStatus.CANCELLED
        courses.update_course_status(s, course_id, actor=ACTOR)
    return course_id


@pytest.fixture
def people(db: Database, clinic: Clinic) -> dict[str, int]:
    names = {
        "due": _patient(db, "Dora", "Due"),
        "late": _patient(db, "Olga", "Overdue"),
        "lapsed": _patient(db, "Larry", "Lapsed"),
        "twice": _patient(db, "Tina", "Twice"),
    }
    _course(db, clinic, names["due"], TODAY - timedelta(days=115))  # due in 5 days
    _course(db, clinic, names["late"], TODAY - timedelta(days=150))  # 30 days late
    _course(db, clinic, names["lapsed"], TODAY - timedelta(days=400))  # 280 days late
    # Two open courses with no next session: two reasons, one row.
    _course(db, clinic, names["twice"], TODAY - timedelta(days=20), done=1, at=11)
    _course(db, clinic, names["twice"], TODAY - timedelta(days=40), done=1, at=15)
    return names


def _names(items: list[courses.FollowUpItem]) -> list[str]:
    return [i.patient_name for i in items]


def test_the_list_opens_on_a_useful_window_with_one_row_per_patient(
    db: Database, people: dict[str, int]
) -> None:
    raw = courses.followup_list(db, today=TODAY, actor=ACTOR)
    assert [i.patient_name for i in raw].count("Tina Twice") == 2

    items = courses.followups(db, actor=ACTOR, today=TODAY)

    assert _names(items) == ["Tina Twice", "Olga Overdue", "Dora Due"]  # by due date
    tina = items[0]
    assert tina.reasons == 2 and tina.kind == courses.NO_NEXT_SESSION
    assert tina.due_date == TODAY - timedelta(days=40)  # the earlier of her two reasons
    widened = courses.followups(db, actor=ACTOR, today=TODAY, overdue_limit_days=None)
    assert _names(widened)[0] == "Larry Lapsed"
    assert len(widened) == 4


def test_a_call_hides_the_patient_until_the_next_due_date(
    db: Database, people: dict[str, int]
) -> None:
    olga = next(
        i for i in courses.followups(db, actor=ACTOR, today=TODAY) if i.patient_id == people["late"]
    )

    contact_id = courses.record_contact(
        db, olga, ContactOutcome.CALLED, on=TODAY - timedelta(days=1), actor=ACTOR, today=TODAY
    )

    assert "Olga Overdue" not in _names(courses.followups(db, actor=ACTOR, today=TODAY))
    [contacted] = courses.followups(db, actor=ACTOR, today=TODAY, view=FollowUpView.CONTACTED)
    assert contacted.patient_id == people["late"]
    assert contacted.contact_outcome == "called"
    assert contacted.contacted_on == TODAY - timedelta(days=1)
    assert contacted.hidden_until == olga.due_date + timedelta(days=120)
    # Back on the list when the next due date comes (if still not booked).
    later = contacted.hidden_until
    assert later is not None
    back = courses.followups(db, actor=ACTOR, today=later, overdue_limit_days=None)
    assert people["late"] in {i.patient_id for i in back}
    with db.read() as s:
        event = s.scalar(
            select(AuditEvent).where(
                AuditEvent.entity == "followup_contact", AuditEvent.entity_id == contact_id
            )
        )
    assert event is not None and event.actor == ACTOR.name and event.action == "create"
    assert event.after is not None and event.after["outcome"] == "called"


def test_not_interested_hides_like_a_call(db: Database, people: dict[str, int]) -> None:
    dora = next(
        i for i in courses.followups(db, actor=ACTOR, today=TODAY) if i.patient_id == people["due"]
    )
    courses.record_contact(
        db, dora, ContactOutcome.NOT_INTERESTED, on=TODAY, actor=ACTOR, today=TODAY
    )
    assert "Dora Due" not in _names(courses.followups(db, actor=ACTOR, today=TODAY))
    shown = courses.followups(db, actor=ACTOR, today=TODAY, view=FollowUpView.CONTACTED)
    assert [(i.patient_name, i.contact_outcome) for i in shown] == [("Dora Due", "not_interested")]


def test_an_opt_out_hides_the_patient_for_good_but_stays_listable(
    db: Database, people: dict[str, int]
) -> None:
    olga = next(
        i for i in courses.followups(db, actor=ACTOR, today=TODAY) if i.patient_id == people["late"]
    )
    courses.record_contact(db, olga, "opted_out", on=TODAY, actor=ACTOR, today=TODAY)

    years_later = TODAY + timedelta(days=1000)
    for day in (TODAY, years_later):
        listed = courses.followups(db, actor=ACTOR, today=day, overdue_limit_days=None)
        assert people["late"] not in {i.patient_id for i in listed}
    opted = courses.followups(db, actor=ACTOR, today=years_later, view=FollowUpView.OPTED_OUT)
    assert [(i.patient_name, i.contact_outcome, i.hidden_until) for i in opted] == [
        ("Olga Overdue", "opted_out", None)
    ]


def test_a_call_in_the_future_or_an_unknown_outcome_is_refused(
    db: Database, people: dict[str, int]
) -> None:
    dora = courses.followups(db, actor=ACTOR, today=TODAY)[-1]
    with pytest.raises(ValidationFailed) as refused:
        courses.record_contact(
            db, dora, "called", on=TODAY + timedelta(days=1), actor=ACTOR, today=TODAY
        )
    assert "future" in refused.value.errors["contacted_on"]
    with pytest.raises(ValidationFailed, match="Unknown call outcome"):
        courses.record_contact(db, dora, "emailed", on=TODAY, actor=ACTOR, today=TODAY)

"""Every session rule, refused by the service itself (no widget involved)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from mesodesk.domain import clock
from mesodesk.domain import session_rules as rules
from mesodesk.domain.checklist import all_ticked
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import safety, sessions, settings
from mesodesk.services.dto import ProfileInput, SessionInput, TreatmentInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, TreatmentSession
from tests.factories import ACTOR, Clinic, add_session, consent_for, ha_cheeks, make_clinic

NOW = datetime(2026, 11, 20, 18, 0)
"""The fixed "now" of these tests (naive UTC; the clinic is in Europe/London)."""
MORNING = datetime(2026, 11, 20, 9, 0)


@pytest.fixture(autouse=True)
def _fixed_clock() -> Iterator[None]:
    with clock.frozen(NOW):
        yield


@pytest.fixture
def c(db: Database) -> Clinic:
    return make_clinic(db)


def _data(db: Database, c: Clinic, **changes: object) -> SessionInput:
    lines = (ha_cheeks(c),)
    base = SessionInput(
        patient_id=c.patient,
        starts_at=MORNING,
        practitioner_id=c.doctor,
        status=SessionStatus.DONE,
        treatments=lines,
        checklist=all_ticked(),
        consent_template_id=consent_for(db, lines),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(TreatmentSession)) or 0


# --- status transitions ----------------------------------------------------------------------


def test_a_done_session_never_becomes_a_no_show(db: Database, c: Clinic) -> None:
    done = add_session(db, c, MORNING)
    for status in (SessionStatus.NO_SHOW, SessionStatus.CANCELLED, SessionStatus.PLANNED):
        with pytest.raises(ValidationFailed) as caught:
            sessions.set_status(db, done, status, actor=ACTOR)
        assert "done" in caught.value.errors["status"]
    assert sessions.get_session(db, done, actor=ACTOR).status == SessionStatus.DONE


def test_update_refuses_to_undo_a_done_session(db: Database, c: Clinic) -> None:
    done = add_session(db, c, MORNING)
    with pytest.raises(ValidationFailed) as caught:
        sessions.update_session(db, done, _data(db, c, status=SessionStatus.PLANNED), actor=ACTOR)
    assert "status" in caught.value.errors


def test_a_no_show_can_be_reopened_when_the_patient_turns_up(db: Database, c: Clinic) -> None:
    missed = add_session(db, c, MORNING, status="no_show")
    record = sessions.set_status(db, missed, SessionStatus.ARRIVED, actor=ACTOR)
    assert record.status == SessionStatus.ARRIVED


def test_transition_table_is_complete_and_done_is_final() -> None:
    assert set(rules.TRANSITIONS) == set(SessionStatus)
    assert rules.TRANSITIONS[SessionStatus.DONE] == frozenset()
    assert rules.DONEABLE == {SessionStatus.PLANNED, SessionStatus.ARRIVED}
    assert SessionStatus.DONE not in rules.NO_SHOWABLE


# --- done needs a treatment line, a past start, consent ------------------------------------


def test_done_needs_at_least_one_treatment_line(db: Database, c: Clinic) -> None:
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(db, _data(db, c, treatments=()), actor=ACTOR)
    assert "treatment line" in caught.value.errors["treatments"]
    assert _count(db) == 0
    planned = add_session(db, c, MORNING, status="planned", lines=())
    with pytest.raises(ValidationFailed) as caught:
        sessions.set_status(db, planned, SessionStatus.DONE, actor=ACTOR)
    assert "treatments" in caught.value.errors


def test_an_amendment_cannot_remove_every_line_of_a_done_session(db: Database, c: Clinic) -> None:
    done = add_session(db, c, MORNING)
    with pytest.raises(ValidationFailed) as caught:
        sessions.update_session(db, done, _data(db, c, treatments=()), actor=ACTOR, reason="x")
    assert "treatments" in caught.value.errors


def test_a_session_cannot_be_done_before_it_starts(db: Database, c: Clinic) -> None:
    tomorrow = MORNING + timedelta(days=1)
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(db, _data(db, c, starts_at=tomorrow), actor=ACTOR)
    assert "not started" in caught.value.errors["status"]
    planned = add_session(db, c, tomorrow, status="planned")
    with pytest.raises(ValidationFailed):
        sessions.set_status(db, planned, SessionStatus.DONE, actor=ACTOR)
    # A few minutes early is fine (the patient was seen before the booked time).
    soon = NOW + rules.DONE_GRACE - timedelta(minutes=1)
    record = sessions.create_session(db, _data(db, c, starts_at=soon), actor=ACTOR)
    assert record.status == SessionStatus.DONE


def test_done_needs_consent_unless_the_clinic_says_otherwise(db: Database, c: Clinic) -> None:
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(db, _data(db, c, consent_template_id=None), actor=ACTOR)
    assert "consent" in caught.value.errors["consent"]
    planned = add_session(db, c, MORNING, status="planned")
    with pytest.raises(ValidationFailed) as caught:
        sessions.set_status(db, planned, SessionStatus.DONE, actor=ACTOR)
    assert "consent" in caught.value.errors
    settings.put(db, "consent_required_for_done", False, actor=ACTOR)
    record = sessions.set_status(db, planned, SessionStatus.DONE, actor=ACTOR)
    assert record.status == SessionStatus.DONE and "consent" in record.missing


# --- limits ----------------------------------------------------------------------------------


@pytest.mark.parametrize("minutes", [0, 4, 481, 1000])
def test_duration_outside_the_limits_is_refused(db: Database, c: Clinic, minutes: int) -> None:
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(db, _data(db, c, duration_minutes=minutes), actor=ACTOR)
    assert str(rules.MAX_DURATION_MINUTES) in caught.value.errors["duration_minutes"]


@pytest.mark.parametrize("gauge", [18, 25, 26, 35])
def test_needle_gauge_outside_what_the_window_offers_is_refused(
    db: Database, c: Clinic, gauge: int
) -> None:
    line = replace(ha_cheeks(c), needle_gauge=gauge)
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(db, _data(db, c, treatments=(line,)), actor=ACTOR)
    assert "27G-34G" in caught.value.errors["treatments[1].gauge"]


def test_every_gauge_the_window_offers_is_accepted(db: Database, c: Clinic) -> None:
    lines = tuple(replace(ha_cheeks(c), needle_gauge=g) for g in rules.NEEDLE_GAUGES)
    record = sessions.create_session(db, _data(db, c, treatments=lines), actor=ACTOR)
    assert [t.needle_gauge for t in record.treatments] == list(rules.NEEDLE_GAUGES)


# --- slot clashes ----------------------------------------------------------------------------


def test_the_same_practitioner_cannot_be_booked_twice(db: Database, c: Clinic) -> None:
    from mesodesk.services import patients
    from mesodesk.services.dto import PatientInput

    add_session(db, c, MORNING, status="planned")
    other = patients.create_patient(
        db, PatientInput("Inès", "Moreau"), actor=ACTOR, profile=ProfileInput()
    )
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(
            db,
            _data(db, c, patient_id=other.id, starts_at=MORNING + timedelta(minutes=30)),
            actor=ACTOR,
        )
    message = caught.value.errors["starts_at"]
    assert "Dr Ana Ruiz" in message and "already booked" in message and "09:00" in message
    assert _count(db) == 1


def test_the_same_patient_cannot_see_two_practitioners_at_once(db: Database, c: Clinic) -> None:
    add_session(db, c, MORNING, status="planned")
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(
            db,
            _data(db, c, practitioner_id=c.second_doctor, status=SessionStatus.PLANNED),
            actor=ACTOR,
        )
    assert "already has a session" in caught.value.errors["starts_at"]


def test_touching_sessions_and_missed_ones_do_not_clash(db: Database, c: Clinic) -> None:
    add_session(db, c, MORNING, status="planned")  # 09:00-09:45
    after = sessions.create_session(
        db, _data(db, c, starts_at=MORNING + timedelta(minutes=45)), actor=ACTOR
    )
    cancelled = add_session(db, c, MORNING + timedelta(hours=3), status="cancelled")
    again = sessions.create_session(
        db,
        _data(db, c, starts_at=MORNING + timedelta(hours=3), status=SessionStatus.PLANNED),
        actor=ACTOR,
    )
    assert after.id and again.id and cancelled


def test_moving_a_session_onto_a_taken_slot_is_refused(db: Database, c: Clinic) -> None:
    add_session(db, c, MORNING, status="planned")
    later = add_session(db, c, MORNING + timedelta(hours=2), status="planned")
    with pytest.raises(ValidationFailed) as caught:
        sessions.update_session(
            db,
            later,
            _data(db, c, starts_at=MORNING + timedelta(minutes=15), status="planned"),
            actor=ACTOR,
        )
    assert "starts_at" in caught.value.errors
    # Editing a session without moving it is never refused for its own slot.
    same = sessions.update_session(
        db,
        later,
        _data(db, c, starts_at=MORNING + timedelta(hours=2), status="planned", notes="ok"),
        actor=ACTOR,
    )
    assert same.notes == "ok"


def test_reopening_a_missed_session_whose_slot_was_taken_is_refused(
    db: Database, c: Clinic
) -> None:
    missed = add_session(db, c, MORNING, status="no_show")
    add_session(db, c, MORNING, status="planned", doctor=c.doctor)
    with pytest.raises(ValidationFailed) as caught:
        sessions.set_status(db, missed, SessionStatus.ARRIVED, actor=ACTOR)
    assert "starts_at" in caught.value.errors


def test_a_refusal_writes_no_audit_row(db: Database, c: Clinic) -> None:
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(ValidationFailed):
        sessions.create_session(db, _data(db, c, treatments=()), actor=ACTOR)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == before


# --- alert badges ----------------------------------------------------------------------------


def test_alert_badges_come_from_one_domain_function() -> None:
    assert rules.alert_badges(None)[0].text == "No medical profile recorded"
    alerts = rules.alert_badges(
        ProfileInput(allergens=("lidocaine",), on_blood_thinners=True, needle_anxiety=True)
    )
    assert [a.text for a in alerts] == ["Allergies: lidocaine", "Blood thinners", "Needle anxiety"]
    assert [a.kind for a in alerts] == [
        rules.AlertKind.ALERT,
        rules.AlertKind.ALERT,
        rules.AlertKind.CAUTION,
    ]
    assert rules.alert_badges(ProfileInput())[0].kind == rules.AlertKind.HINT


def test_lines_keep_their_order_after_a_refusal(db: Database, c: Clinic) -> None:
    line = TreatmentInput(c.areas["neck"], product_id=c.lipo, product_lot_id=c.lipo_lot)
    record = sessions.create_session(db, _data(db, c, treatments=(ha_cheeks(c), line)), actor=ACTOR)
    assert [t.area_name for t in record.treatments] == ["Cheeks", "Neck"]


# --- going ahead despite a stop: one reason per stop, of real content ------------------------


def _two_stops(db: Database) -> tuple[Clinic, SessionInput]:
    c = make_clinic(
        db, profile=ProfileInput(allergens=("lidocaine",), pregnant_or_breastfeeding=True)
    )
    return c, _data(db, c)  # HydraMeso contains lidocaine: an allergy stop and a pregnancy stop


def test_one_reason_does_not_cover_every_stop(db: Database) -> None:
    c, data = _two_stops(db)
    stops = safety.blocking(safety.screen(db, c.patient, data.treatments, actor=ACTOR))
    assert len(stops) == 2
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(
            db, replace(data, override_reason="Patient insisted, all risks explained"), actor=ACTOR
        )
    assert "each stop" in caught.value.errors["override"]
    assert _count(db) == 0


@pytest.mark.parametrize("thin", ["ok", "yes ok", "fine!!!!!!!!!!!!!!!!", "x y z"])
def test_a_reason_must_say_something(db: Database, thin: str) -> None:
    c, data = _two_stops(db)
    stops = safety.blocking(safety.screen(db, c.patient, data.treatments, actor=ACTOR))
    reasons = tuple((f.key, thin) for f in stops)
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(db, replace(data, override_reasons=reasons), actor=ACTOR)
    assert "few words" in caught.value.errors["override"]


def test_each_stop_keeps_its_own_reason_in_the_record_and_the_audit(db: Database) -> None:
    c, data = _two_stops(db)
    stops = safety.blocking(safety.screen(db, c.patient, data.treatments, actor=ACTOR))
    reasons = {
        f.key: (
            "Allergy test negative on 2 November"
            if f.rule_id.startswith("allerg")
            else "Not pregnant any more, profile out of date"
        )
        for f in stops
    }
    record = sessions.create_session(
        db, replace(data, override_reasons=tuple(reasons.items())), actor=ACTOR
    )
    stored = {f.key: f.override_reason for f in record.findings if f.level == "block"}
    assert stored == reasons
    assert "Allergy test negative" in record.override_reason
    assert record.override_by == ACTOR.name
    [summary] = sessions.sessions_for_patient(
        db, c.patient, actor=ACTOR
    )  # what the chart's row shows
    assert summary.overridden
    assert all(reason in summary.override_note for reason in reasons.values())
    with db.read() as s:
        row = s.scalars(select(AuditEvent).where(AuditEvent.entity == "session")).one()
    assert row.after is not None
    audited = {f.get("override_reason") for f in row.after["screening_findings"]}
    assert set(reasons.values()) <= audited


def test_a_single_stop_still_takes_the_single_reason(db: Database) -> None:
    c = make_clinic(db, profile=ProfileInput(pregnant_or_breastfeeding=True))
    record = sessions.create_session(
        db,
        _data(db, c, override_reason="Delivered in May, no longer breastfeeding"),
        actor=ACTOR,
    )
    assert record.status == SessionStatus.DONE
    assert [f.override_reason for f in record.findings if f.level == "block"] == [
        "Delivered in May, no longer breastfeeding"
    ]


def test_the_overview_counts_sessions_that_took_place(db: Database, c: Clinic) -> None:
    add_session(db, c, MORNING)
    add_session(db, c, MORNING + timedelta(days=2), status="planned")
    add_session(db, c, MORNING + timedelta(hours=3), status="cancelled")
    assert sessions.overview(db, actor=ACTOR).sessions == 1

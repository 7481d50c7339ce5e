"""Reading is checked too: each read service asks the signed-in user's role, not the widget."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from mesodesk.domain.accounts import Role, User
from mesodesk.services import (
    aftercare,
    alerts,
    chart,
    consent,
    courses,
    injection_map,
    patient_list,
    patients,
    safety,
    sessions,
)
from mesodesk.services.dto import PatientInput, SessionInput
from mesodesk.services.errors import PermissionDenied
from mesodesk.store.engine import Database
from tests.factories import ACTOR, Clinic, add_session, ha_cheeks, make_clinic, make_user

WHEN = datetime.combine(date.today() + timedelta(days=7), time(10, 0))


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return make_clinic(db)


@pytest.fixture
def reception(db: Database) -> User:
    return make_user(db, Role.RECEPTION, login="desk")


@pytest.fixture
def manager(db: Database) -> User:
    return make_user(db, Role.ADMIN, login="manager")


def planned_with_notes(db: Database, c: Clinic, notes: str) -> int:
    session_id = add_session(db, c, WHEN, status="planned")
    record = sessions.get_session(db, session_id, actor=ACTOR)
    sessions.update_session(db, session_id, booking(record, c, notes=notes), actor=ACTOR)
    return session_id


def booking(record: sessions.SessionRecord, c: Clinic, **changes: object) -> SessionInput:
    """What the session editor sends back for ``record``, with ``changes``."""
    data = SessionInput(
        patient_id=record.patient_id,
        starts_at=record.starts_at.replace(tzinfo=None),
        practitioner_id=record.practitioner_id,
        status=record.status,
        treatments=(ha_cheeks(c),),
        notes=record.notes,
        immediate_reactions=record.immediate_reactions,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def test_the_front_desk_reads_what_it_works_with(
    db: Database, clinic: Clinic, reception: User
) -> None:
    assert patient_list.find_patients(db, "Łukasiewicz", actor=reception).count == 1
    assert patients.get_patient(db, clinic.patient, actor=reception).id == clinic.patient
    assert patients.count_patients(db, actor=reception) >= 1
    record = patients.get_patient(db, clinic.patient, actor=reception)
    twin = PatientInput(record.given_name, record.family_name, date_of_birth=record.date_of_birth)
    assert [p.id for p in patients.possible_duplicates(db, twin, actor=reception)] == [
        clinic.patient
    ]
    assert len(patients.patient_page(db, actor=reception)) >= 1
    day = WHEN.date()
    add_session(db, clinic, WHEN, status="planned")
    assert [row.patient_id for row in sessions.sessions_on(db, day, actor=reception)] == [
        clinic.patient
    ]
    assert clinic.patient in alerts.alerts_for_patients(db, [clinic.patient], actor=reception)
    done = add_session(db, clinic, datetime.combine(date.today(), time(9)) - timedelta(days=1))
    assert aftercare.prepare(db, [done], actor=reception)[0].sheet.lines
    assert courses.followup_list(db, actor=reception) is not None


def test_the_front_desk_reads_no_medical_record(
    db: Database, clinic: Clinic, reception: User
) -> None:
    done = add_session(db, clinic, datetime.combine(date.today(), time(9)) - timedelta(days=1))
    for call in (
        lambda: sessions.sessions_for_patient(db, clinic.patient, actor=reception),
        lambda: chart.courses_for_patient(db, clinic.patient, actor=reception),
        lambda: chart.adverse_events_for_patient(db, clinic.patient, actor=reception),
        lambda: courses.course_progress(db, clinic.patient, actor=reception),
        lambda: safety.patient_findings(db, clinic.patient, actor=reception),
        lambda: safety.screen(db, clinic.patient, [ha_cheeks(clinic)], actor=reception),
        lambda: injection_map.session_marks(db, done, actor=reception),
        lambda: injection_map.previous_marks(db, clinic.patient, WHEN, actor=reception),
        lambda: consent.form(
            db,
            clinic.patient,
            [ha_cheeks(clinic)],
            consent.version_for(db, [ha_cheeks(clinic)]) or 0,
            actor=reception,
        ),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_a_booking_opened_at_the_front_desk_has_no_notes_and_keeps_them(
    db: Database, clinic: Clinic, reception: User
) -> None:
    session_id = planned_with_notes(db, clinic, "Bruised easily last time; go gently.")
    seen = sessions.get_session(db, session_id, actor=reception)
    assert seen.notes == "" and seen.immediate_reactions == ()
    later = seen.starts_at.replace(tzinfo=None) + timedelta(hours=2)
    sessions.update_session(db, session_id, booking(seen, clinic, starts_at=later), actor=reception)
    kept = sessions.get_session(db, session_id, actor=ACTOR)
    assert kept.notes == "Bruised easily last time; go gently."
    assert kept.starts_at.replace(tzinfo=None) == later


def test_typing_notes_at_the_front_desk_is_still_refused(
    db: Database, clinic: Clinic, reception: User
) -> None:
    session_id = planned_with_notes(db, clinic, "Stored note.")
    seen = sessions.get_session(db, session_id, actor=reception)
    with pytest.raises(PermissionDenied):
        sessions.update_session(
            db, session_id, booking(seen, clinic, notes="Reception's guess"), actor=reception
        )
    assert sessions.get_session(db, session_id, actor=ACTOR).notes == "Stored note."


def test_a_manager_without_a_clinical_role_sees_the_list_not_the_sessions(
    db: Database, clinic: Clinic, manager: User
) -> None:
    assert patient_list.find_patients(db, "", actor=manager).count >= 1
    session_id = add_session(db, clinic, WHEN, status="planned")
    with pytest.raises(PermissionDenied):
        sessions.get_session(db, session_id, actor=manager)
    with pytest.raises(PermissionDenied):
        sessions.sessions_for_patient(db, clinic.patient, actor=manager)
    with pytest.raises(PermissionDenied):
        aftercare.prepare(db, [session_id], actor=manager)


def test_a_deactivated_account_reads_nothing(db: Database, clinic: Clinic) -> None:
    from mesodesk.services import accounts

    gone = make_user(db, Role.PRACTITIONER, login="gone", practitioner_id=clinic.doctor)
    accounts.deactivate_account(db, actor=ACTOR, account_id=gone.id)
    with pytest.raises(PermissionDenied):
        patient_list.find_patients(db, "", actor=gone)
    with pytest.raises(PermissionDenied):
        patients.get_patient(db, clinic.patient, actor=gone)


def _plain_reader(db: Database) -> patient_list.Reader:
    """The connection the patient list reads through on ``db``'s backend."""
    from mesodesk.services.patient_list_server import server_reader

    return db.reader() or server_reader(db)


def test_the_search_check_reads_the_account_as_it_is_now(db: Database, clinic: Clinic) -> None:
    """``require_read`` (the check the patient search makes in one plain statement) sees a
    change of roles and a deactivation made at another desk, as ``require`` does."""
    from mesodesk.domain.accounts import Permission
    from mesodesk.services import accounts
    from mesodesk.services.access import require_read

    person = make_user(db, Role.PRACTITIONER, login="moved", practitioner_id=clinic.doctor)
    reader = _plain_reader(db)
    assert require_read(reader, person, Permission.VIEW_CLINICAL).roles == {Role.PRACTITIONER}

    accounts.set_roles(db, actor=ACTOR, account_id=person.id, roles=frozenset({Role.RECEPTION}))
    now = require_read(reader, person, Permission.VIEW_PATIENTS)
    assert now.roles == {Role.RECEPTION}
    assert now.host == person.host
    with pytest.raises(PermissionDenied, match="may not see medical records"):
        require_read(reader, person, Permission.VIEW_CLINICAL)

    accounts.deactivate_account(db, actor=ACTOR, account_id=person.id)
    with pytest.raises(PermissionDenied, match="not signed in with an active account"):
        require_read(reader, person, Permission.VIEW_PATIENTS)
    with pytest.raises(PermissionDenied, match="not signed in with an active account"):
        require_read(reader, replace(person, id=10_000), Permission.VIEW_PATIENTS)

"""What each role may not do, refused by the services themselves, with nothing written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from mesodesk.domain.accounts import Role, User
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import (
    accounts,
    chart,
    patients,
    practitioners,
    products,
    safety,
    sessions,
    settings,
    templates,
)
from mesodesk.services.dto import PatientInput, ProfileInput, SessionInput
from mesodesk.services.errors import PermissionDenied
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from tests.factories import ACTOR, Clinic, add_session, ha_cheeks, make_clinic, make_user

WHEN = datetime.combine(date.today() + timedelta(days=7), time(10, 0))


def audit_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def refused(db: Database, call: Callable[[], Any]) -> PermissionDenied:
    """``call`` is refused, and nothing at all is written (not even an audit row)."""
    before = audit_count(db)
    with pytest.raises(PermissionDenied) as caught:
        call()
    assert audit_count(db) == before
    return caught.value


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return make_clinic(db)


@pytest.fixture
def reception(db: Database) -> User:
    return make_user(db, Role.RECEPTION, login="desk")


@pytest.fixture
def doctor(db: Database, clinic: Clinic) -> User:
    return make_user(db, Role.PRACTITIONER, login="doc", practitioner_id=clinic.doctor)


@pytest.fixture
def manager(db: Database) -> User:
    return make_user(db, Role.ADMIN, login="manager")


def planned(db: Database, c: Clinic) -> int:
    return add_session(db, c, WHEN, status="planned")


# --- reception --------------------------------------------------------------------------


def test_reception_books_and_marks_arrivals(db: Database, clinic: Clinic, reception: User) -> None:
    booked = sessions.create_session(
        db,
        SessionInput(clinic.patient, WHEN + timedelta(days=1), practitioner_id=clinic.doctor),
        actor=reception,
    )
    arrived = sessions.set_status(db, booked.id, SessionStatus.ARRIVED, actor=reception)
    assert arrived.status == SessionStatus.ARRIVED
    patients.update_patient(
        db,
        clinic.patient,
        PatientInput("Zoë", "Łukasiewicz-Öztürk", phone="+48 601 234 568"),
        actor=reception,
    )


def test_reception_cannot_mark_a_session_done(
    db: Database, clinic: Clinic, reception: User
) -> None:
    session_id = planned(db, clinic)
    error = refused(
        db, lambda: sessions.set_status(db, session_id, SessionStatus.DONE, actor=reception)
    )
    assert "mark a session done" in str(error) and "nothing was changed" in str(error)
    assert sessions.get_session(db, session_id, actor=ACTOR).status == SessionStatus.PLANNED


def test_reception_cannot_record_treatment(db: Database, clinic: Clinic, reception: User) -> None:
    refused(
        db,
        lambda: sessions.create_session(
            db,
            SessionInput(
                clinic.patient, WHEN, practitioner_id=clinic.doctor, treatments=(ha_cheeks(clinic),)
            ),
            actor=reception,
        ),
    )
    session_id = planned(db, clinic)
    data = SessionInput(clinic.patient, WHEN, practitioner_id=clinic.doctor, notes="Felt dizzy")
    refused(db, lambda: sessions.update_session(db, session_id, data, actor=reception))


def test_reception_cannot_edit_the_medical_profile(
    db: Database, clinic: Clinic, reception: User
) -> None:
    profile = ProfileInput(allergies_text="latex")
    refused(db, lambda: patients.record_profile(db, clinic.patient, profile, actor=reception))
    refused(
        db,
        lambda: patients.create_patient(
            db, PatientInput("New", "Person"), actor=reception, profile=profile
        ),
    )


def test_reception_cannot_read_the_chart_or_the_notes(
    db: Database, clinic: Clinic, reception: User
) -> None:
    refused(db, lambda: chart.chart_data(db, clinic.patient, actor=reception))
    refused(db, lambda: patients.profile_history(db, clinic.patient, actor=reception))
    refused(db, lambda: patients.current_profile(db, clinic.patient, actor=reception))
    session_id = planned(db, clinic)
    refused(db, lambda: chart.session_versions(db, session_id, actor=reception))


def test_reception_cannot_switch_a_rule_off_or_change_settings(
    db: Database, reception: User
) -> None:
    rule = safety.rule_states(db)[0].rule.id
    refused(
        db,
        lambda: safety.set_rule_enabled(
            db, rule, False, actor=reception, reason="The clinic decided this after review"
        ),
    )
    refused(db, lambda: settings.save_settings(db, {"clinic.name": "X"}, actor=reception))


# --- practitioner -----------------------------------------------------------------------


def test_practitioner_does_clinical_work(db: Database, clinic: Clinic, doctor: User) -> None:
    patients.record_profile(db, clinic.patient, ProfileInput(allergies_text="latex"), actor=doctor)
    assert chart.chart_data(db, clinic.patient, actor=doctor).profile is not None
    with db.read() as s:
        view = s.scalars(select(AuditEvent).where(AuditEvent.action == "view")).one()
    assert (view.entity, view.entity_id, view.account_id) == ("patient", clinic.patient, doctor.id)


def test_practitioner_cannot_manage_accounts_or_settings(
    db: Database, clinic: Clinic, doctor: User
) -> None:
    refused(db, lambda: accounts.list_accounts(db, actor=doctor))
    refused(
        db,
        lambda: accounts.add_account(
            db,
            actor=doctor,
            login="friend",
            name="A Friend",
            roles=frozenset({Role.ADMIN}),
            password="a long enough secret",
        ),
    )
    refused(db, lambda: settings.save_settings(db, {"clinic.name": "Mine"}, actor=doctor))
    refused(db, lambda: templates.save(db, "aftercare", "general", {"do": ["x"]}, actor=doctor))
    refused(db, lambda: practitioners.create_practitioner(db, "Dr New", actor=doctor))


# --- admin ------------------------------------------------------------------------------


def test_admin_only_runs_the_clinic_but_records_no_session(
    db: Database, clinic: Clinic, manager: User
) -> None:
    settings.save_settings(db, {"clinic.name": "Belle Peau"}, actor=manager)
    products.create_product(db, "Vita", clinic.types["vitamin_mineral"], actor=manager)
    data = SessionInput(
        clinic.patient, WHEN, practitioner_id=clinic.doctor, treatments=(ha_cheeks(clinic),)
    )
    refused(db, lambda: sessions.create_session(db, data, actor=manager))
    refused(db, lambda: chart.chart_data(db, clinic.patient, actor=manager))
    refused(db, lambda: patients.record_profile(db, clinic.patient, ProfileInput(), actor=manager))


def test_admin_who_also_treats_may_record(db: Database, clinic: Clinic) -> None:
    both = make_user(db, Role.ADMIN, Role.PRACTITIONER, login="owner")
    data = SessionInput(
        clinic.patient, WHEN, practitioner_id=clinic.doctor, treatments=(ha_cheeks(clinic),)
    )
    assert sessions.create_session(db, data, actor=both).id


# --- every role -------------------------------------------------------------------------


def test_a_deactivated_account_is_refused_at_once(db: Database, clinic: Clinic) -> None:
    doctor = make_user(db, Role.PRACTITIONER, login="leaver")
    accounts.deactivate_account(db, actor=ACTOR, account_id=doctor.id)
    error = refused(db, lambda: chart.chart_data(db, clinic.patient, actor=doctor))
    assert "active account" in str(error)
    refused(
        db,
        lambda: patients.update_patient(db, clinic.patient, PatientInput("A", "B"), actor=doctor),
    )


def test_roles_are_read_from_the_account_not_the_signed_in_copy(
    db: Database, clinic: Clinic
) -> None:
    """A role taken away at another desk counts at once, whatever the User object says."""
    doctor = make_user(db, Role.PRACTITIONER, login="moved")
    accounts.set_roles(
        db,
        actor=ACTOR,
        account_id=doctor.id,
        roles=frozenset({Role.RECEPTION}),
        practitioner_id=None,
    )
    assert Role.PRACTITIONER in doctor.roles  # the stale copy still says practitioner
    refused(db, lambda: chart.chart_data(db, clinic.patient, actor=doctor))


def test_an_invented_user_is_refused(db: Database, clinic: Clinic) -> None:
    forged = User(id=999, login="ghost", name="Ghost", roles=frozenset(Role))
    refused(db, lambda: practitioners.create_practitioner(db, "Dr Ghost", actor=forged))

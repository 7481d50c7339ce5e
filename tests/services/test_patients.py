"""Patient services: validation, audit in the same transaction, search, dated profiles."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from mesodesk.services import patients
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, MedicalProfile, Patient

ACTOR = "Dr Test"


def _audit_rows(db: Database, entity: str) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.entity == entity)))


def test_create_writes_patient_and_audit_together(db: Database) -> None:
    record = patients.create_patient(
        db, PatientInput("Hélène", "Müller", date(1985, 3, 12), phone="06 12 34 56 78"), actor=ACTOR
    )
    rows = _audit_rows(db, "patient")
    assert [(r.action, r.entity_id, r.actor) for r in rows] == [("create", record.id, ACTOR)]
    assert rows[0].after is not None and rows[0].after["family_name"] == "Müller"
    assert rows[0].occurred_at <= datetime.utcnow() + timedelta(seconds=1)


def test_invalid_input_is_refused_with_messages_per_field_and_nothing_written(db: Database) -> None:
    future = date.today() + timedelta(days=3)
    with pytest.raises(ValidationFailed) as caught:
        patients.create_patient(
            db, PatientInput(" ", "", future, phone="call me", email="nope@"), actor=ACTOR
        )
    assert set(caught.value.errors) == {
        "given_name",
        "family_name",
        "date_of_birth",
        "phone",
        "email",
    }
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == 0
    assert _audit_rows(db, "patient") == []


def test_implausible_age_is_refused(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught:
        patients.create_patient(db, PatientInput("Old", "Person", date(1890, 1, 1)), actor=ACTOR)
    assert "older than" in caught.value.errors["date_of_birth"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("helene", ["Müller"]),
        ("HÉL", ["Müller"]),
        ("muller", ["Müller"]),
        ("mul hel", ["Müller"]),
        ("0612", ["Müller"]),
        ("+33 612", ["Müller"]),
        ("12/03/1985", ["Müller"]),
        ("lukas", ["Łukasiewicz"]),
        ("dvor", ["Dvořák"]),
        ("zzz", []),
    ],
)
def test_search_ignores_accents_and_case_and_finds_phone_and_birth_date(
    db: Database, typed: str, expected: list[str]
) -> None:
    patients.create_patient(
        db,
        PatientInput("Hélène", "Müller", date(1985, 3, 12), phone="+33 6 12 34 56 78"),
        actor=ACTOR,
    )
    patients.create_patient(db, PatientInput("Zoë", "Łukasiewicz", date(1990, 1, 2)), actor=ACTOR)
    patients.create_patient(db, PatientInput("Antonín", "Dvořák"), actor=ACTOR)
    assert [r.family_name for r in patients.patient_page(db, typed)] == expected
    assert patients.count_patients(db, typed) == len(expected)


def test_a_patient_matching_a_prefix_twice_is_listed_once(db: Database) -> None:
    patients.create_patient(db, PatientInput("Marie", "Martin"), actor=ACTOR)
    assert len(patients.patient_page(db, "mar")) == 1
    assert patients.count_patients(db, "mar") == 1


def test_list_is_ordered_by_family_name_and_pages(db: Database) -> None:
    for family in ["Özdemir", "Abadie", "Émond", "Zeller", "Dubois"]:
        patients.create_patient(db, PatientInput("A", family), actor=ACTOR)
    first = patients.patient_page(db, limit=3)
    second = patients.patient_page(db, offset=3, limit=3)
    assert [r.family_name for r in first + second] == [
        "Abadie",
        "Dubois",
        "Émond",
        "Özdemir",
        "Zeller",
    ]


def test_archive_needs_a_reason_hides_the_patient_and_is_audited(db: Database) -> None:
    record = patients.create_patient(db, PatientInput("Jan", "Nowak"), actor=ACTOR)
    with pytest.raises(ValidationFailed):
        patients.archive_patient(db, record.id, "  ", actor=ACTOR)
    patients.archive_patient(db, record.id, "Moved abroad", actor=ACTOR)
    assert patients.patient_page(db, "nowak") == []
    assert [r.archived for r in patients.patient_page(db, "nowak", include_archived=True)] == [True]
    archive = [r for r in _audit_rows(db, "patient") if r.action == "archive"]
    assert archive[0].after is not None and archive[0].after["archive_reason"] == "Moved abroad"


def test_update_rewrites_search_terms_and_audits_before_and_after(db: Database) -> None:
    record = patients.create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    patients.update_patient(db, record.id, PatientInput("Ana", "Sousa"), actor=ACTOR)
    assert patients.patient_page(db, "silva") == []
    assert [r.id for r in patients.patient_page(db, "sousa")] == [record.id]
    update = [r for r in _audit_rows(db, "patient") if r.action == "update"][0]
    assert update.before is not None and update.before["family_name"] == "Silva"
    assert update.after is not None and update.after["family_name"] == "Sousa"


def test_duplicates_are_found_by_folded_name_and_birth_date(db: Database) -> None:
    patients.create_patient(db, PatientInput("José", "García", date(1970, 5, 5)), actor=ACTOR)
    found = patients.possible_duplicates(db, PatientInput("jose", "GARCIA", date(1970, 5, 5)))
    assert [r.family_name for r in found] == ["García"]
    assert patients.possible_duplicates(db, PatientInput("jose", "garcia", date(1971, 5, 5))) == []


def test_profile_versions_are_kept_and_readable_as_of_a_date(db: Database) -> None:
    record = patients.create_patient(db, PatientInput("Eva", "Horváth"), actor=ACTOR)
    first = patients.record_profile(
        db, record.id, ProfileInput(allergens=("lidocaine",), on_blood_thinners=True), actor=ACTOR
    )
    second = patients.record_profile(
        db, record.id, ProfileInput(pregnant_or_breastfeeding=True), actor=ACTOR
    )
    history = patients.profile_history(db, record.id)
    assert [p.id for p in history] == [second.id, first.id]
    assert first.recorded_at is not None and second.recorded_at is not None
    as_of_first = patients.profile_as_of(db, record.id, first.recorded_at)
    assert as_of_first is not None and as_of_first.allergens == ("lidocaine",)
    assert as_of_first.on_blood_thinners and not as_of_first.pregnant_or_breastfeeding
    latest = patients.profile_as_of(db, record.id, date.today())
    assert latest is not None and latest.pregnant_or_breastfeeding
    assert patients.profile_as_of(db, record.id, date(2000, 1, 1)) is None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MedicalProfile)) == 2

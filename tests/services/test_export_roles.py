"""Who may give a patient's record away (record PDF, GDPR archive, FHIR), set a patient's
sheet language, and edit the texts of each language: refused by the services, nothing written."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import select

from mesodesk.domain import templates as text_domain
from mesodesk.domain.accounts import Role, User
from mesodesk.services import patients, record_export, settings, templates
from mesodesk.services.dto import PatientInput
from mesodesk.services.fhir import export_fhir
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from tests.factories import ACTOR, Clinic, add_session, ha_cheeks, make_clinic, make_user
from tests.services.test_roles import audit_count, refused


@pytest.fixture
def clinic(db: Database) -> Clinic:
    c = make_clinic(db)
    add_session(db, c, datetime(2026, 3, 2, 10, 0), lines=(ha_cheeks(c),))
    return c


@pytest.fixture
def reception(db: Database) -> User:
    return make_user(db, Role.RECEPTION, login="desk")


@pytest.fixture
def manager(db: Database) -> User:
    return make_user(db, Role.ADMIN, login="manager")


@pytest.fixture
def doctor(db: Database, clinic: Clinic) -> User:
    return make_user(db, Role.PRACTITIONER, login="doc", practitioner_id=clinic.doctor)


@pytest.mark.parametrize("who", ["reception", "manager"])
def test_only_clinical_roles_export_a_record_and_nothing_is_written(
    db: Database, clinic: Clinic, tmp_path: Path, who: str, request: pytest.FixtureRequest
) -> None:
    """The record is a clinical read: the front desk, and an admin who does not treat, are
    refused every way out of it, with no file and no audit row."""
    user: User = request.getfixturevalue(who)
    out = tmp_path / "out"
    out.mkdir()
    pid = clinic.patient
    refused(db, lambda: record_export.patient_record(db, pid, actor=user))
    refused(db, lambda: record_export.record_pdf(db, pid, actor=user))
    refused(db, lambda: record_export.write_record_pdf(db, pid, out / "r.pdf", actor=user))
    denied = refused(db, lambda: record_export.export_patient(db, pid, out / "p.zip", actor=user))
    refused(db, lambda: export_fhir(db, out / "one.json", patient_id=pid, actor=user))
    refused(db, lambda: export_fhir(db, out / "all.json", actor=user))
    assert "may not export a patient's record" in str(denied)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("how", ["record_pdf", "gdpr_archive", "fhir_bundle"])
def test_an_account_deactivated_during_an_export_leaves_no_file(
    db: Database,
    clinic: Clinic,
    doctor: User,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    """The export's audit row is written (with the permission checked again) before the
    file is put in place: an account deactivated at another desk while the file was being
    made gets no file, and no copy ever leaves unaudited."""
    from mesodesk.services import accounts, audit
    from mesodesk.services.errors import PermissionDenied

    out = tmp_path / "out"
    out.mkdir()
    real = audit.record_alone

    def deactivated_first(*args: object, **kwargs: object) -> None:
        accounts.deactivate_account(db, actor=ACTOR, account_id=doctor.id)  # the other desk
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audit, "record_alone", deactivated_first)
    before = audit_count(db)
    export = {
        "record_pdf": lambda: record_export.write_record_pdf(
            db, clinic.patient, out / "r.pdf", actor=doctor
        ),
        "gdpr_archive": lambda: record_export.export_patient(
            db, clinic.patient, out / "p.zip", actor=doctor
        ),
        "fhir_bundle": lambda: export_fhir(db, out / "b.json", actor=doctor),
    }[how]
    with pytest.raises(PermissionDenied, match="not signed in with an active account"):
        export()
    assert list(out.iterdir()) == [], "neither the file nor its temporary copy is left"
    with db.read() as s:
        exports = s.scalars(select(AuditEvent.id).where(AuditEvent.action == "export")).all()
    assert exports == []
    assert audit_count(db) == before + 1  # the deactivation itself


def test_a_practitioner_exports_and_each_export_is_audited_with_the_account(
    db: Database, clinic: Clinic, doctor: User, tmp_path: Path
) -> None:
    before = audit_count(db)
    record_export.write_record_pdf(db, clinic.patient, tmp_path / "r.pdf", actor=doctor)
    record_export.export_patient(db, clinic.patient, tmp_path / "p.zip", actor=doctor)
    export_fhir(db, tmp_path / "b.json", actor=doctor)
    assert audit_count(db) == before + 3
    with db.read() as s:
        rows = s.execute(
            select(AuditEvent.actor, AuditEvent.account_id, AuditEvent.after)
            .where(AuditEvent.action == "export")
            .order_by(AuditEvent.id)
        ).all()
    assert [(r.actor, r.account_id) for r in rows] == [(doctor.name, doctor.id)] * 3
    assert [r.after["what"] for r in rows] == ["record_pdf", "gdpr_archive", "fhir_bundle"]


def test_reception_sets_a_patients_sheet_language(
    db: Database, clinic: Clinic, reception: User
) -> None:
    """The language of the patient's sheets is a contact detail, like the phone number."""
    current = patients.get_patient(db, clinic.patient, actor=ACTOR)
    data = PatientInput(
        current.given_name,
        current.family_name,
        date_of_birth=current.date_of_birth,
        phone=current.phone,
        language="fr",
    )
    patients.update_patient(db, clinic.patient, data, actor=reception)
    assert patients.get_patient(db, clinic.patient, actor=ACTOR).language == "fr"


def test_texts_in_each_language_are_the_admins(
    db: Database, clinic: Clinic, reception: User, doctor: User, manager: User
) -> None:
    body = {"expect": ["Rougeur légère pendant un jour."], "do": [], "avoid": []}

    def edit_french(user: User) -> object:
        return templates.save(db, text_domain.AFTERCARE, "general", body, actor=user, language="fr")

    def reset_german(user: User) -> object:
        return templates.reset_to_default(
            db, text_domain.AFTERCARE, "general", actor=user, language="de"
        )

    def clinic_language(user: User) -> None:
        settings.put(db, "clinic.language", "fr", actor=user)

    for user in (reception, doctor):
        for change in (edit_french, reset_german, clinic_language):
            refused(db, partial(change, user))
    saved = templates.save(db, text_domain.AFTERCARE, "general", body, actor=manager, language="fr")
    assert (saved.language, saved.body["expect"]) == ("fr", ("Rougeur légère pendant un jour.",))
    clinic_language(manager)
    assert settings.get(db, "clinic.language") == "fr"

"""The patient record, its GDPR archive: one snapshot of everything, written whole, audited."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mesodesk.paths import resource_path
from mesodesk.services import adverse_events, patients, record_export
from mesodesk.services.dto import ProfileInput
from mesodesk.services.errors import NotFound, OutputError
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, SessionTreatment, TreatmentSession
from tests.factories import ACTOR, Clinic, add_session, ha_cheeks, lipo_abdomen, make_clinic


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return make_clinic(db, profile=ProfileInput(allergens=("lidocaine",), allergies_text="Latex"))


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _schema_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("schemas", "patient-export.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _full_patient(db: Database, c: Clinic) -> int:
    session = add_session(
        db,
        c,
        datetime(2026, 3, 2, 10, 0),
        lines=(ha_cheeks(c), lipo_abdomen(c)),
        override_reason="Patch test with lidocaine negative on 20/02",
    )
    add_session(db, c, datetime(2026, 3, 16, 10, 0), status="planned")
    patients.record_profile(
        db, c.patient, ProfileInput(allergens=("lidocaine", "latex"), on_blood_thinners=True),
        actor=ACTOR,
    )  # fmt: skip
    adverse_events.record_event(
        db,
        adverse_events.AdverseEventInput(
            session_id=session,
            side_effect_code="bruising",
            onset_date=datetime(2026, 3, 3).date(),
            severity="mild",
            description="A bruise on the left cheek",
        ),
        actor=ACTOR,
    )
    return session


def test_record_pdf_holds_every_part_of_the_record(db: Database, clinic: Clinic) -> None:
    _full_patient(db, clinic)
    text = "\n".join(_pages(record_export.record_pdf(db, clinic.patient, actor=ACTOR)))
    for fragment in (
        "Zoë Łukasiewicz-Öztürk",
        "Medical profile",
        "Earlier versions of the medical profile",
        "Latex",
        "HA-2291",
        "LS-0042",
        "1.5 ml",
        "Cheeks",
        "Abdomen",
        "Bruising",
        "A bruise on the left cheek",
        "Consents signed",
        "Patch test with lidocaine negative",
    ):
        assert fragment in text, fragment


def test_every_page_names_the_patient_and_counts_pages(db: Database, clinic: Clinic) -> None:
    _many_sessions(db, clinic, 60)
    pages = _pages(record_export.record_pdf(db, clinic.patient, actor=ACTOR))
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Zoë Łukasiewicz-Öztürk" in text


def _many_sessions(db: Database, c: Clinic, count: int) -> None:
    """``count`` done sessions of two lines each, written straight to the tables: the
    service's checks are tested elsewhere, and 500 of them through it take ten seconds."""
    start = datetime(2020, 1, 6, 9, 0)
    with db.begin() as s:
        for index in range(count):
            row = TreatmentSession(
                patient_id=c.patient,
                practitioner_id=c.doctor,
                starts_at=start + timedelta(days=3 * index),
                status="done",
                created_at=start,
                updated_at=start,
                notes=f"Visit number {index + 1}",
            )
            s.add(row)
            s.flush()
            s.add_all(
                [
                    SessionTreatment(
                        session_id=row.id, position=0, area_id=c.areas["cheeks"],
                        solution_type_id=c.types["hyaluronic_acid"], product_id=c.ha,
                        product_lot_id=c.ha_lot, volume_ml=Decimal("1.5"),
                    ),
                    SessionTreatment(
                        session_id=row.id, position=1, area_id=c.areas["abdomen"],
                        solution_type_id=c.types["lipolytic"], product_id=c.lipo,
                        product_lot_id=c.lipo_lot, volume_ml=Decimal("4"),
                    ),
                ]
            )  # fmt: skip


def test_a_500_session_record_prints_every_session(db: Database, clinic: Clinic) -> None:
    _many_sessions(db, clinic, 500)
    pdf = record_export.record_pdf(db, clinic.patient, actor=ACTOR)
    pages = _pages(pdf)
    assert len(pages) > 50
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    text = "\n".join(pages)
    assert "Sessions (500)" in text
    assert "Visit number 1\n" in text or "Visit number 1 " in text
    assert "Visit number 500" in text
    assert text.count("HA-2291") >= 500


def test_the_record_is_audited_as_an_export(db: Database, clinic: Clinic) -> None:
    record_export.record_pdf(db, clinic.patient, actor=ACTOR)
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
    assert (event.entity, event.entity_id) == ("patient", clinic.patient)
    assert (event.actor, event.account_id, event.host) == (ACTOR.name, ACTOR.id, ACTOR.host)
    assert event.after is not None and event.after["what"] == "record_pdf"


def test_an_unknown_patient_is_named_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    with pytest.raises(NotFound, match="999"):
        record_export.write_record_pdf(db, 999, out, actor=ACTOR)
    assert not out.exists()
    with db.read() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all() == []


def test_gdpr_archive_holds_json_valid_against_the_schema_and_the_pdf(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    session = _full_patient(db, clinic)
    out = record_export.export_patient(db, clinic.patient, tmp_path / "export.zip", actor=ACTOR)
    assert out.stat().st_mode & 0o077 == 0  # health data: owner-only
    with zipfile.ZipFile(out) as archive:
        assert set(archive.namelist()) == {"record.json", "record.pdf", "README.txt"}
        data = json.loads(archive.read("record.json"))
        pdf = archive.read("record.pdf")
    errors = [e.message for e in _schema_validator().iter_errors(data)]
    assert errors == []
    assert data["patient"]["family_name"] == "Łukasiewicz-Öztürk"
    assert len(data["profiles"]) == 2
    assert sorted(data["profiles"][0]["allergens"]) == ["latex", "lidocaine"]
    done = next(s for s in data["sessions"] if s["id"] == session)
    assert [line["lot_number"] for line in done["lines"]] == ["HA-2291", "LS-0042"]
    assert done["lines"][0]["volume_ml"] == "1.50"
    assert done["consent"]["paragraphs"]
    assert data["adverse_events"][0]["description"] == "A bruise on the left cheek"
    assert "Zoë Łukasiewicz-Öztürk" in _pages(pdf)[0]
    with db.read() as s:
        whats = [
            e.after["what"]
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "export"))
        ]  # type: ignore[index]
    assert whats == ["gdpr_archive"]


def test_the_schema_refuses_what_it_does_not_describe(db: Database, clinic: Clinic) -> None:
    record = record_export.patient_record(db, clinic.patient, actor=ACTOR)
    data = record_export.record_json(record, "Clinic")
    data["patient"]["surprise"] = 1
    assert list(_schema_validator().iter_errors(data))


def test_a_failed_archive_leaves_nothing_behind(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    with pytest.raises(OutputError):
        record_export.export_patient(db, clinic.patient, out / "missing" / "x.zip", actor=ACTOR)
    (out / "x.zip").mkdir()  # the target is a folder: the rename fails after the write
    with pytest.raises(OutputError):
        record_export.export_patient(db, clinic.patient, out / "x.zip", actor=ACTOR)
    assert [p.name for p in out.iterdir()] == ["x.zip"]
    assert list((out / "x.zip").iterdir()) == []


def test_archived_patients_are_exported_too(db: Database, clinic: Clinic) -> None:
    patients.archive_patient(db, clinic.patient, "Moved abroad", actor=ACTOR)
    record = record_export.patient_record(db, clinic.patient, actor=ACTOR)
    assert record.patient.archive_reason == "Moved abroad"

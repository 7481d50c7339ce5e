"""The FHIR R4 export: every Bundle parses with the R4B models, identifiers round-trip to
the database, references resolve inside the Bundle, and a whole clinic streams to disk."""

from __future__ import annotations

import base64
import json
import tracemalloc
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import func, select

from mesodesk.services import demo, patient_record, patients
from mesodesk.services.dto import ProfileInput
from mesodesk.services.errors import NotFound
from mesodesk.services.fhir import export_fhir
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    AdverseEvent,
    AuditEvent,
    Patient,
    SessionTreatment,
    TreatmentSession,
)
from tests.factories import ACTOR, Clinic, add_session, ha_cheeks, lipo_abdomen, make_clinic


@pytest.fixture
def clinic(db: Database) -> Clinic:
    c = make_clinic(db, profile=ProfileInput(allergens=("latex",), allergies_text="Plasters"))
    add_session(db, c, datetime(2026, 3, 2, 10, 0), lines=(ha_cheeks(c), lipo_abdomen(c)))
    add_session(db, c, datetime(2026, 3, 16, 10, 0), status="planned")
    return c


def _bundle(path: Path) -> tuple[Bundle, list[dict[str, Any]]]:
    text = path.read_text(encoding="utf-8")
    bundle = Bundle.model_validate_json(text)  # R4B models: the whole Bundle must parse
    return bundle, [e["resource"] for e in json.loads(text)["entry"]]


def _ids(resources: list[dict[str, Any]], kind: str) -> set[str]:
    """The mesodesk numbers of one kind, read back from the resources' identifiers."""
    out = set()
    for resource in resources:
        found = resource["identifier"]
        for ident in found if isinstance(found, list) else [found]:
            if ident["system"] == f"urn:mesodesk:{kind}":
                out.add(ident["value"])
    return out


def _references(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in _references(v)]
    if isinstance(value, list):
        return [r for v in value for r in _references(v)]
    return []


def test_one_patient_bundle_parses_and_carries_every_kind(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    result = export_fhir(db, tmp_path / "p.json", patient_id=clinic.patient, actor=ACTOR)
    bundle, resources = _bundle(result.path)
    assert bundle.type == "collection" and result.patients == 1
    kinds = Counter(r["resourceType"] for r in resources)
    assert kinds["Patient"] == 1 and kinds["Practitioner"] == 1
    assert kinds["Encounter"] == 2
    assert kinds["Procedure"] == 3  # two areas done, one planned
    assert kinds["Medication"] == 2 and kinds["MedicationAdministration"] == 3
    assert kinds["Consent"] == 1 and kinds["AllergyIntolerance"] == 2

    by_type: dict[str, list[dict[str, Any]]] = {}
    for r in resources:
        by_type.setdefault(r["resourceType"], []).append(r)
    lots = {m["batch"]["lotNumber"]: m["batch"] for m in by_type["Medication"]}
    assert set(lots) == {"HA-2291", "LS-0042"}
    assert date.fromisoformat(lots["HA-2291"]["expirationDate"]) > date(2026, 1, 1)
    sites = {p["bodySite"][0]["coding"][0]["code"] for p in by_type["Procedure"]}
    assert sites == {"cheeks", "abdomen"}
    done = [p for p in by_type["Procedure"] if p["status"] == "completed"]
    assert len(done) == 2
    consent = by_type["Consent"][0]
    version = _ids([consent], "consent-text").pop()
    assert version.startswith("solution:hyaluronic_acid/v")
    wording = base64.b64decode(consent["sourceAttachment"]["data"]).decode()
    assert "consent" in wording.lower()
    allergies = {a["code"].get("text") for a in by_type["AllergyIntolerance"]}
    assert allergies == {"latex", "Plasters"}
    patient = by_type["Patient"][0]
    assert patient["name"][0]["family"] == "Łukasiewicz-Öztürk"


def test_identifiers_round_trip_and_references_resolve(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    result = export_fhir(db, tmp_path / "all.json", actor=ACTOR)
    bundle, resources = _bundle(result.path)
    with db.read() as s:
        patient_ids = {str(i) for i in s.scalars(select(Patient.id))}
        session_ids = {str(i) for i in s.scalars(select(TreatmentSession.id))}
        line_ids = {str(i) for i in s.scalars(select(SessionTreatment.id))}
        lot_ids = {
            str(i)
            for i in s.scalars(
                select(SessionTreatment.product_lot_id).where(
                    SessionTreatment.product_lot_id.is_not(None)
                )
            )
        }
    assert _ids(resources, "patient") == patient_ids
    assert (
        _ids([r for r in resources if r["resourceType"] == "Encounter"], "session") == session_ids
    )
    assert _ids([r for r in resources if r["resourceType"] == "Procedure"], "treatment") == line_ids
    assert _ids([r for r in resources if r["resourceType"] == "Medication"], "lot") == lot_ids
    full_urls = {e.fullUrl for e in bundle.entry or []}
    assert len(full_urls) == len(resources)  # one entry per resource, none twice
    for resource in resources:
        for reference in _references(resource):
            assert reference in full_urls, (resource["resourceType"], reference)
    # The same records give the same ids in the next export: a receiver can update.
    again = export_fhir(db, tmp_path / "again.json", actor=ACTOR)
    assert {e.fullUrl for e in _bundle(again.path)[0].entry or []} == full_urls


def test_an_unknown_patient_is_named_and_no_file_is_left(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFound, match="4242"):
        export_fhir(db, out / "x.json", patient_id=4242, actor=ACTOR)
    assert list(out.iterdir()) == []


def test_the_export_is_audited(db: Database, clinic: Clinic, tmp_path: Path) -> None:
    export_fhir(db, tmp_path / "x.json", actor=ACTOR)
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
    assert event.after is not None and event.after["what"] == "fhir_bundle"
    assert event.after["patients"] == 1
    assert (event.actor, event.account_id) == (ACTOR.name, ACTOR.id)


def test_a_whole_clinic_streams_to_disk(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hundred patients in batches of 20: the export never holds the whole Bundle,
    so the memory it takes stays well below the size of what it writes."""
    demo.seed_demo(db, actor=ACTOR, patients=100, seed=5, today=date(2026, 11, 20))
    patients.archive_patient(db, 3, "Moved away", actor=ACTOR)  # archived ones too
    monkeypatch.setattr(patient_record, "CHUNK", 20)
    tracemalloc.start()
    try:
        result = export_fhir(db, tmp_path / "clinic.json", actor=ACTOR)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = result.path.stat().st_size
    assert peak < size / 2, (peak, size)
    bundle, resources = _bundle(result.path)
    kinds = Counter(r["resourceType"] for r in resources)
    with db.read() as s:
        assert kinds["Patient"] == s.scalar(select(func.count(Patient.id))) == 100
        assert kinds["Encounter"] == s.scalar(select(func.count(TreatmentSession.id)))
        assert kinds["AdverseEvent"] == s.scalar(select(func.count(AdverseEvent.id)))
    assert result.patients == 100 and result.entries == len(bundle.entry or [])

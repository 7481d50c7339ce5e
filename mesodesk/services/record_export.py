"""The patient's own record: the record PDF and the GDPR archive (record.json + record.pdf),
each read in one snapshot and audited as an export."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from mesodesk import __version__
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.record import PatientRecord
from mesodesk.services import audit
from mesodesk.services import settings as settings_service
from mesodesk.services.access import require
from mesodesk.services.aftercare import clinic_header
from mesodesk.services.files import write_stream
from mesodesk.services.patient_record import Gatherer
from mesodesk.store.engine import Database

SCHEMA_ID = "https://mesodesk.example/schemas/patient-export-1.json"
"""The ``$id`` of resources/schemas/patient-export.schema.json, written into every export."""
FORMAT = "mesodesk-patient-export"
FORMAT_VERSION = 1


def patient_record(db: Database, patient_id: int, *, actor: User) -> PatientRecord:
    """Everything on record about one patient, read in one snapshot. ``NotFound`` if none;
    ``PermissionDenied`` unless ``actor`` may export records (a clinical read)."""
    zone = settings_service.clinic_zone(db)
    with db.snapshot() as s:
        require(s, actor, Permission.EXPORT_RECORD)
        return Gatherer(s, zone).one(patient_id)


def _layout(db: Database) -> Any:
    from mesodesk.documents.record import RecordLayout

    values = settings_service.get_all(db)
    return RecordLayout(
        clinic=clinic_header(db),
        date_format=str(values["clinic.date_format"]),
        paper_size=str(values["clinic.paper_size"]),
    )


def render_record(db: Database, record: PatientRecord) -> bytes:
    from mesodesk.documents.record import render_record as render

    return bytes(render(record, _layout(db)))


def audit_export(
    db: Database,
    patient_id: int | None,
    what: str,
    data_digest: str,
    *,
    actor: User,
    **more: object,
) -> None:
    """The audit row of one export (``more``: what else it records), the permission checked
    again: called before the file is put in place, so that no copy leaves unaudited."""
    audit.record_alone(
        db,
        actor=actor,
        action="export",
        entity="patient",
        entity_id=patient_id,
        after={"what": what, **more, "sha256": data_digest},
        permission=Permission.EXPORT_RECORD,
    )


def record_pdf(db: Database, patient_id: int, *, actor: User) -> bytes:
    """The record PDF as bytes (the window's preview, print and save), audited."""
    record = patient_record(db, patient_id, actor=actor)
    pdf = render_record(db, record)
    audit_export(db, patient_id, "record_pdf", hashlib.sha256(pdf).hexdigest(), actor=actor)
    return pdf


def write_record_pdf(db: Database, patient_id: int, out: Path, *, actor: User) -> Path:
    """Write the record PDF to ``out`` (whole or not at all), audited."""
    record = patient_record(db, patient_id, actor=actor)
    pdf = render_record(db, record)
    digest = hashlib.sha256(pdf).hexdigest()
    return write_stream(  # audited before the file appears: no copy leaves unaudited
        out,
        lambda handle: handle.write(pdf),
        before_rename=lambda: audit_export(db, patient_id, "record_pdf", digest, actor=actor),
    )


def record_json(record: PatientRecord, clinic_name: str) -> dict[str, Any]:
    """The record as the documented JSON (resources/schemas/patient-export.schema.json)."""
    body = audit.json_safe(asdict(record))
    return {
        "$schema": SCHEMA_ID,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": body.pop("generated_at"),
        "exported_by": f"mesodesk {__version__}",
        "clinic": clinic_name,
        **body,
    }


def export_patient(db: Database, patient_id: int, out: Path, *, actor: User) -> Path:
    """The GDPR archive for one patient: ``record.json`` and ``record.pdf`` in one zip,
    written under a temporary name and renamed when complete; audited."""
    record = patient_record(db, patient_id, actor=actor)
    pdf = render_record(db, record)
    document = record_json(record, clinic_header(db).name)
    text = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("record.json", text)
        archive.writestr("record.pdf", pdf)
        archive.writestr("README.txt", _README)
    data = buffer.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    return write_stream(  # audited before the file appears: no copy leaves unaudited
        out,
        lambda handle: handle.write(data),
        before_rename=lambda: audit_export(db, patient_id, "gdpr_archive", digest, actor=actor),
    )


_README = """\
This archive holds a copy of everything the clinic keeps on record about you.

record.pdf   the record to read or print
record.json  the same record as structured data (JSON), for moving it to another
             provider; its fields are described by the schema named in "$schema"
             and in mesodesk's docs/patient-export-schema.md.

Dates are ISO 8601; times carry the clinic's UTC offset; volumes are in millilitres.
"""

"""Writing a FHIR R4 collection Bundle to disk entry by entry, patients read in batches, so
that a whole clinic's export needs no more memory than one batch of patients."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from mesodesk.domain.accounts import Permission, User
from mesodesk.services import settings as settings_service
from mesodesk.services.access import require
from mesodesk.services.fhir.resources import (
    Entry,
    instant,
    medication_entry,
    patient_entries,
    practitioner_entry,
    resource_id,
)
from mesodesk.services.files import write_stream
from mesodesk.services.patient_record import Gatherer, patient_ids
from mesodesk.services.record_export import audit_export
from mesodesk.store.engine import Database
from mesodesk.store.models import Practitioner


@dataclass(frozen=True, slots=True)
class FhirExport:
    path: Path
    patients: int
    entries: int


class _BundleWriter:
    """The Bundle's JSON written piece by piece: the opening, each entry, the closing."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.entries = 0
        self.digest = hashlib.sha256()

    def _put(self, text: str) -> None:
        data = text.encode("utf-8")
        self.digest.update(data)
        self.handle.write(data)

    def open(self, bundle_id: str, timestamp: str) -> None:
        head = {"resourceType": "Bundle", "id": bundle_id, "type": "collection"}
        head["timestamp"] = timestamp
        self._put(json.dumps(head, ensure_ascii=False)[:-1] + ', "entry": [\n')

    def add(self, item: Entry) -> None:
        self._put((",\n" if self.entries else "") + json.dumps(item, ensure_ascii=False))
        self.entries += 1

    def close(self) -> None:
        self._put("\n]}\n")


def export_fhir(
    db: Database, out: Path, *, patient_id: int | None = None, actor: User
) -> FhirExport:
    """Write every patient's record (or one patient's) as a FHIR R4 collection Bundle.

    All of it is read in one snapshot; the file appears only when complete. ``NotFound``
    names a patient that does not exist. Audited as an export.
    """
    zone = settings_service.clinic_zone(db)
    counted = {"patients": 0}
    digest = ""

    def write(handle: BinaryIO) -> None:
        nonlocal digest
        with db.snapshot() as s:
            require(s, actor, Permission.EXPORT_RECORD)
            gatherer = Gatherer(s, zone)
            bundle = _BundleWriter(handle)
            now = gatherer.generated_at
            scope = f"patient/{patient_id}" if patient_id is not None else "clinic"
            bundle.open(resource_id("export", f"{scope}/{now.isoformat()}"), instant(now))
            if patient_id is not None:
                batches = iter([[gatherer.one(patient_id)]])
            else:
                rows = s.execute(
                    select(Practitioner.id, Practitioner.display_name).order_by(Practitioner.id)
                )
                for pid, name in rows:
                    bundle.add(practitioner_entry(pid, name))
                batches = (list(gatherer.many(ids)) for ids in patient_ids(s))
            lots: set[int] = set()
            practitioners: set[int] = set()
            for records in batches:
                for record in records:
                    counted["patients"] += 1
                    for session in record.sessions:
                        doctor = session.practitioner_id
                        if patient_id is not None and doctor is not None:
                            if doctor not in practitioners:
                                practitioners.add(doctor)
                                bundle.add(practitioner_entry(doctor, session.practitioner))
                        for line in session.lines:
                            if line.lot_id is not None and line.lot_id not in lots:
                                lots.add(line.lot_id)
                                bundle.add(medication_entry(line))
                    for item in patient_entries(record):
                        bundle.add(item)
            bundle.close()
            counted["entries"] = bundle.entries
            digest = bundle.digest.hexdigest()

    def audited() -> None:  # before the file appears: no copy leaves unaudited
        audit_export(
            db, patient_id, "fhir_bundle", digest, actor=actor, patients=counted["patients"]
        )

    path = write_stream(out, write, before_rename=audited)
    return FhirExport(path, counted["patients"], counted["entries"])

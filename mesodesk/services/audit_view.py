"""The admin's view of the audit: by patient ("who saw or changed this record"), by account
and by day, and its export to CSV."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.csvsafe import to_csv
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.files import write_csv
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    AdverseEvent,
    AuditEvent,
    Course,
    FollowUpContact,
    MedicalProfile,
    PrintedDocument,
    TreatmentSession,
)

MAX_LIMIT = 100_000


@dataclass(frozen=True)
class AuditEntry:
    """One audit row as the admin reads it (times naive UTC, as stored)."""

    id: int
    occurred_at: datetime
    actor: str
    account_id: int | None
    host: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def details(self) -> str:
        """The changed values as compact JSON (for a list or the CSV)."""
        parts = {k: v for k, v in (("before", self.before), ("after", self.after)) if v}
        return json.dumps(parts, ensure_ascii=False, sort_keys=True) if parts else ""


def _patient_rows(patient_id: int) -> ColumnElement[bool]:
    """Audit rows about the patient or anything of theirs (profile, sessions, courses,
    adverse events, printed sheets, follow-up calls)."""
    sessions = select(TreatmentSession.id).where(TreatmentSession.patient_id == patient_id)
    owned: list[tuple[str, Any]] = [
        (
            "medical_profile",
            select(MedicalProfile.id).where(MedicalProfile.patient_id == patient_id),
        ),
        ("session", sessions),
        ("course", select(Course.id).where(Course.patient_id == patient_id)),
        ("adverse_event", select(AdverseEvent.id).where(AdverseEvent.patient_id == patient_id)),
        (
            "printed_document",
            select(PrintedDocument.id).where(PrintedDocument.session_id.in_(sessions)),
        ),
        (
            "followup_contact",
            select(FollowUpContact.id).where(FollowUpContact.patient_id == patient_id),
        ),
    ]
    return or_(
        and_(AuditEvent.entity == "patient", AuditEvent.entity_id == patient_id),
        *(
            and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids))
            for entity, ids in owned
        ),
    )


def _lists_patient(event: AuditEvent, patient_id: int) -> bool:
    """An export row that names the patient among the ids it lists (a lot recall)."""
    ids = (event.after or {}).get("patient_ids")
    return isinstance(ids, list) and patient_id in ids


def query_entries(
    s: Session,
    *,
    patient_id: int | None = None,
    account_id: int | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    limit: int = 500,
) -> list[AuditEntry]:
    if day_from is not None and day_to is not None and day_to < day_from:
        raise ValidationFailed(
            {"day_to": Message(QT_TRANSLATE_NOOP("messages", "The last day is before the first."))}
        )
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationFailed(
            {
                "limit": Message(
                    QT_TRANSLATE_NOOP("messages", "Show between 1 and {limit} entries."),
                    limit=MAX_LIMIT,
                )
            }
        )
    query = select(AuditEvent).order_by(AuditEvent.id.desc())
    if account_id is not None:
        query = query.where(AuditEvent.account_id == account_id)
    if day_from is not None:
        query = query.where(AuditEvent.occurred_at >= datetime.combine(day_from, time.min))
    if day_to is not None:
        end = datetime.combine(day_to + timedelta(days=1), time.min)
        query = query.where(AuditEvent.occurred_at < end)
    rows: list[AuditEvent]
    if patient_id is None:
        rows = list(s.scalars(query.limit(limit)))
    else:
        direct = list(s.scalars(query.where(_patient_rows(patient_id)).limit(limit)))
        exports = [
            event
            for event in s.scalars(query.where(AuditEvent.action == "export"))
            if _lists_patient(event, patient_id)
        ]
        rows = sorted({e.id: e for e in direct + exports}.values(), key=lambda e: -e.id)[:limit]
    return [
        AuditEntry(
            id=e.id,
            occurred_at=e.occurred_at,
            actor=e.actor,
            account_id=e.account_id,
            host=e.host,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            before=e.before,
            after=e.after,
        )
        for e in rows
    ]


def audit_entries(
    db: Database,
    *,
    actor: User,
    patient_id: int | None = None,
    account_id: int | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    limit: int = 500,
) -> list[AuditEntry]:
    """The newest ``limit`` audit entries that match every filter given (days are UTC)."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_AUDIT)
        return query_entries(
            s,
            patient_id=patient_id,
            account_id=account_id,
            day_from=day_from,
            day_to=day_to,
            limit=limit,
        )


CSV_HEADER = (
    "id",
    "time (UTC)",
    "who",
    "account id",
    "computer",
    "action",
    "record",
    "record id",
    "details",
)


def export_audit_csv(
    db: Database,
    *,
    actor: User,
    path: Path,
    patient_id: int | None = None,
    account_id: int | None = None,
    day_from: date | None = None,
    day_to: date | None = None,
    limit: int = MAX_LIMIT,
) -> Path:
    """Write the matching entries as CSV (no cell can run as a spreadsheet formula); the
    export itself is audited."""
    filters = {
        "patient_id": patient_id,
        "account_id": account_id,
        "day_from": day_from,
        "day_to": day_to,
    }
    entries = audit_entries(db, actor=actor, limit=limit, **filters)  # type: ignore[arg-type]
    rows = [
        (
            e.id,
            f"{e.occurred_at:%Y-%m-%d %H:%M:%S}",
            e.actor,
            e.account_id if e.account_id is not None else "",
            e.host,
            e.action,
            e.entity,
            e.entity_id if e.entity_id is not None else "",
            e.details,
        )
        for e in entries
    ]
    written = write_csv(to_csv(CSV_HEADER, rows), Path(path))
    audit.record_alone(
        db,
        actor=actor,
        permission=Permission.VIEW_AUDIT,
        action="export",
        entity="audit",
        entity_id=None,
        after={"file": written.name, "entries": len(rows), **audit.json_safe(filters)},
    )
    return written

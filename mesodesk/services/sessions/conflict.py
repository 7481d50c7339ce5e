"""What an edit conflict compares of a session: the stored one and the editor's, alike."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from mesodesk.domain.clock import from_utc, to_utc
from mesodesk.services.dto import SessionInput, SessionRecord
from mesodesk.store.models import TreatmentSession


def conflict_values(row: TreatmentSession, zone: ZoneInfo) -> dict[str, object]:
    """What an edit conflict compares of a stored session (times in the clinic's zone)."""
    return {
        "starts_at": from_utc(row.starts_at, zone).replace(tzinfo=None),
        "duration_minutes": row.duration_minutes,
        "practitioner_id": row.practitioner_id,
        "status": row.status,
        "status_reason": row.status_reason,
        "course_id": row.course_id,
        "anaesthetic_used": row.anaesthetic_used,
        "anaesthetic_product": row.anaesthetic_product,
        "immediate_reactions": tuple(row.immediate_reactions or ()),
        "notes": row.notes,
        "treatments": tuple(
            (t.area_id, t.product_lot_id, t.volume_ml, t.technique, t.depth_mm, t.needle_gauge)
            for t in row.treatments
        ),
    }


def input_values(data: SessionInput, zone: ZoneInfo) -> dict[str, object]:
    """The same fields of what an editor sends, as they would be stored."""
    return {
        "starts_at": from_utc(to_utc(data.starts_at, zone), zone).replace(tzinfo=None),
        "duration_minutes": data.duration_minutes,
        "practitioner_id": data.practitioner_id,
        "status": str(data.status),
        "status_reason": data.status_reason.strip(),
        "course_id": data.course_id,
        "anaesthetic_used": data.anaesthetic_used,
        "anaesthetic_product": data.anaesthetic_product.strip() if data.anaesthetic_used else "",
        "immediate_reactions": tuple(dict.fromkeys(data.immediate_reactions)),
        "notes": data.notes,
        "treatments": tuple(
            (t.area_id, t.product_lot_id, t.volume_ml, t.technique, t.depth_mm, t.needle_gauge)
            for t in data.treatments
        ),
    }


def record_values(record: SessionRecord) -> dict[str, object]:
    """The same fields of a session as an editor loaded it (what "yours" changed from)."""
    return {
        "starts_at": record.starts_at.replace(tzinfo=None),
        "duration_minutes": record.duration_minutes,
        "practitioner_id": record.practitioner_id,
        "status": record.status,
        "status_reason": record.status_reason,
        "course_id": record.course_id,
        "anaesthetic_used": record.anaesthetic_used,
        "anaesthetic_product": record.anaesthetic_product,
        "immediate_reactions": tuple(record.immediate_reactions),
        "notes": record.notes,
        "treatments": tuple(
            (t.area_id, t.product_lot_id, t.volume_ml, t.technique, t.depth_mm, t.needle_gauge)
            for t in record.treatments
        ),
    }

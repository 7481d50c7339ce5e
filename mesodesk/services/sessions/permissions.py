"""Which permission a change to a session needs: bookings, arrivals, clinical work, done."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.enums import SessionStatus
from mesodesk.services.access import require
from mesodesk.services.dto import SessionInput, SessionRecord
from mesodesk.store.models import TreatmentSession

SCHEDULING_FIELDS = frozenset(
    {
        "starts_at",
        "duration_minutes",
        "practitioner_id",
        "status",
        "status_reason",
        "course_id",
        "screening_findings",  # derived: screened again at the new time
    }
)
"""What reception may change of a session: when, with whom, and its booking status."""


def clinical_input(data: SessionInput) -> bool:
    """Whether a new session carries more than a booking (treatments, notes, consent ...)."""
    return bool(
        data.treatments
        or data.notes.strip()
        or data.anaesthetic_used
        or data.immediate_reactions
        or data.consent_template_id is not None
        or data.override_reason.strip()
        or data.override_reasons
        or (
            data.checklist
            and any(v.get("checked") or v.get("note") for v in data.checklist.values())
        )
    )


def require_for_status(s: Session, actor: User, status: str) -> None:
    """Done needs a practitioner; arrival and no-show the front desk; the rest bookings."""
    if status == SessionStatus.DONE:
        require(s, actor, Permission.MARK_DONE)
    elif status in (SessionStatus.ARRIVED, SessionStatus.NO_SHOW):
        require(s, actor, Permission.ARRIVAL)
    else:
        require(s, actor, Permission.BOOK)


def require_for_change(
    s: Session, actor: User, before: dict[str, object], after: dict[str, object]
) -> None:
    """A change beyond the booking fields is clinical work (checked before the commit)."""
    changed = {k for k, v in after.items() if before.get(k) != v and k != "updated_at"}
    if changed - SCHEDULING_FIELDS:
        require(s, actor, Permission.EDIT_CLINICAL)
    if "status" in changed:
        require_for_status(s, actor, str(after["status"]))


def without_notes(record: SessionRecord) -> SessionRecord:
    """``record`` as the front desk may read it: no medical notes, reactions or anaesthetic."""
    return replace(
        record,
        notes="",
        immediate_reactions=(),
        anaesthetic_product="",
        override_reason="",
    )


def unseen_kept(data: SessionInput, row: TreatmentSession) -> SessionInput:
    """A change by someone who was shown ``without_notes``: what they were not shown and left
    blank stays as stored (typing into it is still clinical work, refused on its own)."""
    return replace(
        data,
        notes=data.notes or row.notes,
        immediate_reactions=data.immediate_reactions or tuple(row.immediate_reactions or ()),
        anaesthetic_product=data.anaesthetic_product or row.anaesthetic_product,
        override_reason=data.override_reason or row.override_reason,
    )

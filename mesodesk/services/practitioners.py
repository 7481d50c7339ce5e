"""The clinic's practitioners."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.dto import PractitionerRecord
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import Practitioner


def _record(p: Practitioner) -> PractitionerRecord:
    return PractitionerRecord(p.id, p.display_name, p.title, p.archived_at is not None)


def list_practitioners(db: Database, *, include_archived: bool = False) -> list[PractitionerRecord]:
    query = select(Practitioner).order_by(Practitioner.display_name, Practitioner.id)
    if not include_archived:
        query = query.where(Practitioner.archived_at.is_(None))
    with db.read() as s:
        return [_record(p) for p in s.scalars(query)]


def create_practitioner(
    db: Database, display_name: str, title: str = "", *, actor: User
) -> PractitionerRecord:
    with db.begin() as s:
        require(s, actor, Permission.PRACTITIONERS)
        return add_practitioner(s, display_name, title, actor=actor)


def add_practitioner(
    s: Session, display_name: str, title: str = "", *, actor: User
) -> PractitionerRecord:
    """Inside the caller's transaction: add a practitioner (audited)."""
    name = display_name.strip()
    if not name:
        raise ValidationFailed(
            {
                "display_name": Message(
                    QT_TRANSLATE_NOOP("messages", "Enter the practitioner's name.")
                )
            }
        )
    row = Practitioner(display_name=name, title=title.strip(), created_at=audit.utcnow())
    s.add(row)
    s.flush()
    audit.record(
        s,
        actor=actor,
        action="create",
        entity="practitioner",
        entity_id=row.id,
        after=audit.snapshot(row),
    )
    return _record(row)


def update_practitioner(
    db: Database, practitioner_id: int, display_name: str, title: str, *, actor: User
) -> PractitionerRecord:
    name = display_name.strip()
    if not name:
        raise ValidationFailed(
            {
                "display_name": Message(
                    QT_TRANSLATE_NOOP("messages", "Enter the practitioner's name.")
                )
            }
        )
    with db.begin() as s:
        require(s, actor, Permission.PRACTITIONERS)
        row = s.get(Practitioner, practitioner_id)
        if row is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "There is no practitioner with number {practitioner_id}."
                    ),
                    practitioner_id=practitioner_id,
                )
            )
        before = audit.snapshot(row)
        row.display_name, row.title = name, title.strip()
        audit.record(
            s,
            actor=actor,
            action="update",
            entity="practitioner",
            entity_id=row.id,
            before=before,
            after=audit.snapshot(row),
        )
        return _record(row)


def set_archived(
    db: Database, practitioner_id: int, archived: bool, *, actor: User
) -> PractitionerRecord:
    with db.begin() as s:
        require(s, actor, Permission.PRACTITIONERS)
        row = s.get(Practitioner, practitioner_id)
        if row is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "There is no practitioner with number {practitioner_id}."
                    ),
                    practitioner_id=practitioner_id,
                )
            )
        audit.set_archived(s, row, archived, entity="practitioner", actor=actor)
        return _record(row)

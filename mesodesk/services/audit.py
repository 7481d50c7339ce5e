"""Writing audit rows inside the caller's transaction."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from mesodesk.domain import clock
from mesodesk.domain.accounts import User
from mesodesk.store import changes as change_notices
from mesodesk.store.models import AuditEvent, Base

change_notices.install()


def utcnow() -> datetime:
    """The current time as naive UTC, the form every timestamp is stored in."""
    return clock.utcnow()


def json_safe(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(v) for v in value]
    return value


def snapshot(row: Base) -> dict[str, Any]:
    """Column values of an ORM row, JSON-safe; not its edit-conflict version counter, which
    moves on every save and says nothing about what changed."""
    mapper = inspect(row.__class__)
    counter = mapper.version_id_col
    return {
        c.key: json_safe(getattr(row, c.key))
        for c in mapper.column_attrs
        if counter is None or c.columns[0] is not counter
    }


def record(
    s: Session,
    *,
    actor: User | str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    if isinstance(actor, User):
        actor = actor.name
    change_notices.note_change(s, entity, entity_id)
    s.add(
        AuditEvent(
            occurred_at=utcnow(),
            actor=actor or "unknown",
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=json_safe(before) if before is not None else None,
            after=json_safe(after) if after is not None else None,
        )
    )


class Archivable(Protocol):
    id: int
    archived_at: datetime | None


def set_archived(s: Session, row: Archivable, archived: bool, *, entity: str, actor: str) -> None:
    """Archive or restore ``row`` (never delete it) and audit the change."""
    assert isinstance(row, Base)
    before = snapshot(row)
    row.archived_at = utcnow() if archived else None
    record(
        s,
        actor=actor,
        action="archive" if archived else "restore",
        entity=entity,
        entity_id=row.id,
        before=before,
        after=snapshot(row),
    )


def changed(before: dict[str, Any], after: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}


def history(s: Session, entity: str, entity_id: int) -> list[AuditEvent]:
    return list(
        s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
            .order_by(AuditEvent.id)
        )
    )

"""Writing audit rows inside the caller's transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from mesodesk.domain import clock
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.audit_chain import GENESIS_HASH, row_content, row_hash
from mesodesk.services.access import require
from mesodesk.store import changes as change_notices
from mesodesk.store import dialect
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, Base
from mesodesk.store.models_accounts import AuditChainHead

_CHAIN_KEY = "mesodesk.audit_chain_transaction"

change_notices.install()


def utcnow() -> datetime:
    """The current time as naive UTC, the form every timestamp is stored in."""
    return clock.utcnow()


def json_safe(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):  # an image: its size and digest
        data = bytes(value)
        return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
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


def chain_head(s: Session) -> AuditChainHead:
    """The chain head, locked for this transaction (the first call takes the lock).

    SQLite writers already hold the write lock (``BEGIN IMMEDIATE``); on PostgreSQL the
    ``FOR UPDATE`` makes a second writer wait here until the first commits (and with no head
    row to lock, ``store.dialect.lock_audit_chain`` does).
    """
    transaction = s.get_transaction()
    head: AuditChainHead | None
    if transaction is not None and s.info.get(_CHAIN_KEY) is transaction:
        head = s.get(AuditChainHead, 1)
    else:
        head = s.get(AuditChainHead, 1, with_for_update=True)
        s.info[_CHAIN_KEY] = transaction
    if head is None:  # only a database whose head row was removed: start from the last row
        dialect.lock_audit_chain(s.connection())  # no row to lock: the chain itself
        head = s.get(AuditChainHead, 1, populate_existing=True)
    if head is None:
        last = s.execute(
            select(AuditEvent.id, AuditEvent.row_hash).order_by(AuditEvent.id.desc()).limit(1)
        ).first()
        head = AuditChainHead(
            id=1,
            last_id=last[0] if last else 0,
            last_hash=last[1] if last else GENESIS_HASH,
        )
        s.add(head)
    return head


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
    """Append one audit row, chained to the previous one, inside the caller's transaction.

    ``actor`` is the signed-in user; a plain string names a process acting without an
    account ("system" for the catalog sync, the login name typed at a failed login).
    """
    record_many(s, actor=actor, action=action, entity=entity, items=[(entity_id, before, after)])


AuditItem = tuple[int | None, dict[str, Any] | None, dict[str, Any] | None]
"""(entity id, before, after) of one audit row."""


def record_many(
    s: Session, *, actor: User | str, action: str, entity: str, items: Sequence[AuditItem]
) -> None:
    """Append one chained audit row per item (an import audits each patient it adds)."""
    if isinstance(actor, User):
        name, account_id, host = actor.name, actor.id or None, actor.host
    else:
        name, account_id, host = actor or "unknown", None, local_host()
    head = chain_head(s)
    now = utcnow()
    for entity_id, before, after in items:
        if not change_notices.is_quiet(action):  # a chart looked at refreshes no desk
            change_notices.note_change(s, entity, entity_id)
        event = AuditEvent(
            id=head.last_id + 1,
            occurred_at=now,
            actor=name[:120],
            account_id=account_id,
            host=host[:120],
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=json_safe(before) if before is not None else None,
            after=json_safe(after) if after is not None else None,
            prev_hash=head.last_hash,
        )
        event.row_hash = row_hash(head.last_hash, content_of(event))
        head.last_id, head.last_hash = event.id, event.row_hash
        s.add(event)


def record_alone(
    db: Database,
    *,
    actor: User | str,
    action: str,
    entity: str,
    entity_id: int | None,
    after: dict[str, Any] | None = None,
    permission: Permission | None = None,
) -> None:
    """One audit row in a short transaction of its own, for what happened outside one (a
    chart read from a snapshot, a file written, a backup); ``permission`` is checked again
    there when given."""
    with db.begin() as s:
        if permission is not None and isinstance(actor, User):
            require(s, actor, permission)
        record(s, actor=actor, action=action, entity=entity, entity_id=entity_id, after=after)


def content_of(event: AuditEvent) -> dict[str, Any]:
    """What the chain hashes of an audit row."""
    return row_content(
        id=event.id,
        occurred_at=event.occurred_at,
        actor=event.actor,
        account_id=event.account_id,
        host=event.host,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        before=event.before,
        after=event.after,
    )


def local_host() -> str:
    """This computer's name, as audit rows record it."""
    import socket

    return socket.gethostname()


class Archivable(Protocol):
    id: int
    archived_at: datetime | None


def set_archived(
    s: Session, row: Archivable, archived: bool, *, entity: str, actor: User | str
) -> None:
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

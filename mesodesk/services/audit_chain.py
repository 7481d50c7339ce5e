"""Checking the audit hash chain: the first row whose hash or link does not match."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from mesodesk.domain.audit_chain import GENESIS_HASH, row_hash
from mesodesk.services.audit import content_of
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.store.models_accounts import AuditChainHead

BATCH = 2000


@dataclass(frozen=True)
class ChainReport:
    """What ``verify_chain`` found; ``ok`` when every row and the head match."""

    rows: int
    first_bad_id: int | None = None
    problem: str = ""
    head_hash: str = GENESIS_HASH

    @property
    def ok(self) -> bool:
        return not self.problem

    def summary(self) -> str:
        if self.ok:
            return f"audit chain holds: {self.rows} row(s), newest hash {self.head_hash[:16]}…"
        where = f"row {self.first_bad_id}" if self.first_bad_id is not None else "the chain"
        return f"audit chain broken at {where}: {self.problem}"


def verify_chain(db: Database) -> ChainReport:
    """Walk the audit in id order, recomputing each row's hash from the previous one.

    Finds an edited field (the row's hash no longer matches), a deleted row (the next row's
    link points at a hash that is not its predecessor's), a forged row (its hash or link is
    wrong) and rows cut off the end (the chain head names a newer row).
    """
    previous_hash, previous_id, count = GENESIS_HASH, 0, 0
    with db.read() as s:
        rows = s.execute(
            select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=BATCH)
        )
        for event in rows.scalars():
            count += 1
            if event.prev_hash != previous_hash:
                what = (
                    "it does not follow the row before it (a row was deleted or inserted "
                    f"after row {previous_id})"
                    if previous_id
                    else "the first row does not start the chain"
                )
                return ChainReport(count, event.id, what, previous_hash)
            if row_hash(previous_hash, content_of(event)) != event.row_hash:
                return ChainReport(
                    count,
                    event.id,
                    "its content does not match its hash (it was changed)",
                    previous_hash,
                )
            previous_hash, previous_id = event.row_hash, event.id
            s.expunge(event)
        head = s.get(AuditChainHead, 1)
    if head is None:
        return ChainReport(count, None, "the chain head is missing", previous_hash)
    if (head.last_id, head.last_hash) != (previous_id, previous_hash):
        return ChainReport(
            count,
            head.last_id,
            f"the newest row should be {head.last_id}, but the audit ends at row {previous_id} "
            "(rows were removed from the end, or the head was changed)",
            previous_hash,
        )
    return ChainReport(count, None, "", previous_hash)

"""The audit hash chain: each row's hash covers the previous row's hash and its own content."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

GENESIS_HASH = "0" * 64
"""The "previous hash" of the first audit row."""

CHAINED_FIELDS = (
    "id",
    "occurred_at",
    "actor",
    "account_id",
    "host",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
)
"""The columns of an audit row that its hash covers (everything but the hashes)."""


def canonical_json(content: dict[str, Any]) -> str:
    """One spelling of ``content``: sorted keys, no spaces, text as it is, no NaN."""
    return json.dumps(
        content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def row_content(
    *,
    id: int,
    occurred_at: datetime | str,
    actor: str,
    account_id: int | None,
    host: str | None,
    action: str,
    entity: str,
    entity_id: int | None,
    before: Any,
    after: Any,
) -> dict[str, Any]:
    """The content of one audit row as the hash sees it."""
    when = occurred_at.isoformat() if isinstance(occurred_at, datetime) else str(occurred_at)
    return {
        "id": int(id),
        "occurred_at": when,
        "actor": actor,
        "account_id": account_id,
        "host": host or "",
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "before": before,
        "after": after,
    }


def row_hash(prev_hash: str, content: dict[str, Any]) -> str:
    """SHA-256 (hex) of the previous row's hash followed by this row's canonical JSON."""
    return hashlib.sha256((prev_hash + canonical_json(content)).encode("utf-8")).hexdigest()

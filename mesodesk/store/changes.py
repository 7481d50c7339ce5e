"""Telling other desks what changed: PostgreSQL NOTIFY at commit, SQLite's data_version.

Every audited write names what it changed (``note_change``, called by the audit). At commit
a PostgreSQL session sends one ``pg_notify`` on :data:`CHANNEL` listing those rows, in the
same transaction, so a rolled-back save announces nothing. On SQLite there is no message
bus between programs: :class:`SqliteWatcher` polls ``PRAGMA data_version`` on a dedicated
connection (it changes whenever another connection commits) and then reads the audit rows
written since the last one it saw.

A :class:`Change` with entity :data:`EVERYTHING` means "too many to list: refresh all".
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mesodesk.store.dialect import open_sqlite_reader, sqlite_data_version

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CHANNEL = "mesodesk_changes"
EVERYTHING = "*"
MAX_LISTED = 500
"""More changed rows than this in one transaction or one poll are announced as everything."""
_PAYLOAD_LIMIT = 7900
"""PostgreSQL refuses NOTIFY payloads of 8000 bytes or more."""
_INFO_KEY = "mesodesk_changes"
QUIET_ACTIONS = frozenset({"view", "export", "login", "logout", "unlock", "backup"})
"""Audited actions that change no record another desk shows (a chart looked at, a file
written, someone signing in): they are not announced, so no desk refreshes for them.
Failed sign-ins (``*_failed``) are quiet too."""


def is_quiet(action: str) -> bool:
    """Whether an audited action changes nothing another desk shows."""
    return action in QUIET_ACTIONS or action.endswith("_failed")


@dataclass(frozen=True, slots=True)
class Change:
    """One changed row: the audit's entity name ("patient", "session" ...) and its id."""

    entity: str
    entity_id: int | None


def note_change(s: Session, entity: str, entity_id: int | None) -> None:
    """Remember inside the session that this row changed, for the notice sent at commit."""
    noted: list[tuple[str, int | None]] = s.info.setdefault(_INFO_KEY, [])
    if len(noted) <= MAX_LISTED:
        noted.append((entity, entity_id))


def _payload(noted: list[tuple[str, int | None]]) -> str:
    if len(noted) > MAX_LISTED:
        return EVERYTHING
    text = ",".join(
        dict.fromkeys(f"{entity}:{'' if ident is None else ident}" for entity, ident in noted)
    )
    return text if len(text.encode()) < _PAYLOAD_LIMIT else EVERYTHING


def parse_payload(payload: str) -> list[Change]:
    """The changes one notice lists."""
    if payload == EVERYTHING or not payload:
        return [Change(EVERYTHING, None)]
    out = []
    for item in payload.split(","):
        entity, _, ident = item.partition(":")
        out.append(Change(entity, int(ident) if ident.isdigit() else None))
    return out


def _before_commit(s: Session) -> None:
    noted = s.info.pop(_INFO_KEY, None)
    if not noted:
        return
    bind = s.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    s.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": CHANNEL, "payload": _payload(noted)},
    )


def _after_rollback(s: Session) -> None:
    s.info.pop(_INFO_KEY, None)


def install() -> None:
    """Send the notices at every commit (once per process; the audit calls it)."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    if not event.contains(Session, "before_commit", _before_commit):
        event.listen(Session, "before_commit", _before_commit)
        event.listen(Session, "after_soft_rollback", lambda s, _t: _after_rollback(s))


class SqliteWatcher:
    """Changes committed to an SQLite file by other connections (other desks, the command
    line, or this program's own writes), read from the audit rows after ``data_version``
    moves. Starts after the newest audit row at the time it is made."""

    def __init__(self, path: Path, timeout_ms: int = 5000) -> None:
        self.conn: sqlite3.Connection | None = open_sqlite_reader(path, timeout_ms)
        self.version = sqlite_data_version(self.conn)
        row = self.conn.execute("SELECT max(id) FROM audit_event").fetchone()
        self.last_id = int(row[0] or 0)

    def poll(self) -> list[Change]:
        """What changed since the last poll (empty when nothing did); cheap when idle."""
        conn = self.conn
        if conn is None:
            return []
        version = sqlite_data_version(conn)
        if version == self.version:
            return []
        self.version = version
        rows = conn.execute(
            "SELECT id, entity, entity_id, action FROM audit_event WHERE id > ? ORDER BY id "
            "LIMIT ?",
            (self.last_id, MAX_LISTED + 1),
        ).fetchall()
        if not rows:
            return []
        if len(rows) > MAX_LISTED:
            newest = conn.execute("SELECT max(id) FROM audit_event").fetchone()[0]
            self.last_id = int(newest or self.last_id)
            return [Change(EVERYTHING, None)]
        self.last_id = int(rows[-1][0])
        return list(dict.fromkeys(Change(str(r[1]), r[2]) for r in rows if not is_quiet(r[3])))

    def wait(self, timeout: float) -> list[Change]:
        """SQLite has nothing to wait on: one poll (the caller paces the polls)."""
        del timeout
        return self.poll()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class PostgresListener:
    """``LISTEN`` on :data:`CHANNEL` on a connection of its own (autocommit)."""

    def __init__(self, url: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        parsed = make_url(url).set(drivername="postgresql")
        dsn = parsed.render_as_string(hide_password=False)
        self.conn: Any = psycopg.connect(dsn, autocommit=True)
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[Change]:
        """The notices that arrive within ``timeout`` seconds (all of them once one does)."""
        conn = self.conn
        if conn is None:
            return []
        notices = list(conn.notifies(timeout=timeout, stop_after=1))
        if not notices:
            return []
        notices += conn.notifies(timeout=0.01)  # the rest of a burst, in one answer
        out = [change for notice in notices for change in parse_payload(notice.payload)]
        return list(dict.fromkeys(out))

    def poll(self) -> list[Change]:
        return self.wait(0)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

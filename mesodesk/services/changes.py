"""The change feed: what other desks (and this one) saved, for the window to refresh.

``ChangeFeed(db).wait(timeout)`` returns the rows changed since the last call: on
PostgreSQL from ``LISTEN/NOTIFY`` (announced in the saving transaction), on SQLite from the
audit rows written since ``PRAGMA data_version`` last moved. Call it from a worker thread:
it blocks up to ``timeout`` on PostgreSQL. Each feed holds one connection of its own.
"""

from __future__ import annotations

from mesodesk.store.changes import EVERYTHING, Change, PostgresListener, SqliteWatcher
from mesodesk.store.engine import Database

__all__ = ["EVERYTHING", "Change", "ChangeFeed", "POLL_SECONDS"]

POLL_SECONDS = 0.25
"""How long one wait lasts: the most a change takes to be noticed on SQLite."""


class ChangeFeed:
    """Changes committed to one database, from now on."""

    def __init__(self, db: Database) -> None:
        path = db.path
        self._source: SqliteWatcher | PostgresListener
        if path is not None:
            self._source = SqliteWatcher(path)
        else:
            self._source = PostgresListener(db.url)
        self.polls_on_timer = path is not None
        """SQLite: nothing to block on, so the caller sleeps ``timeout`` between polls."""

    def wait(self, timeout: float = POLL_SECONDS) -> list[Change]:
        """The changes seen within ``timeout`` seconds (at once on SQLite: one poll)."""
        return self._source.wait(timeout)

    def close(self) -> None:
        self._source.close()

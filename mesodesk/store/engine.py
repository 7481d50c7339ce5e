"""Engine and session factory. SQLite-only settings live here, behind one dialect check."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
SQLITE_PRAGMAS: dict[str, str | int] = {
    "foreign_keys": "ON",
    "journal_mode": "WAL",
    "synchronous": "FULL",
}
EXTRA_SQLITE_PRAGMAS: dict[str, str | int] = {}
"""Pragmas added to every new connection; tests use it to simulate a full disk."""


def url_for_path(path: str | Path) -> str:
    return URL.create(
        "sqlite+pysqlite", database=str(Path(path).expanduser().resolve())
    ).render_as_string()


def is_sqlite(url_or_engine: str | Engine) -> bool:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(url_or_engine)
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL, or None for other backends or in-memory."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin; otherwise
        # SAVEPOINT and DDL statements escape the transaction under Python 3.11.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            for name, value in {**SQLITE_PRAGMAS, **EXTRA_SQLITE_PRAGMAS}.items():
                cursor.execute(f"PRAGMA {name} = {value}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str, *, busy_timeout_ms: int | None = None, echo: bool = False) -> Engine:
    engine = create_engine(url, echo=echo)
    if is_sqlite(engine):
        _configure_sqlite(engine, BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms)
    return engine


@dataclass
class Database:
    """An engine and its session factory: created once at start-up, shared by all services."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def connect(cls, url: str, *, busy_timeout_ms: int | None = None) -> Database:
        return cls(url, make_engine(url, busy_timeout_ms=busy_timeout_ms))

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

"""What differs between SQLite and PostgreSQL, in one place: SQLite's PRAGMAs and BEGIN
IMMEDIATE, the integrity checks, the audit triggers, change detection and the plain readers.

Everything SQLite-only that runs on a connection lives here; the rest of the code asks this
module instead of testing the backend itself. (``store.backup``, ``store.restore`` and
``store.migrate.revision_of_file`` work on an SQLite *file* and are SQLite by nature.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

SQLITE_PRAGMAS: dict[str, str | int] = {
    "foreign_keys": "ON",
    "journal_mode": "WAL",
    "synchronous": "FULL",
}
EXTRA_SQLITE_PRAGMAS: dict[str, str | int] = {}
"""Pragmas added to every new connection; tests use it to simulate a full disk."""

POSTGRESQL = "postgresql"
SQLITE = "sqlite"


def backend_of(url: str) -> str:
    """The backend name of a URL string (``sqlite`` for ``sqlite+pysqlite:///...``)."""
    return url.split(":", 1)[0].split("+", 1)[0].lower()


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean the driver mesodesk installs (psycopg 3);
    SQLAlchemy alone would look for psycopg2."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme.lower() in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def configure_sqlite(
    engine: Engine,
    busy_timeout_ms: int,
    writing: Callable[[], bool],
    *,
    before_connect: Callable[[], None] | None = None,
    read_only: bool = False,
) -> None:
    """PRAGMAs on every new connection, and BEGIN IMMEDIATE for units of work that write.

    ``before_connect`` runs before each new connection opens the file (the engine makes the
    file private there); a ``read_only`` engine is query-only and leaves the journal mode."""
    from sqlalchemy import event

    if before_connect is not None:

        @event.listens_for(engine, "do_connect")
        def _before_connect(*_args: Any) -> None:
            before_connect()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin; otherwise
        # SAVEPOINT and DDL statements escape the transaction under Python 3.11.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if read_only:  # the journal mode cannot be set, and nothing may be written
                cursor.execute("PRAGMA query_only = ON")
                return
            for name, value in {**SQLITE_PRAGMAS, **EXTRA_SQLITE_PRAGMAS}.items():
                cursor.execute(f"PRAGMA {name} = {value}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A unit of work that will write takes the write lock at once (IMMEDIATE), so that
        # writers from other programs queue for the busy timeout instead of failing with
        # SQLITE_BUSY when a deferred read transaction tries to become a write.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing() else "BEGIN")


def open_sqlite_reader(path: Any, timeout_ms: int, *, uri: bool = False) -> sqlite3.Connection:
    """A plain, query-only sqlite3 connection in autocommit (each statement its own read);
    ``uri``: ``path`` is an SQLite URI (a read-only one, for instance)."""
    # check_same_thread=False only so that the owner may close it from another thread.
    conn = sqlite3.connect(
        path, timeout=timeout_ms / 1000, isolation_level=None, check_same_thread=False, uri=uri
    )
    conn.execute("PRAGMA query_only = ON")
    return conn


def sqlite_single_file(path: Any) -> None:
    """Leave the SQLite file ``path`` in rollback-journal mode: one self-contained file, as a
    backup should be (no -wal or -shm beside it)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def sqlite_data_version(conn: sqlite3.Connection) -> int:
    """Changes whenever another connection commits to the file (SQLite's ``data_version``)."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def takes_storage_form(conn: Connection) -> bool:
    """True when the driver stores plain text, numbers and ISO dates exactly as SQLAlchemy's
    types would (SQLite): bulk writers may then send them as they are."""
    return bool(conn.dialect.name == SQLITE)


def integrity_problems(conn: Connection) -> list[str]:
    """The database's own consistency checks, as lines for ``mesodesk check``.

    SQLite: ``integrity_check`` and ``foreign_key_check`` (foreign keys are only enforced
    while the PRAGMA is on). PostgreSQL enforces foreign keys on every write; what can be
    left unchecked there is a constraint added ``NOT VALID`` and an index left invalid by an
    interrupted ``CREATE INDEX CONCURRENTLY``.
    """
    problems: list[str] = []
    if conn.dialect.name == SQLITE:
        result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems.extend(f"integrity: {line}" for line in result[:20])
        problems.extend(foreign_key_problems(conn))
        return problems
    for table, name in conn.exec_driver_sql(
        "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c"
        " JOIN pg_namespace n ON n.oid = c.connamespace"
        " WHERE n.nspname = current_schema() AND NOT c.convalidated"
    ):
        problems.append(f"integrity: constraint {name} on {table} was never validated")
    for (name,) in conn.exec_driver_sql(
        "SELECT i.indexrelid::regclass::text FROM pg_index i"
        " JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND NOT i.indisvalid"
    ):
        problems.append(f"integrity: index {name} is invalid (rebuild it with REINDEX)")
    return problems


def foreign_key_problems(conn: Connection) -> list[str]:
    """Rows pointing to a missing row (always none on PostgreSQL, which enforces them)."""
    if conn.dialect.name != SQLITE:
        return []
    return [
        f"foreign key: {table} row {rowid} points to a missing {parent}"
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check")
    ]


def trigger_names(conn: Connection) -> set[str]:
    """The names of the triggers in the database (the audit's append-only guard among them)."""
    if conn.dialect.name == SQLITE:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        sql = (
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND NOT t.tgisinternal"
        )
    return {str(r[0]) for r in conn.exec_driver_sql(sql)}


AUDIT_TRIGGERS = {
    SQLITE: ("audit_event_no_update", "audit_event_no_delete"),
    POSTGRESQL: ("audit_event_no_change",),
}
"""The triggers that keep ``audit_event`` append-only (migration 0001), per backend."""


def missing_audit_triggers(conn: Connection) -> list[str]:
    present = trigger_names(conn)
    return [name for name in AUDIT_TRIGGERS.get(conn.dialect.name, ()) if name not in present]


AUDIT_CHAIN_LOCK = 0x6D65736F  # "meso"
"""The PostgreSQL advisory lock key that serialises appends to the audit chain when its
head row is missing (normally the head row itself is locked, ``SELECT ... FOR UPDATE``)."""


def lock_audit_chain(conn: Connection) -> None:
    """Hold the audit chain for this transaction. SQLite: nothing to do, the writer already
    holds the file's write lock (BEGIN IMMEDIATE). PostgreSQL: a transaction-scoped advisory
    lock, released at commit or rollback."""
    if conn.dialect.name == POSTGRESQL:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({AUDIT_CHAIN_LOCK})")


# --- plain readers ------------------------------------------------------------------------


class Rows(Protocol):
    def fetchall(self) -> list[Any]: ...

    def fetchone(self) -> Any: ...


class Reader(Protocol):
    """A connection that runs a qmark-style (``?``) statement: ``sqlite3.Connection`` or
    :class:`ServerReader`. The patient list reads through it on both backends."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Rows: ...


LOOKUP_JOIN = {
    SQLITE: "CROSS JOIN {table} AS {alias} ON {alias}.id = {key}",
    POSTGRESQL: "CROSS JOIN LATERAL (SELECT * FROM {table} WHERE id = {key} OFFSET 0) AS {alias}",
}
"""A join that reads the rows on its left first and looks each one up by id on its right,
whatever the planner's estimates: SQLite keeps the table order of a CROSS JOIN (its documented
way to fix a join order); PostgreSQL cannot flatten a LATERAL subquery with an OFFSET, so it
runs it once per row on the left, as a primary-key lookup. Neither ever reads the whole table
on the right."""


def lookup_join(backend: str, table: str, alias: str, key: str) -> str:
    return LOOKUP_JOIN[backend].format(table=table, alias=alias, key=key)


def reader_dialect(conn: Reader) -> str:
    return SQLITE if isinstance(conn, sqlite3.Connection) else POSTGRESQL


class _Fetched:
    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def fetchall(self) -> list[Any]:
        return self._rows

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None


class ServerReader:
    """Runs the patient list's ``?`` statements on a server through the engine's pool: each
    statement is its own read (autocommit), on a connection taken from the pool and given back.
    The statements use only SQL that SQLite and PostgreSQL share (row values, LIMIT/OFFSET)."""

    dialect = POSTGRESQL

    def __init__(self, engine: Engine) -> None:
        # Autocommit: one round trip a statement (no BEGIN before it, no ROLLBACK after).
        self._engine = engine.execution_options(isolation_level="AUTOCOMMIT")

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Rows:
        with self._engine.connect() as conn:
            result = conn.exec_driver_sql(sql.replace("?", "%s"), tuple(parameters))
            rows = list(result.fetchall()) if result.returns_rows else []
        return _Fetched(rows)


def continue_sequences(conn: Connection, tables: Sequence[Any]) -> None:
    """After rows were written with their own ids: each table's id sequence continues after
    its largest id (PostgreSQL; SQLite numbers from the largest id by itself)."""
    from sqlalchemy import func, select, text

    if conn.dialect.name == "sqlite":
        return
    for table in tables:
        column = table.autoincrement_column
        if column is None:
            continue
        largest = conn.execute(select(func.max(column))).scalar() or 0
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, :column), :next, false)"),
            {"table": table.name, "column": column.name, "next": largest + 1},
        )

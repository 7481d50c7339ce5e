"""Copying a whole clinic between databases, verified: SQLite to a PostgreSQL server
(``move-to-server``, ``restore`` on a server) and a server to an SQLite file (``backup``).

The target must be empty: it gets the schema from the migrations, then every table's rows in
primary-key order, in batches, all in one transaction (a failure leaves it as it was). Then
each table is read again on both sides and compared: its row count and a SHA-256 over a
canonical text of its rows in primary-key order. The audit is one of those tables, so its
events arrive unchanged and in the same order; the check then probes that it is still
append-only. On PostgreSQL the id sequences are moved past the copied ids and the tables
analysed. The source is only read.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.database import open_database
from mesodesk.services.errors import PermissionDenied, ServiceError
from mesodesk.store import dialect
from mesodesk.store.engine import Database

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement, Connection, Row, Select, Table

    from mesodesk.domain.accounts import User

BATCH_ROWS = 5000
"""Rows read and inserted at a time: memory stays flat whatever the size of the clinic."""

CHAIN_BROKEN = "audit chain broken"
"""How ``check`` reports an audit chain that does not hold (``ChainReport.summary``)."""

Progress = Callable[[str, int], None]
"""Called with a table's name and the rows copied so far."""


class TargetNotEmpty(ServiceError):
    """The database to copy into already holds tables."""


class TransferMismatch(ServiceError):
    """The copy differs from the source (reported table by table)."""


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: str
    """SHA-256 of the canonical rows in primary-key order, identical on both sides."""


@dataclass(frozen=True)
class TransferReport:
    tables: tuple[TableCopy, ...]
    audit_events: int

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def copy_clinic(
    source: Database,
    target: Database,
    *,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
    broken_chain_kept: bool = False,
) -> TransferReport:
    """Copy every table of ``source`` (at the current schema) into the empty ``target``.

    The copy must pass ``mesodesk check``; with ``broken_chain_kept`` (a backup) an audit
    chain that was already broken in the source is copied as it is, for the backup's own
    check to mark it (a backup of a tampered clinic is kept, failing its check)."""
    from mesodesk.services.health import check_database
    from mesodesk.store import migrate

    _require_current(source)
    _require_empty(target)
    migrate.ensure_schema(target)
    try:
        tables = _tables()
        with _reading(source) as read, target.engine.begin() as write:
            _clear_packaged_rows(write, tables)
            for table in tables:
                _copy_table(read, write, table, batch_rows, progress)
            if write.dialect.name == "postgresql":
                dialect.continue_sequences(write, tables)
        if target.engine.dialect.name == "postgresql":
            with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("ANALYZE")
        report = verify_copy(source, target)
        problems = check_database(target)
        if broken_chain_kept:
            problems = [p for p in problems if not p.startswith(CHAIN_BROKEN)]
        if problems:
            raise TransferMismatch("the copy does not pass the check: " + "; ".join(problems))
    except BaseException:
        _empty_again(target)
        raise
    return report


def _empty_again(target: Database) -> None:
    """After a failed or wrong copy, the target is left as it was found: without tables."""
    from sqlalchemy import inspect

    from mesodesk.store import migrate

    migrate.downgrade(target, "base")
    with target.engine.begin() as conn:
        if inspect(conn).has_table("alembic_version"):
            conn.exec_driver_sql("DROP TABLE alembic_version")


def verify_copy(source: Database, target: Database) -> TransferReport:
    """Row counts and checksums of every table, equal on both sides, or TransferMismatch."""
    tables = _tables()
    with _reading(source) as a, _reading(target) as b:
        copies = []
        differ = []
        for table in tables:
            left, right = table_digest(a, table), table_digest(b, table)
            if left != right:
                differ.append(
                    f"{table.name}: {left[0]} row(s) in the source, {right[0]} in the copy"
                    + ("" if left[0] != right[0] else " (same count, different content)")
                )
            copies.append(TableCopy(table.name, left[0], left[1]))
    if differ:
        raise TransferMismatch("the copy differs from the source: " + "; ".join(differ))
    audit = next(c.rows for c in copies if c.table == "audit_event")
    return TransferReport(tuple(copies), audit)


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """The row count and the SHA-256 of the canonical rows of ``table`` in primary-key order."""
    digest = hashlib.sha256()
    count = 0
    result = conn.execution_options(yield_per=BATCH_ROWS).execute(_ordered(conn, table))
    for rows in result.partitions():
        for row in rows:
            digest.update(canonical_row(tuple(row)).encode())
            digest.update(b"\n")
            count += 1
    return count, digest.hexdigest()


def canonical_row(values: tuple[Any, ...]) -> str:
    """One row as text that does not depend on the backend that stored it."""
    return json.dumps([_canonical(v) for v in values], ensure_ascii=False, sort_keys=True)


def _canonical(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"decimal:{value.normalize():f}"
    if isinstance(value, datetime | date | time):
        return f"{type(value).__name__}:{value.isoformat()}"
    if isinstance(value, bytes | bytearray | memoryview):
        return f"bytes:{bytes(value).hex()}"
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    if isinstance(value, float):
        return f"float:{value!r}"
    if hasattr(value, "value") and not isinstance(value, bool | int | str):  # an Enum
        return _canonical(value.value)
    return value


def move_to_server(
    path: Path, url: str, *, actor: User | None, progress: Progress | None = None
) -> TransferReport:
    """Copy the clinic in the SQLite file ``path`` into the empty server database ``url``,
    with its accounts, its audit chain (which still verifies there) and its photos, then
    audit the move on the server.

    A clinic with accounts is moved by one of its admins (``actor``, who needs the restore
    permission in the file); only a file from before accounts may be moved without one.
    The file is only read: a file at an older schema is copied to a private temporary
    folder and that copy brought to the current schema.
    """
    from mesodesk.domain.accounts import Permission
    from mesodesk.services import audit
    from mesodesk.services.access import require
    from mesodesk.services.accounts import has_accounts

    with clinic_file(path, url) as source:
        if actor is not None:
            with source.read() as s:
                actor = require(s, actor, Permission.RESTORE)
        elif has_accounts(source):
            raise PermissionDenied(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{path} has accounts: sign in as one of its admins to move it to a server.",
                    ),
                    path=path,
                )
            )
        target = Database.connect(url)
        try:
            report = copy_clinic(source, target, progress=progress)
            with target.begin() as s:
                audit.record(
                    s,
                    actor=actor or "move-to-server",
                    action="move-to-server",
                    entity="database",
                    entity_id=None,
                    after={"from": str(path), "rows": report.rows, "tables": len(report.tables)},
                )
        finally:
            target.dispose()
    return report


def copy_file_to_server(
    path: Path, url: str, *, progress: Progress | None = None
) -> TransferReport:
    """:func:`move_to_server` without its sign-in and audit: the caller (a restore onto an
    empty server) checks and audits."""
    with clinic_file(path, url) as source:
        target = Database.connect(url)
        try:
            return copy_clinic(source, target, progress=progress)
        finally:
            target.dispose()


@contextmanager
def clinic_file(path: Path, url: str) -> Iterator[Database]:
    """The clinic in the SQLite file ``path`` at the current schema, only read: the file
    itself, or for an older file a private temporary copy brought to the current schema."""
    from mesodesk.store.backup import check_sqlite_file, online_backup
    from mesodesk.store.engine import is_sqlite, url_for_path
    from mesodesk.store.migrate import HEAD_REVISION, check_revision, revision_of_file
    from mesodesk.store.private import private_dir

    if is_sqlite(url):
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "--database-url must name a server database (postgresql://...)."
                )
            )
        )
    path = path.expanduser().resolve()
    check_sqlite_file(path)
    revision = revision_of_file(path)
    check_revision(revision, str(path))
    with tempfile.TemporaryDirectory(prefix="mesodesk-move-") as folder:
        if revision != HEAD_REVISION:
            copy = online_backup(path, private_dir(Path(folder)) / path.name)
            open_database(url_for_path(copy), create=False).dispose()
            source = Database.connect(url_for_path(copy))
        else:  # read-only: a backup's bytes (and so its SHA-256) stay as they were
            source = Database.open_read_only(path)
        try:
            yield source
        finally:
            source.dispose()


def export_to_file(
    db: Database,
    destination: Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    broken_chain_kept: bool = False,
) -> TransferReport:
    """A server clinic as a new, owner-only SQLite file: one consistent read of the server,
    verified table by table, written beside ``destination`` and renamed onto it when complete.
    The file is an ordinary mesodesk database (``check``, ``restore``, or open it)."""
    from mesodesk.store.backup import check_destination
    from mesodesk.store.dialect import sqlite_single_file
    from mesodesk.store.engine import url_for_path
    from mesodesk.store.private import touch_private

    destination = check_destination(destination, overwrite=overwrite)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    touch_private(partial)
    target = Database.connect(url_for_path(partial))
    try:
        report = copy_clinic(db, target, progress=progress, broken_chain_kept=broken_chain_kept)
        target.dispose()
        sqlite_single_file(partial)
        os.replace(partial, destination)
    except BaseException:
        target.dispose()
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    return report


@contextmanager
def sqlite_source(db: Database) -> Iterator[Path]:
    """The SQLite file to back up: the database's own file, or for a server clinic a
    verified copy of it (:func:`export_to_file`) in a private temporary folder, removed
    after the block. Backups (by hand, automatic, encrypted) are then taken from it."""
    from mesodesk.store.private import private_dir

    if db.path is not None:
        yield db.path
        return
    with tempfile.TemporaryDirectory(prefix="mesodesk-backup-") as folder:
        copy = private_dir(Path(folder)) / f"{server_name(db)}.sqlite3"
        export_to_file(db, copy, broken_chain_kept=True)
        yield copy


def server_name(db: Database) -> str:
    """The database's name on its server (``clinic`` in ``postgresql://host/clinic``)."""
    from sqlalchemy.engine import make_url

    return make_url(db.url).database or "clinic"


# --- steps -------------------------------------------------------------------------------


def _tables() -> list[Table]:
    from mesodesk.store.models import Base

    return list(Base.metadata.sorted_tables)


def _ordered(conn: Connection, table: Table) -> Select[Any]:
    """All rows in primary-key order; text keys in byte order on every backend."""
    from sqlalchemy import String, select

    keys: list[ColumnElement[Any]] = []
    for column in table.primary_key.columns:
        if isinstance(column.type, String) and conn.dialect.name == "postgresql":
            keys.append(column.collate("C"))
        else:
            keys.append(column)
    return select(*table.columns).order_by(*keys)


@contextmanager
def _reading(db: Database) -> Iterator[Connection]:
    """One consistent read of the whole database (REPEATABLE READ on a server)."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        else:
            conn.exec_driver_sql("SELECT 1")  # SQLite: the read transaction begins here
        try:
            yield conn
        finally:
            conn.rollback()


def _require_current(source: Database) -> None:
    from mesodesk.store.migrate import HEAD_REVISION, stored_revision

    revision = stored_revision(source)
    if revision is None:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{database_label} holds no mesodesk clinic."),
                database_label=database_label(source),
            )
        )
    if revision != HEAD_REVISION:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{database_label} is at schema {revision}; open it once with this mesodesk (which brings it to {HEAD_REVISION}) and copy it then.",
                ),
                database_label=database_label(source),
                revision=revision,
                HEAD_REVISION=HEAD_REVISION,
            )
        )


def _require_empty(target: Database) -> None:
    from sqlalchemy import inspect

    with target.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    if tables:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise TargetNotEmpty(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{database_label} is not empty ({count} table(s): {shown}); a clinic is copied into an empty database only.",
                ),
                database_label=database_label(target),
                count=len(tables),
                shown=shown,
            )
        )


def _clear_packaged_rows(write: Connection, tables: list[Table]) -> None:
    """Rows the migrations themselves inserted (none today) make way for the source's."""
    from sqlalchemy import func, select

    for table in reversed(tables):
        if write.execute(select(func.count()).select_from(table)).scalar():
            write.execute(table.delete())


def _copy_table(
    read: Connection, write: Connection, table: Table, batch_rows: int, progress: Progress | None
) -> None:
    copied = 0
    result = read.execution_options(yield_per=batch_rows).execute(_ordered(read, table))
    send = _pg_copy if write.dialect.name == "postgresql" else _insert_batch
    for rows in result.partitions():
        send(write, table, rows)
        copied += len(rows)
        if progress is not None:
            progress(table.name, copied)


def _insert_batch(write: Connection, table: Table, rows: Sequence[Row[Any]]) -> None:
    from sqlalchemy import JSON, bindparam

    # SQL NULL stays NULL in a JSON column (a plain None would be stored as JSON 'null').
    insert = table.insert().values(
        {
            c.name: bindparam(
                c.name, type_=JSON(none_as_null=True) if isinstance(c.type, JSON) else c.type
            )
            for c in table.columns
        }
    )
    write.execute(insert, [dict(row._mapping) for row in rows])


def _pg_copy(write: Connection, table: Table, rows: Sequence[Row[Any]]) -> None:
    """PostgreSQL's COPY, on the transaction's own connection: several times the speed of
    INSERT for the million rows of a large clinic."""
    from psycopg.types.json import Json
    from sqlalchemy import JSON

    json_at = [n for n, c in enumerate(table.columns) if isinstance(c.type, JSON)]
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    driver = write.connection.driver_connection
    assert driver is not None
    with (
        driver.cursor() as cursor,
        cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
    ):
        for row in rows:
            values = list(row)
            for n in json_at:
                if values[n] is not None:
                    values[n] = Json(values[n])
            copy.write_row(values)


def database_label(db: Database) -> str:
    """How messages and manifests name a database: its file, or its URL without password."""
    if db.path is not None:
        return str(db.path)
    from sqlalchemy.engine import make_url

    return make_url(db.url).render_as_string(hide_password=True)

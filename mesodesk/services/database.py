"""Opening a database for the app or the CLI: checks, migration to head, catalog sync.

``open_database`` does everything before it returns. The window uses the two halves instead:
``open_current_file`` (no SQLAlchemy: a file whose schema is already at head, or None) before
its first paint, then ``sync_packaged_data`` (the catalog and the packaged texts) after it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from mesodesk.domain.accounts import User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.store.engine import Database, sqlite_path, url_for_path

__all__ = [
    "Database",
    "back_up",
    "backup_problems",
    "open_current_file",
    "open_database",
    "resolve_path",
    "resolve_url",
    "sync_packaged_data",
]

_SQLITE_MAGIC = b"SQLite format 3\x00"


def resolve_url(db_path: str | Path | None = None, database_url: str | None = None) -> str:
    """The URL to open: ``--database-url``, else ``--db PATH``, else the user's data folder."""
    if database_url:
        return database_url
    return url_for_path(resolve_path(db_path))


def resolve_path(db_path: str | Path | None = None) -> Path:
    """The SQLite file to open: ``--db PATH``, else the one in the user's data folder."""
    if db_path is not None:
        return Path(db_path).expanduser().resolve()
    from mesodesk.paths import default_db_path
    from mesodesk.store.private import private_dir

    path = default_db_path()
    private_dir(path.parent)  # mesodesk's own folder: its user's only (0700)
    return path


def sync_packaged_data(db: Database) -> None:
    """Give the database its id when it has none; load the catalog and the packaged texts
    when this release changed them."""
    from mesodesk.services.catalog import sync_catalog
    from mesodesk.services.identity import ensure_database_id
    from mesodesk.services.templates import sync_templates

    ensure_database_id(db)
    sync_catalog(db)
    sync_templates(db)


def open_database(url: str, *, create: bool = True, read_only: bool = False) -> Database:
    """Open (and if allowed create) a mesodesk database, migrated and with its catalog.

    An SQLite file is checked first: a damaged one is refused (DamagedDatabase) and a
    read-only file or folder too (ReadOnlyDatabase), before anything is written. With
    ``read_only`` the file is opened for looking only (SQLite ``mode=ro``: no migration,
    no catalog sync, every write fails); its schema must be the current one.
    """
    from mesodesk.store.backup import check_sqlite_file
    from mesodesk.store.errors import StorageError, translate
    from mesodesk.store.migrate import ensure_schema

    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, must_exist=not create or read_only)
        if read_only:
            return open_read_only(path)
        refuse_unsafe_file(path)
    db = Database.connect(url)
    try:
        ensure_schema(db)
        sync_packaged_data(db)
    except StorageError:
        db.dispose()
        raise
    except Exception as error:
        db.dispose()
        storage_error = translate(error, str(path or "the database"))
        if storage_error is None:
            raise
        raise storage_error from error
    return db


def refuse_unsafe_file(path: Path) -> None:
    """Raise DamagedDatabase or ReadOnlyDatabase unless ``path`` (if present) may be written."""
    from mesodesk.store.checks import quick_open_check, writable
    from mesodesk.store.errors import DamagedDatabase, DatabaseLocked, ReadOnlyDatabase

    if not path.exists():
        problem = writable(path)
        if problem is not None:
            raise ReadOnlyDatabase(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{path} cannot be created: {problem}."),
                    path=path,
                    problem=problem,
                )
            )
        return
    if path.stat().st_size == 0:
        return  # check_sqlite_file has refused it or allowed it (a new database)
    check = quick_open_check(path)
    if not check.ok:
        if "locked" in check.message:
            raise DatabaseLocked(check.message)
        raise DamagedDatabase(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{problem}; nothing will be written to it. Restore the latest good backup, or open it read-only to look.",
                ),
                problem=check.message.rstrip("."),
            )
        )
    problem = writable(path)
    if problem is not None:
        raise ReadOnlyDatabase(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{problem}, so mesodesk cannot save to {name}; make it writable, or open it read-only to look.",
                ),
                problem=problem,
                name=path.name,
            )
        )


def open_read_only(path: Path) -> Database:
    """The file at ``path`` opened for looking only (its schema must be this version's)."""
    from mesodesk.store.errors import NewerSchema, StorageError, translate
    from mesodesk.store.migrate import HEAD_REVISION, check_revision
    from mesodesk.store.snapshot import connect_source

    conn = connect_source(path)  # read-only when it must be, immutable in a read-only folder
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
    except sqlite3.Error as error:
        raise (
            translate(error, str(path))
            or StorageError(
                Message(QT_TRANSLATE_NOOP("messages", "{path}: {error}"), path=path, error=error)
            )
        ) from error
    finally:
        conn.close()
    check_revision(revision, str(path))
    if revision != HEAD_REVISION:
        raise NewerSchema(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is at schema {value} and needs an upgrade, which a read-only look cannot do; make it writable and open it normally.",
                ),
                path=path,
                value=revision or "none",
            )
        )
    return Database.open_read_only(path)


def open_current_file(path: Path) -> Database | None:
    """The mesodesk database in ``path`` if its schema is already at head, else None.

    Reads one row with plain sqlite3 (no SQLAlchemy, no alembic), so that the window can
    paint before those load. None means "take the full path": the file is missing, is not
    SQLite, is damaged or read-only, is locked, needs a migration or is newer than this
    program; ``open_database``
    then does the work or reports the problem. The caller runs ``sync_packaged_data`` later.
    """
    from mesodesk.store.checks import quick_open_check, writable
    from mesodesk.store.engine import protect_sqlite_file
    from mesodesk.store.in_use import read_head
    from mesodesk.store.migrate import HEAD_REVISION, revision_of_file

    try:
        if not path.is_file():
            return None
        protect_sqlite_file(path)
        header = read_head(path, len(_SQLITE_MAGIC))
        if header is not None and header != _SQLITE_MAGIC:
            return None
        if writable(path) is not None or not quick_open_check(path).ok:
            return None  # open_database names the problem
        if revision_of_file(path) != HEAD_REVISION:
            return None
    except (OSError, sqlite3.Error):
        return None
    return Database.for_sqlite_file(path)


def startup_setting(db: Database, key: str, default: Any = None) -> Any:
    """One clinic setting, read before the first paint (plain sqlite3 for an SQLite file).

    Same value as ``services.settings.get`` (stored as JSON), without loading the ORM;
    ``default`` when the setting was never stored.
    """
    conn = db.reader()
    if conn is None:
        from mesodesk.services import settings

        value = settings.get(db, key)
        return default if value is None else value
    row = conn.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    if row is None or row[0] is None:
        return default
    value = json.loads(row[0])
    return default if value is None else value


def back_up(
    db: Database,
    destination: Path,
    *,
    actor: User | str = "backup",
    overwrite: bool = True,
    passphrase: str | None = None,
) -> Path:
    """Copy the open database to ``destination`` safely while it is in use: one checked
    snapshot with its manifest beside it (encrypted when a passphrase is given), audited.

    ``actor`` is the signed-in user (who must be allowed backups), or the name of a process
    acting without an account (the ``backup`` command, a scheduled job). A server's clinic
    is first read in one snapshot into a verified SQLite copy, which is then backed up.
    """
    from mesodesk.domain.accounts import Permission
    from mesodesk.services.access import require_now
    from mesodesk.services.transfer import sqlite_source
    from mesodesk.store.backup import check_destination, online_backup

    if isinstance(actor, User):
        require_now(db, actor, Permission.BACKUPS)
    check_destination(destination, overwrite=overwrite)  # before a server's copy is made
    with sqlite_source(db) as source:
        written = online_backup(source, destination, overwrite=overwrite, passphrase=passphrase)
    check_backup_audit(db, written)
    record_backup(db, actor, written, "manual")
    return written


def record_backup(db: Database, actor: User | str, written: Path, reason: str) -> None:
    """Audit a backup in the database it copies (not an older file waiting for its
    migration, nor a database opened read-only, which cannot be written)."""
    from mesodesk.services import audit
    from mesodesk.store.checks import writable
    from mesodesk.store.migrate import HEAD_REVISION, stored_revision

    if db.read_only or (db.path is not None and writable(db.path) is not None):
        return  # a read-only file records nothing: the backup itself still stands
    if stored_revision(db) != HEAD_REVISION:
        return
    with db.begin() as s:
        audit.record(
            s,
            actor=actor,
            action="backup",
            entity="database",
            entity_id=None,
            after={"file": str(written), "reason": reason},
        )


def check_backup_audit(db: Database, written: Path) -> None:
    """Walk the audit chain (and the schema) of a backup just written, and put the result
    in its manifest: a backup whose chain does not hold is kept, but marked as failing its
    check. A server's backup names the server (without its password) as its source. An
    encrypted backup cannot be read here; the chain of the database it was
    taken from is checked instead (one snapshot apart)."""
    from dataclasses import replace

    from mesodesk.services.audit_chain import verify_chain
    from mesodesk.store.crypto import is_encrypted
    from mesodesk.store.snapshot import read_manifest, write_manifest

    manifest = read_manifest(written)
    if manifest is None:
        return
    if db.path is None:  # a server's backup was taken from its temporary SQLite copy
        from mesodesk.services.transfer import database_label

        manifest = replace(manifest, source=database_label(db))
        write_manifest(written, manifest)
    if not manifest.check_ok:
        return
    if is_encrypted(written):
        report = verify_chain(db)
        problems = [] if report.ok else [report.summary()]
    else:
        problems = backup_problems(written)
    if problems:
        write_manifest(
            written,
            replace(manifest, check_ok=False, check_message=f"audit: {problems[0]}"),
        )


def backup_problems(source: Path) -> list[str]:
    """What is wrong with a backup at the current schema: objects mesodesk did not create,
    or an audit chain that does not hold (read in place, opened read-only: never a copy)."""
    from mesodesk.services.audit_chain import verify_chain
    from mesodesk.store.migrate import HEAD_REVISION
    from mesodesk.store.restore import verify_backup
    from mesodesk.store.schema_check import unexpected_schema

    if verify_backup(source) != HEAD_REVISION:
        return []  # older: chained by the migration; `mesodesk check` looks again after
    db = Database.open_read_only(source)
    try:
        problems = unexpected_schema(db)
        report = verify_chain(db)
        if not report.ok:
            problems.append(report.summary())
    finally:
        db.dispose()
    return problems

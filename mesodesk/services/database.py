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
from mesodesk.store.engine import Database, sqlite_path, url_for_path

__all__ = [
    "Database",
    "back_up",
    "backup_problems",
    "open_current_file",
    "open_database",
    "resolve_path",
    "resolve_url",
    "restore_backup",
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

    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def sync_packaged_data(db: Database) -> None:
    """Load the catalog and the packaged texts when this release changed them."""
    from mesodesk.services.catalog import sync_catalog
    from mesodesk.services.templates import sync_templates

    sync_catalog(db)
    sync_templates(db)


def open_database(url: str, *, create: bool = True) -> Database:
    """Open (and if allowed create) a mesodesk database, migrated and with its catalog."""
    from mesodesk.store.backup import check_sqlite_file
    from mesodesk.store.errors import StorageError, translate
    from mesodesk.store.migrate import ensure_schema

    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, must_exist=not create)
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


def open_current_file(path: Path) -> Database | None:
    """The mesodesk database in ``path`` if its schema is already at head, else None.

    Reads one row with plain sqlite3 (no SQLAlchemy, no alembic), so that the window can
    paint before those load. None means "take the full path": the file is missing, is not
    SQLite, is locked, needs a migration or is newer than this program; ``open_database``
    then does the work or reports the problem. The caller runs ``sync_packaged_data`` later.
    """
    from mesodesk.store.migrate import HEAD_REVISION, revision_of_file

    try:
        if not path.is_file():
            return None
        with path.open("rb") as handle:
            if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
                return None
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
    db: Database, destination: Path, *, actor: User | str = "backup", overwrite: bool = True
) -> Path:
    """Copy the open database to ``destination`` safely while it is in use (audited).

    ``actor`` is the signed-in user (who must be allowed backups), or the name of a process
    acting without an account (the ``backup`` command, a scheduled job).
    """
    from mesodesk.domain.accounts import Permission
    from mesodesk.services import audit
    from mesodesk.services.access import require_now
    from mesodesk.services.errors import ServiceError
    from mesodesk.store.backup import online_backup

    source = db.path
    if source is None:
        raise ServiceError("This database is on a server; back it up there (see the README).")
    if isinstance(actor, User):
        require_now(db, actor, Permission.BACKUPS)
    written = online_backup(source, destination, overwrite=overwrite)
    from mesodesk.store.migrate import HEAD_REVISION, stored_revision

    if stored_revision(db) != HEAD_REVISION:
        return written  # an older file is backed up as it is, before any migration
    audit.record_alone(
        db,
        actor=actor,
        action="backup",
        entity="database",
        entity_id=None,
        after={"file": str(written)},
    )
    return written


def backup_problems(source: Path) -> list[str]:
    """What is wrong with a backup at the current schema: objects mesodesk did not create,
    or an audit chain that does not hold (checked on a private temporary copy)."""
    import tempfile

    from mesodesk.services.audit_chain import verify_chain
    from mesodesk.store.backup import online_backup
    from mesodesk.store.migrate import HEAD_REVISION
    from mesodesk.store.restore import verify_backup
    from mesodesk.store.schema_check import unexpected_schema

    if verify_backup(source) != HEAD_REVISION:
        return []  # older: chained by the migration; `mesodesk check` looks again after
    with tempfile.TemporaryDirectory(prefix="mesodesk-verify-") as folder:
        copy = online_backup(source, Path(folder) / "backup.sqlite3")
        db = Database.for_sqlite_file(copy)
        try:
            problems = unexpected_schema(db)
            report = verify_chain(db)
            if not report.ok:
                problems.append(report.summary())
        finally:
            db.dispose()
    return problems


def restore_backup(db_path: Path, source: Path, *, actor: User | str) -> Path | None:
    """Replace the database at ``db_path`` with a checked backup; returns where the replaced
    file was kept. A backup whose schema or audit chain was tampered with is refused.

    The restored database records the restore (who, from which file) in its audit.
    """
    from mesodesk.services import audit
    from mesodesk.services.errors import ServiceError
    from mesodesk.store.restore import restore

    problems = backup_problems(source)
    if problems:
        raise ServiceError(
            f"{source} was altered after it was written and is not restored: {problems[0]}"
        )
    result = restore(db_path, source)
    db = open_database(url_for_path(db_path), create=False)
    try:
        who = f"{actor.name} ({actor.login})" if isinstance(actor, User) else actor
        audit.record_alone(
            db,
            actor=who,
            action="restore",
            entity="database",
            entity_id=None,
            after={
                "file": str(source),
                "host": actor.host if isinstance(actor, User) else audit.local_host(),
                "replaced_copy": str(result.replaced_copy or ""),
            },
        )
    finally:
        db.dispose()
    return result.replaced_copy

"""Bringing a database to the current schema quickly, with a backup before any migration.

Start-up compares the stored alembic revision with ``HEAD_REVISION`` and imports alembic
only when there is something to do (a test keeps the constant equal to alembic's head).
``revision_of_file`` reads it with plain sqlite3, so that the window can open an up-to-date
database before SQLAlchemy has loaded; everything else here imports it when called.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.store.engine import Database

HEAD_REVISION = "0012"
KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
)
"""Every revision this version knows, oldest first."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def revision_of_file(path: Path) -> str | None:
    """The alembic revision stored in an existing SQLite file, None if it has none.

    Plain sqlite3, query-only, without waiting for a lock: any sqlite3.Error (locked, not a
    database, damaged) is raised as it is, for the caller to take the full, careful path.
    """
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA query_only = ON")
        names = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchall()
        if not names:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row is not None else None
    finally:
        conn.close()


def stored_revision(db: Database) -> str | None:
    """The alembic revision in the database, or None for an empty database."""
    from sqlalchemy import inspect, text

    from mesodesk.store.errors import NotADatabase, StorageError, translate

    try:
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabase(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "{value} is an SQLite database, but not a mesodesk one."
                            ),
                            value=db.path or db.url,
                        )
                    )
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except StorageError:
        raise
    except Exception as error:
        storage_error = translate(error, str(db.path or "the database"))
        if storage_error is None:
            raise
        raise storage_error from error


def check_revision(revision: str | None, where: str) -> None:
    from mesodesk.store.errors import NewerSchema

    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerSchema(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{where} was written by a newer mesodesk (schema {revision}); install the newer mesodesk to open it.",
                ),
                where=where,
                revision=revision,
            )
        )


def alembic_config(db: Database) -> object:
    from alembic.config import Config

    from mesodesk.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = alembic_config(db)
    assert isinstance(config, Config)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def downgrade(db: Database, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = alembic_config(db)
    assert isinstance(config, Config)
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def ensure_schema(db: Database, *, backup_dir: Path | None = None) -> MigrationResult:
    """Create or upgrade the schema. An existing SQLite file is backed up first."""
    from mesodesk.store.backup import check_sqlite_file
    from mesodesk.store.errors import StorageError, translate

    path = db.path
    if path is not None:
        check_sqlite_file(path, must_exist=False, allow_empty=True)
    where = str(path or "the database")
    revision = stored_revision(db)
    check_revision(revision, where)
    if revision == HEAD_REVISION:
        return MigrationResult(revision, HEAD_REVISION, None)
    backup = None
    if revision is not None and path is not None:
        backup = pre_migration_copy(path, backup_dir or path.parent, revision)
    try:
        upgrade(db)
    except sqlite3.Error as error:
        raise (translate(error, where) or StorageError(str(error))) from error
    except Exception as error:
        storage_error = translate(error, where)
        if storage_error is None:
            raise
        raise storage_error from error
    return MigrationResult(revision, HEAD_REVISION, backup)


def pre_migration_copy(path: Path, folder: Path, revision: str) -> Path:
    """The copy of ``path`` taken before migrating it from ``revision`` to head.

    An interrupted migration rolls back with its transaction, so the file is still at
    ``revision`` on the next start: the copy an earlier attempt made (at that revision, and
    sound) is reused instead of writing another full-size one, and the half-written copies
    a killed attempt left behind are removed.
    """
    from mesodesk.store.backup import online_backup
    from mesodesk.store.snapshot import check_copy, manifest_path, remove_temp, temp_name

    target = folder / f"{path.name}.before-{HEAD_REVISION}-from-{revision}.bak"
    for stale in folder.glob(f".{path.name}.before-*.partial*"):
        remove_temp(stale)
    for stale in folder.glob(f"{path.name}.before-*.partial*"):  # older releases' name
        stale.unlink(missing_ok=True)
    remove_temp(temp_name(target))
    if target.exists():
        checked = check_copy(target, known=KNOWN_REVISIONS)
        if checked.ok and checked.revision == revision:
            return target
        target.unlink()
        manifest_path(target).unlink(missing_ok=True)
    return online_backup(path, target, reason="before-migration")

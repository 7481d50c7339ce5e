"""Restoring a database from a backup: check it first, keep the replaced file aside."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mesodesk.store.backup import check_sqlite_file, copy_into, online_backup, stamp
from mesodesk.store.errors import DatabaseLocked, NotADatabase, StorageError, translate
from mesodesk.store.migrate import check_revision


@dataclass(frozen=True)
class RestoreResult:
    replaced_copy: Path | None


def lock_path(db_path: Path) -> Path:
    """The lock file a running mesodesk window holds next to its database."""
    return db_path.with_name(db_path.name + ".lock")


def held_by_running_app(db_path: Path) -> int | None:
    """The process id of a live mesodesk that has ``db_path`` open, if any."""
    try:
        first = lock_path(db_path).read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        pid = int(first.strip())
    except (OSError, ValueError):
        return None
    if pid == os.getpid():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except (PermissionError, OSError):
        return pid
    return pid


def verify_backup(source: Path) -> str:
    """Raise unless ``source`` is a sound mesodesk database; returns its schema revision."""
    check_sqlite_file(source)
    try:
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables or "audit_event" not in tables:
                raise NotADatabase(f"{source} is an SQLite file, but not a mesodesk database.")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise (translate(error, str(source)) or StorageError(str(error))) from error
    if result != ["ok"]:
        raise NotADatabase(f"{source} is damaged: {result[0]}")
    if revision is None:
        raise NotADatabase(f"{source} has no schema revision; it is not a mesodesk database.")
    check_revision(revision[0], str(source))
    return str(revision[0])


def restore(db_path: Path, source: Path) -> RestoreResult:
    verify_backup(source)
    if source.resolve() == db_path.resolve():
        raise StorageError("The backup and the database are the same file.")
    pid = held_by_running_app(db_path)
    if pid is not None:
        raise DatabaseLocked(
            f"mesodesk (process {pid}) has {db_path} open; close it before restoring."
        )
    replaced = None
    if db_path.exists():
        check_sqlite_file(db_path)
        replaced = online_backup(db_path, db_path.with_name(f"{db_path.name}.replaced-{stamp()}"))
    else:
        check_sqlite_file(db_path, must_exist=False)
    copy_into(source, db_path)
    return RestoreResult(replaced)

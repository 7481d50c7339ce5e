"""Backups through SQLite's online backup API (safe while the app runs), and restore."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from mesodesk.store.errors import (
    DatabaseMissing,
    DatabaseUnreadable,
    NotADatabase,
    StorageError,
    translate,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def check_sqlite_file(path: Path, *, must_exist: bool = True, allow_empty: bool = False) -> None:
    """Raise a clear StorageError unless ``path`` is a readable SQLite file (or absent and allowed).

    An empty (0-byte) file is refused unless ``allow_empty``: SQLite would take it as a new
    database and build one in it, so a mistyped path would silently become a clinic.
    """
    if not path.exists():
        if must_exist:
            raise DatabaseMissing(f"No database at {path}.")
        if not path.parent.is_dir():
            raise DatabaseMissing(f"The folder {path.parent} does not exist.")
        return
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a mesodesk database.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseUnreadable(f"{path} cannot be read: {error.strerror or error}.") from error
    if not header and not allow_empty:
        raise NotADatabase(f"{path} is an empty file, not a mesodesk database.")
    if header and header != SQLITE_MAGIC:
        raise NotADatabase(f"{path} is not a mesodesk database (not an SQLite file).")


def _connect(path: Path, *, readonly: bool = False, create: bool = True) -> sqlite3.Connection:
    mode = "ro" if readonly else "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def check_destination(destination: Path, *, overwrite: bool) -> Path:
    """A backup file name that can be written (its folder exists; no file unless overwrite)."""
    destination = destination.expanduser()
    if destination.is_dir():
        raise StorageError(f"{destination} is a folder; give a file name for the backup.")
    if not destination.parent.is_dir():
        raise StorageError(f"The folder {destination.parent} does not exist.")
    if not overwrite and destination.exists():
        raise BackupExists(
            f"{destination} already exists; choose another name or add --force to replace it."
        )
    return destination


def online_backup(
    source: Path,
    destination: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    overwrite: bool = True,
) -> Path:
    """Copy ``source`` to ``destination`` page by page; the file appears only when complete.

    With ``overwrite=False`` an existing ``destination`` is refused (BackupExists).
    """
    check_sqlite_file(source)
    destination = check_destination(destination, overwrite=overwrite)
    partial = destination.with_name(destination.name + ".partial")
    try:
        src = _open_source(source)
        try:
            dst = sqlite3.connect(partial, isolation_level=None)
            try:

                def _progress(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                src.backup(dst, pages=256, progress=_progress)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, destination)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise StorageError(
                f"The backup could not be written to {destination}: {error.strerror or error}."
            ) from error
        raise (translate(error, str(source)) or StorageError(str(error))) from error
    return destination


class BackupExists(StorageError):
    """The backup file is already there and replacing it was not asked for."""


def _open_source(path: Path) -> sqlite3.Connection:
    """A connection to read the database to back up.

    Read-write when possible: SQLite removes the ``-wal`` and ``-shm`` files when the last
    connection to a WAL database closes, which a read-only connection cannot do, so a
    backup of a closed database would leave them next to it. Read-only (leaving them) is
    the fallback for a file the user may not write.
    """
    try:
        conn = _connect(path, create=False)
    except sqlite3.OperationalError:
        return _connect(path, readonly=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        return _connect(path, readonly=True)
    return conn


def copy_into(source: Path, destination: Path) -> None:
    """Overwrite the database at ``destination`` with ``source`` through the backup API."""
    try:
        src = _connect(source, readonly=True)
        try:
            dst = _connect(destination)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        raise (translate(error, str(destination)) or StorageError(str(error))) from error

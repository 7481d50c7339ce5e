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


def check_sqlite_file(path: Path, *, must_exist: bool = True) -> None:
    """Raise a clear StorageError unless ``path`` is a readable SQLite file (or absent and allowed)."""
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
    if header and header != SQLITE_MAGIC:
        raise NotADatabase(f"{path} is not a mesodesk database (not an SQLite file).")


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def online_backup(
    source: Path,
    destination: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Copy ``source`` to ``destination`` page by page; the file appears only when complete."""
    check_sqlite_file(source)
    destination = destination.expanduser()
    if destination.is_dir():
        raise StorageError(f"{destination} is a folder; give a file name for the backup.")
    if not destination.parent.is_dir():
        raise StorageError(f"The folder {destination.parent} does not exist.")
    partial = destination.with_name(destination.name + ".partial")
    try:
        src = _connect(source, readonly=True)
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

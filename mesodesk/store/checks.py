"""Checks run when a database is opened: a fast one before any write, a full one after.

``quick_open_check`` reads the header and, for a file of at most ``budget_pages`` pages,
runs ``PRAGMA quick_check``; a bigger file gets a bounded check (header, schema, the first
and last row of every table) and ``complete=False``, and the caller runs ``full_check``
(``PRAGMA integrity_check``) in the background.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.store.errors import StorageError
from mesodesk.store.in_use import read_head
from mesodesk.store.snapshot import connect_source

SQLITE_MAGIC = b"SQLite format 3\x00"
BUDGET_PAGES = 5_000
"""About 20 MB with 4 KiB pages: quick_check reads that in about a tenth of a second, on the
window's start-up path; a bigger file gets the bounded check and a full one in background."""


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str
    complete: bool = True


def header_problem(path: Path) -> str | None:
    """What is wrong with the file's SQLite header and size, or None."""
    try:
        size = path.stat().st_size
        header = read_head(path, 100)
    except OSError as error:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{path} cannot be read: {reason}"),
            path=path,
            reason=error.strerror or error,
        )
    if header is None:  # open in this program: SQLite itself reports damage from now on
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return Message(
            QT_TRANSLATE_NOOP("messages", "{path} is not a mesodesk database (not an SQLite file)"),
            path=path,
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "{path} is damaged (its header gives an impossible page size)"
            ),
            path=path,
        )
    if size % page_size:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "{path} is damaged: it is cut short ({size} bytes, not whole pages)"
            ),
            path=path,
            size=size,
        )
    return None


def _damaged(path: Path, detail: str) -> CheckResult:
    return CheckResult(False, f"{path} is damaged ({detail})")


def quick_open_check(path: Path, budget_pages: int = BUDGET_PAGES) -> CheckResult:
    """The fast check before opening ``path`` for writing (see the module's note)."""
    problem = header_problem(path)
    if problem is not None:
        return CheckResult(False, problem)
    try:
        conn = connect_source(path)
    except StorageError as error:
        return CheckResult(False, str(error))
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        if pages <= budget_pages:
            result = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
            if result != ["ok"]:
                return _damaged(path, result[0])
            return CheckResult(True, "ok")
        tables = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%WITHOUT ROWID%'"
            )
        ]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid LIMIT 1").fetchall()  # noqa: S608
            conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid DESC LIMIT 1").fetchall()  # noqa: S608
        return CheckResult(True, f"bounded check ok ({pages} pages)", complete=False)
    except sqlite3.DatabaseError as error:
        return _damaged(path, str(error))
    finally:
        conn.close()


def full_check(path: Path) -> CheckResult:
    """``PRAGMA integrity_check`` over the whole file (seconds on a big one)."""
    problem = header_problem(path)
    if problem is not None:
        return CheckResult(False, problem)
    try:
        conn = connect_source(path)
    except StorageError as error:
        return CheckResult(False, str(error))
    try:
        result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as error:
        return _damaged(path, str(error))
    finally:
        conn.close()
    if result != ["ok"]:
        return _damaged(path, result[0])
    return CheckResult(True, "ok")


def writable(path: Path) -> str | None:
    """Why ``path`` (or, for WAL's side files, its folder) cannot be written, or None."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return Message(QT_TRANSLATE_NOOP("messages", "{path} is read-only"), path=path)
    if not os.access(folder, os.W_OK):
        return Message(
            QT_TRANSLATE_NOOP("messages", "the folder {folder} is read-only"), folder=folder
        )
    return None

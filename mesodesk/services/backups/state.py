"""What the window finds when it opens a database file: fine, damaged, read-only, newer, locked."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from mesodesk.store.checks import BUDGET_PAGES, CheckResult, full_check, quick_open_check, writable

Kind = Literal["ok", "damaged", "read_only", "newer_schema", "locked"]

__all__ = [
    "CheckResult",
    "OpenState",
    "full_check",
    "needs_full_check",
    "open_state",
    "quick_open_check",
]


def needs_full_check(path: Path) -> bool:
    """Whether ``path`` is bigger than the opening check reads in full, so that the window
    runs :func:`full_check` on it in the background."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=0)
        try:
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return False  # the opening check already said what is wrong
    return pages > BUDGET_PAGES


@dataclass(frozen=True)
class OpenState:
    """``kind`` and the one line saying why; ``check_complete`` False asks for a
    :func:`full_check` in the background (a big file got the bounded check only)."""

    path: Path
    kind: Kind
    reason: str = ""
    exists: bool = True
    check_complete: bool = True

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


def open_state(path: Path, *, budget_pages: int = BUDGET_PAGES) -> OpenState:
    """Look at ``path`` before the window opens it (never writes to it).

    ``locked`` means another mesodesk window has it open, or another program holds it
    locked; ``read_only`` that the file or its folder may not be written (the window may
    open it for looking with ``open_database(url, read_only=True)``); ``damaged`` that the
    fast check failed (offer the latest good backup, or a read-only look).
    """
    from mesodesk.store.locks import window_holder
    from mesodesk.store.migrate import KNOWN_REVISIONS, revision_of_file

    path = Path(path)
    if not path.exists():
        problem = (
            writable(path) if path.parent.is_dir() else f"the folder {path.parent} does not exist"
        )
        if problem is not None:
            return OpenState(path, "read_only", f"{path} cannot be created: {problem}.", False)
        return OpenState(path, "ok", "", False)
    if window_holder(path):
        return OpenState(path, "locked", f"{path} is already open in another mesodesk window.")
    check = quick_open_check(path, budget_pages=budget_pages)
    if not check.ok:
        kind: Kind = "locked" if "locked" in check.message else "damaged"
        return OpenState(path, kind, check.message)
    try:
        revision = revision_of_file(path)
    except sqlite3.Error as error:
        if "locked" in str(error):
            return OpenState(path, "locked", f"{path} is locked by another program.")
        revision = None
    if revision is not None and revision not in KNOWN_REVISIONS:
        return OpenState(
            path,
            "newer_schema",
            f"{path} was written by a newer mesodesk (schema {revision}); "
            "install the newer mesodesk to open it.",
        )
    problem = writable(path)
    if problem is not None:
        return OpenState(
            path,
            "read_only",
            f"{problem}; it can be opened for looking only.",
            True,
            check.complete,
        )
    return OpenState(path, "ok", check.message, True, check.complete)

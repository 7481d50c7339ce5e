"""SQLite files this program has open: never opened with a descriptor of our own.

POSIX drops every lock a process holds on a file as soon as the process closes *any*
descriptor of that file, SQLite's own locks included. A program that read the header of the
database it had open (to check it before a backup, in the background check, or opening it a
second time) silently gave up its locks: another desk closing its connection then took
itself for the last one and deleted the write-ahead log under this program, whose later
saves went to a deleted file nobody else could see.

So every ``Database`` on an SQLite file is noted here while it lives, and :func:`read_head`
does not open a file that one of them has open: its header was checked before SQLite first
opened it, and SQLite reports any damage found since in its own words.
"""

from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path

_LIVE: dict[int, tuple[Path, tuple[int, int] | None]] = {}
_GUARD = threading.Lock()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def note_open(owner: object, path: Path) -> None:
    """``owner`` (a ``Database``) has the SQLite file ``path`` open for as long as it lives."""
    key = id(owner)
    with _GUARD:
        _LIVE[key] = (Path(path).resolve(), _identity(path))
    weakref.finalize(owner, _forget, key)


def _forget(key: int) -> None:
    with _GUARD:
        _LIVE.pop(key, None)


def is_open_here(path: Path) -> bool:
    """Whether a ``Database`` of this program has ``path`` open (by name or by identity,
    so that another name of the same file counts too; a file replaced by a restore at the
    same name counts as well)."""
    with _GUARD:
        live = list(_LIVE.values())
    if not live:
        return False
    resolved = Path(path).resolve()
    identity = _identity(path)
    return any(
        name == resolved or (identity is not None and identity == known) for name, known in live
    )


def read_head(path: Path, size: int) -> bytes | None:
    """The first ``size`` bytes of ``path``; None when this program has it open through
    SQLite (reading it would drop SQLite's locks). OSError as ``open`` raises it."""
    if is_open_here(path):
        return None
    with Path(path).open("rb") as handle:
        return handle.read(size)

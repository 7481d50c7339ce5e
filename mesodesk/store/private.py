"""Files and folders only their owner can read (0600 and 0700 on POSIX), whatever the umask."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
PRIVATE_UMASK = 0o077
"""The umask under which anything created is its owner's only."""
POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) and make ``path`` itself owner-only."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if POSIX:
        os.chmod(path, DIR_MODE)
    return path


def touch_private(path: Path) -> Path:
    """Create ``path`` empty and owner-only if missing; make an existing file owner-only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
    os.close(fd)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    """Owner-only permissions on an existing file or folder (nothing to do off POSIX)."""
    if not POSIX or not path.exists():
        return
    mode = DIR_MODE if path.is_dir() else FILE_MODE
    if stat.S_IMODE(path.stat().st_mode) != mode:
        os.chmod(path, mode)


def open_private(path: Path, flags: int) -> int:
    """``os.open`` that creates the file owner-only (the umask can only remove bits)."""
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), FILE_MODE)
    if POSIX:
        os.fchmod(fd, FILE_MODE)
    return fd


def restrict(path: Path) -> None:
    """Take group and other permissions off an existing file or folder (no-op if missing).

    Unlike :func:`make_private` it never adds a permission: a read-only file stays read-only.
    A file owned by someone else cannot be changed; it is left as it is.
    """
    if not POSIX:
        return
    try:
        current = stat.S_IMODE(path.stat().st_mode)
        if current & ~DIR_MODE:
            os.chmod(path, current & DIR_MODE)
    except FileNotFoundError:
        return
    except PermissionError:
        return
    except OSError as error:  # a read-only file system: nothing can change there
        if error.errno != errno.EROFS:
            raise


@contextmanager
def private_umask() -> Iterator[None]:
    """Create files and folders owner-only inside the block (for code that cannot be given a
    mode, such as Qt's lock file). The umask is process-wide: keep the block short, on the
    thread that starts the program, before other threads create files."""
    if not POSIX:
        yield
        return
    previous = os.umask(PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)

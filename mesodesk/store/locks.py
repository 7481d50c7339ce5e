"""Who has a database file open: locks keyed on the file's identity, never on its name.

Two locks per database file, both in lock files in a private lock folder, named from the
file's device and inode so that a hard link or another path to the same file finds the
same locks. The database file itself is never locked by us: closing any descriptor of a
file drops every POSIX lock the process holds on it, SQLite's own locks included.

- ``<identity>.window``: held exclusively by the one window that has the database open.
- ``<identity>.writers``: held shared by every mesodesk program that may write (the window
  and the writing commands); ``restore`` needs it exclusively and is refused while anyone
  else holds it. Inside one process the shared lock is counted and upgraded in place, so
  the window may restore the database it has open (once it has let go of its connections).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.store.errors import DatabaseLocked, StorageError
from mesodesk.store.private import private_dir

LOCK_DIR_ENV = "MESODESK_LOCK_DIR"
"""Where the lock files live when set; otherwise ``locks`` in the user's state folder."""


class AlreadyOpen(DatabaseLocked):
    """Another mesodesk window has this database open."""


class InUse(DatabaseLocked):
    """A mesodesk program (window or command) is using the database; restore must wait."""


def lock_dir() -> Path:
    """The private folder holding the lock files of this user's mesodesk programs."""
    configured = os.environ.get(LOCK_DIR_ENV)
    if configured:
        folder = Path(configured)
    else:  # a stable folder: the runtime folder's answer depends on what already exists
        import platformdirs

        folder = Path(platformdirs.user_state_dir("mesodesk", appauthor=False)) / "locks"
    try:
        return private_dir(folder)
    except OSError as error:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The lock folder {folder} cannot be created: {reason}."
                ),
                folder=folder,
                reason=error.strerror or error,
            )
        ) from error


def identity(path: Path) -> str:
    """The name of ``path``'s locks: its device and inode, or (for a file not yet created)
    its folder's device and inode and its name."""
    try:
        info = os.stat(path)
        return f"{info.st_dev:x}-{info.st_ino:x}"
    except FileNotFoundError:
        folder = os.stat(path.parent)
        safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in path.name)
        return f"new-{folder.st_dev:x}-{folder.st_ino:x}-{safe}"
    except OSError as error:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{path} cannot be examined: {reason}."),
                path=path,
                reason=error.strerror or error,
            )
        ) from error


def _try_lock(handle: IO[bytes], *, exclusive: bool) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import portalocker

        flags = portalocker.LOCK_EX if exclusive else portalocker.LOCK_SH
        try:
            portalocker.lock(handle, flags | portalocker.LOCK_NB)
        except portalocker.exceptions.LockException:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(
            handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        )
    except BlockingIOError:
        return False
    return True


def _open_lock_file(name: str) -> IO[bytes]:
    path = lock_dir() / name
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as error:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "The lock file {path} cannot be opened: {reason}."),
                path=path,
                reason=error.strerror or error,
            )
        ) from error
    return os.fdopen(fd, "r+b")


@dataclass
class _Shared:
    handle: IO[bytes]
    count: int = 0


_SHARED: dict[str, _Shared] = {}
_GUARD = threading.Lock()


@dataclass
class FileLock:
    """A held lock; ``release()`` (or leaving its ``with`` block) lets go of it."""

    key: str
    exclusive: bool
    handle: IO[bytes] | None = None
    released: bool = field(default=False)

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        if self.handle is not None:
            self.handle.close()
            return
        with _GUARD:
            shared = _SHARED.get(self.key)
            if shared is None:
                return
            shared.count -= 1
            if shared.count <= 0:
                del _SHARED[self.key]
                shared.handle.close()

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _owner(handle: IO[bytes]) -> str:
    handle.seek(0)
    text = handle.read(200).decode("utf-8", "replace").strip()
    if not text.isdigit():
        return ""
    return Message(QT_TRANSLATE_NOOP("messages", " (process {pid})"), pid=text)


def _note_owner(handle: IO[bytes]) -> None:
    """Write our process id into the held lock file, for the refusal message (best effort:
    a full disk must not stop the window from opening)."""
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
    except OSError:
        pass


def window_lock(path: Path) -> FileLock:
    """The one-window-per-database lock; AlreadyOpen when another window holds it."""
    key = identity(path)
    handle = _open_lock_file(f"{key}.window")
    if not _try_lock(handle, exclusive=True):
        owner = _owner(handle)
        handle.close()
        raise AlreadyOpen(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} is already open in another mesodesk window{owner}. Switch to that window, or close it first.",
                ),
                path=path,
                owner=owner,
            )
        )
    _note_owner(handle)
    return FileLock(key, True, handle)


def writer_lock(path: Path) -> FileLock:
    """A shared lock saying "a mesodesk program may write to ``path``"; never refused
    except while a restore holds it exclusively."""
    key = identity(path)
    with _GUARD:
        shared = _SHARED.get(key)
        if shared is None:
            handle = _open_lock_file(f"{key}.writers")
            if not _try_lock(handle, exclusive=False):
                handle.close()
                raise InUse(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{path} is being restored; try again once the restore is done.",
                        ),
                        path=path,
                    )
                )
            shared = _SHARED[key] = _Shared(handle)
        shared.count += 1
    return FileLock(key, False)


@contextmanager
def exclusive_use(
    path: Path, what: str = Message(QT_TRANSLATE_NOOP("messages", "restoring"))
) -> Iterator[None]:
    """Hold ``path``'s writers lock alone for the block; InUse while another program has it.

    When this process already holds it shared (the window restoring its own database), the
    lock is upgraded for the block and shared again after.
    """
    key = identity(path)
    refused = InUse(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{path} is in use by a mesodesk window or command; close them before {what}.",
            ),
            path=path,
            what=what,
        )
    )
    with _GUARD:
        shared = _SHARED.get(key)
    if shared is not None:
        if not _try_lock(shared.handle, exclusive=True):
            # flock converts by letting go first: take the shared lock again
            _try_lock(shared.handle, exclusive=False)
            raise refused
        try:
            yield
        finally:
            _try_lock(shared.handle, exclusive=False)
        return
    handle = _open_lock_file(f"{key}.writers")
    try:
        if not _try_lock(handle, exclusive=True):
            raise refused
        yield
    finally:
        handle.close()


def window_holder(path: Path) -> bool:
    """Whether a mesodesk window has ``path`` open (its window lock is held)."""
    try:
        handle = _open_lock_file(f"{identity(path)}.window")
    except StorageError:
        return False
    try:
        if _try_lock(handle, exclusive=True):
            return False
        return True
    finally:
        handle.close()


def window_locks(path: Path) -> list[FileLock]:
    """What a window holds while it has ``path`` open: its window lock and a writer's
    shared lock (both, or none and the reason raised)."""
    held = [window_lock(path)]
    try:
        held.append(writer_lock(path))
    except Exception:
        held[0].release()
        raise
    return held

"""Backup files: the checked snapshot with its manifest, and copying a backup into a database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mesodesk.domain import clock
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.store.crypto import SUFFIX as ENCRYPTED_SUFFIX
from mesodesk.store.crypto import check_passphrase, encrypt_file
from mesodesk.store.engine import protect_sqlite_file
from mesodesk.store.errors import (
    DatabaseMissing,
    DatabaseUnreadable,
    NotADatabase,
    StorageError,
    translate,
)
from mesodesk.store.in_use import read_head
from mesodesk.store.snapshot import Manifest, bounded_progress, take_snapshot

SQLITE_MAGIC = b"SQLite format 3\x00"


def stamp() -> str:
    """The current time (UTC) as it appears in backup file names."""
    return clock.utcnow().strftime("%Y%m%dT%H%M%SZ")


def check_sqlite_file(path: Path, *, must_exist: bool = True, allow_empty: bool = False) -> None:
    """Raise a clear StorageError unless ``path`` is a readable SQLite file (or absent and allowed).

    An empty (0-byte) file is refused unless ``allow_empty``: SQLite would take it as a new
    database and build one in it, so a mistyped path would silently become a clinic.
    """
    if not path.exists():
        if must_exist:
            raise DatabaseMissing(
                Message(QT_TRANSLATE_NOOP("messages", "No database at {path}."), path=path)
            )
        if not path.parent.is_dir():
            raise DatabaseMissing(
                Message(
                    QT_TRANSLATE_NOOP("messages", "The folder {parent} does not exist."),
                    parent=path.parent,
                )
            )
        return
    if path.is_dir():
        raise NotADatabase(
            Message(
                QT_TRANSLATE_NOOP("messages", "{path} is a folder, not a mesodesk database."),
                path=path,
            )
        )
    try:
        header = read_head(path, len(SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseUnreadable(
            Message(
                QT_TRANSLATE_NOOP("messages", "{path} cannot be read: {reason}."),
                path=path,
                reason=error.strerror or error,
            )
        ) from error
    if header is None:  # this program has it open through SQLite: checked when opened
        return
    if not header and not allow_empty:
        raise NotADatabase(
            Message(
                QT_TRANSLATE_NOOP("messages", "{path} is an empty file, not a mesodesk database."),
                path=path,
            )
        )
    if header and header != SQLITE_MAGIC:
        raise NotADatabase(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{path} is not a mesodesk database (not an SQLite file)."
                ),
                path=path,
            )
        )


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
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{destination} is a folder; give a file name for the backup."
                ),
                destination=destination,
            )
        )
    if not destination.parent.is_dir():
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "The folder {parent} does not exist."),
                parent=destination.parent,
            )
        )
    if not overwrite and destination.exists():
        raise BackupExists(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{destination} already exists; choose another name or add --force to replace it.",
                ),
                destination=destination,
            )
        )
    return destination


def online_backup(
    source: Path,
    destination: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    overwrite: bool = True,
    passphrase: str | None = None,
    reason: str = "manual",
) -> Path:
    """Write one checked, consistent copy of ``source`` to ``destination`` with its manifest.

    The copy is taken from one read transaction (it finishes whatever the write rate),
    checked, flushed and renamed into place; ``<destination>.manifest.json`` records the
    check and a SHA-256. With ``passphrase`` the file is encrypted (see store.crypto). With
    ``overwrite=False`` an existing ``destination`` is refused (BackupExists).
    """
    return take_backup_file(
        source, destination, overwrite=overwrite, passphrase=passphrase, reason=reason
    ).path


@dataclass(frozen=True)
class Written:
    path: Path
    manifest: Manifest


def take_backup_file(
    source: Path,
    destination: Path,
    *,
    overwrite: bool = True,
    passphrase: str | None = None,
    reason: str = "manual",
) -> Written:
    """:func:`online_backup` returning the manifest as well."""
    from mesodesk.store.migrate import KNOWN_REVISIONS

    check_sqlite_file(source)
    destination = check_destination(destination, overwrite=overwrite)
    if destination.resolve() == source.resolve():
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{destination} is the database itself; choose another file."
                ),
                destination=destination,
            )
        )
    check_source_revision(source)
    if passphrase is None and destination.suffix == ENCRYPTED_SUFFIX:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{destination} ends in {suffix}, the name of encrypted backups; encrypt it (--encrypt) or choose another name.",
                ),
                destination=destination,
                suffix=ENCRYPTED_SUFFIX,
            )
        )
    encrypt = None
    if passphrase is not None:
        check_passphrase(passphrase)

        def encrypt(plain: Path, sealed: Path) -> None:
            encrypt_file(plain, sealed, passphrase)

    manifest = take_snapshot(
        source,
        destination,
        known=KNOWN_REVISIONS,
        taken_at=clock.utcnow().replace(microsecond=0).isoformat() + "Z",
        reason=reason,
        encrypt=encrypt,
    )
    return Written(destination, manifest)


class BackupExists(StorageError):
    """The backup file is already there and replacing it was not asked for."""


def copy_into(source: Path, destination: Path) -> None:
    """Overwrite the database at ``destination`` with ``source`` through the backup API,
    in one step (nothing writes to ``source``, a private copy), bounded if kept busy."""
    try:
        src = _connect(source, readonly=True)
        try:
            protect_sqlite_file(destination)
            dst = _connect(destination)
            try:
                src.backup(dst, pages=-1, progress=bounded_progress())
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        raise (translate(error, str(destination)) or StorageError(str(error))) from error


def check_source_revision(source: Path) -> None:
    """Refuse to back up a database this version cannot restore (from a newer mesodesk)."""
    from mesodesk.store.migrate import check_revision, revision_of_file

    try:
        revision = revision_of_file(source)
    except sqlite3.Error:
        return  # the snapshot names the problem (locked, damaged ...) with the right words
    check_revision(revision, str(source))

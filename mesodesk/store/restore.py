"""Restoring a database from a backup: check it first, keep the replaced file aside."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.store.backup import check_sqlite_file, copy_into, stamp
from mesodesk.store.checks import writable
from mesodesk.store.crypto import decrypt_file, is_encrypted
from mesodesk.store.errors import (
    DamagedDatabase,
    NotADatabase,
    ReadOnlyDatabase,
    StorageError,
    translate,
)
from mesodesk.store.locks import exclusive_use
from mesodesk.store.migrate import check_revision
from mesodesk.store.snapshot import finish, partial_file, vacuum_into


@dataclass(frozen=True)
class RestoreResult:
    replaced_copy: Path | None
    revision: str | None = None


class PassphraseNeeded(StorageError):
    """The backup is encrypted and no passphrase was given."""


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
                raise NotADatabase(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{source} is an SQLite file, but not a mesodesk database."
                        ),
                        source=source,
                    )
                )
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise (translate(error, str(source)) or StorageError(str(error))) from error
    if result != ["ok"]:
        raise DamagedDatabase(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{source} is damaged ({value}); nothing was restored."
                ),
                source=source,
                value=result[0],
            )
        )
    if revision is None:
        raise NotADatabase(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{source} has no schema revision; it is not a mesodesk database."
                ),
                source=source,
            )
        )
    check_revision(revision[0], str(source))
    return str(revision[0])


@contextmanager
def plain_copy(source: Path, beside: Path, passphrase: str | None) -> Iterator[Path]:
    """``source`` itself, or for an encrypted backup its decrypted copy (a private
    temporary file next to ``beside``, removed after the block)."""
    if not is_encrypted(source):
        yield source
        return
    if passphrase is None:
        raise PassphraseNeeded(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{source} is encrypted; give its passphrase to restore it."
                ),
                source=source,
            )
        )
    with partial_file(beside.with_name(beside.name + ".decrypted")) as temp:
        try:
            decrypt_file(source, temp, passphrase)
        except OSError as error:
            raise StorageError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{source} could not be decrypted next to {beside}: {reason}."
                    ),
                    source=source,
                    beside=beside,
                    reason=error.strerror or error,
                )
            ) from error
        yield temp


def keep_replaced(db_path: Path) -> Path:
    """A copy of the database about to be replaced, next to it (a byte copy if damaged)."""
    target = db_path.with_name(f"{db_path.name}.replaced-{stamp()}")
    with partial_file(target) as temp:
        try:
            vacuum_into(db_path, temp, check_source=False)
        except DamagedDatabase:
            shutil.copyfile(db_path, temp)
        except StorageError as error:
            if not isinstance(error.__cause__, sqlite3.DatabaseError):
                raise
            shutil.copyfile(db_path, temp)
        finish(temp, target)
    return target


def restore(
    db_path: Path,
    source: Path,
    *,
    passphrase: str | None = None,
    check: Callable[[Path], None] | None = None,
) -> RestoreResult:
    """Replace ``db_path`` with the backup ``source`` (checked first; refused while any
    mesodesk program uses the database; the replaced file is kept beside it).

    ``check(plain)`` runs the caller's own checks on the (decrypted) backup before anything
    is replaced, and refuses by raising."""
    if source.resolve() == db_path.resolve():
        raise StorageError(
            Message(QT_TRANSLATE_NOOP("messages", "The backup and the database are the same file."))
        )
    check_sqlite_file(db_path, must_exist=False)
    problem = writable(db_path)
    if problem is not None:
        raise ReadOnlyDatabase(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Cannot restore into {db_path}: {problem}; nothing was changed."
                ),
                db_path=db_path,
                problem=problem,
            )
        )
    with plain_copy(source, db_path, passphrase) as plain:
        revision = verify_backup(plain)
        if check is not None:
            check(plain)
        replaced = None
        if not db_path.exists():
            copy_into(plain, db_path)
            return RestoreResult(None, revision)
        with exclusive_use(db_path):
            replaced = keep_replaced(db_path)
            try:
                copy_into(plain, db_path)
            except DamagedDatabase:  # SQLite cannot write into it: put a new file in its place
                replace_file(plain, db_path)
    return RestoreResult(replaced, revision)


def replace_file(plain: Path, db_path: Path) -> None:
    """Put a copy of ``plain`` in place of the damaged ``db_path`` (its side files removed,
    so that no stale write-ahead log is replayed onto the restored file)."""
    with partial_file(db_path) as temp:
        shutil.copyfile(plain, temp)
        for suffix in ("-wal", "-shm", "-journal"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        finish(temp, db_path)

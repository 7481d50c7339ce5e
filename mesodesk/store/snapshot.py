"""One consistent, checked copy of an SQLite database (``VACUUM INTO``) and its manifest.

The copy is read in one read transaction, so it finishes whatever the write rate; it is
written under a temporary name in the destination folder, checked (``quick_check``, schema
at a known revision, audit triggers present), flushed to disk and only then renamed. The
manifest beside it (``<backup>.manifest.json``) keeps the check, the counts and a SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.store import engine
from mesodesk.store.errors import (
    DamagedDatabase,
    DiskFull,
    ReadOnlyDatabase,
    StorageError,
    translate,
)
from mesodesk.store.identity import id_in
from mesodesk.store.private import make_private

AUDIT_TRIGGERS = ("audit_event_no_update", "audit_event_no_delete")
COUNTED = {
    "patients": "patient",
    "sessions": "treatment_session",
    "courses": "course",
    "products": "product",
    "lots": "product_lot",
    "adverse_events": "adverse_event",
    "documents": "printed_document",
    "audit_events": "audit_event",
}
"""What a backup's manifest counts (kind -> table), shown when choosing one to restore."""
MANIFEST_SUFFIX = ".manifest.json"
TEMP_SUFFIXES = ("", "-journal", "-wal", "-shm")
CHUNK = 1 << 20


@dataclass(frozen=True)
class Checked:
    """What checking a copy found."""

    ok: bool
    message: str
    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)
    database_id: str = ""


@dataclass(frozen=True)
class Manifest:
    """The small JSON file beside each backup."""

    file: str
    sha256: str
    size: int
    revision: str | None
    counts: dict[str, int]
    check_ok: bool
    check_message: str
    taken_at: str
    encrypted: bool
    reason: str = "manual"
    source: str = ""
    format: int = 1
    database_id: str = ""
    """The id of the database it is a copy of ("" in manifests older than the ids)."""


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def write_manifest(backup: Path, manifest: Manifest) -> Path:
    path = manifest_path(backup)
    temp = path.with_name(f".{path.name}.partial")
    try:
        fd = os.open(
            temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(json.dumps(asdict(manifest), indent=2, sort_keys=True).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise write_error(error, path) from error
    return path


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest beside ``backup``, or None when there is none or it is unreadable."""
    try:
        data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
        known = set(Manifest.__dataclass_fields__)
        return Manifest(**{k: v for k, v in data.items() if k in known})
    except (OSError, ValueError, TypeError):
        return None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_error(error: OSError, path: Path) -> StorageError:
    """An OSError met while writing ``path`` as one line naming it (a full disk as such)."""
    import errno

    if error.errno == errno.ENOSPC:
        return DiskFull(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The disk holding {parent} is full; {name} was not written."
                ),
                parent=path.parent,
                name=path.name,
            )
        )
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyDatabase(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{parent} may not be written ({reason}); {name} was not written."
                ),
                parent=path.parent,
                reason=error.strerror,
                name=path.name,
            )
        )
    return StorageError(
        Message(
            QT_TRANSLATE_NOOP("messages", "{path} could not be written: {reason}."),
            path=path,
            reason=error.strerror or error,
        )
    )


def connect_source(path: Path) -> sqlite3.Connection:
    """A connection that reads ``path``: read-write when allowed (so SQLite tidies its
    ``-wal``/``-shm`` files on close), else read-only, else immutable (a read-only folder
    where SQLite cannot create its shared-memory file; nobody can write there either)."""
    return open_source(path)[0]


def open_source(path: Path) -> tuple[sqlite3.Connection, bool]:
    """:func:`connect_source` and whether the connection may write."""
    uri = path.resolve().as_uri()
    may_write = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    attempts = [f"{uri}?mode=rw"] if may_write else []
    attempts += [f"{uri}?mode=ro", f"{uri}?mode=ro&immutable=1"]
    last: sqlite3.Error | None = None
    wait_ms = engine.BUSY_TIMEOUT_MS
    for attempt in attempts:
        try:
            conn = sqlite3.connect(attempt, uri=True, isolation_level=None, timeout=wait_ms / 1000)
        except sqlite3.Error as error:
            last = error
            continue
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn, attempt.endswith("mode=rw")
        except sqlite3.Error as error:
            conn.close()
            last = error
            if _code(error) in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_BUSY):
                break
    assert last is not None
    raise (
        translate(last, str(path))
        or StorageError(
            Message(QT_TRANSLATE_NOOP("messages", "{path}: {last}"), path=path, last=last)
        )
    ) from last


def _code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def check_copy(path: Path, *, known: tuple[str, ...], label: str | None = None) -> Checked:
    """Check a database copy: quick_check, schema revision among ``known``, audit triggers.

    Messages call the file ``label`` (the name it will have), else its own name.
    """
    name = label or path.name
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return Checked(False, f"{name} cannot be opened: {error}", None)
    try:
        result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            return Checked(False, f"{name} is damaged: {result[0]}", None)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in names or "audit_event" not in names:
            return Checked(False, f"{name} is not a mesodesk database", None)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
        counts = count_rows(conn, names)
        if revision not in known:
            return Checked(
                False,
                f"{name} has schema {revision}, unknown to this mesodesk",
                revision,
                counts,
            )
        missing = [t for t in AUDIT_TRIGGERS if t not in names]
        if missing:
            return Checked(
                False, f"{name} lacks the audit guard ({', '.join(missing)})", revision, counts
            )
        return Checked(True, "ok", revision, counts, id_in(conn))
    except sqlite3.Error as error:
        return Checked(False, f"{name} cannot be read: {error}", None)
    finally:
        conn.close()


def count_rows(conn: sqlite3.Connection, names: set[str]) -> dict[str, int]:
    """The rows of each kind in COUNTED (kinds whose table is missing are left out)."""
    return {
        kind: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
        for kind, table in COUNTED.items()
        if table in names
    }


def counts_of(path: Path) -> dict[str, int]:
    """:func:`count_rows` of the database file ``path`` (empty when it cannot be read)."""
    try:
        conn = connect_source(path)
    except StorageError:
        return {}
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        return count_rows(conn, names)
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def temp_name(destination: Path) -> Path:
    """The name a copy has while it is written (hidden, in the destination's folder)."""
    return destination.with_name(f".{destination.name}.partial")


def remove_temp(temp: Path) -> None:
    for suffix in TEMP_SUFFIXES:
        with suppress(OSError):
            temp.with_name(temp.name + suffix).unlink(missing_ok=True)


def fsync_path(path: Path, *, folder: bool = False) -> None:
    if folder and os.name == "nt":  # pragma: no cover - Windows cannot open folders
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def partial_file(destination: Path) -> Iterator[Path]:
    """A temporary name beside ``destination`` that is removed (with any SQLite journal)
    unless the block renamed it into place."""
    temp = temp_name(destination)
    remove_temp(temp)
    try:
        yield temp
    finally:
        remove_temp(temp)


def vacuum_into(source: Path, target: Path, *, check_source: bool = True) -> None:
    """Write one consistent copy of ``source`` to the new file ``target``.

    Errors name the right file: damage or locks the source, a full disk or a read-only
    folder the target's folder.
    """
    conn, can_write = open_source(source)
    try:
        if check_source:
            try:
                result = [r[0] for r in conn.execute("PRAGMA quick_check")]
            except sqlite3.Error as error:
                raise (translate(error, str(source)) or StorageError(str(error))) from error
            if result != ["ok"]:
                raise DamagedDatabase(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{source} is damaged ({value}); no backup was written. Restore the latest good backup.",
                        ),
                        source=source,
                        value=result[0],
                    )
                )
        try:
            if can_write:
                conn.execute("VACUUM INTO ?", [str(target)])
            else:  # VACUUM INTO would open the target read-only too
                backup_one_step(conn, target)
        except sqlite3.Error as error:
            raise _vacuum_error(error, source, target) from error
    finally:
        conn.close()


BUSY_LIMIT_S = 10.0


def bounded_progress() -> Callable[[int, int, int], None]:
    """A backup progress callback that ends a backup kept busy longer than BUSY_LIMIT_S
    (Python's backup loop otherwise retries a busy step for ever)."""
    import time

    started = time.monotonic()

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if time.monotonic() - started > BUSY_LIMIT_S:
            raise sqlite3.OperationalError(
                Message(QT_TRANSLATE_NOOP("messages", "database is locked"))
            )

    return progress


def backup_one_step(conn: sqlite3.Connection, target: Path) -> None:
    """Copy ``conn``'s database to ``target`` in one backup step inside a read transaction,
    so it cannot restart; a source that stays busy ends it after BUSY_LIMIT_S."""
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.backup(dst, pages=-1, progress=bounded_progress())
        finally:
            conn.execute("ROLLBACK")
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()


def _vacuum_error(error: sqlite3.Error, source: Path, target: Path) -> StorageError:
    code = _code(error)
    text = str(error).lower()
    folder = target.parent
    if code == sqlite3.SQLITE_FULL or "full" in text:
        return DiskFull(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The disk holding {folder} is full; the backup was not written there.",
                ),
                folder=folder,
            )
        )
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return ReadOnlyDatabase(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The backup cannot be written in {folder} (read-only or missing)."
                ),
                folder=folder,
            )
        )
    if code == sqlite3.SQLITE_IOERR:
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Writing the backup in {folder} failed with an input/output error."
                ),
                folder=folder,
            )
        )
    return translate(error, str(source)) or StorageError(
        Message(QT_TRANSLATE_NOOP("messages", "{source}: {error}"), source=source, error=error)
    )


def finish(temp: Path, destination: Path) -> None:
    """Flush ``temp`` to disk and rename it to ``destination``."""
    try:
        make_private(temp)
        fsync_path(temp)
        os.replace(temp, destination)
        fsync_path(destination.parent, folder=True)
    except OSError as error:
        raise write_error(error, destination) from error


def take_snapshot(
    source: Path,
    destination: Path,
    *,
    known: tuple[str, ...],
    taken_at: str,
    reason: str = "manual",
    encrypt: Callable[[Path, Path], None] | None = None,
) -> Manifest:
    """Copy ``source`` to ``destination`` (checked, then renamed) and write its manifest.

    With ``encrypt``, the checked plain copy is passed through ``encrypt(plain, out)`` and
    only the encrypted file is kept. A copy whose check fails is not kept.
    """
    folder = destination.parent
    if not folder.is_dir():
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "The backup folder {folder} does not exist."),
                folder=folder,
            )
        )
    if not os.access(folder, os.W_OK):
        raise ReadOnlyDatabase(
            Message(
                QT_TRANSLATE_NOOP("messages", "The backup folder {folder} may not be written."),
                folder=folder,
            )
        )
    with partial_file(destination) as temp:
        vacuum_into(source, temp)
        checked = check_copy(temp, known=known, label=destination.name)
        if not checked.ok:
            raise DamagedDatabase(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The backup of {source} failed its check: {message}."
                    ),
                    source=source,
                    message=checked.message,
                )
            )
        if encrypt is not None:
            with partial_file(destination.with_name(destination.name + ".enc")) as sealed:
                try:
                    encrypt(temp, sealed)
                except OSError as error:
                    raise write_error(error, destination) from error
                finish(sealed, destination)
        else:
            finish(temp, destination)
    manifest = Manifest(
        file=destination.name,
        sha256=sha256_of(destination),
        size=destination.stat().st_size,
        revision=checked.revision,
        counts=checked.counts,
        check_ok=checked.ok,
        check_message=checked.message,
        taken_at=taken_at,
        encrypted=encrypt is not None,
        reason=reason,
        source=str(source.resolve()),
        database_id=checked.database_id,
    )
    write_manifest(destination, manifest)
    return manifest

"""Restoring a backup over the clinic's database: preview, refusal while in use, audit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.access import require
from mesodesk.services.backups.catalog import BackupInfo, info_for
from mesodesk.services.backups.policy import Actor, actor_name
from mesodesk.store.snapshot import COUNTED

if TYPE_CHECKING:
    from mesodesk.services.transfer import Progress, TransferReport


@dataclass(frozen=True)
class CountChange:
    kind: str
    current: int | None
    backup: int | None


@dataclass(frozen=True)
class RestorePreview:
    """What restoring ``backup`` would change: counts per kind, now and in the backup."""

    backup: BackupInfo
    changes: list[CountChange]
    current_revision: str | None
    backup_revision: str | None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path | None
    revision: str | None
    taken_at: datetime | None


def _info(backup: BackupInfo | Path) -> BackupInfo:
    return backup if isinstance(backup, BackupInfo) else info_for(Path(backup))


def _check_unchanged(info: BackupInfo) -> None:
    """Refuse a backup whose bytes differ from those its manifest recorded."""
    from mesodesk.store.errors import StorageError
    from mesodesk.store.snapshot import sha256_of

    if info.sha256 is None:
        return
    try:
        digest = sha256_of(info.path)
    except OSError as error:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{path} cannot be read: {reason}."),
                path=info.path,
                reason=error.strerror or error,
            )
        ) from error
    if digest != info.sha256:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{path} was changed after it was written (its SHA-256 differs from its manifest); nothing was restored.",
                ),
                path=info.path,
            )
        )


def preview_restore(
    db_path: Path, backup: BackupInfo | Path, passphrase: str | None = None
) -> RestorePreview:
    """Counts per kind in the database now and in ``backup`` (decrypted to a temporary
    file when encrypted), without changing anything."""
    from mesodesk.store.migrate import revision_of_file
    from mesodesk.store.restore import plain_copy, verify_backup
    from mesodesk.store.snapshot import counts_of

    info = _info(backup)
    _check_unchanged(info)
    with plain_copy(info.path, db_path, passphrase) as plain:
        backup_revision = verify_backup(plain)
        theirs = counts_of(plain)
    ours = counts_of(db_path) if db_path.exists() else {}
    try:
        current_revision = revision_of_file(db_path) if db_path.exists() else None
    except Exception:  # a damaged or locked current file: the preview still shows the backup
        current_revision = None
    changes = [CountChange(kind, ours.get(kind), theirs.get(kind)) for kind in COUNTED]
    return RestorePreview(info, changes, current_revision, backup_revision)


def refuse_other_database(current: str, backup_id: str, shown: Path, db_path: Path) -> None:
    """Refuse the backup ``shown`` (of the database ``backup_id``) over ``db_path`` (the
    database ``current``) when both have an id and they differ."""
    from mesodesk.services.errors import OtherDatabase

    if current and backup_id and current != backup_id:
        raise OtherDatabase(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{shown} is a backup of another database, not of {db_path}; nothing was restored.",
                ),
                shown=shown,
                db_path=db_path,
            )
        )


def check_same_database(db_path: Path, backup: BackupInfo | Path) -> None:
    """Refuse (:class:`OtherDatabase`) a backup that its manifest, or the file itself when it
    is not encrypted, names as another database's than the one at ``db_path``; reads only."""
    from mesodesk.services.identity import database_id_of_file
    from mesodesk.store.crypto import is_encrypted

    info = _info(backup)
    current = database_id_of_file(db_path) if db_path.exists() else ""
    refuse_other_database(current, info.database_id, info.path, db_path)
    if info.path.exists() and not is_encrypted(info.path):
        refuse_other_database(current, database_id_of_file(info.path), info.path, db_path)


def refuse_tampered(plain: Path, shown: Path) -> None:
    """Refuse a backup (``shown``; ``plain`` is its readable copy) whose schema or audit
    chain was changed after it was written."""
    from mesodesk.services.database import backup_problems
    from mesodesk.services.errors import ServiceError

    problems = backup_problems(plain)
    if problems:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{shown} was altered after it was written and is not restored: {value}",
                ),
                shown=shown,
                value=problems[0],
            )
        )


def restore_backup(
    db_path: Path,
    backup: BackupInfo | Path,
    *,
    actor: Actor = None,
    passphrase: str | None = None,
    other_database: bool = False,
) -> RestoreResult:
    """Replace the database at ``db_path`` with ``backup``.

    Refused while any mesodesk window or command uses the database (the caller's own
    ``Database`` must be disposed first); the replaced file is kept beside it; the restored
    database is brought to the current schema and the restore audited in it. A signed-in
    ``actor`` needs the restore permission (admin). A backup of another database is refused
    (:class:`OtherDatabase`) unless ``other_database``; a backup older than the database ids
    takes the id of the database it replaces.
    """
    from mesodesk.services import audit
    from mesodesk.services.database import open_database
    from mesodesk.services.identity import database_id_of_file, set_database_id
    from mesodesk.store.engine import url_for_path
    from mesodesk.store.restore import restore

    if isinstance(actor, User):
        require(None, actor, Permission.RESTORE)
    info = _info(backup)
    _check_unchanged(info)
    current = database_id_of_file(db_path) if db_path.exists() else ""
    if not other_database:
        refuse_other_database(current, info.database_id, info.path, db_path)

    def check(plain: Path) -> None:
        refuse_tampered(plain, info.path)
        if not other_database:
            refuse_other_database(current, database_id_of_file(plain), info.path, db_path)

    result = restore(db_path, info.path, passphrase=passphrase, check=check)
    restored_id = database_id_of_file(db_path)
    db = open_database(url_for_path(db_path), create=False)
    try:
        if current and not restored_id:
            set_database_id(db, current)
        with db.begin() as s:
            audit.record(
                s,
                actor=actor if isinstance(actor, User) else actor_name(actor),
                action="restore",
                entity="database",
                entity_id=None,
                after={
                    "from": str(info.path),
                    "taken_at": info.taken_at,
                    "sha256": info.sha256,
                    "revision": result.revision,
                    "replaced_copy": str(result.replaced_copy) if result.replaced_copy else None,
                },
            )
    finally:
        db.dispose()
    return RestoreResult(info.path, result.replaced_copy, result.revision, info.taken_at)


def restore_to_server(
    url: str,
    backup: BackupInfo | Path,
    *,
    actor: Actor = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> TransferReport:
    """Copy ``backup`` into the empty server database ``url`` (never over a clinic's data),
    verified table by table, and audit the restore there.

    The backup is checked as :func:`restore_backup` checks it (its manifest's SHA-256, its
    schema and audit chain); an encrypted one is decrypted to a private temporary file.
    """
    import tempfile

    from mesodesk.services import audit
    from mesodesk.services.database import open_database
    from mesodesk.services.transfer import copy_file_to_server
    from mesodesk.store.private import private_dir
    from mesodesk.store.restore import plain_copy

    if isinstance(actor, User):
        require(None, actor, Permission.RESTORE)
    info = _info(backup)
    _check_unchanged(info)
    with (
        tempfile.TemporaryDirectory(prefix="mesodesk-restore-") as folder,
        plain_copy(info.path, private_dir(Path(folder)) / info.path.name, passphrase) as plain,
    ):
        refuse_tampered(plain, info.path)
        report = copy_file_to_server(plain, url, progress=progress)
    db = open_database(url, create=False)
    try:
        with db.begin() as s:
            audit.record(
                s,
                actor=actor if isinstance(actor, User) else actor_name(actor),
                action="restore",
                entity="database",
                entity_id=None,
                after={"from": str(info.path), "taken_at": info.taken_at, "sha256": info.sha256},
            )
    finally:
        db.dispose()
    return report

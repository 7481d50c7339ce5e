"""Taking a backup into the clinic's backups folder (by hand, on a timer, or at closing)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Literal

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.access import require_now
from mesodesk.services.backups.catalog import BackupInfo, info_for, rotate
from mesodesk.services.backups.policy import Actor, backup_folder, backup_policy, stored_passphrase
from mesodesk.services.errors import ServiceError
from mesodesk.store.engine import Database

Reason = Literal["manual", "automatic", "closing"]


def backup_name(db_path: Path, folder: Path, *, encrypted: bool) -> Path:
    """A new file name in ``folder``: the database's name and the time, never an existing one."""
    from mesodesk.store.backup import stamp

    suffix = ".mdbk" if encrypted else ".sqlite3"
    base = f"{db_path.stem}-{stamp()}"
    candidate = folder / f"{base}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}{suffix}"
        number += 1
    return candidate


def take_backup(
    db: Database,
    *,
    actor: Actor = None,
    folder: Path | None = None,
    passphrase: str | None = None,
    reason: Reason = "manual",
) -> BackupInfo:
    """Write one checked backup of ``db`` (with its manifest) and apply the rotation.

    Into ``folder``, else the clinic's backups folder. Encrypted with ``passphrase``, else,
    when the clinic's rules ask for encryption, with the passphrase stored on this computer
    (refused when there is none). A signed-in ``actor`` needs the backups permission;
    automatic backups pass no actor. The database is only read.
    """
    from mesodesk.services.transfer import server_name, sqlite_source
    from mesodesk.store.backup import take_backup_file
    from mesodesk.store.private import private_dir

    if isinstance(actor, User):
        require_now(db, actor, Permission.BACKUPS)
    policy = backup_policy(db)
    rotating = folder is None
    target_folder = folder or backup_folder(db, policy)
    if passphrase is None and policy.encrypt:
        passphrase = stored_passphrase()
        if passphrase is None:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Encrypted backups are on, but no backup passphrase is stored on this computer; set it in the backup settings. No backup was written.",
                    )
                )
            )
    try:
        private_dir(target_folder)
    except OSError as error:
        from mesodesk.store.snapshot import write_error

        raise write_error(error, target_folder / "backup") from error
    named = db.path or Path(server_name(db))
    target = backup_name(named, target_folder, encrypted=passphrase is not None)
    with sqlite_source(db) as source:  # a server's clinic: its verified SQLite copy
        written = take_backup_file(source, target, passphrase=passphrase, reason=reason)
    from mesodesk.services.database import check_backup_audit, record_backup
    from mesodesk.store.snapshot import read_manifest

    check_backup_audit(db, written.path)
    record_backup(db, actor or f"{reason} backup", written.path, reason)
    written = replace(written, manifest=read_manifest(written.path) or written.manifest)
    if rotating:
        rotate(target_folder, policy, written.manifest.database_id)
    return info_for(written.path, written.manifest)

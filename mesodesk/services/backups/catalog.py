"""The backups in a folder (read from their manifests), which is the last good one, rotation."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from mesodesk.domain import clock
from mesodesk.domain.backup_policy import BackupPolicy, is_due, is_stale, to_keep
from mesodesk.services.backups.policy import backup_folder, backup_policy
from mesodesk.store.crypto import SUFFIX as ENCRYPTED_SUFFIX
from mesodesk.store.crypto import is_encrypted
from mesodesk.store.engine import Database
from mesodesk.store.snapshot import MANIFEST_SUFFIX, Manifest, manifest_path, read_manifest

BACKUP_SUFFIXES = (".sqlite3", ENCRYPTED_SUFFIX, ".bak")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed for the clinic: when, how big, what it holds, its check."""

    path: Path
    taken_at: datetime | None
    size: int
    patients: int | None
    revision: str | None
    check_ok: bool
    check_message: str
    sha256: str | None
    encrypted: bool
    reason: str = "manual"
    counts: dict[str, int] = field(default_factory=dict)
    database_id: str = ""
    """The id of the database it is a copy of ("" for backups older than the ids)."""
    other_database: bool = False
    """A backup of another database (same folder, maybe the same file name): listed as
    such, never the last good backup, never rotated away, restored only when forced."""

    @property
    def good(self) -> bool:
        """A backup of this database whose check passed: one that may be restored as the
        last good backup (a backup of another database never is)."""
        return self.check_ok and self.taken_at is not None and not self.other_database

    def of_database(self, database_id: str) -> bool:
        """Whether this is a backup of the database ``database_id`` (or of an unknown one)."""
        return not (self.database_id and database_id and self.database_id != database_id)


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.rstrip("Z")).replace(tzinfo=None)
    except ValueError:
        return None


def info_for(path: Path, manifest: Manifest | None = None) -> BackupInfo:
    """What is known of the backup ``path``: its manifest, checked against the file's size."""
    manifest = manifest or read_manifest(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if manifest is None:
        return BackupInfo(
            path,
            None,
            size,
            None,
            None,
            False,
            "no manifest: never checked",
            None,
            is_encrypted(path),
        )
    ok, message = manifest.check_ok, manifest.check_message
    if size != manifest.size:
        ok, message = False, "the file changed size since it was checked"
    return BackupInfo(
        path=path,
        taken_at=_parse_time(manifest.taken_at),
        size=size,
        patients=manifest.counts.get("patients"),
        revision=manifest.revision,
        check_ok=ok,
        check_message=message,
        sha256=manifest.sha256,
        encrypted=manifest.encrypted,
        reason=manifest.reason,
        counts=dict(manifest.counts),
        database_id=manifest.database_id or "",
    )


def list_backups(folder: Path, database_id: str = "") -> list[BackupInfo]:
    """The backups in ``folder``, newest first (files without a manifest last); with
    ``database_id``, those of another database are marked ``other_database``."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        if path.name.startswith(".") or path.name.endswith(MANIFEST_SUFFIX):
            continue
        if path.suffix not in BACKUP_SUFFIXES or not path.is_file():
            continue
        info = info_for(path)
        if not info.of_database(database_id):
            info = replace(info, other_database=True)
        found.append(info)
    return sorted(
        found, key=lambda b: (b.taken_at is not None, b.taken_at or datetime.min), reverse=True
    )


def backups_of(db: Database, folder: Path | None = None) -> list[BackupInfo]:
    """:func:`list_backups` of ``folder`` (else the clinic's backups folder), those of
    another database marked."""
    from mesodesk.services.identity import database_id

    return list_backups(folder or backup_folder(db), database_id(db))


def last_good_backup(db: Database) -> BackupInfo | None:
    """The newest backup of this database in the clinic's backups folder whose check passed
    (a backup of another database in the same folder never counts)."""
    for backup in backups_of(db):
        if backup.good:
            return backup
    return None


def backup_due(db: Database) -> bool:
    """Whether an automatic backup is due now (at most every ``every_hours`` hours)."""
    last = last_good_backup(db)
    return is_due(last.taken_at if last else None, clock.utcnow(), backup_policy(db))


def backup_stale(db: Database) -> bool:
    """Whether the last good backup is older than the clinic's ``warn_after_days`` (or missing)."""
    last = last_good_backup(db)
    return is_stale(last.taken_at if last else None, clock.utcnow(), backup_policy(db))


def rotate(folder: Path, policy: BackupPolicy, database_id: str | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns the deleted files.

    Only backups mesodesk wrote (with a manifest) are considered; the newest good one is
    never deleted. With ``database_id`` (as automatic backups rotate), only the backups of
    that database and those older than the ids are: another database's backups in the
    same folder are never deleted.
    """
    backups = [
        b
        for b in list_backups(folder)
        if b.taken_at is not None
        and b.sha256
        and (database_id is None or b.database_id in ("", database_id))
    ]
    keep = to_keep([(b.taken_at, b.check_ok, b.path) for b in backups if b.taken_at], policy)
    deleted = []
    for backup in backups:
        if backup.path in keep:
            continue
        try:
            backup.path.unlink()
            manifest_path(backup.path).unlink(missing_ok=True)
        except OSError:
            continue  # a file we may not delete stays; the next rotation tries again
        deleted.append(backup.path)
    return deleted

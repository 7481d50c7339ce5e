"""Where backups go and the clinic's backup rules, kept in the settings; the passphrase file."""

from __future__ import annotations

from pathlib import Path

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.backup_policy import BackupPolicy
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import settings
from mesodesk.services.access import require
from mesodesk.services.errors import OutputError, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.private import make_private, open_private, private_dir

Actor = User | str | None


def actor_name(actor: Actor, default: str = "mesodesk") -> str:
    if isinstance(actor, User):
        return actor.name
    return actor or default


def backup_policy(db: Database) -> BackupPolicy:
    """The clinic's backup rules (the defaults until someone saves them)."""
    return BackupPolicy.from_setting(settings.get(db, settings.BACKUP_POLICY_KEY))


def save_backup_policy(db: Database, policy: BackupPolicy, *, actor: User) -> None:
    """Check and save the rules (audited); the user needs the backups permission."""
    problems = policy.problems()
    if problems:
        raise ValidationFailed(problems)
    with db.begin() as s:
        require(s, actor, Permission.BACKUPS)
        settings.write_settings(s, {settings.BACKUP_POLICY_KEY: policy.to_setting()}, actor=actor)


def backup_folder(db: Database, policy: BackupPolicy | None = None) -> Path:
    """The folder automatic backups go to: the clinic's choice, else ``backups`` beside it
    (for a server's clinic: ``backups/<database>`` in this computer's data folder)."""
    from mesodesk.paths import default_backup_dir, user_data_dir

    policy = policy or backup_policy(db)
    if policy.folder:
        return Path(policy.folder).expanduser()
    if db.path is None:
        from mesodesk.services.transfer import server_name

        return user_data_dir() / "backups" / server_name(db)
    return default_backup_dir(db.path)


def set_stored_passphrase(passphrase: str | None) -> Path:
    """Keep (or with None forget) the passphrase automatic encrypted backups use.

    It lives in an owner-only (0600) file in the user's config folder, never in the
    database: anyone who can read that file can read the backups, as with any key on disk.
    """
    from mesodesk.paths import backup_passphrase_file
    from mesodesk.store.crypto import check_passphrase

    path = backup_passphrase_file()
    if passphrase is None:
        path.unlink(missing_ok=True)
        return path
    check_passphrase(passphrase)
    try:
        private_dir(path.parent)
        temp = path.with_name(path.name + ".partial")
        import os

        fd = open_private(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(passphrase)
        os.replace(temp, path)
        make_private(path)
    except OSError as error:
        raise OutputError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Cannot write {path}: {reason}."),
                path=path,
                reason=error.strerror or error,
            )
        ) from error
    return path


def stored_passphrase() -> str | None:
    """The passphrase kept for automatic encrypted backups on this computer, if any."""
    from mesodesk.paths import backup_passphrase_file

    try:
        text = backup_passphrase_file().read_text(encoding="utf-8")
    except OSError:
        return None
    return text or None

"""Backups: the clinic's rules, taking and listing them, rotation, restore, and open checks.

The window and the command line use these; the files themselves are written by
``mesodesk.store`` (snapshot, crypto, restore, locks).
"""

from __future__ import annotations

from mesodesk.domain.backup_policy import BackupPolicy
from mesodesk.services.backups.catalog import (
    BackupInfo,
    backup_due,
    backup_stale,
    backups_of,
    last_good_backup,
    list_backups,
    rotate,
)
from mesodesk.services.backups.policy import (
    backup_folder,
    backup_policy,
    save_backup_policy,
    set_stored_passphrase,
    stored_passphrase,
)
from mesodesk.services.backups.restore import (
    CountChange,
    RestorePreview,
    RestoreResult,
    check_same_database,
    preview_restore,
    restore_backup,
    restore_to_server,
)
from mesodesk.services.backups.state import (
    CheckResult,
    OpenState,
    full_check,
    needs_full_check,
    open_state,
    quick_open_check,
)
from mesodesk.services.backups.take import take_backup

__all__ = [
    "BackupInfo",
    "BackupPolicy",
    "CheckResult",
    "CountChange",
    "OpenState",
    "RestorePreview",
    "RestoreResult",
    "backup_due",
    "backups_of",
    "check_same_database",
    "backup_folder",
    "backup_policy",
    "backup_stale",
    "full_check",
    "needs_full_check",
    "last_good_backup",
    "list_backups",
    "open_state",
    "preview_restore",
    "quick_open_check",
    "restore_backup",
    "restore_to_server",
    "rotate",
    "save_backup_policy",
    "set_stored_passphrase",
    "stored_passphrase",
    "take_backup",
]

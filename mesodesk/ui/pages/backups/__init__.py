"""The Backups page package: the page, its table model and the policy form."""

from mesodesk.ui.pages.backups.model import BackupTableModel, check_text
from mesodesk.ui.pages.backups.page import BackupsPage, BackupsView, desk_actor, load_backups
from mesodesk.ui.pages.backups.policy import PolicyForm

__all__ = [
    "BackupTableModel",
    "BackupsPage",
    "BackupsView",
    "PolicyForm",
    "check_text",
    "desk_actor",
    "load_backups",
]

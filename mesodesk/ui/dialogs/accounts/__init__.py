"""Accounts for an admin: the list, adding, roles, deactivating and resetting passwords."""

from mesodesk.ui.dialogs.accounts.dialog import AccountsDialog
from mesodesk.ui.dialogs.accounts.editor import AccountEditor, ResetPasswordDialog, role_names

__all__ = ["AccountEditor", "AccountsDialog", "ResetPasswordDialog", "role_names"]

"""Signing in when the program starts: the first admin on a new clinic, else the login."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from mesodesk.domain.accounts import User
from mesodesk.services import accounts
from mesodesk.services.database import Database, startup_setting
from mesodesk.ui.context import DeskContext


def start_dialog(db: Database) -> QDialog:
    """The first screen: the setup (with the first admin) while the clinic has no account,
    else the login. Either has ``user`` once accepted."""
    if not accounts.has_accounts(db):
        from mesodesk.ui.dialogs.first_start import FirstStartDialog

        return FirstStartDialog(DeskContext(db))
    from mesodesk.ui.signin.login import LoginDialog

    return LoginDialog(db, clinic_name=str(startup_setting(db, "clinic.name", "") or ""))


def sign_in_at_start(db: Database) -> User | None:
    """Ask who is working (modal); None when they quit instead, and the program ends."""
    dialog = start_dialog(db)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        user = getattr(dialog, "user", None)
        return user if isinstance(user, User) else None
    finally:
        dialog.deleteLater()

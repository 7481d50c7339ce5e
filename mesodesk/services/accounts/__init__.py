"""Accounts: the first admin, signing in and out, managing accounts and passwords.

Passwords are stored with argon2id; failed attempts slow the next ones down and are
audited with the login name typed (never the password).
"""

from __future__ import annotations

from mesodesk.services.accounts.common import (
    AccountSummary,
    LoginFailed,
    LoginThrottled,
)
from mesodesk.services.accounts.manage import (
    AccountsExist,
    add_account,
    change_password,
    create_first_admin,
    deactivate_account,
    has_accounts,
    list_accounts,
    reactivate_account,
    reset_password,
    set_roles,
)
from mesodesk.services.accounts.passwords import password_problem, set_password_hasher
from mesodesk.services.accounts.signin import (
    as_stored,
    login,
    logout,
    sign_in_trusted,
    verify_password,
)
from mesodesk.services.settings import IDLE_LOCK_MINUTES_KEY, idle_lock_minutes

__all__ = [
    "IDLE_LOCK_MINUTES_KEY",
    "AccountSummary",
    "AccountsExist",
    "LoginFailed",
    "LoginThrottled",
    "add_account",
    "as_stored",
    "change_password",
    "create_first_admin",
    "deactivate_account",
    "has_accounts",
    "idle_lock_minutes",
    "list_accounts",
    "login",
    "logout",
    "password_problem",
    "reactivate_account",
    "reset_password",
    "set_password_hasher",
    "set_roles",
    "sign_in_trusted",
    "verify_password",
]

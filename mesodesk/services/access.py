"""The one permission check every service runs before it reads or changes clinic data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.errors import PermissionDenied
from mesodesk.store.models_accounts import Account

if TYPE_CHECKING:
    from mesodesk.store.engine import Database

_WHAT = {
    Permission.VIEW_PATIENTS: "see the patient list",
    Permission.EDIT_CONTACT: "change patients' contact details",
    Permission.BOOK: "book, move or cancel sessions",
    Permission.ARRIVAL: "mark arrivals and no-shows",
    Permission.PRINT_AFTERCARE: "print aftercare sheets",
    Permission.RECALL: "see recall lists",
    Permission.VIEW_ALERTS: "see alert badges",
    Permission.VIEW_CLINICAL: "see medical records",
    Permission.EDIT_CLINICAL: "change medical records",
    Permission.MARK_DONE: "mark a session done",
    Permission.EXPORT_RECORD: "export a patient's record",
    Permission.EDIT_PRODUCTS: "change products and lots",
    Permission.CLINIC_SETTINGS: "change the clinic settings",
    Permission.SCREENING_RULES: "change the screening rules",
    Permission.TEXTS: "change aftercare and consent texts",
    Permission.PRACTITIONERS: "manage practitioners",
    Permission.ACCOUNTS: "manage accounts",
    Permission.BACKUPS: "manage backups",
    Permission.RESTORE: "restore a backup",
    Permission.VIEW_AUDIT: "see the audit log",
}


def denied_message(user: User, permission: Permission) -> str:
    roles = ", ".join(sorted(role.value for role in user.roles)) or "no role"
    return f"{user.name} ({roles}) may not {_WHAT[permission]}; nothing was changed."


def require(s: Session | None, user: User, permission: Permission) -> User:
    """Refuse with ``PermissionDenied`` unless ``user``'s account holds ``permission``.

    ``s`` is the caller's transaction: the account is re-read there, so an account
    deactivated (or given other roles) at another desk takes effect at once. Returns the
    user with the roles as stored now.
    """
    if s is None:
        if not user.can(permission):
            raise PermissionDenied(denied_message(user, permission))
        return user
    row = s.get(Account, user.id) if isinstance(user, User) else None
    if row is None or not row.active:
        who = getattr(user, "name", None) or str(user)
        raise PermissionDenied(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{who} is not signed in with an active account; nothing was read or changed.",
                ),
                who=who,
            )
        )
    current = row.as_user(user.host)
    if not current.can(permission):
        raise PermissionDenied(denied_message(current, permission))
    return current


def require_any(s: Session | None, user: User, *permissions: Permission) -> User:
    """Like :func:`require`, satisfied by any one of ``permissions``."""
    last: PermissionDenied | None = None
    for permission in permissions:
        try:
            return require(s, user, permission)
        except PermissionDenied as error:
            last = error
    assert last is not None
    raise last


def require_now(db: Database, user: User, permission: Permission) -> User:
    """:func:`require` in a short read of its own, before work that opens no transaction
    first (preparing a PDF, writing a file)."""
    with db.read() as s:
        return require(s, user, permission)

"""The one permission check every service runs before it reads or changes clinic data."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User, parse_roles
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.errors import PermissionDenied
from mesodesk.store.models_accounts import Account

if TYPE_CHECKING:
    from mesodesk.store.dialect import Reader
    from mesodesk.store.engine import Database

_WHAT = {
    Permission.VIEW_PATIENTS: QT_TRANSLATE_NOOP("messages", "see the patient list"),
    Permission.EDIT_CONTACT: QT_TRANSLATE_NOOP("messages", "change patients' contact details"),
    Permission.BOOK: QT_TRANSLATE_NOOP("messages", "book, move or cancel sessions"),
    Permission.ARRIVAL: QT_TRANSLATE_NOOP("messages", "mark arrivals and no-shows"),
    Permission.PRINT_AFTERCARE: QT_TRANSLATE_NOOP("messages", "print aftercare sheets"),
    Permission.RECALL: QT_TRANSLATE_NOOP("messages", "see recall lists"),
    Permission.VIEW_ALERTS: QT_TRANSLATE_NOOP("messages", "see alert badges"),
    Permission.VIEW_CLINICAL: QT_TRANSLATE_NOOP("messages", "see medical records"),
    Permission.EDIT_CLINICAL: QT_TRANSLATE_NOOP("messages", "change medical records"),
    Permission.MARK_DONE: QT_TRANSLATE_NOOP("messages", "mark a session done"),
    Permission.EXPORT_RECORD: QT_TRANSLATE_NOOP("messages", "export a patient's record"),
    Permission.EDIT_PRODUCTS: QT_TRANSLATE_NOOP("messages", "change products and lots"),
    Permission.CLINIC_SETTINGS: QT_TRANSLATE_NOOP("messages", "change the clinic settings"),
    Permission.SCREENING_RULES: QT_TRANSLATE_NOOP("messages", "change the screening rules"),
    Permission.TEXTS: QT_TRANSLATE_NOOP("messages", "change aftercare and consent texts"),
    Permission.PRACTITIONERS: QT_TRANSLATE_NOOP("messages", "manage practitioners"),
    Permission.ACCOUNTS: QT_TRANSLATE_NOOP("messages", "manage accounts"),
    Permission.BACKUPS: QT_TRANSLATE_NOOP("messages", "manage backups"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("messages", "restore a backup"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("messages", "see the audit log"),
}


def denied_message(user: User, permission: Permission) -> str:
    roles = ", ".join(sorted(role.value for role in user.roles)) or Message(
        QT_TRANSLATE_NOOP("messages", "no role")
    )
    return Message(
        QT_TRANSLATE_NOOP("messages", "{name} ({roles}) may not {what}; nothing was changed."),
        name=user.name,
        roles=roles,
        what=Message(_WHAT[permission]),
    )


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
    return _checked(
        user, row.as_user(user.host) if row is not None and row.active else None, permission
    )


_ACCOUNT_NOW = "SELECT login, name, roles, practitioner_id FROM account WHERE id = ? AND active"


def _checked(user: User, current: User | None, permission: Permission) -> User:
    """``current`` (``user``'s account as stored now; None when it is not active) if it
    holds ``permission``."""
    if current is None:
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
    if not current.can(permission):
        raise PermissionDenied(denied_message(current, permission))
    return current


def require_read(reader: Reader, user: User, permission: Permission) -> User:
    """:func:`require` as one plain statement on ``reader`` (a ``Database.reader()`` or a
    server's autocommit reader), for reads made on every keystroke: the account is read as
    it is now, without a transaction of its own (on a server, one round trip instead of
    three)."""
    found = reader.execute(_ACCOUNT_NOW, (user.id,)).fetchone() if isinstance(user, User) else None
    current = None
    if found is not None:
        login, name, roles, practitioner_id = found
        current = replace(
            user, login=login, name=name, roles=parse_roles(roles), practitioner_id=practitioner_id
        )
    return _checked(user, current, permission)


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

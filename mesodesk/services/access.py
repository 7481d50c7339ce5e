"""The one permission check every service runs before it reads or changes clinic data."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User, parse_roles, permissions_of
from mesodesk.services.errors import PermissionDenied
from mesodesk.store.models_accounts import Account

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
            f"{who} is not signed in with an active account; nothing was read or changed."
        )
    roles = parse_roles(row.roles)
    current = User(
        id=row.id,
        login=row.login,
        name=row.name,
        roles=roles,
        practitioner_id=row.practitioner_id,
        host=user.host,
    )
    if permission not in permissions_of(roles):
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

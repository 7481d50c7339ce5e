"""The one permission check every service runs before it reads or changes clinic data."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.services.errors import PermissionDenied

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


def require(s: Session | None, user: User, permission: Permission) -> None:
    """Refuse with ``PermissionDenied`` unless ``user`` holds ``permission``.

    ``s`` is the caller's transaction; the accounts work re-reads the account there so that
    a deactivated account or a changed role takes effect at once.
    """
    if not user.can(permission):
        raise PermissionDenied(denied_message(user, permission))

"""Who may do what: roles, permissions, and the signed-in user every service call takes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """A role an account holds; an account may hold several (a manager who also treats)."""

    PRACTITIONER = "practitioner"
    RECEPTION = "reception"
    ADMIN = "admin"


class Permission(StrEnum):
    """One thing a service may refuse. Services check these, widgets only hide what is refused."""

    # The front desk
    VIEW_PATIENTS = "view_patients"  # names, contact details, the patient list
    EDIT_CONTACT = "edit_contact"  # create patients, change contact details, import
    BOOK = "book"  # calendar and bookings: create, move, cancel
    ARRIVAL = "arrival"  # arrived and no-show
    PRINT_AFTERCARE = "print_aftercare"
    RECALL = "recall"  # the follow-up recall list and the lot recall list
    VIEW_ALERTS = "view_alerts"  # alert badges (never the medical notes)
    # Clinical work
    VIEW_CLINICAL = "view_clinical"  # the chart, medical profile, notes, photos
    EDIT_CLINICAL = "edit_clinical"  # profiles, sessions, overrides, adverse events, courses
    MARK_DONE = "mark_done"
    EXPORT_RECORD = "export_record"  # the patient record PDF, GDPR and FHIR exports
    EDIT_PRODUCTS = "edit_products"  # products and lots
    # Running the clinic
    CLINIC_SETTINGS = "clinic_settings"
    SCREENING_RULES = "screening_rules"
    TEXTS = "texts"  # aftercare and consent texts
    PRACTITIONERS = "practitioners"
    ACCOUNTS = "accounts"
    BACKUPS = "backups"
    RESTORE = "restore"
    VIEW_AUDIT = "view_audit"


_FRONT_DESK = frozenset(
    {
        Permission.VIEW_PATIENTS,
        Permission.EDIT_CONTACT,
        Permission.BOOK,
        Permission.ARRIVAL,
        Permission.PRINT_AFTERCARE,
        Permission.RECALL,
        Permission.VIEW_ALERTS,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: _FRONT_DESK,
    Role.PRACTITIONER: _FRONT_DESK
    | {
        Permission.VIEW_CLINICAL,
        Permission.EDIT_CLINICAL,
        Permission.MARK_DONE,
        Permission.EXPORT_RECORD,
        Permission.EDIT_PRODUCTS,
    },
    Role.ADMIN: frozenset(
        {
            Permission.VIEW_PATIENTS,
            Permission.EDIT_PRODUCTS,
            Permission.CLINIC_SETTINGS,
            Permission.SCREENING_RULES,
            Permission.TEXTS,
            Permission.PRACTITIONERS,
            Permission.ACCOUNTS,
            Permission.BACKUPS,
            Permission.RESTORE,
            Permission.VIEW_AUDIT,
        }
    ),
}


def permissions_of(roles: frozenset[Role]) -> frozenset[Permission]:
    granted: frozenset[Permission] = frozenset()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return granted


def roles_text(roles: frozenset[Role]) -> str:
    """Roles as stored: comma-separated names, sorted."""
    return ",".join(sorted(role.value for role in roles))


def parse_roles(text: str) -> frozenset[Role]:
    """The roles in a stored comma list (an unknown name grants nothing)."""
    known = {role.value for role in Role}
    return frozenset(Role(part) for part in text.split(",") if part in known)


@dataclass(frozen=True)
class User:
    """The authenticated person behind a call, as the accounts service hands it out at login.

    Services re-read the account in their own transaction before trusting ``roles`` (an
    account deactivated at another desk is refused at once).
    """

    id: int
    login: str
    name: str
    roles: frozenset[Role]
    practitioner_id: int | None = None
    host: str = ""

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.roles)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

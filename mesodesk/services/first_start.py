"""A new clinic's first start: its details, hours and first practitioner, saved as one action."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import demo_catalog, practitioners, settings
from mesodesk.services.access import require
from mesodesk.services.dto import PractitionerRecord
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database


@dataclass(frozen=True, slots=True)
class FirstStartInput:
    clinic_name: str
    phone: str
    practitioner_name: str
    address: str = ""
    emergency_contact: str = ""
    time_zone: str = settings.DEFAULTS["clinic.time_zone"]
    opening_hours: dict[str, Any] | None = field(default=None)
    """The JSON shape of the ``clinic.opening_hours`` setting (None: the usual hours)."""
    practitioner_title: str = ""
    load_demo_catalog: bool = False


@dataclass(frozen=True, slots=True)
class FirstStartResult:
    practitioner: PractitionerRecord
    demo_products: int
    """How many demo products were added (0 when not asked for)."""


def setup_changes(data: FirstStartInput) -> dict[str, Any]:
    """The settings the setup writes, keyed like the settings service."""
    changes: dict[str, Any] = {
        "clinic.name": data.clinic_name.strip(),
        "clinic.address": data.address.strip(),
        "clinic.phone": data.phone.strip(),
        "clinic.emergency_contact": data.emergency_contact.strip(),
        "clinic.time_zone": data.time_zone.strip(),
    }
    if data.opening_hours is not None:
        changes[settings.HOURS_KEY] = data.opening_hours
    return changes


def check_first_start(data: FirstStartInput) -> None:
    """Every problem at once: the name, phone and practitioner are needed on printed sheets
    and in the audit; the other values follow the settings' own rules."""
    errors: dict[str, str] = {}
    if not data.clinic_name.strip():
        errors["clinic.name"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "Enter the clinic's name, as printed on sheets and forms."
            )
        )
    if not data.phone.strip():
        errors["clinic.phone"] = Message(
            QT_TRANSLATE_NOOP("messages", "Enter the phone number patients should call.")
        )
    if not data.practitioner_name.strip():
        errors["practitioner"] = Message(
            QT_TRANSLATE_NOOP("messages", "Enter the name of the first practitioner.")
        )
    try:
        settings.validate_settings(setup_changes(data))
    except ValidationFailed as failure:
        errors = {**failure.errors, **errors}
    if errors:
        raise ValidationFailed(errors)


def complete_first_start(db: Database, data: FirstStartInput, *, actor: User) -> FirstStartResult:
    """Save the clinic's details and hours, its first practitioner and (if asked) the demo
    products in one transaction: all of it, or nothing."""
    check_first_start(data)
    with db.begin() as s:
        require(s, actor, Permission.CLINIC_SETTINGS)
        settings.write_settings(s, setup_changes(data), actor=actor)
        practitioner = practitioners.add_practitioner(
            s, data.practitioner_name, data.practitioner_title, actor=actor
        )
        added = demo_catalog.add_demo_products(s, actor=actor) if data.load_demo_catalog else 0
    return FirstStartResult(practitioner, added)

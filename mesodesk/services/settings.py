"""Clinic settings (name, address, time zone, date format ...) stored as JSON values."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mesodesk.services import audit
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import Setting

DEFAULTS: dict[str, Any] = {
    "clinic.name": "",
    "clinic.address": "",
    "clinic.phone": "",
    "clinic.emergency_contact": "",
    "clinic.time_zone": "Europe/London",
    "clinic.date_format": "dd/mm/yyyy",
    "clinic.paper_size": "A4",
}


def get(db: Database, key: str) -> Any:
    with db.read() as s:
        row = s.get(Setting, key)
        return row.value if row is not None else DEFAULTS.get(key)


def get_all(db: Database) -> dict[str, Any]:
    from sqlalchemy import select

    with db.read() as s:
        stored = {r.key: r.value for r in s.scalars(select(Setting))}
    return {**DEFAULTS, **stored}


def _validate(key: str, value: Any) -> None:
    if key == "clinic.time_zone":
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValidationFailed({key: f"unknown time zone {value!r}"}) from error
    if key == "clinic.paper_size" and value not in ("A4", "Letter"):
        raise ValidationFailed({key: "paper size must be A4 or Letter"})


def put(db: Database, key: str, value: Any, *, actor: str) -> None:
    _validate(key, value)
    with db.begin() as s:
        row = s.get(Setting, key)
        before = {"value": row.value} if row is not None else None
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
        audit.record(
            s,
            actor=actor,
            action="update",
            entity="setting",
            entity_id=None,
            before=before,
            after={"key": key, "value": value},
        )


def clinic_zone(db: Database) -> ZoneInfo:
    try:
        return ZoneInfo(str(get(db, "clinic.time_zone")))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULTS["clinic.time_zone"])

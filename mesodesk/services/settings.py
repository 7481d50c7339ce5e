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
    "clinic.logo": "",
    "clinic.opening_hours": None,
}
MAX_LOGO_BYTES = 1_000_000
MAX_LOGO_PIXELS = 4000


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


def logo_error(data: bytes) -> str | None:
    """Why ``data`` cannot be the clinic's logo, or None when it is a usable PNG or JPEG."""
    if not data:
        return "The file is empty."
    if len(data) > MAX_LOGO_BYTES:
        return f"The logo is {len(data) // 1024} KB; please use an image under 1 MB."
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return "The logo must be a PNG or JPEG image."
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return "The image file is damaged or not really a PNG or JPEG."
    if max(width, height) > MAX_LOGO_PIXELS:
        return f"The logo is {width}×{height} pixels; please use one under {MAX_LOGO_PIXELS}."
    if min(width, height) < 16:
        return "The logo is too small to print clearly."
    return None


def set_logo(db: Database, data: bytes | None, *, actor: str) -> None:
    """Store (or with None remove) the clinic logo printed on sheets."""
    import base64

    if data is not None:
        error = logo_error(data)
        if error is not None:
            raise ValidationFailed({"clinic.logo": error})
    put(db, "clinic.logo", base64.b64encode(data).decode("ascii") if data else "", actor=actor)


def logo(db: Database) -> bytes | None:
    import base64
    import binascii

    value = get(db, "clinic.logo")
    if not value:
        return None
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        return None

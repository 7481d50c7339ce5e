"""Clinic settings (name, address, time zone, date format ...) stored as JSON values."""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.backup_policy import BackupPolicy
from mesodesk.domain.languages import LANGUAGES
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.schedule import OpeningHours
from mesodesk.domain.search import DATE_FORMATS
from mesodesk.services import audit, conflicts
from mesodesk.services.access import require
from mesodesk.services.errors import EditConflict, FieldDifference, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.identity import DATABASE_ID_KEY
from mesodesk.store.models import Patient, Setting

CONSENT_REQUIRED_KEY = "consent_required_for_done"
"""Whether a session may be marked done only once consent is recorded (default: yes)."""
NAMES_IN_FILE_NAMES_KEY = "clinic.names_in_file_names"
"""Whether files mesodesk names (aftercare sheets) carry the patient's name (default: no:
folders are listed, synced and shared, and a file name is seen by whoever sees the folder)."""
LOGO_KEY = "clinic.logo"
HOURS_KEY = "clinic.opening_hours"
PHOTO_MAX_MB_KEY = "photos.max_mb"
"""The largest photo file the clinic accepts, in megabytes (1 to 200)."""
IDLE_LOCK_MINUTES_KEY = "security.idle_lock_minutes"
"""Minutes without input after which the desk locks (1 to 120, default 5)."""
IDLE_LOCK_RANGE = (1, 120)
BACKUP_POLICY_KEY = "backup.policy"
"""The clinic's backup rules (domain.backup_policy.BackupPolicy as a JSON object)."""
AFTERCARE_MAP_KEY = "aftercare.show_map"
"""Whether aftercare sheets show a small injection map of the session (default: no)."""
LANGUAGE_KEY = "clinic.language"
"""The language of sheets for patients who have none of their own (domain.languages)."""
UI_LANGUAGE_KEY = "ui.language"
"""The window's language: "system" (the computer's) or a language code; read at start."""
UI_LANGUAGES = ("system", "en", "fr", "es", "it", "de")
INTERNAL_KEYS = frozenset({DATABASE_ID_KEY})
"""Rows of the settings table that are no clinic setting: never listed, never editable."""

DEFAULTS: dict[str, Any] = {
    "clinic.name": "",
    "clinic.address": "",
    "clinic.phone": "",
    "clinic.emergency_contact": "",
    "clinic.time_zone": "Europe/London",
    "clinic.date_format": "dd/mm/yyyy",
    "clinic.paper_size": "A4",
    "clinic.language": "en",
    LOGO_KEY: "",
    HOURS_KEY: None,
    CONSENT_REQUIRED_KEY: True,
    NAMES_IN_FILE_NAMES_KEY: False,
    PHOTO_MAX_MB_KEY: 25,
    IDLE_LOCK_MINUTES_KEY: 5,
    BACKUP_POLICY_KEY: None,
    AFTERCARE_MAP_KEY: False,
    UI_LANGUAGE_KEY: "system",
}
TEXT_LIMITS = {
    "clinic.name": 120,
    "clinic.address": 500,
    "clinic.phone": 60,
    "clinic.emergency_contact": 200,
}
"""The free-text settings and their longest accepted length."""
MAX_LOGO_BYTES = 1_000_000
MAX_LOGO_PIXELS = 4000


def get(db: Database, key: str) -> Any:
    with db.read() as s:
        row = s.get(Setting, key)
        return row.value if row is not None else DEFAULTS.get(key)


def versions(db: Database) -> dict[str, int]:
    """Each stored setting's version (0 for one never stored), for an editor to pass back to
    :func:`save_settings` so that a change another desk saved meanwhile is not lost."""
    with db.read() as s:
        stored = {
            r.key: r.version for r in s.scalars(select(Setting)) if r.key not in INTERNAL_KEYS
        }
    return {key: stored.get(key, 0) for key in {*DEFAULTS, *stored}}


def get_all(db: Database) -> dict[str, Any]:
    with db.read() as s:
        stored = {r.key: r.value for r in s.scalars(select(Setting)) if r.key not in INTERNAL_KEYS}
    return {**DEFAULTS, **stored}


def _problem(key: str, value: Any) -> str | None:
    """Why ``value`` cannot be stored under ``key``, or None when it can."""
    if key not in DEFAULTS:
        return Message(QT_TRANSLATE_NOOP("messages", "there is no such setting"))
    if key in TEXT_LIMITS:
        if not isinstance(value, str):
            return Message(QT_TRANSLATE_NOOP("messages", "must be text"))
        if len(value) > TEXT_LIMITS[key]:
            return Message(
                QT_TRANSLATE_NOOP("messages", "is longer than {value} characters"),
                value=TEXT_LIMITS[key],
            )
    if key == "clinic.time_zone":
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            return Message(
                QT_TRANSLATE_NOOP("messages", "unknown time zone {value!r}"), value=value
            )
    if key == "clinic.paper_size" and value not in ("A4", "Letter"):
        return Message(QT_TRANSLATE_NOOP("messages", "paper size must be A4 or Letter"))
    if key == "clinic.date_format" and value not in DATE_FORMATS:
        return Message(
            QT_TRANSLATE_NOOP("messages", "date format must be one of {choices}"),
            choices=", ".join(DATE_FORMATS),
        )
    if key == LANGUAGE_KEY and (not isinstance(value, str) or value not in LANGUAGES):
        return Message(
            QT_TRANSLATE_NOOP("messages", "sheets are printed in {choices}, not {value!r}"),
            choices=", ".join(LANGUAGES),
            value=value,
        )
    if key in (CONSENT_REQUIRED_KEY, NAMES_IN_FILE_NAMES_KEY, AFTERCARE_MAP_KEY) and not isinstance(
        value, bool
    ):
        return Message(QT_TRANSLATE_NOOP("messages", "must be yes or no"))
    if key == PHOTO_MAX_MB_KEY and (
        isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 200
    ):
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "the photo size limit must be a whole number of megabytes from 1 to 200"
            )
        )
    if key == IDLE_LOCK_MINUTES_KEY:
        low, high = IDLE_LOCK_RANGE
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the idle lock must be a whole number of minutes from {low} to {high}",
                ),
                low=low,
                high=high,
            )
    if key == UI_LANGUAGE_KEY and value not in UI_LANGUAGES:
        return Message(
            QT_TRANSLATE_NOOP("messages", "the window language must be one of {choices}"),
            choices=", ".join(UI_LANGUAGES),
        )
    if key == HOURS_KEY and value is not None:
        try:
            OpeningHours.from_setting(value)
        except (ValueError, TypeError, AttributeError) as error:
            return Message(
                QT_TRANSLATE_NOOP("messages", "opening hours not usable: {error}"), error=error
            )
    if key == BACKUP_POLICY_KEY and value is not None:
        if not isinstance(value, dict):
            return Message(QT_TRANSLATE_NOOP("messages", "must be a backup policy"))
        errors = BackupPolicy.from_setting(value).problems()
        return "; ".join(f"{k} {v}" for k, v in errors.items()) or None
    if key == LOGO_KEY and value:
        data = _logo_bytes(value)
        return "the logo is not readable" if data is None else logo_error(data)
    return None


def _logo_bytes(value: Any) -> bytes | None:
    """The image in a logo value: raw bytes, or the base64 text it is stored as."""
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        return None


def _stored(key: str, value: Any) -> Any:
    """The JSON value kept for ``key`` (a logo as base64, hours in their canonical shape)."""
    if key == LOGO_KEY:
        data = _logo_bytes(value) if value else None
        return base64.b64encode(data).decode("ascii") if data else ""
    if key == HOURS_KEY and value is not None:
        return OpeningHours.from_setting(value).to_setting()
    return value


def _audited(key: str, value: Any) -> Any:
    """What the audit keeps of a value: a logo by size and digest, not its megabyte."""
    if key == BACKUP_POLICY_KEY and value is not None:
        if not isinstance(value, dict):
            return "must be a backup policy"
        errors = BackupPolicy.from_setting(value).problems()
        return "; ".join(f"{k} {v}" for k, v in errors.items()) or None
    if key == LOGO_KEY and value:
        data = _logo_bytes(value) or b""
        return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return value


def validate_settings(changes: Mapping[str, Any]) -> None:
    """Check every change; raise :class:`ValidationFailed` naming each key at fault."""
    errors = {key: problem for key, value in changes.items() if (problem := _problem(key, value))}
    if errors:
        raise ValidationFailed(errors)


def _check_versions(
    s: Session, changes: Mapping[str, Any], expected: Mapping[str, int], overwrite: bool
) -> bool:
    """Whether the save overwrites settings another desk changed since ``expected`` was read
    (only with ``overwrite``; otherwise :class:`EditConflict`, per key: theirs, yours)."""
    found: list[FieldDifference] = []
    newest = 0
    for key, value in changes.items():
        if key not in expected:
            continue
        row = s.get(Setting, key)
        version = row.version if row is not None else 0
        stored = row.value if row is not None else DEFAULTS.get(key)
        wanted = _stored(key, value)
        if version != expected[key] and stored != wanted:
            found.append(FieldDifference(key, _audited(key, stored), _audited(key, wanted)))
            newest = max(newest, version)
    if found and not overwrite:
        who, when = conflicts.last_saved(s, "setting", None)
        raise EditConflict(
            Message(QT_TRANSLATE_NOOP("messages", "setting")),
            None,
            newest,
            tuple(found),
            saved_by=who,
            saved_at=when,
        )
    return bool(found)


def write_settings(
    s: Session,
    changes: Mapping[str, Any],
    *,
    actor: User,
    expected_versions: Mapping[str, int] | None = None,
    overwrite: bool = False,
) -> tuple[str, ...]:
    """Inside the caller's transaction: check all, write the keys that differ, audit once.

    Returns the keys written; nothing is written (and nothing audited) when none differ.
    ``expected_versions`` (from :func:`versions`) turns a key another desk saved meanwhile
    into an ``EditConflict``, unless ``overwrite`` (audited as an overwrite).
    """
    validate_settings(changes)
    overwrote = _check_versions(s, changes, expected_versions or {}, overwrite)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key, value in changes.items():
        stored = _stored(key, value)
        row = s.get(Setting, key)
        if row is not None and row.value == stored:
            continue
        before[key] = _audited(key, row.value) if row is not None else None
        after[key] = _audited(key, stored)
        if row is None:
            s.add(Setting(key=key, value=stored))
        else:
            row.value = stored
    if not after:
        return ()
    s.flush()
    audit.record(
        s,
        actor=actor,
        action=conflicts.action(overwrote),
        entity="setting",
        entity_id=None,
        before={"values": before},
        after={"keys": list(after), "values": after},
    )
    return tuple(after)


def save_settings(
    db: Database,
    changes: Mapping[str, Any],
    *,
    actor: User,
    expected_versions: Mapping[str, int] | None = None,
    overwrite: bool = False,
) -> tuple[str, ...]:
    """Save several settings as one action: all are checked, then all written or none.

    One transaction and one audit row listing every key written. A logo is given as the
    image bytes (or None / "" to remove it). Returns the keys that changed.
    """
    validate_settings(changes)
    with conflicts.same_moment("setting", None), db.begin() as s:
        require(s, actor, Permission.CLINIC_SETTINGS)
        return write_settings(
            s, changes, actor=actor, expected_versions=expected_versions, overwrite=overwrite
        )


def put(db: Database, key: str, value: Any, *, actor: User) -> None:
    """Save one setting (checked and audited like :func:`save_settings`)."""
    save_settings(db, {key: value}, actor=actor)


def consent_required(db: Database) -> bool:
    """Whether a session may be marked done only with consent recorded (the clinic's choice)."""
    with db.read() as s:
        return consent_required_in(s)


def consent_required_in(s: Session) -> bool:
    """:func:`consent_required` inside the caller's transaction."""
    row = s.get(Setting, CONSENT_REQUIRED_KEY)
    return bool(row.value if row is not None else DEFAULTS[CONSENT_REQUIRED_KEY])


def names_in_file_names(db: Database) -> bool:
    """Whether the clinic asked for patients' names in the file names mesodesk suggests."""
    return bool(get(db, NAMES_IN_FILE_NAMES_KEY))


def idle_lock_minutes(db: Database) -> int:
    """Minutes without input before the desk locks (the clinic's setting, default 5)."""
    value = get(db, IDLE_LOCK_MINUTES_KEY)
    low, high = IDLE_LOCK_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return int(DEFAULTS[IDLE_LOCK_MINUTES_KEY])
    return value


def ui_language(db: Database) -> str:
    """The window's language as the clinic chose it ("system" unless set, or if unreadable)."""
    value = get(db, UI_LANGUAGE_KEY)
    return value if value in UI_LANGUAGES else str(DEFAULTS[UI_LANGUAGE_KEY])


def needs_first_start(db: Database) -> bool:
    """An empty clinic: no name set and no patient yet, so the first-start setup is due."""
    with db.read() as s:
        row = s.get(Setting, "clinic.name")
        if row is not None and str(row.value or "").strip():
            return False
        return s.scalar(select(Patient.id).limit(1)) is None


def clinic_zone(db: Database) -> ZoneInfo:
    with db.read() as s:
        return clinic_zone_in(s)


def clinic_zone_in(s: Session) -> ZoneInfo:
    """The clinic's time zone, read inside the caller's transaction."""
    row = s.get(Setting, "clinic.time_zone")
    try:
        return ZoneInfo(str(row.value if row is not None else DEFAULTS["clinic.time_zone"]))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULTS["clinic.time_zone"])


def logo_error(data: bytes) -> str | None:
    """Why ``data`` cannot be the clinic's logo, or None when it is a usable PNG or JPEG."""
    if not data:
        return Message(QT_TRANSLATE_NOOP("messages", "The file is empty."))
    if len(data) > MAX_LOGO_BYTES:
        return Message(
            QT_TRANSLATE_NOOP("messages", "The logo is {size} KB; please use an image under 1 MB."),
            size=len(data) // 1024,
        )
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return Message(QT_TRANSLATE_NOOP("messages", "The logo must be a PNG or JPEG image."))
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return Message(
            QT_TRANSLATE_NOOP("messages", "The image file is damaged or not really a PNG or JPEG.")
        )
    if max(width, height) > MAX_LOGO_PIXELS:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The logo is {width}×{height} pixels; please use one under {limit}.",
            ),
            width=width,
            height=height,
            limit=MAX_LOGO_PIXELS,
        )
    if min(width, height) < 16:
        return Message(QT_TRANSLATE_NOOP("messages", "The logo is too small to print clearly."))
    return None


def set_logo(db: Database, data: bytes | None, *, actor: User) -> None:
    """Store (or with None remove) the clinic logo printed on sheets."""
    save_settings(db, {LOGO_KEY: data or ""}, actor=actor)


def logo(db: Database) -> bytes | None:
    value = get(db, LOGO_KEY)
    return _logo_bytes(value) if value else None

"""Medical profiles: dated versions, never overwritten; a new version names the one it replaces."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit, conflicts
from mesodesk.services.access import require
from mesodesk.services.dto import ProfileInput, ProfileRecord
from mesodesk.services.errors import NotFound
from mesodesk.store.engine import Database
from mesodesk.store.models import MedicalProfile, Patient

PROFILE_FIELDS = tuple(f.name for f in fields(ProfileInput))


def no_patient(patient_id: int) -> NotFound:
    return NotFound(
        Message(
            QT_TRANSLATE_NOOP("messages", "There is no patient with number {patient_id}."),
            patient_id=patient_id,
        )
    )


def profile_record(p: MedicalProfile) -> ProfileRecord:
    values = {name: getattr(p, name) for name in PROFILE_FIELDS}
    values["allergens"] = tuple(p.allergens or ())
    values["skin_condition_areas"] = tuple(p.skin_condition_areas or ())
    return ProfileRecord(
        **values,
        id=p.id,
        patient_id=p.patient_id,
        recorded_at=p.recorded_at,
        recorded_by=p.recorded_by,
        version=p.version,
    )


def latest_profile(s: Session, patient_id: int) -> MedicalProfile | None:
    return s.scalar(
        select(MedicalProfile)
        .where(MedicalProfile.patient_id == patient_id)
        .order_by(MedicalProfile.version.desc(), MedicalProfile.id.desc())
        .limit(1)
    )


def add_profile(
    s: Session,
    patient_id: int,
    profile: ProfileInput,
    *,
    actor: User,
    at: datetime,
    overwrote: bool = False,
    latest: MedicalProfile | None = None,
) -> MedicalProfile:
    values = asdict(profile)
    values["allergens"] = sorted({a.strip() for a in profile.allergens if a.strip()})
    values["skin_condition_areas"] = list(profile.skin_condition_areas)
    if latest is None:
        latest = latest_profile(s, patient_id)
    row = MedicalProfile(
        patient_id=patient_id,
        recorded_at=at,
        recorded_by=actor.name,
        version=(latest.version if latest is not None else 0) + 1,
        **values,
    )
    s.add(row)
    s.flush()
    audit.record(
        s,
        actor=actor,
        action=conflicts.action(overwrote, "create"),
        entity="medical_profile",
        entity_id=row.id,
        after=audit.snapshot(row),
    )
    return row


def profile_values(profile: ProfileInput) -> dict[str, Any]:
    """A profile's fields as compared for an edit conflict (allergens as stored: sorted)."""
    values = {name: getattr(profile, name) for name in PROFILE_FIELDS}
    values["allergens"] = tuple(sorted({a.strip() for a in profile.allergens if a.strip()}))
    values["skin_condition_areas"] = tuple(profile.skin_condition_areas)
    return values


def record_profile(
    db: Database,
    patient_id: int,
    profile: ProfileInput,
    *,
    actor: User,
    expected_version: int | None = None,
    overwrite: bool = False,
) -> ProfileRecord:
    """Save a new dated version of the medical profile; older versions stay.

    ``expected_version`` is the version the editor loaded (0: none yet); a newer one saved
    meanwhile raises ``EditConflict`` unless ``overwrite``.
    """
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        # The patient row is the profile history's lock: two desks adding a version at once
        # queue here (PostgreSQL; SQLite's writers queue anyway) and see each other's.
        if s.scalar(select(Patient.id).where(Patient.id == patient_id).with_for_update()) is None:
            raise no_patient(patient_id)
        latest = latest_profile(s, patient_id)
        theirs = profile_values(profile_record(latest)) if latest is not None else {}
        overwrote = conflicts.check(
            s,
            entity="medical_profile",
            entity_id=patient_id,
            audited_as=("medical_profile", latest.id if latest is not None else None),
            stored=latest.version if latest is not None else 0,
            expected=expected_version,
            theirs=theirs or profile_values(ProfileInput()),
            yours=profile_values(profile),
            overwrite=overwrite,
        )
        row = add_profile(
            s,
            patient_id,
            profile,
            actor=actor,
            at=audit.utcnow(),
            overwrote=overwrote,
            latest=latest,
        )
        return profile_record(row)


def profile_as_of(
    db: Database, patient_id: int, when: date | datetime, *, actor: User
) -> ProfileRecord | None:
    """The profile in force at ``when`` (a date means the end of that day, UTC)."""
    if not isinstance(when, datetime):
        when = datetime.combine(when + timedelta(days=1), time.min)
        strict = True
    else:
        strict = False
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        cutoff = MedicalProfile.recorded_at < when if strict else MedicalProfile.recorded_at <= when
        row = s.scalar(
            select(MedicalProfile)
            .where(MedicalProfile.patient_id == patient_id, cutoff)
            .order_by(MedicalProfile.recorded_at.desc(), MedicalProfile.id.desc())
            .limit(1)
        )
        return profile_record(row) if row is not None else None


def current_profile(db: Database, patient_id: int, *, actor: User) -> ProfileRecord | None:
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        row = s.scalar(
            select(MedicalProfile)
            .where(MedicalProfile.patient_id == patient_id)
            .order_by(MedicalProfile.recorded_at.desc(), MedicalProfile.id.desc())
            .limit(1)
        )
        return profile_record(row) if row is not None else None


def profile_history(db: Database, patient_id: int, *, actor: User) -> list[ProfileRecord]:
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        rows = s.scalars(
            select(MedicalProfile)
            .where(MedicalProfile.patient_id == patient_id)
            .order_by(MedicalProfile.recorded_at.desc(), MedicalProfile.id.desc())
        )
        return [profile_record(r) for r in rows]

"""Slot clashes read from the database: the one query behind every booking, move and plan.

``clashes_in`` runs inside the caller's transaction, so a save that checks and then writes
sees the same diary it checked. On SQLite the write lock is already held (``BEGIN
IMMEDIATE``); on PostgreSQL it first locks the practitioner's and the patient's rows
(``SELECT ... FOR UPDATE``), so two desks booking the same slot at once queue there: the
second sees the first one's session and is refused with "this slot was just taken".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from mesodesk.domain import clock
from mesodesk.domain import session_rules as rules
from mesodesk.domain.clock import to_utc
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import ASKED_AT
from mesodesk.store.models import Patient, Practitioner, TreatmentSession


def lock_diaries(s: Session, patient_id: int, practitioner_id: int | None) -> None:
    """Hold the practitioner's then the patient's row until the transaction ends, so that
    concurrent bookings for either diary check and write one after the other (always in
    this order, so two bookings never wait on each other). SQLite renders no FOR UPDATE:
    its writers already hold the database's write lock."""
    if practitioner_id is not None:
        s.execute(
            select(Practitioner.id).where(Practitioner.id == practitioner_id).with_for_update()
        )
    s.execute(select(Patient.id).where(Patient.id == patient_id).with_for_update())


def clashes_in(
    s: Session,
    zone: ZoneInfo,
    *,
    patient_id: int,
    practitioner_id: int | None,
    starts_at: datetime,
    duration_minutes: int,
    session_id: int = 0,
    ignore: Sequence[int] = (),
    lock: bool = True,
) -> list[rules.Clash]:
    """Occupying sessions of the practitioner or the patient that the wanted slot overlaps.

    ``starts_at`` is aware, or naive in the clinic's zone. Times in the clashes are the
    clinic's wall-clock times. ``lock`` (for a save) first locks both diaries.
    """
    if lock:
        lock_diaries(s, patient_id, practitioner_id)
    begins = to_utc(starts_at, zone)
    lo = begins - timedelta(minutes=rules.MAX_DURATION_MINUTES)
    hi = begins + timedelta(minutes=duration_minutes)
    who: list[ColumnElement[bool]] = [TreatmentSession.patient_id == patient_id]
    if practitioner_id is not None:
        who.append(TreatmentSession.practitioner_id == practitioner_id)
    rows = s.execute(
        select(
            TreatmentSession.id,
            TreatmentSession.patient_id,
            TreatmentSession.practitioner_id,
            TreatmentSession.starts_at,
            TreatmentSession.duration_minutes,
            TreatmentSession.updated_at,
            Patient.given_name,
            Patient.family_name,
            Practitioner.display_name,
        )
        .join(Patient, Patient.id == TreatmentSession.patient_id)
        .outerjoin(Practitioner, Practitioner.id == TreatmentSession.practitioner_id)
        .where(
            or_(*who),
            TreatmentSession.status.in_([str(x) for x in rules.OCCUPYING]),
            TreatmentSession.starts_at >= lo,
            TreatmentSession.starts_at < hi,
        )
        .order_by(TreatmentSession.starts_at, TreatmentSession.id)
    ).all()

    def local(stored: datetime) -> datetime:
        return stored.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)

    # A clashing booking saved after this save was asked for (while it waited for the
    # diaries) was taken at another desk at the same moment.
    asked_at = s.info.get(ASKED_AT) or clock.utcnow()
    wanted = rules.Slot(
        session_id=session_id,
        patient_id=patient_id,
        practitioner_id=practitioner_id,
        starts_at=local(begins),
        duration_minutes=duration_minutes,
    )
    booked = [
        rules.Slot(
            session_id=row.id,
            patient_id=row.patient_id,
            practitioner_id=row.practitioner_id,
            starts_at=local(row.starts_at),
            duration_minutes=row.duration_minutes,
            patient_name=f"{row.given_name} {row.family_name}",
            practitioner_name=row.display_name or "",
            just_booked=row.updated_at > asked_at,
        )
        for row in rows
    ]
    return rules.clashes(wanted, booked, ignore=ignore)


def clash_message(clashes: Sequence[rules.Clash]) -> str:
    """One sentence naming the first clash (and how many more there are)."""
    first = clashes[0].message()
    if len(clashes) > 1:
        first += f" ({len(clashes) - 1} more overlapping session(s).)"
    return first


def refuse_clashes(
    s: Session,
    zone: ZoneInfo,
    *,
    patient_id: int,
    practitioner_id: int | None,
    starts_at: datetime,
    duration_minutes: int,
    session_id: int = 0,
    ignore: Sequence[int] = (),
    field: str = "starts_at",
) -> None:
    """Raise ValidationFailed (on ``field``) naming the clash when the slot is taken."""
    found = clashes_in(
        s,
        zone,
        patient_id=patient_id,
        practitioner_id=practitioner_id,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        session_id=session_id,
        ignore=ignore,
    )
    if found:
        raise ValidationFailed({field: clash_message(found)})

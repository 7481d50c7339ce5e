"""The patient's upcoming sessions as a calendar file to send or import."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from mesodesk.domain import clock
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import from_utc, local, to_utc
from mesodesk.domain.filenames import safe_file_name
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import settings
from mesodesk.services.access import require
from mesodesk.services.courses.common import BOOKED
from mesodesk.services.errors import NotFound
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    Patient,
    Practitioner,
    SessionTreatment,
    TreatmentArea,
    TreatmentSession,
)


def ics_file_name(db: Database, patient_id: int) -> str:
    """The name offered for the patient's calendar file: "appointments_patient-42.ics", or
    with their name when the clinic asked for names in file names."""
    if settings.names_in_file_names(db):
        with db.read() as s:
            patient = s.get(Patient, patient_id)
            if patient is None:
                raise NotFound(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Patient {patient_id} not found."),
                        patient_id=patient_id,
                    )
                )
            name = f"{patient.given_name} {patient.family_name}".strip()
        return safe_file_name(f"appointments_{name}.ics", fallback="appointments")
    return f"appointments_patient-{patient_id}.ics"


def upcoming_ics(
    db: Database, patient_id: int, *, now: datetime | None = None, actor: User
) -> bytes:
    """The patient's upcoming sessions as an iCalendar file (RFC 5545) in the clinic's zone."""
    from icalendar import Calendar, Event

    zone = clinic_zone(db)
    moment = local(now, zone) if now is not None else clock.local_now(zone)
    values = settings.get_all(db)
    clinic = str(values.get("clinic.name") or "").strip()
    address = ", ".join(
        part.strip()
        for part in str(values.get("clinic.address") or "").splitlines()
        if part.strip()
    )
    phone = str(values.get("clinic.phone") or "").strip()
    with db.read() as s:
        require(s, actor, Permission.BOOK)
        if s.get(Patient, patient_id) is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no patient with number {patient_id}."),
                    patient_id=patient_id,
                )
            )
        rows = s.execute(
            select(TreatmentSession, Practitioner.display_name)
            .outerjoin(Practitioner, TreatmentSession.practitioner_id == Practitioner.id)
            .where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.status.in_(BOOKED),
                TreatmentSession.starts_at >= to_utc(moment, zone),
            )
            .order_by(TreatmentSession.starts_at, TreatmentSession.id)
        ).all()
        areas: dict[int, list[str]] = defaultdict(list)
        if rows:
            for session_id, name in s.execute(
                select(SessionTreatment.session_id, TreatmentArea.name)
                .join(TreatmentArea, SessionTreatment.area_id == TreatmentArea.id)
                .where(SessionTreatment.session_id.in_([r.id for r, _ in rows]))
                .order_by(SessionTreatment.session_id, SessionTreatment.position)
            ):
                if name not in areas[session_id]:
                    areas[session_id].append(name)
    calendar = Calendar()
    calendar.add("prodid", "-//mesodesk//mesodesk//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    stamp = datetime.now(UTC).replace(microsecond=0)
    summary = f"{clinic}: mesotherapy session" if clinic else "Mesotherapy session"
    for row, practitioner in rows:
        start = from_utc(row.starts_at, zone)
        details = []
        if practitioner:
            details.append(f"Practitioner: {practitioner}")
        if areas.get(row.id):
            details.append("Areas: " + ", ".join(areas[row.id]))
        if phone:
            details.append(f"To change or cancel, call {phone}.")
        event = Event()
        event.add("uid", f"session-{row.id}@mesodesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=row.duration_minutes))
        event.add("summary", summary)
        if address:
            event.add("location", address)
        if details:
            event.add("description", "\n".join(details))
        calendar.add_component(event)
    if rows:
        first = from_utc(rows[0][0].starts_at, zone).date()
        last = from_utc(rows[-1][0].starts_at, zone).date()
        calendar.add_missing_timezones(
            first_date=first - timedelta(days=366), last_date=last + timedelta(days=366)
        )
    return bytes(calendar.to_ical())

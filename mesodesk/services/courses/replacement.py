"""Cancelling a session (or marking it missed) and booking a replacement for it."""

from __future__ import annotations

from datetime import datetime, timedelta

from mesodesk.domain import clock, schedule
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import from_utc, local, local_midnight, to_utc
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit, safety, slots
from mesodesk.services import sessions as session_service
from mesodesk.services.access import require
from mesodesk.services.courses.common import (
    MISSED,
    SEARCH_DAYS,
    busy_intervals,
    new_session,
    opening_hours,
    session_row,
    when_text,
)
from mesodesk.services.dto import TreatmentInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database


def cancel(
    db: Database,
    session_id: int,
    status: SessionStatus,
    reason: str,
    *,
    actor: User,
    now: datetime | None = None,
) -> datetime | None:
    """Mark a session cancelled or not attended (the record stays, with the reason).

    The change goes through the sessions service, which keeps the course's status in step
    in the same transaction. Returns a replacement slot to offer (aware, clinic's zone): the
    nearest free time to the same local time from the next day on, never in the past; None
    when none was found.
    """
    if status not in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
        raise ValidationFailed(
            {
                "status": Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A session can only be cancelled or marked no-show."
                    )
                )
            }
        )
    with db.read() as s:
        row = session_row(s, session_id)
        if row.status == SessionStatus.DONE:
            raise ValidationFailed(
                {
                    "status": Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "A done session cannot be cancelled; amend its record instead.",
                        )
                    )
                }
            )
    session_service.set_status(db, session_id, status, actor=actor, reason=reason)
    return replacement_slot(db, session_id, now=now, actor=actor)


def replacement_slot(
    db: Database, session_id: int, *, now: datetime | None = None, actor: User
) -> datetime | None:
    """The free slot nearest to the session's local time from the next day on (or now)."""
    zone = clinic_zone(db)
    hours = opening_hours(db)
    moment = local(now, zone) if now is not None else clock.local_now(zone)
    with db.read() as s:
        require(s, actor, Permission.BOOK)
        row = session_row(s, session_id)
        original = from_utc(row.starts_at, zone)
        day = max(original.date() + timedelta(days=1), moment.date())
        ideal = datetime.combine(day, original.time().replace(fold=0), tzinfo=zone)
        busy = busy_intervals(
            s,
            practitioner_ids={row.practitioner_id} if row.practitioner_id else set(),
            patient_id=row.patient_id,
            start=local_midnight(day, zone),
            end=local_midnight(day + timedelta(days=SEARCH_DAYS + 3), zone),
            ignore={row.id},
        )
        duration = timedelta(minutes=row.duration_minutes)
    return schedule.find_slot(ideal, duration, hours, busy, not_before=moment, max_days=SEARCH_DAYS)


def book_replacement(db: Database, session_id: int, start: datetime, *, actor: User) -> int:
    """A new planned session replacing a cancelled or missed one; the new session's id.

    It copies the patient, practitioner, course, duration and treated areas with their
    solution types (products and lots are chosen on the day). A clash is refused, naming it.
    """
    zone = clinic_zone(db)
    with db.begin() as s:
        require(s, actor, Permission.BOOK)
        old = session_row(s, session_id)
        if old.status not in MISSED:
            raise ValidationFailed(
                {
                    "status": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Only a cancelled or missed session can be replaced."
                        )
                    )
                }
            )
        when = local(start, zone)
        slots.refuse_clashes(
            s,
            zone,
            patient_id=old.patient_id,
            practitioner_id=old.practitioner_id,
            starts_at=when,
            duration_minutes=old.duration_minutes,
        )
        label = SessionStatus(old.status).label.lower()
        row = new_session(
            course_id=old.course_id,
            patient_id=old.patient_id,
            practitioner_id=old.practitioner_id,
            starts_at=to_utc(when, zone),
            duration_minutes=old.duration_minutes,
            lines=[(t.area_id, t.solution_type_id) for t in old.treatments],
            now=audit.utcnow(),
            notes=f"Replaces the session of {when_text(from_utc(old.starts_at, zone))} ({label}).",
        )
        lines = [
            TreatmentInput(t.area_id, solution_type_id=t.solution_type_id) for t in row.treatments
        ]
        row.screening_findings = safety.findings_json(
            safety.screen_in(s, old.patient_id, row.starts_at, lines)
        )
        session_service.audit_session(s, row, actor=actor, action="create")
        return row.id

"""Planning a course: proposing its dates, then booking the course and all its sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain import clock, schedule
from mesodesk.domain import session_rules as rules
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import local, local_midnight, to_utc
from mesodesk.domain.enums import CourseStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit, safety, slots
from mesodesk.services import sessions as session_service
from mesodesk.services.access import require
from mesodesk.services.courses.common import (
    MAX_INTERVAL_DAYS,
    MAX_MAINTENANCE_DAYS,
    MAX_SESSIONS,
    MAX_TITLE,
    MIN_SESSIONS,
    SEARCH_DAYS,
    CourseInput,
    busy_intervals,
    new_session,
    opening_hours,
    when_text,
)
from mesodesk.services.dto import TreatmentInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    Course,
    Indication,
    Patient,
    Practitioner,
    SolutionType,
    TreatmentArea,
)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A booked session that overlaps a wanted time."""

    session_id: int
    patient_id: int
    patient_name: str
    practitioner_id: int | None
    practitioner_name: str
    starts_at: datetime
    """In the clinic's zone."""
    ends_at: datetime


def propose(
    db: Database, data: CourseInput, *, now: datetime | None = None, actor: User
) -> list[datetime]:
    """Start times (aware, clinic's zone) for the course's sessions; nothing is written.

    Sessions fall in the opening hours, never before ``now`` (default: the current time),
    never on top of another booking of the practitioner or of the patient, at least
    ``interval_days`` apart, each at the preferred time when it is free and otherwise at the
    nearest free slot.
    """
    zone = clinic_zone(db)
    hours = opening_hours(db)
    now = local(now, zone) if now is not None else clock.local_now(zone)
    with db.read() as s:
        require(s, actor, Permission.BOOK)
        errors = check_input(s, data)
        if errors:
            raise ValidationFailed(errors)
        first = max(data.start_date, now.date())
        span = data.sessions * (data.interval_days + SEARCH_DAYS + 1) + 7
        busy = busy_intervals(
            s,
            practitioner_ids={data.practitioner_id} if data.practitioner_id else set(),
            patient_id=data.patient_id,
            start=local_midnight(first, zone),
            end=local_midnight(first + timedelta(days=span), zone),
        )
    try:
        return schedule.propose_course(
            start=data.start_date,
            sessions=data.sessions,
            interval_days=data.interval_days,
            preferred_time=data.preferred_time,
            duration=timedelta(minutes=data.duration_minutes),
            hours=hours,
            busy=busy,
            zone=zone,
            preferred_weekday=data.preferred_weekday,
            not_before=now,
            max_days=SEARCH_DAYS,
        )
    except ValueError as error:
        raise ValidationFailed({"starts": str(error)}) from error


def ideal_starts(data: CourseInput, starts: Sequence[datetime]) -> list[bool]:
    """For each proposed start, whether it is where the plan wanted it (False: it moved to
    the nearest free slot because the ideal day or time was closed, past or taken)."""
    out: list[bool] = []
    at = data.preferred_time.replace(tzinfo=None, fold=0)
    day = data.start_date
    if data.preferred_weekday is not None:
        day += timedelta(days=(data.preferred_weekday - day.weekday()) % 7)
    for start in starts:
        out.append(start.date() == day and start.time().replace(fold=0) == at)
        day = start.date() + timedelta(days=data.interval_days)
    return out


def create_course(
    db: Database, data: CourseInput, starts: Sequence[datetime], *, actor: User
) -> int:
    """Save the course and one planned session per start, in one transaction; its id.

    Each session gets one treatment line per area with the course's solution type (product
    and lot are chosen on the day). Every start is checked again against the diaries inside
    the transaction, so a slot taken since the proposal is refused (naming the clash), not
    double-booked.
    """
    zone = clinic_zone(db)
    hours = opening_hours(db)
    duration = timedelta(minutes=data.duration_minutes)
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        errors = check_input(s, data)
        starts_local = [local(start, zone) for start in starts]
        if len(starts_local) != data.sessions:
            errors["starts"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The course has {sessions} sessions but {count} dates were given; propose the dates again.",
                ),
                sessions=data.sessions,
                count=len(starts_local),
            )
        if errors:
            raise ValidationFailed(errors)
        for number, start in enumerate(starts_local, start=1):
            previous = starts_local[number - 2] if number > 1 else None
            if previous is not None and start.astimezone(UTC) < previous.astimezone(UTC) + duration:
                errors["starts"] = Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Session {number} ({when}) must start after session {previous} has ended.",
                    ),
                    number=number,
                    when=when_text(start),
                    previous=number - 1,
                )
                break
            if not hours.is_open(start, start + duration):
                errors["starts"] = Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Session {number} ({when}) is outside the opening hours."
                    ),
                    number=number,
                    when=when_text(start),
                )
                break
            found = slots.clashes_in(
                s,
                zone,
                patient_id=data.patient_id,
                practitioner_id=data.practitioner_id,
                starts_at=start,
                duration_minutes=data.duration_minutes,
            )
            if found:
                errors["starts"] = Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Session {number} ({when}) is now taken: {clash_message} Propose the dates again.",
                    ),
                    number=number,
                    when=when_text(start),
                    clash_message=slots.clash_message(found),
                )
                break
        if errors:
            raise ValidationFailed(errors)

        area_rows = areas_by_code(s, data.areas)
        now = audit.utcnow()
        course = Course(
            patient_id=data.patient_id,
            title=data.title.strip()[:MAX_TITLE] or _title(s, data, area_rows),
            solution_type_id=data.solution_type_id,
            practitioner_id=data.practitioner_id,
            indications=list(dict.fromkeys(data.indications)),
            areas=[a.code for a in area_rows],
            planned_sessions=data.sessions,
            interval_days=data.interval_days,
            maintenance_interval_days=data.maintenance_interval_days,
            preferred_weekday=data.preferred_weekday,
            preferred_time=f"{data.preferred_time.hour:02d}:{data.preferred_time.minute:02d}",
            start_date=starts_local[0].date(),
            status=CourseStatus.PLANNED.value,
            notes=data.notes,
            created_at=now,
        )
        s.add(course)
        s.flush()
        audit.record(
            s,
            actor=actor,
            action="create",
            entity="course",
            entity_id=course.id,
            after=audit.snapshot(course),
        )
        lines = [TreatmentInput(a.id, solution_type_id=data.solution_type_id) for a in area_rows]
        findings = safety.findings_json(
            safety.screen_in(s, data.patient_id, to_utc(starts_local[0], zone), lines)
        )
        for start in starts_local:
            row = new_session(
                course_id=course.id,
                patient_id=data.patient_id,
                practitioner_id=data.practitioner_id,
                starts_at=to_utc(start, zone),
                duration_minutes=data.duration_minutes,
                lines=[(a.id, data.solution_type_id) for a in area_rows],
                now=now,
            )
            row.screening_findings = findings
            session_service.audit_session(s, row, actor=actor, action="create")
        return course.id


def practitioner_conflicts(
    db: Database,
    practitioner_id: int,
    start: datetime,
    duration_minutes: int,
    *,
    ignore_session_id: int | None = None,
) -> list[Conflict]:
    """The practitioner's booked or done sessions overlapping ``start`` (aware or local)."""
    zone = clinic_zone(db)
    with db.read() as s:
        found = slots.clashes_in(
            s,
            zone,
            # No patient's own diary here: 0 matches no patient.
            patient_id=0,
            practitioner_id=practitioner_id,
            starts_at=start,
            duration_minutes=duration_minutes,
            ignore=() if ignore_session_id is None else (ignore_session_id,),
            lock=False,
        )
    return [
        Conflict(
            session_id=c.other.session_id,
            patient_id=c.other.patient_id,
            patient_name=c.other.patient_name,
            practitioner_id=c.other.practitioner_id,
            practitioner_name=c.other.practitioner_name,
            starts_at=c.other.starts_at.replace(tzinfo=zone),
            ends_at=c.other.ends_at.replace(tzinfo=zone),
        )
        for c in found
        if c.same_practitioner
    ]


def check_input(s: Session, data: CourseInput) -> dict[str, str]:
    """What is wrong with the course as asked, by field (empty: nothing)."""
    errors: dict[str, str] = {}
    patient = s.get(Patient, data.patient_id)
    if patient is None:
        errors["patient_id"] = Message(QT_TRANSLATE_NOOP("messages", "Choose a patient."))
    elif patient.archived_at is not None:
        errors["patient_id"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "This patient is archived; restore the record to plan a course."
            )
        )
    if s.get(SolutionType, data.solution_type_id) is None:
        errors["solution_type_id"] = Message(
            QT_TRANSLATE_NOOP("messages", "Choose the solution type.")
        )
    if data.practitioner_id is None:
        errors["practitioner_id"] = Message(
            QT_TRANSLATE_NOOP("messages", "Choose the practitioner.")
        )
    else:
        practitioner = s.get(Practitioner, data.practitioner_id)
        if practitioner is None or practitioner.archived_at is not None:
            errors["practitioner_id"] = Message(
                QT_TRANSLATE_NOOP("messages", "Choose a current practitioner.")
            )
    if not data.areas:
        errors["areas"] = Message(
            QT_TRANSLATE_NOOP("messages", "Tick at least one treatment area.")
        )
    else:
        known = set(s.scalars(select(TreatmentArea.code).where(TreatmentArea.code.in_(data.areas))))
        unknown = [code for code in data.areas if code not in known]
        if unknown:
            errors["areas"] = Message(
                QT_TRANSLATE_NOOP("messages", "Unknown treatment area {value!r}."), value=unknown[0]
            )
    if not data.indications:
        errors["indications"] = Message(
            QT_TRANSLATE_NOOP("messages", "Tick at least one indication.")
        )
    else:
        known = set(s.scalars(select(Indication.code).where(Indication.code.in_(data.indications))))
        unknown = [code for code in data.indications if code not in known]
        if unknown:
            errors["indications"] = Message(
                QT_TRANSLATE_NOOP("messages", "Unknown indication {value!r}."), value=unknown[0]
            )
    if not MIN_SESSIONS <= data.sessions <= MAX_SESSIONS:
        errors["sessions"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "A course has {low} to {high} sessions (usually 4 to 10).",
            ),
            low=MIN_SESSIONS,
            high=MAX_SESSIONS,
        )
    if not 1 <= data.interval_days <= MAX_INTERVAL_DAYS:
        errors["interval_days"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "The interval between sessions must be 1 to {limit} days."
            ),
            limit=MAX_INTERVAL_DAYS,
        )
    if data.maintenance_interval_days is not None and not (
        1 <= data.maintenance_interval_days <= MAX_MAINTENANCE_DAYS
    ):
        errors["maintenance_interval_days"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The maintenance interval must be 1 to {limit} days, or none.",
            ),
            limit=MAX_MAINTENANCE_DAYS,
        )
    problem = rules.duration_problem(data.duration_minutes)
    if problem:
        errors["duration_minutes"] = problem
    if data.preferred_weekday is not None and not 0 <= data.preferred_weekday <= 6:
        errors["preferred_weekday"] = Message(
            QT_TRANSLATE_NOOP("messages", "The preferred weekday must be Monday to Sunday, or any.")
        )
    if data.preferred_time.second or data.preferred_time.microsecond:
        errors["preferred_time"] = Message(
            QT_TRANSLATE_NOOP("messages", "The preferred time must be in whole minutes.")
        )
    return errors


def areas_by_code(s: Session, codes: Sequence[str]) -> list[TreatmentArea]:
    """The treatment areas of ``codes``, in that order, once each."""
    rows = {
        a.code: a for a in s.scalars(select(TreatmentArea).where(TreatmentArea.code.in_(codes)))
    }
    return [rows[code] for code in dict.fromkeys(codes) if code in rows]


def _title(s: Session, data: CourseInput, areas: Sequence[TreatmentArea]) -> str:
    names = dict(
        s.execute(
            select(Indication.code, Indication.name).where(Indication.code.in_(data.indications))
        ).all()
    )
    first = names.get(data.indications[0], "") if data.indications else ""
    where = ", ".join(a.name for a in areas)
    return (f"{first}: {where}" if first else where)[:MAX_TITLE]

"""Adverse events after a session: recording, amending, resolving, and the open list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain import clock
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.enums import SessionStatus, Severity
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.chart import AdverseEventRecord, adverse_event_record
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.sessions import from_utc
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import AdverseEvent, Patient, SideEffect, TreatmentSession

ENTITY = "adverse_event"
_UNTREATED = (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)


@dataclass(frozen=True, slots=True)
class AdverseEventInput:
    """What the user records about an event; the patient is always the session's patient."""

    session_id: int
    side_effect_code: str
    onset_date: date
    severity: str
    description: str = ""
    action_taken: str = ""
    follow_up_date: date | None = None
    outcome: str = ""
    resolved_date: date | None = None
    reported_to_authority: bool | None = None
    """Whether the event was reported to the health authority; required for severe events."""
    patient_id: int | None = None
    """Optional check: when given, it must be the patient of ``session_id``."""


@dataclass(frozen=True, slots=True)
class SideEffectType:
    """A catalog side effect with what the clinic expects of it."""

    code: str
    name: str
    expected: bool
    rare: bool
    typical_duration: str


@dataclass(frozen=True, slots=True)
class OpenEvent:
    """One unresolved event, as the "Open adverse events" list shows it."""

    id: int
    session_id: int
    patient_id: int
    patient_name: str
    phone: str
    session_date: date
    """The session's day in the clinic's time zone."""
    side_effect_code: str
    side_effect_name: str
    severity: str
    onset_date: date
    follow_up_date: date | None
    action_taken: str
    description: str
    reported_to_authority: bool | None
    days_open: int
    """Days since onset."""
    days_overdue: int
    """Days since the follow-up date passed; 0 when it is today, later or not set."""

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def side_effect_types(db: Database) -> list[SideEffectType]:
    """The side-effect catalog in its display order."""
    with db.read() as s:
        rows = s.scalars(select(SideEffect).order_by(SideEffect.sort_order, SideEffect.id))
        return [
            SideEffectType(r.code, r.name, bool(r.expected), bool(r.rare), r.typical_duration)
            for r in rows
        ]


def _clean(data: AdverseEventInput) -> AdverseEventInput:
    return replace(
        data,
        side_effect_code=data.side_effect_code.strip(),
        severity=data.severity.strip().lower(),
        description=data.description.strip(),
        action_taken=data.action_taken.strip(),
        outcome=data.outcome.strip(),
    )


def _session_day(row: TreatmentSession, zone: ZoneInfo) -> date:
    return from_utc(row.starts_at, zone).date()


def _validate(
    s: Session,
    data: AdverseEventInput,
    *,
    session_day: date | None,
    today: date,
    current: AdverseEvent | None = None,
) -> dict[str, str]:
    """Every problem with ``data`` (field name -> message); empty when it can be saved."""
    errors: dict[str, str] = {}
    session = s.get(TreatmentSession, data.session_id)
    if session is None:
        errors["session_id"] = Message(
            QT_TRANSLATE_NOOP("messages", "There is no session with number {session_id}."),
            session_id=data.session_id,
        )
    else:
        if data.patient_id is not None and data.patient_id != session.patient_id:
            errors["session_id"] = Message(
                QT_TRANSLATE_NOOP("messages", "That session belongs to another patient.")
            )
        elif current is not None and current.patient_id != session.patient_id:
            errors["session_id"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "An event cannot be moved to another patient's session."
                )
            )
        elif session.status in _UNTREATED and (current is None or current.session_id != session.id):
            errors["session_id"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "No treatment was given in that session (cancelled or missed)."
                )
            )
    code_kept = current is not None and current.side_effect_code == data.side_effect_code
    if not data.side_effect_code:
        errors["side_effect_code"] = Message(
            QT_TRANSLATE_NOOP("messages", "Choose the type of event.")
        )
    elif (
        not code_kept
        and s.scalar(select(SideEffect.id).where(SideEffect.code == data.side_effect_code)) is None
    ):
        errors["side_effect_code"] = Message(
            QT_TRANSLATE_NOOP("messages", "Unknown type of event {side_effect_code!r}."),
            side_effect_code=data.side_effect_code,
        )
    if data.severity not in set(Severity):
        errors["severity"] = Message(
            QT_TRANSLATE_NOOP("messages", "Choose the severity: mild, moderate or severe.")
        )
    elif data.severity == Severity.SEVERE and data.reported_to_authority is None:
        errors["reported_to_authority"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "A severe event must say whether it was reported to the authority (yes or no).",
            )
        )
    if session_day is not None and session_day > today:
        errors["session_id"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "This session has not taken place yet (it is booked for {session_day:%d %b %Y}); an adverse event can be recorded once it has.",
            ),
            session_day=session_day,
        )
    elif session_day is not None and data.onset_date < session_day:
        errors["onset_date"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The onset cannot be before the session it follows ({session_day:%d %b %Y}).",
            ),
            session_day=session_day,
        )
    elif data.onset_date > today:
        errors["onset_date"] = Message(
            QT_TRANSLATE_NOOP("messages", "The onset cannot be in the future.")
        )
    if data.follow_up_date is not None and data.follow_up_date < data.onset_date:
        errors["follow_up_date"] = Message(
            QT_TRANSLATE_NOOP("messages", "The follow-up cannot be before the onset.")
        )
    if data.resolved_date is not None:
        if data.resolved_date < data.onset_date:
            errors["resolved_date"] = Message(
                QT_TRANSLATE_NOOP("messages", "The event cannot be resolved before its onset.")
            )
        elif data.resolved_date > today:
            errors["resolved_date"] = Message(
                QT_TRANSLATE_NOOP("messages", "The resolved date cannot be in the future.")
            )
        if not data.outcome:
            errors["outcome"] = Message(
                QT_TRANSLATE_NOOP("messages", "Describe the outcome of a resolved event.")
            )
    return errors


def _check(
    zone: ZoneInfo,
    s: Session,
    data: AdverseEventInput,
    today: date | None,
    current: AdverseEvent | None = None,
) -> TreatmentSession:
    session = s.get(TreatmentSession, data.session_id)
    errors = _validate(
        s,
        data,
        session_day=_session_day(session, zone) if session is not None else None,
        today=today or clock.local_now(zone).date(),
        current=current,
    )
    if errors:
        raise ValidationFailed(errors)
    assert session is not None
    return session


def _apply(row: AdverseEvent, data: AdverseEventInput, patient_id: int) -> None:
    row.session_id = data.session_id
    row.patient_id = patient_id
    row.side_effect_code = data.side_effect_code
    row.onset_date = data.onset_date
    row.severity = data.severity
    row.description = data.description
    row.action_taken = data.action_taken
    row.follow_up_date = data.follow_up_date
    row.outcome = data.outcome
    row.resolved_date = data.resolved_date
    row.reported_to_authority = data.reported_to_authority


def _load(s: Session, event_id: int) -> AdverseEvent:
    row = s.get(AdverseEvent, event_id)
    if row is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no adverse event with number {event_id}."),
                event_id=event_id,
            )
        )
    return row


def record_event(
    db: Database, data: AdverseEventInput, *, actor: User, today: date | None = None
) -> int:
    """Record a new event against its session; returns the event's id."""
    data = _clean(data)
    zone = clinic_zone(db)
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        session = _check(zone, s, data, today)
        row = AdverseEvent(created_at=audit.utcnow())
        _apply(row, data, session.patient_id)
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor=actor,
            action="create",
            entity=ENTITY,
            entity_id=row.id,
            after=audit.snapshot(row),
        )
        return row.id


def update_event(
    db: Database,
    event_id: int,
    data: AdverseEventInput,
    *,
    actor: User,
    today: date | None = None,
) -> None:
    """Amend an event; the audit keeps the values before and after."""
    data = _clean(data)
    zone = clinic_zone(db)
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        row = _load(s, event_id)
        session = _check(zone, s, data, today, current=row)
        before = audit.snapshot(row)
        _apply(row, data, session.patient_id)
        after = audit.snapshot(row)
        if audit.changed(before, after):
            audit.record(
                s,
                actor=actor,
                action="update",
                entity=ENTITY,
                entity_id=row.id,
                before=before,
                after=after,
            )


def resolve_event(
    db: Database,
    event_id: int,
    outcome: str,
    resolved_date: date,
    *,
    actor: User,
    today: date | None = None,
) -> None:
    """Close an open event with its outcome and the day it resolved."""
    zone = clinic_zone(db)
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        row = _load(s, event_id)
        if row.resolved_date is not None:
            raise ValidationFailed(
                {
                    "resolved_date": Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "This event was already resolved on {resolved_date:%d %b %Y}.",
                        ),
                        resolved_date=row.resolved_date,
                    )
                }
            )
        data = replace(_current_input(row), outcome=outcome.strip(), resolved_date=resolved_date)
        _check(zone, s, data, today, current=row)
        before = audit.snapshot(row)
        row.outcome = data.outcome
        row.resolved_date = resolved_date
        audit.record(
            s,
            actor=actor,
            action="update",
            entity=ENTITY,
            entity_id=row.id,
            before=before,
            after=audit.snapshot(row),
        )


def _current_input(row: AdverseEvent) -> AdverseEventInput:
    return AdverseEventInput(
        session_id=row.session_id,
        side_effect_code=row.side_effect_code,
        onset_date=row.onset_date,
        severity=row.severity,
        description=row.description,
        action_taken=row.action_taken,
        follow_up_date=row.follow_up_date,
        outcome=row.outcome,
        resolved_date=row.resolved_date,
        reported_to_authority=row.reported_to_authority,
    )


def get_event(db: Database, event_id: int, *, actor: User) -> AdverseEventRecord:
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        row = _load(s, event_id)
        name = s.scalar(select(SideEffect.name).where(SideEffect.code == row.side_effect_code))
        return adverse_event_record(row, name)


def _stored_time(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def open_events(db: Database, *, actor: User, today: date | None = None) -> list[OpenEvent]:
    """Unresolved events by follow-up date (overdue first, events without a date last).

    ``today`` (the clinic's today by default) decides what is overdue.
    """
    zone = clinic_zone(db)
    today = today or clock.local_now(zone).date()
    query = (
        select(
            AdverseEvent,
            SideEffect.name,
            Patient.given_name,
            Patient.family_name,
            Patient.phone,
            TreatmentSession.starts_at,
        )
        .join(TreatmentSession, AdverseEvent.session_id == TreatmentSession.id)
        .join(Patient, AdverseEvent.patient_id == Patient.id)
        .outerjoin(SideEffect, AdverseEvent.side_effect_code == SideEffect.code)
        .where(AdverseEvent.resolved_date.is_(None))
        .order_by(
            AdverseEvent.follow_up_date.is_(None),
            AdverseEvent.follow_up_date,
            AdverseEvent.onset_date,
            AdverseEvent.id,
        )
    )
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        rows = s.execute(query).all()
        return [
            OpenEvent(
                id=e.id,
                session_id=e.session_id,
                patient_id=e.patient_id,
                patient_name=f"{given} {family}".strip(),
                phone=phone,
                session_date=from_utc(_stored_time(starts_at), zone).date(),
                side_effect_code=e.side_effect_code,
                side_effect_name=name or e.side_effect_code,
                severity=e.severity,
                onset_date=e.onset_date,
                follow_up_date=e.follow_up_date,
                action_taken=e.action_taken,
                description=e.description,
                reported_to_authority=e.reported_to_authority,
                days_open=max(0, (today - e.onset_date).days),
                days_overdue=max(0, (today - e.follow_up_date).days)
                if e.follow_up_date is not None
                else 0,
            )
            for e, name, given, family, phone, starts_at in rows
        ]

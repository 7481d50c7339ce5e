"""What the course modules share: limits, the input and move records, and small helpers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from mesodesk.domain import session_rules as rules
from mesodesk.domain.clock import naive_utc
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message, Shown
from mesodesk.domain.schedule import Busy, OpeningHours
from mesodesk.services import settings
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import SessionTreatment, SolutionType, TreatmentSession

MIN_SESSIONS, MAX_SESSIONS = 1, 20
MAX_INTERVAL_DAYS = 365
MAX_MAINTENANCE_DAYS = 730
SEARCH_DAYS = 28
"""How far past the ideal day a free slot is looked for."""
MAX_TITLE = 160

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def status_values(statuses: Iterable[SessionStatus]) -> tuple[str, ...]:
    """A status set of :mod:`session_rules` as stored values, in a stable order for SQL."""
    return tuple(sorted(str(x) for x in statuses))


BOOKED = status_values(rules.BOOKED)
MISSED = status_values(rules.MISSED)
OCCUPYING = status_values(rules.OCCUPYING)
MOVABLE = status_values(rules.MOVABLE)


@dataclass(frozen=True, slots=True)
class CourseInput:
    """What the course editor asks for; ``start_date`` is the first day to look from."""

    patient_id: int
    solution_type_id: int
    practitioner_id: int | None
    areas: tuple[str, ...]
    """Treatment area codes."""
    indications: tuple[str, ...]
    """Indication codes."""
    sessions: int
    interval_days: int
    maintenance_interval_days: int | None
    start_date: date
    preferred_time: time
    preferred_weekday: int | None
    """Monday = 0 ... Sunday = 6; None for any day."""
    duration_minutes: int = rules.DEFAULT_DURATION_MINUTES
    title: str = ""
    """Empty: made from the indications and areas ("Acne: Cheeks, Jawline")."""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Move:
    """One session moving from ``old_start`` to ``new_start`` (aware, clinic's zone)."""

    session_id: int
    old_start: datetime
    new_start: datetime


# --- settings and catalog --------------------------------------------------------------------


def opening_hours(db: Database) -> OpeningHours:
    """The clinic's opening hours ("clinic.opening_hours"; the default week when unset)."""
    value = settings.get(db, "clinic.opening_hours")
    try:
        return OpeningHours.from_setting(value)
    except ValueError as error:
        raise ValidationFailed(
            {
                "clinic.opening_hours": Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{error} Correct the opening hours in the settings."
                    ),
                    error=error,
                )
            }
        ) from error


def defaults_for(db: Database, solution_type_id: int) -> tuple[int, int, int | None]:
    """(sessions, interval days, maintenance interval days) the catalog suggests."""
    with db.read() as s:
        row = s.get(SolutionType, solution_type_id)
        if row is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "There is no solution type with number {solution_type_id}."
                    ),
                    solution_type_id=solution_type_id,
                )
            )
        return row.default_sessions, row.default_interval_days, row.maintenance_interval_days


# --- small helpers ---------------------------------------------------------------------------


def when_text(moment: datetime) -> Shown:
    """ "Tue 1 Dec 2026 10:00" (in a translated message: the moment the user's way)."""
    return Shown(
        f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} "
        f"{moment.year} {moment:%H:%M}",
        moment,
    )


def as_date(value: Any) -> date:
    """A date, whatever form an expression column came back in."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> datetime:
    """A stored naive-UTC timestamp, whatever form an expression column came back in."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def parse_hhmm(value: str | None) -> time | None:
    if not value:
        return None
    try:
        hours, minutes = value.split(":", 1)
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def session_row(s: Session, session_id: int) -> TreatmentSession:
    row = s.get(TreatmentSession, session_id)
    if row is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no session with number {session_id}."),
                session_id=session_id,
            )
        )
    return row


def check_movable(row: TreatmentSession) -> None:
    """Refuse to move a session whose status keeps it where it was."""
    if row.status == SessionStatus.DONE:
        raise ValidationFailed(
            {"status": Message(QT_TRANSLATE_NOOP("messages", "Done sessions are never moved."))}
        )
    if row.status not in MOVABLE:
        raise ValidationFailed(
            {
                "status": Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A cancelled or missed session keeps its date; book a replacement instead.",
                    )
                )
            }
        )


def new_session(
    *,
    course_id: int | None,
    patient_id: int,
    practitioner_id: int | None,
    starts_at: datetime,
    duration_minutes: int,
    lines: Sequence[tuple[int, int | None]],
    now: datetime,
    notes: str = "",
) -> TreatmentSession:
    """A planned session (not yet added): the lines are (area id, solution type id)."""
    return TreatmentSession(
        patient_id=patient_id,
        course_id=course_id,
        practitioner_id=practitioner_id,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        status=SessionStatus.PLANNED.value,
        status_reason="",
        anaesthetic_used=False,
        anaesthetic_product="",
        immediate_reactions=[],
        notes=notes,
        created_at=now,
        updated_at=now,
        override_reason="",
        override_by="",
        treatments=[
            SessionTreatment(position=n, area_id=area_id, solution_type_id=type_id)
            for n, (area_id, type_id) in enumerate(lines)
        ],
    )


def busy_intervals(
    s: Session,
    *,
    practitioner_ids: set[int],
    patient_id: int | None,
    start: datetime,
    end: datetime,
    ignore: Iterable[int] = (),
) -> list[Busy]:
    """Occupied [start, end) of the practitioners or the patient overlapping [start, end).

    The planner's fast read: bare intervals over weeks of diary, no names. A single wanted
    slot is checked with :func:`mesodesk.services.slots.clashes_in`, which names the clash.
    """
    lo = naive_utc(start) - timedelta(minutes=rules.MAX_DURATION_MINUTES)
    hi = naive_utc(end)
    who: list[ColumnElement[bool]] = []
    if practitioner_ids:
        who.append(TreatmentSession.practitioner_id.in_(practitioner_ids))
    if patient_id is not None:
        who.append(TreatmentSession.patient_id == patient_id)
    if not who:
        return []
    skip = set(ignore)
    out: list[Busy] = []
    for session_id, starts_at, minutes in s.execute(
        select(
            TreatmentSession.id, TreatmentSession.starts_at, TreatmentSession.duration_minutes
        ).where(
            or_(*who),
            TreatmentSession.status.in_(OCCUPYING),
            TreatmentSession.starts_at >= lo,
            TreatmentSession.starts_at < hi,
        )
    ):
        if session_id in skip:
            continue
        begins = starts_at.replace(tzinfo=UTC)
        out.append((begins, begins + timedelta(minutes=minutes)))
    return out

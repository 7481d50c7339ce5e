"""Treatment courses: planning their sessions, moving and cancelling them, progress and recalls."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from mesodesk.domain import schedule
from mesodesk.domain.csvsafe import to_csv
from mesodesk.domain.enums import CourseStatus, SessionStatus
from mesodesk.domain.schedule import Busy, OpeningHours
from mesodesk.services import audit, safety, settings
from mesodesk.services import sessions as session_service
from mesodesk.services.dto import TreatmentInput
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.sessions import from_utc, to_utc
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    AuditEvent,
    Course,
    Indication,
    Patient,
    Practitioner,
    SessionTreatment,
    SolutionType,
    TreatmentArea,
    TreatmentSession,
)

MIN_SESSIONS, MAX_SESSIONS = 1, 20
MAX_INTERVAL_DAYS = 365
MAX_MAINTENANCE_DAYS = 730
MIN_DURATION, MAX_DURATION = 5, 480
"""Session lengths the session editor accepts; the longest bounds every overlap search."""
SEARCH_DAYS = 28
"""How far past the ideal day a free slot is looked for."""

BOOKED = (SessionStatus.PLANNED.value, SessionStatus.ARRIVED.value)
MISSED = (SessionStatus.CANCELLED.value, SessionStatus.NO_SHOW.value)
OCCUPYING = (*BOOKED, SessionStatus.DONE.value)
"""Sessions that take up the practitioner's and the patient's time."""

MAINTENANCE_DUE = "maintenance due"
MAINTENANCE_OVERDUE = "maintenance overdue"
NO_NEXT_SESSION = "no next session"
RECALL_KINDS = (MAINTENANCE_OVERDUE, MAINTENANCE_DUE, NO_NEXT_SESSION)

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MAX_TITLE = 160


# --- data in and out ---------------------------------------------------------------------


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
    duration_minutes: int = 45
    title: str = ""
    """Empty: made from the indications and areas ("Acne: Cheeks, Jawline")."""
    notes: str = ""


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


@dataclass(frozen=True, slots=True)
class Move:
    """One session moving from ``old_start`` to ``new_start`` (aware, clinic's zone)."""

    session_id: int
    old_start: datetime
    new_start: datetime


@dataclass(frozen=True, slots=True)
class CourseProgress:
    """How far a course has got, for the patient chart."""

    id: int
    patient_id: int
    title: str
    solution_type_id: int | None
    solution_type_name: str
    practitioner_id: int | None
    practitioner_name: str
    areas: tuple[str, ...]
    """Area names, in the course's order."""
    planned_sessions: int
    """The number of sessions the course aims for."""
    done_count: int
    planned_count: int
    """Booked (planned or arrived) sessions not done yet."""
    missed_count: int
    """Cancelled or not attended."""
    next_session: datetime | None
    """The first booked session from today on, in the clinic's zone."""
    last_session: date | None
    """The local date of the last done session."""
    status: str
    """A :class:`CourseStatus` value."""
    status_reason: str
    """Why the course was last set to its status by hand (e.g. why it was abandoned)."""
    start_date: date
    interval_days: int
    maintenance_interval_days: int | None
    maintenance_due: date | None
    """For a completed course: its last done session + the maintenance interval."""
    timeline: tuple[tuple[date, str], ...]
    """(local date, session status) of every session of the course, in time order."""
    archived: bool = False

    @property
    def remaining(self) -> int:
        """Sessions still to plan to reach the course's target."""
        return max(0, self.planned_sessions - self.done_count - self.planned_count)


@dataclass(frozen=True, slots=True)
class RecallItem:
    """A patient to call: maintenance due or overdue, or a course without a next session."""

    kind: str
    """:data:`MAINTENANCE_DUE`, :data:`MAINTENANCE_OVERDUE` or :data:`NO_NEXT_SESSION`."""
    patient_id: int
    patient_name: str
    phone: str
    course_id: int
    course_title: str
    last_session: date | None
    """The local date of the patient's last done session (of the course, for an open one)."""
    due_date: date
    days_overdue: int
    """Days past ``due_date`` (0 or negative: not yet due, due in that many days)."""
    practitioner_id: int | None = None
    practitioner_name: str = ""


# --- settings and catalog ----------------------------------------------------------------


def opening_hours(db: Database) -> OpeningHours:
    """The clinic's opening hours ("clinic.opening_hours"; the default week when unset)."""
    value = settings.get(db, "clinic.opening_hours")
    try:
        return OpeningHours.from_setting(value)
    except ValueError as error:
        raise ValidationFailed(
            {"clinic.opening_hours": f"{error} Correct the opening hours in the settings."}
        ) from error


def defaults_for(db: Database, solution_type_id: int) -> tuple[int, int, int | None]:
    """(sessions, interval days, maintenance interval days) the catalog suggests."""
    with db.read() as s:
        row = s.get(SolutionType, solution_type_id)
        if row is None:
            raise NotFound(f"There is no solution type with number {solution_type_id}.")
        return row.default_sessions, row.default_interval_days, row.maintenance_interval_days


# --- planning a course -------------------------------------------------------------------


def propose(db: Database, data: CourseInput, *, now: datetime | None = None) -> list[datetime]:
    """Start times (aware, clinic's zone) for the course's sessions; nothing is written.

    Sessions fall in the opening hours, never before ``now`` (default: the current time),
    never on top of another booking of the practitioner or of the patient, at least
    ``interval_days`` apart, each at the preferred time when it is free and otherwise at the
    nearest free slot.
    """
    zone = clinic_zone(db)
    hours = opening_hours(db)
    now = _local(now, zone) if now is not None else datetime.now(zone)
    with db.read() as s:
        errors = _check_input(s, data)
        if errors:
            raise ValidationFailed(errors)
        first = max(data.start_date, now.date())
        span = data.sessions * (data.interval_days + SEARCH_DAYS + 1) + 7
        busy = _busy(
            s,
            practitioner_ids={data.practitioner_id} if data.practitioner_id else set(),
            patient_id=data.patient_id,
            start=_local_midnight(first, zone),
            end=_local_midnight(first + timedelta(days=span), zone),
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
    db: Database, data: CourseInput, starts: Sequence[datetime], *, actor: str
) -> int:
    """Save the course and one planned session per start, in one transaction; its id.

    Each session gets one treatment line per area with the course's solution type (product
    and lot are chosen on the day). Every start is checked again against the diaries inside
    the transaction, so a slot taken since the proposal is refused, not double-booked.
    """
    zone = clinic_zone(db)
    hours = opening_hours(db)
    duration = timedelta(minutes=data.duration_minutes)
    with db.begin() as s:
        errors = _check_input(s, data)
        local = [_local(start, zone) for start in starts]
        if len(local) != data.sessions:
            errors["starts"] = (
                f"The course has {data.sessions} sessions but {len(local)} dates were given; "
                "propose the dates again."
            )
        if errors:
            raise ValidationFailed(errors)
        for number, start in enumerate(local, start=1):
            if number > 1 and start.astimezone(UTC) < local[number - 2].astimezone(UTC) + duration:
                errors["starts"] = (
                    f"Session {number} ({_when(start)}) must start after session {number - 1} "
                    "has ended."
                )
                break
            if not hours.is_open(start, start + duration):
                errors["starts"] = (
                    f"Session {number} ({_when(start)}) is outside the opening hours."
                )
                break
            clash = _conflicts(
                s,
                zone,
                practitioner_id=data.practitioner_id,
                patient_id=data.patient_id,
                start=start,
                duration=duration,
            )
            if clash:
                errors["starts"] = (
                    f"Session {number} ({_when(start)}) is now taken: "
                    f"{_clash_text(clash[0], data.patient_id)} Propose the dates again."
                )
                break
        if errors:
            raise ValidationFailed(errors)

        area_rows = _areas_by_code(s, data.areas)
        now = audit.utcnow()
        course = Course(
            patient_id=data.patient_id,
            title=data.title.strip()[:_MAX_TITLE] or _title(s, data, area_rows),
            solution_type_id=data.solution_type_id,
            practitioner_id=data.practitioner_id,
            indications=list(dict.fromkeys(data.indications)),
            areas=[a.code for a in area_rows],
            planned_sessions=data.sessions,
            interval_days=data.interval_days,
            maintenance_interval_days=data.maintenance_interval_days,
            preferred_weekday=data.preferred_weekday,
            preferred_time=f"{data.preferred_time.hour:02d}:{data.preferred_time.minute:02d}",
            start_date=local[0].date(),
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
            safety.screen_in(s, data.patient_id, to_utc(local[0], zone), lines)
        )
        for start in local:
            row = _new_session(
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
        return _conflicts(
            s,
            zone,
            practitioner_id=practitioner_id,
            patient_id=None,
            start=_local(start, zone),
            duration=timedelta(minutes=duration_minutes),
            ignore=() if ignore_session_id is None else (ignore_session_id,),
        )


# --- moving sessions ---------------------------------------------------------------------


def later_planned_in_course(db: Database, session_id: int) -> list[int]:
    """Ids of the planned sessions of the same course after this one, in time order."""
    with db.read() as s:
        row = _session(s, session_id)
        if row.course_id is None:
            return []
        return list(
            s.scalars(
                select(TreatmentSession.id)
                .where(
                    TreatmentSession.course_id == row.course_id,
                    TreatmentSession.id != row.id,
                    TreatmentSession.status == SessionStatus.PLANNED.value,
                    TreatmentSession.starts_at > row.starts_at,
                )
                .order_by(TreatmentSession.starts_at, TreatmentSession.id)
            )
        )


def plan_move(
    db: Database,
    session_id: int,
    new_start: datetime,
    *,
    practitioner_id: int | None = None,
    shift_following: bool,
) -> list[Move]:
    """The moves that taking a session to ``new_start`` needs; nothing is written.

    The first move is the session itself (to ``practitioner_id`` too when given). With
    ``shift_following``, the course's later planned sessions move as little as needed to keep
    the course's interval and stay free of clashes; only those that change are listed.
    """
    zone = clinic_zone(db)
    hours = opening_hours(db)
    target = _local(new_start, zone)
    with db.read() as s:
        row = _session(s, session_id)
        _check_movable(row)
        who = practitioner_id if practitioner_id is not None else row.practitioner_id
        duration = timedelta(minutes=row.duration_minutes)
        course = s.get(Course, row.course_id) if row.course_id is not None else None
        later: list[TreatmentSession] = []
        earlier: list[TreatmentSession] = []
        if shift_following and course is not None:
            siblings = s.scalars(
                select(TreatmentSession)
                .where(
                    TreatmentSession.course_id == course.id,
                    TreatmentSession.id != row.id,
                    TreatmentSession.status.in_(OCCUPYING),
                )
                .order_by(TreatmentSession.starts_at, TreatmentSession.id)
            ).all()
            earlier = [x for x in siblings if x.starts_at < row.starts_at]
            later = [
                x
                for x in siblings
                if x.starts_at > row.starts_at and x.status == SessionStatus.PLANNED.value
            ]
        ignore = {row.id, *(x.id for x in later)}
        clash = _conflicts(
            s,
            zone,
            practitioner_id=who,
            patient_id=row.patient_id,
            start=target,
            duration=duration,
            ignore=ignore,
        )
        if clash:
            raise ValidationFailed({"starts_at": _clash_text(clash[0], row.patient_id)})
        moves = [Move(row.id, from_utc(row.starts_at, zone), target)]
        if not later:
            return moves
        assert course is not None
        own_ids = {row.id, *(x.id for x in earlier), *(x.id for x in later)}
        last = later[-1].starts_at.replace(tzinfo=UTC)
        span = timedelta(days=len(later) * (course.interval_days + SEARCH_DAYS + 1) + 7)
        busy = _busy(
            s,
            practitioner_ids={x.practitioner_id for x in later if x.practitioner_id},
            patient_id=row.patient_id,
            start=min(target, from_utc(row.starts_at, zone)) - timedelta(days=1),
            end=max(target.astimezone(UTC), last) + span,
            ignore=own_ids,
        )
        sequence = [
            *(from_utc(x.starts_at, zone) for x in earlier),
            from_utc(row.starts_at, zone),
            *(from_utc(x.starts_at, zone) for x in later),
        ]
        try:
            shifted = schedule.shift_following(
                sequence,
                len(earlier),
                target,
                interval_days=course.interval_days,
                duration=duration,
                hours=hours,
                busy=busy,
                max_days=SEARCH_DAYS,
            )
        except ValueError as error:
            raise ValidationFailed({"starts_at": str(error)}) from error
        for session, new in zip(later, shifted[len(earlier) + 1 :], strict=True):
            old = from_utc(session.starts_at, zone)
            if new.astimezone(UTC) != old.astimezone(UTC):
                moves.append(Move(session.id, old, new.astimezone(zone)))
        return moves


def apply_moves(
    db: Database, moves: Sequence[Move], *, practitioner_id: int | None = None, actor: str
) -> None:
    """Carry out :func:`plan_move`'s moves in one transaction, checking them again first.

    ``practitioner_id`` (when given) applies to the first move, the session the user moved.
    A session changed by someone else since the plan, a done session or a clash refuses all.
    """
    if not moves:
        return
    zone = clinic_zone(db)
    ids = [m.session_id for m in moves]
    if len(set(ids)) != len(ids):
        raise ValidationFailed({"moves": "A session can only move once at a time."})
    with db.begin() as s:
        rows = {
            r.id: r for r in s.scalars(select(TreatmentSession).where(TreatmentSession.id.in_(ids)))
        }
        planned: list[tuple[TreatmentSession, datetime, int | None]] = []
        for index, move in enumerate(moves):
            row = rows.get(move.session_id)
            if row is None:
                raise NotFound(f"There is no session with number {move.session_id}.")
            _check_movable(row)
            if row.starts_at != to_utc(move.old_start, zone):
                raise ValidationFailed(
                    {
                        "starts_at": f"The session of {_when(_local(move.old_start, zone))} "
                        "was changed meanwhile; plan the move again."
                    }
                )
            who = (
                practitioner_id
                if index == 0 and practitioner_id is not None
                else row.practitioner_id
            )
            new = _local(move.new_start, zone)
            duration = timedelta(minutes=row.duration_minutes)
            clash = _conflicts(
                s,
                zone,
                practitioner_id=who,
                patient_id=row.patient_id,
                start=new,
                duration=duration,
                ignore=set(ids),
            )
            if clash:
                raise ValidationFailed({"starts_at": _clash_text(clash[0], row.patient_id)})
            for other, other_start, other_who in planned:
                other_end = other_start + timedelta(minutes=other.duration_minutes)
                same = other.patient_id == row.patient_id or (who is not None and other_who == who)
                if same and schedule.overlaps(new, new + duration, [(other_start, other_end)]):
                    raise ValidationFailed(
                        {
                            "starts_at": f"The moves put two sessions at {_when(new)}; "
                            "plan the move again."
                        }
                    )
            planned.append((row, new, who))
        now = audit.utcnow()
        for row, new, who in planned:
            before = session_service._snapshot(row)
            row.starts_at = to_utc(new, zone)
            row.practitioner_id = who
            row.updated_at = now
            session_service.audit_session(s, row, actor=actor, action="move", before=before)


# --- cancelling and replacing ------------------------------------------------------------


def cancel(
    db: Database,
    session_id: int,
    status: SessionStatus,
    reason: str,
    *,
    actor: str,
    now: datetime | None = None,
) -> datetime | None:
    """Mark a session cancelled or not attended (the record stays, with the reason).

    Returns a replacement slot to offer (aware, clinic's zone): the nearest free time to the
    same local time from the next day on, never in the past; None when none was found.
    """
    if status not in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
        raise ValidationFailed({"status": "A session can only be cancelled or marked no-show."})
    with db.read() as s:
        row = _session(s, session_id)
        if row.status == SessionStatus.DONE:
            raise ValidationFailed(
                {"status": "A done session cannot be cancelled; amend its record instead."}
            )
    session_service.set_status(db, session_id, status, actor=actor, reason=reason)
    return replacement_slot(db, session_id, now=now)


def replacement_slot(
    db: Database, session_id: int, *, now: datetime | None = None
) -> datetime | None:
    """The free slot nearest to the session's local time from the next day on (or now)."""
    zone = clinic_zone(db)
    hours = opening_hours(db)
    moment = _local(now, zone) if now is not None else datetime.now(zone)
    with db.read() as s:
        row = _session(s, session_id)
        original = from_utc(row.starts_at, zone)
        day = max(original.date() + timedelta(days=1), moment.date())
        ideal = datetime.combine(day, original.time().replace(fold=0), tzinfo=zone)
        busy = _busy(
            s,
            practitioner_ids={row.practitioner_id} if row.practitioner_id else set(),
            patient_id=row.patient_id,
            start=_local_midnight(day, zone),
            end=_local_midnight(day + timedelta(days=SEARCH_DAYS + 3), zone),
            ignore={row.id},
        )
        duration = timedelta(minutes=row.duration_minutes)
    return schedule.find_slot(ideal, duration, hours, busy, not_before=moment, max_days=SEARCH_DAYS)


def book_replacement(db: Database, session_id: int, start: datetime, *, actor: str) -> int:
    """A new planned session replacing a cancelled or missed one; the new session's id.

    It copies the patient, practitioner, course, duration and treated areas with their
    solution types (products and lots are chosen on the day).
    """
    zone = clinic_zone(db)
    with db.begin() as s:
        old = _session(s, session_id)
        if old.status not in MISSED:
            raise ValidationFailed(
                {"status": "Only a cancelled or missed session can be replaced."}
            )
        when = _local(start, zone)
        duration = timedelta(minutes=old.duration_minutes)
        clash = _conflicts(
            s,
            zone,
            practitioner_id=old.practitioner_id,
            patient_id=old.patient_id,
            start=when,
            duration=duration,
        )
        if clash:
            raise ValidationFailed({"starts_at": _clash_text(clash[0], old.patient_id)})
        label = SessionStatus(old.status).label.lower()
        row = _new_session(
            course_id=old.course_id,
            patient_id=old.patient_id,
            practitioner_id=old.practitioner_id,
            starts_at=to_utc(when, zone),
            duration_minutes=old.duration_minutes,
            lines=[(t.area_id, t.solution_type_id) for t in old.treatments],
            now=audit.utcnow(),
            notes=f"Replaces the session of {_when(from_utc(old.starts_at, zone))} ({label}).",
        )
        lines = [TreatmentInput(a, solution_type_id=t) for a, t in _line_pairs(row)]
        row.screening_findings = safety.findings_json(
            safety.screen_in(s, old.patient_id, row.starts_at, lines)
        )
        session_service.audit_session(s, row, actor=actor, action="create")
        return row.id


# --- progress and status -----------------------------------------------------------------


def derive_status(stored: str, done: int, planned_sessions: int) -> str:
    """A course's status from its done sessions: planned, in progress, then completed.

    Abandoned and completed are kept once set (a course may be finished early by hand).
    """
    if stored == CourseStatus.ABANDONED:
        return CourseStatus.ABANDONED.value
    if stored == CourseStatus.COMPLETED or done >= planned_sessions:
        return CourseStatus.COMPLETED.value
    return CourseStatus.IN_PROGRESS.value if done else CourseStatus.PLANNED.value


def course_progress(
    db: Database, patient_id: int, *, now: datetime | None = None
) -> list[CourseProgress]:
    """The patient's courses, newest first, with counts, next session and a timeline.

    A stored status that no longer matches the sessions (a session was marked done since) is
    brought up to date on the way, with an audit row.
    """
    zone = clinic_zone(db)
    moment = _local(now, zone) if now is not None else datetime.now(zone)
    from_today = to_utc(_local_midnight(moment.date(), zone), zone)
    with db.read() as s:
        rows = s.execute(
            select(Course, SolutionType.name, Practitioner.display_name)
            .outerjoin(SolutionType, Course.solution_type_id == SolutionType.id)
            .outerjoin(Practitioner, Course.practitioner_id == Practitioner.id)
            .where(Course.patient_id == patient_id)
            .order_by(Course.start_date.desc(), Course.id.desc())
        ).all()
        if not rows:
            return []
        course_ids = [c.id for c, _, _ in rows]
        by_course: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
        for course_id, starts_at, status in s.execute(
            select(TreatmentSession.course_id, TreatmentSession.starts_at, TreatmentSession.status)
            .where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.course_id.in_(course_ids),
            )
            .order_by(TreatmentSession.starts_at, TreatmentSession.id)
        ):
            if course_id is not None:
                by_course[course_id].append((starts_at, status))
        area_names = dict(s.execute(select(TreatmentArea.code, TreatmentArea.name)).all())
        reasons = _status_reasons(s, course_ids)
    result: list[CourseProgress] = []
    stale: dict[int, str] = {}
    for course, type_name, practitioner_name in rows:
        sessions_ = by_course.get(course.id, [])
        done = [at for at, st in sessions_ if st == SessionStatus.DONE]
        booked = [at for at, st in sessions_ if st in BOOKED]
        missed = sum(1 for _, st in sessions_ if st in MISSED)
        status = derive_status(course.status, len(done), course.planned_sessions)
        if status != course.status:
            stale[course.id] = status
        last = from_utc(max(done), zone).date() if done else None
        upcoming = [at for at in booked if at >= from_today]
        maintenance = (
            last + timedelta(days=course.maintenance_interval_days)
            if status == CourseStatus.COMPLETED
            and last is not None
            and course.maintenance_interval_days
            else None
        )
        result.append(
            CourseProgress(
                id=course.id,
                patient_id=course.patient_id,
                title=course.title,
                solution_type_id=course.solution_type_id,
                solution_type_name=type_name or "",
                practitioner_id=course.practitioner_id,
                practitioner_name=practitioner_name or "",
                areas=tuple(area_names.get(code, code) for code in course.areas or ()),
                planned_sessions=course.planned_sessions,
                done_count=len(done),
                planned_count=len(booked),
                missed_count=missed,
                next_session=from_utc(min(upcoming), zone) if upcoming else None,
                last_session=last,
                status=status,
                status_reason=reasons.get(course.id, "") if status == course.status else "",
                start_date=course.start_date,
                interval_days=course.interval_days,
                maintenance_interval_days=course.maintenance_interval_days,
                maintenance_due=maintenance,
                timeline=tuple((from_utc(at, zone).date(), st) for at, st in sessions_),
                archived=course.archived_at is not None,
            )
        )
    if stale:
        _store_statuses(db, stale)
    return result


def sync_course_status(db: Database, course_id: int, *, actor: str = "system") -> str:
    """Bring a course's stored status in line with its sessions (after one is marked done)."""
    with db.begin() as s:
        course = s.get(Course, course_id)
        if course is None:
            raise NotFound(f"There is no course with number {course_id}.")
        done = s.scalar(
            select(func.count())
            .select_from(TreatmentSession)
            .where(
                TreatmentSession.course_id == course_id,
                TreatmentSession.status == SessionStatus.DONE.value,
            )
        )
        status = derive_status(course.status, int(done or 0), course.planned_sessions)
        if status != course.status:
            _set_status(s, course, status, actor=actor)
        return status


def set_course_status(
    db: Database, course_id: int, status: CourseStatus | str, *, actor: str, reason: str = ""
) -> str:
    """Set a course's status by hand; returns the status stored.

    Abandoned: the course's planned sessions still to come are cancelled (kept, with the
    reason). Completed: the course ends early. Planned or in progress: the course is reopened
    and its status follows its sessions again.
    """
    try:
        wanted = CourseStatus(status)
    except ValueError as error:
        raise ValidationFailed({"status": f"Unknown course status {status!r}."}) from error
    reason = reason.strip()
    zone = clinic_zone(db)
    with db.begin() as s:
        course = s.get(Course, course_id)
        if course is None:
            raise NotFound(f"There is no course with number {course_id}.")
        if wanted in (CourseStatus.ABANDONED, CourseStatus.COMPLETED):
            stored = wanted.value
        else:
            done = s.scalar(
                select(func.count())
                .select_from(TreatmentSession)
                .where(
                    TreatmentSession.course_id == course_id,
                    TreatmentSession.status == SessionStatus.DONE.value,
                )
            )
            stored = derive_status(
                CourseStatus.PLANNED.value, int(done or 0), course.planned_sessions
            )
        if wanted == CourseStatus.ABANDONED:
            now = audit.utcnow()
            why = "Course abandoned" + (f": {reason}" if reason else ".")
            for row in s.scalars(
                select(TreatmentSession).where(
                    TreatmentSession.course_id == course_id,
                    TreatmentSession.status == SessionStatus.PLANNED.value,
                    TreatmentSession.starts_at >= to_utc(datetime.now(zone), zone),
                )
            ):
                before = session_service._snapshot(row)
                row.status = SessionStatus.CANCELLED.value
                row.status_reason = why
                row.updated_at = now
                session_service.audit_session(s, row, actor=actor, action="update", before=before)
        _set_status(s, course, stored, actor=actor, reason=reason)
        return stored


# --- recall list -------------------------------------------------------------------------


def recall_list(
    db: Database,
    *,
    today: date | None = None,
    horizon_days: int = 14,
    overdue_limit_days: int | None = None,
) -> list[RecallItem]:
    """Patients to call, sorted by due date (most overdue first).

    - Maintenance: a patient's latest finished course (completed, or all its sessions done)
      that has a maintenance interval is due that many days after the patient's last done
      session; it is listed from ``horizon_days`` before that date ("maintenance due") and
      after it ("maintenance overdue"; only up to ``overdue_limit_days`` late when given). A
      course started since then that is still open stands in for it.
    - Open courses (not finished, not abandoned) with no booked session ("no next
      session"), due ``interval_days`` after their last done session, or on their start date.

    Patients with a booked (planned or arrived) session from ``today`` on are left out, as
    are archived patients and courses. One statement: a grouped aggregate over the open
    courses' sessions, one window over the courses, and an index seek for the last visit of
    each listed patient; never a query per row from Python.
    """
    zone = clinic_zone(db)
    day = today or datetime.now(zone).date()
    cutoff = to_utc(_local_midnight(day, zone), zone)
    ts = TreatmentSession
    done_flag = ts.status == SessionStatus.DONE.value
    open_statuses = (CourseStatus.PLANNED.value, CourseStatus.IN_PROGRESS.value)
    # CTEs are computed once even where used twice (SQLite >= 3.35, PostgreSQL >= 12).
    booked = (
        select(ts.patient_id.label("patient_id"))
        .where(ts.starts_at >= cutoff, ts.status.in_(BOOKED))
        .cte("booked")
    )
    not_booked = Course.patient_id.not_in(select(booked.c.patient_id))
    current = and_(Course.archived_at.is_(None), not_booked)
    # Completed courses need no counting: the anchor is the patient's last visit.
    stats = (
        select(
            Course.id.label("course_id"),
            func.count(case((done_flag, 1))).label("done"),
            func.max(case((done_flag, ts.starts_at))).label("last_done"),
        )
        .outerjoin(ts, ts.course_id == Course.id)
        .where(Course.status.in_(open_statuses), current)
        .group_by(Course.id)
        .cte("open_stats")
    )
    finished = or_(
        Course.status == CourseStatus.COMPLETED.value,
        func.coalesce(stats.c.done, 0) >= Course.planned_sessions,
    )
    courses = (
        select(
            Course.id.label("id"),
            Course.patient_id.label("patient_id"),
            Course.title.label("title"),
            Course.practitioner_id.label("practitioner_id"),
            Course.interval_days.label("interval_days"),
            Course.maintenance_interval_days.label("maintenance"),
            Course.start_date.label("start_date"),
            stats.c.last_done.label("last_done"),
            case((finished, 1), else_=0).label("finished"),
        )
        .outerjoin(stats, stats.c.course_id == Course.id)
        .where(Course.status.in_((*open_statuses, CourseStatus.COMPLETED.value)), current)
        .subquery("courses")
    )
    c = courses.c
    ranked = select(
        *c,
        func.row_number()
        .over(partition_by=[c.patient_id, c.finished], order_by=[c.start_date.desc(), c.id.desc()])
        .label("rank"),
        func.max(case((c.finished == 0, c.start_date)))
        .over(partition_by=c.patient_id)
        .label("open_start"),
    ).subquery("ranked")
    r = ranked.c
    last_visit = (
        select(ts.starts_at)
        .where(ts.patient_id == r.patient_id, done_flag)
        .order_by(ts.starts_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(
            r.id,
            r.patient_id,
            r.title,
            r.practitioner_id,
            r.interval_days,
            r.maintenance,
            r.start_date,
            r.last_done,
            r.finished,
            r.open_start,
            case((r.finished == 1, last_visit)).label("last_visit"),
            Patient.given_name,
            Patient.family_name,
            Patient.phone,
            Practitioner.display_name,
        )
        .join(Patient, Patient.id == r.patient_id)
        .outerjoin(Practitioner, Practitioner.id == r.practitioner_id)
        .where(
            Patient.archived_at.is_(None),
            or_(r.finished == 0, and_(r.rank == 1, r.maintenance.is_not(None))),
        )
    )
    horizon = day + timedelta(days=horizon_days)
    items: list[RecallItem] = []
    with db.read() as s:
        # Core, not ORM, execution: tens of thousands of plain rows, no entities to build.
        rows = s.connection().execute(query).all()
    local_dates: dict[datetime, date] = {}

    def local_date(value: Any) -> date:
        # Offsets are whole quarter hours, so a moment's local date is that of its quarter
        # hour: one time-zone conversion per quarter hour instead of one per row.
        moment = _as_datetime(value)
        stamp = moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)
        found = local_dates.get(stamp)
        if found is None:
            found = local_dates[stamp] = from_utc(stamp, zone).date()
        return found

    for row in rows:
        last: date | None
        if row.finished:
            if row.last_visit is None:
                continue
            if row.open_start is not None and _as_date(row.open_start) >= _as_date(row.start_date):
                continue  # a newer course is under way: no maintenance yet
            last = local_date(row.last_visit)
            due = last + timedelta(days=int(row.maintenance))
            if due > horizon:
                continue
            kind = MAINTENANCE_OVERDUE if due < day else MAINTENANCE_DUE
        else:
            last = local_date(row.last_done) if row.last_done else None
            due = (
                last + timedelta(days=int(row.interval_days))
                if last is not None
                else _as_date(row.start_date)
            )
            kind = NO_NEXT_SESSION
        if overdue_limit_days is not None and (day - due).days > overdue_limit_days:
            continue
        items.append(
            RecallItem(
                kind=kind,
                patient_id=row.patient_id,
                patient_name=f"{row.given_name} {row.family_name}".strip(),
                phone=row.phone or "",
                course_id=row.id,
                course_title=row.title or "",
                last_session=last,
                due_date=due,
                days_overdue=(day - due).days,
                practitioner_id=row.practitioner_id,
                practitioner_name=row.display_name or "",
            )
        )
    items.sort(key=lambda i: (i.due_date, i.patient_name, i.course_id))
    return items


RECALL_CSV_HEADER = (
    "Kind",
    "Patient no.",
    "Patient",
    "Phone",
    "Course",
    "Practitioner",
    "Last session",
    "Due date",
    "Days overdue",
)


def recall_csv(items: Iterable[RecallItem]) -> str:
    """The recall list as CSV (ISO dates); no cell can start a spreadsheet formula."""
    return to_csv(
        RECALL_CSV_HEADER,
        (
            (
                i.kind,
                i.patient_id,
                i.patient_name,
                i.phone,
                i.course_title,
                i.practitioner_name,
                i.last_session.isoformat() if i.last_session else "",
                i.due_date.isoformat(),
                max(0, i.days_overdue),
            )
            for i in items
        ),
    )


def propose_next(db: Database, item: RecallItem, *, now: datetime | None = None) -> datetime | None:
    """A free slot for the recall's next session (aware, clinic's zone), or None.

    On the due date (or from now when that has passed), at the course's preferred time (else
    the time of its last session, else 10:00), with the course's practitioner.
    """
    zone = clinic_zone(db)
    hours = opening_hours(db)
    moment = _local(now, zone) if now is not None else datetime.now(zone)
    with db.read() as s:
        course = s.get(Course, item.course_id)
        last = s.scalar(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == item.course_id)
            .order_by(TreatmentSession.starts_at.desc())
            .limit(1)
        )
        at = _parse_hhmm(course.preferred_time if course is not None else None)
        if at is None and last is not None:
            at = from_utc(last.starts_at, zone).time().replace(second=0, microsecond=0)
        at = at or time(10, 0)
        practitioner_id = (course.practitioner_id if course is not None else None) or (
            last.practitioner_id if last is not None else None
        )
        duration = timedelta(minutes=last.duration_minutes if last is not None else 45)
        day = max(item.due_date, moment.date())
        busy = _busy(
            s,
            practitioner_ids={practitioner_id} if practitioner_id else set(),
            patient_id=item.patient_id,
            start=_local_midnight(day, zone),
            end=_local_midnight(day + timedelta(days=SEARCH_DAYS + 3), zone),
        )
    ideal = datetime.combine(day, at, tzinfo=zone)
    return schedule.find_slot(ideal, duration, hours, busy, not_before=moment, max_days=SEARCH_DAYS)


# --- calendar file -----------------------------------------------------------------------


def upcoming_ics(db: Database, patient_id: int, *, now: datetime | None = None) -> bytes:
    """The patient's upcoming sessions as an iCalendar file (RFC 5545) in the clinic's zone."""
    from icalendar import Calendar, Event

    zone = clinic_zone(db)
    moment = _local(now, zone) if now is not None else datetime.now(zone)
    values = settings.get_all(db)
    clinic = str(values.get("clinic.name") or "").strip()
    address = ", ".join(
        part.strip()
        for part in str(values.get("clinic.address") or "").splitlines()
        if part.strip()
    )
    phone = str(values.get("clinic.phone") or "").strip()
    with db.read() as s:
        if s.get(Patient, patient_id) is None:
            raise NotFound(f"There is no patient with number {patient_id}.")
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


# --- helpers -----------------------------------------------------------------------------


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    """An aware datetime in the clinic's zone; a naive one is the clinic's wall-clock time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone)


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _as_datetime(value: Any) -> datetime:
    """A stored naive-UTC timestamp, whatever form an expression column came back in."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _parse_hhmm(value: str | None) -> time | None:
    if not value:
        return None
    try:
        hours, minutes = value.split(":", 1)
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def _when(moment: datetime) -> str:
    """ "Tue 1 Dec 2026 10:00"."""
    return (
        f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} "
        f"{moment.year} {moment:%H:%M}"
    )


def _clash_text(clash: Conflict, patient_id: int) -> str:
    span = f"{_when(clash.starts_at)}–{clash.ends_at:%H:%M}"
    if clash.patient_id == patient_id:
        with_whom = f" with {clash.practitioner_name}" if clash.practitioner_name else ""
        return f"{clash.patient_name} already has a session on {span}{with_whom}."
    who = clash.practitioner_name or "The practitioner"
    return f"{who} already sees {clash.patient_name} on {span}."


def _session(s: Session, session_id: int) -> TreatmentSession:
    row = s.get(TreatmentSession, session_id)
    if row is None:
        raise NotFound(f"There is no session with number {session_id}.")
    return row


def _check_movable(row: TreatmentSession) -> None:
    if row.status == SessionStatus.DONE:
        raise ValidationFailed({"status": "Done sessions are never moved."})
    if row.status in MISSED:
        raise ValidationFailed(
            {"status": "A cancelled or missed session keeps its date; book a replacement instead."}
        )


def _check_input(s: Session, data: CourseInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    patient = s.get(Patient, data.patient_id)
    if patient is None:
        errors["patient_id"] = "Choose a patient."
    elif patient.archived_at is not None:
        errors["patient_id"] = "This patient is archived; restore the record to plan a course."
    if s.get(SolutionType, data.solution_type_id) is None:
        errors["solution_type_id"] = "Choose the solution type."
    if data.practitioner_id is None:
        errors["practitioner_id"] = "Choose the practitioner."
    else:
        practitioner = s.get(Practitioner, data.practitioner_id)
        if practitioner is None or practitioner.archived_at is not None:
            errors["practitioner_id"] = "Choose a current practitioner."
    if not data.areas:
        errors["areas"] = "Tick at least one treatment area."
    else:
        known = set(s.scalars(select(TreatmentArea.code).where(TreatmentArea.code.in_(data.areas))))
        unknown = [code for code in data.areas if code not in known]
        if unknown:
            errors["areas"] = f"Unknown treatment area {unknown[0]!r}."
    if not data.indications:
        errors["indications"] = "Tick at least one indication."
    else:
        known = set(s.scalars(select(Indication.code).where(Indication.code.in_(data.indications))))
        unknown = [code for code in data.indications if code not in known]
        if unknown:
            errors["indications"] = f"Unknown indication {unknown[0]!r}."
    if not MIN_SESSIONS <= data.sessions <= MAX_SESSIONS:
        errors["sessions"] = (
            f"A course has {MIN_SESSIONS} to {MAX_SESSIONS} sessions (usually 4 to 10)."
        )
    if not 1 <= data.interval_days <= MAX_INTERVAL_DAYS:
        errors["interval_days"] = (
            f"The interval between sessions must be 1 to {MAX_INTERVAL_DAYS} days."
        )
    if data.maintenance_interval_days is not None and not (
        1 <= data.maintenance_interval_days <= MAX_MAINTENANCE_DAYS
    ):
        errors["maintenance_interval_days"] = (
            f"The maintenance interval must be 1 to {MAX_MAINTENANCE_DAYS} days, or none."
        )
    if not MIN_DURATION <= data.duration_minutes <= MAX_DURATION:
        errors["duration_minutes"] = (
            f"The duration must be between {MIN_DURATION} and {MAX_DURATION} minutes."
        )
    if data.preferred_weekday is not None and not 0 <= data.preferred_weekday <= 6:
        errors["preferred_weekday"] = "The preferred weekday must be Monday to Sunday, or any."
    if data.preferred_time.second or data.preferred_time.microsecond:
        errors["preferred_time"] = "The preferred time must be in whole minutes."
    return errors


def _areas_by_code(s: Session, codes: Sequence[str]) -> list[TreatmentArea]:
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
    return (f"{first}: {where}" if first else where)[:_MAX_TITLE]


def _new_session(
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


def _line_pairs(row: TreatmentSession) -> list[tuple[int, int | None]]:
    return [(t.area_id, t.solution_type_id) for t in row.treatments]


def _busy(
    s: Session,
    *,
    practitioner_ids: set[int],
    patient_id: int | None,
    start: datetime,
    end: datetime,
    ignore: Iterable[int] = (),
) -> list[Busy]:
    """Booked and done sessions of the practitioners or the patient overlapping [start, end)."""
    lo = _naive_utc(start) - timedelta(minutes=MAX_DURATION)
    hi = _naive_utc(end)
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


def _conflicts(
    s: Session,
    zone: ZoneInfo,
    *,
    practitioner_id: int | None,
    patient_id: int | None,
    start: datetime,
    duration: timedelta,
    ignore: Iterable[int] = (),
) -> list[Conflict]:
    """Sessions of the practitioner (or of the patient) that overlap ``start`` + ``duration``."""
    who: list[ColumnElement[bool]] = []
    if practitioner_id is not None:
        who.append(TreatmentSession.practitioner_id == practitioner_id)
    if patient_id is not None:
        who.append(TreatmentSession.patient_id == patient_id)
    if not who:
        return []
    begins = start.astimezone(UTC)
    finishes = begins + duration
    lo = _naive_utc(begins) - timedelta(minutes=MAX_DURATION)
    hi = _naive_utc(finishes)
    skip = set(ignore)
    rows = s.execute(
        select(
            TreatmentSession.id,
            TreatmentSession.patient_id,
            TreatmentSession.practitioner_id,
            TreatmentSession.starts_at,
            TreatmentSession.duration_minutes,
            Patient.given_name,
            Patient.family_name,
            Practitioner.display_name,
        )
        .join(Patient, Patient.id == TreatmentSession.patient_id)
        .outerjoin(Practitioner, Practitioner.id == TreatmentSession.practitioner_id)
        .where(
            or_(*who),
            TreatmentSession.status.in_(OCCUPYING),
            TreatmentSession.starts_at >= lo,
            TreatmentSession.starts_at < hi,
        )
        .order_by(TreatmentSession.starts_at, TreatmentSession.id)
    ).all()
    out: list[Conflict] = []
    for row in rows:
        if row.id in skip:
            continue
        other_start = row.starts_at.replace(tzinfo=UTC)
        other_end = other_start + timedelta(minutes=row.duration_minutes)
        if other_start < finishes and begins < other_end:
            out.append(
                Conflict(
                    session_id=row.id,
                    patient_id=row.patient_id,
                    patient_name=f"{row.given_name} {row.family_name}".strip(),
                    practitioner_id=row.practitioner_id,
                    practitioner_name=row.display_name or "",
                    starts_at=other_start.astimezone(zone),
                    ends_at=other_end.astimezone(zone),
                )
            )
    # The practitioner's own clash is the one to name first.
    out.sort(key=lambda c: c.practitioner_id != practitioner_id)
    return out


def _status_reasons(s: Session, course_ids: Sequence[int]) -> dict[int, str]:
    reasons: dict[int, str] = {}
    for entity_id, after in s.execute(
        select(AuditEvent.entity_id, AuditEvent.after)
        .where(
            AuditEvent.entity == "course",
            AuditEvent.action == "status",
            AuditEvent.entity_id.in_(course_ids),
        )
        .order_by(AuditEvent.id)
    ):
        if entity_id is not None and isinstance(after, dict):
            reasons[int(entity_id)] = str(after.get("reason") or "")
    return reasons


def _set_status(s: Session, course: Course, status: str, *, actor: str, reason: str = "") -> None:
    before = audit.snapshot(course)
    course.status = status
    after: dict[str, Any] = {**audit.snapshot(course), "reason": reason}
    audit.record(
        s,
        actor=actor,
        action="status",
        entity="course",
        entity_id=course.id,
        before=before,
        after=after,
    )


def _store_statuses(db: Database, statuses: dict[int, str]) -> None:
    with db.begin() as s:
        for course in s.scalars(select(Course).where(Course.id.in_(statuses))):
            if course.status != statuses[course.id]:
                _set_status(s, course, statuses[course.id], actor="system")

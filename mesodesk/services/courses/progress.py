"""How far each course has got, for the chart (read only), and setting a status by hand."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain import clock
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import from_utc, local, local_midnight, to_utc
from mesodesk.domain.enums import CourseStatus, SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit, conflicts
from mesodesk.services import sessions as session_service
from mesodesk.services.access import require
from mesodesk.services.courses.common import BOOKED, MISSED
from mesodesk.services.courses.status import derive_status, done_count, record_status
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.sessions.record import snapshot as session_snapshot
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    AuditEvent,
    Course,
    Practitioner,
    SolutionType,
    TreatmentArea,
    TreatmentSession,
)


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
    version: int = 1
    """What a status change passes back (see ``services.conflicts``)."""

    @property
    def remaining(self) -> int:
        """Sessions still to plan to reach the course's target."""
        return max(0, self.planned_sessions - self.done_count - self.planned_count)


def course_progress(
    db: Database, patient_id: int, *, now: datetime | None = None, actor: User
) -> list[CourseProgress]:
    """The patient's courses, newest first, with counts, next session and a timeline.

    Reading writes nothing: the stored status is kept in step by every change of a session
    (:func:`update_course_status`). The status shown is derived from the sessions all the
    same, so a database written before that rule reads right too.
    """
    zone = clinic_zone(db)
    moment = local(now, zone) if now is not None else clock.local_now(zone)
    from_today = to_utc(local_midnight(moment.date(), zone), zone)
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
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
    for course, type_name, practitioner_name in rows:
        sessions_ = by_course.get(course.id, [])
        done = [at for at, st in sessions_ if st == SessionStatus.DONE]
        booked = [at for at, st in sessions_ if st in BOOKED]
        missed = sum(1 for _, st in sessions_ if st in MISSED)
        status = derive_status(course.status, len(done), course.planned_sessions)
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
                version=course.version,
                timeline=tuple((from_utc(at, zone).date(), st) for at, st in sessions_),
                archived=course.archived_at is not None,
            )
        )
    return result


def set_course_status(
    db: Database,
    course_id: int,
    status: CourseStatus | str,
    *,
    actor: User,
    reason: str = "",
    expected_version: int | None = None,
    overwrite: bool = False,
) -> str:
    """Set a course's status by hand; returns the status stored.

    Abandoned: the course's planned sessions still to come are cancelled (kept, with the
    reason). Completed: the course ends early. Planned or in progress: the course is reopened
    and its status follows its sessions again.
    """
    try:
        wanted = CourseStatus(status)
    except ValueError as error:
        raise ValidationFailed(
            {
                "status": Message(
                    QT_TRANSLATE_NOOP("messages", "Unknown course status {status!r}."),
                    status=status,
                )
            }
        ) from error
    reason = reason.strip()
    zone = clinic_zone(db)
    with conflicts.same_moment("course", course_id), db.begin() as s:
        require(s, actor, Permission.EDIT_CLINICAL)
        course = s.get(Course, course_id)
        if course is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no course with number {course_id}."),
                    course_id=course_id,
                )
            )
        # Another desk may have ended or reopened the course since this one read it.
        overwrote = conflicts.check(
            s,
            entity="course",
            entity_id=course_id,
            stored=course.version,
            expected=expected_version,
            theirs={"status": course.status},
            yours={"status": wanted.value},
            overwrite=overwrite,
        )
        if wanted in (CourseStatus.ABANDONED, CourseStatus.COMPLETED):
            stored = wanted.value
        else:
            stored = derive_status(
                CourseStatus.PLANNED.value, done_count(s, course_id), course.planned_sessions
            )
        if wanted == CourseStatus.ABANDONED:
            now = audit.utcnow()
            why = "Course abandoned" + (f": {reason}" if reason else ".")
            for row in s.scalars(
                select(TreatmentSession).where(
                    TreatmentSession.course_id == course_id,
                    TreatmentSession.status == SessionStatus.PLANNED.value,
                    TreatmentSession.starts_at >= to_utc(clock.local_now(zone), zone),
                )
            ):
                before = session_snapshot(row)
                row.status = SessionStatus.CANCELLED.value
                row.status_reason = why
                row.updated_at = now
                session_service.audit_session(s, row, actor=actor, action="update", before=before)
        action = conflicts.action(overwrote, "status")
        record_status(s, course, stored, actor=actor, reason=reason, action=action)
        return stored


def _status_reasons(s: Session, course_ids: Sequence[int]) -> dict[int, str]:
    reasons: dict[int, str] = {}
    for entity_id, after in s.execute(
        select(AuditEvent.entity_id, AuditEvent.after)
        .where(
            AuditEvent.entity == "course",
            AuditEvent.action.in_(("status", conflicts.OVERWRITE_ACTION)),
            AuditEvent.entity_id.in_(course_ids),
        )
        .order_by(AuditEvent.id)
    ):
        if entity_id is not None and isinstance(after, dict):
            reasons[int(entity_id)] = str(after.get("reason") or "")
    return reasons

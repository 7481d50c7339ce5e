"""A course's status follows its sessions: derived and stored in the caller's transaction.

This module imports nothing from the sessions service, so that service can call
:func:`update_course_status` inside its own transaction after it changes a session.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import User
from mesodesk.domain.enums import CourseStatus, SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit
from mesodesk.services.errors import NotFound
from mesodesk.store.models import Course, TreatmentSession


def derive_status(stored: str, done: int, planned_sessions: int) -> str:
    """A course's status from its done sessions: planned, in progress, then completed.

    Abandoned and completed are kept once set (a course may be finished early by hand).
    """
    if stored == CourseStatus.ABANDONED:
        return CourseStatus.ABANDONED.value
    if stored == CourseStatus.COMPLETED or done >= planned_sessions:
        return CourseStatus.COMPLETED.value
    return CourseStatus.IN_PROGRESS.value if done else CourseStatus.PLANNED.value


def done_count(s: Session, course_id: int) -> int:
    """How many of the course's sessions are done (in the caller's transaction)."""
    done = s.scalar(
        select(func.count())
        .select_from(TreatmentSession)
        .where(
            TreatmentSession.course_id == course_id,
            TreatmentSession.status == SessionStatus.DONE.value,
        )
    )
    return int(done or 0)


def record_status(
    s: Session,
    course: Course,
    status: str,
    *,
    actor: User,
    reason: str = "",
    action: str = "status",
) -> None:
    """Store a course's status with its audit row (the reason is kept in the audit);
    ``action`` is ``overwrite`` when it replaced another desk's newer change."""
    before = audit.snapshot(course)
    course.status = status
    after: dict[str, Any] = {**audit.snapshot(course), "reason": reason}
    audit.record(
        s,
        actor=actor,
        action=action,
        entity="course",
        entity_id=course.id,
        before=before,
        after=after,
    )


def update_course_status(s: Session, course_id: int | None, *, actor: User) -> str | None:
    """Bring a course's stored status in line with its sessions, in the caller's transaction.

    Call it after changing a session's status (or deleting one) with the session's
    ``course_id``; None (a session outside any course) does nothing. Writes (and audits)
    only when the status changes; returns the status, or None without a course. Pending
    changes are flushed first, so the count sees the session just changed.
    """
    if course_id is None:
        return None
    course = s.get(Course, course_id)
    if course is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no course with number {course_id}."),
                course_id=course_id,
            )
        )
    s.flush()
    status = derive_status(course.status, done_count(s, course_id), course.planned_sessions)
    if status != course.status:
        record_status(s, course, status, actor=actor)
    return status

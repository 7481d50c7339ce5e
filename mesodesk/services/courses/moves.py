"""Moving sessions: one session, or one and the later sessions of its course."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from mesodesk.domain import schedule
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import from_utc, local, to_utc
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit, slots
from mesodesk.services import sessions as session_service
from mesodesk.services.access import require
from mesodesk.services.courses.common import (
    OCCUPYING,
    SEARCH_DAYS,
    Move,
    busy_intervals,
    check_movable,
    opening_hours,
    session_row,
    when_text,
)
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.sessions.record import snapshot as session_snapshot
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import Course, TreatmentSession


def later_planned_in_course(db: Database, session_id: int) -> list[int]:
    """Ids of the planned sessions of the same course after this one, in time order."""
    with db.read() as s:
        row = session_row(s, session_id)
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
    actor: User,
) -> list[Move]:
    """The moves that taking a session to ``new_start`` needs; nothing is written.

    The first move is the session itself (to ``practitioner_id`` too when given); a clash
    with another session of the practitioner or of the patient is refused, naming it. With
    ``shift_following``, the course's later planned sessions move as little as needed to keep
    the course's interval and stay free of clashes; only those that change are listed.
    """
    zone = clinic_zone(db)
    hours = opening_hours(db)
    target = local(new_start, zone)
    with db.read() as s:
        require(s, actor, Permission.BOOK)
        row = session_row(s, session_id)
        check_movable(row)
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
        slots.refuse_clashes(
            s,
            zone,
            patient_id=row.patient_id,
            practitioner_id=who,
            starts_at=target,
            duration_minutes=row.duration_minutes,
            session_id=row.id,
            ignore=[x.id for x in later],
        )
        moves = [Move(row.id, from_utc(row.starts_at, zone), target)]
        if not later:
            return moves
        assert course is not None
        own_ids = {row.id, *(x.id for x in earlier), *(x.id for x in later)}
        last = later[-1].starts_at.replace(tzinfo=UTC)
        span = timedelta(days=len(later) * (course.interval_days + SEARCH_DAYS + 1) + 7)
        busy = busy_intervals(
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
    db: Database, moves: Sequence[Move], *, practitioner_id: int | None = None, actor: User
) -> None:
    """Carry out :func:`plan_move`'s moves in one transaction, checking them again first.

    ``practitioner_id`` (when given) applies to the first move, the session the user moved.
    A session changed by someone else since the plan, a done session or a clash (with the
    diary, or between two of the moves) refuses all, naming it.
    """
    if not moves:
        return
    zone = clinic_zone(db)
    ids = [m.session_id for m in moves]
    if len(set(ids)) != len(ids):
        raise ValidationFailed(
            {
                "moves": Message(
                    QT_TRANSLATE_NOOP("messages", "A session can only move once at a time.")
                )
            }
        )
    with db.begin() as s:
        require(s, actor, Permission.BOOK)
        rows = {
            r.id: r for r in s.scalars(select(TreatmentSession).where(TreatmentSession.id.in_(ids)))
        }
        planned: list[tuple[TreatmentSession, datetime, int | None]] = []
        for index, move in enumerate(moves):
            row = rows.get(move.session_id)
            if row is None:
                raise NotFound(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "There is no session with number {session_id}."
                        ),
                        session_id=move.session_id,
                    )
                )
            check_movable(row)
            if row.starts_at != to_utc(move.old_start, zone):
                raise ValidationFailed(
                    {
                        "starts_at": Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "The session of {when} was changed meanwhile; plan the move again.",
                            ),
                            when=when_text(local(move.old_start, zone)),
                        )
                    }
                )
            who = (
                practitioner_id
                if index == 0 and practitioner_id is not None
                else row.practitioner_id
            )
            new = local(move.new_start, zone)
            duration = timedelta(minutes=row.duration_minutes)
            slots.refuse_clashes(
                s,
                zone,
                patient_id=row.patient_id,
                practitioner_id=who,
                starts_at=new,
                duration_minutes=row.duration_minutes,
                session_id=row.id,
                ignore=ids,
            )
            for other, other_start, other_who in planned:
                other_end = other_start + timedelta(minutes=other.duration_minutes)
                same = other.patient_id == row.patient_id or (who is not None and other_who == who)
                if same and schedule.overlaps(new, new + duration, [(other_start, other_end)]):
                    raise ValidationFailed(
                        {
                            "starts_at": Message(
                                QT_TRANSLATE_NOOP(
                                    "messages",
                                    "The moves put two sessions at {when}; plan the move again.",
                                ),
                                when=when_text(new),
                            )
                        }
                    )
            planned.append((row, new, who))
        now = audit.utcnow()
        for row, new, who in planned:
            before = session_snapshot(row)
            row.starts_at = to_utc(new, zone)
            row.practitioner_id = who
            row.updated_at = now
            session_service.audit_session(s, row, actor=actor, action="move", before=before)

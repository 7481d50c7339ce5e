"""The follow-up list: patients to call back for maintenance or a missing next session.

(Not the lot recall of :mod:`mesodesk.services.recall`, which finds who received a lot.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from mesodesk.domain import clock, schedule
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import from_utc, local, local_midnight, to_utc
from mesodesk.domain.csvsafe import to_csv
from mesodesk.domain.enums import CourseStatus, SessionStatus
from mesodesk.services.access import require
from mesodesk.services.courses.common import (
    BOOKED,
    SEARCH_DAYS,
    as_date,
    as_datetime,
    busy_intervals,
    opening_hours,
    parse_hhmm,
)
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import Course, Patient, Practitioner, TreatmentSession

MAINTENANCE_DUE = "maintenance due"
MAINTENANCE_OVERDUE = "maintenance overdue"
NO_NEXT_SESSION = "no next session"
FOLLOWUP_KINDS = (MAINTENANCE_OVERDUE, MAINTENANCE_DUE, NO_NEXT_SESSION)
"""The reasons to call, most urgent first."""


@dataclass(frozen=True, slots=True)
class FollowUpItem:
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
    cycle_days: int = 0
    """The course's maintenance interval (maintenance) or interval (an open course)."""
    reasons: int = 1
    """How many reasons the patient has (the row shows the most urgent)."""
    contact_outcome: str = ""
    """The last contact recorded for this due date ("" when none; see followup_contacts)."""
    contacted_on: date | None = None
    hidden_until: date | None = None
    """Left off the list to call until this day (None with an outcome: for good)."""


def followup_list(
    db: Database,
    *,
    today: date | None = None,
    horizon_days: int = 14,
    overdue_limit_days: int | None = None,
    actor: User,
) -> list[FollowUpItem]:
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
    day = today or clock.local_now(zone).date()
    cutoff = to_utc(local_midnight(day, zone), zone)
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
    items: list[FollowUpItem] = []
    with db.read() as s:
        # Core, not ORM, execution: tens of thousands of plain rows, no entities to build.
        require(s, actor, Permission.RECALL)
        rows = s.connection().execute(query).all()
    local_dates: dict[datetime, date] = {}

    def local_date(value: Any) -> date:
        # Offsets are whole quarter hours, so a moment's local date is that of its quarter
        # hour: one time-zone conversion per quarter hour instead of one per row.
        moment = as_datetime(value)
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
            if row.open_start is not None and as_date(row.open_start) >= as_date(row.start_date):
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
                else as_date(row.start_date)
            )
            kind = NO_NEXT_SESSION
        if overdue_limit_days is not None and (day - due).days > overdue_limit_days:
            continue
        items.append(
            FollowUpItem(
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
                cycle_days=int(row.maintenance if row.finished else row.interval_days),
            )
        )
    items.sort(key=lambda i: (i.due_date, i.patient_name, i.course_id))
    return items


FOLLOWUP_CSV_HEADER = (
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


def followup_csv(items: Iterable[FollowUpItem]) -> str:
    """The follow-up list as CSV (ISO dates); no cell can start a spreadsheet formula."""
    return to_csv(
        FOLLOWUP_CSV_HEADER,
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


def propose_next(
    db: Database, item: FollowUpItem, *, now: datetime | None = None
) -> datetime | None:
    """A free slot for the follow-up's next session (aware, clinic's zone), or None.

    On the due date (or from now when that has passed), at the course's preferred time (else
    the time of its last session, else 10:00), with the course's practitioner.
    """
    zone = clinic_zone(db)
    hours = opening_hours(db)
    moment = local(now, zone) if now is not None else clock.local_now(zone)
    with db.read() as s:
        course = s.get(Course, item.course_id)
        last = s.scalar(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == item.course_id)
            .order_by(TreatmentSession.starts_at.desc())
            .limit(1)
        )
        at = parse_hhmm(course.preferred_time if course is not None else None)
        if at is None and last is not None:
            at = from_utc(last.starts_at, zone).time().replace(second=0, microsecond=0)
        at = at or time(10, 0)
        practitioner_id = (course.practitioner_id if course is not None else None) or (
            last.practitioner_id if last is not None else None
        )
        duration = timedelta(minutes=last.duration_minutes if last is not None else 45)
        day = max(item.due_date, moment.date())
        busy = busy_intervals(
            s,
            practitioner_ids={practitioner_id} if practitioner_id else set(),
            patient_id=item.patient_id,
            start=local_midnight(day, zone),
            end=local_midnight(day + timedelta(days=SEARCH_DAYS + 3), zone),
        )
    ideal = datetime.combine(day, at, tzinfo=zone)
    return schedule.find_slot(ideal, duration, hours, busy, not_before=moment, max_days=SEARCH_DAYS)

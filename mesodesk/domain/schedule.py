"""Scheduling rules for treatment courses: opening hours, free slots and session spacing."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message, Shown
from mesodesk.domain.opening_hours import (  # re-exported: the old import path keeps working
    DEFAULT_HOURS,
    WEEKDAY_KEYS,
    WEEKDAY_NAMES,
    Interval,
    OpeningHours,
    require_aware,
)

__all__ = [
    "DEFAULT_HOURS",
    "WEEKDAY_KEYS",
    "WEEKDAY_NAMES",
    "Busy",
    "Interval",
    "OpeningHours",
    "find_slot",
    "overlaps",
    "propose_course",
    "shift_following",
    "wall_time",
]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY = timedelta(days=1)

Busy = tuple[datetime, datetime]
"""An aware ``[start, end)`` the practitioner is already booked; any time zone."""


def wall_time(day: date, at: time, zone: tzinfo) -> datetime | None:
    """``day`` at local wall-clock time ``at`` in ``zone``, or ``None`` if the clocks skip it.

    A time repeated when the clocks go back means its first occurrence (``fold=0``).
    """
    moment = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=zone)
    back = moment.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != moment.replace(tzinfo=None):
        return None
    return moment


def overlaps(start: datetime, end: datetime, busy: Sequence[Busy]) -> bool:
    """Whether ``[start, end)`` shares any instant with a busy ``[start, end)``.

    All values are aware; they are compared as instants, whatever their zones. Empty
    periods (end not after start) never overlap anything; touching periods do not overlap.
    """
    require_aware(start, "start")
    require_aware(end, "end")
    begins, finishes = start.astimezone(UTC), end.astimezone(UTC)
    if finishes <= begins:
        return False
    for busy_start, busy_end in _utc_periods(busy):
        if busy_start < finishes and begins < busy_end:
            return True
    return False


def find_slot(
    ideal: datetime,
    duration: timedelta,
    hours: OpeningHours,
    busy: Sequence[Busy],
    *,
    not_before: datetime | None = None,
    step: timedelta = timedelta(minutes=15),
    max_days: int = 28,
) -> datetime | None:
    """The free start nearest to ``ideal`` for a session of ``duration``, or ``None``.

    ``ideal`` is an aware datetime; its zone is the clinic's. Days are searched in order from
    the ideal date (or the date of ``not_before`` if that is later) for ``max_days`` more
    days. On each day the candidate times are the ideal time of day, every ``step`` from
    midnight and the opening times, nearest to the ideal time of day first (the earlier one
    when two are equally near). The first candidate that exists on the local clock (not
    skipped by the clocks going forward), is not before ``not_before``, fits the opening
    hours (:meth:`OpeningHours.is_open`) and does not overlap ``busy`` is returned, as an
    aware datetime in the clinic's zone.
    """
    zone = require_aware(ideal, "ideal")
    if duration <= timedelta(0):
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("messages", "The session duration must be longer than zero."))
        )
    if step <= timedelta(0):
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("messages", "The search step must be longer than zero."))
        )
    if max_days < 0:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "The number of days to search cannot be negative.")
            )
        )
    first_day = ideal.date()
    floor: datetime | None = None
    if not_before is not None:
        require_aware(not_before, "not_before")
        floor = not_before.astimezone(UTC)
        first_day = max(first_day, not_before.astimezone(zone).date())
    last_day = first_day + timedelta(days=max_days)
    diary = _BusyIndex(
        busy,
        datetime.combine(first_day - 2 * _DAY, time(), tzinfo=UTC),
        datetime.combine(last_day + 3 * _DAY, time(), tzinfo=UTC),
    )
    ideal_offset = _since_midnight(ideal.time())
    grid = [n * step for n in range(_DAY // step + 1) if n * step < _DAY]
    by_weekday: dict[int, list[time]] = {}
    for n in range(max_days + 1):
        day = first_day + n * _DAY
        periods = hours.weekly[day.weekday()]
        if not periods or day in hours.closed_dates:
            continue
        candidates = by_weekday.get(day.weekday())
        if candidates is None:
            offsets = {ideal_offset, *grid, *(_since_midnight(p[0]) for p in periods)}
            ordered = sorted(offsets, key=lambda o: (abs(o - ideal_offset), o))
            candidates = by_weekday[day.weekday()] = [_time_of(o) for o in ordered]
        for at in candidates:
            start = wall_time(day, at, zone)
            if start is None:
                continue
            begins = start.astimezone(UTC)
            if floor is not None and begins < floor:
                continue
            finishes = begins + duration
            if hours.is_open(start, finishes) and not diary.overlaps(begins, finishes):
                return start
    return None


def propose_course(
    *,
    start: date,
    sessions: int,
    interval_days: int,
    preferred_time: time,
    duration: timedelta,
    hours: OpeningHours,
    busy: Sequence[Busy],
    zone: tzinfo,
    preferred_weekday: int | None = None,
    not_before: datetime | None = None,
    step: timedelta = timedelta(minutes=15),
    max_days: int = 28,
) -> list[datetime]:
    """Start times (aware, in ``zone``) for a course of ``sessions`` sessions.

    The first session is looked for from the first date on or after ``start`` that falls on
    ``preferred_weekday`` (Monday = 0; any day if ``None``) at ``preferred_time``, and never
    before ``not_before`` if given. Each next one is looked for from the previous session's
    local date + ``interval_days``, at ``preferred_time`` on the local clock (so the time stays
    put when the clocks change), never on an earlier date. Spacing rule: "at least the
    interval" means each session's local date is at least ``interval_days`` calendar days
    after the previous session's local date; the time of day may differ. Slots come from
    :func:`find_slot`; sessions never overlap ``busy`` or each other. Raises ``ValueError``
    when a session has no free slot within ``max_days`` of where it was looked for.
    """
    if sessions < 1:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("messages", "A course needs at least one session."))
        )
    if interval_days < 1:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The interval between sessions must be at least one day."
                )
            )
        )
    if preferred_weekday is not None and not 0 <= preferred_weekday <= 6:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The preferred weekday must be 0 (Monday) to 6 (Sunday)."
                )
            )
        )
    at = preferred_time.replace(tzinfo=None, fold=0)
    day = start
    if preferred_weekday is not None:
        day += timedelta(days=(preferred_weekday - start.weekday()) % 7)
    floor = not_before
    taken = list(busy)
    chosen: list[datetime] = []
    for number in range(1, sessions + 1):
        ideal = datetime.combine(day, at, tzinfo=zone)
        slot = find_slot(
            ideal, duration, hours, taken, not_before=floor, step=step, max_days=max_days
        )
        if slot is None:
            searched_from = day if floor is None else max(day, floor.astimezone(zone).date())
            raise ValueError(_no_slot_message(number, searched_from, max_days))
        chosen.append(slot)
        taken.append((slot, slot.astimezone(UTC) + duration))
        day = slot.date() + timedelta(days=interval_days)
        floor = _start_of_day(day, zone)
    return chosen


def shift_following(
    sessions: Sequence[datetime],
    moved_index: int,
    new_start: datetime,
    *,
    interval_days: int,
    duration: timedelta,
    hours: OpeningHours,
    busy: Sequence[Busy],
    step: timedelta = timedelta(minutes=15),
    max_days: int = 28,
) -> list[datetime]:
    """A course's sessions after moving ``sessions[moved_index]`` to ``new_start``.

    ``sessions`` are the course's planned starts in order (aware); ``new_start``'s zone is the
    clinic's. Earlier sessions are returned unchanged and ``new_start`` is taken as given (it
    must be after the previous session). Each later session stays where it is while its local
    date is still at least ``interval_days`` after its predecessor's (see
    :func:`propose_course`) and it does not clash with the course's other sessions; otherwise
    it moves to the slot :func:`find_slot` gives nearest to its original local time of day on
    the first allowed date (or its own date, if later). ``busy`` must not contain the course's
    own sessions. Raises ``ValueError`` if a session has no free slot within ``max_days``.
    """
    if not 0 <= moved_index < len(sessions):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no session {number} in this course."),
                number=moved_index + 1,
            )
        )
    if interval_days < 1:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The interval between sessions must be at least one day."
                )
            )
        )
    if duration <= timedelta(0):
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("messages", "The session duration must be longer than zero."))
        )
    zone = require_aware(new_start, "new_start")
    for session in sessions:
        require_aware(session, "session")
    instants = [s.astimezone(UTC) for s in sessions]
    if any(b <= a for a, b in zip(instants, instants[1:], strict=False)):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The course's sessions must be in order, one after the other."
                )
            )
        )
    if moved_index > 0 and new_start.astimezone(UTC) <= instants[moved_index - 1]:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Session {number} cannot move to before session {moved_index}; move that one first.",
                ),
                number=moved_index + 1,
                moved_index=moved_index,
            )
        )
    result = [*sessions[:moved_index], new_start]
    own: list[Busy] = [(s, s.astimezone(UTC) + duration) for s in result]
    for index in range(moved_index + 1, len(sessions)):
        original = sessions[index].astimezone(zone)
        earliest = result[-1].astimezone(zone).date() + timedelta(days=interval_days)
        ends = original.astimezone(UTC) + duration
        if original.date() >= earliest and not overlaps(original, ends, own):
            result.append(sessions[index])
            own.append((original, ends))
            continue
        day = max(original.date(), earliest)
        ideal = datetime.combine(day, original.time().replace(fold=0), tzinfo=zone)
        slot = find_slot(
            ideal,
            duration,
            hours,
            [*busy, *own],
            not_before=_start_of_day(earliest, zone),
            step=step,
            max_days=max_days,
        )
        if slot is None:
            raise ValueError(_no_slot_message(index + 1, day, max_days))
        result.append(slot)
        own.append((slot, slot.astimezone(UTC) + duration))
    return result


class _BusyIndex:
    """Busy periods within a window, merged and sorted, for fast overlap checks."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, busy: Sequence[Busy], window_start: datetime, window_end: datetime):
        merged: list[list[datetime]] = []
        periods = sorted(p for p in _utc_periods(busy) if p[1] > window_start and p[0] < window_end)
        for begins, finishes in periods:
            if merged and begins <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], finishes)
            else:
                merged.append([begins, finishes])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def overlaps(self, begins: datetime, finishes: datetime) -> bool:
        """``begins`` and ``finishes`` are UTC; the period is non-empty."""
        last = bisect_left(self._starts, finishes) - 1
        return last >= 0 and self._ends[last] > begins


def _utc_periods(busy: Sequence[Busy]) -> list[tuple[datetime, datetime]]:
    periods = []
    for busy_start, busy_end in busy:
        require_aware(busy_start, "busy start")
        require_aware(busy_end, "busy end")
        begins, finishes = busy_start.astimezone(UTC), busy_end.astimezone(UTC)
        if begins < finishes:
            periods.append((begins, finishes))
    return periods


def _start_of_day(day: date, zone: tzinfo) -> datetime:
    """The first instant of a local date (a midnight the clocks skip maps to the jump)."""
    return datetime.combine(day, time(), tzinfo=zone)


def _since_midnight(at: time) -> timedelta:
    return timedelta(
        hours=at.hour, minutes=at.minute, seconds=at.second, microseconds=at.microsecond
    )


def _time_of(offset: timedelta) -> time:
    return (datetime.min + offset).time()


def _no_slot_message(number: int, day: date, max_days: int) -> str:
    weeks, rest = divmod(max_days, 7)
    if rest == 0 and weeks:
        within = (
            Message(QT_TRANSLATE_NOOP("messages", "1 week"))
            if weeks == 1
            else Message(QT_TRANSLATE_NOOP("messages", "{count} weeks"), count=weeks)
        )
    else:
        within = (
            Message(QT_TRANSLATE_NOOP("messages", "1 day"))
            if max_days == 1
            else Message(QT_TRANSLATE_NOOP("messages", "{count} days"), count=max_days)
        )
    when = Shown(f"{day.day} {_MONTHS[day.month - 1]} {day.year}", day)
    return Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "Session {number}: no free slot within {within} after {when}; check the opening hours or the practitioner's diary.",
        ),
        number=number,
        within=within,
        when=when,
    )

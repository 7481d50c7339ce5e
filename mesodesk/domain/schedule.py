"""Scheduling rules for treatment courses: opening hours, free slots and session spacing."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DAY = timedelta(days=1)

Interval = tuple[time, time]
"""One opening period of a day, ``(opens, closes)`` in local wall-clock time."""

Busy = tuple[datetime, datetime]
"""An aware ``[start, end)`` the practitioner is already booked; any time zone."""


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """When the clinic takes appointments, in its local wall-clock time.

    ``weekly`` has 7 entries, Monday first; each is a tuple of ``(opens, closes)`` intervals
    (naive, whole minutes), sorted, with a gap between consecutive ones; an empty tuple means
    closed all day. ``closed_dates`` are local dates (holidays) when the clinic is shut.
    Construction checks all this and raises ``ValueError`` naming the weekday at fault.
    """

    weekly: tuple[tuple[Interval, ...], ...]
    closed_dates: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if len(self.weekly) != 7:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "Opening hours need 7 weekdays, not {count}."),
                    count=len(self.weekly),
                )
            )
        for name, intervals in zip(WEEKDAY_NAMES, self.weekly, strict=True):
            previous: Interval | None = None
            for opens, closes in intervals:
                for moment in (opens, closes):
                    if moment.tzinfo is not None or moment.second or moment.microsecond:
                        raise ValueError(
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "messages", "{name}: opening times must be plain whole minutes."
                                ),
                                name=name,
                            )
                        )
                if closes <= opens:
                    raise ValueError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "{name}: closing time {hhmm} is not after opening time {hhmm2}.",
                            ),
                            name=name,
                            hhmm=_hhmm(closes),
                            hhmm2=_hhmm(opens),
                        )
                    )
                if previous is not None and opens <= previous[1]:
                    raise ValueError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "{name}: {span} overlaps or touches {span2}; list the periods in order with a break between.",
                            ),
                            name=name,
                            span=_span(opens, closes),
                            span2=_span(*previous),
                        )
                    )
                previous = (opens, closes)

    @classmethod
    def from_setting(cls, value: Mapping[str, Any] | None) -> OpeningHours:
        """Read the JSON setting; ``None`` gives :data:`DEFAULT_HOURS`.

        Shape: ``{"weekly": {"mon": [["09:00", "13:00"], ["14:00", "19:00"]], ...,
        "sun": []}, "closed_dates": ["2026-12-25", ...]}``. A weekday left out is closed;
        periods may be listed in any order and periods that touch (13:00 and 13:00) are
        joined. Anything else that is wrong raises ``ValueError`` naming the bad entry.
        """
        if value is None:
            return DEFAULT_HOURS
        if not isinstance(value, Mapping):
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        'Opening hours must be a table with "weekly" and "closed_dates".',
                    )
                )
            )
        unknown = sorted(set(value) - {"weekly", "closed_dates"})
        if unknown:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "Opening hours: unknown entry {value!r}."),
                    value=unknown[0],
                )
            )
        weekly = value.get("weekly")
        if not isinstance(weekly, Mapping):
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        'Opening hours: "weekly" is missing or is not a table of weekdays.',
                    )
                )
            )
        unknown = sorted(set(weekly) - set(WEEKDAY_KEYS))
        if unknown:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Opening hours: {value!r} is not a weekday; use mon, tue, wed, thu, fri, sat or sun.",
                    ),
                    value=unknown[0],
                )
            )
        days = tuple(
            _parse_day(WEEKDAY_NAMES[i], weekly.get(key, [])) for i, key in enumerate(WEEKDAY_KEYS)
        )
        return cls(weekly=days, closed_dates=_parse_closed_dates(value.get("closed_dates", [])))

    def to_setting(self) -> dict[str, Any]:
        """The JSON setting that :meth:`from_setting` reads back to an equal value."""
        return {
            "weekly": {
                key: [[_hhmm(opens), _hhmm(closes)] for opens, closes in intervals]
                for key, intervals in zip(WEEKDAY_KEYS, self.weekly, strict=True)
            },
            "closed_dates": [d.isoformat() for d in sorted(self.closed_dates)],
        }

    def is_open(self, start: datetime, end: datetime) -> bool:
        """Whether a session from ``start`` to ``end`` fits in the opening hours.

        ``start`` is an aware datetime in the clinic's zone; ``end`` is converted to that zone.
        The session must be non-empty, start and end on the same local date, that date must
        not be closed, and one opening period must hold both the local start time and the
        local end time (so a session never runs over a lunch break). Around the clocks going
        back, a local time is compared by its wall-clock reading.
        """
        _require_aware(start, "start")
        _require_aware(end, "end")
        if end.astimezone(UTC) <= start.astimezone(UTC):
            return False
        local_end = end.astimezone(start.tzinfo)
        day = start.date()
        if local_end.date() != day or day in self.closed_dates:
            return False
        begins, finishes = start.time(), local_end.time()
        return any(
            opens <= begins and finishes <= closes for opens, closes in self.weekly[day.weekday()]
        )


def _hours(*spans: tuple[int, int]) -> tuple[Interval, ...]:
    return tuple((time(a), time(b)) for a, b in spans)


_WEEKDAY_HOURS = _hours((9, 18))
DEFAULT_HOURS = OpeningHours(weekly=(*[_WEEKDAY_HOURS] * 5, _hours((9, 13)), ()))
"""Monday to Friday 09:00–18:00, Saturday 09:00–13:00, closed on Sunday."""


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
    _require_aware(start, "start")
    _require_aware(end, "end")
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
    zone = _require_aware(ideal, "ideal")
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
        _require_aware(not_before, "not_before")
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
    zone = _require_aware(new_start, "new_start")
    for session in sessions:
        _require_aware(session, "session")
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
        _require_aware(busy_start, "busy start")
        _require_aware(busy_end, "busy end")
        begins, finishes = busy_start.astimezone(UTC), busy_end.astimezone(UTC)
        if begins < finishes:
            periods.append((begins, finishes))
    return periods


def _require_aware(moment: datetime, what: str) -> tzinfo:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("messages", "The {what} time needs a time zone."), what=what)
        )
    return moment.tzinfo


def _start_of_day(day: date, zone: tzinfo) -> datetime:
    """The first instant of a local date (a midnight the clocks skip maps to the jump)."""
    return datetime.combine(day, time(), tzinfo=zone)


def _since_midnight(at: time) -> timedelta:
    return timedelta(
        hours=at.hour, minutes=at.minute, seconds=at.second, microseconds=at.microsecond
    )


def _time_of(offset: timedelta) -> time:
    return (datetime.min + offset).time()


def _hhmm(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def _span(opens: time, closes: time) -> str:
    return f"{_hhmm(opens)}–{_hhmm(closes)}"


def _no_slot_message(number: int, day: date, max_days: int) -> str:
    weeks, rest = divmod(max_days, 7)
    if rest == 0 and weeks:
        within = f"{weeks} week" if weeks == 1 else f"{weeks} weeks"
    else:
        within = f"{max_days} day" if max_days == 1 else f"{max_days} days"
    when = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "Session {number}: no free slot within {within} after {when}; check the opening hours or the practitioner's diary.",
        ),
        number=number,
        within=within,
        when=when,
    )


def _parse_time(day_name: str, text: object) -> time:
    match = _HHMM.match(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{day_name}: {text!r} is not a time; use HH:MM, e.g. 09:00."
                ),
                day_name=day_name,
                text=text,
            )
        )
    return time(int(match.group(1)), int(match.group(2)))


def _parse_day(day_name: str, value: object) -> tuple[Interval, ...]:
    if not isinstance(value, list | tuple):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", '{day_name}: expected a list of periods like [["09:00", "13:00"]].'
                ),
                day_name=day_name,
            )
        )
    periods: list[Interval] = []
    for pair in value:
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        '{day_name}: {pair!r} is not an [opening, closing] pair like ["09:00", "13:00"].',
                    ),
                    day_name=day_name,
                    pair=pair,
                )
            )
        opens, closes = _parse_time(day_name, pair[0]), _parse_time(day_name, pair[1])
        if closes <= opens:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{day_name}: closing time {hhmm} is not after opening time {hhmm2}.",
                    ),
                    day_name=day_name,
                    hhmm=_hhmm(closes),
                    hhmm2=_hhmm(opens),
                )
            )
        periods.append((opens, closes))
    periods.sort()
    joined: list[Interval] = []
    for opens, closes in periods:
        if joined and opens < joined[-1][1]:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{day_name}: {span} overlaps {span2}."),
                    day_name=day_name,
                    span=_span(opens, closes),
                    span2=_span(*joined[-1]),
                )
            )
        if joined and opens == joined[-1][1]:
            joined[-1] = (joined[-1][0], closes)
        else:
            joined.append((opens, closes))
    return tuple(joined)


def _parse_closed_dates(value: object) -> frozenset[date]:
    if not isinstance(value, list | tuple):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", 'Closed dates: expected a list of dates like ["2026-12-25"].'
                )
            )
        )
    days = set()
    for item in value:
        try:
            if not isinstance(item, str) or not _ISO_DATE.match(item):
                raise ValueError
            days.add(date.fromisoformat(item))
        except ValueError:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Closed dates: {item!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-25.",
                    ),
                    item=item,
                )
            ) from None
    return frozenset(days)

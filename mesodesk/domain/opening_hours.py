"""Opening hours: when the clinic takes appointments, read from and written to its setting."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = (
    Message(QT_TRANSLATE_NOOP("messages", "Monday")),
    Message(QT_TRANSLATE_NOOP("messages", "Tuesday")),
    Message(QT_TRANSLATE_NOOP("messages", "Wednesday")),
    Message(QT_TRANSLATE_NOOP("messages", "Thursday")),
    Message(QT_TRANSLATE_NOOP("messages", "Friday")),
    Message(QT_TRANSLATE_NOOP("messages", "Saturday")),
    Message(QT_TRANSLATE_NOOP("messages", "Sunday")),
)
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Interval = tuple[time, time]
"""One opening period of a day, ``(opens, closes)`` in local wall-clock time."""


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
                                "{name}: closing time {closes} is not after opening time {opens}.",
                            ),
                            name=name,
                            closes=hhmm(closes),
                            opens=hhmm(opens),
                        )
                    )
                if previous is not None and opens <= previous[1]:
                    raise ValueError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "{name}: {period} overlaps or touches {other}; list the periods in order with a break between.",
                            ),
                            name=name,
                            period=span(opens, closes),
                            other=span(*previous),
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
                key: [[hhmm(opens), hhmm(closes)] for opens, closes in intervals]
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
        require_aware(start, "start")
        require_aware(end, "end")
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


def require_aware(moment: datetime, what: str) -> tzinfo:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("messages", "The {what} time needs a time zone."), what=what)
        )
    return moment.tzinfo


def hhmm(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def span(opens: time, closes: time) -> str:
    return f"{hhmm(opens)}–{hhmm(closes)}"


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
                        "{day_name}: closing time {closes} is not after opening time {opens}.",
                    ),
                    day_name=day_name,
                    closes=hhmm(closes),
                    opens=hhmm(opens),
                )
            )
        periods.append((opens, closes))
    periods.sort()
    joined: list[Interval] = []
    for opens, closes in periods:
        if joined and opens < joined[-1][1]:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{day_name}: {period} overlaps {other}."),
                    day_name=day_name,
                    period=span(opens, closes),
                    other=span(*joined[-1]),
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

"""Loading the calendar: one range of days from the services, and a cache of loaded ranges."""

from __future__ import annotations

import logging
import time as clock
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from mesodesk.domain.accounts import User
from mesodesk.domain.schedule import DEFAULT_HOURS, OpeningHours
from mesodesk.services import practitioners as practitioner_service
from mesodesk.services import sessions as session_service
from mesodesk.services import settings as settings_service
from mesodesk.services.dto import PractitionerRecord, SessionSummary
from mesodesk.ui.ops import failure_reason

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CalendarData:
    """One loaded range: its sessions in time order and everything needed to draw them."""

    first_day: date
    days: int
    sessions: tuple[SessionSummary, ...]
    practitioners: tuple[PractitionerRecord, ...]
    """Active practitioners, and archived ones who have a session in the range."""
    hours: OpeningHours
    hours_configured: bool
    """False when the clinic never set its opening hours (the default hours shade the grid)."""
    zone: ZoneInfo

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=self.days - 1)

    def covers(self, first_day: date, days: int) -> bool:
        return self.first_day <= first_day and first_day + timedelta(days=days) <= (
            self.first_day + timedelta(days=self.days)
        )

    def narrowed(self, first_day: date, days: int) -> CalendarData:
        """The part of this range from ``first_day`` for ``days`` days (must be covered)."""
        end = first_day + timedelta(days=days)
        rows = tuple(s for s in self.sessions if first_day <= s.starts_at.date() < end)
        return replace(self, first_day=first_day, days=days, sessions=rows)


def opening_hours(db: Any) -> tuple[OpeningHours, bool]:
    """The clinic's opening hours and whether they were set (bad settings fall back)."""
    value = settings_service.get(db, "clinic.opening_hours")
    if value is None:
        return DEFAULT_HOURS, False
    try:
        return OpeningHours.from_setting(value), True
    except ValueError as error:  # shown as the default rather than no calendar at all
        log.warning("Ignoring the clinic's opening hours: %s", error)
        return DEFAULT_HOURS, False


def load_calendar(db: Any, first_day: date, days: int, actor: User) -> CalendarData:
    """Load ``days`` days from ``first_day`` (safe off the GUI thread: services only)."""
    zone = settings_service.clinic_zone(db)
    hours, configured = opening_hours(db)
    start = datetime.combine(first_day, time.min, tzinfo=zone)
    end = datetime.combine(first_day + timedelta(days=days), time.min, tzinfo=zone)
    rows = session_service.sessions_between(db, start, end, actor=actor)
    used = {row.practitioner_id for row in rows}
    everyone = practitioner_service.list_practitioners(db, include_archived=True)
    shown = tuple(p for p in everyone if not p.archived or p.id in used)
    return CalendarData(first_day, days, tuple(rows), shown, hours, configured, zone)


class CalendarCache:
    """The last few loaded ranges; a day is also served from a loaded week that holds it."""

    def __init__(self, size: int = 12) -> None:
        self._size = size
        self._ranges: OrderedDict[tuple[date, int], CalendarData] = OrderedDict()
        self.version = 0
        """Bumped by :meth:`clear`; loads started under an older version are dropped."""

    def get(self, first_day: date, days: int) -> CalendarData | None:
        key = (first_day, days)
        data = self._ranges.get(key)
        if data is not None:
            self._ranges.move_to_end(key)
            return data
        for other in reversed(self._ranges.values()):
            if other.covers(first_day, days):
                return other.narrowed(first_day, days)
        return None

    def put(self, data: CalendarData, version: int | None = None) -> bool:
        """Keep ``data`` unless it was loaded before the last :meth:`clear`."""
        if version is not None and version != self.version:
            return False
        self._ranges[(data.first_day, data.days)] = data
        self._ranges.move_to_end((data.first_day, data.days))
        while len(self._ranges) > self._size:
            self._ranges.popitem(last=False)
        return True

    def clear(self) -> None:
        self._ranges.clear()
        self.version += 1

    def __len__(self) -> int:
        return len(self._ranges)


@dataclass(frozen=True, slots=True)
class RangeLoad:
    """What a background load brings back: the range asked for, and its data or its error."""

    first_day: date
    days: int
    version: int
    data: CalendarData | None
    error: str
    seconds: float


def load_range(db: Any, first_day: date, days: int, version: int, actor: User) -> RangeLoad:
    """The worker's job: one range of the calendar, tagged with the cache version it is for."""
    started = clock.perf_counter()
    try:
        data = load_calendar(db, first_day, days, actor)
    except Exception as error:  # carried back with the range it belongs to
        return RangeLoad(
            first_day,
            days,
            version,
            None,
            failure_reason(error, "pages.calendar.loader.load_range"),
            0.0,
        )
    return RangeLoad(first_day, days, version, data, "", clock.perf_counter() - started)

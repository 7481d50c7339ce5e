"""Where sessions sit on the grid: columns, the rows' span, closed hours and lanes (no Qt)."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from mesodesk.domain.schedule import OpeningHours
from mesodesk.services.dto import PractitionerRecord, SessionSummary

SLOT_MINUTES = 15
DAY_MINUTES = 24 * 60
FALLBACK_SPAN = (8 * 60, 20 * 60)
"""The rows shown when the clinic has no opening hours set, or is never open."""


@dataclass(frozen=True, slots=True)
class CalendarColumn:
    """One column of the grid: a day for one practitioner (``None``: not assigned)."""

    day: date
    practitioner_id: int | None
    practitioner_name: str
    first_of_day: bool = True
    """The leftmost column of its day (the week view draws a stronger line there)."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one session sits: its column, minutes since local midnight and its lane."""

    session: SessionSummary
    column: int
    start_minute: int
    end_minute: int
    lane: int
    lanes: int


@dataclass(frozen=True, slots=True)
class Overflow:
    """Sessions that did not fit beside the others, gathered per 15-minute slot."""

    column: int
    start_minute: int
    lane: int
    lanes: int
    sessions: tuple[SessionSummary, ...]


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def minute_of(moment: datetime) -> int:
    """Minutes since local midnight on the wall clock."""
    return moment.hour * 60 + moment.minute


def build_columns(
    first_day: date,
    days: int,
    practitioners: Sequence[PractitionerRecord],
    sessions: Iterable[SessionSummary],
    chosen: int | None,
    unassigned_name: str,
) -> list[CalendarColumn]:
    """Columns for each day: the chosen practitioner, or every practitioner side by side.

    With everyone shown, sessions without a practitioner get a column of their own (only when
    the range has some); a clinic with no practitioner at all still gets one column.
    """
    if chosen is not None:
        name = next((p.display_name for p in practitioners if p.id == chosen), "")
        people: list[tuple[int | None, str]] = [(chosen, name)]
    else:
        people = [(p.id, p.display_name) for p in practitioners]
        if not people or any(s.practitioner_id is None for s in sessions):
            people.append((None, unassigned_name))
    columns = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        for index, (pid, name) in enumerate(people):
            columns.append(CalendarColumn(day, pid, name, first_of_day=index == 0))
    return columns


def grid_span(
    hours: OpeningHours, configured: bool, sessions: Iterable[SessionSummary]
) -> tuple[int, int]:
    """First and last minute of the rows: the week's earliest opening to its latest closing.

    Whole hours, widened to show any session outside them; 08:00-20:00 when the hours were
    never set or the clinic is never open.
    """
    periods = [p for day in hours.weekly for p in day] if configured else []
    if periods:
        first = min(minute_of_time(opens) for opens, _ in periods)
        last = max(minute_of_time(closes) for _, closes in periods)
    else:
        first, last = FALLBACK_SPAN
    for row in sessions:
        start = minute_of(row.starts_at)
        first = min(first, start)
        last = max(last, min(DAY_MINUTES, start + max(row.duration_minutes, SLOT_MINUTES)))
    first = first // 60 * 60
    last = min(DAY_MINUTES, -(-last // 60) * 60)
    return first, max(last, first + 60)


def minute_of_time(at: time) -> int:
    return at.hour * 60 + at.minute


def closed_spans(hours: OpeningHours, day: date, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The parts of ``span`` (minutes) when the clinic is shut on ``day``."""
    first, last = span
    if day in hours.closed_dates or not hours.weekly[day.weekday()]:
        return [(first, last)]
    shut = []
    cursor = first
    for opens, closes in hours.weekly[day.weekday()]:
        begin, end = minute_of_time(opens), minute_of_time(closes)
        if begin > cursor:
            shut.append((cursor, min(begin, last)))
        cursor = max(cursor, end)
    if cursor < last:
        shut.append((cursor, last))
    return [(a, b) for a, b in shut if b > a]


def column_index(columns: Sequence[CalendarColumn]) -> dict[tuple[date, int | None], int]:
    """Column number by (day, practitioner id)."""
    return {(c.day, c.practitioner_id): number for number, c in enumerate(columns)}


def place(
    sessions: Iterable[SessionSummary],
    columns: Sequence[CalendarColumn],
    max_lanes: int,
) -> tuple[list[Placement], list[Overflow]]:
    """Lay sessions out in their columns; overlapping ones share the width in lanes.

    A cluster of overlapping sessions needing more than ``max_lanes`` lanes shows
    ``max_lanes - 1`` of them and gathers the rest per 15-minute slot in the last lane
    (so painting stays bounded however crowded the data is).
    """
    max_lanes = max(2, max_lanes)
    index = column_index(columns)
    by_column: dict[int, list[SessionSummary]] = defaultdict(list)
    for row in sessions:
        number = index.get((row.starts_at.date(), row.practitioner_id))
        if number is not None:
            by_column[number].append(row)
    placements: list[Placement] = []
    overflows: list[Overflow] = []
    for number, rows in by_column.items():
        rows.sort(key=lambda r: (minute_of(r.starts_at), -r.duration_minutes, r.id))
        cluster: list[tuple[SessionSummary, int, int, int]] = []
        busy: list[tuple[int, int]] = []  # (end, lane) of the lanes in use, soonest free first
        free: list[int] = []  # lanes free again, lowest first
        lanes = 0
        cluster_end = -1
        for row in rows:
            start = minute_of(row.starts_at)
            end = min(DAY_MINUTES, start + max(row.duration_minutes, 1))
            if cluster and start >= cluster_end:
                _flush(number, cluster, lanes, max_lanes, placements, overflows)
                cluster, busy, free, lanes, cluster_end = [], [], [], 0, -1
            while busy and busy[0][0] <= start:
                heapq.heappush(free, heapq.heappop(busy)[1])
            if free:
                lane = heapq.heappop(free)
            else:
                lane, lanes = lanes, lanes + 1
            heapq.heappush(busy, (end, lane))
            cluster.append((row, start, end, lane))
            cluster_end = max(cluster_end, end)
        if cluster:
            _flush(number, cluster, lanes, max_lanes, placements, overflows)
    return placements, overflows


def _flush(
    column: int,
    cluster: list[tuple[SessionSummary, int, int, int]],
    lanes: int,
    max_lanes: int,
    placements: list[Placement],
    overflows: list[Overflow],
) -> None:
    if lanes <= max_lanes:
        placements.extend(Placement(r, column, s, e, lane, lanes) for r, s, e, lane in cluster)
        return
    shown = max_lanes - 1
    hidden: dict[int, list[SessionSummary]] = defaultdict(list)
    for row, start, end, lane in cluster:
        if lane < shown:
            placements.append(Placement(row, column, start, end, lane, max_lanes))
        else:
            hidden[start // SLOT_MINUTES * SLOT_MINUTES].append(row)
    overflows.extend(
        Overflow(column, slot, shown, max_lanes, tuple(rows))
        for slot, rows in sorted(hidden.items())
    )


def moved(
    sessions: Sequence[SessionSummary],
    starts: dict[int, datetime],
    practitioner: tuple[int, int | None, str] | None = None,
) -> tuple[SessionSummary, ...]:
    """``sessions`` with new start times (and one session's new practitioner) applied.

    Lets the grid show a move at once, before the range is loaded again.
    """
    out = []
    for row in sessions:
        if row.id in starts:
            row = replace(row, starts_at=starts[row.id])
        if practitioner is not None and row.id == practitioner[0]:
            row = replace(row, practitioner_id=practitioner[1], practitioner_name=practitioner[2])
        out.append(row)
    out.sort(key=lambda r: (r.starts_at, r.id))
    return tuple(out)

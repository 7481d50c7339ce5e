"""Kept for old imports: the calendar's data now lives in ``mesodesk.ui.pages.calendar``."""

from __future__ import annotations

from mesodesk.ui.pages.calendar.layout import (
    DAY_MINUTES,
    FALLBACK_SPAN,
    SLOT_MINUTES,
    CalendarColumn,
    Overflow,
    Placement,
    build_columns,
    closed_spans,
    column_index,
    grid_span,
    minute_of,
    minute_of_time,
    moved,
    place,
    week_start,
)
from mesodesk.ui.pages.calendar.loader import (
    CalendarCache,
    CalendarData,
    load_calendar,
    opening_hours,
)

__all__ = [
    "DAY_MINUTES",
    "FALLBACK_SPAN",
    "SLOT_MINUTES",
    "CalendarCache",
    "CalendarColumn",
    "CalendarData",
    "Overflow",
    "Placement",
    "build_columns",
    "closed_spans",
    "column_index",
    "grid_span",
    "load_calendar",
    "minute_of",
    "minute_of_time",
    "moved",
    "opening_hours",
    "place",
    "week_start",
]

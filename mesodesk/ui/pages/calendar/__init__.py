"""The clinic calendar: a day or a week of sessions in practitioner columns; drag to move them.

The page (``page``) loads ranges (``loader``) and shows them in the grid widget (``view``),
which lays sessions out (``layout``, ``geometry``, ``blocks``), paints them (``painter``),
and takes the mouse (``interaction``) and the keyboard (``keyboard``). Moving and cancelling
sessions live in ``move`` and ``cancel``.
"""

from __future__ import annotations

from mesodesk.ui.pages.calendar.keyboard import DAY, WEEK, handle_navigation_key
from mesodesk.ui.pages.calendar.loader import load_calendar
from mesodesk.ui.pages.calendar.page import CalendarPage
from mesodesk.ui.pages.calendar.toolbar import ALL_PRACTITIONERS
from mesodesk.ui.pages.calendar.view import CalendarView

__all__ = [
    "ALL_PRACTITIONERS",
    "DAY",
    "WEEK",
    "CalendarPage",
    "CalendarView",
    "handle_navigation_key",
    "load_calendar",
]

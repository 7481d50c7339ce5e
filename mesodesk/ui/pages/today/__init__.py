"""The Today page: the day's sessions for reception, their status, and their aftercare sheets.

``view`` holds the widgets, ``day_list`` the day's rows and the selection, ``page`` the
status changes and the aftercare printing, ``sheets`` the batch built off the GUI thread.
"""

from mesodesk.ui.locale_format import long_date
from mesodesk.ui.pages.today.day_list import (
    ALL_PRACTITIONERS,
    REFRESH_KINDS,
    UNASSIGNED,
    DayRows,
    TodayList,
    load_day,
)
from mesodesk.ui.pages.today.page import TodayPage
from mesodesk.ui.pages.today.sheets import BACKGROUND_SHEETS, SheetBatch, build_sheets
from mesodesk.ui.pages.today.view import TodayView

__all__ = [
    "ALL_PRACTITIONERS",
    "BACKGROUND_SHEETS",
    "REFRESH_KINDS",
    "UNASSIGNED",
    "DayRows",
    "SheetBatch",
    "TodayList",
    "TodayPage",
    "TodayView",
    "build_sheets",
    "load_day",
    "long_date",
]

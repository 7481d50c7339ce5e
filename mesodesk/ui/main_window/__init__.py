"""The main window: navigation, menus and actions; each page lives in its own module.

``window`` holds ``MainWindow`` (pages, actions, navigation), ``menus`` its menu bar,
``tasks`` its page-independent tasks (who is working, backup, restore, check, window state),
``desk`` the guard against changes nobody signs, ``backups`` the "last good backup" line and
the automatic backups, ``read_only`` a window whose database opened read-only, and
``navigation`` the sidebar's pages.
"""

from mesodesk.ui.main_window.desk import NoPractitionerChosen, WindowContext
from mesodesk.ui.main_window.navigation import (
    NAVIGATION_ORDER,
    PAGE_BACKUPS,
    PAGE_CALENDAR,
    PAGE_CHART,
    PAGE_EVENTS,
    PAGE_FOLLOWUPS,
    PAGE_ICONS,
    PAGE_OVERVIEW,
    PAGE_PATIENTS,
    PAGE_PRODUCTS,
    PAGE_TODAY,
    ChartHost,
    navigation_row,
)
from mesodesk.ui.main_window.window import MainWindow

__all__ = [
    "NAVIGATION_ORDER",
    "PAGE_BACKUPS",
    "PAGE_CALENDAR",
    "PAGE_CHART",
    "PAGE_EVENTS",
    "PAGE_ICONS",
    "PAGE_OVERVIEW",
    "PAGE_PATIENTS",
    "PAGE_PRODUCTS",
    "PAGE_FOLLOWUPS",
    "PAGE_TODAY",
    "ChartHost",
    "MainWindow",
    "NoPractitionerChosen",
    "WindowContext",
    "navigation_row",
]

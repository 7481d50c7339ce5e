"""The pages the main window builds the first time they are shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mesodesk.ui.main_window.navigation import (
    PAGE_BACKUPS,
    PAGE_CALENDAR,
    PAGE_FOLLOWUPS,
    PAGE_TODAY,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from mesodesk.ui.main_window.window import MainWindow


def build_lazy_page(window: MainWindow, page: int) -> QWidget:
    """Today, the calendar, follow-ups, backups or adverse events, wired to ``window``."""
    if page == PAGE_TODAY:
        from mesodesk.ui.pages.today import TodayPage

        today = TodayPage(window.ctx, window)
        today.sessionActivated.connect(lambda _patient, session: window.open_session(session))
        return today
    if page == PAGE_CALENDAR:
        from mesodesk.ui.pages.calendar import CalendarPage

        calendar = CalendarPage(window.ctx, window)
        calendar.sessionActivated.connect(lambda _patient, session: window.open_session(session))
        calendar.slotRequested.connect(window.book_slot)
        return calendar
    if page == PAGE_FOLLOWUPS:
        from mesodesk.ui.pages.followups import FollowUpsPage

        followups = FollowUpsPage(window.ctx, window)
        followups.planRequested.connect(window.plan_next_session)
        return followups
    if page == PAGE_BACKUPS:
        from mesodesk.ui.pages.backups import BackupsPage

        backups = BackupsPage(window.ctx, window)
        backups.backupTaken.connect(window.backups.note_taken)
        backups.restoreRequested.connect(window.open_restore)
        return backups
    from mesodesk.ui.pages.adverse_events import AdverseEventsPage

    events = AdverseEventsPage(window.ctx, window)
    events.patientActivated.connect(window.open_patient)
    return events

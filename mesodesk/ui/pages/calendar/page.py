"""The calendar page: a toolbar (◀ Today ▶, Day/Week, practitioner, Book) over the grid."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import practitioners as practitioner_service
from mesodesk.services.dto import PractitionerRecord
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import Operation, failure_reason, run_op
from mesodesk.ui.pages.calendar import cancel, loader, move
from mesodesk.ui.pages.calendar.keyboard import DAY, WEEK, handle_navigation_key
from mesodesk.ui.pages.calendar.layout import build_columns, week_start
from mesodesk.ui.pages.calendar.loader import CalendarCache, CalendarData, RangeLoad
from mesodesk.ui.pages.calendar.text import range_caption, summary_text
from mesodesk.ui.pages.calendar.toolbar import PractitionerCombo
from mesodesk.ui.pages.calendar.view import CalendarView
from mesodesk.ui.theme import MUTED_STYLE

REFRESH_KINDS = ("session", "patient", "practitioner", "settings", "product", "course", "all")
PREFETCH_BELOW_S = 0.4
"""Neighbouring ranges are loaded ahead only while a load takes less than this."""


class CalendarPage(QWidget):
    """The calendar page: navigation and filters over the grid; it loads what the grid shows."""

    sessionActivated = Signal(int, int)
    """(patient_id, session_id): open the session editor on this session."""
    slotRequested = Signal(object, object)
    """(practitioner id or None, aware start): open the session editor for a new session."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calendarPage")
        self.cache = CalendarCache()
        self.mode = DAY
        self.day = date.today()
        self._stale = True
        self._inflight: dict[tuple[date, int, int], Operation] = {}
        self.practitioners: tuple[PractitionerRecord, ...] = ()
        """The practitioners of the last loaded range (names for moved sessions)."""
        self._last_load_s = 0.0
        self.last_load_seconds: float | None = None
        """How long the last range took to load (for the benchmark notes)."""
        self._build_actions()
        self._build_ui()
        bus().changed.connect(self._on_data_changed)

    # --- construction ---------------------------------------------------------------------

    def _action(
        self, text: str, name: str, slot: Callable[[], object], shortcuts: str, tip: str
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in shortcuts.split(";")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_previous = self._action(
            "◀",
            "actionCalendarPrevious",
            self.previous_period,
            "Alt+Left",
            self.tr("Previous day or week (PageUp, Alt+Left)"),
        )
        self.action_next = self._action(
            "▶",
            "actionCalendarNext",
            self.next_period,
            "Alt+Right",
            self.tr("Next day or week (PageDown, Alt+Right)"),
        )
        self.action_today = self._action(
            self.tr("&Today"),
            "actionCalendarToday",
            self.go_to_today,
            "Alt+Home",
            self.tr("Back to today (T or Home)"),
        )
        self.action_book = self._action(
            self.tr("&Book…"),
            "actionCalendarBook",
            self.book_selected,
            "Ctrl+B;Ins",
            self.tr("Book a session in the selected free slot (Ctrl+B or Insert)"),
        )
        self.action_cancel = self._action(
            self.tr("Cancel session…"),
            "actionCalendarCancel",
            self.cancel_selected,
            "Del",
            self.tr("Cancel the selected session and offer a replacement slot (Delete)"),
        )

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(action.objectName() + "Button")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(action.toolTip().split(" (")[0])
        return button

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        for action in (self.action_previous, self.action_today, self.action_next):
            bar.addWidget(self._tool_button(action))
        bar.addSpacing(12)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.day_button = QToolButton(self)
        self.day_button.setObjectName("calendarDayMode")
        self.day_button.setText(self.tr("Day"))
        self.day_button.setToolTip(self.tr("One day, a column per practitioner (D)"))
        self.week_button = QToolButton(self)
        self.week_button.setObjectName("calendarWeekMode")
        self.week_button.setText(self.tr("Week"))
        self.week_button.setToolTip(
            self.tr("Monday to Sunday; with several practitioners it scrolls sideways (W)")
        )
        for button, mode in ((self.day_button, DAY), (self.week_button, WEEK)):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)
            bar.addWidget(button)
        self.day_button.setChecked(True)
        bar.addSpacing(18)
        self.practitioner_combo = PractitionerCombo(self)
        self.practitioner_combo.currentIndexChanged.connect(self._on_filter_changed)
        label = QLabel(self.tr("&Practitioner:"), self)
        label.setBuddy(self.practitioner_combo)
        bar.addWidget(label)
        bar.addWidget(self.practitioner_combo)
        bar.addSpacing(12)
        bar.addWidget(self._tool_button(self.action_book))
        bar.addSpacing(18)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("calendarDate")
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.date_label.setFont(font)
        self.date_label.setWordWrap(True)  # a long date in some languages takes two lines
        bar.addWidget(self.date_label, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("calendarSummary")
        self.summary.setStyleSheet(MUTED_STYLE)
        bar.addWidget(self.summary)
        layout.addLayout(bar)

        self.info = QLabel(self)
        self.info.setObjectName("calendarInfo")
        self.info.setWordWrap(True)
        self.info.hide()
        layout.addWidget(self.info)

        self.view = CalendarView(self)
        self.view.sessionActivated.connect(self.sessionActivated)
        self.view.slotRequested.connect(self.slotRequested)
        self.view.moveRequested.connect(self._on_move_requested)
        self.view.cancelRequested.connect(self.cancel_session)
        self.view.periodRequested.connect(self.step)
        self.view.todayRequested.connect(self.go_to_today)
        self.view.modeRequested.connect(self.set_mode)
        self.view.dayRequested.connect(self._open_day)
        self.view.practitionerRequested.connect(self._only_practitioner)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self._update_date_label()

    # --- what is shown --------------------------------------------------------------------

    def visible_range(self) -> tuple[date, int]:
        """The first day shown and how many days (1 or 7)."""
        if self.mode == WEEK:
            return week_start(self.day), 7
        return self.day, 1

    def set_day(self, day: date) -> None:
        if day == self.day:
            return
        self.day = day
        self.set_info("")
        self.refresh()

    def set_mode(self, mode: str) -> None:
        if mode not in (DAY, WEEK):
            raise ValueError(f"unknown calendar mode {mode!r}")
        (self.day_button if mode == DAY else self.week_button).setChecked(True)
        if mode == self.mode:
            return
        self.mode = mode
        self.set_info("")
        self.refresh()

    @Slot(int)
    def step(self, direction: int) -> None:
        """Move one day (day view) or one week (week view) forwards or back."""
        days = 7 if self.mode == WEEK else 1
        self.set_day(self.day + timedelta(days=days * (1 if direction > 0 else -1)))

    @Slot()
    def previous_period(self) -> None:
        self.step(-1)

    @Slot()
    def next_period(self) -> None:
        self.step(1)

    @Slot()
    def go_to_today(self) -> None:
        self.set_day(self.today())
        self.view.scroll_to_now(when_loaded=True)

    def today(self) -> date:
        return self.view.now(self.view.zone).date()

    @Slot(object)
    def _open_day(self, day: date) -> None:
        self.day = day
        self.mode = DAY
        self.day_button.setChecked(True)
        self.refresh()

    @Slot(object)
    def _only_practitioner(self, practitioner_id: int | None) -> None:
        if practitioner_id is not None and self.practitioner_filter() is None:
            self.set_practitioner_filter(practitioner_id)

    def practitioner_filter(self) -> int | None:
        """The chosen practitioner's id, or None for everyone."""
        return self.practitioner_combo.chosen()

    def set_practitioner_filter(self, practitioner_id: int | None) -> bool:
        return self.practitioner_combo.choose(practitioner_id)

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        self._show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the toolbar does not use still navigate (Left/Right too, outside the grid)."""
        if handle_navigation_key(self.view, event):
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and event.key() == Qt.Key.Key_Left:
            self.step(-1)
        elif modifiers == Qt.KeyboardModifier.NoModifier and event.key() == Qt.Key.Key_Right:
            self.step(1)
        else:
            super().keyPressEvent(event)

    def set_info(self, text: str) -> None:
        """The line above the grid saying what the last action did; empty hides it."""
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def _update_date_label(self) -> None:
        self.date_label.setText(range_caption(*self.visible_range(), self.today()))

    # --- data -----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """Whether the range shown is still being loaded."""
        return self.view.loading

    @Slot()
    def refresh(self) -> None:
        """Show the visible range: at once from the cache, or load it in the background."""
        self._stale = False
        self._update_date_label()
        self._refresh_practitioners()
        first, days = self.visible_range()
        data = self.cache.get(first, days)
        if data is not None:
            self._show(data)
            self._prefetch()
            return
        if (self.view.first_day, self.view.days) == (first, days) and self.view.columns:
            self.view.set_loading(True)  # reloading after a change: keep the grid meanwhile
        else:
            self._show_placeholder(first, days)
        self._load(first, days)

    def _refresh_practitioners(self) -> None:
        try:
            people = practitioner_service.list_practitioners(self.ctx.db)
        except Exception as error:  # the grid still shows; the line above it says why
            self.set_info(
                self.tr("The practitioners could not be loaded: {0}").format(
                    failure_reason(error, "pages.calendar.page._refresh_practitioners")
                )
            )
            return
        if not self.practitioners:
            self.practitioners = tuple(people)
        self.practitioner_combo.fill(people, self.practitioners)

    def _load(self, first: date, days: int) -> None:
        key = (first, days, self.cache.version)
        if key in self._inflight:
            return
        self._inflight[key] = run_op(
            self,
            loader.load_range,
            self.ctx.db,
            first,
            days,
            self.cache.version,
            self.ctx.actor,
            changes=(),
            background=True,
            on_done=self._on_loaded,
            on_failed=lambda _error: self._inflight.pop(key, None),
            failure=self.tr("The calendar could not be loaded: {0}"),
            show=self._show_load_failure,
        )

    @Slot(object)
    def _on_loaded(self, result: RangeLoad) -> None:
        self._inflight.pop((result.first_day, result.days, result.version), None)
        shown = (result.first_day, result.days) == self.visible_range()
        if result.data is None:
            if shown:  # the loader logged it (ops.failure_reason)
                self._show_load_failure(
                    self.tr("The calendar could not be loaded: {0}").format(result.error)
                )
            return
        if not self.cache.put(result.data, result.version):
            return  # loaded before a change: a fresh load is under way
        self._last_load_s = result.seconds
        self.practitioners = result.data.practitioners
        if shown:
            self.last_load_seconds = result.seconds
            self._show(result.data)
            self._prefetch()

    def _show_load_failure(self, message: str) -> None:
        """The one place a failed load is shown: the line above the grid."""
        view = self.view
        view.set_content(
            view.columns, (), *view.hours, view.zone, first_day=view.first_day, days=view.days
        )
        self.set_info(message)

    def _prefetch(self) -> None:
        """Load the ranges before and after ahead of time, while loading is quick."""
        if self._last_load_s > PREFETCH_BELOW_S:
            return
        first, days = self.visible_range()
        for offset in (days, -days):
            other = first + timedelta(days=offset)
            if self.cache.get(other, days) is None:
                self._load(other, days)

    def _show_placeholder(self, first: date, days: int) -> None:
        """The new range's empty grid while its sessions load."""
        chosen = self.practitioner_filter()
        practitioners = [p for p in self.practitioners if not p.archived]
        columns = build_columns(first, days, practitioners, (), chosen, self.tr("Unassigned"))
        self.summary.setText("")
        view = self.view
        view.set_content(
            columns, (), *view.hours, view.zone, first_day=first, days=days, loading=True
        )

    def _show(self, data: CalendarData) -> None:
        chosen = self.practitioner_filter()
        rows = [s for s in data.sessions if chosen is None or s.practitioner_id == chosen]
        columns = build_columns(
            data.first_day, data.days, data.practitioners, rows, chosen, self.tr("Unassigned")
        )
        self.view.set_content(
            columns,
            rows,
            data.hours,
            data.hours_configured,
            data.zone,
            first_day=data.first_day,
            days=data.days,
        )
        self.summary.setText(summary_text(rows))

    def _show_current(self) -> None:
        data = self.cache.get(*self.visible_range())
        if data is not None:
            self._show(data)
        else:
            self.refresh()

    @Slot(str)
    def _on_data_changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        self.cache.clear()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            first_show = not self.view.columns
            self.refresh()
            if first_show:
                self.view.scroll_to_now(when_loaded=True)

    # --- acting on the selection ----------------------------------------------------------

    @Slot()
    def book_selected(self) -> bool:
        """Ctrl+B or Insert: book the selected free slot (the same request as a double-click)."""
        if self.view.book_cursor():
            return True
        self.set_info(self.tr("The selected slot is taken: choose a free slot to book."))
        return False

    @Slot()
    def cancel_selected(self) -> bool:
        """Delete: cancel the selected session (asks for a reason, then offers a replacement)."""
        row = self.view.cursor_session()
        if row is None:
            self.set_info(self.tr("Select a session to cancel."))
            return False
        return self.cancel_session(row.id)

    @Slot(int)
    def cancel_session(self, session_id: int) -> bool:
        """Cancel a shown session and offer a replacement slot; True if it was cancelled."""
        return cancel.cancel_session(self, session_id)

    @Slot(int, object, object)
    def _on_move_requested(
        self, session_id: int, new_start: datetime, practitioner_id: int | None
    ) -> None:
        self.move_session(session_id, new_start, practitioner_id)

    def move_session(
        self, session_id: int, new_start: datetime, practitioner_id: int | None = None
    ) -> bool:
        """Move a session (and, if the user agrees, its course's later ones); True if moved.

        ``practitioner_id`` is the practitioner whose column it was dropped in (None keeps
        the session's own). Overlaps and done sessions are refused with a message, and then
        nothing changes.
        """
        return move.move_session(self, session_id, new_start, practitioner_id)

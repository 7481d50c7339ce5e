"""The calendar grid widget: one column per day and practitioner, 15-minute rows, its signals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QWidget

from mesodesk.domain.schedule import OpeningHours
from mesodesk.domain.session_rules import MAX_DURATION_MINUTES, MIN_DURATION_MINUTES
from mesodesk.services.dto import SessionSummary
from mesodesk.ui.pages.calendar.blocks import Block, BlockLayout
from mesodesk.ui.pages.calendar.geometry import GridContent, GridGeometry
from mesodesk.ui.pages.calendar.interaction import GridMarks, MouseHandler
from mesodesk.ui.pages.calendar.keyboard import handle_grid_key, handle_navigation_key
from mesodesk.ui.pages.calendar.layout import SLOT_MINUTES, CalendarColumn, minute_of, moved
from mesodesk.ui.pages.calendar.painter import GridPainter, lines_for
from mesodesk.ui.pages.calendar.text import long_moment, session_text, why_fixed

LOADING_HINT_MS = 150
NOW_TICK_MS = 30_000


class CalendarView(QAbstractScrollArea):
    """The time grid, painted in one pass: 15-minute rows, one column per day and practitioner.

    Mouse positions and the rectangles this view reports are in viewport coordinates.
    """

    sessionActivated = Signal(int, int)
    """(patient_id, session_id): double-click or Enter on a session."""
    slotRequested = Signal(object, object)
    """(practitioner id or None, aware start): book a session in a free slot."""
    moveRequested = Signal(int, object, object)
    """(session_id, aware new start, practitioner id of the column it was dropped in)."""
    cancelRequested = Signal(int)
    """(session_id): the session's menu asked to cancel it."""
    periodRequested = Signal(int)
    """-1 or +1: the previous or next day (or week)."""
    todayRequested = Signal()
    modeRequested = Signal(str)
    dayRequested = Signal(object)
    """A day's header (or a crowded slot) was clicked in the week view: show that day."""
    practitionerRequested = Signal(object)
    """A practitioner's header was clicked: show only that practitioner (None: unassigned)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.setAccessibleName(self.tr("Clinic calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self.setFrameShape(QAbstractScrollArea.Shape.StyledPanel)
        self.now: Callable[[ZoneInfo], datetime] = lambda zone: datetime.now(zone)
        """The clock (tests and screenshots pin it)."""
        self.geo = GridGeometry(self)
        self.blocks = BlockLayout(self.geo)
        self.marks = GridMarks()
        self.requested_minutes = SLOT_MINUTES
        """How long the last requested slot was (a drag over several rows asks for more)."""
        self._loading = False
        self.show_loading_hint = False
        """True once a load has taken long enough to say so on the grid."""
        self._scroll_to_now = False
        self._painter = GridPainter(self)
        self._mouse = MouseHandler(self)
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_HINT_MS)
        self._loading_timer.timeout.connect(self._on_loading_hint)
        self._tick = QTimer(self)
        self._tick.setInterval(NOW_TICK_MS)
        self._tick.timeout.connect(self.viewport().update)
        self._tick.start()

    # --- content --------------------------------------------------------------------------

    def set_content(
        self,
        columns: Sequence[CalendarColumn],
        sessions: Sequence[SessionSummary],
        hours: OpeningHours,
        hours_configured: bool,
        zone: ZoneInfo,
        *,
        first_day: date,
        days: int,
        loading: bool = False,
    ) -> None:
        """Show ``sessions`` in ``columns``; ``loading`` says more are on their way."""
        old_columns = len(self.geo.content.columns)
        self.geo.content = GridContent.build(
            columns, sessions, hours, hours_configured, zone, first_day, days
        )
        self._set_loading(loading)
        self._mouse.cancel_drag()
        self.marks.select = None
        self.blocks.invalidate()
        marks = self.marks
        if marks.cursor is not None or marks.pending_edge:
            column, slot = marks.cursor or (0, self.default_cursor()[1])
            if marks.pending_edge < 0:
                column = len(columns) - 1
            elif marks.pending_edge > 0:
                column = 0
            elif len(columns) != old_columns:
                column = min(column, len(columns) - 1)
            marks.pending_edge = 0
            marks.cursor = (max(0, column), min(slot, self.geo.content.slot_count - 1))
        self.geo.update_scrollbars()
        if self._scroll_to_now and not loading:
            self._scroll_to_now = False
            self.scroll_to_now()
        self.setAccessibleDescription(
            self.tr(
                "{n} sessions. Arrows move the cursor, Enter opens a session or books a free "
                "slot, Ctrl+B or Insert books it, Delete cancels a session, PageUp and "
                "PageDown change the day or week, T goes to today."
            ).format(n=len(sessions))
        )
        self.viewport().update()

    def set_loading(self, loading: bool) -> None:
        """Say whether fresher content is on its way (what is shown stays meanwhile)."""
        self._set_loading(loading)
        self.viewport().update()

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        if loading:
            if not self._loading_timer.isActive() and not self.show_loading_hint:
                self._loading_timer.start()
        else:
            self._loading_timer.stop()
            self.show_loading_hint = False

    @Slot()
    def _on_loading_hint(self) -> None:
        self.show_loading_hint = self._loading
        self.viewport().update()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def content(self) -> GridContent:
        return self.geo.content

    @property
    def columns(self) -> list[CalendarColumn]:
        return list(self.geo.content.columns)

    @property
    def sessions(self) -> tuple[SessionSummary, ...]:
        return self.geo.content.sessions

    @property
    def hours(self) -> tuple[OpeningHours, bool]:
        """The opening hours shading the grid, and whether the clinic set them."""
        return self.geo.content.hours, self.geo.content.hours_configured

    @property
    def span(self) -> tuple[int, int]:
        """The first and last minute of the day shown (local wall clock)."""
        return self.geo.content.span

    @property
    def zone(self) -> ZoneInfo:
        return self.geo.content.zone

    @property
    def first_day(self) -> date:
        return self.geo.content.first_day

    @property
    def days(self) -> int:
        return self.geo.content.days

    def session(self, session_id: int) -> SessionSummary | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def show_moved(
        self, starts: dict[int, datetime], practitioner: tuple[int, int | None, str] | None
    ) -> None:
        """Show a move at once, before the range is loaded again."""
        content = self.geo.content
        self.set_content(
            content.columns,
            moved(content.sessions, starts, practitioner),
            content.hours,
            content.hours_configured,
            content.zone,
            first_day=content.first_day,
            days=content.days,
            loading=self._loading,
        )

    # --- size and font --------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.geo.update_scrollbars()
        self.blocks.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.geo.update_metrics(self.font())
            self.blocks.invalidate()
            self.geo.update_scrollbars()
            self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # --- what tests and the page ask --------------------------------------------------------

    def session_rect(self, session_id: int) -> QRect | None:
        """Where a session's block is drawn (viewport coordinates), or None if not shown."""
        self.blocks.ensure()
        block = self.blocks.by_id.get(session_id)
        return self.geo.view_rect(block.rect).toAlignedRect() if block is not None else None

    def session_lines(self, session_id: int) -> list[str]:
        """The text drawn on a session's block (elided to its size), or [] if not shown."""
        self.blocks.ensure()
        block = self.blocks.by_id.get(session_id)
        return lines_for(self, block) if block is not None else []

    def session_at(self, point: QPoint) -> SessionSummary | None:
        block = self.blocks.block_at(point)
        return block.session if block is not None else None

    def column_number(self, day: date, practitioner_id: int | None) -> int | None:
        return self.geo.content.column_number(day, practitioner_id)

    def column_width(self) -> float:
        return self.geo.column_width()

    def slot_rect(self, day: date, practitioner_id: int | None, at: time) -> QRect | None:
        """The 15-minute cell of ``day`` at ``at`` in a practitioner's column (viewport)."""
        column = self.column_number(day, practitioner_id)
        minute = at.hour * 60 + at.minute
        if column is None or not self.span[0] <= minute < self.span[1]:
            return None
        slot = (minute - self.span[0]) // SLOT_MINUTES
        return self.geo.view_rect(self.geo.cell_rect(column, slot)).toAlignedRect()

    def ensure_visible(self, rect: QRect) -> None:
        """Scroll so that ``rect`` (viewport coordinates) is in view."""
        self.geo.ensure_visible(rect)

    def scroll_to_now(self, *, when_loaded: bool = False) -> None:
        """Bring the "now" line (or, on other days, the first session) into view.

        ``when_loaded`` waits for the content being loaded, whose hours may differ. A week
        wider than the view also scrolls sideways to today.
        """
        if when_loaded and self._loading:
            self._scroll_to_now = True
            return
        today = self.today_column()
        if today is not None:
            self.scroll_to_minute(minute_of(self.now(self.zone)))
            self.horizontalScrollBar().setValue(int(today * self.geo.column_width()))
        elif self.sessions:
            self.scroll_to_minute(min(minute_of(s.starts_at) for s in self.sessions) + 60)
        else:
            self.verticalScrollBar().setValue(0)

    def scroll_to_minute(self, minute: int) -> None:
        """Scroll so that ``minute`` of the day sits a third of the way down."""
        view_h = self.viewport().height() - self.geo.header_h
        self.verticalScrollBar().setValue(int(self.geo.y_of(minute) - view_h / 3))

    def cursor_cell(self) -> tuple[int, int] | None:
        """The keyboard cursor as (column, 15-minute row), or None."""
        return self.marks.cursor

    def cursor_start(self) -> tuple[int | None, datetime] | None:
        if self.marks.cursor is None or not self.geo.content.columns:
            return None
        column, slot = self.marks.cursor
        return self.geo.content.columns[column].practitioner_id, self.content.start_of(column, slot)

    def cursor_session(self) -> SessionSummary | None:
        """The session under the keyboard cursor, or None on a free slot."""
        if self.marks.cursor is None:
            return None
        block = self.blocks.block_in_cell(*self.marks.cursor)
        return block.session if block is not None else None

    def focused_block(self) -> Block | None:
        """The block the cursor is on while the grid has focus (drawn with a focus frame)."""
        if self.marks.cursor is None or not self.hasFocus():
            return None
        return self.blocks.block_in_cell(*self.marks.cursor)

    def set_cursor(self, column: int, slot: int) -> None:
        content = self.geo.content
        if not content.columns:
            return
        column = max(0, min(column, len(content.columns) - 1))
        slot = max(0, min(slot, content.slot_count - 1))
        self.marks.cursor = (column, slot)
        self.ensure_visible(self.geo.view_rect(self.geo.cell_rect(column, slot)).toAlignedRect())
        block = self.blocks.block_in_cell(column, slot)
        self.setAccessibleDescription(
            session_text(block.session)
            if block is not None
            else self.tr("Free: {who}, {when}").format(
                who=content.columns[column].practitioner_name,
                when=long_moment(content.start_of(column, slot)),
            )
        )
        self.viewport().update()

    def default_cursor(self) -> tuple[int, int]:
        today = self.today_column()
        if today is not None:
            slot = (minute_of(self.now(self.zone)) - self.span[0]) // SLOT_MINUTES
            return today, max(0, min(slot, self.content.slot_count - 1))
        return 0, 0

    def today_column(self) -> int | None:
        today = self.now(self.zone).date()
        return next((n for n, c in enumerate(self.content.columns) if c.day == today), None)

    def why_fixed(self, row: SessionSummary) -> str:
        """Why a session cannot be dragged, or "" when it can."""
        return why_fixed(row)

    def max_selected_slots(self) -> int:
        """The most rows a selection may cover: the longest session allowed."""
        return MAX_DURATION_MINUTES // SLOT_MINUTES

    # --- painting and tooltips ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.blocks.ensure()
        painter = QPainter(self.viewport())
        try:
            self._painter.paint(painter)
        finally:
            painter.end()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, point: QPoint) -> str:
        """The tooltip for a point of the viewport (rich text), or ""."""
        return self._mouse.tooltip_at(point)

    # --- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._mouse.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mouse.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._mouse.release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._mouse.double_click(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(self.viewport().mapFromGlobal(event.globalPos()))
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    def context_menu(self, point: QPoint) -> QMenu | None:
        """The menu for a point of the viewport: open or cancel the session, or book the slot."""
        return self._mouse.context_menu(point)

    def request_slot(self, column: int, slot: int, slots: int) -> None:
        """Ask to book ``slots`` rows from ``slot`` in ``column`` (within the allowed length)."""
        minutes = max(MIN_DURATION_MINUTES, min(MAX_DURATION_MINUTES, slots * SLOT_MINUTES))
        self.requested_minutes = minutes
        content = self.geo.content
        self.slotRequested.emit(
            content.columns[column].practitioner_id, content.start_of(column, slot)
        )

    # --- keyboard -------------------------------------------------------------------------

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        if self.marks.cursor is None and self.content.columns:
            self.marks.cursor = self.default_cursor()
        self.viewport().update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and (
            self.marks.drag is not None or self.marks.select is not None
        ):
            self._mouse.cancel_drag()
            self.marks.select = None
            self.viewport().update()
            return
        if handle_navigation_key(self, event) or handle_grid_key(self, event):
            return
        super().keyPressEvent(event)

    def activate_cursor(self) -> None:
        """Enter: open the session under the cursor, or ask to book the free slot."""
        if not self.content.columns:
            return
        if self.marks.cursor is None:
            self.marks.cursor = self.default_cursor()
        row = self.cursor_session()
        if row is not None:
            self.sessionActivated.emit(row.patient_id, row.id)
        else:
            self.request_slot(*self.marks.cursor, 1)

    def book_cursor(self) -> bool:
        """Ask to book the free slot under the cursor; False when a session is there."""
        if not self.content.columns:
            return False
        if self.marks.cursor is None:
            self.marks.cursor = self.default_cursor()
        if self.cursor_session() is not None:
            return False
        self.request_slot(*self.marks.cursor, 1)
        return True

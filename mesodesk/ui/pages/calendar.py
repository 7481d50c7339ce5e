"""The clinic calendar: a day or a week of sessions in practitioner columns; drag to move them."""

from __future__ import annotations

import time as clock
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from html import escape
from math import floor
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.schedule import DEFAULT_HOURS, OpeningHours
from mesodesk.services import practitioners as practitioner_service
from mesodesk.services.dto import PractitionerRecord, SessionSummary
from mesodesk.services.errors import ServiceError, ValidationFailed
from mesodesk.ui import workers
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.calendar import (
    FALLBACK_SPAN,
    SLOT_MINUTES,
    CalendarCache,
    CalendarColumn,
    CalendarData,
    Overflow,
    Placement,
    build_columns,
    closed_spans,
    grid_span,
    load_calendar,
    minute_of,
    moved,
    place,
    week_start,
)
from mesodesk.ui.models.today import status_label, treatment_text

DAY, WEEK = "day", "week"
ALL_PRACTITIONERS = -1
REFRESH_KINDS = ("session", "patient", "practitioner", "settings", "product", "course", "all")
PREFETCH_BELOW_S = 0.4
"""Neighbouring ranges are loaded ahead only while a load takes less than this."""
LOADING_HINT_MS = 150
NOW_TICK_MS = 30_000


@dataclass(frozen=True, slots=True)
class BlockStyle:
    """How a session block of one status looks: fill, the bar on its left, text."""

    fill: QColor
    bar: QColor
    text: QColor
    striped: bool
    border: QPen
    stripes: QBrush


def _style(fill: str, bar: str, text: str, striped: bool = False) -> BlockStyle:
    border = QColor(bar)
    border.setAlpha(110)
    stripes = QColor(bar)
    stripes.setAlpha(90)
    return BlockStyle(
        QColor(fill),
        QColor(bar),
        QColor(text),
        striped,
        QPen(border, 1),
        QBrush(stripes, Qt.BrushStyle.BDiagPattern),
    )


_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


BLOCK_STYLES: dict[str, BlockStyle] = {
    SessionStatus.PLANNED: _style("#dce8fb", "#1f5fbf", "#0f2340"),
    SessionStatus.ARRIVED: _style("#ffe8b8", "#b86e00", "#3b2500"),
    SessionStatus.DONE: _style("#d8efda", "#2e7d32", "#11351a"),
    SessionStatus.CANCELLED: _style("#efefef", "#9e9e9e", "#616161", striped=True),
    SessionStatus.NO_SHOW: _style("#f9dad7", "#c62828", "#4a0e0e"),
}
"""Planned blue, arrived amber, done green, cancelled grey and striped, no-show red."""
MOVABLE = (SessionStatus.PLANNED, SessionStatus.ARRIVED)
"""Done, cancelled and no-show sessions keep their date (the courses service says so too)."""
TODAY_TINT = QColor("#fff7dd")
CLOSED_SHADE = QColor("#ececec")
NOW_RED = QColor("#e53935")
OVERFLOW_FILL = QColor("#e3e3e3")


class _Block:
    """A placed session with its rectangle in content coordinates and its elided text."""

    __slots__ = ("lines", "lines_size", "placement", "rect")

    def __init__(self, placement: Placement, rect: QRectF) -> None:
        self.placement = placement
        self.rect = rect
        self.lines: list[str] = []
        self.lines_size: tuple[int, int] = (-1, -1)

    @property
    def session(self) -> SessionSummary:
        return self.placement.session


@dataclass(slots=True)
class _Drag:
    """A session being dragged: where it was grabbed, and where it would land."""

    block: _Block
    press: QPoint
    grab_minutes: int
    active: bool = False
    column: int = -1
    minute: int = -1


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
        self.zone = ZoneInfo("UTC")
        self.first_day = date.today()
        self.days = 1
        self._columns: list[CalendarColumn] = []
        self._sessions: tuple[SessionSummary, ...] = ()
        self._hours: OpeningHours = DEFAULT_HOURS
        self._hours_configured = False
        self._span = FALLBACK_SPAN
        self._blocks: list[_Block] = []
        self._by_column: list[list[_Block]] = []
        self._by_id: dict[int, _Block] = {}
        self._overflows: list[list[tuple[Overflow, QRectF]]] = []
        """Per column, the "+n" cells of crowded slots."""
        self._header_h = 0
        self._dx = 0.0
        self._dy = 0.0
        """Content to viewport offset, set at the start of each paint."""
        self._focus_pen = QPen()
        self._closed: list[list[tuple[int, int]]] = []
        self._laid_out_for: tuple[int, int] = (-1, -1)
        self._loading = False
        self._show_loading = False
        self._cursor: tuple[int, int] | None = None
        self._pending_edge: int = 0
        self._scroll_to_now = False
        self._drag: _Drag | None = None
        self._select: tuple[int, int, int] | None = None
        self._select_press: QPoint | None = None
        self.requested_minutes = SLOT_MINUTES
        """How long the last requested slot was (a drag over several rows asks for more)."""
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_HINT_MS)
        self._loading_timer.timeout.connect(self._on_loading_hint)
        self._tick = QTimer(self)
        self._tick.setInterval(NOW_TICK_MS)
        self._tick.timeout.connect(self.viewport().update)
        self._tick.start()
        self._update_metrics()

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
        old_columns = len(self._columns)
        self.first_day, self.days = first_day, days
        self._columns = list(columns)
        self._sessions = tuple(sessions)
        self._hours = hours
        self._hours_configured = hours_configured
        self.zone = zone
        self._span = grid_span(hours, hours_configured, sessions)
        self._closed = [closed_spans(hours, c.day, self._span) for c in self._columns]
        self._update_header_height()
        self._set_loading(loading)
        self._cancel_drag()
        self._select = None
        self._laid_out_for = (-1, -1)
        if self._cursor is not None or self._pending_edge:
            column, slot = self._cursor or (0, self._default_cursor()[1])
            if self._pending_edge < 0:
                column = len(self._columns) - 1
            elif self._pending_edge > 0:
                column = 0
            elif len(self._columns) != old_columns:
                column = min(column, len(self._columns) - 1)
            self._pending_edge = 0
            self._cursor = (max(0, column), min(slot, self._slot_count() - 1))
        self._update_scrollbars()
        if self._scroll_to_now and not loading:
            self._scroll_to_now = False
            self.scroll_to_now()
        self._update_description()
        self.viewport().update()

    def set_loading(self, loading: bool) -> None:
        """Say whether fresher content is on its way (what is shown stays meanwhile)."""
        self._set_loading(loading)
        self.viewport().update()

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        if loading:
            if not self._loading_timer.isActive() and not self._show_loading:
                self._loading_timer.start()
        else:
            self._loading_timer.stop()
            self._show_loading = False

    @Slot()
    def _on_loading_hint(self) -> None:
        self._show_loading = self._loading
        self.viewport().update()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def columns(self) -> list[CalendarColumn]:
        return list(self._columns)

    @property
    def sessions(self) -> tuple[SessionSummary, ...]:
        return self._sessions

    @property
    def hours(self) -> tuple[OpeningHours, bool]:
        """The opening hours shading the grid, and whether the clinic set them."""
        return self._hours, self._hours_configured

    @property
    def span(self) -> tuple[int, int]:
        """The first and last minute of the day shown (local wall clock)."""
        return self._span

    def session(self, session_id: int) -> SessionSummary | None:
        return next((s for s in self._sessions if s.id == session_id), None)

    def show_moved(
        self, starts: dict[int, datetime], practitioner: tuple[int, int | None, str] | None
    ) -> None:
        """Show a move at once, before the range is loaded again."""
        rows = moved(self._sessions, starts, practitioner)
        self.set_content(
            self._columns,
            rows,
            self._hours,
            self._hours_configured,
            self.zone,
            first_day=self.first_day,
            days=self.days,
            loading=self._loading,
        )

    def _update_description(self) -> None:
        self.setAccessibleDescription(
            self.tr(
                "{n} sessions. Arrows move the cursor, Enter opens a session or books a free "
                "slot, PageUp and PageDown change the day or week, T goes to today."
            ).format(n=len(self._sessions))
        )

    # --- geometry -------------------------------------------------------------------------

    def _update_metrics(self) -> None:
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        self._bold = bold
        self._bold_fm = QFontMetrics(bold)
        self._pad = max(3, fm.averageCharWidth() // 2)
        self._line_h = fm.lineSpacing()
        self._row_h = self._line_h + 5
        self._bar_w = max(3, fm.averageCharWidth() // 2)
        self._gutter = fm.horizontalAdvance("00:00") + 3 * self._pad
        self._update_header_height()
        self._laid_out_for = (-1, -1)

    def _header_height(self) -> int:
        return self._header_h

    def _update_header_height(self) -> None:
        lines = 2 if self._split_days() else 1
        self._header_h = lines * (self._bold_fm.lineSpacing() + self._pad) + self._pad

    def _split_days(self) -> bool:
        """The week view with several practitioners side by side within each day."""
        return self.days > 1 and len(self._columns) > self.days

    def _min_column_width(self) -> int:
        avg = self.fontMetrics().averageCharWidth()
        if self.days == 1:
            return avg * 14
        return avg * (5 if self._split_days() else 10)

    def _column_width(self) -> float:
        if not self._columns:
            return 0.0
        room = max(1, self.viewport().width() - self._gutter)
        return max(float(self._min_column_width()), room / len(self._columns))

    def _slot_count(self) -> int:
        return max(1, (self._span[1] - self._span[0]) // SLOT_MINUTES)

    def _content_height(self) -> int:
        return self._slot_count() * self._row_h

    def _update_scrollbars(self) -> None:
        header = self._header_height()
        view_h = max(0, self.viewport().height() - header)
        vbar = self.verticalScrollBar()
        vbar.setRange(0, max(0, self._content_height() - view_h))
        vbar.setPageStep(view_h)
        vbar.setSingleStep(self._row_h)
        view_w = max(0, self.viewport().width() - self._gutter)
        content_w = int(self._column_width() * len(self._columns))
        hbar = self.horizontalScrollBar()
        hbar.setRange(0, max(0, content_w - view_w))
        hbar.setPageStep(view_w)
        hbar.setSingleStep(max(1, int(self._column_width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()
        self._laid_out_for = (-1, -1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_metrics()
            self._update_scrollbars()
            self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def _y_of(self, minute: float) -> float:
        """Content y of a minute of the day."""
        return (minute - self._span[0]) / SLOT_MINUTES * self._row_h

    def _to_view_x(self, x: float) -> float:
        return self._gutter + x - self.horizontalScrollBar().value()

    def _to_view_y(self, y: float) -> float:
        return self._header_height() + y - self.verticalScrollBar().value()

    def _view_rect(self, rect: QRectF) -> QRectF:
        return rect.translated(
            self._gutter - self.horizontalScrollBar().value(),
            self._header_height() - self.verticalScrollBar().value(),
        )

    def _column_at(self, x: float) -> int | None:
        width = self._column_width()
        if not self._columns or width <= 0 or x < self._gutter:
            return None
        number = floor((x - self._gutter + self.horizontalScrollBar().value()) / width)
        return number if 0 <= number < len(self._columns) else None

    def _minute_at(self, y: float) -> float:
        content_y = y - self._header_height() + self.verticalScrollBar().value()
        return self._span[0] + content_y / self._row_h * SLOT_MINUTES

    def _slot_at(self, y: float) -> int | None:
        if y < self._header_height():
            return None
        slot = floor((self._minute_at(y) - self._span[0]) / SLOT_MINUTES)
        return slot if 0 <= slot < self._slot_count() else None

    def _cell_rect(self, column: int, slot: int, slots: int = 1) -> QRectF:
        width = self._column_width()
        return QRectF(column * width, slot * self._row_h, width, slots * self._row_h)

    def _start_of(self, column: int, slot: int) -> datetime:
        minute = self._span[0] + slot * SLOT_MINUTES
        day = self._columns[column].day
        return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=self.zone)

    # --- layout ---------------------------------------------------------------------------

    def _ensure_layout(self) -> None:
        key = (self.viewport().width(), len(self._columns))
        if key == self._laid_out_for:
            return
        self._laid_out_for = key
        width = self._column_width()
        # A lane is wide enough for its colour bar and a "+99" count of what did not fit.
        lane_min = max(
            self.fontMetrics().averageCharWidth() * 3, self._bold_fm.horizontalAdvance("+99") + 4
        )
        max_lanes = max(2, int(width // max(1, lane_min)))
        placements, overflows = place(self._sessions, self._columns, max_lanes)
        gap = max(2.0, min(6.0, width * 0.06))
        self._blocks = []
        self._by_column = [[] for _ in self._columns]
        self._by_id = {}
        for item in placements:
            left, lane_w = self._lane_rect(item.column, item.lane, item.lanes, width, gap)
            top = self._y_of(item.start_minute)
            bottom = max(self._y_of(item.end_minute), top + self._row_h * 0.75)
            block = _Block(item, QRectF(left, top + 1, lane_w, bottom - top - 2))
            self._blocks.append(block)
            self._by_column[item.column].append(block)
            self._by_id[item.session.id] = block
        for column_blocks in self._by_column:
            column_blocks.sort(key=lambda b: (b.rect.top(), b.placement.lane))
        self._overflows = [[] for _ in self._columns]
        for cell in overflows:
            left, lane_w = self._lane_rect(cell.column, cell.lane, cell.lanes, width, gap)
            top = self._y_of(cell.start_minute)
            self._overflows[cell.column].append(
                (cell, QRectF(left, top + 1, lane_w, self._row_h - 2))
            )

    def _lane_rect(
        self, column: int, lane: int, lanes: int, width: float, gap: float
    ) -> tuple[float, float]:
        usable = width - gap
        lane_w = usable / max(1, lanes)
        return column * width + 1 + lane * lane_w, max(2.0, lane_w - 1)

    def _block_at(self, point: QPoint | QPointF) -> _Block | None:
        column = self._column_at(point.x())
        if column is None or point.y() < self._header_height():
            return None
        self._ensure_layout()
        hit = QPointF(point) - QPointF(
            self._gutter - self.horizontalScrollBar().value(),
            self._header_height() - self.verticalScrollBar().value(),
        )
        for block in reversed(self._by_column[column]):
            if block.rect.contains(hit):
                return block
        return None

    def _overflow_at(self, point: QPoint | QPointF) -> Overflow | None:
        column = self._column_at(point.x())
        if column is None:
            return None
        self._ensure_layout()
        for cell, rect in self._overflows[column]:
            if self._view_rect(rect).contains(QPointF(point)):
                return cell
        return None

    def _block_in_cell(self, column: int, slot: int) -> _Block | None:
        self._ensure_layout()
        if not 0 <= column < len(self._by_column):
            return None
        minute = self._span[0] + slot * SLOT_MINUTES
        found = [
            b
            for b in self._by_column[column]
            if b.placement.start_minute < minute + SLOT_MINUTES and minute < b.placement.end_minute
        ]
        return min(found, key=lambda b: b.placement.lane) if found else None

    # --- what tests and the page ask --------------------------------------------------------

    def session_rect(self, session_id: int) -> QRect | None:
        """Where a session's block is drawn (viewport coordinates), or None if not shown."""
        self._ensure_layout()
        block = self._by_id.get(session_id)
        return self._view_rect(block.rect).toAlignedRect() if block is not None else None

    def session_at(self, point: QPoint) -> SessionSummary | None:
        block = self._block_at(point)
        return block.session if block is not None else None

    def column_number(self, day: date, practitioner_id: int | None) -> int | None:
        for number, column in enumerate(self._columns):
            if column.day == day and column.practitioner_id == practitioner_id:
                return number
        return None

    def slot_rect(self, day: date, practitioner_id: int | None, at: time) -> QRect | None:
        """The 15-minute cell of ``day`` at ``at`` in a practitioner's column (viewport)."""
        column = self.column_number(day, practitioner_id)
        minute = at.hour * 60 + at.minute
        if column is None or not self._span[0] <= minute < self._span[1]:
            return None
        slot = (minute - self._span[0]) // SLOT_MINUTES
        return self._view_rect(self._cell_rect(column, slot)).toAlignedRect()

    def ensure_visible(self, rect: QRect) -> None:
        """Scroll so that ``rect`` (viewport coordinates) is in view."""
        header = self._header_height()
        vbar = self.verticalScrollBar()
        if rect.top() < header:
            vbar.setValue(vbar.value() - (header - rect.top()) - self._pad)
        elif rect.bottom() > self.viewport().height():
            vbar.setValue(vbar.value() + rect.bottom() - self.viewport().height() + self._pad)
        hbar = self.horizontalScrollBar()
        if rect.left() < self._gutter:
            hbar.setValue(hbar.value() - (self._gutter - rect.left()))
        elif rect.right() > self.viewport().width():
            hbar.setValue(hbar.value() + rect.right() - self.viewport().width())

    def scroll_to_now(self, *, when_loaded: bool = False) -> None:
        """Bring the "now" line (or, on other days, the first session) into view.

        ``when_loaded`` waits for the content being loaded, whose hours may differ.
        """
        if when_loaded and self._loading:
            self._scroll_to_now = True
            return
        if self._today_column() is not None:
            self.scroll_to_minute(minute_of(self.now(self.zone)))
        elif self._sessions:
            self.scroll_to_minute(min(minute_of(s.starts_at) for s in self._sessions) + 60)
        else:
            self.verticalScrollBar().setValue(0)

    def scroll_to_minute(self, minute: int) -> None:
        """Scroll so that ``minute`` of the day sits a third of the way down."""
        view_h = self.viewport().height() - self._header_height()
        self.verticalScrollBar().setValue(int(self._y_of(minute) - view_h / 3))

    def cursor_cell(self) -> tuple[int, int] | None:
        """The keyboard cursor as (column, 15-minute row), or None."""
        return self._cursor

    def cursor_start(self) -> tuple[int | None, datetime] | None:
        if self._cursor is None or not self._columns:
            return None
        column, slot = self._cursor
        return self._columns[column].practitioner_id, self._start_of(column, slot)

    def set_cursor(self, column: int, slot: int) -> None:
        if not self._columns:
            return
        column = max(0, min(column, len(self._columns) - 1))
        slot = max(0, min(slot, self._slot_count() - 1))
        self._cursor = (column, slot)
        self.ensure_visible(self._view_rect(self._cell_rect(column, slot)).toAlignedRect())
        block = self._block_in_cell(column, slot)
        self.setAccessibleDescription(
            self._session_text(block.session)
            if block is not None
            else self.tr("Free: {who}, {when}").format(
                who=self._columns[column].practitioner_name,
                when=_long_moment(self._start_of(column, slot)),
            )
        )
        self.viewport().update()

    def _default_cursor(self) -> tuple[int, int]:
        today = self._today_column()
        if today is not None:
            slot = (minute_of(self.now(self.zone)) - self._span[0]) // SLOT_MINUTES
            return today, max(0, min(slot, self._slot_count() - 1))
        return 0, 0

    def _today_column(self) -> int | None:
        today = self.now(self.zone).date()
        return next((n for n, c in enumerate(self._columns) if c.day == today), None)

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, p: QPainter, dirty: QRect) -> None:
        palette = self.palette()
        width = self._column_width()
        header = self._header_height()
        vw, vh = self.viewport().width(), self.viewport().height()
        p.fillRect(QRect(0, 0, vw, vh), palette.color(QPalette.ColorRole.Base))
        if not self._columns:
            self._paint_message(p, self.tr("Loading…") if self._loading else "")
            return
        grid = QRectF(self._gutter, header, vw - self._gutter, vh - header)
        first_col = max(0, floor(self.horizontalScrollBar().value() / max(width, 1)))
        last_col = min(
            len(self._columns) - 1,
            floor((self.horizontalScrollBar().value() + grid.width()) / max(width, 1)),
        )
        visible_cols = range(first_col, last_col + 1)
        top_minute = self._minute_at(header)
        bottom_minute = self._minute_at(vh)

        self._dx = self._gutter - self.horizontalScrollBar().value()
        self._dy = header - self.verticalScrollBar().value()
        self._focus_pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        p.save()
        p.setClipRect(grid)
        today = self.now(self.zone).date()
        for number in visible_cols:
            column = self._columns[number]
            x = self._to_view_x(number * width)
            if column.day == today:
                p.fillRect(QRectF(x, grid.top(), width, grid.height()), TODAY_TINT)
            for start, end in self._closed[number]:
                y1, y2 = self._to_view_y(self._y_of(start)), self._to_view_y(self._y_of(end))
                p.fillRect(QRectF(x, y1, width, y2 - y1), CLOSED_SHADE)
        self._paint_grid_lines(p, grid, visible_cols, width)
        self._paint_selection(p)
        focused = (
            self._block_in_cell(*self._cursor)
            if self._cursor is not None and self.hasFocus()
            else None
        )
        for number in visible_cols:
            for block in self._by_column[number]:
                item = block.placement
                if item.end_minute < top_minute or item.start_minute > bottom_minute:
                    continue
                self._paint_block(p, block, focused=block is focused)
        self._paint_overflows(p, visible_cols, top_minute, bottom_minute)
        self._paint_drag(p)
        self._paint_cursor(p)
        self._paint_now(p, width)
        p.restore()

        self._paint_header(p, visible_cols, width, header)
        self._paint_gutter(p, header)
        if self._show_loading:
            self._paint_message(p, self.tr("Loading…"))

    def _paint_grid_lines(self, p: QPainter, grid: QRectF, columns: range, width: float) -> None:
        mid = self.palette().color(QPalette.ColorRole.Mid)
        quarter = QColor(mid)
        quarter.setAlpha(45)
        hour = QColor(mid)
        hour.setAlpha(140)
        first_slot = max(0, floor((self._minute_at(grid.top()) - self._span[0]) / SLOT_MINUTES))
        last_slot = min(
            self._slot_count(),
            floor((self._minute_at(grid.bottom()) - self._span[0]) / SLOT_MINUTES) + 1,
        )
        for slot in range(first_slot, last_slot + 1):
            minute = self._span[0] + slot * SLOT_MINUTES
            y = round(self._to_view_y(slot * self._row_h)) + 0.5
            p.setPen(QPen(hour if minute % 60 == 0 else quarter, 1))
            p.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        for number in columns:
            x = round(self._to_view_x((number + 1) * width)) - 0.5
            strong = number + 1 == len(self._columns) or self._columns[number + 1].first_of_day
            p.setPen(QPen(hour if strong else quarter, 2 if strong and self.days > 1 else 1))
            p.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))

    def _paint_block(
        self, p: QPainter, block: _Block, *, ghost: bool = False, focused: bool = False
    ) -> None:
        """One session block; kept lean, as a busy week paints hundreds of them."""
        row = block.session
        style = BLOCK_STYLES.get(row.status) or BLOCK_STYLES[SessionStatus.PLANNED]
        rect = block.rect.translated(self._dx, self._dy)
        faded = not ghost and self._drag is not None and self._drag.active
        faded = faded and self._drag is not None and self._drag.block is block
        if faded:
            p.setOpacity(0.35)
        p.fillRect(rect, style.fill)
        if style.striped:
            p.fillRect(rect, style.stripes)
        bar_w = min(self._bar_w, rect.width() / 3)
        p.fillRect(QRectF(rect.left(), rect.top(), bar_w, rect.height()), style.bar)
        p.setPen(style.border)
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if focused:
            p.setPen(self._focus_pen)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        text_rect = rect.adjusted(bar_w + self._pad - 1, 1, -2, -1)
        if text_rect.width() > 4:
            self._paint_block_text(p, block, text_rect, style)
        if faded:
            p.setOpacity(1.0)

    def _paint_block_text(
        self, p: QPainter, block: _Block, rect: QRectF, style: BlockStyle
    ) -> None:
        size = (int(rect.width()), int(rect.height()))
        if block.lines_size != size:
            # Elided to the width and cut to the lines that fit: no clipping needed.
            block.lines = self._block_lines(block.session, size[0], size[1])
            block.lines_size = size
        if not block.lines:
            return
        line_h = self._line_h
        p.setPen(style.text)
        left, width, y = rect.left(), rect.width(), rect.top()
        p.setFont(self._bold)
        for number, text in enumerate(block.lines):
            if number == 1:
                p.setFont(self.font())
            p.drawText(QRectF(left, y, width, line_h), _LEFT_MIDDLE, text)
            y += line_h
        if style.striped:
            # Cancelled: struck through as well as striped, so it reads without colour.
            mid = rect.top() + line_h / 2 + 1
            first = self._bold_fm.horizontalAdvance(block.lines[0])
            p.drawLine(QPointF(left, mid), QPointF(left + min(first, width), mid))

    def _block_lines(self, row: SessionSummary, width: int, height: int) -> list[str]:
        fm, bold = self.fontMetrics(), self._bold_fm
        fits = max(1, height // fm.lineSpacing())
        when = f"{row.starts_at:%H:%M}"
        treatment = treatment_text(row)
        status = "" if row.status == SessionStatus.PLANNED else status_label(row.status)
        wide = width >= bold.horizontalAdvance("00:00  ") + fm.averageCharWidth() * 6
        if wide:
            texts = [f"{when}  {row.patient_name}", treatment, status]
        elif bold.horizontalAdvance(when) <= width:
            texts = [when, row.patient_name, treatment, status]
        else:  # too narrow for the time: the row it sits on says it
            texts = [row.patient_name, treatment, status]
        texts = [t for t in texts if t][:fits]
        elide = Qt.TextElideMode.ElideRight
        lines = [
            (bold if n == 0 else fm).elidedText(text, elide, width) for n, text in enumerate(texts)
        ]
        # A lone ellipsis says nothing; the tooltip has the details.
        return [line for line in lines if line.strip("…")]

    def _paint_overflows(
        self, p: QPainter, columns: range, top_minute: float, bottom_minute: float
    ) -> None:
        cells = [
            (cell, rect)
            for number in columns
            for cell, rect in self._overflows[number]
            if top_minute - SLOT_MINUTES <= cell.start_minute <= bottom_minute
        ]
        if not cells:
            return
        p.setFont(self._bold)
        p.setPen(self.palette().color(QPalette.ColorRole.Text))
        dx = self._gutter - self.horizontalScrollBar().value()
        dy = self._header_h - self.verticalScrollBar().value()
        for cell, rect in cells:
            view = rect.translated(dx, dy)
            p.fillRect(view, OVERFLOW_FILL)
            p.drawText(view, Qt.AlignmentFlag.AlignCenter, f"+{len(cell.sessions)}")
        p.setFont(self.font())

    def _paint_selection(self, p: QPainter) -> None:
        if self._select is None:
            return
        column, anchor, current = self._select
        first, last = min(anchor, current), max(anchor, current)
        rect = self._view_rect(self._cell_rect(column, first, last - first + 1))
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(70)
        p.fillRect(rect.adjusted(1, 1, -2, -1), colour)
        start = self._start_of(column, first)
        end = start + timedelta(minutes=(last - first + 1) * SLOT_MINUTES)
        p.setPen(self.palette().color(QPalette.ColorRole.Text))
        p.setFont(self._bold)
        p.drawText(
            rect.adjusted(self._pad, 0, -self._pad, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            f"{start:%H:%M}–{end:%H:%M}",
        )
        p.setFont(self.font())

    def _paint_drag(self, p: QPainter) -> None:
        drag = self._drag
        if drag is None or not drag.active or drag.column < 0:
            return
        row = drag.block.session
        width = self._column_width()
        top = self._y_of(drag.minute)
        bottom = self._y_of(drag.minute + max(row.duration_minutes, SLOT_MINUTES))
        column = self._columns[drag.column]
        start = datetime.combine(
            column.day, time(drag.minute // 60, drag.minute % 60), tzinfo=self.zone
        )
        # The ghost reads as where the session would land: its new time is on it.
        placement = replace(drag.block.placement, session=replace(row, starts_at=start))
        ghost = _Block(placement, QRectF(drag.column * width + 1, top, width - 4, bottom - top))
        p.save()
        p.setOpacity(0.9)
        self._paint_block(p, ghost, ghost=True)
        p.restore()
        rect = self._view_rect(ghost.rect)
        clash = self._clashes(drag)
        colour = NOW_RED if clash else BLOCK_STYLES[SessionStatus.PLANNED].bar
        pen = QPen(colour, 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRect(rect.adjusted(1, 1, -1, -1))

    def _clashes(self, drag: _Drag) -> bool:
        """Whether the drop would overlap a booked or done session shown in that column.

        Only a hint (the ghost's border turns red): the courses service has the last word.
        """
        end = drag.minute + drag.block.session.duration_minutes
        return any(
            other is not drag.block
            and other.session.status not in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)
            and other.placement.start_minute < end
            and drag.minute < other.placement.end_minute
            for other in self._by_column[drag.column]
        )

    def _paint_cursor(self, p: QPainter) -> None:
        if self._cursor is None or not self.hasFocus() or not self._columns:
            return
        column, slot = self._cursor
        if column >= len(self._columns) or self._block_in_cell(column, slot) is not None:
            return
        rect = self._view_rect(self._cell_rect(column, slot)).adjusted(1, 1, -2, -1)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(40)
        p.fillRect(rect, fill)
        p.setPen(QPen(highlight, 2))
        p.drawRect(rect)

    def _paint_now(self, p: QPainter, width: float) -> None:
        now = self.now(self.zone)
        minute = now.hour * 60 + now.minute + now.second / 60
        if not self._span[0] <= minute <= self._span[1]:
            return
        today = [n for n, c in enumerate(self._columns) if c.day == now.date()]
        if not today:
            return
        y = self._to_view_y(self._y_of(minute))
        left = self._to_view_x(today[0] * width)
        right = self._to_view_x((today[-1] + 1) * width)
        p.setPen(QPen(NOW_RED, 2))
        p.drawLine(QPointF(left, y), QPointF(right, y))
        p.setBrush(NOW_RED)
        p.setPen(Qt.PenStyle.NoPen)
        radius = max(3.0, self._pad * 1.2)
        p.drawEllipse(QPointF(left + radius, y), radius, radius)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_header(self, p: QPainter, columns: range, width: float, header: int) -> None:
        palette = self.palette()
        p.save()
        p.fillRect(
            QRect(0, 0, self.viewport().width(), header), palette.color(QPalette.ColorRole.Window)
        )
        p.setClipRect(QRect(self._gutter, 0, self.viewport().width() - self._gutter, header))
        line_h = self._bold_fm.lineSpacing() + self._pad
        today = self.now(self.zone).date()
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        if self.days > 1:
            # One caption per day across its practitioner columns.
            per_day = len(self._columns) // max(1, self.days)
            first_day = columns.start // max(1, per_day)
            last_day = (columns.stop - 1) // max(1, per_day)
            for index in range(first_day, last_day + 1):
                day = self._columns[index * per_day].day
                left = self._to_view_x(index * per_day * width)
                rect = QRectF(left, self._pad, per_day * width, line_h)
                if day == today:
                    pill = QRectF(rect.adjusted(2, -self._pad / 2, -2, 0))
                    p.fillRect(pill, accent)
                    p.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                else:
                    p.setPen(text)
                p.setFont(self._bold)
                label = self._bold_fm.elidedText(
                    _day_caption(day, per_day * width, self._bold_fm),
                    Qt.TextElideMode.ElideRight,
                    int(rect.width()) - 4,
                )
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            rows_top = self._pad + line_h
        else:
            rows_top = self._pad
        if self.days == 1 or self._split_days():
            p.setFont(self._bold if self.days == 1 else self.font())
            fm = self._bold_fm if self.days == 1 else self.fontMetrics()
            p.setPen(text)
            for number in columns:
                column = self._columns[number]
                rect = QRectF(self._to_view_x(number * width), rows_top, width, line_h)
                name = column.practitioner_name
                if fm.horizontalAdvance(name) > width - 6:
                    name = fm.elidedText(
                        _initials(name), Qt.TextElideMode.ElideRight, int(width) - 4
                    )
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        p.setFont(self.font())
        p.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(0, header - 0.5), QPointF(self.viewport().width(), header - 0.5))
        p.restore()

    def _paint_gutter(self, p: QPainter, header: int) -> None:
        palette = self.palette()
        vh = self.viewport().height()
        p.save()
        p.fillRect(QRect(0, 0, self._gutter, vh), palette.color(QPalette.ColorRole.Window))
        p.setClipRect(QRect(0, header, self._gutter, vh - header))
        p.setPen(palette.color(QPalette.ColorRole.WindowText))
        fm = self.fontMetrics()
        for minute in range(self._span[0], self._span[1], 60):
            y = self._to_view_y(self._y_of(minute))
            if y > vh:
                break
            if y + fm.lineSpacing() < header:
                continue
            p.drawText(
                QRectF(0, y + 1, self._gutter - self._pad, fm.lineSpacing()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{minute // 60:02d}:00",
            )
        now = self.now(self.zone)
        if self._today_column() is not None:
            minute = now.hour * 60 + now.minute
            if self._span[0] <= minute <= self._span[1]:
                y = self._to_view_y(self._y_of(minute))
                p.setPen(QPen(NOW_RED, 2))
                p.drawLine(QPointF(self._gutter - self._pad, y), QPointF(self._gutter, y))
        p.setClipping(False)
        p.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(self._gutter - 0.5, 0), QPointF(self._gutter - 0.5, vh))
        p.restore()

    def _paint_message(self, p: QPainter, text: str) -> None:
        if not text:
            return
        fm = self._bold_fm
        box = QRectF(
            0, 0, fm.horizontalAdvance(text) + 4 * self._pad, fm.lineSpacing() + 2 * self._pad
        )
        box.moveCenter(
            QPointF(self.viewport().width() / 2, self._header_height() + box.height() * 1.5)
        )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.palette().color(QPalette.ColorRole.ToolTipBase))
        p.drawRoundedRect(box, self._pad, self._pad)
        p.setPen(self.palette().color(QPalette.ColorRole.ToolTipText))
        p.setFont(self._bold)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.font())

    # --- tooltips -------------------------------------------------------------------------

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
        block = self._block_at(point)
        if block is not None:
            return self._session_tooltip(block.session)
        cell = self._overflow_at(point)
        if cell is not None:
            return self._overflow_tooltip(cell)
        column = self._column_at(point.x())
        if column is None:
            return ""
        if point.y() < self._header_height():
            item = self._columns[column]
            second_row = self._bold_fm.lineSpacing() + 2 * self._pad
            if self.days > 1 and point.y() < second_row:
                hint = self.tr("Click to see this day.")
            elif len({c.practitioner_id for c in self._columns}) > 1:
                hint = self.tr("Click to see only this practitioner.")
            else:
                hint = ""
            text = escape(f"{item.practitioner_name} · {_long_day(item.day)}")
            return text + (f"<br><i>{escape(hint)}</i>" if hint else "")
        minute = self._minute_at(point.y())
        if any(a <= minute < b for a, b in self._closed[column]):
            return escape(self.tr("Closed"))
        return ""

    def why_fixed(self, row: SessionSummary) -> str:
        """Why a session cannot be dragged, or "" when it can."""
        if row.status == SessionStatus.DONE:
            return self.tr("Done sessions are never moved; open the session to amend its record.")
        if row.status not in MOVABLE:
            return self.tr(
                "A cancelled or missed session keeps its date; book a replacement instead."
            )
        return ""

    def _session_text(self, row: SessionSummary) -> str:
        end = row.starts_at + timedelta(minutes=row.duration_minutes)
        return self.tr("{start}–{end}, {patient}, {status}, {who}").format(
            start=f"{row.starts_at:%H:%M}",
            end=f"{end:%H:%M}",
            patient=row.patient_name,
            status=status_label(row.status),
            who=row.practitioner_name or self.tr("no practitioner"),
        )

    def _session_tooltip(self, row: SessionSummary) -> str:
        end = row.starts_at + timedelta(minutes=row.duration_minutes)
        lines = [
            f"<b>{escape(row.patient_name)}</b>",
            escape(f"{_long_day(row.starts_at.date())}, {row.starts_at:%H:%M}–{end:%H:%M}"),
            escape(
                self.tr("{status} · {who}").format(
                    status=status_label(row.status),
                    who=row.practitioner_name or self.tr("no practitioner"),
                )
            ),
        ]
        if row.areas:
            lines.append(escape(self.tr("Areas: {0}").format(row.areas)))
        if row.products:
            lines.append(escape(self.tr("Products: {0}").format(row.products)))
        if row.course_id is not None:
            lines.append(escape(self.tr("Part of a treatment course")))
        if row.missing:
            lines.append(escape(self.tr("Record lacks: {0}").format(", ".join(row.missing))))
        if row.overridden:
            lines.append(escape(self.tr("A screening block was overridden with a reason")))
        reason = self.why_fixed(row)
        if reason:
            lines.append("<i>" + escape(reason) + "</i>")
        else:
            lines.append(
                "<i>" + escape(self.tr("Drag to move; double-click or Enter to open.")) + "</i>"
            )
        return "<br>".join(lines)

    def _overflow_tooltip(self, cell: Overflow) -> str:
        shown = [
            escape(f"{row.starts_at:%H:%M} {row.patient_name} ({status_label(row.status)})")
            for row in cell.sessions[:12]
        ]
        more = len(cell.sessions) - len(shown)
        if more > 0:
            shown.append(escape(self.tr("… and {n} more").format(n=more)))
        hint = (
            self.tr("Click to open this day.")
            if self.days > 1
            else self.tr("Choose one practitioner to see them all.")
        )
        return "<br>".join([*shown, f"<i>{escape(hint)}</i>"])

    # --- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position().toPoint()
        column = self._column_at(point.x())
        if column is None:
            return
        if point.y() < self._header_height():
            second_row = self._bold_fm.lineSpacing() + 2 * self._pad
            if self.days > 1 and point.y() < second_row:
                self.dayRequested.emit(self._columns[column].day)
            elif self.days == 1 or self._split_days():
                self.practitionerRequested.emit(self._columns[column].practitioner_id)
            return
        block = self._block_at(point)
        if block is not None:
            item = block.placement
            self._cursor = (column, (item.start_minute - self._span[0]) // SLOT_MINUTES)
            grab = int(self._minute_at(point.y())) - item.start_minute
            self._drag = _Drag(block, point, grab)
            self.viewport().update()
            return
        cell = self._overflow_at(point)
        if cell is not None:
            if self.days > 1:
                self.dayRequested.emit(self._columns[cell.column].day)
            return
        slot = self._slot_at(point.y())
        if slot is None:
            return
        self._cursor = (column, slot)
        self._select = (column, slot, slot)
        self._select_press = point
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        drag = self._drag
        if drag is not None:
            if not drag.active:
                if (point - drag.press).manhattanLength() < QApplication.startDragDistance():
                    return
                reason = self.why_fixed(drag.block.session)
                if reason:
                    self.viewport().setCursor(Qt.CursorShape.ForbiddenCursor)
                    QToolTip.showText(self.viewport().mapToGlobal(point), reason, self.viewport())
                    return
                drag.active = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self._scroll_near_edge(point)
            self._update_drop(drag, point)
            self.viewport().update()
            return
        if self._select is not None:
            self._scroll_near_edge(point)
            slot = self._slot_at(point.y())
            if slot is None:
                slot = 0 if point.y() < self._header_height() else self._slot_count() - 1
            column, anchor, _current = self._select
            self._select = (column, anchor, self._free_until(column, anchor, slot))
            self.viewport().update()
            return
        self._update_hover_cursor(point)

    def _scroll_near_edge(self, point: QPoint) -> None:
        """While dragging, rows scroll in when the pointer nears the top or bottom edge."""
        bar = self.verticalScrollBar()
        if point.y() < self._header_h + self._row_h // 2:
            bar.setValue(bar.value() - self._row_h)
        elif point.y() > self.viewport().height() - self._row_h // 2:
            bar.setValue(bar.value() + self._row_h)

    def _update_hover_cursor(self, point: QPoint) -> None:
        block = self._block_at(point)
        if block is None:
            self.viewport().unsetCursor()
        elif self.why_fixed(block.session):
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def _free_until(self, column: int, anchor: int, slot: int) -> int:
        """Stretch a selection from ``anchor`` towards ``slot`` over free rows only."""
        step = 1 if slot >= anchor else -1
        current = anchor
        while current != slot:
            following = current + step
            if self._block_in_cell(column, following) is not None:
                break
            current = following
        return current

    def _update_drop(self, drag: _Drag, point: QPoint) -> None:
        column = self._column_at(point.x())
        if column is None:
            column = 0 if point.x() < self._gutter else len(self._columns) - 1
        minute = self._minute_at(point.y()) - drag.grab_minutes
        snapped = round(minute / SLOT_MINUTES) * SLOT_MINUTES
        duration = max(drag.block.session.duration_minutes, SLOT_MINUTES)
        latest = max(self._span[0], self._span[1] - duration)
        drag.column = column
        drag.minute = int(max(self._span[0], min(snapped, latest)))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        point = event.position().toPoint()
        drag, self._drag = self._drag, None
        if drag is not None:
            self._update_hover_cursor(point)
            if drag.active:
                self._update_drop(drag, point)
                self.viewport().update()
                self._drop(drag)
            return
        selection, self._select = self._select, None
        press, self._select_press = self._select_press, None
        if selection is None:
            return
        self.viewport().update()
        column, anchor, current = selection
        moved_far = (
            press is not None
            and (point - press).manhattanLength() >= QApplication.startDragDistance()
        )
        if moved_far:
            first, last = min(anchor, current), max(anchor, current)
            self._cursor = (column, first)
            self._request_slot(column, first, last - first + 1)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._cancel_drag()
        self._select = None
        point = event.position().toPoint()
        block = self._block_at(point)
        if block is not None:
            self.sessionActivated.emit(block.session.patient_id, block.session.id)
            return
        column, slot = self._column_at(point.x()), self._slot_at(point.y())
        if column is not None and slot is not None and self._overflow_at(point) is None:
            self._request_slot(column, slot, 1)

    def _request_slot(self, column: int, slot: int, slots: int) -> None:
        self.requested_minutes = slots * SLOT_MINUTES
        self.slotRequested.emit(self._columns[column].practitioner_id, self._start_of(column, slot))

    def _drop(self, drag: _Drag) -> None:
        row = drag.block.session
        column = self._columns[drag.column]
        start = datetime.combine(
            column.day, time(drag.minute // 60, drag.minute % 60), tzinfo=self.zone
        )
        if start == row.starts_at and column.practitioner_id == row.practitioner_id:
            return
        self.moveRequested.emit(row.id, start, column.practitioner_id)

    def _cancel_drag(self) -> None:
        if self._drag is not None:
            self._drag = None
            self.viewport().unsetCursor()
            self.viewport().update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(self.viewport().mapFromGlobal(event.globalPos()))
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    def context_menu(self, point: QPoint) -> QMenu | None:
        """The menu for a point of the viewport: open the session, or book the slot."""
        block = self._block_at(point)
        menu = QMenu(self)
        menu.setObjectName("calendarMenu")
        if block is not None:
            row = block.session
            action = menu.addAction(self.tr("&Open session"))
            action.triggered.connect(lambda: self.sessionActivated.emit(row.patient_id, row.id))
            return menu
        column, slot = self._column_at(point.x()), self._slot_at(point.y())
        if column is None or slot is None:
            menu.deleteLater()
            return None
        start = self._start_of(column, slot)
        action = menu.addAction(self.tr("&New session at {0}…").format(f"{start:%H:%M}"))
        action.triggered.connect(lambda: self._request_slot(column, slot, 1))
        return menu

    # --- keyboard -------------------------------------------------------------------------

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        if self._cursor is None and self._columns:
            self._cursor = self._default_cursor()
        self.viewport().update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_Escape and (self._drag is not None or self._select is not None):
            self._cancel_drag()
            self._select = None
            self.viewport().update()
            return
        if handle_navigation_key(self, event):
            return
        if not plain or not self._columns:
            super().keyPressEvent(event)
            return
        column, slot = self._cursor or self._default_cursor()
        if key == Qt.Key.Key_Left:
            if column == 0:
                self._pending_edge = -1
                self.periodRequested.emit(-1)
            else:
                self.set_cursor(column - 1, slot)
        elif key == Qt.Key.Key_Right:
            if column >= len(self._columns) - 1:
                self._pending_edge = 1
                self.periodRequested.emit(1)
            else:
                self.set_cursor(column + 1, slot)
        elif key == Qt.Key.Key_Up:
            self.set_cursor(column, slot - 1)
        elif key == Qt.Key.Key_Down:
            self.set_cursor(column, slot + 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_cursor()
        else:
            super().keyPressEvent(event)

    def activate_cursor(self) -> None:
        """Enter: open the session under the cursor, or ask to book the free slot."""
        if not self._columns:
            return
        if self._cursor is None:
            self._cursor = self._default_cursor()
        column, slot = self._cursor
        block = self._block_in_cell(column, slot)
        if block is not None:
            self.sessionActivated.emit(block.session.patient_id, block.session.id)
        else:
            self._request_slot(column, slot, 1)


def handle_navigation_key(view: CalendarView, event: QKeyEvent) -> bool:
    """PageUp/PageDown, Ctrl+arrows, T/Home, D and W: the same wherever the page has focus."""
    key = Qt.Key(event.key())
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    plain = modifiers == Qt.KeyboardModifier.NoModifier
    ctrl = modifiers == Qt.KeyboardModifier.ControlModifier
    if (key == Qt.Key.Key_PageUp and plain) or (key == Qt.Key.Key_Left and ctrl):
        view.periodRequested.emit(-1)
    elif (key == Qt.Key.Key_PageDown and plain) or (key == Qt.Key.Key_Right and ctrl):
        view.periodRequested.emit(1)
    elif key in (Qt.Key.Key_T, Qt.Key.Key_Home) and plain:
        view.todayRequested.emit()
    elif key == Qt.Key.Key_D and plain:
        view.modeRequested.emit(DAY)
    elif key == Qt.Key.Key_W and plain:
        view.modeRequested.emit(WEEK)
    else:
        return False
    return True


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _long_day(day: date) -> str:
    return QLocale().toString(_qdate(day), "dddd d MMMM yyyy")


def _long_moment(moment: datetime) -> str:
    return f"{_long_day(moment.date())} {moment:%H:%M}"


def _day_caption(day: date, width: float, fm: QFontMetrics) -> str:
    """ "Monday 16 Nov", "Mon 16" or "16", whichever fits."""
    locale = QLocale()
    for pattern in ("dddd d MMM", "ddd d MMM", "ddd d", "d"):
        text = locale.toString(_qdate(day), pattern)
        if fm.horizontalAdvance(text) <= width - 8:
            return text
    return locale.toString(_qdate(day), "d")


def _initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w.lower() not in ("dr", "prof")]
    return "".join(w[0].upper() for w in words[:3]) or name[:2]


@dataclass(frozen=True, slots=True)
class RangeLoad:
    """What a background load brings back: the range asked for, and its data or its error."""

    first_day: date
    days: int
    version: int
    data: CalendarData | None
    error: str
    seconds: float


def _load_range(db: Any, first_day: date, days: int, version: int) -> RangeLoad:
    """The worker's job: one range of the calendar, tagged with the cache version it is for."""
    started = clock.perf_counter()
    try:
        data = load_calendar(db, first_day, days)
    except Exception as error:  # carried back with the range it belongs to
        return RangeLoad(first_day, days, version, None, _describe(error), 0.0)
    return RangeLoad(first_day, days, version, data, "", clock.perf_counter() - started)


class CalendarPage(QWidget):
    """The calendar page: a toolbar (◀ Today ▶, Day/Week, practitioner, date) over the grid."""

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
        self._inflight: dict[tuple[date, int, int], workers.Worker] = {}
        self._practitioners: tuple[PractitionerRecord, ...] = ()
        self._last_load_s = 0.0
        self.last_load_seconds: float | None = None
        """How long the last range took to load (for the benchmark notes)."""
        self._build_actions()
        self._build_ui()
        bus().changed.connect(self._on_data_changed)

    # --- construction ---------------------------------------------------------------------

    def _action(
        self, text: str, name: str, slot: Callable[[], object], shortcut: str, tip: str
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
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
        bar.addWidget(self._tool_button(self.action_previous))
        bar.addWidget(self._tool_button(self.action_today))
        bar.addWidget(self._tool_button(self.action_next))
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
        self.week_button.setToolTip(self.tr("Monday to Sunday (W)"))
        for button, mode in ((self.day_button, DAY), (self.week_button, WEEK)):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)
            bar.addWidget(button)
        self.day_button.setChecked(True)
        bar.addSpacing(18)
        self.practitioner_combo = QComboBox(self)
        self.practitioner_combo.setObjectName("calendarPractitioner")
        self.practitioner_combo.setMinimumContentsLength(16)
        self.practitioner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.practitioner_combo.addItem(self.tr("All practitioners"), ALL_PRACTITIONERS)
        self.practitioner_combo.currentIndexChanged.connect(self._on_filter_changed)
        label = QLabel(self.tr("&Practitioner:"), self)
        label.setBuddy(self.practitioner_combo)
        bar.addWidget(label)
        bar.addWidget(self.practitioner_combo)
        bar.addSpacing(18)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("calendarDate")
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.date_label.setFont(font)
        bar.addWidget(self.date_label, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("calendarSummary")
        self.summary.setStyleSheet("color: palette(placeholder-text);")
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
        value = self.practitioner_combo.currentData()
        return None if value is None or int(value) == ALL_PRACTITIONERS else int(value)

    def set_practitioner_filter(self, practitioner_id: int | None) -> bool:
        index = self.practitioner_combo.findData(
            ALL_PRACTITIONERS if practitioner_id is None else practitioner_id
        )
        if index < 0:
            return False
        self.practitioner_combo.setCurrentIndex(index)
        return True

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
            self._show(data, loading=False)
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
                self.tr("The practitioners could not be loaded: {0}").format(_describe(error))
            )
            return
        current = self.practitioner_filter()
        entries = [(self.tr("All practitioners"), ALL_PRACTITIONERS)]
        entries += [(p.display_name, p.id) for p in people]
        if current is not None and current not in {p.id for p in people}:
            name = next((p.display_name for p in self._practitioners if p.id == current), "")
            entries.append((name or self.tr("Practitioner {0}").format(current), current))
        existing = [
            (self.practitioner_combo.itemText(i), self.practitioner_combo.itemData(i))
            for i in range(self.practitioner_combo.count())
        ]
        if not self._practitioners:
            self._practitioners = tuple(people)
        if existing == entries:
            return
        self.practitioner_combo.blockSignals(True)
        self.practitioner_combo.clear()
        for text, value in entries:
            self.practitioner_combo.addItem(text, value)
        index = self.practitioner_combo.findData(ALL_PRACTITIONERS if current is None else current)
        self.practitioner_combo.setCurrentIndex(max(index, 0))
        self.practitioner_combo.blockSignals(False)

    def _load(self, first: date, days: int) -> None:
        key = (first, days, self.cache.version)
        if key in self._inflight:
            return
        self._inflight[key] = workers.start(
            _load_range,
            self.ctx.db,
            first,
            days,
            self.cache.version,
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
        )

    @Slot(object)
    def _on_loaded(self, result: RangeLoad) -> None:
        self._inflight.pop((result.first_day, result.days, result.version), None)
        shown = (result.first_day, result.days) == self.visible_range()
        if result.data is None:
            if shown:
                self._on_load_failed(result.error)
            return
        if not self.cache.put(result.data, result.version):
            return  # loaded before a change: a fresh load is under way
        self._last_load_s = result.seconds
        self._practitioners = result.data.practitioners
        if shown:
            self.last_load_seconds = result.seconds
            self._show(result.data, loading=False)
            self._prefetch()

    @Slot(str)
    def _on_load_failed(self, message: str) -> None:
        """The one place a failed load is reported: the line above the grid."""
        self.view.set_content(
            self.view.columns,
            (),
            *self.view.hours,
            self.view.zone,
            first_day=self.view.first_day,
            days=self.view.days,
            loading=False,
        )
        self.set_info(self.tr("The calendar could not be loaded: {0}").format(message))

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
        practitioners = [p for p in self._practitioners if not p.archived]
        columns = build_columns(first, days, practitioners, (), chosen, self.tr("Unassigned"))
        self.summary.setText("")
        self.view.set_content(
            columns,
            (),
            *self.view.hours,
            self.view.zone,
            first_day=first,
            days=days,
            loading=True,
        )

    def _show(self, data: CalendarData, *, loading: bool) -> None:
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
            loading=loading,
        )
        self.summary.setText(self._summary_text(rows))

    def _show_current(self) -> None:
        first, days = self.visible_range()
        data = self.cache.get(first, days)
        if data is not None:
            self._show(data, loading=False)
        else:
            self.refresh()

    def _summary_text(self, rows: Sequence[SessionSummary]) -> str:
        missed = sum(
            1 for r in rows if r.status in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)
        )
        live = len(rows) - missed
        if not rows:
            return self.tr("No sessions")
        text = self.tr("1 session") if live == 1 else self.tr("{n} sessions").format(n=live)
        if missed:
            text += " · " + self.tr("{n} cancelled or missed").format(n=missed)
        return text

    def _update_date_label(self) -> None:
        first, days = self.visible_range()
        locale = QLocale()
        if days == 1:
            text = locale.toString(_qdate(first), "dddd d MMMM yyyy")
        else:
            last = first + timedelta(days=days - 1)
            if first.month == last.month:
                start = locale.toString(_qdate(first), "d")
            elif first.year == last.year:
                start = locale.toString(_qdate(first), "d MMMM")
            else:
                start = locale.toString(_qdate(first), "d MMMM yyyy")
            text = self.tr("{start} – {end} (week {week})").format(
                start=start,
                end=locale.toString(_qdate(last), "d MMMM yyyy"),
                week=first.isocalendar().week,
            )
        if days == 1 and first == self.today():
            text += " · " + self.tr("today")
        self.date_label.setText(text)

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

    def set_info(self, text: str) -> None:
        """The line above the grid saying what the last action did; empty hides it."""
        self.info.setText(text)
        self.info.setVisible(bool(text))

    # --- moving sessions ------------------------------------------------------------------

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
        from mesodesk.services import courses

        row = self.view.session(session_id)
        title = self.tr("Move session")
        if row is None:
            return False
        reason = self.view.why_fixed(row)
        if reason:
            self._refuse(reason)
            return False
        target = practitioner_id if practitioner_id is not None else row.practitioner_id
        if target is None and row.practitioner_id is not None:
            self._refuse(self.tr("Drop the session in a practitioner's column."))
            return False
        change_practitioner = target != row.practitioner_id
        if new_start == row.starts_at and not change_practitioner:
            return False
        shift = False
        try:
            later = courses.later_planned_in_course(self.ctx.db, session_id)
        except ServiceError as error:
            self._refuse(_describe(error))
            return False
        if later:
            n = len(later)
            question = (
                self.tr("Shift the course's 1 later session to keep the interval?")
                if n == 1
                else self.tr("Shift the course's {n} later sessions to keep the interval?").format(
                    n=n
                )
            )
            details = self.tr(
                "Yes moves them too where the interval would shrink; No moves only this "
                "session; Cancel leaves everything as it is."
            )
            answer = QMessageBox.question(
                self,
                title,
                question + "\n\n" + details,
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
                return False
            shift = answer == QMessageBox.StandardButton.Yes
        chosen = target if change_practitioner else None
        try:
            moves = courses.plan_move(
                self.ctx.db, session_id, new_start, practitioner_id=chosen, shift_following=shift
            )
            if not moves:
                return False
            courses.apply_moves(self.ctx.db, moves, practitioner_id=chosen, actor=self.ctx.actor)
        except ValidationFailed as error:
            self._refuse(_validation_text(error))
            return False
        except (ServiceError, ValueError) as error:
            self._refuse(_describe(error))
            return False
        name = ""
        if change_practitioner:
            name = next((p.display_name for p in self._practitioners if p.id == target), "")
            self.view.show_moved(
                {m.session_id: m.new_start for m in moves}, (session_id, target, name)
            )
        else:
            self.view.show_moved({m.session_id: m.new_start for m in moves}, None)
        others = len(moves) - 1
        text = self.tr("Moved {patient} to {when}.").format(
            patient=row.patient_name, when=_long_moment(new_start.astimezone(self.view.zone))
        )
        if name:
            text += " " + self.tr("Now with {who}.").format(who=name)
        if others:
            text += " " + (
                self.tr("1 later course session moved too.")
                if others == 1
                else self.tr("{n} later course sessions moved too.").format(n=others)
            )
        self.set_info(text)
        bus().changed.emit("session")
        return True

    def _refuse(self, message: str) -> None:
        """The one place a refused move is reported."""
        QMessageBox.warning(
            self,
            self.tr("Session not moved"),
            message + "\n\n" + self.tr("Nothing was changed."),
        )


def _validation_text(error: ValidationFailed) -> str:
    return " ".join(error.errors.values()) or str(error)


def _describe(error: BaseException) -> str:
    from mesodesk.services.describe import describe

    return describe(error)

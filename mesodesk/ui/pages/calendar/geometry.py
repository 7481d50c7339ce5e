"""The grid's shape and coordinates: what is shown, its metrics, and content-to-viewport maths."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from math import floor
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea

from mesodesk.domain.schedule import DEFAULT_HOURS, OpeningHours
from mesodesk.services.dto import SessionSummary
from mesodesk.ui.pages.calendar.layout import (
    FALLBACK_SPAN,
    SLOT_MINUTES,
    CalendarColumn,
    closed_spans,
    grid_span,
)

READABLE_CHARS = 17
"""A practitioner's column in the week is at least this many average characters wide (about
100 px at the default font): room for a time and "Marie Somm…" on the next line. Narrower
columns scroll sideways instead, so four practitioners' week (28 columns) stays readable on a
laptop screen."""
DAY_COLUMN_CHARS = 14
"""A day view's column (one practitioner) is at least this wide."""
WEEK_COLUMN_CHARS = 10
"""A week view's day column when one practitioner is shown."""


@dataclass(frozen=True, slots=True)
class GridContent:
    """What the grid shows: its columns, sessions, the hours shading it and its rows' span."""

    columns: tuple[CalendarColumn, ...] = ()
    sessions: tuple[SessionSummary, ...] = ()
    hours: OpeningHours = DEFAULT_HOURS
    hours_configured: bool = False
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    first_day: date = field(default_factory=date.today)
    days: int = 1
    span: tuple[int, int] = FALLBACK_SPAN
    """The first and last minute of the day shown (local wall clock)."""
    closed: tuple[tuple[tuple[int, int], ...], ...] = ()
    """Per column, the spans (minutes) when the clinic is shut."""

    @classmethod
    def build(
        cls,
        columns: Sequence[CalendarColumn],
        sessions: Sequence[SessionSummary],
        hours: OpeningHours,
        hours_configured: bool,
        zone: ZoneInfo,
        first_day: date,
        days: int,
    ) -> GridContent:
        span = grid_span(hours, hours_configured, sessions)
        closed = tuple(tuple(closed_spans(hours, c.day, span)) for c in columns)
        return cls(
            tuple(columns),
            tuple(sessions),
            hours,
            hours_configured,
            zone,
            first_day,
            days,
            span,
            closed,
        )

    @property
    def split_days(self) -> bool:
        """The week view with several practitioners side by side within each day."""
        return self.days > 1 and len(self.columns) > self.days

    @property
    def slot_count(self) -> int:
        return max(1, (self.span[1] - self.span[0]) // SLOT_MINUTES)

    def minute_of_slot(self, slot: int) -> int:
        return self.span[0] + slot * SLOT_MINUTES

    def start_of(self, column: int, slot: int) -> datetime:
        """The aware start of a 15-minute row in a column."""
        minute = self.minute_of_slot(slot)
        day = self.columns[column].day
        return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=self.zone)

    def column_number(self, day: date, practitioner_id: int | None) -> int | None:
        for number, column in enumerate(self.columns):
            if column.day == day and column.practitioner_id == practitioner_id:
                return number
        return None


class GridGeometry:
    """Metrics from the view's font, and the mapping between content and viewport pixels.

    Content coordinates start at the first row of the first column; the viewport adds the
    time gutter on the left, the header on top and the scroll offsets.
    """

    def __init__(self, area: QAbstractScrollArea) -> None:
        self.area = area
        self.content = GridContent()
        self.update_metrics(area.font())

    def update_metrics(self, font: QFont) -> None:
        fm = QFontMetrics(font)
        self.fm = fm
        bold = QFont(font)
        bold.setBold(True)
        self.bold = bold
        self.bold_fm = QFontMetrics(bold)
        self.pad = max(3, fm.averageCharWidth() // 2)
        self.line_h = fm.lineSpacing()
        self.row_h = self.line_h + 5
        self.bar_w = max(3, fm.averageCharWidth() // 2)
        self.gutter = fm.horizontalAdvance("00:00") + 3 * self.pad

    # --- sizes ------------------------------------------------------------------------------

    @property
    def header_h(self) -> int:
        lines = 2 if self.content.split_days else 1
        return lines * (self.bold_fm.lineSpacing() + self.pad) + self.pad

    @property
    def second_header_row(self) -> int:
        """Below this y the week's header names practitioners, above it days."""
        return self.bold_fm.lineSpacing() + 2 * self.pad

    def min_column_width(self) -> int:
        avg = self.fm.averageCharWidth()
        if self.content.days == 1:
            return avg * DAY_COLUMN_CHARS
        return avg * (READABLE_CHARS if self.content.split_days else WEEK_COLUMN_CHARS)

    def column_width(self) -> float:
        if not self.content.columns:
            return 0.0
        room = max(1, self.area.viewport().width() - self.gutter)
        return max(float(self.min_column_width()), room / len(self.content.columns))

    def content_height(self) -> int:
        return self.content.slot_count * self.row_h

    def update_scrollbars(self) -> None:
        header = self.header_h
        view_h = max(0, self.area.viewport().height() - header)
        vbar = self.area.verticalScrollBar()
        vbar.setRange(0, max(0, self.content_height() - view_h))
        vbar.setPageStep(view_h)
        vbar.setSingleStep(self.row_h)
        view_w = max(0, self.area.viewport().width() - self.gutter)
        content_w = int(self.column_width() * len(self.content.columns))
        hbar = self.area.horizontalScrollBar()
        hbar.setRange(0, max(0, content_w - view_w))
        hbar.setPageStep(view_w)
        hbar.setSingleStep(max(1, int(self.column_width())))

    def visible_columns(self) -> range:
        width = max(self.column_width(), 1)
        scroll = self.area.horizontalScrollBar().value()
        grid_w = self.area.viewport().width() - self.gutter
        first = max(0, floor(scroll / width))
        last = min(len(self.content.columns) - 1, floor((scroll + grid_w) / width))
        return range(first, last + 1)

    # --- content <-> viewport ---------------------------------------------------------------

    @property
    def offset(self) -> QPointF:
        """What to add to a content point to get its viewport point."""
        return QPointF(
            self.gutter - self.area.horizontalScrollBar().value(),
            self.header_h - self.area.verticalScrollBar().value(),
        )

    def y_of(self, minute: float) -> float:
        """Content y of a minute of the day."""
        return (minute - self.content.span[0]) / SLOT_MINUTES * self.row_h

    def to_view_x(self, x: float) -> float:
        return self.gutter + x - self.area.horizontalScrollBar().value()

    def to_view_y(self, y: float) -> float:
        return self.header_h + y - self.area.verticalScrollBar().value()

    def view_rect(self, rect: QRectF) -> QRectF:
        return rect.translated(self.offset)

    def column_at(self, x: float) -> int | None:
        width = self.column_width()
        if not self.content.columns or width <= 0 or x < self.gutter:
            return None
        number = floor((x - self.gutter + self.area.horizontalScrollBar().value()) / width)
        return number if 0 <= number < len(self.content.columns) else None

    def minute_at(self, y: float) -> float:
        content_y = y - self.header_h + self.area.verticalScrollBar().value()
        return self.content.span[0] + content_y / self.row_h * SLOT_MINUTES

    def slot_at(self, y: float) -> int | None:
        if y < self.header_h:
            return None
        slot = floor((self.minute_at(y) - self.content.span[0]) / SLOT_MINUTES)
        return slot if 0 <= slot < self.content.slot_count else None

    def cell_rect(self, column: int, slot: int, slots: int = 1) -> QRectF:
        """A column's rows ``slot`` to ``slot + slots`` (content coordinates)."""
        width = self.column_width()
        return QRectF(column * width, slot * self.row_h, width, slots * self.row_h)

    def lane_rect(self, column: int, lane: int, lanes: int, width: float) -> tuple[float, float]:
        """Left edge and width of a lane (content coordinates)."""
        gap = max(2.0, min(6.0, width * 0.06))
        lane_w = (width - gap) / max(1, lanes)
        return column * width + 1 + lane * lane_w, max(2.0, lane_w - 1)

    def ensure_visible(self, rect: QRect) -> None:
        """Scroll so that ``rect`` (viewport coordinates) is in view."""
        header = self.header_h
        viewport = self.area.viewport()
        vbar = self.area.verticalScrollBar()
        if rect.top() < header:
            vbar.setValue(vbar.value() - (header - rect.top()) - self.pad)
        elif rect.bottom() > viewport.height():
            vbar.setValue(vbar.value() + rect.bottom() - viewport.height() + self.pad)
        hbar = self.area.horizontalScrollBar()
        if rect.left() < self.gutter:
            hbar.setValue(hbar.value() - (self.gutter - rect.left()))
        elif rect.right() > viewport.width():
            hbar.setValue(hbar.value() + rect.right() - viewport.width())

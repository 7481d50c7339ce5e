"""Painting the grid in one pass: shading, lines, session blocks, the drag ghost, the header."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from math import floor
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen

from mesodesk.domain.enums import SessionStatus
from mesodesk.ui import theme
from mesodesk.ui.pages.calendar.blocks import Block
from mesodesk.ui.pages.calendar.layout import SLOT_MINUTES
from mesodesk.ui.pages.calendar.text import block_lines, day_caption, initials

if TYPE_CHECKING:
    from mesodesk.ui.pages.calendar.view import CalendarView


@dataclass(frozen=True, slots=True)
class BlockStyle:
    """How a session block of one status looks: fill, the bar on its left, text."""

    fill: QColor
    bar: QColor
    text: QColor
    striped: bool
    border: QPen
    stripes: QBrush

    @classmethod
    def of(cls, colours: tuple[str, str, str], striped: bool = False) -> BlockStyle:
        fill, bar, text = colours
        border = QColor(bar)
        border.setAlpha(110)
        stripes = QColor(bar)
        stripes.setAlpha(90)
        return cls(
            QColor(fill),
            QColor(bar),
            QColor(text),
            striped,
            QPen(border, 1),
            QBrush(stripes, Qt.BrushStyle.BDiagPattern),
        )


BLOCK_STYLES: dict[str, BlockStyle] = {
    SessionStatus.PLANNED: BlockStyle.of(theme.CALENDAR_PLANNED),
    SessionStatus.ARRIVED: BlockStyle.of(theme.CALENDAR_ARRIVED),
    SessionStatus.DONE: BlockStyle.of(theme.CALENDAR_DONE),
    SessionStatus.CANCELLED: BlockStyle.of(theme.CALENDAR_CANCELLED, striped=True),
    SessionStatus.NO_SHOW: BlockStyle.of(theme.CALENDAR_NO_SHOW),
}
"""Cancelled blocks are striped too, so they read without colour."""
TODAY_TINT = QColor(theme.CALENDAR_TODAY_TINT)
CLOSED_SHADE = QColor(theme.CALENDAR_CLOSED_SHADE)
NOW_RED = QColor(theme.CALENDAR_NOW_LINE)
OVERFLOW_FILL = QColor(theme.CALENDAR_OVERFLOW_FILL)
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def lines_for(view: CalendarView, block: Block) -> list[str]:
    """The text drawn on a block, elided to its size (cached on the block)."""
    geo = view.geo
    rect = block.rect
    bar_w = min(geo.bar_w, rect.width() / 3)
    size = (int(rect.width() - bar_w - geo.pad - 1), int(rect.height() - 2))
    if size[0] <= 4:
        return []
    if block.lines_size != size:
        # Elided to the width and cut to the lines that fit: no clipping needed.
        block.lines = block_lines(block.session, size[0], size[1], geo.fm, geo.bold_fm)
        block.lines_size = size
    return block.lines


class GridPainter:
    """Paints a :class:`CalendarView`'s viewport; kept lean, as a busy week has hundreds."""

    def __init__(self, view: CalendarView) -> None:
        self.view = view
        self._focus_pen = QPen()

    def paint(self, p: QPainter) -> None:
        view, geo = self.view, self.view.geo
        content = geo.content
        palette = view.palette()
        width = geo.column_width()
        header = geo.header_h
        vw, vh = view.viewport().width(), view.viewport().height()
        p.fillRect(QRect(0, 0, vw, vh), palette.color(QPalette.ColorRole.Base))
        if not content.columns:
            self._paint_message(
                p, QCoreApplication.translate("CalendarView", "Loading…") if view.loading else ""
            )
            return
        grid = QRectF(geo.gutter, header, vw - geo.gutter, vh - header)
        visible_cols = geo.visible_columns()
        top_minute = geo.minute_at(header)
        bottom_minute = geo.minute_at(vh)
        self._focus_pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        p.save()
        p.setClipRect(grid)
        today = view.now(view.zone).date()
        for number in visible_cols:
            x = geo.to_view_x(number * width)
            if content.columns[number].day == today:
                p.fillRect(QRectF(x, grid.top(), width, grid.height()), TODAY_TINT)
            for start, end in content.closed[number]:
                y1, y2 = geo.to_view_y(geo.y_of(start)), geo.to_view_y(geo.y_of(end))
                p.fillRect(QRectF(x, y1, width, y2 - y1), CLOSED_SHADE)
        self._paint_grid_lines(p, grid, visible_cols, width)
        self._paint_selection(p)
        focused = view.focused_block()
        for number in visible_cols:
            for block in view.blocks.by_column[number]:
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
        if view.show_loading_hint:
            self._paint_message(p, QCoreApplication.translate("CalendarView", "Loading…"))

    def _paint_grid_lines(self, p: QPainter, grid: QRectF, columns: range, width: float) -> None:
        geo = self.view.geo
        content = geo.content
        mid = self.view.palette().color(QPalette.ColorRole.Mid)
        quarter = QColor(mid)
        quarter.setAlpha(45)
        hour = QColor(mid)
        hour.setAlpha(140)
        first_slot = max(0, floor((geo.minute_at(grid.top()) - content.span[0]) / SLOT_MINUTES))
        last_slot = min(
            content.slot_count,
            floor((geo.minute_at(grid.bottom()) - content.span[0]) / SLOT_MINUTES) + 1,
        )
        for slot in range(first_slot, last_slot + 1):
            minute = content.minute_of_slot(slot)
            y = round(geo.to_view_y(slot * geo.row_h)) + 0.5
            p.setPen(QPen(hour if minute % 60 == 0 else quarter, 1))
            p.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        for number in columns:
            x = round(geo.to_view_x((number + 1) * width)) - 0.5
            strong = number + 1 == len(content.columns) or content.columns[number + 1].first_of_day
            p.setPen(QPen(hour if strong else quarter, 2 if strong and content.days > 1 else 1))
            p.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))

    def _paint_block(
        self, p: QPainter, block: Block, *, ghost: bool = False, focused: bool = False
    ) -> None:
        view, geo = self.view, self.view.geo
        style = BLOCK_STYLES.get(block.session.status) or BLOCK_STYLES[SessionStatus.PLANNED]
        rect = block.rect.translated(geo.offset)
        drag = view.marks.drag
        faded = not ghost and drag is not None and drag.active and drag.block is block
        if faded:
            p.setOpacity(0.35)
        p.fillRect(rect, style.fill)
        if style.striped:
            p.fillRect(rect, style.stripes)
        bar_w = min(geo.bar_w, rect.width() / 3)
        p.fillRect(QRectF(rect.left(), rect.top(), bar_w, rect.height()), style.bar)
        p.setPen(style.border)
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if focused:
            p.setPen(self._focus_pen)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        lines = lines_for(view, block)
        if lines:
            text_rect = rect.adjusted(bar_w + geo.pad - 1, 1, -2, -1)
            self._paint_block_text(p, lines, text_rect, style)
        if faded:
            p.setOpacity(1.0)

    def _paint_block_text(
        self, p: QPainter, lines: list[str], rect: QRectF, style: BlockStyle
    ) -> None:
        geo = self.view.geo
        line_h = geo.line_h
        p.setPen(style.text)
        left, width, y = rect.left(), rect.width(), rect.top()
        p.setFont(geo.bold)
        for number, text in enumerate(lines):
            if number == 1:
                p.setFont(self.view.font())
            p.drawText(QRectF(left, y, width, line_h), LEFT_MIDDLE, text)
            y += line_h
        if style.striped:
            # Cancelled: struck through as well as striped, so it reads without colour.
            mid = rect.top() + line_h / 2 + 1
            first = geo.bold_fm.horizontalAdvance(lines[0])
            p.drawLine(QPointF(left, mid), QPointF(left + min(first, width), mid))

    def _paint_overflows(
        self, p: QPainter, columns: range, top_minute: float, bottom_minute: float
    ) -> None:
        geo = self.view.geo
        cells = [
            (cell, rect)
            for number in columns
            for cell, rect in self.view.blocks.overflows[number]
            if top_minute - SLOT_MINUTES <= cell.start_minute <= bottom_minute
        ]
        if not cells:
            return
        p.setFont(geo.bold)
        p.setPen(self.view.palette().color(QPalette.ColorRole.Text))
        for cell, rect in cells:
            view = geo.view_rect(rect)
            p.fillRect(view, OVERFLOW_FILL)
            p.drawText(view, Qt.AlignmentFlag.AlignCenter, f"+{len(cell.sessions)}")
        p.setFont(self.view.font())

    def _paint_selection(self, p: QPainter) -> None:
        select = self.view.marks.select
        if select is None:
            return
        geo = self.view.geo
        column, anchor, current = select
        first, last = min(anchor, current), max(anchor, current)
        rect = geo.view_rect(geo.cell_rect(column, first, last - first + 1))
        colour = QColor(self.view.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(70)
        p.fillRect(rect.adjusted(1, 1, -2, -1), colour)
        start = geo.content.start_of(column, first)
        end = start + timedelta(minutes=(last - first + 1) * SLOT_MINUTES)
        p.setPen(self.view.palette().color(QPalette.ColorRole.Text))
        p.setFont(geo.bold)
        p.drawText(
            rect.adjusted(geo.pad, 0, -geo.pad, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            f"{start:%H:%M}–{end:%H:%M}",
        )
        p.setFont(self.view.font())

    def _paint_drag(self, p: QPainter) -> None:
        view, geo = self.view, self.view.geo
        drag = view.marks.drag
        if drag is None or not drag.active or drag.column < 0:
            return
        row = drag.block.session
        width = geo.column_width()
        top = geo.y_of(drag.minute)
        bottom = geo.y_of(drag.minute + max(row.duration_minutes, SLOT_MINUTES))
        column = geo.content.columns[drag.column]
        start = datetime.combine(
            column.day, time(drag.minute // 60, drag.minute % 60), tzinfo=view.zone
        )
        # The ghost reads as where the session would land: its new time is on it.
        placement = replace(drag.block.placement, session=replace(row, starts_at=start))
        ghost = Block(placement, QRectF(drag.column * width + 1, top, width - 4, bottom - top))
        p.save()
        p.setOpacity(0.9)
        self._paint_block(p, ghost, ghost=True)
        p.restore()
        rect = geo.view_rect(ghost.rect)
        clash = drag.clashes(view.blocks.by_column[drag.column])
        pen = QPen(NOW_RED if clash else BLOCK_STYLES[SessionStatus.PLANNED].bar, 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_cursor(self, p: QPainter) -> None:
        view, geo = self.view, self.view.geo
        cursor = view.marks.cursor
        if cursor is None or not view.hasFocus() or not geo.content.columns:
            return
        column, slot = cursor
        if column >= len(geo.content.columns) or view.blocks.block_in_cell(column, slot):
            return
        rect = geo.view_rect(geo.cell_rect(column, slot)).adjusted(1, 1, -2, -1)
        highlight = view.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(40)
        p.fillRect(rect, fill)
        p.setPen(QPen(highlight, 2))
        p.drawRect(rect)

    def _paint_now(self, p: QPainter, width: float) -> None:
        view, geo = self.view, self.view.geo
        now = view.now(view.zone)
        minute = now.hour * 60 + now.minute + now.second / 60
        if not geo.content.span[0] <= minute <= geo.content.span[1]:
            return
        today = [n for n, c in enumerate(geo.content.columns) if c.day == now.date()]
        if not today:
            return
        y = geo.to_view_y(geo.y_of(minute))
        left = geo.to_view_x(today[0] * width)
        right = geo.to_view_x((today[-1] + 1) * width)
        p.setPen(QPen(NOW_RED, 2))
        p.drawLine(QPointF(left, y), QPointF(right, y))
        p.setBrush(NOW_RED)
        p.setPen(Qt.PenStyle.NoPen)
        radius = max(3.0, geo.pad * 1.2)
        p.drawEllipse(QPointF(left + radius, y), radius, radius)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_header(self, p: QPainter, columns: range, width: float, header: int) -> None:
        view, geo = self.view, self.view.geo
        content = geo.content
        palette = view.palette()
        vw = view.viewport().width()
        p.save()
        p.fillRect(QRect(0, 0, vw, header), palette.color(QPalette.ColorRole.Window))
        p.setClipRect(QRect(geo.gutter, 0, vw - geo.gutter, header))
        line_h = geo.bold_fm.lineSpacing() + geo.pad
        today = view.now(view.zone).date()
        text = palette.color(QPalette.ColorRole.WindowText)
        if content.days > 1:
            # One caption per day across its practitioner columns.
            per_day = max(1, len(content.columns) // max(1, content.days))
            for index in range(columns.start // per_day, (columns.stop - 1) // per_day + 1):
                day = content.columns[index * per_day].day
                rect = QRectF(
                    geo.to_view_x(index * per_day * width), geo.pad, per_day * width, line_h
                )
                if day == today:
                    p.fillRect(
                        rect.adjusted(2, -geo.pad / 2, -2, 0),
                        palette.color(QPalette.ColorRole.Highlight),
                    )
                    p.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                else:
                    p.setPen(text)
                p.setFont(geo.bold)
                label = geo.bold_fm.elidedText(
                    day_caption(day, per_day * width, geo.bold_fm),
                    Qt.TextElideMode.ElideRight,
                    int(rect.width()) - 4,
                )
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            rows_top = geo.pad + line_h
        else:
            rows_top = geo.pad
        if content.days == 1 or content.split_days:
            p.setFont(geo.bold if content.days == 1 else view.font())
            fm = geo.bold_fm if content.days == 1 else geo.fm
            p.setPen(text)
            for number in columns:
                rect = QRectF(geo.to_view_x(number * width), rows_top, width, line_h)
                name = content.columns[number].practitioner_name
                if fm.horizontalAdvance(name) > width - 6:
                    name = fm.elidedText(
                        initials(name), Qt.TextElideMode.ElideRight, int(width) - 4
                    )
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        p.setFont(view.font())
        p.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(0, header - 0.5), QPointF(vw, header - 0.5))
        p.restore()

    def _paint_gutter(self, p: QPainter, header: int) -> None:
        view, geo = self.view, self.view.geo
        palette = view.palette()
        vh = view.viewport().height()
        p.save()
        p.fillRect(QRect(0, 0, geo.gutter, vh), palette.color(QPalette.ColorRole.Window))
        p.setClipRect(QRect(0, header, geo.gutter, vh - header))
        p.setPen(palette.color(QPalette.ColorRole.WindowText))
        line = geo.fm.lineSpacing()
        first, last = geo.content.span
        for minute in range(first, last, 60):
            y = geo.to_view_y(geo.y_of(minute))
            if y > vh:
                break
            if y + line < header:
                continue
            p.drawText(
                QRectF(0, y + 1, geo.gutter - geo.pad, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{minute // 60:02d}:00",
            )
        now = view.now(view.zone)
        minute = now.hour * 60 + now.minute
        if view.today_column() is not None and first <= minute <= last:
            y = geo.to_view_y(geo.y_of(minute))
            p.setPen(QPen(NOW_RED, 2))
            p.drawLine(QPointF(geo.gutter - geo.pad, y), QPointF(geo.gutter, y))
        p.setClipping(False)
        p.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(geo.gutter - 0.5, 0), QPointF(geo.gutter - 0.5, vh))
        p.restore()

    def _paint_message(self, p: QPainter, text: str) -> None:
        if not text:
            return
        view, geo = self.view, self.view.geo
        fm = geo.bold_fm
        box = QRectF(0, 0, fm.horizontalAdvance(text) + 4 * geo.pad, fm.lineSpacing() + 2 * geo.pad)
        box.moveCenter(QPointF(view.viewport().width() / 2, geo.header_h + box.height() * 1.5))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(view.palette().color(QPalette.ColorRole.ToolTipBase))
        p.drawRoundedRect(box, geo.pad, geo.pad)
        p.setPen(view.palette().color(QPalette.ColorRole.ToolTipText))
        p.setFont(geo.bold)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(view.font())

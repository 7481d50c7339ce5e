"""The mouse on the grid: selecting free rows to book, dragging sessions to move them, menus."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from mesodesk.domain.session_rules import CANCELLABLE, OCCUPYING
from mesodesk.ui.pages.calendar.blocks import Block
from mesodesk.ui.pages.calendar.layout import SLOT_MINUTES
from mesodesk.ui.pages.calendar.text import (
    long_day,
    overflow_tooltip,
    session_tooltip,
    why_fixed,
)

if TYPE_CHECKING:
    from mesodesk.ui.pages.calendar.view import CalendarView


@dataclass(slots=True)
class Drag:
    """A session being dragged: where it was grabbed, and where it would land."""

    block: Block
    press: QPoint
    grab_minutes: int
    active: bool = False
    column: int = -1
    minute: int = -1

    def clashes(self, others: list[Block]) -> bool:
        """Whether the drop would overlap an occupying session shown in its column.

        Only a hint (the ghost's border turns red): the courses service has the last word.
        """
        end = self.minute + self.block.session.duration_minutes
        return any(
            other is not self.block
            and other.session.status in OCCUPYING
            and other.placement.start_minute < end
            and self.minute < other.placement.end_minute
            for other in others
        )


@dataclass(slots=True)
class GridMarks:
    """What the user has marked on the grid: the keyboard cursor, a selection, a drag."""

    cursor: tuple[int, int] | None = None
    """The keyboard cursor as (column, 15-minute row)."""
    pending_edge: int = 0
    """-1 or +1 while the previous or next period loads after the cursor left the grid."""
    drag: Drag | None = None
    select: tuple[int, int, int] | None = None
    """Free rows being selected: (column, anchor row, current row)."""
    select_press: QPoint | None = field(default=None)


class MouseHandler:
    """Turns the view's mouse events into cursor moves, bookings, moves and menus."""

    def __init__(self, view: CalendarView) -> None:
        self.view = view

    def press(self, event: QMouseEvent) -> None:
        view, geo, marks = self.view, self.view.geo, self.view.marks
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position().toPoint()
        column = geo.column_at(point.x())
        if column is None:
            return
        if point.y() < geo.header_h:
            if geo.content.days > 1 and point.y() < geo.second_header_row:
                view.dayRequested.emit(geo.content.columns[column].day)
            elif geo.content.days == 1 or geo.content.split_days:
                view.practitionerRequested.emit(geo.content.columns[column].practitioner_id)
            return
        block = view.blocks.block_at(point)
        if block is not None:
            item = block.placement
            marks.cursor = (column, (item.start_minute - geo.content.span[0]) // SLOT_MINUTES)
            grab = int(geo.minute_at(point.y())) - item.start_minute
            marks.drag = Drag(block, point, grab)
            view.viewport().update()
            return
        cell = view.blocks.overflow_at(point)
        if cell is not None:
            if geo.content.days > 1:
                view.dayRequested.emit(geo.content.columns[cell.column].day)
            return
        slot = geo.slot_at(point.y())
        if slot is None:
            return
        marks.cursor = (column, slot)
        marks.select = (column, slot, slot)
        marks.select_press = point
        view.viewport().update()

    def move(self, event: QMouseEvent) -> None:
        view, marks = self.view, self.view.marks
        point = event.position().toPoint()
        drag = marks.drag
        if drag is not None:
            if not drag.active:
                if (point - drag.press).manhattanLength() < QApplication.startDragDistance():
                    return
                reason = why_fixed(drag.block.session)
                if reason:
                    view.viewport().setCursor(Qt.CursorShape.ForbiddenCursor)
                    QToolTip.showText(view.viewport().mapToGlobal(point), reason, view.viewport())
                    return
                drag.active = True
                view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self._scroll_near_edge(point, sideways=True)
            self._update_drop(drag, point)
            view.viewport().update()
            return
        if marks.select is not None:
            self._scroll_near_edge(point, sideways=False)
            slot = view.geo.slot_at(point.y())
            if slot is None:
                last = view.geo.content.slot_count - 1
                slot = 0 if point.y() < view.geo.header_h else last
            column, anchor, _current = marks.select
            marks.select = (column, anchor, self._free_until(column, anchor, slot))
            view.viewport().update()
            return
        self.update_hover_cursor(point)

    def release(self, event: QMouseEvent) -> None:
        view, marks = self.view, self.view.marks
        point = event.position().toPoint()
        drag, marks.drag = marks.drag, None
        if drag is not None:
            self.update_hover_cursor(point)
            if drag.active:
                self._update_drop(drag, point)
                view.viewport().update()
                self._drop(drag)
            return
        selection, marks.select = marks.select, None
        press, marks.select_press = marks.select_press, None
        if selection is None:
            return
        view.viewport().update()
        column, anchor, current = selection
        moved_far = (
            press is not None
            and (point - press).manhattanLength() >= QApplication.startDragDistance()
        )
        if moved_far:
            first, last = min(anchor, current), max(anchor, current)
            marks.cursor = (column, first)
            view.request_slot(column, first, last - first + 1)

    def double_click(self, event: QMouseEvent) -> None:
        view = self.view
        self.cancel_drag()
        view.marks.select = None
        point = event.position().toPoint()
        block = view.blocks.block_at(point)
        if block is not None:
            view.sessionActivated.emit(block.session.patient_id, block.session.id)
            return
        column, slot = view.geo.column_at(point.x()), view.geo.slot_at(point.y())
        if column is not None and slot is not None and view.blocks.overflow_at(point) is None:
            view.request_slot(column, slot, 1)

    def context_menu(self, point: QPoint) -> QMenu | None:
        """The menu for a point of the viewport: open or cancel the session, or book the slot."""
        view = self.view
        block = view.blocks.block_at(point)
        menu = QMenu(view)
        menu.setObjectName("calendarMenu")
        if block is not None:
            row = block.session
            action = menu.addAction(QCoreApplication.translate("CalendarView", "&Open session"))
            action.setObjectName("calendarMenuOpen")
            action.triggered.connect(lambda: view.sessionActivated.emit(row.patient_id, row.id))
            if row.status in CANCELLABLE:
                action = menu.addAction(
                    QCoreApplication.translate("CalendarView", "&Cancel session…")
                )
                action.setObjectName("calendarMenuCancel")
                action.triggered.connect(lambda: view.cancelRequested.emit(row.id))
            return menu
        column, slot = view.geo.column_at(point.x()), view.geo.slot_at(point.y())
        if column is None or slot is None:
            menu.deleteLater()
            return None
        start = view.geo.content.start_of(column, slot)
        action = menu.addAction(
            QCoreApplication.translate("CalendarView", "&New session at {0}…").format(
                f"{start:%H:%M}"
            )
        )
        action.setObjectName("calendarMenuBook")
        action.triggered.connect(lambda: view.request_slot(column, slot, 1))
        return menu

    def tooltip_at(self, point: QPoint) -> str:
        """The tooltip for a point of the viewport (rich text), or ""."""
        view = self.view
        block = view.blocks.block_at(point)
        if block is not None:
            return session_tooltip(block.session)
        cell = view.blocks.overflow_at(point)
        if cell is not None:
            return overflow_tooltip(cell, view.days)
        column = view.geo.column_at(point.x())
        if column is None:
            return ""
        content = view.geo.content
        if point.y() < view.geo.header_h:
            item = content.columns[column]
            if view.days > 1 and point.y() < view.geo.second_header_row:
                hint = QCoreApplication.translate("CalendarView", "Click to see this day.")
            elif len({c.practitioner_id for c in content.columns}) > 1:
                hint = QCoreApplication.translate(
                    "CalendarView", "Click to see only this practitioner."
                )
            else:
                hint = ""
            text = escape(f"{item.practitioner_name} · {long_day(item.day)}")
            return text + (f"<br><i>{escape(hint)}</i>" if hint else "")
        minute = view.geo.minute_at(point.y())
        if any(a <= minute < b for a, b in content.closed[column]):
            return escape(QCoreApplication.translate("CalendarView", "Closed"))
        return ""

    def cancel_drag(self) -> None:
        if self.view.marks.drag is not None:
            self.view.marks.drag = None
            self.view.viewport().unsetCursor()
            self.view.viewport().update()

    def update_hover_cursor(self, point: QPoint) -> None:
        viewport = self.view.viewport()
        block = self.view.blocks.block_at(point)
        if block is None:
            viewport.unsetCursor()
        elif why_fixed(block.session):
            viewport.setCursor(Qt.CursorShape.ArrowCursor)
        else:
            viewport.setCursor(Qt.CursorShape.OpenHandCursor)

    def _scroll_near_edge(self, point: QPoint, *, sideways: bool) -> None:
        """While dragging, rows (and the week's columns) scroll in near the viewport's edges."""
        geo = self.view.geo
        bar = self.view.verticalScrollBar()
        if point.y() < geo.header_h + geo.row_h // 2:
            bar.setValue(bar.value() - geo.row_h)
        elif point.y() > self.view.viewport().height() - geo.row_h // 2:
            bar.setValue(bar.value() + geo.row_h)
        if not sideways:
            return
        hbar = self.view.horizontalScrollBar()
        step = max(1, int(geo.column_width() / 4))
        if point.x() < geo.gutter + geo.pad:
            hbar.setValue(hbar.value() - step)
        elif point.x() > self.view.viewport().width() - geo.pad:
            hbar.setValue(hbar.value() + step)

    def _free_until(self, column: int, anchor: int, slot: int) -> int:
        """Stretch a selection from ``anchor`` towards ``slot`` over free rows only."""
        step = 1 if slot >= anchor else -1
        current = anchor
        limit = self.view.max_selected_slots()
        while current != slot and abs(current - anchor) + 1 < limit:
            following = current + step
            if self.view.blocks.block_in_cell(column, following) is not None:
                break
            current = following
        return current

    def _update_drop(self, drag: Drag, point: QPoint) -> None:
        geo = self.view.geo
        column = geo.column_at(point.x())
        if column is None:
            column = 0 if point.x() < geo.gutter else len(geo.content.columns) - 1
        minute = geo.minute_at(point.y()) - drag.grab_minutes
        snapped = round(minute / SLOT_MINUTES) * SLOT_MINUTES
        duration = max(drag.block.session.duration_minutes, SLOT_MINUTES)
        first, last = geo.content.span
        drag.column = column
        drag.minute = int(max(first, min(snapped, max(first, last - duration))))

    def _drop(self, drag: Drag) -> None:
        view = self.view
        row = drag.block.session
        column = view.geo.content.columns[drag.column]
        start = datetime.combine(
            column.day, time(drag.minute // 60, drag.minute % 60), tzinfo=view.zone
        )
        if start == row.starts_at and column.practitioner_id == row.practitioner_id:
            return
        view.moveRequested.emit(row.id, start, column.practitioner_id)

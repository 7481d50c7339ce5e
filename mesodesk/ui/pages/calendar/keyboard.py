"""The calendar from the keyboard: arrows move the cursor over rows and sessions, keys navigate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from mesodesk.ui.pages.calendar.view import CalendarView

DAY, WEEK = "day", "week"


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


def handle_grid_key(view: CalendarView, event: QKeyEvent) -> bool:
    """Arrows and Enter on the grid; True when the key was used.

    Up and Down step a quarter hour over free rows and a whole session over a booked one, so
    each press selects the next free slot or the next session. Left and Right change column,
    and past the first or last one the previous or next day (or week). Enter opens the
    selected session or books the free slot.
    """
    key = Qt.Key(event.key())
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    columns = view.columns
    if modifiers != Qt.KeyboardModifier.NoModifier or not columns:
        return False
    column, slot = view.cursor_cell() or view.default_cursor()
    if key == Qt.Key.Key_Left:
        if column == 0:
            view.marks.pending_edge = -1
            view.periodRequested.emit(-1)
        else:
            view.set_cursor(column - 1, slot)
    elif key == Qt.Key.Key_Right:
        if column >= len(columns) - 1:
            view.marks.pending_edge = 1
            view.periodRequested.emit(1)
        else:
            view.set_cursor(column + 1, slot)
    elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        view.set_cursor(column, _next_slot(view, column, slot, -1 if key == Qt.Key.Key_Up else 1))
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        view.activate_cursor()
    else:
        return False
    return True


def _next_slot(view: CalendarView, column: int, slot: int, step: int) -> int:
    """The row an arrow goes to: past the session under the cursor, onto a session's start."""
    here = view.blocks.block_in_cell(column, slot)
    if here is not None:
        first, last = view.blocks.slots_of(here)
        slot = last if step > 0 else first
    target = slot + step
    there = view.blocks.block_in_cell(column, target)
    if there is not None:
        target = view.blocks.slots_of(there)[0] if step < 0 else target
    return target

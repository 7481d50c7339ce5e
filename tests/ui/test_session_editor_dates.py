"""The session editor's date and time, typed with real keys: what is typed is what is saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mesodesk.services import sessions
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor import SessionEditor
from tests.factories import ACTOR
from tests.ui.test_session_editor import _editor, _session_rows
from tests.ui.test_session_editor import _evening as _evening
from tests.ui.test_session_editor import _no_real_modals as _no_real_modals
from tests.ui.test_session_editor import clinic as clinic
from tests.ui.test_session_editor import ctx as ctx

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _retype(qtbot: QtBot, editor: SessionEditor, text: str) -> None:
    """Select all with Ctrl+A and type over it, as a receptionist would."""
    edit = editor.date_time_edit.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text)


def _leave(qtbot: QtBot, editor: SessionEditor) -> None:
    """Tab on to the next field, which ends the typing."""
    qtbot.keyClick(editor.date_time_edit.edit, Qt.Key.Key_Tab)
    assert editor.duration_spin.hasFocus()


def _in_popup(calendar: QWidget) -> QWidget:
    """Where the keys go while the calendar is open: its focused day grid."""
    focused = QApplication.focusWidget()
    assert focused is not None and calendar.isAncestorOf(focused)
    return focused


def _new_editor(qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]) -> SessionEditor:
    # A fixed start, so the test never depends on today.
    editor = _editor(qtbot, ctx, clinic["patient"], starts_at=datetime(2026, 12, 4, 11, 0))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_select_all_and_typing_a_date_gives_that_date(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _new_editor(qtbot, ctx, clinic)
    assert editor.date_time_edit.text() == "04/12/2026 11:00"
    _retype(qtbot, editor, "10/12/2026 09:15")
    _leave(qtbot, editor)
    assert editor.starts_at() == datetime(2026, 12, 10, 9, 15)
    assert editor.date_time_edit.edit.text() == "10/12/2026 09:15"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [row] = _session_rows(db)
    assert sessions.get_session(db, row.id, actor=ACTOR).starts_at.replace(tzinfo=None) == datetime(
        2026, 12, 10, 9, 15
    )


def test_retyping_twice_keeps_the_last_date(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _new_editor(qtbot, ctx, clinic)
    _retype(qtbot, editor, "10/12/2026 09:15")
    _leave(qtbot, editor)
    _retype(qtbot, editor, "23/01/2027 16:45")
    _leave(qtbot, editor)
    assert editor.starts_at() == datetime(2027, 1, 23, 16, 45)


def test_changing_your_mind_while_typing(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _new_editor(qtbot, ctx, clinic)
    edit = editor.date_time_edit.edit
    _retype(qtbot, editor, "10/12/2026 09:15")
    for _ in range(5):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "14:30")
    assert editor.starts_at() == datetime(2026, 12, 10, 14, 30)
    # Back over the day only: Home, select the two digits, type the new day.
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "11")
    _leave(qtbot, editor)
    assert editor.starts_at() == datetime(2026, 12, 11, 14, 30)
    assert not editor.date_time_edit.message.isVisible()


def test_an_impossible_date_is_named_and_the_typing_kept(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _new_editor(qtbot, ctx, clinic)
    _retype(qtbot, editor, "31/02/2026 09:15")
    _leave(qtbot, editor)
    field = editor.date_time_edit
    assert field.message.isVisible()
    assert field.message.text() == "The date 31/02/2026 does not exist."
    assert field.edit.text() == "31/02/2026 09:15"
    assert editor.starts_at() is None

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _session_rows(db) == []
    assert "does not exist" in editor.message_label.text()
    assert field.edit.text() == "31/02/2026 09:15"

    # Correcting the day clears the message as soon as the text reads.
    edit = field.edit
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, "28")
    assert not field.message.isVisible()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(_session_rows(db)) == 1
    assert editor.starts_at() == datetime(2026, 2, 28, 9, 15)


def test_a_missing_time_or_a_typo_is_said_plainly(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _new_editor(qtbot, ctx, clinic)
    _retype(qtbot, editor, "10/12/2026")
    _leave(qtbot, editor)
    assert editor.date_time_edit.message.text() == "Add the time, as dd/mm/yyyy hh:mm."
    _retype(qtbot, editor, "10/12/26 9")
    _leave(qtbot, editor)
    assert editor.date_time_edit.message.text() == "Type the date as dd/mm/yyyy hh:mm."


def test_keyboard_only_with_the_calendar(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _new_editor(qtbot, ctx, clinic)
    field = editor.date_time_edit
    # Tab from the patient's first field backwards: Shift+Tab from Duration lands in the date.
    editor.duration_spin.setFocus()
    qtbot.keyClick(editor.duration_spin, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert field.edit.hasFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field.edit, "10/12/2026 09:15")
    # Alt+Down opens the calendar on that day; Right, Right, Enter picks two days later.
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(field.calendar.isVisible)
    assert field.calendar.selectedDate().day() == 10
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Return):
        qtbot.keyClick(_in_popup(field.calendar), key)
    assert not field.calendar.isVisible()
    assert editor.starts_at() == datetime(2026, 12, 12, 9, 15)  # the time stays
    # Escape closes the calendar and changes nothing.
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    qtbot.waitUntil(field.calendar.isVisible)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Escape):
        qtbot.keyClick(_in_popup(field.calendar), key)
    assert not field.calendar.isVisible()
    assert editor.starts_at() == datetime(2026, 12, 12, 9, 15)

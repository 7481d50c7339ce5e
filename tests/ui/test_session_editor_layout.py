"""The session editor fits a 1280x800 screen without sideways scrolling, remembers its size,
and keeps room for screening findings so nothing jumps when they appear."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mesodesk.services import patients
from mesodesk.services.dto import ProfileInput
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor import SessionEditor
from mesodesk.ui.dialogs.session_editor.dialog import SIZE_KEY
from tests.ui.test_session_editor import ACTOR, _editor, _fill_line
from tests.ui.test_session_editor import _evening as _evening
from tests.ui.test_session_editor import _no_real_modals as _no_real_modals
from tests.ui.test_session_editor import clinic as clinic
from tests.ui.test_session_editor import ctx as ctx

LAPTOP = QSize(1280, 800)
WHEN = datetime(2026, 12, 10, 9, 15)


@pytest.fixture(autouse=True)
def _no_remembered_size() -> None:
    QSettings().remove(SIZE_KEY)


@pytest.fixture(params=[9, 11], ids=["9pt", "11pt"])
def desktop_font(request: pytest.FixtureRequest) -> Any:
    """The offscreen default (9 pt) and a common desktop size (11 pt)."""
    old = QApplication.font()
    font = QFont(old)
    font.setPointSize(request.param)
    QApplication.setFont(font)
    yield request.param
    QApplication.setFont(old)


def _open(qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]) -> SessionEditor:
    editor = _editor(qtbot, ctx, clinic["patient"], starts_at=WHEN)
    editor.fit_to_screen(LAPTOP)
    return editor


def _y(editor: SessionEditor, widget: Any) -> int:
    return int(widget.mapTo(editor.form, QPoint(0, 0)).y())


def test_fits_a_1280x800_screen_without_sideways_scrolling(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int], desktop_font: int
) -> None:
    editor = _open(qtbot, ctx, clinic)
    qtbot.mouseClick(editor.add_line_button, Qt.MouseButton.LeftButton)
    assert editor.width() <= LAPTOP.width() and editor.height() <= LAPTOP.height()
    # It opens wide enough for the form, not narrower.
    assert editor.width() >= editor.minimumWidth() >= editor.form.minimumSizeHint().width()
    viewport = editor._scroll.viewport()
    qtbot.waitUntil(lambda: editor.form.width() <= viewport.width())
    assert not editor._scroll.horizontalScrollBar().isVisible()
    for line in editor.lines:
        button = line.remove_button
        assert button.isVisible()
        corner = button.mapTo(viewport, QPoint(button.width() - 1, 0))
        assert 0 <= corner.x() < viewport.width(), "the Remove column is cut"


def test_remembers_its_size(qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]) -> None:
    first = _open(qtbot, ctx, clinic)
    first.resize(1200, 700)
    first.close()
    second = _open(qtbot, ctx, clinic)
    assert second.size() == QSize(1200, 700)


def test_findings_appearing_move_nothing(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    patients.record_profile(
        db, clinic["patient"], ProfileInput(allergens=("Vitamin C",)), actor=ACTOR
    )
    editor = _open(qtbot, ctx, clinic)
    panel = editor.findings_panel
    assert not panel.findings and not panel.override_label.isVisible()
    table = editor.form.treatments.table
    before = (_y(editor, table), _y(editor, editor.checklist_panel), panel.height())

    _fill_line(qtbot, editor.lines[0], area="Cheeks", product="VitaGlow", lot="VG-7", volume="1")
    editor.refresh_screening()
    qtbot.waitUntil(lambda: panel.has_blocks() and panel.override_label.isVisible())
    QApplication.processEvents()
    after = (_y(editor, table), _y(editor, editor.checklist_panel), panel.height())
    assert after == before


def test_a_form_wider_than_first_measured_widens_the_editor_once_shown(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    """On a real screen the fonts are final only once shown (under X the first fit came out
    75 px too narrow and the form scrolled sideways): showing widens it to the form."""
    editor = _open(qtbot, ctx, clinic)
    editor.show()
    qtbot.waitExposed(editor)
    narrow = editor.form.minimumSizeHint().width() - 120  # as if measured before polish
    editor.setMinimumWidth(narrow)
    editor.resize(narrow, editor.height())
    qtbot.waitUntil(lambda: editor._scroll.horizontalScrollBar().maximum() > 0)
    editor.widen_to_content(LAPTOP)
    qtbot.waitUntil(lambda: editor._scroll.horizontalScrollBar().maximum() == 0)
    assert editor.minimumWidth() > narrow

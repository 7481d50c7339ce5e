"""Refusals from the session service are shown next to the field they concern, not only in
the banner, and the form keeps what was typed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mesodesk.services import sessions
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor import SessionEditor
from tests.ui.test_session_editor import _choose, _editor, _fill_line
from tests.ui.test_session_editor import _evening as _evening
from tests.ui.test_session_editor import _no_real_modals as _no_real_modals
from tests.ui.test_session_editor import clinic as clinic
from tests.ui.test_session_editor import ctx as ctx


def _inline(editor: SessionEditor, key: str) -> QLabel:
    labels = {
        "starts_at": editor.date_time_edit.message,
        "treatments": editor.form.treatments.error_label,
        "status": editor.form.appointment.errors.labels["status"],
        "consent": editor.consent_panel.error_label,
    }
    return labels[key]


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("starts_at", "Dr Ana Ruiz is already booked 10/12/2026 09:00-09:45 with Léa Roux."),
        ("treatments", "A done session needs at least one treatment line."),
        ("status", "This session has not started yet; it can be marked done once it has."),
        ("consent", "Record the patient's consent before marking the session done."),
    ],
)
def test_a_refusal_is_shown_at_its_field(
    qtbot: QtBot,
    ctx: DeskContext,
    clinic: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    text: str,
) -> None:
    create = sessions.create_session
    refusing = [True]

    def refuse(*args: Any, **kwargs: Any) -> Any:
        if refusing[0]:
            raise ValidationFailed({key: text})
        return create(*args, **kwargs)

    monkeypatch.setattr(sessions, "create_session", refuse)
    editor = _editor(qtbot, ctx, clinic["patient"], starts_at=datetime(2026, 12, 10, 9, 15))
    _fill_line(qtbot, editor.lines[0], area="Cheeks", product="HydraMeso", lot="HA-1", volume="1")
    qtbot.keyClicks(editor.notes_edit, "Kept after a refusal")
    label = _inline(editor, key)
    assert not label.isVisible()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert label.isVisible() and label.text() == text
    assert text in editor.message_label.text()  # the banner still sums up
    # What was typed stays.
    assert editor.starts_at() == datetime(2026, 12, 10, 9, 15)
    assert editor.lines[0].volume.value() == 1.0
    assert editor.notes_edit.toPlainText() == "Kept after a refusal"
    assert editor.is_dirty()

    # A second save clears the message once the service accepts.
    refusing[0] = False
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.session_id is not None
    assert not label.isVisible()


def test_a_done_session_without_lines_is_marked_at_the_table(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"], starts_at=datetime(2026, 12, 10, 9, 15))
    _choose(editor.status_combo, "Done")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    label = _inline(editor, "treatments")
    assert label.isVisible() and "at least one treatment line" in label.text()
    assert editor.session_id is None

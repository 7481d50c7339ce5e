"""What the session editor offers after a save, as the calendar and the Today list do: a
replacement slot for a cancelled session, and shifting a course's later sessions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesodesk.services import catalog, courses, sessions
from mesodesk.services.dto import SessionInput
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor import SessionEditor
from tests.ui.test_session_editor import ACTOR, TODAY, _choose, _editor, _session_rows
from tests.ui.test_session_editor import _evening as _evening
from tests.ui.test_session_editor import _no_real_modals as _no_real_modals
from tests.ui.test_session_editor import clinic as clinic
from tests.ui.test_session_editor import ctx as ctx

CTRL = Qt.KeyboardModifier.ControlModifier
MONDAY = date(2027, 3, 1)
Answer = QMessageBox.StandardButton


def _answer(monkeypatch: pytest.MonkeyPatch, answer: Answer) -> list[str]:
    """Every question box is answered ``answer``; its texts are returned as asked."""
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> Answer:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _local(session_id: int, db: Database) -> datetime:
    return sessions.get_session(db, session_id, actor=ACTOR).starts_at.replace(tzinfo=None)


# --- cancelling offers a replacement ------------------------------------------------------


def _planned_tomorrow(db: Database, clinic: dict[str, Any]) -> int:
    start = datetime.combine(TODAY + timedelta(days=1), time(10, 0))
    data = SessionInput(clinic["patient"], start, practitioner_id=clinic["doc"])
    return sessions.create_session(db, data, actor=ACTOR).id


def _cancel_in_editor(qtbot: QtBot, ctx: DeskContext, session_id: int, patient: int) -> Any:
    editor = _editor(qtbot, ctx, patient, session_id=session_id)
    _choose(editor.status_combo, "Cancelled")
    qtbot.keyClicks(editor.reason_edit, "Called in sick")
    return editor


def test_cancelling_in_the_editor_offers_a_replacement_and_books_it(
    qtbot: QtBot,
    db: Database,
    ctx: DeskContext,
    clinic: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session_id = _planned_tomorrow(db, clinic)
    editor = _cancel_in_editor(qtbot, ctx, session_id, clinic["patient"])
    asked = _answer(monkeypatch, Answer.Yes)

    assert editor.save() is True
    assert len(asked) == 1 and "Book a new session for Maëlle Lefèvre" in asked[0]
    assert sessions.get_session(db, session_id, actor=ACTOR).status == "cancelled"
    [new] = [r for r in _session_rows(db) if r.id != session_id]
    assert new.status == "planned" and new.practitioner_id == clinic["doc"]
    assert "Replacement booked" in editor.message_label.text()
    assert "Saved" in editor.message_label.text()


def test_a_declined_replacement_books_nothing(
    qtbot: QtBot,
    db: Database,
    ctx: DeskContext,
    clinic: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session_id = _planned_tomorrow(db, clinic)
    editor = _cancel_in_editor(qtbot, ctx, session_id, clinic["patient"])
    asked = _answer(monkeypatch, Answer.No)
    assert editor.save() is True
    assert len(asked) == 1
    assert [r.id for r in _session_rows(db)] == [session_id]
    # Saving again (nothing changed) does not offer it twice.
    assert editor.save() is True
    assert len(asked) == 1


# --- a course session's new time can shift the later ones --------------------------------


def _course(db: Database, clinic: dict[str, Any]) -> list[int]:
    """Three planned sessions, two weeks apart, from Monday 1 March 2027 at 10:00."""
    data = courses.CourseInput(
        patient_id=clinic["patient"],
        solution_type_id=clinic["ha_type"],
        practitioner_id=clinic["doc"],
        areas=("cheeks",),
        indications=(catalog.indications(db)[0].code,),
        sessions=3,
        interval_days=14,
        maintenance_interval_days=None,
        start_date=MONDAY,
        preferred_time=time(10, 0),
        preferred_weekday=None,
        title="Test course",
    )
    first = datetime.combine(MONDAY, time(10, 0))
    starts = [first + timedelta(days=14 * n) for n in range(3)]
    course_id = courses.create_course(db, data, starts, actor=ACTOR)
    rows = [
        s for s in sessions.sessions_for_patient(db, clinic["patient"], actor=ACTOR) if s.course_id
    ]
    assert {sessions.get_session(db, r.id, actor=ACTOR).course_id for r in rows} == {course_id}
    return [r.id for r in sorted(rows, key=lambda r: r.starts_at)]


def _retype_start(qtbot: QtBot, editor: SessionEditor, text: str) -> None:
    edit = editor.date_time_edit.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_moving_a_course_session_and_answering_yes_shifts_the_later_ones(
    qtbot: QtBot,
    db: Database,
    ctx: DeskContext,
    clinic: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second, third = _course(db, clinic)
    editor = _editor(qtbot, ctx, clinic["patient"], session_id=first)
    _retype_start(qtbot, editor, "03/03/2027 10:00")
    asked = _answer(monkeypatch, Answer.Yes)

    assert editor.save() is True
    assert len(asked) == 1
    assert "Shift the course's 2 later sessions to keep the interval?" in asked[0]
    assert _local(first, db) == datetime(2027, 3, 3, 10, 0)
    after = [_local(s, db).date() for s in (first, second, third)]
    assert (after[1] - after[0]).days >= 14 and (after[2] - after[1]).days >= 14
    assert after[1] > date(2027, 3, 15)
    assert "later course sessions moved too" in editor.message_label.text()


def test_moving_a_course_session_and_answering_no_moves_only_it(
    qtbot: QtBot,
    db: Database,
    ctx: DeskContext,
    clinic: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second, third = _course(db, clinic)
    before = [_local(s, db) for s in (second, third)]
    editor = _editor(qtbot, ctx, clinic["patient"], session_id=first)
    _retype_start(qtbot, editor, "03/03/2027 10:00")
    asked = _answer(monkeypatch, Answer.No)

    assert editor.save() is True
    assert len(asked) == 1
    assert _local(first, db) == datetime(2027, 3, 3, 10, 0)
    assert [_local(s, db) for s in (second, third)] == before


def test_cancelling_the_shift_question_saves_nothing(
    qtbot: QtBot,
    db: Database,
    ctx: DeskContext,
    clinic: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, _second, _third = _course(db, clinic)
    editor = _editor(qtbot, ctx, clinic["patient"], session_id=first)
    _retype_start(qtbot, editor, "03/03/2027 10:00")
    _answer(monkeypatch, Answer.Cancel)
    assert editor.save() is False
    assert _local(first, db) == datetime(2027, 3, 1, 10, 0)
    assert editor.date_time_edit.text() == "03/03/2027 10:00"  # what was typed stays
    assert "cancelled" in editor.message_label.text()

    # Changing something else than the time asks nothing.
    editor2 = _editor(qtbot, ctx, clinic["patient"], session_id=_second)
    asked = _answer(monkeypatch, Answer.Yes)
    qtbot.keyClicks(editor2.notes_edit, "Prefers mornings.")
    assert editor2.save() is True
    assert asked == []

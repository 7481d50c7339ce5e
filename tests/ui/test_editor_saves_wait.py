"""Editors save off the GUI thread: while another program holds SQLite's write lock the
window keeps processing events, shows "Saving…", and keeps what was typed if the save fails."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mesodesk.domain import clock
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import patients, practitioners, sessions
from mesodesk.services.dto import PatientInput, SessionInput
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.ui.busy_save import BusySave
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor import SessionEditor
from tests.factories import ACTOR

pytestmark = pytest.mark.sqlite_only

TOMORROW = date.today() + timedelta(days=1)


@pytest.fixture(autouse=True)
def _morning() -> Iterator[None]:
    with clock.frozen(datetime.combine(date.today(), datetime.min.time()).replace(hour=8)):
        yield


@pytest.fixture(autouse=True)
def _no_real_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))


@pytest.fixture
def planned(db: Database) -> int:
    patient = patients.create_patient(db, PatientInput("Ana", "Lopez"), actor=ACTOR)
    doc = practitioners.create_practitioner(db, "Dr Bea Costa", actor=ACTOR)
    return sessions.create_session(
        db,
        SessionInput(
            patient_id=patient.id,
            starts_at=datetime.combine(TOMORROW, datetime.min.time()).replace(hour=10),
            duration_minutes=45,
            practitioner_id=doc.id,
            status=SessionStatus.PLANNED,
            notes="first visit",
        ),
        actor=ACTOR,
    ).id


class OtherProgram:
    """A second connection holding SQLite's write lock (``BEGIN IMMEDIATE``) until released."""

    def __init__(self, db: Database) -> None:
        assert db.path is not None
        self.connection = sqlite3.connect(db.path, isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")
        self.holding = True

    def release(self) -> None:
        if self.holding:
            self.connection.execute("ROLLBACK")
            self.holding = False

    def close(self) -> None:
        self.release()
        self.connection.close()


class Ticks:
    """A timer of the window: each tick notes whether the editor showed it was saving.

    The timer belongs to the editor (deleted with it, on the GUI thread) and its slot holds
    no reference back to it: a QObject left in a reference cycle may be freed by the garbage
    collector on a worker thread, which crashes Qt."""

    def __init__(
        self, owner: QWidget, busy: Callable[[], bool], then: Callable[[int], None]
    ) -> None:
        seen: list[bool] = []
        self.seen = seen
        self.timer = QTimer(owner)
        self.timer.setInterval(15)
        self.timer.timeout.connect(lambda: (seen.append(busy()), then(len(seen))))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.timer.timeout.disconnect()

    def while_busy(self) -> int:
        return sum(self.seen)


def _editor(qtbot: QtBot, db: Database, session_id: int) -> SessionEditor:
    editor = SessionEditor(DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR), 0, session_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    notes = editor.form.observations.notes_edit
    notes.selectAll()
    qtbot.keyClicks(notes, "bring sunscreen")
    return editor


def _saving(editor: SessionEditor) -> bool:
    busy = editor.findChild(BusySave)
    return (
        busy is not None
        and busy.running
        and editor.message_label.isVisible()
        and editor.message_label.text() == "Saving…"
        and not editor.save_button.isEnabled()
        and not editor.save_close_button.isEnabled()
    )


def _updates(db: Database, session_id: int) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count()).where(
                    AuditEvent.entity == "session",
                    AuditEvent.entity_id == session_id,
                    AuditEvent.action == "update",
                )
            )
            or 0
        )


def test_a_save_waits_for_the_lock_while_the_window_keeps_working(
    qtbot: QtBot, db: Database, planned: int
) -> None:
    editor = _editor(qtbot, db, planned)
    other = OtherProgram(db)
    escapes: list[bool] = []

    def then(count: int) -> None:
        if _saving(editor) and count == 3:
            # Escape and the close button while the save runs: ignored, nothing doubled.
            qtbot.keyClick(editor, Qt.Key.Key_Escape)
            escapes.append(editor.close())
        if _saving(editor) and count >= 6:
            other.release()

    ticks = Ticks(editor, lambda: _saving(editor), then)
    try:
        saved = editor.save()
    finally:
        ticks.stop()
        other.close()
    assert saved is True, (editor.message_label.text(), ticks.seen)
    assert ticks.while_busy() >= 5  # the window ran its timer while the save waited
    assert escapes == [False] and editor.isVisible()
    assert sessions.get_session(db, planned, actor=ACTOR).notes == "bring sunscreen"
    assert _updates(db, planned) == 1
    assert editor.save_button.isEnabled() and "Saved" in editor.message_label.text()
    assert not editor.is_dirty()


def test_a_save_that_times_out_keeps_the_typing_and_says_why(
    qtbot: QtBot, db: Database, planned: int
) -> None:
    impatient = Database.connect(db.url, busy_timeout_ms=150)
    try:
        editor = _editor(qtbot, impatient, planned)
        other = OtherProgram(db)
        ticks = Ticks(editor, lambda: _saving(editor), lambda _count: None)
        try:
            assert editor.save() is False
        finally:
            ticks.stop()
            other.close()
        assert ticks.while_busy() >= 1
        assert editor.form.observations.notes_edit.toPlainText() == "bring sunscreen"
        message = editor.message_label.text()
        assert "locked by another program" in message and "Saving" not in message
        assert message.casefold().count("nothing was saved") == 1, "said once, not twice"
        assert editor.is_dirty() and editor.save_button.isEnabled()
        assert sessions.get_session(db, planned, actor=ACTOR).notes == "first visit"
        # Once the other program is done, saving again works and saves once.
        assert editor.save() is True
        assert sessions.get_session(db, planned, actor=ACTOR).notes == "bring sunscreen"
        assert _updates(db, planned) == 1
    finally:
        impatient.dispose()


def test_typing_during_a_save_does_not_reach_the_form(
    qtbot: QtBot, db: Database, planned: int
) -> None:
    editor = _editor(qtbot, db, planned)
    notes = editor.form.observations.notes_edit
    other = OtherProgram(db)
    typed: list[QWidget] = []

    def then(count: int) -> None:
        if _saving(editor) and count == 2:
            qtbot.keyClicks(notes, " and a hat")
            typed.append(notes)
        if _saving(editor) and count >= 4:
            other.release()

    ticks = Ticks(editor, lambda: _saving(editor), then)
    try:
        assert editor.save() is True
    finally:
        ticks.stop()
        other.close()
    assert typed and notes.toPlainText() == "bring sunscreen"
    assert sessions.get_session(db, planned, actor=ACTOR).notes == "bring sunscreen"


def _wait_through_lock(db: Database, busy: BusySave, save: Callable[[], object]) -> object:
    """Run ``save`` while another program holds the lock; release it after a few ticks of
    the window's timer seen while the editor showed it was saving."""
    other = OtherProgram(db)
    ticks = Ticks(
        busy.editor,
        lambda: busy.running,
        lambda count: other.release() if busy.running and count >= 4 else None,
    )
    try:
        result = save()
    finally:
        ticks.stop()
        other.close()
    assert ticks.while_busy() >= 4
    return result


def test_patient_editor_waits_then_keeps_the_typing_when_it_times_out(
    qtbot: QtBot, db: Database
) -> None:
    from mesodesk.ui.dialogs.patient_editor import PatientEditor

    made = patients.create_patient(db, PatientInput("Ana", "Lopez"), actor=ACTOR)
    impatient = Database.connect(db.url, busy_timeout_ms=150)
    try:
        editor = PatientEditor(DeskContext(impatient, practitioner_name="x", user=ACTOR), made.id)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.keyClicks(editor.email, "ana@example.org")
        other = OtherProgram(db)
        try:
            assert editor.save() is False
        finally:
            other.close()
        assert editor.isVisible() and editor.email.text() == "ana@example.org"
        assert editor.banner.text().startswith("Nothing was saved")
        assert editor.save_button.isEnabled()
        assert editor.busy.calls == 1
        assert _wait_through_lock(db, editor.busy, editor.save) is True
        assert patients.get_patient(db, made.id, actor=ACTOR).email == "ana@example.org"
    finally:
        impatient.dispose()


def test_product_and_course_editors_save_while_the_lock_is_held(qtbot: QtBot, db: Database) -> None:
    from mesodesk.services import catalog, products
    from mesodesk.ui.dialogs.product_editor import ProductEditor

    ctx = DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR)
    kind = catalog.solution_types(db)[0].id
    made = products.create_product(db, "HydraMeso", kind, ["hyaluronic acid"], actor=ACTOR)
    editor = ProductEditor(ctx, made)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.notes, "keep cold")
    saved = _wait_through_lock(db, editor.busy, editor.save)
    assert saved is not None
    stored = next(p for p in products.list_products(db) if p.id == made.id)
    assert stored.notes == "keep cold"

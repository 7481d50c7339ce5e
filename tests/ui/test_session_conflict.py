"""Two desks amend one session: the session editor shows the conflict and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.domain import clock
from mesodesk.domain.accounts import Role
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import patients, practitioners, sessions
from mesodesk.services.dto import PatientInput, SessionInput, TreatmentInput
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.conflict import ConflictDialog
from mesodesk.ui.dialogs.session_editor import SessionEditor
from tests.factories import ACTOR, Clinic, add_session, desk_user, ha_cheeks

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
def other_desk(db: Database) -> Iterator[Database]:
    desk = Database.connect(db.url)
    yield desk
    desk.dispose()


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


class Shown(list[list[tuple[str, ...]]]):
    answer = "conflictCancel"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    seen = Shown()

    def exec_(self: ConflictDialog) -> int:
        seen.append(
            [
                tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount())
            ]
        )
        getattr(
            self,
            {"conflictCancel": "cancel", "conflictKeepMine": "keep_mine"}.get(
                seen.answer, "take_theirs"
            ),
        ).click()
        return int(self.result())

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return seen


def _open(qtbot: QtBot, db: Database, session_id: int) -> SessionEditor:
    ctx = DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR)
    editor = SessionEditor(ctx, 0, session_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _type_notes(qtbot: QtBot, editor: SessionEditor, text: str) -> None:
    notes = editor.form.observations.notes_edit
    notes.selectAll()
    qtbot.keyClicks(notes, text)


def _their_duration(
    other_desk: Database,
    session_id: int,
    minutes: int = 60,
    treatments: tuple[TreatmentInput, ...] = (),
) -> None:
    """Another desk saves the session with ``minutes`` (reception) or, given
    ``treatments``, with those lines (a practitioner)."""
    stored = sessions.get_session(other_desk, session_id, actor=ACTOR)
    sessions.update_session(
        other_desk,
        session_id,
        SessionInput(
            patient_id=stored.patient_id,
            starts_at=stored.starts_at.replace(tzinfo=None),
            duration_minutes=minutes,
            practitioner_id=stored.practitioner_id,
            status=SessionStatus(stored.status),
            notes=stored.notes,
            treatments=treatments,
        ),
        actor=ACTOR if treatments else desk_user(other_desk, "reception", Role.RECEPTION),
    )


def _click_save(qtbot: QtBot, editor: SessionEditor) -> None:
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def test_cancel_keeps_what_was_typed_and_a_second_save_decides(
    qtbot: QtBot, db: Database, other_desk: Database, planned: int, shown: Shown
) -> None:
    editor = _open(qtbot, db, planned)
    _type_notes(qtbot, editor, "bring sunscreen")
    _their_duration(other_desk, planned)
    _click_save(qtbot, editor)
    assert shown == [
        [("Duration (minutes)", "60", "45"), ("Notes", "first visit", "bring sunscreen")]
    ]
    assert editor.isVisible()
    assert editor.form.observations.notes_edit.toPlainText() == "bring sunscreen"
    assert "another desk" in editor.message_label.text()
    stored = sessions.get_session(db, planned, actor=ACTOR)
    assert (stored.duration_minutes, stored.notes) == (60, "first visit")
    # Saving again asks again (the stored version is still newer); keep mine this time.
    shown.answer = "conflictKeepMine"
    _click_save(qtbot, editor)
    assert len(shown) == 2
    stored = sessions.get_session(db, planned, actor=ACTOR)
    assert (stored.duration_minutes, stored.notes) == (45, "bring sunscreen")


def test_keep_mine_overwrites_and_is_audited_as_such(
    qtbot: QtBot, db: Database, other_desk: Database, planned: int, shown: Shown
) -> None:
    editor = _open(qtbot, db, planned)
    _type_notes(qtbot, editor, "bring sunscreen")
    _their_duration(other_desk, planned)
    shown.answer = "conflictKeepMine"
    _click_save(qtbot, editor)
    stored = sessions.get_session(db, planned, actor=ACTOR)
    assert (stored.duration_minutes, stored.notes) == (45, "bring sunscreen")
    assert editor.record is not None and editor.record.version == stored.version
    with db.read() as s:
        last = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "session", AuditEvent.entity_id == planned)
            .order_by(AuditEvent.id.desc())
        ).first()
    assert last is not None and last.action == "overwrite"
    assert "Saved" in editor.message_label.text()


def test_take_theirs_then_reapply_mine_and_save(
    qtbot: QtBot, db: Database, other_desk: Database, planned: int, shown: Shown
) -> None:
    editor = _open(qtbot, db, planned)
    _type_notes(qtbot, editor, "bring sunscreen")
    _their_duration(other_desk, planned)
    shown.answer = "conflictTakeTheirs"
    _click_save(qtbot, editor)
    # Their duration is loaded; my notes are back on top; nothing is saved yet.
    assert editor.form.appointment.duration_spin.value() == 60
    assert editor.form.observations.notes_edit.toPlainText() == "bring sunscreen"
    assert sessions.get_session(db, planned, actor=ACTOR).notes == "first visit"
    assert "check them" in editor.message_label.text()
    _click_save(qtbot, editor)
    assert len(shown) == 1  # built on their version: no second conflict
    stored = sessions.get_session(db, planned, actor=ACTOR)
    assert (stored.duration_minutes, stored.notes) == (60, "bring sunscreen")


def test_the_conflict_from_the_keyboard_only(
    qtbot: QtBot, db: Database, other_desk: Database, planned: int
) -> None:
    """Space on the Save button saves; in the dialog Escape cancels and Enter takes the
    default, "Take theirs and re-apply mine"; Space on Save again saves on their version."""
    editor = _open(qtbot, db, planned)
    _type_notes(qtbot, editor, "bring sunscreen")
    _their_duration(other_desk, planned)
    pressed: list[str] = []

    def answer(key: Qt.Key, tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            if tries:
                QTimer.singleShot(10, lambda: answer(key, tries - 1))
            return
        pressed.append(dialog.objectName())
        qtbot.keyClick(dialog, key)

    def save_by_keyboard() -> None:
        editor.save_button.setFocus()
        qtbot.keyClick(editor.save_button, Qt.Key.Key_Space)

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Escape))
    save_by_keyboard()
    qtbot.waitUntil(lambda: "another desk" in editor.message_label.text())
    assert editor.form.observations.notes_edit.toPlainText() == "bring sunscreen"
    assert editor.form.appointment.duration_spin.value() == 45
    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))
    save_by_keyboard()
    qtbot.waitUntil(lambda: editor.form.appointment.duration_spin.value() == 60)
    assert pressed == ["conflictDialog", "conflictDialog"]
    assert editor.form.observations.notes_edit.toPlainText() == "bring sunscreen"
    save_by_keyboard()
    qtbot.waitUntil(
        lambda: sessions.get_session(db, planned, actor=ACTOR).notes == "bring sunscreen"
    )
    assert sessions.get_session(db, planned, actor=ACTOR).duration_minutes == 60
    assert len(pressed) == 2


def test_record_values_match_what_the_service_compares(db: Database, planned: int) -> None:
    from mesodesk.services.sessions.conflict import input_values, record_values

    record = sessions.get_session(db, planned, actor=ACTOR)
    data = SessionInput(
        patient_id=record.patient_id,
        starts_at=record.starts_at.replace(tzinfo=None),
        duration_minutes=record.duration_minutes,
        practitioner_id=record.practitioner_id,
        status=SessionStatus(record.status),
        notes=record.notes,
    )
    assert record_values(record) == input_values(data, record.starts_at.tzinfo)  # type: ignore[arg-type]
    assert record_values(replace(record, notes="x")) != input_values(data, record.starts_at.tzinfo)  # type: ignore[arg-type]


def test_a_changed_treatment_line_is_spelled_out(
    qtbot: QtBot, db: Database, other_desk: Database, clinic: Clinic, shown: Shown
) -> None:
    """Two volumes typed for the same line at two desks: the dialog shows each line's
    area, volume and lot, not just "1 line(s)" on both sides."""
    line = ha_cheeks(clinic)
    when = datetime.combine(TOMORROW, datetime.min.time()).replace(hour=11)
    session_id = add_session(db, clinic, when, status="planned", lines=(line,))
    editor = _open(qtbot, db, session_id)
    volume = editor.form.lines[0].volume
    volume.selectAll()
    qtbot.keyClicks(volume, "2.5")

    minutes = sessions.get_session(db, session_id, actor=ACTOR).duration_minutes
    _their_duration(
        other_desk, session_id, minutes, treatments=(replace(line, volume_ml=Decimal("1")),)
    )
    _click_save(qtbot, editor)
    [rows] = shown
    [(field, theirs, yours)] = [row for row in rows if row[0] == "Treatment lines"]
    stored = sessions.get_session(db, session_id, actor=ACTOR)
    area, lot = stored.treatments[0].area_name, stored.treatments[0].lot_number
    assert theirs == f"{area}: 1 ml, lot {lot}"
    assert yours == f"{area}: 2.5 ml, lot {lot}"

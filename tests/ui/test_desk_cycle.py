"""The whole desk cycle in the real main window, driven from the keyboard where it matters:
create a patient with a medical profile, record a session with two areas from two lots,
amend it, and see all of it in the chart and the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.app import open_main_window
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.models import AuditEvent, MedicalProfile, Patient, TreatmentSession
from tests.factories import ACTOR
from tests.ui.test_patient_editor import type_text
from tests.ui.test_session_editor import _evening as _evening
from tests.ui.test_session_editor import _fill_two_lines, clinic  # noqa: F401 (fixture)
from tests.ui.test_session_override import answer_override, type_reason


@pytest.fixture(autouse=True)
def _no_real_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _dialog(window: Any, name: str) -> QDialog:
    found = [d for d in window.findChildren(QDialog, name) if d.isVisible()]
    assert len(found) == 1, name
    return found[0]


def test_full_desk_cycle(
    qtbot: QtBot,
    db: Database,
    db_path: Path,
    clinic: dict[str, int],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_main_window(url_for_path(db_path), user=ACTOR.login)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # 1. Create a patient: Ctrl+N opens the editor.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(QDialog, "patientEditor"))
    )
    editor: Any = _dialog(window, "patientEditor")
    type_text(qtbot, editor.given_name, "Zoé")
    type_text(qtbot, editor.family_name, "Nováková")
    type_text(qtbot, editor.date_of_birth, "12/03/1985")
    # 2. Record the medical profile.
    type_text(qtbot, editor.allergens, "lidocaine")
    editor.on_blood_thinners.setChecked(True)
    assert editor.save()

    # The new patient's chart opens.
    qtbot.waitUntil(lambda: window.findChild(QDialog, "sessionEditor") is None)
    chart: Any = None

    def chart_open() -> None:
        nonlocal chart
        chart = window.chart_host.chart
        assert chart is not None and chart.isVisible()
        assert "Zoé Nováková" in chart.name_label.text()

    qtbot.waitUntil(chart_open)
    badges = " ".join(b.text() for b in chart.findChildren(QLabel, "alertBadge"))
    assert "lidocaine" in badges.lower() and "thinner" in badges.lower()

    with db.read() as s:
        patient = s.scalars(select(Patient).where(Patient.family_name == "Nováková")).one()
        profile = s.scalars(
            select(MedicalProfile).where(MedicalProfile.patient_id == patient.id)
        ).one()
        assert profile.allergens == ["lidocaine"] and profile.on_blood_thinners

    # 3. Record a session with two areas from two lots: Ctrl+Shift+N.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(QDialog, "sessionEditor"))
    )
    session_editor: Any = _dialog(window, "sessionEditor")
    _fill_two_lines(qtbot, session_editor)
    # She is allergic to lidocaine and the cream contains it: the practitioner confirms
    # going ahead, with her reason for that stop.
    session_editor.refresh_screening()
    assert [f.title for f in session_editor.findings_panel.blocks()]
    reason = "Cream patch-tested last week without any reaction"

    def confirm(dialog: Any) -> None:
        type_reason(qtbot, dialog, 0, reason)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    confirmed = answer_override(qtbot, confirm)
    session_editor.save_and_close()
    assert len(confirmed) == 1
    qtbot.waitUntil(lambda: not session_editor.isVisible())

    session_list = chart.findChild(QTableView, "sessionList")
    qtbot.waitUntil(lambda: session_list.model().rowCount() == 1)
    with db.read() as s:
        stored = s.scalars(
            select(TreatmentSession).where(TreatmentSession.patient_id == patient.id)
        ).one()
        assert sorted(t.product_lot_id for t in stored.treatments) == sorted(
            [clinic["ha_lot"], clinic["vit_lot"]]
        )
        assert stored.status == "done"
        assert reason in stored.override_reason

    # 4. Amend it: open the session from the chart with Enter, change the notes, save.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("corrected the notes", True))
    chart.findChild(QTableView, "sessionList").setFocus()
    session_list.selectRow(0)
    qtbot.keyClick(session_list, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(QDialog, "sessionEditor"))
    )
    amend: Any = _dialog(window, "sessionEditor")
    amend.notes_edit.setFocus()
    qtbot.keyClick(amend.notes_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(amend.notes_edit, " Slight redness at the neck.")
    # The stop is still there: the stored reason is offered again, and confirmed.
    answer_override(
        qtbot, lambda dialog: qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    )
    amend.save_and_close()
    qtbot.waitUntil(lambda: not amend.isVisible())

    # 5. All of it shows in the chart and the audit.
    with db.read() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(
                AuditEvent.entity == "session", AuditEvent.entity_id == stored.id
            )
        ).all()
        notes = s.get(TreatmentSession, stored.id).notes  # type: ignore[union-attr]
    assert list(actions) == ["create", "amend"]
    assert notes == "Tolerated well. Slight redness at the neck."
    qtbot.waitUntil(lambda: session_list.model().rowCount() == 1)
    window.db.dispose()

"""The admin's audit view: by patient, by user, by dates, and its CSV export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from mesodesk.app import open_main_window
from mesodesk.domain.accounts import Role
from mesodesk.services import accounts
from mesodesk.store.engine import Database, url_for_path
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.audit_view import AuditView
from tests.factories import ACTOR, TEST_PASSWORD, Clinic, make_user


@pytest.fixture
def ctx(db: Database) -> DeskContext:
    return DeskContext(db, user=ACTOR, date_format="yyyy-mm-dd")


def _view(qtbot: QtBot, ctx: DeskContext, **kwargs: Any) -> AuditView:
    view = AuditView(ctx, **kwargs)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _column(view: AuditView, column: int) -> list[str]:
    return [view.table.item(row, column).text() for row in range(view.table.rowCount())]


def test_who_saw_or_changed_one_patients_record(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    view = _view(qtbot, ctx, patient_id=clinic.patient, patient_name="Łukasiewicz-Öztürk, Zoë")
    assert view.objectName() == "auditView"
    assert view.table.rowCount() >= 1
    assert set(_column(view, 1)) == {ACTOR.name}
    assert "create" in _column(view, 3)


def test_filtering_by_user_and_by_dates(
    qtbot: QtBot, ctx: DeskContext, db: Database, clinic: Clinic
) -> None:
    rita = make_user(db, Role.RECEPTION, login="rita")
    accounts.login(db, "rita", TEST_PASSWORD)
    view = _view(qtbot, ctx)
    everyone = view.table.rowCount()
    view.user.setCurrentIndex(view.user.findData(rita.id))
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert 0 < view.table.rowCount() < everyone
    assert set(_column(view, 1)) == {rita.name}

    view.user.setCurrentIndex(0)
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    qtbot.keyClicks(view.day_from.edit, tomorrow)
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 0

    view.day_from.edit.clear()
    qtbot.keyClicks(view.day_from.edit, "2026-02-31")
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.message.isVisible() and "not a date" in view.message.text()
    assert view.table.rowCount() == 0, "the list stays as it was"


def test_a_patient_is_found_by_name_then_shown(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    view = _view(qtbot, ctx)
    qtbot.keyClicks(view.patient_search, "Lukasiewicz")
    qtbot.keyClick(view.patient_search, Qt.Key.Key_Return)
    assert view.patient.currentData() == clinic.patient
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() >= 1


def test_export_writes_what_the_view_shows(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, tmp_path: Path
) -> None:
    view = _view(qtbot, ctx, patient_id=clinic.patient)
    target = tmp_path / "audit.csv"
    assert view.export_to(target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) >= view.table.rowCount() + 1, "a header and a line per entry"
    assert "Exported" in view.count.text()


def test_the_window_offers_the_audit_to_admins_and_the_record_history_from_a_chart(
    qtbot: QtBot, db_path: Path, clinic: Clinic
) -> None:
    window = open_main_window(url_for_path(db_path), user=ACTOR)
    qtbot.addWidget(window)
    try:
        assert window.action_audit.isVisible()
        assert not window.action_record_history.isEnabled()
        window.open_patient(clinic.patient)
        window.action_record_history.trigger()
        view = window.findChild(QDialog, "auditView")
        assert isinstance(view, AuditView)
        assert view.patient.currentData() == clinic.patient
        view.close()
    finally:
        window.db.dispose()

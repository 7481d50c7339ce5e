"""A new clinic's first start creates its admin; nothing else opens before an account exists."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mesodesk.domain.accounts import Role
from mesodesk.services import accounts, practitioners, settings
from mesodesk.services.database import open_database
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.models import Practitioner, Setting
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.first_start import FirstStartDialog

PASSWORD = "quiet harbour lantern"


@pytest.fixture(autouse=True)
def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    def question(*_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    """A brand-new clinic: migrated, and without any account."""
    database = open_database(url_for_path(tmp_path / "new.sqlite3"))
    yield database
    database.dispose()


def _dialog(qtbot: QtBot, db: Database) -> FirstStartDialog:
    dialog = FirstStartDialog(DeskContext(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _account(qtbot: QtBot, dialog: FirstStartDialog, again: str = PASSWORD) -> None:
    box = dialog.account
    assert box is not None
    qtbot.keyClicks(box.name, "Dr Ana Ruiz")
    qtbot.keyClicks(box.login, "ana")
    qtbot.keyClicks(box.password.first, PASSWORD)
    qtbot.keyClicks(box.password.second, again)


def test_the_setup_creates_the_admin_who_also_treats(qtbot: QtBot, fresh: Database) -> None:
    assert not accounts.has_accounts(fresh)
    dialog = _dialog(qtbot, fresh)
    assert dialog.account is not None and dialog.account.isVisible()
    qtbot.keyClicks(dialog.name, "Clinique Lumiere")
    qtbot.keyClicks(dialog.phone, "+33 1 42 68 53 00")
    _account(qtbot, dialog)
    qtbot.keyClick(dialog.account.also_treats, Qt.Key.Key_Space)
    assert dialog.practitioner.text() == "Dr Ana Ruiz" and dialog.practitioner.isReadOnly()

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    user = dialog.user
    assert user is not None and user.roles == frozenset({Role.ADMIN, Role.PRACTITIONER})
    [doctor] = practitioners.list_practitioners(fresh)
    assert user.practitioner_id == doctor.id and doctor.display_name == "Dr Ana Ruiz"
    assert accounts.login(fresh, "ana", PASSWORD).id == user.id
    assert not settings.needs_first_start(fresh)


def test_a_mistyped_password_saves_nothing(qtbot: QtBot, fresh: Database) -> None:
    dialog = _dialog(qtbot, fresh)
    qtbot.keyClicks(dialog.name, "Clinique Lumiere")
    qtbot.keyClicks(dialog.phone, "+33 1 42 68 53 00")
    qtbot.keyClicks(dialog.practitioner, "Dr Bea Costa")
    _account(qtbot, dialog, again=PASSWORD + "!")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not the same" in dialog.errors.text("password_again")
    assert settings.needs_first_start(fresh) and not accounts.has_accounts(fresh)

    dialog.account.password.second.clear()
    qtbot.keyClicks(dialog.account.password.second, PASSWORD)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.roles == frozenset({Role.ADMIN})
    assert dialog.user.practitioner_id is None


def test_a_clinic_set_up_before_accounts_only_creates_its_admin(
    qtbot: QtBot, fresh: Database
) -> None:
    # As a clinic set up before accounts existed left it: a name and a practitioner.
    with fresh.begin() as s:
        s.add(Setting(key="clinic.name", value="Belle Peau"))
        doctor = Practitioner(display_name="Dr Ana Ruiz", created_at=datetime(2025, 1, 6))
        s.add(doctor)
        s.flush()
    dialog = _dialog(qtbot, fresh)
    assert dialog.account is not None and dialog.account.practitioner is not None
    assert not dialog.clinic_box.isVisible() and not dialog.hours_box.isVisible()
    _account(qtbot, dialog)
    qtbot.keyClick(dialog.account.also_treats, Qt.Key.Key_Space)
    combo = dialog.account.practitioner
    combo.setCurrentIndex(combo.findData(doctor.id))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.practitioner_id == doctor.id
    assert settings.get(fresh, "clinic.name") == "Belle Peau"


def test_leaving_the_setup_creates_no_account(qtbot: QtBot, fresh: Database) -> None:
    dialog = _dialog(qtbot, fresh)
    _account(qtbot, dialog)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not accounts.has_accounts(fresh)

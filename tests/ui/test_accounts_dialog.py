"""The Accounts dialog: an admin adds, changes, deactivates and resets accounts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mesodesk.domain.accounts import Role
from mesodesk.services import accounts, practitioners
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.accounts import AccountEditor, AccountsDialog, ResetPasswordDialog
from mesodesk.ui.signin.password import ChangePasswordDialog
from tests.factories import ACTOR, TEST_PASSWORD, make_user

NEW_PASSWORD = "lilac window morning"


@pytest.fixture
def ctx(db: Database) -> DeskContext:
    return DeskContext(db, user=ACTOR)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions asked, each answered Yes (no real modal box blocks a test)."""
    asked: list[str] = []

    def question(_parent: Any, title: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _dialog(qtbot: QtBot, ctx: DeskContext) -> AccountsDialog:
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _editor(qtbot: QtBot, dialog: AccountsDialog, button: Any) -> Any:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [editor] = [
        child
        for child in dialog.findChildren(QDialog)
        if child.objectName() in ("accountEditor", "resetPasswordDialog") and child.isVisible()
    ]
    return editor


def _logins(dialog: AccountsDialog) -> list[str]:
    return [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]


def test_an_account_is_added_from_the_keyboard(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.objectName() == "accountsDialog"
    assert _logins(dialog) == ["drtest"]
    editor = _editor(qtbot, dialog, dialog.add_button)
    assert isinstance(editor, AccountEditor)
    qtbot.keyClicks(editor.name, "Rita Moreau")
    qtbot.keyClicks(editor.login, "rita")
    qtbot.mouseClick(editor.roles[Role.RECEPTION], Qt.MouseButton.LeftButton)
    assert not editor.practitioner.isEnabled(), "reception treats nobody"
    assert editor.password is not None
    qtbot.keyClicks(editor.password.first, NEW_PASSWORD)
    qtbot.keyClicks(editor.password.second, NEW_PASSWORD + "x")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert "not the same" in editor.errors.text("password_again")

    editor.password.second.clear()
    qtbot.keyClicks(editor.password.second, NEW_PASSWORD)
    qtbot.keyClick(editor.password.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "rita" in _logins(dialog))
    assert "rita" in dialog.table.item(dialog.table.currentRow(), 1).text()
    assert "Reception" in dialog.table.item(dialog.table.currentRow(), 2).text()
    user = accounts.login(db, "rita", NEW_PASSWORD)
    assert user.roles == frozenset({Role.RECEPTION})


def test_a_practitioner_account_gets_its_practitioner_record(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    editor = _editor(qtbot, dialog, dialog.add_button)
    qtbot.keyClicks(editor.name, "Dr Ines Duval")
    qtbot.keyClicks(editor.login, "ines")
    qtbot.mouseClick(editor.roles[Role.PRACTITIONER], Qt.MouseButton.LeftButton)
    assert editor.practitioner.isEnabled()
    qtbot.keyClicks(editor.password.first, NEW_PASSWORD)
    qtbot.keyClicks(editor.password.second, NEW_PASSWORD)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ines" in _logins(dialog))
    user = accounts.login(db, "ines", NEW_PASSWORD)
    [record] = [p for p in practitioners.list_practitioners(db) if p.id == user.practitioner_id]
    assert record.display_name == "Dr Ines Duval"


def test_cancel_halfway_adds_nothing(qtbot: QtBot, ctx: DeskContext, db: Database) -> None:
    dialog = _dialog(qtbot, ctx)
    editor = _editor(qtbot, dialog, dialog.add_button)
    qtbot.keyClicks(editor.name, "Half Typed")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert _logins(dialog) == ["drtest"]
    assert [a.login for a in accounts.list_accounts(db, actor=ACTOR)] == ["drtest"]


def test_roles_deactivate_reactivate_and_reset(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: list[str]
) -> None:
    rita = make_user(db, Role.RECEPTION, login="rita")
    dialog = _dialog(qtbot, ctx)
    dialog.refresh()
    assert dialog.select_login("rita")

    editor = _editor(qtbot, dialog, dialog.roles_button)
    assert editor.roles[Role.RECEPTION].isChecked()
    qtbot.mouseClick(editor.roles[Role.ADMIN], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "admin" in dialog.table.item(dialog.table.currentRow(), 2).text())

    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert answers == ["Deactivate account"]
    assert dialog.table.item(dialog.table.currentRow(), 3).text() == "Deactivated"
    with pytest.raises(accounts.LoginFailed):
        accounts.login(db, "rita", TEST_PASSWORD)
    assert dialog.active_button.text() == "Re&activate"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(dialog.table.currentRow(), 3).text() == "Active"

    reset = _editor(qtbot, dialog, dialog.reset_button)
    assert isinstance(reset, ResetPasswordDialog)
    qtbot.keyClicks(reset.password.first, NEW_PASSWORD)
    qtbot.keyClicks(reset.password.second, NEW_PASSWORD)
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "New password set" in dialog.message.text())
    assert NEW_PASSWORD not in dialog.message.text()
    assert accounts.login(db, "rita", NEW_PASSWORD).id == rita.id


def test_the_last_admin_is_not_deactivated(
    qtbot: QtBot, ctx: DeskContext, answers: list[str]
) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.select_login("drtest")
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and "only active admin" in dialog.message.text()
    assert dialog.table.item(dialog.table.currentRow(), 3).text() == "Active"


def test_anyone_changes_their_own_password(qtbot: QtBot, db: Database) -> None:
    rita = make_user(db, Role.RECEPTION, login="rita")
    dialog = ChangePasswordDialog(db, rita)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.old, "not my password")
    qtbot.keyClicks(dialog.new.first, NEW_PASSWORD)
    qtbot.keyClicks(dialog.new.second, NEW_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "wrong" in dialog.errors.text("old")
    assert dialog.old.text() == ""

    qtbot.keyClicks(dialog.old, TEST_PASSWORD)
    dialog.new.first.clear()
    qtbot.keyClicks(dialog.new.first, "short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("password")

    dialog.new.first.clear()
    qtbot.keyClicks(dialog.new.first, NEW_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts.login(db, "rita", NEW_PASSWORD).id == rita.id

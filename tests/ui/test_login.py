"""Signing in at start: the login dialog, its messages, and who the window says is working."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from mesodesk.app import open_main_window
from mesodesk.domain import clock
from mesodesk.services.database import open_database
from mesodesk.store.engine import Database, url_for_path
from mesodesk.ui.dialogs.first_start import FirstStartDialog
from mesodesk.ui.signin.login import LoginDialog
from mesodesk.ui.signin.start import start_dialog
from tests.factories import ACTOR, TEST_PASSWORD
from tests.ui.visible import readable


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> LoginDialog:
    login = LoginDialog(db, clinic_name="Clinique des Lilas")
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    return login


def type_login(qtbot: QtBot, dialog: LoginDialog, login: str, password: str) -> None:
    """Keyboard only: the login, Enter, the password, Enter."""
    form = dialog.form
    form.login.clear()
    qtbot.keyClicks(form.login, login)
    qtbot.keyClick(form.login, Qt.Key.Key_Return)
    if form.password.isEnabled() and dialog.isActiveWindow():
        assert form.password.hasFocus()
    qtbot.keyClicks(form.password, password)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)


def test_the_right_password_signs_in(qtbot: QtBot, dialog: LoginDialog) -> None:
    assert dialog.objectName() == "loginDialog"
    type_login(qtbot, dialog, "DrTest", TEST_PASSWORD)  # login names ignore case
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.id == ACTOR.id


def test_a_wrong_password_says_so_in_place_and_is_never_shown(
    qtbot: QtBot, dialog: LoginDialog
) -> None:
    type_login(qtbot, dialog, "drtest", "horse battery staple")
    assert dialog.isVisible() and dialog.user is None
    message = dialog.form.message
    assert message.isVisible() and "wrong" in message.text()
    assert "horse battery staple" not in message.text()
    assert dialog.form.password.text() == ""
    assert dialog.form.password.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.form.password, "typed again")
    assert readable("typed again") == []

    type_login(qtbot, dialog, "nobody-here", "whatever it is")
    assert "wrong" in message.text(), "an unknown login gets the same words"


def test_empty_fields_are_asked_for(qtbot: QtBot, dialog: LoginDialog) -> None:
    qtbot.mouseClick(dialog.form.button, Qt.MouseButton.LeftButton)
    assert "login name" in dialog.form.message.text()
    qtbot.keyClicks(dialog.form.login, "drtest")
    qtbot.mouseClick(dialog.form.button, Qt.MouseButton.LeftButton)
    assert "password" in dialog.form.message.text()
    assert dialog.user is None


def test_repeated_failures_show_the_wait_and_hold_the_button(
    qtbot: QtBot, dialog: LoginDialog
) -> None:
    moment = datetime(2026, 3, 10, 12, 0)
    with clock.frozen(moment):
        for _ in range(4):
            type_login(qtbot, dialog, "drtest", "not it at all")
        assert "Wait" in dialog.form.message.text() and "seconds" in dialog.form.message.text()
        assert not dialog.form.button.isEnabled()
        type_login(qtbot, dialog, "drtest", TEST_PASSWORD)  # typed while waiting: not taken
        assert dialog.user is None and not dialog.form.password.isEnabled()
    with clock.frozen(moment + timedelta(minutes=10)):
        dialog.form._wait_over()
        assert dialog.form.button.isEnabled()
        type_login(qtbot, dialog, "drtest", TEST_PASSWORD)
    assert dialog.user is not None, dialog.form.message.text()


def test_quit_at_the_login_signs_nobody_in(qtbot: QtBot, dialog: LoginDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.user is None


def test_the_start_screen_is_the_setup_until_an_account_exists(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    first = start_dialog(db)
    qtbot.addWidget(first)
    assert isinstance(first, LoginDialog)
    fresh = open_database(url_for_path(tmp_path / "new.sqlite3"))
    try:
        setup = start_dialog(fresh)
        qtbot.addWidget(setup)
        assert isinstance(setup, FirstStartDialog) and setup.account is not None
    finally:
        fresh.dispose()


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[Any]:
    win = open_main_window(url_for_path(db_path), user=ACTOR)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    yield win
    win.db.dispose()


def test_the_window_shows_who_is_signed_in_and_offers_switching(window: Any) -> None:
    assert window.user_label.isVisible() and "Dr Test" in window.user_label.text()
    file_menu = window.menuBar().findChildren(QMenu)[0]
    names = [action.objectName() for action in file_menu.actions()]
    for name in ("switchUserAction", "actionChangePassword", "actionLock"):
        assert name in names, name
    lock = window.findChild(QAction, "actionLock")
    assert lock.shortcut() == QKeySequence("Ctrl+L")
    assert window.findChild(QAction, "actionChangePractitioner") is None


def test_a_window_opened_with_nobody_signed_in_shows_only_the_sign_in(
    qtbot: QtBot, db_path: Path
) -> None:
    win = open_main_window(url_for_path(db_path))
    qtbot.addWidget(win)
    try:
        assert win.desk_lock.is_locked
        assert not win.patients_page.isVisible()
        assert win.desk_lock.screen.form.login.text() == ""
        win.desk_lock.screen.form.login.setText("drtest")
        qtbot.keyClicks(win.desk_lock.screen.form.password, TEST_PASSWORD)
        qtbot.keyClick(win.desk_lock.screen.form.password, Qt.Key.Key_Return)
        assert not win.desk_lock.is_locked
        assert win.ctx.user.id == ACTOR.id
        qtbot.waitUntil(win.patients_page.isVisible)
    finally:
        win.db.dispose()

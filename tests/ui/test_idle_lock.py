"""The idle lock: nothing of a patient can be read while locked, and work survives it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mesodesk.app import open_main_window
from mesodesk.domain.accounts import Role
from mesodesk.services import settings
from mesodesk.services.accounts import IDLE_LOCK_MINUTES_KEY
from mesodesk.store.engine import Database, url_for_path
from mesodesk.ui.bus import bus
from mesodesk.ui.dialogs.patient_editor import PatientEditor
from tests.factories import ACTOR, TEST_PASSWORD, Clinic, make_user
from tests.ui.visible import readable

NAMES = ("Zoë", "Łukasiewicz")
"""The clinic's patient (tests.factories.make_clinic): never readable while locked."""


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot, db_path: Any, clinic: Clinic, clock: FakeClock) -> Iterator[Any]:
    win = open_main_window(url_for_path(db_path), user=ACTOR)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.idle.clock = clock
    win.idle.reset()
    yield win
    if win.desk_lock.is_locked:  # let teardown close the window
        win.desk_lock.unlock(ACTOR)
    win.db.dispose()


def open_editor(qtbot: QtBot, window: Any, patient: int) -> PatientEditor:
    window.edit_patient(patient)
    editor = window.findChild(PatientEditor)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    return editor


def unlock(qtbot: QtBot, window: Any, login: str | None, password: str = TEST_PASSWORD) -> None:
    """Type at the lock screen as a person would: login (unless kept), password, Enter."""
    screen = window.desk_lock.screen
    assert screen is not None and screen.isVisible()
    form = screen.form
    if login is not None:
        form.login.clear()
        qtbot.keyClicks(form.login, login)
        qtbot.keyClick(form.login, Qt.Key.Key_Return)  # on to the password
    qtbot.keyClicks(form.password, password)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)


def test_idle_time_locks_and_hides_every_patient_name(
    qtbot: QtBot, window: Any, clinic: Clinic, clock: FakeClock
) -> None:
    window.open_patient(clinic.patient)
    editor = open_editor(qtbot, window, clinic.patient)
    qtbot.keyClicks(editor.email, "zoe@example.org")
    assert readable(*NAMES), "the chart and the editor show the patient before the lock"

    clock.advance(4.9)
    assert not window.idle.check()
    assert not window.desk_lock.is_locked
    clock.advance(0.2)  # 5 minutes and 6 seconds without input: the default lock
    assert window.idle.check()

    screen = window.findChild(QWidget, "lockScreen")
    assert screen is not None and screen.isVisible()
    assert window.desk_lock.is_locked
    assert readable(*NAMES) == []
    assert editor.email.text() == "zoe@example.org", "kept, only hidden"


def test_input_restarts_the_countdown(qtbot: QtBot, window: Any, clock: FakeClock) -> None:
    clock.advance(4)
    qtbot.keyClick(window.patients_page.search, Qt.Key.Key_A)  # someone types
    clock.advance(4)
    assert not window.idle.check()
    clock.advance(1.1)
    assert window.idle.check()


def test_the_clinic_setting_sets_the_idle_time(qtbot: QtBot, window: Any, clock: FakeClock) -> None:
    settings.put(window.db, IDLE_LOCK_MINUTES_KEY, 15, actor=ACTOR)
    bus().changed.emit("settings")
    clock.advance(10)
    assert not window.idle.check()
    clock.advance(5.1)
    assert window.idle.check()


def test_the_same_user_unlocks_back_to_where_they_were(
    qtbot: QtBot, window: Any, clinic: Clinic
) -> None:
    window.open_patient(clinic.patient)
    editor = open_editor(qtbot, window, clinic.patient)
    qtbot.keyClicks(editor.email, "zoe@example.org")
    qtbot.keyClick(editor.email, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L
    assert window.desk_lock.is_locked
    screen = window.desk_lock.screen
    assert screen.form.login.text() == ACTOR.login, "the login is kept for a quick unlock"

    unlock(qtbot, window, None, "not the password")
    assert window.desk_lock.is_locked
    assert "wrong" in screen.form.message.text()
    assert screen.form.password.text() == "", "a refused password is not kept"
    assert readable(*NAMES) == []

    unlock(qtbot, window, None)
    assert not window.desk_lock.is_locked
    assert not screen.isVisible()
    assert editor.isVisible() and editor.email.text() == "zoe@example.org"
    assert window.chart_host.chart is not None and window.chart_host.isVisible()
    assert readable(*NAMES)


def test_another_user_gets_a_fresh_desk_and_the_first_gets_their_work_back(
    qtbot: QtBot, window: Any, clinic: Clinic, db: Database
) -> None:
    reception = make_user(db, Role.RECEPTION, login="rita")
    window.open_patient(clinic.patient)
    editor = open_editor(qtbot, window, clinic.patient)
    qtbot.keyClicks(editor.email, "zoe@example.org")

    window.findChild(QAction, "switchUserAction").trigger()
    assert window.desk_lock.is_locked
    assert window.desk_lock.screen.form.login.text() == "", "switching starts empty"
    unlock(qtbot, window, "rita")

    assert window.ctx.user.id == reception.id
    assert "Test rita" in window.user_label.text()
    assert not editor.isVisible(), "the first user's editor is put away, unsaved"
    assert window.chart_host.chart is None, "a fresh desk"
    assert editor.email.text() == "zoe@example.org"

    window.switch_user()
    unlock(qtbot, window, ACTOR.login)
    assert window.ctx.user.id == ACTOR.id
    qtbot.waitUntil(editor.isVisible)
    assert editor.email.text() == "zoe@example.org", "their unsaved work is back"
    assert editor.isEnabled()


def test_a_message_box_that_opens_while_locked_is_covered_too(
    qtbot: QtBot, window: Any, clinic: Clinic
) -> None:
    window.lock_desk()
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Zoë Łukasiewicz-Öztürk", "About Zoë", parent=window
    )
    box.setModal(False)
    box.show()
    qtbot.waitUntil(lambda: readable(*NAMES) == [])
    box.close()  # refused while locked
    assert box.isVisible()
    unlock(qtbot, window, None)
    assert box.isVisible() and box.windowTitle().startswith("Zoë")
    box.done(0)


def test_the_lock_screen_refuses_escape_and_close(qtbot: QtBot, window: Any) -> None:
    window.lock_desk()
    screen = window.desk_lock.screen
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    screen.close()
    window.close()
    assert screen.isVisible() and window.desk_lock.is_locked
    assert window.isVisible()


def test_a_locked_desk_shows_no_password(qtbot: QtBot, window: Any) -> None:
    window.lock_desk()
    form = window.desk_lock.screen.form
    qtbot.keyClicks(form.password, "secret words")
    assert form.password.echoMode() == QLineEdit.EchoMode.Password
    assert readable("secret words") == []


def test_quitting_asks_first_while_another_users_work_is_kept(
    qtbot: QtBot, window: Any, clinic: Clinic, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_user(db, Role.RECEPTION, login="rita")
    editor = open_editor(qtbot, window, clinic.patient)
    qtbot.keyClicks(editor.email, "zoe@example.org")
    window.switch_user()
    unlock(qtbot, window, "rita")
    asked: list[str] = []

    def answer(_parent: Any, title: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.close()
    assert asked == ["Quit mesodesk"] and window.isVisible()
    window.switch_user()
    unlock(qtbot, window, ACTOR.login)
    assert window.desk_lock.kept_for_others() == 0
    qtbot.waitUntil(editor.isVisible)


def test_the_button_says_unlock_for_the_same_person_and_sign_in_for_someone_new(
    qtbot: QtBot, window: Any
) -> None:
    window.lock_desk()
    screen = window.desk_lock.screen
    assert screen.form.button.text() == "&Unlock" and screen.other_button.isVisible()
    qtbot.mouseClick(screen.other_button, Qt.MouseButton.LeftButton)
    assert screen.form.button.text() == "&Sign in" and screen.form.login.text() == ""
    assert not screen.other_button.isVisible(), "Alt+S leads to one button only"
    unlock(qtbot, window, ACTOR.login)
    assert not window.desk_lock.is_locked
    window.switch_user()
    assert window.desk_lock.screen.form.button.text() == "&Sign in"

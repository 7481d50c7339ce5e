"""Every menu action of the main window opens its dialog or page, and raises nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mesodesk.app import open_main_window
from mesodesk.store.engine import Database, url_for_path
from mesodesk.ui import main_window as mw
from tests.factories import ACTOR, Clinic, add_session, make_clinic

DAY = datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def clinic(db: Database) -> Clinic:
    c = make_clinic(db)
    add_session(db, c, DAY)
    return c


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, clinic: Clinic) -> Iterator[Any]:
    win = open_main_window(url_for_path(db_path), user=ACTOR.login)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    yield win
    win.db.dispose()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box shown, as (kind, title); none blocks the run."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "information", "critical", "about"):

        def box(_parent: object, title: str, *_a: Any, _kind: str = kind, **_k: Any) -> Any:
            shown.append((_kind, title))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, box)
    return shown


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    """The actions of ``menu`` and its submenus, separators left out."""
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_actions(action.menu())  # type: ignore[arg-type]
        elif not action.isSeparator():
            yield action


def all_menu_actions(window: Any) -> list[QAction]:
    found: list[QAction] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found.extend(menu_actions(menu))
    return found


def _dialog(window: Any, name: str) -> Callable[[], bool]:
    def shown() -> bool:
        dialog = window.findChild(QDialog, name)
        return dialog is not None and dialog.isVisible()

    return shown


def _close_dialogs(window: Any) -> None:
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.hide()
            dialog.deleteLater()


def test_every_menu_action_opens_what_it_names(
    qtbot: QtBot,
    window: Any,
    clinic: Clinic,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    backup = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    window.open_patient(clinic.patient)  # New session… needs an open chart

    def page(index: int) -> Callable[[], bool]:
        return lambda: (
            window.stack.currentIndex() == index and window.stack.currentWidget().isVisible()
        )

    def box(kind: str, title: str) -> Callable[[], bool]:
        return lambda: (kind, title) in boxes

    expected: dict[str, Callable[[], bool]] = {
        "actionImportPatients": _dialog(window, "importPatientsDialog"),
        "actionBackup": lambda: (
            backup.exists() and "Backup written" in window.statusBar().currentMessage()
        ),
        "actionCheck": box("information", "Database check"),
        "actionRestore": _dialog(window, "restoreDialog"),
        "actionBackupsPage": page(mw.PAGE_BACKUPS),
        "actionNewPatient": _dialog(window, "patientEditor"),
        "actionFindPatient": page(mw.PAGE_PATIENTS),
        "actionNewSession": _dialog(window, "sessionEditor"),
        "actionProducts": page(mw.PAGE_PRODUCTS),
        "actionLotRecall": _dialog(window, "lotRecallDialog"),
        "actionPractitioners": _dialog(window, "practitionersDialog"),
        "actionAccounts": _dialog(window, "accountsDialog"),
        "actionAudit": _dialog(window, "auditView"),
        "actionRecordHistory": _dialog(window, "auditView"),
        "actionChangePassword": _dialog(window, "changePasswordDialog"),
        "switchUserAction": lambda: (
            window.desk_lock.is_locked and window.desk_lock.screen.form.login.text() == ""
        ),
        "actionLock": lambda: (
            window.desk_lock.is_locked and window.desk_lock.screen.form.login.text() == "drtest"
        ),
        "actionSettings": _dialog(window, "settingsDialog"),
        "actionToday": page(mw.PAGE_TODAY),
        "actionCalendar": page(mw.PAGE_CALENDAR),
        "actionFollowUps": page(mw.PAGE_FOLLOWUPS),
        "actionAdverseEvents": page(mw.PAGE_EVENTS),
        "actionOverview": page(mw.PAGE_OVERVIEW),
        "actionRefresh": lambda: True,
        "actionAbout": box("about", "About mesodesk"),
        "actionQuit": lambda: not window.isVisible(),
    }
    actions = all_menu_actions(window)
    names = [action.objectName() for action in actions]
    assert sorted(names) == sorted(expected), "every menu action is named and checked here"
    # Quit last: it closes the window the others need.
    actions.sort(key=lambda action: action.objectName() == "actionQuit")
    for action in actions:
        name = action.objectName()
        assert action.isEnabled(), name
        action.trigger()
        qtbot.waitUntil(expected[name], timeout=10000)
        _close_dialogs(window)
        if window.desk_lock.is_locked:  # Switch user… and Lock: signed in again
            window.desk_lock.unlock(ACTOR)
    assert not [kind for kind, _title in boxes if kind in ("warning", "critical")], boxes


def test_lot_recall_from_the_menu_starts_with_an_empty_lot(qtbot: QtBot, window: Any) -> None:
    """The menu's ``triggered(False)`` was taken as the lot number (QLineEdit.setText(bool))."""
    window.action_lot_recall.trigger()
    qtbot.waitUntil(_dialog(window, "lotRecallDialog"))
    dialog = window.findChild(QDialog, "lotRecallDialog")
    assert dialog is not None
    fields = [w for w in dialog.findChildren(QWidget) if w.metaObject().className() == "QLineEdit"]
    assert fields and all(field.text() == "" for field in fields)  # type: ignore[attr-defined]
    dialog.hide()


def _image(window: Any, page: int) -> QImage:
    item = window.navigation.item(mw.navigation_row(page))
    return item.icon().pixmap(32, 32).toImage()


def test_the_sidebar_always_lists_patients_and_gives_each_page_its_own_icon(
    qtbot: QtBot, window: Any, clinic: Clinic
) -> None:
    def visible_titles() -> list[str]:
        navigation = window.navigation
        return [
            navigation.item(row).text()
            for row in range(navigation.count())
            if not navigation.item(row).isHidden()
        ]

    for page in (mw.PAGE_PATIENTS, mw.PAGE_TODAY, mw.PAGE_CALENDAR, mw.PAGE_OVERVIEW):
        window.show_page(page)
        assert "Patients" in visible_titles(), page
        assert "Patient chart" not in visible_titles()
    window.open_patient(clinic.patient)
    assert {"Patients", "Patient chart"} <= set(visible_titles())
    window.show_page(mw.PAGE_TODAY)
    assert "Patients" in visible_titles()

    today, calendar, overview = (
        _image(window, page) for page in (mw.PAGE_TODAY, mw.PAGE_CALENDAR, mw.PAGE_OVERVIEW)
    )
    assert not today.isNull() and not calendar.isNull() and not overview.isNull()
    assert today != calendar
    assert today != overview
    assert calendar != overview

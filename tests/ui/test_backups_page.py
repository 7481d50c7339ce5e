"""The Backups page, the "last good backup" line, and the automatic and closing backups."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from mesodesk.app import open_main_window
from mesodesk.domain import clock
from mesodesk.services import backups
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database, url_for_path
from mesodesk.ui import main_window as mw
from mesodesk.ui.main_window import backups as keeper_module
from mesodesk.ui.pages.backups import BackupsPage
from mesodesk.ui.pages.backups.model import COL_CHECK, COL_ENCRYPTED, COL_PATIENTS
from tests.factories import ACTOR


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stored backup passphrase lives in the config folder: one per test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings().remove(keeper_module.FAILURE_KEY)


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, db: Database) -> Iterator[Any]:
    create_patient(db, PatientInput("Ada", "Lovelace"), actor=ACTOR)
    win = open_main_window(url_for_path(db_path), user=ACTOR)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    yield win
    win.backups.stop()
    win.db.dispose()


def open_page(qtbot: QtBot, window: Any) -> BackupsPage:
    """Through the sidebar, as a user would: the Backups row."""
    window.navigation.setFocus()
    window.navigation.setCurrentRow(mw.navigation_row(mw.PAGE_BACKUPS))
    page = window.findChild(BackupsPage, "backupsPage")
    assert page is not None
    qtbot.waitUntil(lambda: page.isVisible() and page.view is not None)
    return page


def cell(table: QTableView, row: int, column: int) -> str:
    return str(table.model().index(row, column).data())


def test_the_page_is_in_the_sidebar_and_the_view_menu(qtbot: QtBot, window: Any) -> None:
    window.show_page(mw.PAGE_PATIENTS)
    window.action_backups_page.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget().objectName() == "backupsPage")
    item = window.navigation.item(mw.navigation_row(mw.PAGE_BACKUPS))
    assert item.text() == "Backups"


def test_back_up_now_from_the_keyboard_lists_the_checked_backup(qtbot: QtBot, window: Any) -> None:
    page = open_page(qtbot, window)
    assert page.findChild(QLabel, "backupsEmpty").isVisible()
    assert window.findChild(QLabel, "lastBackupLabel").isVisible()
    button = page.findChild(QPushButton, "backupNow")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    busy = page.findChild(QProgressBar, "backupBusy")
    assert busy.isVisible() and not button.isEnabled()  # the indicator shows at once
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: not busy.isVisible())
    table = page.findChild(QTableView, "backupTable")
    assert cell(table, 0, COL_PATIENTS) == "1"
    assert cell(table, 0, COL_CHECK) == "OK"
    assert cell(table, 0, COL_ENCRYPTED) == "No"
    assert "checked" in page.message.text()
    label = window.findChild(QLabel, "lastBackupLabel")
    qtbot.waitUntil(lambda: label.text().startswith("Last good backup:"))
    assert label.property("warning") is False


def test_a_backup_that_changed_after_its_check_shows_the_problem(
    qtbot: QtBot, window: Any, db: Database
) -> None:
    info = backups.take_backup(db, reason="manual")
    with info.path.open("ab") as handle:
        handle.write(b"tampered")
    page = open_page(qtbot, window)
    table = page.findChild(QTableView, "backupTable")
    assert page.model.rowCount() == 1
    assert "changed size" in cell(table, 0, COL_CHECK)


def test_a_failed_backup_says_why_and_keeps_the_page_usable(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, window)

    def full_disk(*_a: Any, **_k: Any) -> Any:
        from mesodesk.store.errors import DiskFull

        raise DiskFull("The disk holding /backups/x is full; no backup was written.")

    monkeypatch.setattr(backups, "take_backup", full_disk)
    qtbot.mouseClick(page.findChild(QPushButton, "backupNow"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is full" in page.message.text())
    assert page.findChild(QPushButton, "backupNow").isEnabled()
    assert not page.findChild(QProgressBar, "backupBusy").isVisible()


def test_open_folder_opens_the_backup_folder(
    qtbot: QtBot, window: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.take_backup(db, reason="manual")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = open_page(qtbot, window)
    qtbot.mouseClick(page.findChild(QPushButton, "openBackupFolder"), Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [backups.backup_folder(db)]


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_the_policy_is_typed_and_saved_and_a_mistyped_passphrase_is_refused(
    qtbot: QtBot, window: Any, db: Database, tmp_path: Path
) -> None:
    page = open_page(qtbot, window)
    form = page.policy
    other = tmp_path / "usb-disk"
    type_into(qtbot, form.folder, str(other))
    form.every_hours.setFocus()
    form.every_hours.selectAll()
    qtbot.keyClicks(form.every_hours, "6")
    form.keep_daily.setFocus()
    form.keep_daily.selectAll()
    qtbot.keyClicks(form.keep_daily, "14")
    form.encrypt.setFocus()
    qtbot.keyClick(form.encrypt, Qt.Key.Key_Space)
    type_into(qtbot, form.passphrase_field, "correct horse battery")
    type_into(qtbot, form.repeat_field, "correct horse batery")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "differ" in form.errors.text("repeat")
    assert backups.backup_policy(db) == backups.BackupPolicy()  # nothing saved
    assert backups.stored_passphrase() is None

    type_into(qtbot, form.repeat_field, "correct horse battery")
    form.save_button.setFocus()
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.message.text() == "Backup settings saved.")
    policy = backups.backup_policy(db)
    assert (policy.folder, policy.every_hours, policy.keep_daily, policy.encrypt) == (
        str(other),
        6,
        14,
        True,
    )
    assert backups.stored_passphrase() == "correct horse battery"
    assert form.passphrase_field.text() == "" and form.repeat_field.text() == ""

    # An encrypted backup now goes to the chosen folder, and is listed as encrypted.
    qtbot.mouseClick(page.findChild(QPushButton, "backupNow"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert cell(page.table, 0, COL_ENCRYPTED) == "Yes"
    assert page.model.row_at(0).path.parent == other


def test_encrypting_needs_a_passphrase(qtbot: QtBot, window: Any, db: Database) -> None:
    page = open_page(qtbot, window)
    page.policy.encrypt.setChecked(True)
    qtbot.mouseClick(page.policy.save_button, Qt.MouseButton.LeftButton)
    assert "passphrase" in page.policy.errors.text("passphrase")
    assert backups.backup_policy(db).encrypt is False


def test_leaving_the_form_half_typed_saves_nothing(qtbot: QtBot, window: Any, db: Database) -> None:
    page = open_page(qtbot, window)
    form = page.policy
    form.warn_after.setFocus()
    form.warn_after.selectAll()
    qtbot.keyClicks(form.warn_after, "30")
    type_into(qtbot, form.passphrase_field, "half typed")
    window.action_today.trigger()  # the user walks away
    qtbot.waitUntil(lambda: not page.isVisible())
    assert backups.backup_policy(db) == backups.BackupPolicy()
    assert backups.stored_passphrase() is None


def test_the_status_line_warns_when_the_last_good_backup_is_too_old(
    qtbot: QtBot, window: Any, db: Database
) -> None:
    with clock.frozen(datetime(2026, 3, 1, 9, 0)):
        backups.take_backup(db, reason="manual")
    label = window.findChild(QLabel, "lastBackupLabel")
    with clock.frozen(datetime(2026, 3, 1, 9, 0) + timedelta(days=1)):
        window.backups.refresh()
        qtbot.waitUntil(lambda: label.text().startswith("Last good backup:"))
        assert label.property("warning") is False
    with clock.frozen(datetime(2026, 3, 1, 9, 0) + timedelta(days=5)):
        window.backups.refresh()
        qtbot.waitUntil(lambda: "5 days ago" in label.text())
        assert label.property("warning") is True
        assert "older than the clinic's setting (2 days)" in label.toolTip()


def test_no_backup_at_all_is_a_warning(qtbot: QtBot, window: Any) -> None:
    label = window.findChild(QLabel, "lastBackupLabel")
    window.backups.refresh()
    qtbot.waitUntil(lambda: label.text() == "No good backup yet")
    assert label.property("warning") is True


def test_the_timer_takes_an_automatic_backup_only_when_due(
    qtbot: QtBot, window: Any, db: Database
) -> None:
    keeper = window.backups
    keeper.start_automatic(first_check_ms=0)
    assert keeper.timer.isActive()
    qtbot.waitUntil(lambda: keeper.auto_job is not None and keeper.auto_job.succeeded is True)
    assert backups.list_backups(backups.backup_folder(db))[0].reason == "automatic"
    keeper.run_if_due()  # not due again for 24 hours
    qtbot.waitUntil(lambda: keeper.auto_job.succeeded is not None)
    assert len(backups.list_backups(backups.backup_folder(db))) == 1


def test_typing_goes_on_while_an_automatic_backup_runs(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup runs in a worker: the GUI thread keeps taking keys meanwhile."""
    release = threading.Event()
    started = threading.Event()

    def slow(db: Database, **_k: Any) -> Any:
        started.set()
        release.wait(10)
        return None

    monkeypatch.setattr(keeper_module, "take_if_due", slow)
    window.backups.run_if_due()
    assert started.wait(5)
    search = window.findChild(QLineEdit, "patientSearch")
    search.setFocus()
    qtbot.keyClicks(search, "Ada")
    assert search.text() == "Ada"
    release.set()
    qtbot.waitUntil(lambda: window.backups.auto_job.succeeded is not None)


def test_closing_backup_is_bounded_and_its_failure_shows_at_the_next_start(
    qtbot: QtBot, db_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    hang = threading.Event()
    monkeypatch.setattr(backups, "take_backup", lambda *_a, **_k: hang.wait(30))
    assert keeper_module.closing_backup(db, timeout=0.2) is False
    hang.set()
    monkeypatch.undo()
    win = open_main_window(url_for_path(db_path), user=ACTOR)
    qtbot.addWidget(win)
    win.backups.start_automatic(first_check_ms=60_000)
    label = win.findChild(QLabel, "lastBackupLabel")
    qtbot.waitUntil(lambda: "last backup failed" in label.text())
    assert "did not finish within 0.2 seconds" in label.toolTip()
    assert label.property("warning") is True
    assert QSettings().value(keeper_module.FAILURE_KEY) is None  # shown once
    win.backups.stop()
    win.db.dispose()


def test_closing_backup_when_it_works(db: Database) -> None:
    assert keeper_module.closing_backup(db, timeout=30) is True
    (only,) = backups.list_backups(backups.backup_folder(db))
    assert only.reason == "closing" and only.check_ok
    assert QSettings().value(keeper_module.FAILURE_KEY) is None


def test_the_page_alt_keys_are_unique_with_the_menus_and_lead_to_their_fields(
    qtbot: QtBot, window: Any
) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton

    page = open_page(qtbot, window)
    mnemonic = re.compile(r"(?<!&)&([^&\s])")
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
    keys = [key.lower() for text in texts for key in mnemonic.findall(text)]
    assert len(keys) == len(set(keys)), sorted(keys)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert page.policy.every_hours.hasFocus()
    qtbot.keyClick(page.policy.every_hours, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert not page.policy.repeat_field.isEnabled() or page.policy.repeat_field.hasFocus()


def test_the_full_check_of_a_big_database_runs_in_the_background_and_stops_writing(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mesodesk.services.backups import CheckResult

    monkeypatch.setattr(backups, "needs_full_check", lambda path: True)
    monkeypatch.setattr(backups, "full_check", lambda path: CheckResult(False, "page 7 broken"))
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    window.backups.check_in_background()
    qtbot.waitUntil(lambda: window.ctx.file_read_only != "")
    assert shown and "page 7 broken" in shown[0] and "Restore" in shown[0]
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "page 7 broken" in banner.text()


def test_a_small_sound_database_needs_no_background_check(db_path: Path) -> None:
    assert backups.needs_full_check(db_path) is False
    assert backups.full_check(db_path).ok


def another_databases_backup(db: Database, elsewhere: Path) -> backups.BackupInfo:
    """A backup of another database of the same file name (made anew elsewhere, as the demo
    recreated at the same path would be) written into ``db``'s backups folder."""
    from mesodesk.services.database import open_database

    assert db.path is not None
    elsewhere.mkdir()
    other = open_database(url_for_path(elsewhere / db.path.name))
    try:
        with clock.frozen(datetime(2026, 3, 2, 9, 0)):
            return backups.take_backup(other, folder=backups.backup_folder(db), reason="manual")
    finally:
        other.dispose()


def test_another_databases_backup_is_marked_and_never_the_last_good_one(
    qtbot: QtBot, window: Any, db: Database, tmp_path: Path
) -> None:
    with clock.frozen(datetime(2026, 3, 1, 9, 0)):
        ours = backups.take_backup(db, reason="manual")
    theirs = another_databases_backup(db, tmp_path / "demo")
    assert theirs.path.name.split("-")[0] == ours.path.name.split("-")[0] == "clinic"
    page = open_page(qtbot, window)
    table = page.findChild(QTableView, "backupTable")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert cell(table, 0, COL_CHECK) == "Of another database"
    assert "not a backup of this one" in str(
        table.model().index(0, COL_CHECK).data(Qt.ItemDataRole.ToolTipRole)
    )
    assert cell(table, 1, COL_CHECK) == "OK"
    assert page.summary.text().endswith("the newest good one was taken 01/03/2026 09:00."), (
        "the page's own summary names our newest backup, not theirs"
    )
    label = window.findChild(QLabel, "lastBackupLabel")
    with clock.frozen(datetime(2026, 3, 2, 10, 0)):
        window.backups.refresh()
        qtbot.waitUntil(lambda: label.text().startswith("Last good backup:"))
        assert label.text() == "Last good backup: 01/03/2026 09:00"  # ours, not theirs

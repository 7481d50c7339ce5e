"""File → Restore…: choose, preview the counts, type the passphrase, restore, and reopen."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from mesodesk.app import open_main_window
from mesodesk.domain.accounts import Role, User
from mesodesk.services import backups
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database, url_for_path
from mesodesk.ui.dialogs.restore import RestoreDialog
from mesodesk.ui.main_window import backups as keeper_module
from mesodesk.ui.main_window.backups import can_restore
from tests.factories import ACTOR


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings().remove(keeper_module.FAILURE_KEY)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def box(_parent: object, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", box)
    return shown


@pytest.fixture
def backup(db: Database) -> backups.BackupInfo:
    """A backup holding one patient; a second patient is added after it."""
    create_patient(db, PatientInput("Ada", "Lovelace"), actor=ACTOR)
    info = backups.take_backup(db, reason="manual")
    create_patient(db, PatientInput("Grace", "Hopper"), actor=ACTOR)
    return info


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, db: Database) -> Iterator[Any]:
    db.dispose()  # the window is the only program using the file
    win = open_main_window(url_for_path(db_path), user=ACTOR)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    yield win
    win.backups.stop()
    win.db.dispose()


def open_dialog(qtbot: QtBot, window: Any) -> RestoreDialog:
    window.findChild(type(window.action_restore), "actionRestore").trigger()
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog, "restoreDialog") is not None)
    dialog = window.findChild(RestoreDialog, "restoreDialog")
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def closed(dialog: RestoreDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def preview_counts(dialog: RestoreDialog) -> dict[str, tuple[str, str]]:
    table = dialog.findChild(QTableWidget, "restorePreview")
    return {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }


def test_restore_from_the_keyboard_previews_keeps_the_old_file_and_reopens(
    qtbot: QtBot, window: Any, backup: backups.BackupInfo, db_path: Path
) -> None:
    window.patients_page.refresh()
    dialog = open_dialog(qtbot, window)
    assert dialog.model.rowCount() == 1
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
    assert preview_counts(dialog)["Patients"] == ("2", "1")
    assert "kept as clinic.sqlite3.replaced-" in dialog.findChild(QLabel, "restoreKeptNote").text()
    assert dialog.restore_button.hasFocus()
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=15000)
    qtbot.waitUntil(lambda: "Backup restored" in window.statusBar().currentMessage())
    kept = list(db_path.parent.glob("clinic.sqlite3.replaced-*"))
    assert len(kept) == 1
    # The window reads the restored file: one patient again, and it still saves.
    assert count_patients(window.db) == 1
    create_patient(window.db, PatientInput("Katherine", "Johnson"), actor=ACTOR)
    assert count_patients(window.db) == 2


def test_cancel_halfway_changes_nothing(
    qtbot: QtBot, window: Any, backup: backups.BackupInfo, db_path: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    assert not list(db_path.parent.glob("clinic.sqlite3.replaced-*"))
    assert count_patients(window.db) == 2


def test_an_encrypted_backup_asks_for_its_passphrase_and_refuses_a_wrong_one(
    qtbot: QtBot, window: Any, db: Database
) -> None:
    create_patient(window.db, PatientInput("Ada", "Lovelace"), actor=ACTOR)
    backups.take_backup(window.db, passphrase="correct horse battery", reason="manual")
    dialog = open_dialog(qtbot, window)
    field = dialog.findChild(QLineEdit, "restorePassphrase")
    assert field.isVisible()
    assert not dialog.restore_button.isEnabled()
    field.setFocus()
    qtbot.keyClicks(field, "wrong passphrase")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    message = dialog.findChild(QLabel, "restoreMessage")
    qtbot.waitUntil(lambda: message.isVisible() and "passphrase" in message.text().lower())
    assert "\n" not in message.text()
    assert not dialog.restore_button.isEnabled()
    field.selectAll()
    qtbot.keyClicks(field, "correct horse battery")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
    assert preview_counts(dialog)["Patients"] == ("1", "1")
    dialog.reject()


def test_restore_is_refused_while_another_program_writes(
    qtbot: QtBot, window: Any, backup: backups.BackupInfo, db_path: Path
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from mesodesk.store.locks import writer_lock;"
            f"lock = writer_lock(Path({str(db_path)!r})); print('ready', flush=True);"
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        dialog = open_dialog(qtbot, window)
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        message = dialog.findChild(QLabel, "restoreMessage")
        qtbot.waitUntil(lambda: message.text().startswith("Nothing was restored"), timeout=15000)
        assert dialog.isVisible() and dialog.restore_button.isEnabled()
        assert not list(db_path.parent.glob("clinic.sqlite3.replaced-*"))
        assert count_patients(window.db) == 2  # the window still works on its file
        dialog.reject()
    finally:
        holder.communicate("", timeout=10)


def test_a_failed_backup_cannot_be_restored(
    qtbot: QtBot, window: Any, backup: backups.BackupInfo
) -> None:
    with backup.path.open("ab") as handle:
        handle.write(b"x")
    dialog = open_dialog(qtbot, window)
    message = dialog.findChild(QLabel, "restoreMessage")
    assert message.isVisible() and "failed its check" in message.text()
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def count_patients(db: Database) -> int:
    reader = db.reader()
    assert reader is not None
    return int(reader.execute("SELECT count(*) FROM patient").fetchone()[0])


class _Desk:
    """A desk context as the accounts work will give it: with a signed-in ``user``."""

    def __init__(self, user: User | None) -> None:
        self.user = user


def test_only_the_admin_role_may_restore() -> None:
    admin = User(id=1, login="boss", name="Boss", roles=frozenset({Role.ADMIN}))
    desk = User(id=2, login="desk", name="Desk", roles=frozenset({Role.RECEPTION}))
    assert can_restore(_Desk(admin)) is True  # type: ignore[arg-type]
    assert can_restore(_Desk(desk)) is False  # type: ignore[arg-type]
    assert can_restore(_Desk(None)) is False  # type: ignore[arg-type]


def test_the_window_refuses_restore_without_the_role(
    qtbot: QtBot, window: Any, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mesodesk.ui.main_window import tasks

    monkeypatch.setattr(tasks, "can_restore", lambda _ctx: False)
    window.action_restore.trigger()
    assert boxes and "admin role" in boxes[0]
    assert window.findChild(RestoreDialog, "restoreDialog") is None


def test_another_databases_backup_is_listed_marked_and_cannot_be_restored(
    qtbot: QtBot, db: Database, db_path: Path, new_db: Any
) -> None:
    import uuid

    from mesodesk.domain import clock
    from mesodesk.services.identity import set_database_id
    from mesodesk.ui.pages.backups.model import COL_CHECK

    with clock.frozen(datetime(2026, 3, 1, 9, 0)):
        ours = backups.take_backup(db, reason="manual")
    other = new_db()
    set_database_id(other, uuid.uuid4().hex)
    with clock.frozen(datetime(2026, 3, 2, 9, 0)):
        theirs = backups.take_backup(other, folder=ours.path.parent, reason="manual")
    db.dispose()
    win = open_main_window(url_for_path(db_path), user=ACTOR)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    try:
        dialog = open_dialog(qtbot, win)
        assert dialog.model.rowCount() == 2
        assert dialog.selected() is not None and dialog.selected().path == theirs.path
        assert dialog.model.index(0, COL_CHECK).data() == "Of another database"
        message = dialog.findChild(QLabel, "restoreMessage")
        assert message.isVisible() and "backup of another database" in message.text()
        assert not dialog.restore_button.isEnabled()
        assert not dialog.findChild(QTableWidget, "restorePreview").rowCount()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter does not restore it
        assert not closed(dialog)
        assert not list(db_path.parent.glob("clinic.sqlite3.replaced-*"))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # this database's own backup
        assert dialog.selected().path == ours.path
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
        dialog.reject()
    finally:
        win.backups.stop()
        win.db.dispose()

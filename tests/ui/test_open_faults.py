"""Faults at start, opened by the window from real files: damaged, read-only, newer schema.

A read-only file or folder is made with chmod; as root chmod does not bite, so those tests
make the file or folder immutable instead (``chattr +i``, which binds root too) and are
skipped when the file system refuses that.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mesodesk.app import open_main_window
from mesodesk.services import backups
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.errors import StorageError
from mesodesk.ui.main_window import backups as keeper_module
from mesodesk.ui.main_window.read_only import WINDOW_EDITING_ACTIONS
from mesodesk.ui.start import DamagedDialog, open_checked
from tests.factories import ACTOR

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings().remove(keeper_module.FAILURE_KEY)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every warning box shown; none blocks the run."""
    shown: list[str] = []

    def box(_parent: object, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", box)
    return shown


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_bytes(path: Path) -> None:
    """Overwrite a stretch in the middle of the file: a page of the patient table."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 512] = bytes(b ^ 0xFF for b in data[middle : middle + 512])
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(db_path: Path, db: Database) -> tuple[Path, backups.BackupInfo]:
    """A clinic with a good backup (one patient), then many patients, then flipped bytes."""
    create_patient(db, PatientInput("Ada", "Lovelace"), actor=ACTOR)
    good = backups.take_backup(db, reason="manual")
    for number in range(300):
        create_patient(db, PatientInput(f"Name{number}", f"Family{number}"), actor=ACTOR)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    flip_bytes(db_path)
    assert backups.open_state(db_path).kind == "damaged"
    return db_path, good


def answer_dialog(qtbot: QtBot, act: Callable[[DamagedDialog], None]) -> list[str]:
    """Once the damaged-database dialog is up, let ``act`` work it from the keyboard."""
    seen: list[str] = []

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DamagedDialog):
            QTimer.singleShot(20, poke)
            return
        seen.append(dialog.findChild(QLabel, "damagedMessage").text())
        act(dialog)

    QTimer.singleShot(0, poke)
    return seen


def press(button_name: str) -> Callable[[DamagedDialog], None]:
    def act(dialog: DamagedDialog) -> None:
        button = dialog.findChild(QPushButton, button_name)
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)  # the keyboard, as a user would

    return act


def assert_read_only_window(window: Any) -> None:
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert "Nothing can be changed" in banner.text()
    for name in WINDOW_EDITING_ACTIONS:
        action = window.findChild(QAction, name)
        assert action is not None and not action.isEnabled(), name
    new_patient = window.findChild(QPushButton, "patientNewButton")
    assert new_patient is not None and not new_patient.isVisible()


def test_a_damaged_database_offers_a_read_only_look_and_is_never_written(
    qtbot: QtBot, damaged: tuple[Path, backups.BackupInfo]
) -> None:
    path, _good = damaged
    before = digest(path)
    seen = answer_dialog(qtbot, press("openReadOnlyButton"))
    opened = open_checked(path, ask=True)
    assert seen and "damage" in seen[0] and str(path) in seen[0]
    assert opened is not None and opened.db is not None and not opened.refusal
    from mesodesk.ui.main_window import MainWindow

    window = MainWindow(opened.db, user=ACTOR)
    qtbot.addWidget(window)
    window.set_read_only(opened.read_only_reason)
    window.show()
    qtbot.waitExposed(window)
    assert "damaged" in window.findChild(QLabel, "readOnlyBanner").text()
    assert_read_only_window(window)
    window.close()
    window.db.dispose()
    assert digest(path) == before


def test_a_damaged_database_restores_the_latest_good_backup(
    qtbot: QtBot, damaged: tuple[Path, backups.BackupInfo]
) -> None:
    path, good = damaged
    seen = answer_dialog(qtbot, press("restoreLatestButton"))
    opened = open_checked(path, ask=True)
    assert seen
    assert opened is not None and opened.restored_from == good.path and opened.db is None
    assert backups.open_state(path).kind == "ok"
    assert list(path.parent.glob(f"{path.name}.replaced-*")), "the damaged file is kept"
    window = open_main_window(url_for_path(path), user=ACTOR)
    qtbot.addWidget(window)
    reader = window.db.reader()
    assert reader.execute("SELECT count(*) FROM patient").fetchone()[0] == 1
    assert not window.findChild(QLabel, "readOnlyBanner").isVisible()
    window.close()
    window.db.dispose()


def test_quitting_at_the_damaged_dialog_opens_nothing(
    qtbot: QtBot, damaged: tuple[Path, backups.BackupInfo]
) -> None:
    path, _good = damaged
    before = digest(path)
    answer_dialog(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    opened = open_checked(path, ask=True)
    assert opened is not None and opened.db is None
    assert "damaged" in opened.refusal and str(path) in opened.refusal
    assert digest(path) == before


def test_the_test_seam_opens_a_damaged_database_read_only_without_asking(
    qtbot: QtBot, damaged: tuple[Path, backups.BackupInfo]
) -> None:
    path, _good = damaged
    before = digest(path)
    window = open_main_window(url_for_path(path), user=ACTOR)
    qtbot.addWidget(window)
    assert_read_only_window(window)
    window.close()
    window.db.dispose()
    assert digest(path) == before


def _immutable(target: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", "+i", str(target)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def read_only_file(db_path: Path, db: Database) -> Iterator[Path]:
    """The database file may not be written: chmod 0444, or as root immutable."""
    create_patient(db, PatientInput("Ada", "Lovelace"), actor=ACTOR)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    for extra in ("-wal", "-shm"):
        Path(f"{db_path}{extra}").unlink(missing_ok=True)
    if ROOT:
        if not _immutable(db_path):
            pytest.skip("running as root, and this file system cannot make a file immutable")
    else:
        db_path.chmod(0o444)
    try:
        yield db_path
    finally:
        if ROOT:
            subprocess.run(["chattr", "-i", str(db_path)], check=False)
        db_path.chmod(0o600)


@pytest.fixture
def read_only_folder(db_path: Path, db: Database) -> Iterator[Path]:
    """The database's folder may not be written: chmod 0555, or as root immutable."""
    create_patient(db, PatientInput("Ada", "Lovelace"), actor=ACTOR)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    folder = db_path.parent
    for extra in ("-wal", "-shm"):
        Path(f"{db_path}{extra}").unlink(missing_ok=True)
    if ROOT:
        if not _immutable(folder):
            pytest.skip("running as root, and this file system cannot make a folder immutable")
    else:
        folder.chmod(0o555)
    try:
        yield db_path
    finally:
        if ROOT:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o755)


@pytest.mark.parametrize("made_by", ["chmod 0444 (immutable as root)"])
def test_a_read_only_file_opens_read_only_with_a_banner(
    qtbot: QtBot, read_only_file: Path, made_by: str
) -> None:
    before = digest(read_only_file)
    window = open_main_window(url_for_path(read_only_file), user=ACTOR)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert_read_only_window(window)
    # The desk can look: the patient list shows the patient.
    qtbot.waitUntil(lambda: window.patients_page.model.rowCount() == 1)
    # No editor opens: the user never types a whole form to fail at the save.
    window.action_new_patient.trigger()
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    window.close()
    window.db.dispose()
    assert digest(read_only_file) == before


@pytest.mark.parametrize("made_by", ["chmod 0555 (immutable as root)"])
def test_a_read_only_folder_opens_read_only_with_a_banner(
    qtbot: QtBot, read_only_folder: Path, made_by: str
) -> None:
    window = open_main_window(url_for_path(read_only_folder), user=ACTOR)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert_read_only_window(window)
    assert "read" in window.findChild(QLabel, "readOnlyBanner").text().lower()
    window.close()
    window.db.dispose()


def test_the_chart_of_a_read_only_database_offers_no_editing(
    qtbot: QtBot, read_only_file: Path, boxes: list[str]
) -> None:
    window = open_main_window(url_for_path(read_only_file), user=ACTOR)
    qtbot.addWidget(window)
    reader = window.db.reader()
    patient = reader.execute("SELECT id FROM patient").fetchone()[0]
    window.open_patient(patient)
    for name in ("editPatientButton", "newSessionButton", "archivePatientButton"):
        button = window.findChild(QPushButton, name)
        assert button is not None and not button.isVisible(), name
    window.edit_patient(patient)  # reached another way: refused in words, no editor
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert boxes and "Nothing can be changed in this window" in boxes[0]
    window.close()
    window.db.dispose()


def test_a_newer_schema_is_refused_clearly(qtbot: QtBot, db_path: Path, db: Database) -> None:
    db.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    opened = open_checked(db_path, ask=True)
    assert opened is not None and opened.db is None
    assert "newer mesodesk" in opened.refusal and "\n" not in opened.refusal
    with pytest.raises(StorageError, match="newer mesodesk"):
        open_main_window(url_for_path(db_path), user=ACTOR)
    assert digest(db_path) == before


def test_a_sound_database_opens_as_usual(qtbot: QtBot, db_path: Path, db: Database) -> None:
    db.dispose()
    assert open_checked(db_path, ask=True) is None


def test_restoring_from_the_read_only_look_makes_the_window_writable_again(
    qtbot: QtBot, damaged: tuple[Path, backups.BackupInfo]
) -> None:
    import shiboken6

    from mesodesk.ui.dialogs.restore import RestoreDialog

    path, good = damaged
    window = open_main_window(url_for_path(path), user=ACTOR)
    qtbot.addWidget(window)
    assert_read_only_window(window)
    window.action_restore.trigger()
    dialog = window.findChild(RestoreDialog, "restoreDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10000)
    assert dialog.selected() == good
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=15000)
    assert not window.findChild(QLabel, "readOnlyBanner").isVisible()
    assert window.action_new_patient.isEnabled()
    assert window.findChild(QPushButton, "patientNewButton").isVisibleTo(window)
    assert not window.ctx.file_read_only
    assert backups.open_state(path).kind == "ok"
    reader = window.db.reader()
    assert reader.execute("SELECT count(*) FROM patient").fetchone()[0] == 1
    window.close()
    window.db.dispose()

"""The main window: opens on a database, shows its figures, and refuses a second instance."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QTableView

from mesodesk.app import open_main_window
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database, url_for_path
from tests.factories import ACTOR

ROOT = Path(__file__).resolve().parents[2]


def test_open_main_window_shows_patients_and_overview(qtbot, db: Database, db_path: Path) -> None:
    from mesodesk.ui.main_window import PAGE_OVERVIEW

    for given, family in [("Ewa", "Kowalska"), ("Çağla", "Yılmaz")]:
        create_patient(db, PatientInput(given, family), actor=ACTOR)
    window = open_main_window(url_for_path(db_path), user=ACTOR.login)
    qtbot.addWidget(window)
    assert isinstance(window, QMainWindow) and window.objectName() == "mainWindow"
    qtbot.waitExposed(window)
    patient_list = window.findChild(QTableView, "patientList")
    assert patient_list is not None and patient_list.isVisible()
    qtbot.waitUntil(lambda: patient_list.model().rowCount() == 2)
    for name in ("patientSearch", "actionNewPatient", "actionNewSession"):
        assert window.findChild(QObject, name) is not None, name

    window.show_page(PAGE_OVERVIEW)  # type: ignore[attr-defined]
    card_value = window.overview.patients_card.value  # type: ignore[attr-defined]
    assert isinstance(card_value, QLabel)
    qtbot.waitUntil(lambda: card_value.text() == "2")
    recent = window.findChild(QTableView, "recentSessions")
    assert recent is not None and recent.model().rowCount() == 0
    assert window.overview.empty_hint.isVisible()  # type: ignore[attr-defined]
    assert not recent.isVisible()
    window.db.dispose()  # type: ignore[attr-defined]


def _start(db_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mesodesk", "--quit-after-ready", "--db", str(db_path), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_quit_after_ready_on_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    result = _start(path)
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_second_instance_on_the_same_database_gets_a_clear_message(qtbot, db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-m", "mesodesk", "--db", str(db_path)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    lock = db_path.with_name(db_path.name + ".lock")
    try:
        qtbot.waitUntil(lambda: lock.exists() or holder.poll() is not None, timeout=60000)
        assert lock.exists()
        result = _start(db_path)
        assert result.returncode == 1
        assert "already open in another mesodesk window" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        holder.terminate()
        holder.wait(timeout=30)

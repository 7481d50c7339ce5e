"""Who works at the desk: remembered per database, and Cancel never means editing as "desk"."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mesodesk.app import ensure_application, open_main_window
from mesodesk.services import practitioners as practitioner_service
from mesodesk.services import settings
from mesodesk.services.database import open_database
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.models import Patient
from mesodesk.ui.dialogs.choose_practitioner import (
    SETTINGS_KEY,
    ChoosePractitionerDialog,
    remember_practitioner,
    remembered_practitioner,
)
from mesodesk.ui.main_window import NoPractitionerChosen
from tests.factories import ACTOR


@pytest.fixture(autouse=True)
def _forget_choice(qapp: object) -> Iterator[None]:
    ensure_application()  # the window's organisation name: the same settings file as the window
    QSettings().remove(SETTINGS_KEY)
    yield
    QSettings().remove(SETTINGS_KEY)


@pytest.fixture
def other_db(template_db: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "other" / "clinic.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(template_db, path)
    database = open_database(url_for_path(path))
    yield database
    database.dispose()


def test_the_remembered_practitioner_belongs_to_one_database(
    db: Database, other_db: Database
) -> None:
    anna = practitioner_service.create_practitioner(db, "Dr Anna Berg", actor=ACTOR)
    # The other database has its own practitioner under the same numeric id.
    bruno = practitioner_service.create_practitioner(other_db, "Bruno Costa", actor=ACTOR)
    assert anna.id == bruno.id
    remember_practitioner(db, anna.id)
    assert remembered_practitioner(db) == anna
    assert remembered_practitioner(other_db) is None, "another database asks who is working"
    remember_practitioner(other_db, bruno.id)
    assert remembered_practitioner(db) == anna
    assert remembered_practitioner(other_db) == bruno


def _window(qtbot: QtBot, db_path: Path) -> Any:
    window = open_main_window(url_for_path(db_path), user=ACTOR.login)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_opening_another_database_does_not_sign_in_its_namesake(
    qtbot: QtBot, db: Database, db_path: Path, other_db: Database
) -> None:
    anna = practitioner_service.create_practitioner(db, "Dr Anna Berg", actor=ACTOR)
    practitioner_service.create_practitioner(other_db, "Bruno Costa", actor=ACTOR)
    remember_practitioner(db, anna.id)
    window = _window(qtbot, db_path)
    assert window.ctx.practitioner_name == "Dr Anna Berg"
    window.db.dispose()
    assert other_db.path is not None
    other = _window(qtbot, other_db.path)
    assert other.ctx.practitioner_name == ""
    assert other.ctx.practitioner_id is None
    other.db.dispose()


@pytest.fixture
def cancelled(
    qtbot: QtBot, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """A window whose practitioner dialog was cancelled at start."""
    # A clinic already set up (named): the first-start setup is not offered, only the choice
    # of who is working.
    settings.put(db, "clinic.name", "Clinique des Lilas", actor=ACTOR)
    practitioner_service.create_practitioner(db, "Dr Anna Berg", actor=ACTOR)
    asked: list[ChoosePractitionerDialog] = []

    def cancel(dialog: ChoosePractitionerDialog) -> int:
        asked.append(dialog)
        return 0

    monkeypatch.setattr(ChoosePractitionerDialog, "exec", cancel)
    window = _window(qtbot, db_path)
    window.restore_practitioner(ask=True)
    window.asked = asked
    yield window
    window.db.dispose()


def test_cancel_leaves_the_desk_read_only(
    qtbot: QtBot, cancelled: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = cancelled
    assert len(window.asked) == 1
    assert window.ctx.read_only
    assert window.read_only_label.isVisible() and window.sign_in_button.isVisible()
    with pytest.raises(NoPractitionerChosen):
        _ = window.ctx.actor

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text) or 0
    )
    # A change from a page is refused in words, and nothing is written as "desk".
    from mesodesk.ui.ops import run_op

    run_op(
        window,
        lambda: create_patient(db, PatientInput("Eva", "Nowak"), actor=window.ctx.actor),
    )
    assert shown and "Nobody is signed in" in shown[-1]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Patient)) == 0


def test_a_change_from_the_menus_asks_again(
    qtbot: QtBot, cancelled: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = cancelled
    window.action_new_patient.trigger()
    assert len(window.asked) == 2, "asked who is working again"
    assert window.findChild(QDialog, "patientEditor") is None, "no editor while read-only"
    assert window.ctx.read_only

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the asked ones
    window.sign_in_button.click()  # the status bar's "Choose practitioner…"
    dialog = window.findChild(ChoosePractitionerDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.select(dialog.records()[0].id)
    dialog.accept()
    qtbot.waitUntil(lambda: not window.ctx.read_only)
    assert window.ctx.practitioner_name == "Dr Anna Berg"
    assert not window.read_only_label.isVisible()
    assert remembered_practitioner(db) is not None

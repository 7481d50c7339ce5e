"""The first-start setup on an empty clinic, filled in from the keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mesodesk.services import practitioners, products, settings
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.first_start import FirstStartDialog, offer_first_start
from tests.factories import ACTOR


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No real modal box ever blocks a test (also at teardown): the answer is Yes."""
    titles: list[str] = []

    def question(_parent: Any, title: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        titles.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return titles


@pytest.fixture
def ctx(db: Database) -> DeskContext:
    return DeskContext(db, user=ACTOR)


def _dialog(qtbot: QtBot, ctx: DeskContext) -> FirstStartDialog:
    dialog = FirstStartDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # typing into a time field needs the focus, hence the window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type_time(qtbot: QtBot, edit: QTimeEdit, text: str) -> None:
    """Type over the time as a user does after tabbing into it (the hours are selected)."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, text)


def test_the_setup_is_filled_in_and_saved_with_its_practitioner(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    assert settings.needs_first_start(db)
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name, "Clinique Lumiere")
    qtbot.keyClicks(dialog.address, "12 rue des Lilas")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address, "75011 Paris")
    qtbot.keyClicks(dialog.phone, "+33 1 42 68 53 00")
    qtbot.keyClicks(dialog.emergency, "+33 6 12 34 56 78")
    zone = dialog.time_zone.lineEdit()
    zone.selectAll()
    qtbot.keyClicks(zone, "europe/paris")
    qtbot.mouseClick(dialog.days["mon"], Qt.MouseButton.LeftButton)  # closed on Mondays
    qtbot.mouseClick(dialog.days["sat"], Qt.MouseButton.LeftButton)  # open on Saturdays
    _type_time(qtbot, dialog.opens, "10:00")
    _type_time(qtbot, dialog.closes, "19:30")
    qtbot.keyClicks(dialog.practitioner, "Dr Ana Ruiz")
    qtbot.keyClicks(dialog.practitioner_title, "Aesthetic physician")
    qtbot.mouseClick(dialog.demo_catalog, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    values = settings.get_all(db)
    assert values["clinic.name"] == "Clinique Lumiere"
    assert values["clinic.address"] == "12 rue des Lilas\n75011 Paris"
    assert values["clinic.phone"] == "+33 1 42 68 53 00"
    assert values["clinic.emergency_contact"] == "+33 6 12 34 56 78"
    assert values["clinic.time_zone"] == "Europe/Paris"
    weekly = values["clinic.opening_hours"]["weekly"]
    assert weekly["mon"] == [] and weekly["sun"] == []
    assert weekly["tue"] == weekly["sat"] == [["10:00", "19:30"]]
    [doctor] = practitioners.list_practitioners(db)
    assert (doctor.display_name, doctor.title) == ("Dr Ana Ruiz", "Aesthetic physician")
    assert len(products.list_products(db)) > 10
    assert ctx.practitioner_id == doctor.id and ctx.practitioner_name == "Dr Ana Ruiz"
    assert not settings.needs_first_start(db)


def test_missing_name_phone_and_practitioner_are_marked_and_nothing_saved(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.address, "12 High Street")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    for key in ("clinic.name", "clinic.phone", "practitioner"):
        label = dialog.findChild(QWidget, f"error_{key}")
        assert label is not None and label.isVisible(), key
    assert practitioners.list_practitioners(db) == []
    assert settings.needs_first_start(db)

    qtbot.keyClicks(dialog.name, "Belle Peau")
    qtbot.keyClicks(dialog.phone, "020 7946 0000")
    qtbot.keyClicks(dialog.practitioner, "Dr Bea Costa")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get(db, "clinic.address") == "12 High Street"
    assert products.list_products(db) == []  # the demo catalog was not asked for


def test_closing_before_opening_is_refused(qtbot: QtBot, ctx: DeskContext, db: Database) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name, "Belle Peau")
    qtbot.keyClicks(dialog.phone, "020 7946 0000")
    qtbot.keyClicks(dialog.practitioner, "Dr Bea Costa")
    _type_time(qtbot, dialog.closes, "08:00")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "08:00" in dialog.hours_error.text() and dialog.hours_error.isVisible()
    assert settings.needs_first_start(db)


def test_later_on_a_filled_form_asks_and_saves_nothing(
    qtbot: QtBot, ctx: DeskContext, db: Database, asked: list[str]
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name, "Belle Peau")
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert asked == ["Set up later"]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert settings.needs_first_start(db)


def test_offer_first_start_opens_only_on_an_empty_clinic(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    assert not offer_first_start(ctx, ask=False)

    def press_later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstStartDialog)
        dialog.later_button.click()

    QTimer.singleShot(0, press_later)
    assert not offer_first_start(ctx)
    assert settings.needs_first_start(db)

    settings.put(db, "clinic.name", "Belle Peau", actor=ACTOR)
    assert not offer_first_start(ctx)  # no dialog: a modal one would block here

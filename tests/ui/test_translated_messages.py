"""Service messages reach the window in its language: keys translated, values localized."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.patient_editor import PatientEditor
from mesodesk.ui.widgets.inline_errors import InlineErrors, describe, shown
from tests.translations import write_qm

FRENCH = {
    "There is no patient with number {patient_id}.": "Il n'existe aucun patient numéro {patient_id}.",
    "Enter the patient's given name.": "Saisissez le prénom du patient.",
    "Enter the patient's family name.": "Saisissez le nom de famille du patient.",
    "{volume} ml was given on {day}.": "{volume} ml injectés le {day}.",
}


@pytest.fixture
def french(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(write_qm(tmp_path, "fr", FRENCH)))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)
    QCoreApplication.removeTranslator(translator)


def test_an_error_is_described_in_the_window_language(french: None) -> None:
    error = NotFound(
        Message(
            QT_TRANSLATE_NOOP("messages", "There is no patient with number {patient_id}."),
            patient_id=42,
        )
    )
    assert str(error) == "There is no patient with number 42."  # the command line's line
    assert describe(error) == "Il n'existe aucun patient numéro 42."


def test_values_follow_the_window_locale(french: None) -> None:
    message = Message(
        "{volume} ml was given on {day}.", volume=Decimal("2.5"), day=date(2026, 12, 3)
    )
    assert shown(message) == "2,5 ml injectés le 03/12/2026."
    assert shown("plain text") == "plain text"


def test_inline_field_messages_are_translated(french: None, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors = InlineErrors(parent)
    errors.field("given_name", QWidget(parent))
    failure = ValidationFailed(
        {
            "given_name": Message(QT_TRANSLATE_NOOP("messages", "Enter the patient's given name.")),
            "elsewhere": Message(QT_TRANSLATE_NOOP("messages", "Enter the patient's family name.")),
        }
    )
    errors.show(failure.errors)
    assert errors.text("given_name") == "Saisissez le prénom du patient."
    assert errors.banner.text() == "Saisissez le nom de famille du patient."
    assert describe(failure) == (
        "given_name: Saisissez le prénom du patient.; "
        "elsewhere: Saisissez le nom de famille du patient."
    )


def test_the_patient_editor_shows_the_core_messages_in_french(
    french: None, qtbot: QtBot, ctx: DeskContext
) -> None:
    editor = PatientEditor(ctx, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor._errors["given_name"].text() == "Saisissez le prénom du patient."
    assert editor._errors["family_name"].text() == "Saisissez le nom de famille du patient."


def test_without_a_translator_the_window_shows_english(qapp: QCoreApplication) -> None:
    error = NotFound(
        Message(
            QT_TRANSLATE_NOOP("messages", "There is no patient with number {patient_id}."),
            patient_id=42,
        )
    )
    assert describe(error) == "There is no patient with number 42."

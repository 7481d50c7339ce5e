"""Choosers of the Clinic tab's regional box: the clinic's time zone and the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QSizePolicy, QWidget

from mesodesk.services.settings import UI_LANGUAGES
from mesodesk.ui.dialogs.settings.common import make_label

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "de": "Deutsch",
}
"""Each language by its own name, so that whoever reads the list finds theirs."""


def time_zone_combo(parent: QWidget, zones: list[str]) -> QComboBox:
    """An editable list of time zones, found by typing part of a city."""
    combo = QComboBox(parent)
    combo.setObjectName("clinicTimeZone")
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(zones)
    combo.setMaxVisibleItems(16)
    combo.setMinimumContentsLength(24)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setToolTip(
        QCoreApplication.translate(
            "ClinicPage", "Type part of a city, e.g. “Paris”, and pick the zone from the list."
        )
    )
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return combo


def language_combo(parent: QWidget) -> QComboBox:
    """The window's language: the computer's, or one of the languages mesodesk speaks."""
    combo = QComboBox(parent)
    combo.setObjectName("uiLanguage")
    for code in UI_LANGUAGES:
        name = LANGUAGE_NAMES.get(code)
        if name is None:
            name = QCoreApplication.translate("ClinicPage", "Same as this computer")
        combo.addItem(name, code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    combo.setToolTip(
        QCoreApplication.translate(
            "ClinicPage",
            "The language of mesodesk's window, and how it writes dates and numbers.",
        )
    )
    return combo


def language_note(parent: QWidget) -> QLabel:
    """The line beside the language chooser saying when a new choice takes effect."""
    note = make_label(
        QCoreApplication.translate("ClinicPage", "Takes effect the next time mesodesk starts."),
        parent,
        note=True,
    )
    note.setObjectName("uiLanguageNote")
    return note

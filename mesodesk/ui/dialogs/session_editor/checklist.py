"""The pre-procedure checklist and the consent of the session editor."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import checklist
from mesodesk.services.templates import TemplateVersion
from mesodesk.ui.locale_format import clock_time, day_month_year
from mesodesk.ui.theme import CAUTION_TEXT, CLEAR_TEXT, ERROR_STYLE


class ChecklistPanel(QGroupBox):
    """The pre-procedure checklist: every item ticked, or a note saying why not."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pre-procedure checklist"), parent)
        self.setObjectName("checklistPanel")
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.boxes: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for row, item in enumerate(checklist.ITEMS):
            box = QCheckBox(self.tr(item.label))
            box.setObjectName(f"checklist_{item.code}")
            note = QLineEdit()
            note.setObjectName(f"checklistNote_{item.code}")
            note.setPlaceholderText(self.tr("If not ticked: why"))
            note.setAccessibleName(self.tr("Note for: {item}").format(item=item.label))
            box.toggled.connect(self._on_changed)
            note.textChanged.connect(self._on_changed)
            grid.addWidget(box, row, 0)
            grid.addWidget(note, row, 1)
            self.boxes[item.code] = box
            self.notes[item.code] = note
        layout.addLayout(grid)
        footer = QHBoxLayout()
        self.tick_all_button = QPushButton(self.tr("Tic&k all"))
        self.tick_all_button.setObjectName("checklistTickAll")
        self.tick_all_button.setAutoDefault(False)
        self.tick_all_button.clicked.connect(self.tick_all)
        self.state_label = QLabel()
        self.state_label.setObjectName("checklistState")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        footer.addWidget(self.tick_all_button)
        footer.addWidget(self.state_label, 1)
        layout.addLayout(footer)
        self._on_changed()

    def tick_all(self) -> None:
        for box in self.boxes.values():
            box.setChecked(True)

    def touched(self) -> bool:
        return any(b.isChecked() for b in self.boxes.values()) or any(
            n.text().strip() for n in self.notes.values()
        )

    def value(self) -> dict[str, dict[str, Any]] | None:
        """The answers, or None when nothing has been filled in."""
        if not self.touched():
            return None
        return {
            code: {"checked": self.boxes[code].isChecked(), "note": self.notes[code].text()}
            for code in checklist.CODES
        }

    def load(self, value: dict[str, Any] | None) -> None:
        answers = checklist.answers(value)
        for code in checklist.CODES:
            checked, note = answers.get(code, (False, ""))
            self.boxes[code].setChecked(checked)
            self.notes[code].setText(note)
        self._on_changed()

    def problems(self) -> dict[str, str]:
        return checklist.problems(self.value())

    def _on_changed(self) -> None:
        problems = self.problems()
        if not self.touched():
            self.state_label.setText(self.tr("Not filled in yet: needed before marking done."))
            self.state_label.setStyleSheet(f"color: {CAUTION_TEXT}")
        elif problems:
            self.state_label.setText(
                self.tr("{n} item(s) unticked without a note.").format(n=len(problems))
            )
            self.state_label.setStyleSheet(f"color: {CAUTION_TEXT}")
        else:
            self.state_label.setText(self.tr("Complete."))
            self.state_label.setStyleSheet(f"color: {CLEAR_TEXT}")
        for code, note in self.notes.items():
            note.setEnabled(not self.boxes[code].isChecked())
        self.changed.emit()


class ConsentPanel(QGroupBox):
    """Which consent text applies, whether the patient signed it, and printing the form."""

    changed = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent"), parent)
        self.setObjectName("consentPanel")
        layout = QVBoxLayout(self)
        self.version_label = QLabel()
        self.version_label.setObjectName("consentVersion")
        self.version_label.setWordWrap(True)
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)
        self.given_check = QCheckBox(self.tr("Patient has read and si&gned the form"))
        self.given_check.setObjectName("consentGiven")
        self.given_check.toggled.connect(self.changed)
        self.print_button = QPushButton(self.tr("Print consent &form…"))
        self.print_button.setObjectName("printConsent")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_requested)
        layout.addWidget(self.version_label)
        row = QHBoxLayout()
        row.addWidget(self.given_check)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_consent")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.given_check.toggled.connect(lambda: self.set_error(""))
        self._version: TemplateVersion | None = None
        self._recorded_id: int | None = None
        self.set_version(None)

    @property
    def version(self) -> TemplateVersion | None:
        return self._version

    def set_version(self, version: TemplateVersion | None) -> None:
        """The text that applies to the treatment as it stands now."""
        self._version = version
        if self._recorded_id is not None:
            return
        if version is None:
            self.version_label.setText(self.tr("No consent text is set up for this treatment."))
        else:
            self.version_label.setText(
                self.tr("Consent text: {label}, version {v}.").format(
                    label=version.label, v=version.version
                )
            )
        self.given_check.setEnabled(version is not None)
        self.print_button.setEnabled(version is not None)

    def load_recorded(self, template_id: int | None, label: str, when: datetime | None) -> None:
        """A consent already stored with the session: shown, and never changed by the form."""
        self._recorded_id = template_id
        if template_id is None:
            return
        stamp = f"{day_month_year(when)} {clock_time(when)}" if when is not None else ""
        self.version_label.setText(
            self.tr("Consent given {when} to: {label}.").format(when=stamp, label=label)
        )
        self.given_check.setChecked(True)
        self.given_check.setEnabled(False)
        self.print_button.setEnabled(True)

    def consent_template_id(self) -> int | None:
        """The version to record now, or None to leave the session's consent as it is."""
        if self._recorded_id is not None or not self.given_check.isChecked():
            return None
        return self._version.id if self._version is not None else None

    def print_template_id(self) -> int | None:
        return (
            self._recorded_id
            if self._recorded_id is not None
            else (self._version.id if self._version is not None else None)
        )

    def set_error(self, text: str) -> None:
        """A refusal about consent from the last save, shown in the panel."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

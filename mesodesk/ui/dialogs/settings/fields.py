"""Showing a stored setting in its widget and reading it back, whatever the widget is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

Field = QLineEdit | QPlainTextEdit | QComboBox | QCheckBox | QSpinBox
"""The widgets a setting is typed in: text, a choice (by item data), yes/no, a number."""


def show_value(widget: Field, value: Any) -> None:
    """Show a stored ``value`` (a choice it does not offer shows the first one)."""
    if isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        widget.setValue(int(value))


def typed_value(widget: Field) -> Any:
    """What the widget holds, as the settings service stores it (text without outer spaces)."""
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.value()


def changed_signal(widget: QWidget) -> SignalInstance:
    """The signal a widget sends when the user changes what it holds."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    assert isinstance(widget, QSpinBox), widget
    return widget.valueChanged

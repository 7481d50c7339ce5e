"""What a person looking at the screen could read: the text of every visible widget."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)

ROWS_READ = 200


def visible_texts() -> list[str]:
    """Window titles, labels, fields, buttons, tabs, group titles and list cells on screen."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            if widget.echoMode() == QLineEdit.EchoMode.Normal:
                texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            top = QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list model: one column
                columns = 1
            for row in range(min(model.rowCount(top), ROWS_READ)):
                for column in range(columns):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    if value is not None:
                        texts.append(str(value))
    return texts


def readable(*words: str) -> list[str]:
    """The visible texts that contain any of ``words`` (empty when none can be read)."""
    return [text for text in visible_texts() if any(word in text for word in words)]

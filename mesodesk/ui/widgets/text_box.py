"""A plain multi-line text field of a given height, where Tab moves on instead of typing."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget


def text_box(count: int, parent: QWidget, object_name: str) -> QPlainTextEdit:
    """``count`` lines high; Tab and Shift+Tab leave the field."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(object_name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * count + 14)
    return edit

"""The one question an editor asks before its typed changes could be lost."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_save(parent: QWidget, question: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel (Escape); Save is the default, so Enter keeps the work."""
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(
        parent,
        parent.tr("Unsaved changes"),
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )

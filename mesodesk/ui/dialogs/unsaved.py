"""The one question an editor asks before its typed changes could be lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QWidget


class _ButtonMnemonics(QObject):
    """Gives the question's Save and Discard buttons an Alt+letter as the box is shown.

    ``QMessageBox.question`` builds its own box (and is the seam tests replace), so the
    texts are set on the way, from the box's Show event.
    """

    def __init__(self, texts: dict[QMessageBox.StandardButton, str]) -> None:
        super().__init__()
        self.texts = texts

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            for which, text in self.texts.items():
                button = watched.button(which)
                if button is not None:
                    button.setText(text)
        return False


def ask_to_save(parent: QWidget, question: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel (Escape); Save is the default, so Enter keeps the work."""
    buttons = QMessageBox.StandardButton
    mnemonics = _ButtonMnemonics(
        {
            buttons.Save: QCoreApplication.translate("UnsavedChanges", "&Save"),
            buttons.Discard: QCoreApplication.translate("UnsavedChanges", "&Discard"),
        }
    )
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(mnemonics)
    try:
        return QMessageBox.question(
            parent,
            QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
            question,
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
    finally:
        if app is not None:
            app.removeEventFilter(mnemonics)

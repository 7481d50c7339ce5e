"""The hint under the allergy free text: substances it names that the screened list lacks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mesodesk.ui.theme import INFO_STYLE


class AllergenHint(QWidget):
    """Offers "Add lidocaine to the screened allergens?" with a button that adds them.

    Screening only reads the allergens list; a substance written only in the free text
    would give a vague "see profile" notice instead of a stop, so the editor offers it.
    """

    addRequested = Signal(list)
    """The user accepted the offer: the substances to add, as shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allergenHint")
        self._names: list[str] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.text = QLabel(self)
        self.text.setObjectName("allergenHintText")
        self.text.setStyleSheet(INFO_STYLE)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Add to allergens"), self)
        self.button.setObjectName("addSuggestedAllergens")
        self.button.clicked.connect(self._accept)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    @property
    def names(self) -> list[str]:
        return list(self._names)

    def offer(self, names: Sequence[str]) -> None:
        """Show the offer for ``names``, or hide it when there is nothing to add."""
        self._names = list(names)
        if not self._names:
            self.hide()
            return
        self.text.setText(
            self.tr("Add {names} to the screened allergens?").format(names=", ".join(names))
        )
        self.button.setText(
            self.tr("Add to allergens") if len(names) == 1 else self.tr("Add all to allergens")
        )
        self.show()

    @Slot()
    def _accept(self) -> None:
        if self._names:
            self.addRequested.emit(list(self._names))

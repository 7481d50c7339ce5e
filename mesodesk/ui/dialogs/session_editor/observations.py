"""What the session editor records besides the lines: anaesthetic, reactions and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services.dto import CatalogItem


class ObservationsRow(QWidget):
    """ "Anaesthetic and reactions" beside "Notes"."""

    def __init__(self, side_effects: list[CatalogItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._build_observations(side_effects), 1)
        row.addWidget(self._build_notes(), 1)

    def _build_observations(self, side_effects: list[CatalogItem]) -> QGroupBox:
        box = QGroupBox(self.tr("Anaesthetic and reactions"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.anaesthetic_check = QCheckBox(self.tr("Topical &anaesthetic"))
        self.anaesthetic_check.setObjectName("sessionAnaesthetic")
        self.anaesthetic_edit = QLineEdit()
        self.anaesthetic_edit.setObjectName("sessionAnaestheticProduct")
        self.anaesthetic_edit.setPlaceholderText(self.tr("Product used"))
        self.anaesthetic_edit.setAccessibleName(self.tr("Anaesthetic product"))
        self.anaesthetic_edit.setEnabled(False)
        self.anaesthetic_check.toggled.connect(self.anaesthetic_edit.setEnabled)
        row.addWidget(self.anaesthetic_check)
        row.addWidget(self.anaesthetic_edit, 1)
        layout.addLayout(row)

        reactions_label = QLabel(self.tr("&Immediate reactions observed:"))
        self.reactions_list = QListWidget()
        self.reactions_list.setObjectName("sessionReactions")
        reactions_label.setBuddy(self.reactions_list)
        self.reactions_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for effect in side_effects:
            self.add_reaction(effect.name, effect.code)
        rows = min(max(self.reactions_list.count(), 3), 5)
        row_height = max(self.reactions_list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.reactions_list.setMinimumHeight(
            rows * row_height + 2 * self.reactions_list.frameWidth()
        )
        layout.addWidget(reactions_label)
        layout.addWidget(self.reactions_list, 1)
        return box

    def _build_notes(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Notes"))
        layout = QVBoxLayout(box)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("sessionNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Anything worth remembering about this session"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        layout.addWidget(self.notes_edit)
        box.setFocusProxy(self.notes_edit)
        return box

    def add_reaction(self, text: str, code: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.reactions_list)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def reactions(self) -> tuple[str, ...]:
        """The codes of the reactions ticked, in list order."""
        codes = []
        for i in range(self.reactions_list.count()):
            item = self.reactions_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(codes)

    def load(self, used: bool, product: str, reactions: tuple[str, ...], notes: str) -> None:
        self.anaesthetic_check.setChecked(used)
        self.anaesthetic_edit.setText(product)
        chosen = set(reactions)
        known = set()
        for i in range(self.reactions_list.count()):
            item = self.reactions_list.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            known.add(code)
            if code in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        for code in reactions:
            if code not in known:
                self.add_reaction(code, code).setCheckState(Qt.CheckState.Checked)
        self.notes_edit.setPlainText(notes)

"""What the session editor records besides the lines: anaesthetic, reactions and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
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
from mesodesk.ui.dialogs.session_editor.combos import widen_popup


class ObservationsRow(QWidget):
    """ "Anaesthetic and reactions" beside "Notes"."""

    anaesthetic_changed = Signal()
    """The anaesthetic was ticked, unticked, chosen or typed: screen again."""

    def __init__(
        self,
        side_effects: list[CatalogItem],
        anaesthetic_names: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._build_observations(side_effects, anaesthetic_names or []), 1)
        row.addWidget(self._build_notes(), 1)

    def _build_observations(
        self, side_effects: list[CatalogItem], anaesthetic_names: list[str]
    ) -> QGroupBox:
        box = QGroupBox(self.tr("Anaesthetic and reactions"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.anaesthetic_check = QCheckBox(self.tr("Topical &anaesthetic"))
        self.anaesthetic_check.setObjectName("sessionAnaesthetic")
        # The packaged numbing products to choose from; any other product can be typed.
        self.anaesthetic_combo = QComboBox()
        self.anaesthetic_combo.setObjectName("sessionAnaestheticProduct")
        self.anaesthetic_combo.setEditable(True)
        self.anaesthetic_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.anaesthetic_combo.addItems(anaesthetic_names)
        self.anaesthetic_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.anaesthetic_combo.setMinimumContentsLength(24)
        widen_popup(self.anaesthetic_combo)
        self.anaesthetic_combo.setCurrentIndex(-1)
        self.anaesthetic_combo.setAccessibleName(self.tr("Anaesthetic product"))
        edit = self.anaesthetic_combo.lineEdit()
        assert edit is not None
        self.anaesthetic_edit: QLineEdit = edit
        """The combo's text: a product from the list or free text."""
        self.anaesthetic_edit.setPlaceholderText(self.tr("Product used: choose or type"))
        # Suggestions appear as a list; the text stays exactly what was typed until one
        # is chosen (an inline completion would silently lengthen free text).
        completer = QCompleter(anaesthetic_names, self.anaesthetic_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.anaesthetic_combo.setCompleter(completer)
        self.anaesthetic_combo.setEnabled(False)
        self.anaesthetic_check.toggled.connect(self.anaesthetic_combo.setEnabled)
        self.anaesthetic_check.toggled.connect(self.anaesthetic_changed)
        self.anaesthetic_edit.textChanged.connect(self.anaesthetic_changed)
        row.addWidget(self.anaesthetic_check)
        row.addWidget(self.anaesthetic_combo, 1)
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

    def anaesthetic_text(self) -> str:
        """The numbing product used, or "" when none was (what screening and the record take)."""
        return self.anaesthetic_edit.text().strip() if self.anaesthetic_check.isChecked() else ""

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
        self.anaesthetic_combo.setCurrentIndex(self.anaesthetic_combo.findText(product))
        self.anaesthetic_edit.setText(product)
        chosen = set(reactions)
        known = set()
        for i in range(self.reactions_list.count()):
            item = self.reactions_list.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            known.add(code)
            checked = code in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for code in reactions:
            if code not in known:
                self.add_reaction(code, code).setCheckState(Qt.CheckState.Checked)
        self.notes_edit.setPlainText(notes)

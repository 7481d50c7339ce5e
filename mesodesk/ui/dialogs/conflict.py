"""The edit-conflict dialog: what another desk saved beside what you typed, and your choice.

Shown when a save raises ``EditConflict``. It lists each field that differs (theirs, yours)
and offers three ways on: take theirs and re-apply mine (the editor reloads the stored
record and puts back the fields you changed, for you to check and save), keep mine (save
over theirs, which the audit records as an overwrite), or cancel (back to the editor with
everything you typed).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services.errors import EditConflict


class Resolution(Enum):
    """What the user chose in the conflict dialog."""

    TAKE_THEIRS = "take_theirs"
    KEEP_MINE = "keep_mine"
    CANCEL = "cancel"


def plain_value(value: object) -> str:
    """A stored or typed value as the dialog shows it."""
    if value is None or value == "" or value == () or value == []:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, list | tuple):
        return ", ".join(plain_value(v) for v in value)
    return " ".join(str(value).split())


class ConflictDialog(QDialog):
    """Field, theirs, yours; and the three choices (``resolution`` once closed)."""

    def __init__(
        self,
        conflict: EditConflict,
        labels: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        show_value: Callable[[str, object], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed at another desk"))
        self.resolution = Resolution.CANCEL
        shown = show_value or (lambda _field, value: plain_value(value))

        if conflict.saved_by:
            at = ""
            if conflict.saved_at is not None:
                local = conflict.saved_at.replace(tzinfo=UTC).astimezone()
                at = self.tr(" at %1").replace("%1", local.strftime("%H:%M"))
            who = self.tr("%1 saved this record%2 after you opened it.")
            who = who.replace("%1", conflict.saved_by).replace("%2", at)
        else:
            who = self.tr("Someone at another desk saved this record after you opened it.")
        intro = QLabel(
            who + " " + self.tr("Nothing of yours is saved yet. Here is what differs:"), self
        )
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(conflict.differences), 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Theirs (saved by %1)").replace("%1", conflict.saved_by)
                if conflict.saved_by
                else self.tr("Theirs (saved)"),
                self.tr("Yours (typed)"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for row, difference in enumerate(conflict.differences):
            name = labels.get(difference.field, difference.field.replace("_", " ").capitalize())
            for column, text in enumerate(
                (
                    name,
                    shown(difference.field, difference.theirs),
                    shown(difference.field, difference.yours),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()  # a value of several lines shows them all
        if not conflict.differences:
            intro.setText(str(conflict))

        buttons = QDialogButtonBox(self)
        self.take_theirs = QPushButton(self.tr("&Take theirs and re-apply mine"), self)
        self.take_theirs.setObjectName("conflictTakeTheirs")
        self.take_theirs.setToolTip(
            self.tr("Load what was saved, then put back the fields you changed, to check and save.")
        )
        self.keep_mine = QPushButton(self.tr("&Keep mine"), self)
        self.keep_mine.setObjectName("conflictKeepMine")
        self.keep_mine.setToolTip(
            self.tr("Save your values over theirs; the history records the overwrite.")
        )
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("conflictCancel")
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.take_theirs.clicked.connect(lambda: self._choose(Resolution.TAKE_THEIRS))
        self.keep_mine.clicked.connect(lambda: self._choose(Resolution.KEEP_MINE))
        self.cancel.clicked.connect(lambda: self._choose(Resolution.CANCEL))
        self.take_theirs.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        # Wide enough for the headers ("Theirs (saved by …)") and a spelled-out line.
        self.resize(720, 160 + min(rows, 420))

    def _choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        if resolution == Resolution.CANCEL:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:
        """Escape and the close button mean Cancel: back to the editor, nothing lost."""
        self.resolution = Resolution.CANCEL
        super().reject()


def resolve_conflict(
    parent: QWidget | None,
    conflict: EditConflict,
    labels: Mapping[str, str],
    show_value: Callable[[str, object], str] | None = None,
) -> Resolution:
    """Show the conflict dialog (modal) and return the user's choice."""
    dialog = ConflictDialog(conflict, labels, parent, show_value=show_value)
    try:
        dialog.exec()
        return dialog.resolution
    finally:
        dialog.deleteLater()

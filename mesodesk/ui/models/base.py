"""Base table models: fixed column headers, and a plain list of frozen rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")


class HeaderedTableModel(QAbstractTableModel):
    """A flat table with fixed horizontal headers; subclasses answer rowCount and data."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class RowListModel(HeaderedTableModel, Generic[T]):
    """A table over a list of frozen dataclasses held in memory, one per row."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    # A subclass says what a row shows through these three; ``data`` does the dispatch.

    def display_text(self, row: T, column: int) -> str:
        """What ``column`` shows for ``row`` (also used to fit column widths)."""
        return ""

    def tooltip_text(self, row: T, column: int) -> str:
        """The cell's tooltip; "" for none."""
        return ""

    def role_data(self, row: T, column: int, role: int) -> Any:
        """Any other role (colours, fonts, icons, alignment, ids); None for nothing."""
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip_text(row, column) or None
        return self.role_data(row, column, role)

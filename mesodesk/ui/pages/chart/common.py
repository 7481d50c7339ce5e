"""Pieces the chart's tabs share: spacing, a read-only record table, titles and hints."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from mesodesk.ui.models.base import RowListModel
from mesodesk.ui.theme import PLACEHOLDER_STYLE

T = TypeVar("T")

SPACING = 12
"""The one gap between groups of the chart; half of it between items of a group."""


@dataclass(frozen=True)
class Column(Generic[T]):
    """A read-only column: its header and how a row shows in it."""

    header: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    align_right: bool = False


class RecordTableModel(RowListModel[T]):
    """A read-only table over a list of frozen dataclasses, one per row."""

    def __init__(
        self, columns: Sequence[Column[T]], parent: QObject | None = None, *, top: bool = False
    ) -> None:
        super().__init__([c.header for c in columns], parent)
        self._columns = list(columns)
        self._vertical = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter

    def display_text(self, row: T, column: int) -> str:
        return self._columns[column].text(row)

    def tooltip_text(self, row: T, column: int) -> str:
        tooltip = self._columns[column].tooltip
        return tooltip(row) if tooltip is not None else ""

    def role_data(self, row: T, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = self._columns[column].align_right
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | self._vertical)
        return None


def empty_hint(text: str, name: str) -> QLabel:
    """A centred, greyed explanation shown in place of an empty list."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(24, 24, 24, 24)
    label.setStyleSheet(PLACEHOLDER_STYLE)
    return label


def table(name: str) -> QTableView:
    """A read-only table of whole-row single selection, as every chart list is."""
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return view


def title(text: str, scale: float = 1.0) -> QLabel:
    """A bold label, optionally larger."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label

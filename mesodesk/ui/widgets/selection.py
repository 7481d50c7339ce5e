"""The selected item of a single-selection list, table or tree."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView


def selected_index(view: QAbstractItemView) -> QModelIndex | None:
    """The view's current index if it is also selected, else None: a current item that the
    user has deselected (Ctrl+click) is not a choice to act on."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isSelected(index):
        return None
    return index

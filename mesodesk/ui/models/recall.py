"""Table model of the recall list: patients due for maintenance or without a next session."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from mesodesk.services.courses import (
    MAINTENANCE_DUE,
    MAINTENANCE_OVERDUE,
    NO_NEXT_SESSION,
    RecallItem,
)
from mesodesk.ui.models.base import RowListModel

(
    COL_KIND,
    COL_PATIENT,
    COL_PHONE,
    COL_COURSE,
    COL_PRACTITIONER,
    COL_LAST,
    COL_DUE,
    COL_OVERDUE,
) = range(8)

ITEM_ROLE = Qt.ItemDataRole.UserRole
"""The row's :class:`RecallItem`."""
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

OVERDUE_RED = QColor("#a8231b")
DUE_AMBER = QColor("#8a5300")
MUTED = QColor("#5f6368")
"""Dark enough to read on white and on the alternate row colour; the words carry the meaning."""

_KIND_LABELS = {
    MAINTENANCE_OVERDUE: "Maintenance overdue",
    MAINTENANCE_DUE: "Maintenance due",
    NO_NEXT_SESSION: "No next session",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecallTableModel", text)


def kind_label(kind: str) -> str:
    return _tr(_KIND_LABELS.get(kind, kind))


def overdue_text(days: int) -> str:
    """ "12 days late", "due today", "in 5 days"."""
    if days > 1:
        return _tr("{n} days late").format(n=days)
    if days == 1:
        return _tr("1 day late")
    if days == 0:
        return _tr("due today")
    if days == -1:
        return _tr("tomorrow")
    return _tr("in {n} days").format(n=-days)


def _sort_key(column: int) -> Callable[[RecallItem], Any]:
    keys: dict[int, Callable[[RecallItem], Any]] = {
        COL_KIND: lambda i: (i.kind, i.due_date),
        COL_PATIENT: lambda i: (i.patient_name.casefold(), i.due_date),
        COL_PHONE: lambda i: (i.phone, i.due_date),
        COL_COURSE: lambda i: (i.course_title.casefold(), i.due_date),
        COL_PRACTITIONER: lambda i: (i.practitioner_name.casefold(), i.due_date),
        COL_LAST: lambda i: (i.last_session or date.min, i.due_date),
        COL_DUE: lambda i: (i.due_date, i.patient_name.casefold()),
        COL_OVERDUE: lambda i: (i.days_overdue, i.patient_name.casefold()),
    }
    return keys.get(column, keys[COL_DUE])


class RecallTableModel(RowListModel[RecallItem]):
    """The recall list, filtered by kind and sorted in Python (no proxy: one sort per click)."""

    def __init__(
        self, format_date: Callable[[date], str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(
            [
                _tr("Reason"),
                _tr("Patient"),
                _tr("Phone"),
                _tr("Course"),
                _tr("Practitioner"),
                _tr("Last session"),
                _tr("Due"),
                _tr("When"),
            ],
            parent,
        )
        self._format_date = format_date or (lambda d: d.isoformat())
        self._all: list[RecallItem] = []
        self._kind: str | None = None
        self._late_limit: int | None = None
        self._sort = (COL_DUE, Qt.SortOrder.AscendingOrder)

    # --- content ----------------------------------------------------------------------------

    def set_items(self, items: Sequence[RecallItem]) -> None:
        self._all = list(items)
        self._refill()

    def set_kind(self, kind: str | None) -> None:
        """Show only one kind (None: every kind)."""
        self._kind = kind
        self._refill()

    def kind(self) -> str | None:
        return self._kind

    def set_late_limit(self, days: int | None) -> None:
        """Hide rows more than ``days`` late (None: show every row, however late)."""
        self._late_limit = days
        self._refill()

    def all_items(self) -> list[RecallItem]:
        return list(self._all)

    def visible_items(self) -> list[RecallItem]:
        return list(self._rows)

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(_KIND_LABELS, 0)
        for item in self._all:
            out[item.kind] = out.get(item.kind, 0) + 1
        return out

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _refill(self) -> None:
        column, order = self._sort
        limit = self._late_limit
        rows = [
            i
            for i in self._all
            if (self._kind is None or i.kind == self._kind)
            and (limit is None or i.days_overdue <= limit)
        ]
        rows.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.set_rows(rows)

    # --- Qt ---------------------------------------------------------------------------------

    def display_text(self, item: RecallItem, column: int) -> str:
        if column == COL_KIND:
            return kind_label(item.kind)
        if column == COL_PATIENT:
            return item.patient_name
        if column == COL_PHONE:
            return item.phone
        if column == COL_COURSE:
            return item.course_title
        if column == COL_PRACTITIONER:
            return item.practitioner_name
        if column == COL_LAST:
            return self._format_date(item.last_session) if item.last_session else ""
        if column == COL_DUE:
            return self._format_date(item.due_date)
        if column == COL_OVERDUE:
            return overdue_text(item.days_overdue)
        return ""

    def tooltip_text(self, item: RecallItem, column: int) -> str:
        if column != COL_KIND:
            return ""
        if item.kind == NO_NEXT_SESSION:
            return _tr("The course is not finished and no session is booked.")
        return _tr("The course is finished; its maintenance session is due on {date}.").format(
            date=self._format_date(item.due_date)
        )

    def role_data(self, item: RecallItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_KIND, COL_OVERDUE):
            if item.days_overdue > 0:
                return QBrush(OVERDUE_RED)
            if item.kind == MAINTENANCE_DUE or item.days_overdue == 0:
                return QBrush(DUE_AMBER)
            return QBrush(MUTED)
        if role == ITEM_ROLE:
            return item
        if role == PATIENT_ID_ROLE:
            return item.patient_id
        return None

"""Table model of the follow-up list: one patient per row, due for maintenance or without a
next session, with the last call made."""

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
    ContactOutcome,
    FollowUpItem,
)
from mesodesk.ui import theme
from mesodesk.ui.labels import QT_TRANSLATE_NOOP
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
    COL_CONTACT,
) = range(9)

ITEM_ROLE = Qt.ItemDataRole.UserRole
"""The row's :class:`FollowUpItem`."""
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

OVERDUE_RED = QColor(theme.LATE_TEXT)
DUE_AMBER = QColor(theme.DUE_TEXT)
MUTED = QColor(theme.QUIET_TEXT)

_KIND_LABELS = {
    MAINTENANCE_OVERDUE: QT_TRANSLATE_NOOP("FollowUpTableModel", "Maintenance overdue"),
    MAINTENANCE_DUE: QT_TRANSLATE_NOOP("FollowUpTableModel", "Maintenance due"),
    NO_NEXT_SESSION: QT_TRANSLATE_NOOP("FollowUpTableModel", "No next session"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("FollowUpTableModel", _KIND_LABELS.get(kind, kind))


_CONTACT_LABELS = {
    ContactOutcome.CALLED: QT_TRANSLATE_NOOP("FollowUpTableModel", "Called"),
    ContactOutcome.NOT_INTERESTED: QT_TRANSLATE_NOOP("FollowUpTableModel", "Not interested"),
    ContactOutcome.OPTED_OUT: QT_TRANSLATE_NOOP("FollowUpTableModel", "Opted out"),
}


def contact_label(outcome: str) -> str:
    return QCoreApplication.translate("FollowUpTableModel", _CONTACT_LABELS.get(outcome, outcome))  # type: ignore[call-overload]


def overdue_text(days: int) -> str:
    """ "12 days late", "due today", "in 5 days"."""
    if days > 1:
        return QCoreApplication.translate("FollowUpTableModel", "{n} days late").format(n=days)
    if days == 1:
        return QCoreApplication.translate("FollowUpTableModel", "1 day late")
    if days == 0:
        return QCoreApplication.translate("FollowUpTableModel", "due today")
    if days == -1:
        return QCoreApplication.translate("FollowUpTableModel", "tomorrow")
    return QCoreApplication.translate("FollowUpTableModel", "in {n} days").format(n=-days)


def _sort_key(column: int) -> Callable[[FollowUpItem], Any]:
    keys: dict[int, Callable[[FollowUpItem], Any]] = {
        COL_KIND: lambda i: (i.kind, i.due_date),
        COL_PATIENT: lambda i: (i.patient_name.casefold(), i.due_date),
        COL_PHONE: lambda i: (i.phone, i.due_date),
        COL_COURSE: lambda i: (i.course_title.casefold(), i.due_date),
        COL_PRACTITIONER: lambda i: (i.practitioner_name.casefold(), i.due_date),
        COL_LAST: lambda i: (i.last_session or date.min, i.due_date),
        COL_DUE: lambda i: (i.due_date, i.patient_name.casefold()),
        COL_OVERDUE: lambda i: (i.days_overdue, i.patient_name.casefold()),
        COL_CONTACT: lambda i: (i.contacted_on or date.min, i.due_date),
    }
    return keys.get(column, keys[COL_DUE])


class FollowUpTableModel(RowListModel[FollowUpItem]):
    """The follow-up list, filtered by kind and sorted in Python (no proxy: one sort per click)."""

    def __init__(
        self, format_date: Callable[[date], str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(
            [
                QCoreApplication.translate("FollowUpTableModel", "Reason"),
                QCoreApplication.translate("FollowUpTableModel", "Patient"),
                QCoreApplication.translate("FollowUpTableModel", "Phone"),
                QCoreApplication.translate("FollowUpTableModel", "Course"),
                QCoreApplication.translate("FollowUpTableModel", "Practitioner"),
                QCoreApplication.translate("FollowUpTableModel", "Last session"),
                QCoreApplication.translate("FollowUpTableModel", "Due"),
                QCoreApplication.translate("FollowUpTableModel", "When"),
                QCoreApplication.translate("FollowUpTableModel", "Last call"),
            ],
            parent,
        )
        self._format_date = format_date or (lambda d: d.isoformat())
        self._all: list[FollowUpItem] = []
        self._kind: str | None = None
        self._sort = (COL_DUE, Qt.SortOrder.AscendingOrder)

    # --- content ----------------------------------------------------------------------------

    def set_items(self, items: Sequence[FollowUpItem]) -> None:
        self._all = list(items)
        self._refill()

    def set_kind(self, kind: str | None) -> None:
        """Show only one kind (None: every kind)."""
        self._kind = kind
        self._refill()

    def kind(self) -> str | None:
        return self._kind

    def all_items(self) -> list[FollowUpItem]:
        return list(self._all)

    def visible_items(self) -> list[FollowUpItem]:
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
        rows = [i for i in self._all if self._kind is None or i.kind == self._kind]
        rows.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.set_rows(rows)

    # --- Qt ---------------------------------------------------------------------------------

    def display_text(self, item: FollowUpItem, column: int) -> str:
        if column == COL_KIND:
            label = kind_label(item.kind)
            if item.reasons > 1:
                return QCoreApplication.translate(
                    "FollowUpTableModel", "{reason} (+{n} more)"
                ).format(reason=label, n=item.reasons - 1)
            return label
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
        if column == COL_CONTACT:
            return self.contact_text(item)
        return ""

    def contact_text(self, item: FollowUpItem) -> str:
        """ "Called 01/09/2026", or "" when no call answers this due date."""
        if not item.contact_outcome or item.contacted_on is None:
            return ""
        return QCoreApplication.translate("FollowUpTableModel", "{outcome} {date}").format(
            outcome=contact_label(item.contact_outcome), date=self._format_date(item.contacted_on)
        )

    def tooltip_text(self, item: FollowUpItem, column: int) -> str:
        if column != COL_KIND:
            return ""
        if item.kind == NO_NEXT_SESSION:
            return QCoreApplication.translate(
                "FollowUpTableModel", "The course is not finished and no session is booked."
            )
        return QCoreApplication.translate(
            "FollowUpTableModel",
            "The course is finished; its maintenance session is due on {date}.",
        ).format(date=self._format_date(item.due_date))

    def role_data(self, item: FollowUpItem, column: int, role: int) -> Any:
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

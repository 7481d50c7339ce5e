"""Table model of the open adverse events: follow-up due, patient, type, severity, care."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mesodesk.domain.enums import Severity
from mesodesk.services.adverse_events import OpenEvent
from mesodesk.ui.icons import icon
from mesodesk.ui.models.base import RowListModel

(
    COL_FOLLOW_UP,
    COL_PATIENT,
    COL_SESSION,
    COL_TYPE,
    COL_SEVERITY,
    COL_DAYS_OPEN,
    COL_ACTION,
) = range(7)

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

OVERDUE_FOREGROUND = QColor("#b71c1c")
OVERDUE_BACKGROUND = QColor("#fdecea")
MUTED = QColor("#6b6b6b")
SEVERITY_COLOURS: dict[str, QColor] = {
    Severity.MILD: QColor("#2e6b30"),
    Severity.MODERATE: QColor("#8a5300"),
    Severity.SEVERE: QColor("#b71c1c"),
}
"""Dark enough to read on white and on the highlighted row; the words carry the meaning."""


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("OpenEventTableModel", "Follow-up"),
        QCoreApplication.translate("OpenEventTableModel", "Patient"),
        QCoreApplication.translate("OpenEventTableModel", "Session"),
        QCoreApplication.translate("OpenEventTableModel", "Type"),
        QCoreApplication.translate("OpenEventTableModel", "Severity"),
        QCoreApplication.translate("OpenEventTableModel", "Open for"),
        QCoreApplication.translate("OpenEventTableModel", "Action taken"),
    ]


def severity_label(severity: str) -> str:
    labels = {
        Severity.MILD.value: QCoreApplication.translate("OpenEventTableModel", "Mild"),
        Severity.MODERATE.value: QCoreApplication.translate("OpenEventTableModel", "Moderate"),
        Severity.SEVERE.value: QCoreApplication.translate("OpenEventTableModel", "Severe"),
    }
    return labels.get(severity, severity)


def days_text(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("OpenEventTableModel", "today")
    return (
        QCoreApplication.translate("OpenEventTableModel", "1 day")
        if days == 1
        else QCoreApplication.translate("OpenEventTableModel", "{n} days").format(n=days)
    )


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class OpenEventTableModel(RowListModel[OpenEvent]):
    """Unresolved events in the service's order: overdue follow-ups first, undated last."""

    def __init__(self, format_date: Callable[[object], str] = str, parent: Any = None) -> None:
        super().__init__(_headers(), parent)
        self.format_date = format_date
        self.today = date.today()

    def set_rows(self, rows: Sequence[OpenEvent], today: date | None = None) -> None:
        self.today = today or date.today()
        super().set_rows(rows)

    def rows(self) -> list[OpenEvent]:
        return list(self._rows)

    def row_of(self, event_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == event_id), None)

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.overdue)

    def follow_up_text(self, row: OpenEvent) -> str:
        if row.follow_up_date is None:
            return QCoreApplication.translate("OpenEventTableModel", "Not set")
        when = self.format_date(row.follow_up_date)
        if row.overdue:
            return QCoreApplication.translate(
                "OpenEventTableModel", "{date} · {days} overdue"
            ).format(date=when, days=days_text(row.days_overdue))
        if row.follow_up_date == self.today:
            return QCoreApplication.translate("OpenEventTableModel", "{date} · today").format(
                date=when
            )
        return when

    def display_text(self, row: OpenEvent, column: int) -> str:
        if column == COL_FOLLOW_UP:
            return self.follow_up_text(row)
        if column == COL_PATIENT:
            return row.patient_name
        if column == COL_SESSION:
            return self.format_date(row.session_date)
        if column == COL_TYPE:
            return row.side_effect_name
        if column == COL_SEVERITY:
            return severity_label(row.severity)
        if column == COL_DAYS_OPEN:
            return (
                days_text(row.days_open)
                if row.days_open
                else QCoreApplication.translate("OpenEventTableModel", "since today")
            )
        if column == COL_ACTION:
            return first_line(row.action_taken) or QCoreApplication.translate(
                "OpenEventTableModel", "None recorded"
            )
        return ""

    def tooltip_text(self, row: OpenEvent, column: int) -> str:
        if column == COL_PATIENT:
            return row.phone and QCoreApplication.translate(
                "OpenEventTableModel", "Phone: {0}"
            ).format(row.phone)
        if column == COL_TYPE:
            return row.description
        if column == COL_SEVERITY and row.severity == Severity.SEVERE:
            if row.reported_to_authority is None:
                return QCoreApplication.translate(
                    "OpenEventTableModel",
                    "Not yet recorded whether this was reported to the authority.",
                )
            return (
                QCoreApplication.translate("OpenEventTableModel", "Reported to the authority.")
                if row.reported_to_authority
                else QCoreApplication.translate(
                    "OpenEventTableModel", "Not reported to the authority."
                )
            )
        if column == COL_DAYS_OPEN:
            return QCoreApplication.translate("OpenEventTableModel", "Began on {0}").format(
                self.format_date(row.onset_date)
            )
        if column == COL_ACTION:
            return row.action_taken
        if column == COL_FOLLOW_UP and row.overdue:
            return QCoreApplication.translate(
                "OpenEventTableModel", "The follow-up date has passed: contact the patient."
            )
        return ""

    def role_data(self, row: OpenEvent, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_FOLLOW_UP and row.overdue:
                return QBrush(OVERDUE_FOREGROUND)
            if column == COL_SEVERITY:
                return QBrush(SEVERITY_COLOURS.get(row.severity, MUTED))
            if (column == COL_FOLLOW_UP and row.follow_up_date is None) or (
                column == COL_ACTION and not first_line(row.action_taken)
            ):
                return QBrush(MUTED)
            return None
        if role == Qt.ItemDataRole.FontRole:
            bold = (column == COL_FOLLOW_UP and row.overdue) or (
                column == COL_SEVERITY and row.severity != Severity.MILD
            )
            if bold:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_FOLLOW_UP and row.overdue:
            return icon("dialog-warning")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DAYS_OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == EVENT_ID_ROLE:
            return row.id
        if role == PATIENT_ID_ROLE:
            return row.patient_id
        return None

"""Table model of a lot recall: each done session that used the lot, with the patient's contacts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mesodesk.services.recall import RecallRow
from mesodesk.ui.locale_format import volume_text
from mesodesk.ui.models.base import RowListModel

COL_DATE, COL_PATIENT, COL_PHONE, COL_EMAIL, COL_AREAS, COL_PRACTITIONER = range(6)

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

ARCHIVED_FOREGROUND = QColor("#6b6b6b")
MISSING_FOREGROUND = QColor("#8a5300")


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("RecallRowTableModel", "Session date"),
        QCoreApplication.translate("RecallRowTableModel", "Patient"),
        QCoreApplication.translate("RecallRowTableModel", "Phone"),
        QCoreApplication.translate("RecallRowTableModel", "Email"),
        QCoreApplication.translate("RecallRowTableModel", "Areas"),
        QCoreApplication.translate("RecallRowTableModel", "Practitioner"),
    ]


class RecallRowTableModel(RowListModel[RecallRow]):
    """Rows of a RecallResult, newest session first; data is formatted only when painted."""

    def __init__(self, format_date: Callable[[object], str] = str, parent: Any = None) -> None:
        super().__init__(_headers(), parent)
        self.format_date = format_date

    def rows(self) -> list[RecallRow]:
        return list(self._rows)

    def display_text(self, row: RecallRow, column: int) -> str:
        if column == COL_DATE:
            return self.format_date(row.starts_at)
        if column == COL_PATIENT:
            return row.patient_name + (
                " " + QCoreApplication.translate("RecallRowTableModel", "(archived)")
                if row.archived
                else ""
            )
        if column == COL_PHONE:
            return row.phone or QCoreApplication.translate("RecallRowTableModel", "no phone")
        if column == COL_EMAIL:
            return row.email
        if column == COL_AREAS:
            return row.areas
        if column == COL_PRACTITIONER:
            return row.practitioner
        return ""

    def tooltip_text(self, row: RecallRow, column: int) -> str:
        if column == COL_PATIENT:
            lines = []
            if row.date_of_birth is not None:
                lines.append(
                    QCoreApplication.translate("RecallRowTableModel", "Born {0}").format(
                        self.format_date(row.date_of_birth)
                    )
                )
            address = " / ".join(p.strip() for p in row.address.splitlines() if p.strip())
            if address:
                lines.append(address)
            if row.archived:
                lines.append(
                    QCoreApplication.translate(
                        "RecallRowTableModel", "This patient's record is archived."
                    )
                )
            return "\n".join(lines)
        if column == COL_AREAS:
            volume = volume_text(row.volume_ml) if row.volume_ml else ""
            parts = [
                row.product_name,
                QCoreApplication.translate("RecallRowTableModel", "lot {0}").format(row.lot_number),
                volume,
            ]
            return " · ".join(p for p in parts if p)
        if column == COL_PHONE and not row.phone:
            return QCoreApplication.translate(
                "RecallRowTableModel", "No phone number on record: reach the patient another way."
            )
        return ""

    def role_data(self, row: RecallRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_PHONE and not row.phone:
                return QBrush(MISSING_FOREGROUND)
            if row.archived:
                return QBrush(ARCHIVED_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.FontRole and row.archived and column == COL_PATIENT:
            font = QFont()
            font.setItalic(True)
            return font
        if role == SESSION_ID_ROLE:
            return row.session_id
        if role == PATIENT_ID_ROLE:
            return row.patient_id
        return None

"""Table model for lists of sessions (recent sessions, a patient's sessions, the day)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from mesodesk.domain.enums import SessionStatus
from mesodesk.services.dto import SessionSummary
from mesodesk.ui.models.base import RowListModel

COL_DATE, COL_PATIENT, COL_STATUS, COL_AREAS, COL_PRODUCTS, COL_PRACTITIONER, COL_VOLUME = range(7)


def _headers() -> list[str]:
    tr = QCoreApplication.translate
    return [
        tr("SessionTableModel", "Date"),
        tr("SessionTableModel", "Patient"),
        tr("SessionTableModel", "Status"),
        tr("SessionTableModel", "Areas"),
        tr("SessionTableModel", "Solution / product"),
        tr("SessionTableModel", "Practitioner"),
        tr("SessionTableModel", "Volume"),
    ]


def status_label(status: str) -> str:
    try:
        return SessionStatus(status).label
    except ValueError:
        return status


class SessionTableModel(RowListModel[SessionSummary]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_headers(), parent)

    def display_text(self, row: SessionSummary, column: int) -> str:
        if column == COL_DATE:
            return row.starts_at.strftime("%d/%m/%Y %H:%M")
        if column == COL_PATIENT:
            return row.patient_name
        if column == COL_STATUS:
            label = status_label(row.status)
            if row.missing:
                label += " · " + QCoreApplication.translate("SessionTableModel", "incomplete")
            if row.overridden:
                label += " · " + QCoreApplication.translate("SessionTableModel", "override")
            return label
        if column == COL_AREAS:
            return row.areas
        if column == COL_PRODUCTS:
            return row.products
        if column == COL_PRACTITIONER:
            return row.practitioner_name
        if column == COL_VOLUME:
            return f"{row.total_volume_ml:.2f} ml" if row.total_volume_ml else ""
        return ""

    def tooltip_text(self, row: SessionSummary, column: int) -> str:
        if column != COL_STATUS:
            return ""
        notes = []
        if row.missing:
            notes.append(
                QCoreApplication.translate("SessionTableModel", "Record lacks: {0}").format(
                    ", ".join(row.missing)
                )
            )
        if row.overridden:
            notes.append(
                QCoreApplication.translate(
                    "SessionTableModel",
                    "Went ahead despite a screening stop; the reason is in the session.",
                )
            )
        return "\n".join(notes)

    def role_data(self, row: SessionSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_VOLUME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and row.missing:
            return QBrush(QColor("#8a5300"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

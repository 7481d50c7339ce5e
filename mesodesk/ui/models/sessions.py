"""Table model for lists of sessions (recent sessions, a patient's sessions, the day)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from mesodesk.domain.search import format_date
from mesodesk.services.dto import SessionSummary
from mesodesk.services.safety import MISSING_CHECKLIST, MISSING_CONSENT, MISSING_LOTS
from mesodesk.ui.labels import status_text
from mesodesk.ui.locale_format import clock_time, volume_text
from mesodesk.ui.models.base import RowListModel
from mesodesk.ui.theme import SESSION_FLAG_TEXT

(
    COL_DATE,
    COL_PATIENT,
    COL_STATUS,
    COL_FLAGS,
    COL_AREAS,
    COL_PRODUCTS,
    COL_PRACTITIONER,
    COL_VOLUME,
) = range(8)

FLAG_SEPARATOR = " · "
_FLAG_BRUSH = QBrush(QColor(SESSION_FLAG_TEXT))


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("SessionTableModel", "Date"),
        QCoreApplication.translate("SessionTableModel", "Patient"),
        QCoreApplication.translate("SessionTableModel", "Status"),
        QCoreApplication.translate("SessionTableModel", "Flags"),
        QCoreApplication.translate("SessionTableModel", "Areas"),
        QCoreApplication.translate("SessionTableModel", "Solution / product"),
        QCoreApplication.translate("SessionTableModel", "Practitioner"),
        QCoreApplication.translate("SessionTableModel", "Volume"),
    ]


def status_label(status: str) -> str:
    return status_text(status)


def flags(row: SessionSummary) -> list[str]:
    """Short chips for what a done session's record lacks or overrode, most serious first."""
    out = []
    if MISSING_CONSENT in row.missing:
        out.append(QCoreApplication.translate("SessionTableModel", "No consent"))
    if row.overridden:
        out.append(QCoreApplication.translate("SessionTableModel", "Override"))
    if MISSING_LOTS in row.missing:
        out.append(QCoreApplication.translate("SessionTableModel", "No lot"))
    if MISSING_CHECKLIST in row.missing:
        out.append(QCoreApplication.translate("SessionTableModel", "No checklist"))
    known = (MISSING_CONSENT, MISSING_LOTS, MISSING_CHECKLIST)
    return out + [m for m in row.missing if m not in known]


class SessionTableModel(RowListModel[SessionSummary]):
    """Sessions, one per row: status, flags (what the record lacks), areas, products."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_headers(), parent)
        self.date_format = "dd/mm/yyyy"
        """The clinic's date format (``clinic.date_format``) for the Date column."""

    def display_text(self, row: SessionSummary, column: int) -> str:
        if column == COL_DATE:
            day = format_date(row.starts_at.date(), self.date_format)
            return f"{day} {clock_time(row.starts_at)}"
        if column == COL_PATIENT:
            return row.patient_name
        if column == COL_STATUS:
            return status_label(row.status)
        if column == COL_FLAGS:
            return FLAG_SEPARATOR.join(flags(row)) if row.missing or row.overridden else ""
        if column == COL_AREAS:
            return row.areas
        if column == COL_PRODUCTS:
            return row.products
        if column == COL_PRACTITIONER:
            return row.practitioner_name
        if column == COL_VOLUME:
            return volume_text(row.total_volume_ml, trim=False) if row.total_volume_ml else ""
        return ""

    def tooltip_text(self, row: SessionSummary, column: int) -> str:
        if column != COL_FLAGS:
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
                    "SessionTableModel", "Went ahead despite a screening stop:"
                )
            )
            notes += [f"• {part.strip()}" for part in row.override_note.split("; ") if part]
        return "\n".join(notes)

    def role_data(self, row: SessionSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_VOLUME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_FLAGS:
            return _FLAG_BRUSH
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

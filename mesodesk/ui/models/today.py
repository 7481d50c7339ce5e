"""Table model of one day's sessions for reception: time, status, aftercare and record state."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.session_rules import Alert, AlertKind
from mesodesk.services.aftercare import SheetState
from mesodesk.services.dto import SessionSummary
from mesodesk.ui import theme
from mesodesk.ui.icons import icon
from mesodesk.ui.labels import status_text
from mesodesk.ui.models.base import RowListModel
from mesodesk.ui.widgets.alert_badges import alert_text

(
    COL_TIME,
    COL_PATIENT,
    COL_PRACTITIONER,
    COL_TREATMENT,
    COL_STATUS,
    COL_AFTERCARE,
    COL_RECORD,
    COL_ALERTS,
) = range(8)

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

STATUS_COLOURS: dict[str, QColor] = {
    SessionStatus.PLANNED: QColor(theme.TODAY_PLANNED_TEXT),
    SessionStatus.ARRIVED: QColor(theme.TODAY_ARRIVED_TEXT),
    SessionStatus.DONE: QColor(theme.TODAY_DONE_TEXT),
    SessionStatus.NO_SHOW: QColor(theme.TODAY_NO_SHOW_TEXT),
    SessionStatus.CANCELLED: QColor(theme.TODAY_MUTED_TEXT),
}
"""Dark enough to read on white and on the alternate row colour; the words carry the meaning."""
AMBER = QColor(theme.TODAY_PENDING_TEXT)
DONE_GREEN = STATUS_COLOURS[SessionStatus.DONE]
MUTED = QColor(theme.TODAY_MUTED_TEXT)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("TodayTableModel", "Time"),
        QCoreApplication.translate("TodayTableModel", "Patient"),
        QCoreApplication.translate("TodayTableModel", "Practitioner"),
        QCoreApplication.translate("TodayTableModel", "Treatment"),
        QCoreApplication.translate("TodayTableModel", "Status"),
        QCoreApplication.translate("TodayTableModel", "Aftercare"),
        QCoreApplication.translate("TodayTableModel", "Record"),
        QCoreApplication.translate("TodayTableModel", "Alerts"),
    ]


def status_label(status: str) -> str:
    return status_text(status)


def treatment_text(row: SessionSummary) -> str:
    """ "Cheeks, Neck · HydraMeso 2%, VitaGlow"; empty when nothing is planned yet."""
    return " · ".join(part for part in (row.areas, row.products) if part)


def record_text(row: SessionSummary) -> str:
    """What a done session's record lacks ("Missing consent, checklist") or "Complete"."""
    if row.status != SessionStatus.DONE:
        return ""
    if row.missing:
        return QCoreApplication.translate("TodayTableModel", "Missing {what}").format(
            what=", ".join(QCoreApplication.translate("TodayTableModel", m) for m in row.missing)
        )
    return QCoreApplication.translate("TodayTableModel", "Complete")


class TodayTableModel(RowListModel[SessionSummary]):
    """The sessions of one day in time order, with whether each aftercare sheet was printed
    (or only saved as a PDF file)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_headers(), parent)
        self._printed: set[int] = set()
        self._saved: set[int] = set()
        self._alerts: Mapping[int, tuple[Alert, ...]] = {}

    def set_alerts(self, alerts: Mapping[int, tuple[Alert, ...]]) -> None:
        """Each patient's alert badges (by patient id), shown in the Alerts column."""
        self._alerts = dict(alerts)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_ALERTS), self.index(len(self._rows) - 1, COL_ALERTS)
            )

    def alerts_text(self, row: SessionSummary) -> str:
        shown = [a for a in self._alerts.get(row.patient_id, ()) if a.kind != AlertKind.HINT]
        missing = [
            a for a in self._alerts.get(row.patient_id, ()) if a.text.startswith("No medical")
        ]
        return " · ".join(alert_text(a.text) for a in (*shown, *missing))

    def set_rows(
        self,
        rows: Sequence[SessionSummary],
        printed: Collection[int] | None = None,
        saved: Collection[int] | None = None,
    ) -> None:
        """Show ``rows`` sorted by start time; ``printed`` holds ids whose sheet was printed,
        ``saved`` those whose sheet was only saved as a PDF file."""
        self._printed = set(printed or ())
        self._saved = set(saved or ()) - self._printed
        super().set_rows(sorted(rows, key=lambda r: (r.starts_at, r.id)))

    def set_sheets(self, rows: Sequence[SessionSummary], states: Mapping[int, SheetState]) -> None:
        """Show ``rows`` with the sheet states of ``aftercare.sheet_states``."""
        printed = {sid for sid, state in states.items() if state == SheetState.PRINTED}
        saved = {sid for sid, state in states.items() if state == SheetState.SAVED}
        self.set_rows(rows, printed, saved)

    def rows(self) -> list[SessionSummary]:
        return list(self._rows)

    def row_of(self, session_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), None)

    def is_printed(self, session_id: int) -> bool:
        return session_id in self._printed

    def is_saved(self, session_id: int) -> bool:
        """The sheet was saved as a PDF file but never printed."""
        return session_id in self._saved

    def display_text(self, row: SessionSummary, column: int) -> str:
        done = row.status == SessionStatus.DONE
        if column == COL_TIME:
            end = row.starts_at + timedelta(minutes=row.duration_minutes)
            return f"{row.starts_at:%H:%M}–{end:%H:%M}"
        if column == COL_PATIENT:
            return row.patient_name
        if column == COL_PRACTITIONER:
            return row.practitioner_name or QCoreApplication.translate(
                "TodayTableModel", "Unassigned"
            )
        if column == COL_TREATMENT:
            return treatment_text(row)
        if column == COL_STATUS:
            return status_label(row.status)
        if column == COL_AFTERCARE:
            if not done:
                return ""
            if row.id in self._printed:
                return QCoreApplication.translate("TodayTableModel", "✓ Printed")
            return (
                QCoreApplication.translate("TodayTableModel", "Saved as PDF")
                if row.id in self._saved
                else QCoreApplication.translate("TodayTableModel", "Not yet")
            )
        if column == COL_RECORD:
            return record_text(row)
        if column == COL_ALERTS:
            return self.alerts_text(row)
        return ""

    def tooltip_text(self, row: SessionSummary, column: int) -> str:
        if column == COL_TREATMENT:
            return treatment_text(row)
        if column == COL_STATUS and row.overridden:
            return QCoreApplication.translate(
                "TodayTableModel", "A screening block was overridden with a recorded reason."
            )
        if column == COL_AFTERCARE and row.status == SessionStatus.DONE:
            if row.id in self._printed:
                return QCoreApplication.translate(
                    "TodayTableModel", "The aftercare sheet was printed."
                )
            if row.id in self._saved:
                return QCoreApplication.translate(
                    "TodayTableModel",
                    "The aftercare sheet was saved as a PDF file but not printed: "
                    "“Print all done” prints it.",
                )
            return QCoreApplication.translate(
                "TodayTableModel",
                "No aftercare sheet printed yet: select the row and press Ctrl+P.",
            )
        if column == COL_RECORD and row.missing:
            return QCoreApplication.translate(
                "TodayTableModel", "Open the session (double-click) to complete its record."
            )
        return ""

    def role_data(self, row: SessionSummary, column: int, role: int) -> Any:
        done = row.status == SessionStatus.DONE
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS:
                return QBrush(STATUS_COLOURS.get(row.status, MUTED))
            if column == COL_AFTERCARE and done:
                return QBrush(DONE_GREEN if row.id in self._printed else AMBER)
            if column == COL_RECORD and row.missing:
                return QBrush(AMBER)
            if row.status in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
                return QBrush(MUTED)
            return None
        if role == Qt.ItemDataRole.FontRole:
            planned = row.status == SessionStatus.PLANNED
            if (column == COL_STATUS and not planned) or (column == COL_RECORD and row.missing):
                font = QFont()
                font.setBold(True)
                return font
            if row.status == SessionStatus.CANCELLED and column in (COL_TIME, COL_PATIENT):
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_RECORD and row.missing:
            return icon("dialog-warning")
        if role == SESSION_ID_ROLE:
            return row.id
        if role == PATIENT_ID_ROLE:
            return row.patient_id
        if role == STATUS_ROLE:
            return row.status
        return None

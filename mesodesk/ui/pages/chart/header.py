"""The chart's header: archived banner, name and details, alert badges, screening, buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mesodesk.domain.session_rules import Alert
from mesodesk.domain.validation import age_on
from mesodesk.services.dto import FindingRecord, PatientRecord
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_safety import findings_html
from mesodesk.ui.pages.chart.common import SPACING, title
from mesodesk.ui.theme import ARCHIVED_BANNER_STYLE
from mesodesk.ui.widgets.alert_badges import AlertBadges

LocalTime = Callable[[datetime | None], str]
"""A stored (naive UTC) time shown in the clinic's zone and date format."""


class ChartHeader(QWidget):
    """Who the patient is and what to take care of; the chart connects its buttons."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(SPACING)
        self.archived_banner = QLabel()
        self.archived_banner.setObjectName("archivedBanner")
        self.archived_banner.setWordWrap(True)
        self.archived_banner.setStyleSheet(ARCHIVED_BANNER_STYLE)
        self.archived_banner.hide()
        outer.addWidget(self.archived_banner)

        row = QHBoxLayout()
        row.setSpacing(SPACING)
        left = QVBoxLayout()
        left.setSpacing(SPACING // 2)
        self.name_label = title("", 1.6)
        self.name_label.setObjectName("patientName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel()
        self.details_label.setObjectName("patientDetails")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges = AlertBadges(spacing=SPACING // 2)
        self.badges.setContentsMargins(0, SPACING // 3, 0, 0)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("chartFindings")
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setWordWrap(True)
        self.findings_label.hide()
        left.addWidget(self.name_label)
        left.addWidget(self.details_label)
        left.addWidget(self.badges)
        left.addWidget(self.findings_label)
        row.addLayout(left, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING // 2)
        self.edit_button = QPushButton(self.tr("Edit patient…"))
        self.edit_button.setObjectName("editPatientButton")
        self.new_session_button = QPushButton(self.tr("New session…"))
        self.new_session_button.setObjectName("newSessionButton")
        self.new_session_button.setDefault(False)
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.archive_button.setObjectName("archivePatientButton")
        self.record_button = QPushButton(self.tr("Patient record…"))
        self.record_button.setObjectName("patientRecordButton")
        for button in (
            self.new_session_button,
            self.edit_button,
            self.record_button,
            self.archive_button,
        ):
            buttons.addWidget(button)
        row.addLayout(buttons)
        row.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(row)

    def show_failure(self, message: str) -> None:
        """The patient could not be read: say so in place of the name."""
        self.name_label.setText(self.tr("This patient could not be loaded"))
        self.details_label.setText(message)

    def show_patient(
        self,
        patient: PatientRecord,
        alerts: Sequence[Alert],
        findings: Sequence[FindingRecord],
        *,
        today: date,
        local: LocalTime,
    ) -> None:
        self.name_label.setText(patient.full_name)
        details = []
        if patient.date_of_birth is not None:
            age = age_on(patient.date_of_birth, today)
            details.append(
                self.tr("1 year old") if age == 1 else self.tr("{0} years old").format(age)
            )
            details.append(self.tr("born {0}").format(self.ctx.format_date(patient.date_of_birth)))
        else:
            details.append(self.tr("age unknown"))
        if patient.phone:
            details.append(patient.phone)
        if patient.email:
            details.append(patient.email)
        self.details_label.setText("  ·  ".join(details))

        archived = patient.archived_at is not None
        if archived:
            self.archived_banner.setText(
                self.tr("Archived on {0}: {1}").format(
                    local(patient.archived_at), patient.archive_reason
                )
            )
        self.archived_banner.setVisible(archived)
        self.archive_button.setText(self.tr("Restore…") if archived else self.tr("Archive…"))
        self.new_session_button.setEnabled(not archived)
        self.new_session_button.setToolTip(
            self.tr("Restore the patient to record new sessions.") if archived else ""
        )
        self.badges.set_alerts(alerts)
        self._show_findings(findings)

    def _show_findings(self, findings: Sequence[FindingRecord]) -> None:
        """Screening of the next planned treatment (or of any treatment), under the badges."""
        shown = [f for f in findings if f.rule_id != "no_medical_history"]  # a badge says it
        if not shown:
            self.findings_label.hide()
            return
        self.findings_label.setText(findings_html(shown))
        self.findings_label.show()

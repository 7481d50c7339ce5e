"""The patient chart page: the header above four tabs, all filled from one snapshot."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from mesodesk.services import chart as chart_service
from mesodesk.services import patients as patient_service
from mesodesk.services.chart import AdverseEventRecord, ChartData
from mesodesk.services.dto import PatientRecord, ProfileRecord
from mesodesk.services.sessions import from_utc
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import failure_reason, report_failure
from mesodesk.ui.pages.chart.common import SPACING
from mesodesk.ui.pages.chart.courses import CoursesTab
from mesodesk.ui.pages.chart.events import EventsTab
from mesodesk.ui.pages.chart.header import ChartHeader
from mesodesk.ui.pages.chart.history import SessionHistoryDialog
from mesodesk.ui.pages.chart.photos import PhotosTab
from mesodesk.ui.pages.chart.profile import ProfileTab
from mesodesk.ui.pages.chart.record import PatientRecordAction
from mesodesk.ui.pages.chart.sessions import SessionsTab

if TYPE_CHECKING:
    from mesodesk.ui.widgets.course_progress import CourseProgressList

REFRESH_ON = frozenset(
    {"patient", "profile", "medical_profile", "session", "course", "adverse_event"}
)
"""Kinds of change (``bus().changed``) that can alter what a chart shows."""

TAB_PROFILE, TAB_SESSIONS, TAB_COURSES, TAB_EVENTS, TAB_PHOTOS = range(5)


class PatientChart(QWidget):
    """Everything about one patient on one page. Reloads itself when the data bus fires."""

    editRequested = Signal(int)
    newSessionRequested = Signal(int)
    sessionActivated = Signal(int)

    def __init__(self, ctx: DeskContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientChart")
        self.ctx = ctx
        self.patient_id = patient_id
        self.data: ChartData | None = None
        self._zone = ZoneInfo("UTC")
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, SPACING + 4, 2 * SPACING, SPACING + 4)
        layout.setSpacing(SPACING)
        self.header = ChartHeader(ctx)
        self.header.edit_button.clicked.connect(lambda: self.editRequested.emit(self.patient_id))
        self.header.new_session_button.clicked.connect(
            lambda: self.newSessionRequested.emit(self.patient_id)
        )
        self.header.archive_button.clicked.connect(self._archive_or_restore)
        self.record_action = PatientRecordAction(ctx, patient_id, self)
        self.addAction(self.record_action)
        self.header.record_button.clicked.connect(self.record_action.trigger)
        self.header.record_button.setVisible(self.record_action.isVisible())
        self.record_action.visibleChanged.connect(
            lambda: self.header.record_button.setVisible(self.record_action.isVisible())
        )
        layout.addWidget(self.header)
        self.profile_tab = ProfileTab()
        self.sessions_tab = SessionsTab(ctx)
        self.sessions_tab.activated.connect(self.sessionActivated)
        self.addAction(self.sessions_tab.print_action)  # Ctrl+P from anywhere in the chart
        self.courses_tab = CoursesTab(ctx, patient_id)
        self.events_tab = EventsTab(ctx)
        self.photos_tab = PhotosTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("chartTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.profile_tab, self.tr("Profile"))
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        self.tabs.addTab(self.courses_tab, self.tr("Courses"))
        self.tabs.addTab(self.events_tab, self.tr("Adverse events"))
        self.tabs.addTab(self.photos_tab, self.tr("Photos"))
        layout.addWidget(self.tabs, 1)
        self._name_parts()
        self.tabs.currentChanged.connect(self._on_tab_changed)
        bus().changed.connect(self._on_data_changed)
        self.refresh()

    def _name_parts(self) -> None:
        """The parts other code and tests reach through the chart, under their old names."""
        header, profile, sessions, events = (
            self.header,
            self.profile_tab,
            self.sessions_tab,
            self.events_tab,
        )
        self.archived_banner = header.archived_banner
        self.name_label = header.name_label
        self.details_label = header.details_label
        self.findings_label = header.findings_label
        self.edit_button = header.edit_button
        self.new_session_button = header.new_session_button
        self.archive_button = header.archive_button
        self.profile_details = profile.details
        self.profile_empty = profile.empty
        self.profile_stack = profile.stack
        self.profile_history = profile.history
        self.profile_history_model = profile.history_model
        self.profile_history_view = profile.history_view
        self.session_view = sessions.view
        self.sessions_model = sessions.model
        self.sessions_empty = sessions.empty
        self.history_button = sessions.history_button
        self.open_session_button = sessions.open_button
        self.print_action = sessions.print_action
        self.event_button = sessions.event_button
        self.courses_page = self.courses_tab
        self.event_view = events.view
        self.events_model = events.model
        self.events_empty = events.empty

    # --- what the chart shows ---------------------------------------------------------------

    @property
    def patient(self) -> PatientRecord | None:
        return self.data.patient if self.data is not None else None

    @property
    def profile(self) -> ProfileRecord | None:
        return self.data.profile if self.data is not None else None

    @property
    def course_list(self) -> CourseProgressList | None:
        """The course cards, once the Courses tab has been shown."""
        return self.courses_tab.course_list

    @property
    def history_dialog(self) -> SessionHistoryDialog | None:
        return self.sessions_tab.history_dialog

    def current_session_id(self) -> int | None:
        return self.sessions_tab.current_session_id()

    def show_session_history(self) -> SessionHistoryDialog | None:
        """Open the change history of the selected session (non-blocking)."""
        return self.sessions_tab.show_history()

    def export_ics(self) -> Path | None:
        """Save the patient's upcoming sessions as an .ics calendar file."""
        return self.courses_tab.export_ics()

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the whole chart from one read transaction, whatever the session count."""

        self._stale = False
        try:
            data = chart_service.chart_data(self.ctx.db, self.patient_id, actor=self.ctx.actor)
        except Exception as error:  # shown in place: the chart stays usable for a retry
            self.header.show_failure(failure_reason(error, "pages.chart.page.refresh"))
            return
        self.data = data
        self._zone = data.zone
        patient = data.patient
        self.setWindowTitle(patient.full_name)
        self.header.show_patient(
            patient, data.alerts, data.findings, today=date.today(), local=self._local
        )
        self.profile_tab.show_profile(
            data.profile, data.profile_history, local=self._local, area_names=data.area_names
        )
        self.sessions_tab.show_sessions(data.sessions, archived=patient.archived_at is not None)
        self.courses_tab.stale = True
        if self.tabs.currentWidget() is self.courses_tab:
            self.courses_tab.show_courses()
        self.events_tab.show_events(data.adverse_events)
        self.photos_tab.show_patient(patient.id, data.sessions)
        if self.tabs.currentWidget() is self.photos_tab:
            self.photos_tab.load()
        self._set_tab_titles(len(data.sessions), data.course_count, data.adverse_events)

    def _local(self, stored: datetime | None) -> str:
        """A stored (naive UTC) time in the clinic's zone and date format."""
        if stored is None:
            return ""
        return self.ctx.format_date(from_utc(stored, self._zone))

    def _set_tab_titles(
        self, sessions: int, courses: int, events: Sequence[AdverseEventRecord]
    ) -> None:
        self.tabs.setTabText(TAB_SESSIONS, self.tr("Sessions ({0})").format(sessions))
        self.tabs.setTabText(TAB_COURSES, self.tr("Courses ({0})").format(courses))
        still_open = sum(1 for e in events if not e.resolved)
        title = self.tr("Adverse events ({0})").format(len(events))
        if still_open:
            title = self.tr("Adverse events ({0}, {1} open)").format(len(events), still_open)
        self.tabs.setTabText(TAB_EVENTS, title)

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.courses_tab:
            self.courses_tab.show_courses()
        if self.tabs.currentWidget() is self.photos_tab and self.photos_tab.stale:
            self.photos_tab.load()

    def _on_data_changed(self, kind: str) -> None:
        if kind not in REFRESH_ON:
            return
        if self.isVisible():
            self._refresh_timer.start()  # several changes in one event refresh once
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()

    # --- archive ----------------------------------------------------------------------------

    def _archive_or_restore(self) -> None:
        if self.patient is not None and self.patient.archived_at is not None:
            self.restore()
        else:
            self.archive()

    def archive(self) -> bool:
        """Ask for a reason and archive the patient; True when archived."""

        name = self.patient.full_name if self.patient else ""
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Archive patient"),
            self.tr(
                "Archive {0}? Their records are kept and can be restored later, but they no "
                "longer appear in the patient list.\n\nReason (required):"
            ).format(name),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return False
        if not reason.strip():
            QMessageBox.warning(
                self,
                self.tr("Archive patient"),
                self.tr("The patient was not archived: a reason is required."),
            )
            return False
        try:
            patient_service.archive_patient(
                self.ctx.db, self.patient_id, reason, actor=self.ctx.actor
            )
        except Exception as error:
            report_failure(
                self, error, title=self.tr("Archive patient"), operation="pages.chart.page.archive"
            )
            return False
        bus().changed.emit("patient")
        return True

    def restore(self) -> bool:
        """Bring an archived patient back to the list after confirmation."""

        answer = QMessageBox.question(
            self,
            self.tr("Restore patient"),
            self.tr("Restore {0} to the patient list?").format(
                self.patient.full_name if self.patient else ""
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            patient_service.restore_patient(self.ctx.db, self.patient_id, actor=self.ctx.actor)
        except Exception as error:
            report_failure(
                self, error, title=self.tr("Restore patient"), operation="pages.chart.page.restore"
            )
            return False
        bus().changed.emit("patient")
        return True

"""The patient chart: header with alerts, then profile, sessions, courses and adverse events."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.validation import age_on
from mesodesk.services import chart as chart_service
from mesodesk.services import patients as patient_service
from mesodesk.services import safety as safety_service
from mesodesk.services import sessions as session_service
from mesodesk.services.catalog import areas as catalog_areas
from mesodesk.services.chart import AdverseEventRecord, SessionVersion
from mesodesk.services.dto import FindingRecord, PatientRecord, ProfileRecord, SessionSummary
from mesodesk.services.settings import clinic_zone
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_safety import findings_html
from mesodesk.ui.models.base import RowListModel
from mesodesk.ui.models.sessions import (
    COL_AREAS,
    COL_DATE,
    COL_PATIENT,
    COL_PRACTITIONER,
    COL_PRODUCTS,
    COL_STATUS,
    COL_VOLUME,
    SessionTableModel,
)

T = TypeVar("T")

SPACING = 12
"""The one gap between groups of the chart; half of it between items of a group."""

if TYPE_CHECKING:
    from mesodesk.ui.widgets.course_progress import CourseProgressList

_REFRESH_ON = frozenset(
    {"patient", "profile", "medical_profile", "session", "course", "adverse_event"}
)
"""Kinds of change (``bus().changed``) that can alter what a chart shows."""

_BADGE_STYLE = {
    "alert": "background:#fde8e8; color:#7f1d1d; border:1px solid #e8a5a5;",
    "caution": "background:#fff5d6; color:#5c4300; border:1px solid #e5c770;",
    "hint": "background:palette(alternate-base); color:palette(text); border:1px solid palette(mid);",
}


# --- table models -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column(Generic[T]):
    """A read-only column: its header and how a row shows in it."""

    header: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    align_right: bool = False


class RecordTableModel(RowListModel[T]):
    """A read-only table over a list of frozen dataclasses, one per row."""

    def __init__(
        self, columns: Sequence[Column[T]], parent: QObject | None = None, *, top: bool = False
    ) -> None:
        super().__init__([c.header for c in columns], parent)
        self._columns = list(columns)
        self._vertical = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter

    def display_text(self, row: T, column: int) -> str:
        return self._columns[column].text(row)

    def tooltip_text(self, row: T, column: int) -> str:
        tooltip = self._columns[column].tooltip
        return tooltip(row) if tooltip is not None else ""

    def role_data(self, row: T, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = self._columns[column].align_right
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | self._vertical)
        return None


class ChartSessionTableModel(SessionTableModel):
    """The patient's sessions, with dates in the clinic's format."""

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

    def display_text(self, row: SessionSummary, column: int) -> str:
        if column == COL_DATE:
            return self._ctx.format_date(row.starts_at)
        return super().display_text(row, column)

    def tooltip_text(self, row: SessionSummary, column: int) -> str:
        # Long areas and products are cut off in their columns: the tooltip shows them whole.
        if column == COL_STATUS:
            return super().tooltip_text(row, column)
        return self.display_text(row, column)


# --- small widgets ----------------------------------------------------------------------------


def _badge(text: str, kind: str, tooltip: str = "") -> QLabel:
    """A rounded label for an alert; the text always says what it is, colour only helps."""
    label = QLabel(text)
    label.setObjectName("alertBadge")
    label.setProperty("kind", kind)
    label.setStyleSheet(
        f"QLabel {{ {_BADGE_STYLE[kind]} border-radius:10px; padding:3px 10px; font-weight:600; }}"
    )
    label.setToolTip(tooltip)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _empty_hint(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(24, 24, 24, 24)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return view


def _title(text: str, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class SessionHistoryDialog(QDialog):
    """The audit versions of one session: who changed what, and when."""

    def __init__(
        self,
        ctx: DeskContext,
        title: str,
        versions: Sequence[SessionVersion],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionHistoryDialog")
        self.setWindowTitle(self.tr("Change history"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(_title(title))
        layout.addWidget(
            QLabel(
                self.tr(
                    "Every saved version of this session is kept. Each entry lists the fields "
                    "that changed."
                )
            )
        )
        self.rows = self._rows(ctx, versions)
        self.model: RecordTableModel[_HistoryRow] = RecordTableModel(
            [
                Column(self.tr("When"), lambda r: r.when),
                Column(self.tr("By"), lambda r: r.actor),
                Column(self.tr("Action"), lambda r: r.action),
                Column(self.tr("Field"), lambda r: r.field),
                Column(self.tr("Before"), lambda r: r.before, lambda r: r.before),
                Column(self.tr("After"), lambda r: r.after, lambda r: r.after),
            ],
            self,
            top=True,
        )
        self.model.set_rows(self.rows)
        self.view = _table("sessionHistory")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _rows(self, ctx: DeskContext, versions: Sequence[SessionVersion]) -> list[_HistoryRow]:
        actions = {
            "create": self.tr("Recorded"),
            "update": self.tr("Changed"),
            "amend": self.tr("Amended"),
        }
        rows: list[_HistoryRow] = []
        for version in reversed(versions):  # newest first, like the sessions list
            record = version.record
            when = ctx.format_date(version.occurred_at)
            action = actions.get(record.action, record.action)
            if version.reason:
                action = self.tr("{0} ({1})").format(action, version.reason)
            changes = version.changes or (
                chart_service.FieldChange("", "", self.tr("(no visible change)")),
            )
            for number, change in enumerate(changes):
                first = number == 0
                rows.append(
                    _HistoryRow(
                        when=when if first else "",
                        actor=record.actor if first else "",
                        action=action if first else "",
                        field=self._field_label(change.field),
                        before=change.before,
                        after=change.after,
                    )
                )
        return rows

    def _field_label(self, field: str) -> str:
        labels = {
            "starts_at": self.tr("Date and time"),
            "duration_minutes": self.tr("Duration (min)"),
            "practitioner_id": self.tr("Practitioner"),
            "status": self.tr("Status"),
            "status_reason": self.tr("Status reason"),
            "course_id": self.tr("Course"),
            "patient_id": self.tr("Patient"),
            "anaesthetic_used": self.tr("Topical anaesthetic"),
            "anaesthetic_product": self.tr("Anaesthetic product"),
            "immediate_reactions": self.tr("Immediate reactions"),
            "notes": self.tr("Notes"),
            "treatments": self.tr("Treatments"),
        }
        return labels.get(field, field.replace("_", " ").capitalize())


@dataclass(frozen=True, slots=True)
class _HistoryRow:
    when: str
    actor: str
    action: str
    field: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class _ProfileRow:
    recorded: str
    by: str
    summary: str


# --- the chart --------------------------------------------------------------------------------


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
        self.patient: PatientRecord | None = None
        self.profile: ProfileRecord | None = None
        self.history_dialog: SessionHistoryDialog | None = None
        self._area_names: dict[str, str] | None = None
        self._zone = ZoneInfo("UTC")
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * SPACING, SPACING + 4, 2 * SPACING, SPACING + 4)
        layout.setSpacing(SPACING)
        self.archived_banner = QLabel()
        self.archived_banner.setObjectName("archivedBanner")
        self.archived_banner.setWordWrap(True)
        self.archived_banner.setStyleSheet(
            "QLabel { background:#eceff3; color:#1f2933; border:1px solid #b8c2cc;"
            " border-left:4px solid #52606d; border-radius:4px; padding:6px 10px; }"
        )
        self.archived_banner.hide()
        layout.addWidget(self.archived_banner)
        layout.addLayout(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("chartTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_profile_tab(), self.tr("Profile"))
        self.tabs.addTab(self._build_sessions_tab(), self.tr("Sessions"))
        self.tabs.addTab(self._build_courses_tab(), self.tr("Courses"))
        self.tabs.addTab(self._build_events_tab(), self.tr("Adverse events"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        bus().changed.connect(self._on_data_changed)
        self.refresh()
        self._restore_columns()

    # --- construction ---------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(SPACING)
        left = QVBoxLayout()
        left.setSpacing(SPACING // 2)
        self.name_label = _title("", 1.6)
        self.name_label.setObjectName("patientName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel()
        self.details_label.setObjectName("patientDetails")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge_row = QHBoxLayout()
        self.badge_row.setSpacing(SPACING // 2)
        self.badge_row.setContentsMargins(0, SPACING // 3, 0, 0)
        self.badge_row.addStretch(1)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("chartFindings")
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setWordWrap(True)
        self.findings_label.hide()
        left.addWidget(self.name_label)
        left.addWidget(self.details_label)
        left.addLayout(self.badge_row)
        left.addWidget(self.findings_label)
        header.addLayout(left, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING // 2)
        self.edit_button = QPushButton(self.tr("Edit patient…"))
        self.edit_button.setObjectName("editPatientButton")
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.patient_id))
        self.new_session_button = QPushButton(self.tr("New session…"))
        self.new_session_button.setObjectName("newSessionButton")
        self.new_session_button.setDefault(False)
        self.new_session_button.clicked.connect(
            lambda: self.newSessionRequested.emit(self.patient_id)
        )
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.archive_button.setObjectName("archivePatientButton")
        self.archive_button.clicked.connect(self._archive_or_restore)
        for button in (self.new_session_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        header.addLayout(buttons)
        header.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_profile_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING // 2)

        layout.addWidget(_title(self.tr("Current medical profile")))
        self.profile_details = QWidget()
        self.profile_details.setObjectName("profileDetails")
        self.profile_form = QFormLayout(self.profile_details)
        self.profile_form.setContentsMargins(SPACING, 0, SPACING, 0)
        self.profile_form.setHorizontalSpacing(2 * SPACING)
        self.profile_form.setVerticalSpacing(SPACING // 2)
        self.profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.profile_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.profile_empty = _empty_hint(
            self.tr(
                "<p><b>No medical profile recorded.</b></p>"
                "<p>Use <b>Edit patient…</b> to record allergies, medications and other "
                "contraindications before the first session.</p>"
            ),
            "profileEmpty",
        )
        self.profile_stack = QStackedWidget()
        self.profile_stack.addWidget(self.profile_details)
        self.profile_stack.addWidget(self.profile_empty)
        self.profile_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.profile_stack)

        self.profile_history = QWidget()
        history_layout = QVBoxLayout(self.profile_history)
        history_layout.setContentsMargins(0, SPACING, 0, 0)
        history_layout.setSpacing(SPACING // 2)
        history_layout.addWidget(_title(self.tr("Profile history")))
        self.profile_history_model: RecordTableModel[_ProfileRow] = RecordTableModel(
            [
                Column(self.tr("Recorded"), lambda r: r.recorded),
                Column(self.tr("By"), lambda r: r.by),
                Column(self.tr("What was recorded"), lambda r: r.summary, lambda r: r.summary),
            ],
            self,
        )
        self.profile_history_view = _table("profileHistory")
        self.profile_history_view.setModel(self.profile_history_model)
        header = self.profile_history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        history_layout.addWidget(self.profile_history_view, 1)
        layout.addWidget(self.profile_history, 1)
        layout.addStretch(0)  # takes the space while there is no history to show
        return page

    def _build_sessions_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING // 2)
        bar = QHBoxLayout()
        bar.setSpacing(SPACING // 2)
        self.sessions_count = QLabel()
        self.sessions_count.setObjectName("sessionCount")
        self.open_session_button = QPushButton(self.tr("Open session"))
        self.open_session_button.setObjectName("openSessionButton")
        self.open_session_button.clicked.connect(self._activate_current_session)
        self.history_button = QPushButton(self.tr("Change history…"))
        self.history_button.setObjectName("sessionHistoryButton")
        self.history_button.clicked.connect(self.show_session_history)
        self.print_action = QAction(self.tr("Print aftercare…"), self)
        self.print_action.setObjectName("actionPrintAftercare")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_aftercare)
        self.addAction(self.print_action)
        self.print_button = QToolButton()
        self.print_button.setObjectName("printAftercareButton")
        self.print_button.setDefaultAction(self.print_action)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.event_button = QPushButton(self.tr("Record adverse event…"))
        self.event_button.setObjectName("recordAdverseEventButton")
        self.event_button.clicked.connect(self.record_adverse_event)
        bar.addWidget(self.sessions_count)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.event_button)
        bar.addWidget(self.open_session_button)
        bar.addWidget(self.history_button)
        layout.addLayout(bar)

        self.sessions_model = ChartSessionTableModel(self.ctx, self)
        self.session_view = _table("sessionList")
        self.session_view.setModel(self.sessions_model)
        self.session_view.hideColumn(COL_PATIENT)
        self.session_view.setTabKeyNavigation(False)
        header = self.session_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PRODUCTS, QHeaderView.ResizeMode.Stretch)
        self.session_view.doubleClicked.connect(self._activate_session)
        self.session_view.installEventFilter(self)
        self.session_view.selectionModel().selectionChanged.connect(self._update_session_buttons)
        self.sessions_model.modelReset.connect(self._update_session_buttons)
        self.sessions_empty = _empty_hint("", "sessionsEmpty")
        self.sessions_stack = QStackedWidget()
        self.sessions_stack.addWidget(self.session_view)
        self.sessions_stack.addWidget(self.sessions_empty)
        layout.addWidget(self.sessions_stack, 1)
        return page

    def _build_courses_tab(self) -> QWidget:
        page = QWidget()
        self.courses_page = page
        self.course_list: CourseProgressList | None = None
        """Built when the Courses tab is first shown (course cards are many small widgets)."""
        self._courses_stale = True
        self._courses_layout = QVBoxLayout(page)
        self._courses_layout.setContentsMargins(0, SPACING, 0, 0)
        self.ics_button = QPushButton(self.tr("Send appointments to the patient (.ics)…"))
        self.ics_button.setObjectName("exportIcsButton")
        self.ics_button.setToolTip(
            self.tr("A calendar file of the upcoming sessions, for the patient's phone")
        )
        self.ics_button.clicked.connect(self.export_ics)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.ics_button)
        self._courses_layout.addStretch(1)
        self._courses_layout.addLayout(bar)
        return page

    def _show_courses(self) -> None:
        """Build (once) and fill the course cards when their data changed."""
        from mesodesk.services import courses as course_service

        if self.course_list is None:
            from mesodesk.ui.widgets.course_progress import CourseProgressList

            self.course_list = CourseProgressList(self.ctx, self.courses_page)
            self.course_list.newCourseRequested.connect(self.new_course)
            self._courses_layout.insertWidget(0, self.course_list, 1)
            stretch = self._courses_layout.itemAt(1)
            if stretch is not None and stretch.spacerItem() is not None:
                self._courses_layout.removeItem(stretch)
        if self._courses_stale:
            self._courses_stale = False
            try:
                progress = course_service.course_progress(self.ctx.db, self.patient_id)
            except Exception as error:  # shown in place; the rest of the chart stays usable
                from mesodesk.services.describe import describe

                self.course_list.empty_label.setText(describe(error))
                return
            self.course_list.set_courses(progress)

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.courses_page:
            self._show_courses()

    def new_course(self) -> None:
        """Plan a course of sessions for this patient (proposed dates shown before saving)."""
        from mesodesk.ui.dialogs.course_editor import CourseEditor

        editor = CourseEditor(self.ctx, self.patient_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()

    def export_ics(self) -> Path | None:
        """Save the patient's upcoming sessions as an .ics calendar file."""
        from mesodesk.services.describe import describe
        from mesodesk.services.files import write_file

        name = self.patient.full_name if self.patient is not None else "patient"
        suggested = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-") or "patient"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save appointments"),
            f"{suggested}-appointments.ics",
            self.tr("Calendar file (*.ics)"),
        )
        if not target:
            return None
        try:
            from mesodesk.services.courses import upcoming_ics

            data = upcoming_ics(self.ctx.db, self.patient_id)
            return write_file(data, Path(target))
        except Exception as error:  # nothing is lost: say why and let the user choose again
            QMessageBox.warning(self, self.tr("Save appointments"), describe(error))
            return None

    def _build_events_tab(self) -> QWidget:
        severities = {
            "mild": self.tr("Mild"),
            "moderate": self.tr("Moderate"),
            "severe": self.tr("Severe"),
        }

        def resolved(e: AdverseEventRecord) -> str:
            if e.resolved_date is None:
                return self.tr("Not resolved")
            return self.tr("Resolved {0}").format(self.ctx.format_date(e.resolved_date))

        def details(e: AdverseEventRecord) -> str:
            parts = [
                e.description,
                e.action_taken and self.tr("Action: {0}").format(e.action_taken),
            ]
            return "\n".join(p for p in parts if p)

        self.events_model: RecordTableModel[AdverseEventRecord] = RecordTableModel(
            [
                Column(self.tr("Onset"), lambda e: self.ctx.format_date(e.onset_date)),
                Column(self.tr("Type"), lambda e: e.side_effect_name, details),
                Column(self.tr("Severity"), lambda e: severities.get(e.severity, e.severity)),
                Column(self.tr("Outcome"), lambda e: e.outcome or "—", lambda e: e.outcome),
                Column(self.tr("Resolved"), resolved),
            ],
            self,
        )
        self.event_view = _table("adverseEventList")
        self.event_view.setModel(self.events_model)
        header = self.event_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.events_empty = _empty_hint(
            self.tr(
                "<p><b>No adverse events recorded.</b></p>"
                "<p>Reactions seen during a session are noted in that session; complications "
                "reported later are listed here.</p>"
            ),
            "adverseEventsEmpty",
        )
        page, self.events_stack = self._list_tab(self.event_view, self.events_empty)
        return page

    def _list_tab(self, view: QTableView, empty: QLabel) -> tuple[QWidget, QStackedWidget]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, SPACING, 0, 0)
        stack = QStackedWidget()
        stack.addWidget(view)
        stack.addWidget(empty)
        layout.addWidget(stack)
        return page, stack

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the whole chart: a fixed handful of queries, whatever the session count."""
        from mesodesk.services.describe import describe

        self._stale = False
        try:
            patient = patient_service.get_patient(self.ctx.db, self.patient_id)
            self._zone = clinic_zone(self.ctx.db)
            profiles = patient_service.profile_history(self.ctx.db, self.patient_id)
            sessions = session_service.sessions_for_patient(self.ctx.db, self.patient_id)
            courses = chart_service.course_count(self.ctx.db, self.patient_id)
            events = chart_service.adverse_events_for_patient(self.ctx.db, self.patient_id)
            findings = safety_service.patient_findings(self.ctx.db, self.patient_id)
        except Exception as error:  # shown in place: the chart stays usable for a retry
            self.name_label.setText(self.tr("This patient could not be loaded"))
            self.details_label.setText(describe(error))
            return
        self.patient = patient
        self.profile = profiles[0] if profiles else None
        self._show_header(patient, self.profile)
        self._show_findings(findings)
        self._show_profile(self.profile, profiles)
        self._show_sessions(sessions)
        # Course cards are widgets (one per course, with a painted timeline): they are built
        # when the Courses tab is shown, not on every chart opening.
        self._courses_stale = True
        if self.tabs.currentWidget() is self.courses_page:
            self._show_courses()
        self.events_model.set_rows(events)
        self.events_stack.setCurrentWidget(self.event_view if events else self.events_empty)
        self._set_tab_titles(len(sessions), courses, events)

    def _set_tab_titles(
        self, sessions: int, courses: int, events: Sequence[AdverseEventRecord]
    ) -> None:
        self.tabs.setTabText(1, self.tr("Sessions ({0})").format(sessions))
        self.tabs.setTabText(2, self.tr("Courses ({0})").format(courses))
        still_open = sum(1 for e in events if not e.resolved)
        title = self.tr("Adverse events ({0})").format(len(events))
        if still_open:
            title = self.tr("Adverse events ({0}, {1} open)").format(len(events), still_open)
        self.tabs.setTabText(3, title)

    def _show_header(self, patient: PatientRecord, profile: ProfileRecord | None) -> None:
        self.name_label.setText(patient.full_name)
        self.setWindowTitle(patient.full_name)
        details = []
        if patient.date_of_birth is not None:
            age = age_on(patient.date_of_birth, date.today())
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
                    self._local(patient.archived_at), patient.archive_reason
                )
            )
        self.archived_banner.setVisible(archived)
        self.archive_button.setText(self.tr("Restore…") if archived else self.tr("Archive…"))
        self.new_session_button.setEnabled(not archived)
        self.new_session_button.setToolTip(
            self.tr("Restore the patient to record new sessions.") if archived else ""
        )
        self._show_badges(profile)

    def _show_findings(self, findings: Sequence[FindingRecord]) -> None:
        """Screening of the next planned treatment (or of any treatment), under the badges."""
        shown = [f for f in findings if f.rule_id != "no_medical_history"]  # a badge says it
        if not shown:
            self.findings_label.hide()
            return
        self.findings_label.setText(findings_html(shown))
        self.findings_label.show()

    def _show_badges(self, profile: ProfileRecord | None) -> None:
        while self.badge_row.count() > 1:  # the last item is the stretch
            item = self.badge_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not only when the event loop deletes it
                widget.deleteLater()
        for position, badge in enumerate(self.alert_badges(profile)):
            self.badge_row.insertWidget(position, badge)

    def alert_badges(self, profile: ProfileRecord | None) -> list[QLabel]:
        """The header's alerts for ``profile``, most serious first."""
        if profile is None:
            return [
                _badge(
                    self.tr("No medical profile recorded"),
                    "hint",
                    self.tr("Record one with Edit patient… before treating."),
                )
            ]
        badges = []
        if profile.allergens or profile.allergies_text.strip():
            names = ", ".join(profile.allergens) or self.tr("see profile")
            badges.append(
                _badge(self.tr("Allergies: {0}").format(names), "alert", profile.allergies_text)
            )
        if profile.on_blood_thinners:
            badges.append(_badge(self.tr("Blood thinners"), "alert", profile.medications_text))
        if profile.pregnant_or_breastfeeding:
            badges.append(_badge(self.tr("Pregnant or breastfeeding"), "alert"))
        if profile.keloid_tendency:
            badges.append(_badge(self.tr("Keloid tendency"), "alert"))
        if profile.autoimmune_disease:
            badges.append(_badge(self.tr("Autoimmune disease"), "alert", profile.autoimmune_notes))
        if profile.needle_anxiety:
            badges.append(_badge(self.tr("Needle anxiety"), "caution"))
        if not badges:
            badges.append(_badge(self.tr("No alerts in the medical profile"), "hint"))
        return badges

    def _show_profile(
        self, profile: ProfileRecord | None, history: Sequence[ProfileRecord]
    ) -> None:
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        self.profile_stack.setCurrentWidget(
            self.profile_empty if profile is None else self.profile_details
        )
        if profile is not None:
            for label, value in self._profile_lines(profile):
                text = QLabel(value)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                caption = QLabel(label)
                caption.setStyleSheet("color: palette(placeholder-text);")
                self.profile_form.addRow(caption, text)
        self.profile_history.setVisible(bool(history))
        self.profile_history_model.set_rows(
            [
                _ProfileRow(
                    recorded=self._local(p.recorded_at),
                    by=p.recorded_by,
                    summary=self._profile_summary(p),
                )
                for p in history
            ]
        )

    def _local(self, stored: datetime | None) -> str:
        """A stored (naive UTC) time in the clinic's zone and date format."""
        if stored is None:
            return ""
        return self.ctx.format_date(session_service.from_utc(stored, self._zone))

    def _yes_no(self, value: bool, details: str = "") -> str:
        text = self.tr("Yes") if value else self.tr("No")
        return f"{text} — {details.strip()}" if value and details.strip() else text

    def _area_name(self, code: str) -> str:
        if self._area_names is None:
            self._area_names = {a.code: a.name for a in catalog_areas(self.ctx.db)}
        return self._area_names.get(code, code)

    def _profile_lines(self, p: ProfileRecord) -> list[tuple[str, str]]:
        none = self.tr("None recorded")
        allergies = ", ".join(p.allergens)
        if p.allergies_text.strip():
            allergies = (
                f"{allergies} — {p.allergies_text.strip()}" if allergies else p.allergies_text
            )
        skin = p.skin_conditions_text.strip()
        if p.skin_condition_areas:
            where = ", ".join(self._area_name(a) for a in p.skin_condition_areas)
            skin = self.tr("{0} (areas: {1})").format(skin or self.tr("Yes"), where)
        medications = p.medications_text.strip() or none
        if p.on_blood_thinners:
            medications = self.tr("{0} — takes blood thinners").format(medications)
        return [
            (self.tr("Allergies"), allergies or none),
            (self.tr("Medications"), medications),
            (self.tr("Autoimmune disease"), self._yes_no(p.autoimmune_disease, p.autoimmune_notes)),
            (self.tr("Keloid tendency"), self._yes_no(p.keloid_tendency)),
            (self.tr("Skin conditions"), skin or none),
            (self.tr("Pregnant or breastfeeding"), self._yes_no(p.pregnant_or_breastfeeding)),
            (self.tr("Needle anxiety"), self._yes_no(p.needle_anxiety)),
            (self.tr("Notes"), p.notes.strip() or "—"),
            (
                self.tr("Recorded"),
                self.tr("{0} by {1}").format(
                    self._local(p.recorded_at), p.recorded_by or self.tr("unknown")
                ),
            ),
        ]

    def _profile_summary(self, p: ProfileRecord) -> str:
        parts = []
        if p.allergens or p.allergies_text.strip():
            parts.append(
                self.tr("allergies: {0}").format(", ".join(p.allergens) or p.allergies_text.strip())
            )
        if p.on_blood_thinners:
            parts.append(self.tr("blood thinners"))
        elif p.medications_text.strip():
            parts.append(self.tr("medications"))
        if p.autoimmune_disease:
            parts.append(self.tr("autoimmune disease"))
        if p.keloid_tendency:
            parts.append(self.tr("keloid tendency"))
        if p.skin_conditions_text.strip() or p.skin_condition_areas:
            parts.append(self.tr("skin conditions"))
        if p.pregnant_or_breastfeeding:
            parts.append(self.tr("pregnant or breastfeeding"))
        if p.needle_anxiety:
            parts.append(self.tr("needle anxiety"))
        if p.notes.strip():
            parts.append(self.tr("notes"))
        text = "; ".join(parts) or self.tr("nothing of note")
        return text[:1].upper() + text[1:]

    def _show_sessions(self, sessions: Sequence[SessionSummary]) -> None:
        selected = self.current_session_id()
        self.sessions_model.set_rows(sessions)
        self.sessions_stack.setCurrentWidget(self.session_view if sessions else self.sessions_empty)
        count = len(sessions)
        for button in (self.open_session_button, self.history_button):
            button.setVisible(bool(count))
        archived = self.patient is not None and self.patient.archived_at is not None
        self.sessions_empty.setText(
            self.tr("<p><b>No sessions yet.</b></p><p>Use <b>New session…</b> to record one.</p>")
            if not archived
            else self.tr(
                "<p><b>No sessions recorded.</b></p>"
                "<p>This patient is archived: use <b>Restore…</b> to record sessions again.</p>"
            )
        )
        self.sessions_count.setText(
            ""
            if not count
            else self.tr("1 session")
            if count == 1
            else self.tr("{0} sessions, newest first").format(count)
        )
        if sessions and not self._columns_sized:
            self._size_session_columns()
        for row, summary in enumerate(sessions):
            if summary.id == selected:
                self.session_view.selectRow(row)
                break

    # --- sessions tab -----------------------------------------------------------------------

    def current_session_id(self) -> int | None:
        index = self.session_view.currentIndex()
        if not index.isValid() or not self.session_view.selectionModel().hasSelection():
            return None
        return self.sessions_model.row_at(index.row()).id

    def current_session(self) -> SessionSummary | None:
        index = self.session_view.currentIndex()
        if not index.isValid() or not self.session_view.selectionModel().hasSelection():
            return None
        return self.sessions_model.row_at(index.row())

    def _update_session_buttons(self) -> None:
        current = self.current_session()
        has = current is not None
        self.history_button.setEnabled(has)
        self.open_session_button.setEnabled(has)
        done = current is not None and current.status == SessionStatus.DONE
        self.print_action.setEnabled(done)
        self.event_button.setEnabled(done)
        hint = "" if done else self.tr("Select a done session.")
        self.print_button.setToolTip(hint or self.tr("Preview and print its aftercare sheet"))
        self.event_button.setToolTip(hint)

    def print_aftercare(self) -> None:
        """Preview and print the aftercare sheet of the selected done session."""
        current = self.current_session()
        if current is None or current.status != SessionStatus.DONE:
            return
        from mesodesk.ui.printing import preview_aftercare

        preview_aftercare(self, self.ctx, [current.id])

    def record_adverse_event(self) -> None:
        """Record a complication against the selected session."""
        current = self.current_session()
        if current is None:
            return
        from mesodesk.ui.dialogs.adverse_event_editor import AdverseEventEditor

        dialog = AdverseEventEditor(self.ctx, current.id, parent=self)
        dialog.exec()

    def _activate_session(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sessionActivated.emit(self.sessions_model.row_at(index.row()).id)

    def _activate_current_session(self) -> None:
        session_id = self.current_session_id()
        if session_id is not None:
            self.sessionActivated.emit(session_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.session_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._activate_current_session()
            return True
        return super().eventFilter(watched, event)

    def show_session_history(self) -> SessionHistoryDialog | None:
        """Open the change history of the selected session (non-blocking)."""
        from mesodesk.services.describe import describe

        session_id = self.current_session_id()
        if session_id is None:
            return None
        summary = self.sessions_model.row_at(self.session_view.currentIndex().row())
        try:
            versions = chart_service.session_versions(
                self.ctx.db, session_id, format_moment=self.ctx.format_date
            )
        except Exception as error:
            QMessageBox.warning(self, self.tr("Change history"), describe(error))
            return None
        title = self.tr("Session of {0} — {1}").format(
            self.ctx.format_date(summary.starts_at), summary.areas or self.tr("no areas")
        )
        if self.history_dialog is not None:
            self.history_dialog.close()
            self.history_dialog.deleteLater()
        self.history_dialog = SessionHistoryDialog(self.ctx, title, versions, self)
        self.history_dialog.open()
        return self.history_dialog

    # --- archive ----------------------------------------------------------------------------

    def _archive_or_restore(self) -> None:
        if self.patient is not None and self.patient.archived_at is not None:
            self.restore()
        else:
            self.archive()

    def archive(self) -> bool:
        """Ask for a reason and archive the patient; True when archived."""
        from mesodesk.services.describe import describe

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
            QMessageBox.warning(self, self.tr("Archive patient"), describe(error))
            return False
        bus().changed.emit("patient")
        return True

    def restore(self) -> bool:
        """Bring an archived patient back to the list after confirmation."""
        from mesodesk.services.describe import describe

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
            QMessageBox.warning(self, self.tr("Restore patient"), describe(error))
            return False
        bus().changed.emit("patient")
        return True

    # --- refreshing -------------------------------------------------------------------------

    def _on_data_changed(self, kind: str) -> None:
        if kind not in _REFRESH_ON:
            return
        if self.isVisible():
            self._refresh_timer.start()  # several changes in one event refresh once
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()

    # --- column widths: fitted to the first rows, then as the user leaves them --------------

    _columns_sized = False
    _SETTINGS_KEY = "patientChart/sessionColumns"

    def _size_session_columns(self) -> None:
        """Fit the short columns to the text of the first rows and to their headers.

        Measured with the view's font metrics rather than ``resizeColumnToContents``, which
        asks the delegate for a size hint of every cell sampled (several ms for a long chart).
        """
        header = self.session_view.horizontalHeader()
        metrics = self.session_view.fontMetrics()
        model = self.sessions_model
        sample = range(min(model.rowCount(), 50))
        style = self.session_view.style()
        margin = 2 * (
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.session_view) + 1
        )
        rows = [model.row_at(row) for row in sample]
        for column in (COL_DATE, COL_STATUS, COL_AREAS, COL_PRACTITIONER, COL_VOLUME):
            texts = {model.display_text(row, column) for row in rows}
            content = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            width = max(content + margin, header.sectionSizeHint(column))
            header.resizeSection(column, min(width + SPACING, 320))
        self._columns_sized = True

    def _restore_columns(self) -> None:
        """Apply widths the user chose before; only the user's own resizing is remembered."""
        header = self.session_view.horizontalHeader()
        state = QSettings().value(self._SETTINGS_KEY)
        if state is not None and header.restoreState(state):
            self.session_view.hideColumn(COL_PATIENT)
            header.setSectionResizeMode(COL_PRODUCTS, QHeaderView.ResizeMode.Stretch)
            self._columns_sized = True
        header.sectionResized.connect(self._save_columns)

    def _save_columns(self, _index: int, _old: int, _new: int) -> None:
        if self.session_view.isVisible() and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            QSettings().setValue(
                self._SETTINGS_KEY, self.session_view.horizontalHeader().saveState()
            )

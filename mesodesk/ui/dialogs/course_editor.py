"""The course editor: plan a course of sessions, check the proposed dates, then book them all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import session_rules as rules
from mesodesk.services import catalog, courses, patients, practitioners, safety
from mesodesk.services.courses import CourseInput
from mesodesk.services.dto import CatalogItem, FindingRecord, TreatmentInput
from mesodesk.services.errors import ServiceError, ValidationFailed
from mesodesk.services.sessions import to_utc
from mesodesk.services.settings import clinic_zone
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_safety import findings_html

RED = "#a8231b"
RED_BACKGROUND = "#fdecea"
AMBER = "#8a5300"
GREEN = "#1f6f3a"

CODE_ROLE = Qt.ItemDataRole.UserRole
BLOCK_NOTE = "a practitioner must confirm before the session is marked done"

_REGIONS = (("face", "Face"), ("body", "Body"))
_FIELD_ORDER = (
    "patient_id",
    "solution_type_id",
    "indications",
    "areas",
    "sessions",
    "interval_days",
    "maintenance_interval_days",
    "practitioner_id",
    "preferred_weekday",
    "preferred_time",
    "duration_minutes",
    "starts",
    "clinic.opening_hours",
)


def _checked_codes(widget: QListWidget) -> tuple[str, ...]:
    codes = []
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(CODE_ROLE) and item.checkState() == Qt.CheckState.Checked:
            codes.append(str(item.data(CODE_ROLE)))
    return tuple(codes)


def _check_list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    # No selection highlight: in a tick list it reads as "chosen"; the focus frame shows
    # where Space ticks.
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setUniformItemSizes(True)
    return widget


def _add_check_item(widget: QListWidget, item: CatalogItem) -> QListWidgetItem:
    entry = QListWidgetItem(item.name)
    entry.setData(CODE_ROLE, item.code)
    entry.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
    )
    entry.setCheckState(Qt.CheckState.Unchecked)
    widget.addItem(entry)
    return entry


class _OneTabDateEdit(QDateEdit):
    """Tab leaves the field at once (type "/" or use the arrows to move between day, month
    and year), so the form takes one Tab per field."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class _OneTabTimeEdit(QTimeEdit):
    """Tab leaves the field at once (type ":" or use the arrows to reach the minutes)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class CourseEditor(QDialog):
    """Plans a new course for a patient: what, where, how often; then proposes the dates.

    The flow is keyboard-only friendly: type to pick the solution type, Tab, type and Space
    to tick indications and areas, Tab through the schedule, Enter proposes the dates, Enter
    again creates the course. Nothing is saved until "Create course"; a refused save keeps
    every field as typed.
    """

    saved = Signal(int)
    """Emitted with the new course's id."""

    def __init__(self, ctx: DeskContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseEditor")
        self.setWindowTitle(self.tr("New course"))
        self.setSizeGripEnabled(True)
        self.ctx = ctx
        self.patient_id = patient_id
        self.course_id: int | None = None
        self._zone = clinic_zone(ctx.db)
        self._proposal: list[datetime] = []
        self._proposed_for: CourseInput | None = None
        self._findings: list[FindingRecord] = []
        self._types = catalog.solution_types(ctx.db)
        self._indications = catalog.indications(ctx.db)
        self._areas = catalog.areas(ctx.db)
        self._practitioners = practitioners.list_practitioners(ctx.db)
        patient = patients.get_patient(ctx.db, patient_id)
        self._build(patient.full_name)
        self._apply_defaults()
        self._connect_changes()
        self._set_stage(proposed=False)
        self.type_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- public API -------------------------------------------------------------------------

    def proposal(self) -> list[datetime]:
        """The proposed starts shown (aware, clinic's zone); empty before "Propose dates"."""
        return list(self._proposal)

    def findings(self) -> list[FindingRecord]:
        return list(self._findings)

    def collect(self) -> CourseInput:
        """The course as the form describes it now."""
        weekday = self.weekday_combo.currentData()
        start = self.start_edit.date()
        at = self.time_edit.time()
        return CourseInput(
            patient_id=self.patient_id,
            solution_type_id=int(self.type_combo.currentData() or 0),
            practitioner_id=self.practitioner_combo.currentData(),
            areas=_checked_codes(self.areas_list),
            indications=_checked_codes(self.indications_list),
            sessions=self.sessions_spin.value(),
            interval_days=self.interval_spin.value(),
            maintenance_interval_days=self.maintenance_spin.value() or None,
            start_date=date(start.year(), start.month(), start.day()),
            preferred_time=time(at.hour(), at.minute()),
            preferred_weekday=None if weekday is None or weekday < 0 else int(weekday),
            duration_minutes=self.duration_spin.value(),
            title=self.title_edit.text().strip(),
        )

    def propose(self) -> bool:
        """Ask for dates; show them with the screening findings. True when there are dates."""
        self._show_message("", "")
        data = self.collect()
        try:
            starts = courses.propose(self.ctx.db, data)
        except ValidationFailed as refused:
            self._clear_proposal()
            self._show_refusal(self.tr("No dates proposed."), refused)
            return False
        except ServiceError as error:
            self._clear_proposal()
            self._show_message(self.tr("No dates proposed. {reason}").format(reason=error), "error")
            return False
        self._proposal = starts
        self._proposed_for = data
        self._fill_proposals(data, starts)
        self._screen(data, starts)
        self._set_stage(proposed=True)
        self.create_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def create_course(self) -> bool:
        """Save the course with the proposed dates; on failure keep the form as it is."""
        if not self._proposal or self._proposed_for != self.collect():
            self.propose()  # the dates must be seen before they are booked
            return False
        self._show_message("", "")
        try:
            course_id = courses.create_course(
                self.ctx.db, self._proposed_for, self._proposal, actor=self.ctx.actor
            )
        except ValidationFailed as refused:
            self._show_refusal(self.tr("Nothing was saved."), refused)
            return False
        except Exception as error:  # any failure: the form keeps what was typed
            from mesodesk.services.describe import describe

            self._show_message(
                self.tr("Nothing was saved. {reason}").format(reason=describe(error)), "error"
            )
            return False
        self.course_id = course_id
        self.saved.emit(course_id)
        bus().changed.emit("session")
        self.accept()
        return True

    # --- building ---------------------------------------------------------------------------

    def _build(self, patient_name: str) -> None:
        root = QVBoxLayout(self)
        heading = QLabel(self.tr("New course for {name}").format(name=patient_name))
        heading.setObjectName("coursePatient")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        root.addWidget(heading)

        top = QHBoxLayout()
        top.addWidget(self._build_treatment(), 3)
        top.addWidget(self._build_schedule(), 2)
        root.addLayout(top, 3)
        root.addWidget(self._build_proposals(), 2)

        self.message_label = QLabel()
        self.message_label.setObjectName("courseMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        root.addWidget(self.message_label)

        self.buttons = QDialogButtonBox()
        self.propose_button = self.buttons.addButton(
            self.tr("&Propose dates"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.propose_button.setObjectName("courseProposeButton")
        # Both action buttons, so that they keep this order (propose, then create) on every
        # platform's button layout.
        self.create_button = self.buttons.addButton(
            self.tr("&Create course"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setObjectName("courseCreateButton")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.propose_button.clicked.connect(self.propose)
        self.create_button.clicked.connect(self.create_course)
        cancel.clicked.connect(self.reject)
        root.addWidget(self.buttons)
        chain: list[QWidget] = [
            self.type_combo,
            self.indications_list,
            self.areas_list,
            self.title_edit,
            self.sessions_spin,
            self.interval_spin,
            self.maintenance_spin,
            self.practitioner_combo,
            self.start_edit,
            self.weekday_combo,
            self.time_edit,
            self.duration_spin,
            self.propose_button,
            self.create_button,
            cancel,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self._enter)

    def _build_treatment(self) -> QGroupBox:
        box = QGroupBox(self.tr("Treatment"))
        form = QFormLayout(box)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("courseSolutionType")
        for item in self._types:
            self.type_combo.addItem(item.name, item.id)
        form.addRow(self.tr("&Solution type:"), self.type_combo)

        lists = QHBoxLayout()
        self.indications_list = _check_list("courseIndications")
        for item in self._indications:
            _add_check_item(self.indications_list, item)
        self.areas_list = _check_list("courseAreas")
        for region, label in _REGIONS:
            header = QListWidgetItem(self.tr(label))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            bold = QFont(header.font())
            bold.setBold(True)
            header.setFont(bold)
            header.setForeground(QBrush(QColor("#37474f")))
            self.areas_list.addItem(header)
            for item in self._areas:
                if item.group == region:
                    _add_check_item(self.areas_list, item)
        for widget in (self.indications_list, self.areas_list):
            widget.setMinimumHeight(widget.sizeHintForRow(0) * 9)
            widget.setCurrentRow(0 if widget is self.indications_list else 1)
        column_i = QVBoxLayout()
        label_i = QLabel(self.tr("&Indications (Space ticks):"))
        label_i.setBuddy(self.indications_list)
        column_i.addWidget(label_i)
        column_i.addWidget(self.indications_list)
        column_a = QVBoxLayout()
        label_a = QLabel(self.tr("&Areas (Space ticks):"))
        label_a.setBuddy(self.areas_list)
        column_a.addWidget(label_a)
        column_a.addWidget(self.areas_list)
        lists.addLayout(column_i)
        lists.addLayout(column_a)
        form.addRow(lists)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("courseTitle")
        self.title_edit.setPlaceholderText(self.tr("Made from the indication and areas"))
        self.title_edit.setMaxLength(160)
        form.addRow(self.tr("&Title:"), self.title_edit)
        return box

    def _build_schedule(self) -> QGroupBox:
        box = QGroupBox(self.tr("Schedule"))
        form = QFormLayout(box)
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setObjectName("courseSessions")
        self.sessions_spin.setRange(courses.MIN_SESSIONS, courses.MAX_SESSIONS)
        self.sessions_spin.setToolTip(self.tr("Usually 4 to 10 sessions"))
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("courseInterval")
        self.interval_spin.setRange(1, courses.MAX_INTERVAL_DAYS)
        self.interval_spin.setSuffix(self.tr(" days"))
        self.maintenance_spin = QSpinBox()
        self.maintenance_spin.setObjectName("courseMaintenance")
        self.maintenance_spin.setRange(0, courses.MAX_MAINTENANCE_DAYS)
        self.maintenance_spin.setSingleStep(15)
        self.maintenance_spin.setSuffix(self.tr(" days"))
        self.maintenance_spin.setSpecialValueText(self.tr("none"))
        self.maintenance_spin.setToolTip(self.tr("Days from the last session to a maintenance one"))
        self.practitioner_combo = QComboBox()
        self.practitioner_combo.setObjectName("coursePractitioner")
        for p in self._practitioners:
            self.practitioner_combo.addItem(p.display_name, p.id)
        if self.practitioner_combo.count() == 0:
            self.practitioner_combo.addItem(self.tr("— add a practitioner first —"), None)
        for i in range(self.practitioner_combo.count()):
            if self.practitioner_combo.itemData(i) == self.ctx.practitioner_id:
                self.practitioner_combo.setCurrentIndex(i)
        self.start_edit = _OneTabDateEdit()
        self.start_edit.setObjectName("courseStartDate")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(self.ctx.date_format.replace("mm", "MM"))
        today = datetime.now(self._zone).date()
        self.start_edit.setDate(QDate(today.year, today.month, today.day))
        self.weekday_combo = QComboBox()
        self.weekday_combo.setObjectName("courseWeekday")
        self.weekday_combo.addItem(self.tr("Any day"), -1)
        locale = QLocale()
        for day in range(7):
            self.weekday_combo.addItem(locale.dayName(day + 1), day)
        self.time_edit = _OneTabTimeEdit()
        self.time_edit.setObjectName("courseTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setTime(QTime(10, 0))
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("courseDuration")
        self.duration_spin.setRange(rules.MIN_DURATION_MINUTES, rules.MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setValue(rules.DEFAULT_DURATION_MINUTES)
        self.duration_spin.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Sess&ions:"), self.sessions_spin)
        form.addRow(self.tr("E&very:"), self.interval_spin)
        form.addRow(self.tr("&Maintenance after:"), self.maintenance_spin)
        form.addRow(self.tr("P&ractitioner:"), self.practitioner_combo)
        form.addRow(self.tr("&From:"), self.start_edit)
        form.addRow(self.tr("Preferred &day:"), self.weekday_combo)
        form.addRow(self.tr("Preferred &time:"), self.time_edit)
        form.addRow(self.tr("&Duration:"), self.duration_spin)
        return box

    def _build_proposals(self) -> QGroupBox:
        box = QGroupBox(self.tr("Proposed sessions"))
        layout = QHBoxLayout(box)
        self.proposals = QTreeWidget()
        self.proposals.setObjectName("courseProposals")
        self.proposals.setRootIsDecorated(False)
        self.proposals.setUniformRowHeights(True)
        self.proposals.setHeaderLabels(
            [self.tr("#"), self.tr("Day"), self.tr("Date"), self.tr("Time"), self.tr("Note")]
        )
        self.proposals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.proposals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.proposals.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.placeholder = QLabel(
            self.tr("Press <b>Propose dates</b> (Enter) to see when the sessions would be.")
        )
        self.placeholder.setObjectName("courseProposalHint")
        self.placeholder.setWordWrap(True)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("courseFindings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        left = QVBoxLayout()
        left.addWidget(self.placeholder)
        left.addWidget(self.proposals, 1)
        layout.addLayout(left, 3)
        layout.addWidget(self.findings_label, 2)
        return box

    def _connect_changes(self) -> None:
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        for combo in (self.practitioner_combo, self.weekday_combo):
            combo.currentIndexChanged.connect(self._on_input_changed)
        for spin in (
            self.sessions_spin,
            self.interval_spin,
            self.maintenance_spin,
            self.duration_spin,
        ):
            spin.valueChanged.connect(self._on_input_changed)
        self.start_edit.dateChanged.connect(self._on_input_changed)
        self.time_edit.timeChanged.connect(self._on_input_changed)
        self.indications_list.itemChanged.connect(self._on_input_changed)
        self.areas_list.itemChanged.connect(self._on_input_changed)

    # --- behaviour --------------------------------------------------------------------------

    def _apply_defaults(self) -> None:
        type_id = self.type_combo.currentData()
        if type_id is None:
            return
        try:
            sessions, interval, maintenance = courses.defaults_for(self.ctx.db, int(type_id))
        except ServiceError:
            return
        self.sessions_spin.setValue(sessions)
        self.interval_spin.setValue(interval)
        self.maintenance_spin.setValue(maintenance or 0)

    def _on_type_changed(self) -> None:
        self._apply_defaults()
        self._on_input_changed()

    def _on_input_changed(self) -> None:
        if self._proposal:
            self._clear_proposal()
            self._show_message(
                self.tr("The course changed: propose the dates again (Enter)."), "info"
            )

    def _clear_proposal(self) -> None:
        self._proposal = []
        self._proposed_for = None
        self._findings = []
        self.proposals.clear()
        self.findings_label.clear()
        self._set_stage(proposed=False)

    def _set_stage(self, *, proposed: bool) -> None:
        self.create_button.setEnabled(proposed)
        self.propose_button.setDefault(not proposed)
        self.create_button.setDefault(proposed)
        self.propose_button.setAutoDefault(not proposed)
        self.create_button.setAutoDefault(proposed)
        self.placeholder.setVisible(not proposed)
        self.proposals.setVisible(proposed)

    def _enter(self) -> None:
        if self._proposal:
            self.create_course()
        else:
            self.propose()

    def _fill_proposals(self, data: CourseInput, starts: Sequence[datetime]) -> None:
        self.proposals.clear()
        locale = QLocale()
        pattern = self.ctx.date_format.replace("mm", "MM")
        for n, (start, ideal) in enumerate(
            zip(starts, courses.ideal_starts(data, starts), strict=True), start=1
        ):
            day = QDate(start.year, start.month, start.day)
            item = QTreeWidgetItem(
                [
                    str(n),
                    locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat),
                    day.toString(pattern),
                    f"{start:%H:%M}",
                    "" if ideal else self.tr("nearest free slot"),
                ]
            )
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not ideal:
                item.setForeground(4, QBrush(QColor(AMBER)))
                item.setToolTip(
                    4,
                    self.tr(
                        "The preferred day or time was closed, past or already booked; this is "
                        "the nearest free slot."
                    ),
                )
            self.proposals.addTopLevelItem(item)

    def _screen(self, data: CourseInput, starts: Sequence[datetime]) -> None:
        area_ids = {a.code: a.id for a in self._areas}
        lines = [
            TreatmentInput(area_ids[code], solution_type_id=data.solution_type_id)
            for code in data.areas
            if code in area_ids
        ]
        try:
            self._findings = safety.screen(
                self.ctx.db, self.patient_id, lines, to_utc(starts[0], self._zone)
            )
        except ServiceError:
            self._findings = []
        if not self._findings:
            self.findings_label.setText(
                f"<p style='color:{GREEN}'>{escape(self.tr('Screening: nothing to report.'))}</p>"
            )
            return
        html = findings_html(self._findings)
        if safety.blocking(self._findings):
            note = self.tr(
                "Screening blocks this treatment: the course can be planned, but {note}."
            ).format(note=self.tr(BLOCK_NOTE))
            html = (
                f"<p style='color:{RED}; background:{RED_BACKGROUND}; font-weight:bold'>"
                f"{escape(note)}</p>" + html
            )
        self.findings_label.setText(html)

    # --- feedback ---------------------------------------------------------------------------

    def _show_refusal(self, lead: str, refused: ValidationFailed) -> None:
        rank = {key: n for n, key in enumerate(_FIELD_ORDER)}
        keys = sorted(refused.errors, key=lambda k: rank.get(k, len(rank)))
        self._show_message(lead + "\n" + "\n".join(refused.errors[k] for k in keys), "error")
        widgets: dict[str, QWidget] = {
            "solution_type_id": self.type_combo,
            "indications": self.indications_list,
            "areas": self.areas_list,
            "sessions": self.sessions_spin,
            "interval_days": self.interval_spin,
            "maintenance_interval_days": self.maintenance_spin,
            "practitioner_id": self.practitioner_combo,
            "preferred_time": self.time_edit,
            "duration_minutes": self.duration_spin,
        }
        for key in keys:
            if key in widgets:
                widgets[key].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def _show_message(self, text: str, level: str) -> None:
        colours = {
            "error": (RED, RED_BACKGROUND),
            "info": ("palette(text)", "transparent"),
        }
        fg, bg = colours.get(level, colours["info"])
        self.message_label.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 6px; }}"
        )
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

"""The course editor: plan a course of sessions, check the proposed dates, then book them all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import catalog, courses, patients, practitioners, safety
from mesodesk.services.courses import CourseInput
from mesodesk.services.dto import FindingRecord, TreatmentInput
from mesodesk.services.errors import ServiceError, ValidationFailed
from mesodesk.services.sessions import to_utc
from mesodesk.services.settings import clinic_zone
from mesodesk.ui import theme
from mesodesk.ui.bus import bus
from mesodesk.ui.busy_save import BusySave
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.course_editor.sections import (
    ProposalsBox,
    ScheduleBox,
    TreatmentBox,
    checked_codes,
)
from mesodesk.ui.dialogs.session_safety import findings_html
from mesodesk.ui.labels import QT_TRANSLATE_NOOP
from mesodesk.ui.ops import log_failure
from mesodesk.ui.widgets.inline_errors import nothing_saved, shown

BLOCK_NOTE = QT_TRANSLATE_NOOP(
    "CourseEditor", "a practitioner must confirm before the session is marked done"
)
DEFAULT_SIZE = QSize(980, 720)
"""Room for both tick lists, the schedule and the proposals; fits a 1280×800 screen."""

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
        self._areas = catalog.areas(ctx.db)
        patient = patients.get_patient(ctx.db, patient_id, actor=ctx.actor)
        self._build(patient.full_name)
        self.busy = BusySave(
            self,
            lambda: self.buttons.buttons(),
            lambda text: self._show_message(text, "info"),
        )
        """The course is saved in a worker: the window keeps working while the database waits."""
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
            areas=checked_codes(self.areas_list),
            indications=checked_codes(self.indications_list),
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
            starts = courses.propose(self.ctx.db, data, actor=self.ctx.actor)
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
            course_id = self.busy.call(
                courses.create_course,
                self.ctx.db,
                self._proposed_for,
                self._proposal,
                actor=self.ctx.actor,
            )
        except ValidationFailed as refused:
            self._show_refusal(self.tr("Nothing was saved."), refused)
            return False
        except Exception as error:  # any failure: the form keeps what was typed
            log_failure(error, "dialogs.course_editor.editor.create_course")
            self._show_message(
                nothing_saved(error, self.tr("Nothing was saved. {reason}")), "error"
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

        self.treatment = TreatmentBox(
            self._types,
            catalog.indications(self.ctx.db),
            self._areas,
            catalog.indications_by_solution_type(self.ctx.db),
        )
        self.type_combo = self.treatment.type_combo
        self.indications_list = self.treatment.indications_list
        self.areas_list = self.treatment.areas_list
        self.title_edit = self.treatment.title_edit
        self.schedule = ScheduleBox(
            practitioners.list_practitioners(self.ctx.db),
            self.ctx.practitioner_id,
            datetime.now(self._zone).date(),
            self.ctx.date_format,
        )
        self.sessions_spin = self.schedule.sessions_spin
        self.interval_spin = self.schedule.interval_spin
        self.maintenance_spin = self.schedule.maintenance_spin
        self.practitioner_combo = self.schedule.practitioner_combo
        self.start_edit = self.schedule.start_edit
        self.weekday_combo = self.schedule.weekday_combo
        self.time_edit = self.schedule.time_edit
        self.duration_spin = self.schedule.duration_spin
        self.proposals_box = ProposalsBox(self.ctx.date_format)
        self.proposals = self.proposals_box.proposals
        self.placeholder = self.proposals_box.placeholder
        self.findings_label = self.proposals_box.findings_label

        top = QHBoxLayout()
        top.addWidget(self.treatment, 3)
        top.addWidget(self.schedule, 2)
        root.addLayout(top, 3)
        root.addWidget(self.proposals_box, 2)

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
        # The layout's minimum, so that no box is ever squeezed under another; the default
        # size leaves room for the proposals and the findings.
        self.setMinimumSize(root.minimumSize())
        self.resize(self.sizeHint().expandedTo(DEFAULT_SIZE))

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
        self.treatment.show_indications_for_type()
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
        self.proposals_box.set_proposed(proposed)

    def _enter(self) -> None:
        if self._proposal:
            self.create_course()
        else:
            self.propose()

    def _fill_proposals(self, data: CourseInput, starts: Sequence[datetime]) -> None:
        self.proposals_box.fill(starts, courses.ideal_starts(data, starts))

    def _screen(self, data: CourseInput, starts: Sequence[datetime]) -> None:
        area_ids = {a.code: a.id for a in self._areas}
        lines = [
            TreatmentInput(area_ids[code], solution_type_id=data.solution_type_id)
            for code in data.areas
            if code in area_ids
        ]
        try:
            self._findings = safety.screen(
                self.ctx.db,
                self.patient_id,
                lines,
                to_utc(starts[0], self._zone),
                actor=self.ctx.actor,
            )
        except ServiceError:
            self._findings = []
        if not self._findings:
            clear = escape(self.tr("Screening: nothing to report."))
            self.findings_label.setText(f"<p style='color:{theme.CLEAR_TEXT}'>{clear}</p>")
            return
        html = findings_html(self._findings)
        if safety.blocking(self._findings):
            note = self.tr(
                "Screening blocks this treatment: the course can be planned, but {note}."
            ).format(note=self.tr(BLOCK_NOTE))
            html = (
                f"<p style='color:{theme.LATE_TEXT}; background:{theme.ERROR_BG}; font-weight:bold'>"
                f"{escape(note)}</p>" + html
            )
        self.findings_label.setText(html)

    # --- feedback ---------------------------------------------------------------------------

    def _show_refusal(self, lead: str, refused: ValidationFailed) -> None:
        rank = {key: n for n, key in enumerate(_FIELD_ORDER)}
        keys = sorted(refused.errors, key=lambda k: rank.get(k, len(rank)))
        self._show_message(lead + "\n" + "\n".join(shown(refused.errors[k]) for k in keys), "error")
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
            "error": (theme.LATE_TEXT, theme.ERROR_BG),
            "info": ("palette(text)", "transparent"),
        }
        fg, bg = colours.get(level, colours["info"])
        self.message_label.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 6px; }}"
        )
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

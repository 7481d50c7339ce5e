"""The session editor's scrolling form: its parts, loading a session and reading it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.session_rules import MISSED
from mesodesk.services.alerts import alerts_for_patients
from mesodesk.services.catalog import anaesthetic_names
from mesodesk.services.dto import SessionInput, SessionRecord, TreatmentInput
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor.appointment import AppointmentBox
from mesodesk.ui.dialogs.session_editor.checklist import ChecklistPanel, ConsentPanel
from mesodesk.ui.dialogs.session_editor.combos import WheelGuard
from mesodesk.ui.dialogs.session_editor.findings import FindingsPanel
from mesodesk.ui.dialogs.session_editor.lines import EditorData, TreatmentLine
from mesodesk.ui.dialogs.session_editor.map_section import MapSection
from mesodesk.ui.dialogs.session_editor.observations import ObservationsRow
from mesodesk.ui.dialogs.session_editor.treatments import TreatmentsBox
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.widgets.alert_badges import AlertBadges


class SessionForm(QWidget):
    """Appointment, treatments, screening, checklist, consent, observations and notes."""

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, patient_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.alert_badges = AlertBadges()
        """The patient's alerts, as on the chart, above the form (read once on opening)."""
        if patient_id is not None:
            try:
                self.alert_badges.set_alerts(
                    alerts_for_patients(ctx.db, [patient_id], actor=ctx.actor)[patient_id]
                )
            except Exception as error:  # the badges help; the editor must open anyway
                failure_reason(error, "alerts_for_patients")
        self.data = EditorData.load(ctx)
        self.guard = WheelGuard(self)
        self.tail: list[QWidget] = []
        """Widgets after the form in the tab order (the dialog's buttons)."""
        self.appointment = AppointmentBox(
            ctx.date_format, self.data.practitioners, ctx.practitioner_id, self.guard
        )
        self.treatments = TreatmentsBox(self.data, self.guard)
        self.map_section = MapSection(self.data, self.treatments, patient_id)
        self.findings_panel = FindingsPanel()
        self.checklist_panel = ChecklistPanel()
        self.consent_panel = ConsentPanel()
        self.observations = ObservationsRow(self.data.side_effects, anaesthetic_names())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (
            self.alert_badges,
            self.appointment,
            self.map_section,
            self.treatments,
            self.findings_panel,
            self.checklist_panel,
            self.consent_panel,
            self.observations,
        ):
            layout.addWidget(part)
        layout.addStretch(1)
        self.treatments.lines_changed.connect(self.fix_tab_order)

    # --- loading ------------------------------------------------------------------------------

    def load(self, record: SessionRecord) -> None:
        practitioner = (
            (record.practitioner_id, record.practitioner_name)
            if record.practitioner_id is not None
            else None
        )
        self.appointment.load(
            record.starts_at.replace(tzinfo=None),
            record.duration_minutes,
            practitioner,
            record.status,
            record.status_reason,
        )
        self.observations.load(
            record.anaesthetic_used,
            record.anaesthetic_product,
            record.immediate_reactions,
            record.notes,
        )
        self.treatments.set_session_day(record.starts_at.date())
        for treatment in record.treatments:
            self.treatments.add_line().load(treatment)
        if not self.treatments.lines:
            self.treatments.add_line()
        self.map_section.load(record)
        self.checklist_panel.load(record.checklist)
        self._load_consent(record)
        self.show_recorded_override(record)

    def show_recorded_override(self, record: SessionRecord) -> None:
        """The reasons stored for going ahead despite stops, one per stop."""
        self.findings_panel.show_recorded(
            [(f.title, f.override_reason) for f in record.findings if f.override_reason],
            record.override_by,
            self.ctx.format_date(record.override_at) if record.override_at else "",
            legacy=record.override_reason,
        )

    def _load_consent(self, record: SessionRecord) -> None:
        if record.consent_template_id is None:
            return
        from mesodesk.services.templates import get_version

        version = get_version(self.ctx.db, record.consent_template_id)
        self.consent_panel.load_recorded(
            record.consent_template_id,
            f"{version.label}, version {version.version}",
            record.consented_at,
        )

    def after_save(self, record: SessionRecord) -> None:
        """A saved consent is shown as recorded; the statuses on offer follow the new one."""
        panel = self.consent_panel
        label = (
            panel.version_label.text()
            if record.consent_template_id is None or panel.version is None
            else f"{panel.version.label}, version {panel.version.version}"
        )
        panel.load_recorded(record.consent_template_id, label, record.consented_at)
        self.appointment.offer_statuses_after(record.status)

    # --- reading ------------------------------------------------------------------------------

    @property
    def lines(self) -> list[TreatmentLine]:
        return self.treatments.lines

    def state(self) -> tuple[object, ...]:
        """Everything the user can change, to tell whether anything was."""
        appointment, observations = self.appointment, self.observations
        return (
            appointment.date_time_edit.text(),
            appointment.duration_spin.value(),
            appointment.practitioner_id(),
            appointment.status(),
            appointment.reason(),
            observations.anaesthetic_check.isChecked(),
            observations.anaesthetic_text(),
            observations.reactions(),
            observations.notes_edit.toPlainText(),
            tuple(line.state() for line in self.lines if not line.is_blank()),
            repr(self.checklist_panel.value()),
            self.consent_panel.consent_template_id(),
            self.map_section.state(),
        )

    def treatment_inputs(self) -> list[TreatmentInput]:
        """Lines complete enough to screen (an area is chosen), as they stand in the form."""
        if self.map_section.has_marks():
            return self.map_section.treatment_inputs()
        out = []
        for line in self.lines:
            area_id = line.area_id
            if area_id is None:
                continue
            out.append(
                TreatmentInput(
                    area_id=area_id,
                    solution_type_id=line.solution_type_id,
                    product_id=line.product_id,
                    product_lot_id=line.lot_id,
                )
            )
        return out

    def collect(
        self,
        patient_id: int,
        course_id: int | None,
        *,
        check_checklist: bool,
        screen: Callable[[], None],
    ) -> tuple[SessionInput | None, list[str], list[TreatmentLine]]:
        """The form as a SessionInput, or the problems (each also shown at its field), and
        the lines sent, in the order the service numbers them."""
        treatments: list[TreatmentInput] = []
        sent: list[TreatmentLine] = []
        problems: list[str] = []
        date_problem = self.appointment.date_time_edit.problem()
        if date_problem:
            self.show_error("starts_at", date_problem)
            problems.append(date_problem)
        for number, line in enumerate(self.lines, start=1):
            if line.is_blank():
                continue
            problem = line.problem()
            if problem:
                line.set_error(problem)
                problems.append(self.tr("Line {n}: {problem}").format(n=number, problem=problem))
                continue
            treatments.append(line.to_input())
            sent.append(line)
        status = self.appointment.status()
        if status == SessionStatus.DONE and not treatments and not problems:
            text = self.tr("A done session needs at least one treatment line.")
            problems.append(text)
            self.show_error("treatments", text)
            if self.lines:
                self.lines[0].set_error(self.tr("Choose the treated area."))
        if status == SessionStatus.DONE and not problems:
            if check_checklist:
                problems.extend(self.checklist_panel.problems().values())
            screen()  # the stops are confirmed, with a reason each, before saving
        if problems:
            return None, problems, sent
        observations = self.observations
        data = SessionInput(
            patient_id=patient_id,
            starts_at=self.appointment.starts_at(),
            duration_minutes=self.appointment.duration_spin.value(),
            practitioner_id=self.appointment.practitioner_id(),
            status=status,
            status_reason=self.appointment.reason_edit.text() if status in MISSED else "",
            course_id=course_id,
            anaesthetic_used=observations.anaesthetic_check.isChecked(),
            anaesthetic_product=observations.anaesthetic_edit.text().strip(),
            immediate_reactions=observations.reactions(),
            notes=observations.notes_edit.toPlainText(),
            treatments=tuple(treatments),
            checklist=self.checklist_panel.value(),
            consent_template_id=self.consent_panel.consent_template_id(),
            marks=self.map_section.marks(),
        )
        return data, [], sent

    # --- feedback -----------------------------------------------------------------------------

    def show_error(self, key: str, text: str) -> bool:
        """``text`` next to the field ``key`` names; False when no field has that key."""
        if self.appointment.show_error(key, text):
            return True
        if key == "treatments":
            self.treatments.set_error(text)
            return True
        if key == "consent":
            self.consent_panel.set_error(text)
            return True
        if key.startswith("marks["):
            self.map_section.set_error(text)
            return True
        return False

    def clear_errors(self) -> None:
        self.appointment.clear_errors()
        self.treatments.set_error("")
        self.consent_panel.set_error("")
        for line in self.lines:
            line.set_error("")

    def fix_tab_order(self) -> None:
        appointment, observations = self.appointment, self.observations
        chain: list[QWidget] = [
            appointment.date_time_edit.edit,
            appointment.duration_spin,
            appointment.practitioner_combo,
            appointment.status_combo,
            appointment.reason_edit,
            *self.map_section.tab_chain(),
        ]
        for line in self.lines:
            chain.extend(line.inputs())
        chain.extend(
            [
                self.treatments.add_line_button,
                *self._checklist_chain(),
                observations.anaesthetic_check,
                observations.anaesthetic_combo,
                observations.reactions_list,
                observations.notes_edit,
                *self.tail,
            ]
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _checklist_chain(self) -> list[QWidget]:
        panel = self.checklist_panel
        chain: list[QWidget] = []
        for code, box in panel.boxes.items():
            chain.extend([box, panel.notes[code]])
        chain.extend(
            [
                panel.tick_all_button,
                self.consent_panel.given_check,
                self.consent_panel.print_button,
            ]
        )
        return chain

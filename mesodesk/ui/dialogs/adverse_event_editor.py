"""Dialog to record or amend an adverse event after a session, validated inline."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import Severity
from mesodesk.services import adverse_events as event_service
from mesodesk.services import sessions as session_service
from mesodesk.services.adverse_events import AdverseEventInput, SideEffectType
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.unsaved import ask_to_save
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import AUTHORITY_QUESTION_STYLE, AUTHORITY_STYLE, SECONDARY_STYLE
from mesodesk.ui.widgets.date_fields import DateField
from mesodesk.ui.widgets.inline_errors import InlineErrors
from mesodesk.ui.widgets.text_box import text_box

__all__ = ["AdverseEventEditor", "DateField", "text_box"]


class AdverseEventEditor(QDialog):
    """Record an event against ``session_id`` (``event_id`` None) or amend an existing one."""

    saved = Signal(int)
    """Emitted with the event's id after a successful save, before the dialog closes."""

    def __init__(
        self,
        ctx: DeskContext,
        session_id: int,
        event_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.event_id = event_id
        self.today = today or date.today()
        self.saved_id: int | None = None
        self.setObjectName("adverseEventEditor")
        self.setWindowTitle(
            self.tr("Record an adverse event") if event_id is None else self.tr("Adverse event")
        )
        self.setSizeGripEnabled(True)
        self.errors = InlineErrors(self)
        self._types: list[SideEffectType] = []
        self._build()
        self._load()
        self._baseline = self._state()
        self.resize(max(900, self.sizeHint().width()), self.sizeHint().height())

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.context_label = QLabel(self)
        self.context_label.setObjectName("eventContext")
        self.context_label.setTextFormat(Qt.TextFormat.RichText)
        self.context_label.setWordWrap(True)

        content = QWidget(self)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        for group in (self._build_event(content), self._build_care(content)):
            column = QVBoxLayout()
            column.addWidget(group)
            column.addStretch(1)
            columns.addLayout(column, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # The dialog grows when messages or the authority question appear, never clipping them.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.context_label)
        layout.addWidget(self.errors.banner)
        layout.addWidget(self._build_authority(self))
        layout.addWidget(content, 1)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.type_combo,
            self.onset.edit,
            *self.severity_buttons.values(),
            self.reported_yes,
            self.reported_no,
            self.description,
            self.action_taken,
            self.follow_up.edit,
            self.outcome,
            self.resolved.edit,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _form(self, group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        return form

    def _build_event(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("The event"), parent)
        form = self._form(group)

        self.type_combo = QComboBox(group)
        self.type_combo.setObjectName("eventType")
        self.type_combo.addItem(self.tr("Choose…"), None)
        try:
            self._types = event_service.side_effect_types(self.ctx.db)
        except Exception as error:  # the form still opens; saving will say what is wrong
            self.errors.show_banner(
                self.tr("The list of event types could not be read: {0}").format(
                    failure_reason(error, "dialogs.adverse_event_editor._build_event")
                )
            )
        for item in self._types:
            self.type_combo.addItem(item.name, item.code)
        self.type_combo.currentIndexChanged.connect(self._update_type_hint)
        self.type_hint = QLabel(group)
        self.type_hint.setObjectName("eventTypeHint")
        self.type_hint.setWordWrap(True)
        self.type_hint.setStyleSheet(SECONDARY_STYLE)
        self.type_hint.hide()
        type_box = QWidget(group)
        type_column = QVBoxLayout(type_box)
        type_column.setContentsMargins(0, 0, 0, 0)
        type_column.setSpacing(2)
        type_column.addWidget(self.errors.field("side_effect_code", self.type_combo))
        type_column.addWidget(self.type_hint)
        # The label's Alt+T goes to the combo, not to the box around it.
        type_box.setFocusProxy(self.type_combo)
        type_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        form.addRow(self.tr("&Type *"), type_box)

        self.onset = DateField(self.ctx.date_format, group, "eventOnset")
        form.addRow(self.tr("&Onset *"), self.errors.field("onset_date", self.onset))

        severity_row = QWidget(group)
        row = QHBoxLayout(severity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.severity_group = QButtonGroup(self)
        self.severity_buttons: dict[Severity, QRadioButton] = {}
        for severity, text in (
            (Severity.MILD, self.tr("&Mild")),
            (Severity.MODERATE, self.tr("Mo&derate")),
            (Severity.SEVERE, self.tr("Se&vere")),
        ):
            button = QRadioButton(text, severity_row)
            button.setObjectName(f"severity{severity.value.capitalize()}")
            self.severity_group.addButton(button)
            self.severity_buttons[severity] = button
            row.addWidget(button)
        row.addStretch(1)
        self.severity_group.buttonToggled.connect(self._on_severity_toggled)
        form.addRow(self.tr("Severity *"), self.errors.field("severity", severity_row))

        self.description = text_box(4, group, "eventDescription")
        self.description.setPlaceholderText(
            self.tr("What was seen, where, and how large, e.g. 3 cm bruise on the left cheek")
        )
        form.addRow(self.tr("D&escription"), self.errors.field("description", self.description))
        return group

    def _build_authority(self, parent: QWidget) -> QFrame:
        self.authority_group = QFrame(parent)
        self.authority_group.setObjectName("authorityGroup")
        self.authority_group.setStyleSheet(AUTHORITY_STYLE)
        box = QVBoxLayout(self.authority_group)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(6)
        question = QLabel(self.tr("Reported to the authority? *"), self.authority_group)
        question.setObjectName("authorityQuestion")
        font = question.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        question.setFont(font)
        question.setStyleSheet(AUTHORITY_QUESTION_STYLE)
        note = QLabel(
            self.tr(
                "Severe events are usually reportable to the health authority. Record the "
                "answer here: the event cannot be saved without it."
            ),
            self.authority_group,
        )
        note.setWordWrap(True)
        answers = QWidget(self.authority_group)
        row = QHBoxLayout(answers)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.reported_group = QButtonGroup(self)
        self.reported_yes = QRadioButton(self.tr("&Yes, it was reported"), answers)
        self.reported_yes.setObjectName("reportedYes")
        self.reported_no = QRadioButton(self.tr("&No, not reported"), answers)
        self.reported_no.setObjectName("reportedNo")
        for button in (self.reported_yes, self.reported_no):
            self.reported_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        box.addWidget(question)
        box.addWidget(note)
        box.addWidget(self.errors.field("reported_to_authority", answers))
        self.authority_group.hide()
        return self.authority_group

    def _build_care(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Care and follow-up"), parent)
        form = self._form(group)
        self.action_taken = text_box(4, group, "eventActionTaken")
        self.action_taken.setPlaceholderText(
            self.tr("e.g. Cold compresses, arnica gel; patient reassured")
        )
        form.addRow(self.tr("&Action taken"), self.errors.field("action_taken", self.action_taken))
        self.follow_up = DateField(self.ctx.date_format, group, "eventFollowUp")
        self.follow_up.setToolTip(self.tr("When to check on the patient again; optional."))
        form.addRow(self.tr("&Follow-up"), self.errors.field("follow_up_date", self.follow_up))
        self.outcome = text_box(3, group, "eventOutcome")
        self.outcome.setPlaceholderText(self.tr("How it ended, e.g. faded within a week"))
        form.addRow(self.tr("O&utcome"), self.errors.field("outcome", self.outcome))
        self.resolved = DateField(self.ctx.date_format, group, "eventResolved")
        self.resolved.setToolTip(
            self.tr("Leave empty while the event is still open; an outcome is then required.")
        )
        form.addRow(self.tr("&Resolved on"), self.errors.field("resolved_date", self.resolved))
        return group

    # --- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            if self.event_id is not None:
                record = event_service.get_event(self.ctx.db, self.event_id, actor=self.ctx.actor)
                self.session_id = record.session_id
                self._show_context()
                if self.type_combo.findData(record.side_effect_code) < 0:
                    self.type_combo.addItem(record.side_effect_name, record.side_effect_code)
                self.type_combo.setCurrentIndex(self.type_combo.findData(record.side_effect_code))
                self.onset.set_value(record.onset_date)
                self.set_severity(record.severity)
                self.set_reported(record.reported_to_authority)
                self.description.setPlainText(record.description)
                self.action_taken.setPlainText(record.action_taken)
                self.follow_up.set_value(record.follow_up_date)
                self.outcome.setPlainText(record.outcome)
                self.resolved.set_value(record.resolved_date)
            else:
                # An event begins on the day of its session or later: start from that day.
                self.onset.set_value(self._show_context())
        except Exception as error:  # say why; Save stays possible once the cause is fixed
            self.errors.show_banner(
                self.tr("The event could not be opened: {0}").format(
                    failure_reason(error, "dialogs.adverse_event_editor._load")
                )
            )
        self._sync_authority()

    def _show_context(self) -> date:
        """Say which session the event follows; returns the session's day."""
        session = session_service.get_session(self.ctx.db, self.session_id, actor=self.ctx.actor)
        day = session.starts_at.date()
        for field in (self.onset, self.follow_up, self.resolved):
            field.fallback_day = day
        when = self.ctx.format_date(session.starts_at)
        text = self.tr("<b>{patient}</b> · session of {when}").format(
            patient=escape(session.patient_name), when=escape(when)
        )
        if session.practitioner_name:
            text += self.tr(" with {who}").format(who=escape(session.practitioner_name))
        self.context_label.setText(text)
        return day

    # --- state ----------------------------------------------------------------------------

    def severity(self) -> str:
        return next((s.value for s, b in self.severity_buttons.items() if b.isChecked()), "")

    def set_severity(self, value: str) -> None:
        for severity, button in self.severity_buttons.items():
            if severity.value == value:
                button.setChecked(True)

    def reported(self) -> bool | None:
        if self.reported_yes.isChecked():
            return True
        if self.reported_no.isChecked():
            return False
        return None

    def set_reported(self, value: bool | None) -> None:
        self.reported_group.setExclusive(False)
        self.reported_yes.setChecked(value is True)
        self.reported_no.setChecked(value is False)
        self.reported_group.setExclusive(True)

    def _state(self) -> tuple[object, ...]:
        return (
            self.type_combo.currentData(),
            self.onset.text(),
            self.severity(),
            self.reported(),
            self.description.toPlainText(),
            self.action_taken.toPlainText(),
            self.follow_up.text(),
            self.outcome.toPlainText(),
            self.resolved.text(),
        )

    def is_dirty(self) -> bool:
        return self._state() != self._baseline

    @Slot(QAbstractButton, bool)
    def _on_severity_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        self._sync_authority()

    def _sync_authority(self) -> None:
        """Ask about the authority for a severe event (or when an answer is on record)."""
        wanted = self.severity() == Severity.SEVERE or self.reported() is not None
        if wanted != self.authority_group.isHidden():
            return
        self.authority_group.setVisible(wanted)
        layout = self.layout()
        if layout is not None and self.isVisible():
            layout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    @Slot()
    def _update_type_hint(self) -> None:
        code = self.type_combo.currentData()
        item = next((t for t in self._types if t.code == code), None)
        if item is None:
            self.type_hint.hide()
            return
        if item.expected:
            text = self.tr("An expected reaction")
            if item.typical_duration:
                text += self.tr("; it usually settles in {0}.").format(item.typical_duration)
            else:
                text += "."
        else:
            text = self.tr("A complication (rare).") if item.rare else self.tr("A complication.")
        self.type_hint.setText(text)
        self.type_hint.show()

    # --- saving ---------------------------------------------------------------------------

    def _input(self) -> tuple[AdverseEventInput | None, dict[str, str]]:
        """The form as service input, or the messages for what cannot be read."""
        errors: dict[str, str] = {}
        dates: dict[str, date | None] = {}
        for key, field in (
            ("onset_date", self.onset),
            ("follow_up_date", self.follow_up),
            ("resolved_date", self.resolved),
        ):
            problem = field.problem()  # says so when the day does not exist
            if problem:
                errors[key] = problem
            else:
                dates[key] = field.value()
        code = self.type_combo.currentData()
        if code is None:
            errors["side_effect_code"] = self.tr("Choose the type of event.")
        if "onset_date" not in errors and dates["onset_date"] is None:
            errors["onset_date"] = self.tr("Enter the day the event began.")
        if not self.severity():
            errors["severity"] = self.tr("Choose the severity.")
        if self.severity() == Severity.SEVERE and self.reported() is None:
            errors["reported_to_authority"] = self.tr("Answer Yes or No before saving.")
        onset = dates.get("onset_date")
        if errors or onset is None:
            return None, errors
        reported = None if self.authority_group.isHidden() else self.reported()
        return (
            AdverseEventInput(
                session_id=self.session_id,
                side_effect_code=str(code),
                onset_date=onset,
                severity=self.severity(),
                description=self.description.toPlainText(),
                action_taken=self.action_taken.toPlainText(),
                follow_up_date=dates["follow_up_date"],
                outcome=self.outcome.toPlainText(),
                resolved_date=dates["resolved_date"],
                reported_to_authority=reported,
            ),
            {},
        )

    @Slot()
    def save(self) -> int | None:
        """Save and close; on failure show why, keep everything typed, and return None."""
        self.errors.clear()
        data, errors = self._input()
        if data is None:
            self._show_errors(errors)
            return None
        try:
            if self.event_id is None:
                event_id = event_service.record_event(
                    self.ctx.db, data, actor=self.ctx.actor, today=self.today
                )
            else:
                event_service.update_event(
                    self.ctx.db, self.event_id, data, actor=self.ctx.actor, today=self.today
                )
                event_id = self.event_id
        except ValidationFailed as failure:
            self._show_errors(failure.errors)
            return None
        except Exception as error:  # shown in the dialog; what was typed stays
            self.errors.show_banner(
                self.tr("The event was not saved: {reason}").format(
                    reason=failure_reason(error, "dialogs.adverse_event_editor.save")
                )
            )
            return None
        self.event_id = self.saved_id = event_id
        self._baseline = self._state()
        self.saved.emit(event_id)
        bus().changed.emit("adverse_event")
        self.done(QDialog.DialogCode.Accepted)
        return event_id

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        if not self.errors.banner.isVisible():
            self.errors.show_banner(
                self.tr("Nothing was saved yet: please correct the marked fields.")
            )
        widgets: dict[str, QWidget] = {
            "side_effect_code": self.type_combo,
            "onset_date": self.onset.edit,
            "severity": self.severity_buttons[Severity.MILD],
            "reported_to_authority": self.reported_yes,
            "follow_up_date": self.follow_up.edit,
            "outcome": self.outcome,
            "resolved_date": self.resolved.edit,
        }
        first = next((widgets[k] for k in widgets if k in errors), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- closing --------------------------------------------------------------------------

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        """Cancel, Escape and the close button: ask before throwing typed changes away."""
        if not self.is_dirty():
            super().reject()
            return
        answer = ask_to_save(
            self, self.tr("This adverse event has changes that are not saved. Save them now?")
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()

"""The session editor: when, who, and what was injected where, from which lot and how."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import SessionStatus
from mesodesk.services import patients, sessions
from mesodesk.services.dto import SessionInput, SessionRecord, TreatmentInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.settings import clinic_zone
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor import conflicts, saving
from mesodesk.ui.dialogs.session_editor.form import SessionForm
from mesodesk.ui.dialogs.session_editor.lines import TreatmentLine
from mesodesk.ui.dialogs.session_editor.screening_view import screen_as_typed
from mesodesk.ui.dialogs.unsaved import ask_to_save
from mesodesk.ui.theme import message_style
from mesodesk.ui.widgets.inline_errors import nothing_saved

SIZE_KEY = "sessionEditor/size"  # where the editor's last size is remembered (QSettings)


class SessionEditor(QDialog):
    """Records a new session of a patient or amends an existing one."""

    saved = Signal(int)
    """Emitted with the session's id after every successful save."""

    def __init__(
        self,
        ctx: DeskContext,
        patient_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
        *,
        starts_at: datetime | None = None,
        practitioner_id: int | None = None,
    ) -> None:
        """``starts_at`` (clinic wall-clock time) and ``practitioner_id`` preset a new session,
        e.g. from a calendar slot or the recall list."""
        super().__init__(parent)
        self.setObjectName("sessionEditor")
        self.setSizeGripEnabled(True)
        self.ctx = ctx
        self._patient_id = patient_id
        self._record: SessionRecord | None = None
        self.zone = clinic_zone(ctx.db)
        self._loading = True
        self._sent_lines: list[TreatmentLine] = []
        self.typed_reasons: dict[str, str] = {}
        """Reasons typed for stops in an override that was cancelled, by stop key."""

        record = (
            sessions.get_session(ctx.db, session_id, actor=ctx.actor)
            if session_id is not None
            else None
        )
        patient_name = (
            record.patient_name
            if record is not None
            else patients.get_patient(ctx.db, patient_id, actor=ctx.actor).full_name
        )
        if record is not None:
            self._patient_id = record.patient_id

        self._build(patient_name)
        if record is not None:
            self.form.load(record)
        else:
            now = datetime.now(self.zone).replace(tzinfo=None, second=0, microsecond=0)
            self.form.appointment.set_starts_at(now.replace(minute=now.minute - now.minute % 15))
            if starts_at is not None:
                local = starts_at.astimezone(self.zone) if starts_at.tzinfo else starts_at
                self.form.appointment.set_starts_at(local.replace(tzinfo=None))
                self.form.appointment.status_combo.setCurrentIndex(
                    self.status_combo.findData(str(SessionStatus.PLANNED))
                )
            if practitioner_id is not None:
                index = self.practitioner_combo.findData(practitioner_id)
                if index >= 0:
                    self.practitioner_combo.setCurrentIndex(index)
            self.form.treatments.add_line()
        self.form.treatments.set_session_day(self._session_day())
        self._record = record
        self.refresh_screening()
        self.checklist_panel.changed.connect(self._update_print_state)
        self._loading = False
        self._baseline = self._state()
        self._update_print_state()
        self._update_title()
        self.form.fix_tab_order()
        self._widened = False
        self.fit_to_screen()

    # --- public API -------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        """The session's id, once it exists in the database."""
        return self._record.id if self._record is not None else None

    @property
    def lines(self) -> list[TreatmentLine]:
        return self.form.treatments.lines

    def is_dirty(self) -> bool:
        return self._state() != self._baseline

    def starts_at(self) -> datetime | None:  # None while the text typed is not a date and time
        return self.date_time_edit.value()

    def add_line(self) -> TreatmentLine:
        line = self.form.treatments.add_line()
        self._on_line_added(line)
        return line

    def totals(self) -> dict[str, Decimal]:
        """What the totals box shows: product name to total volume in ml."""
        return self.form.treatments.totals()

    @property
    def record(self) -> SessionRecord | None:
        """The session as last loaded or saved; None for a new one not saved yet."""
        return self._record

    def take_record(self, record: SessionRecord) -> None:  # reloaded after a conflict
        self._record = record
        self._update_title()

    def save(self) -> bool:
        """Writes the session; on failure keeps every field as typed and says why."""
        self.show_message("", "")
        self.form.clear_errors()
        if self._record is not None and not self.is_dirty():
            self.show_message(self.tr("No changes to save."), "info")
            return True
        data = self._collect()
        if data is None:
            return False
        data = saving.confirm_override(self, data)
        if data is None:
            self.show_message(
                self.tr("Not saved: going ahead despite the stop was not confirmed."), "info"
            )
            return False
        later_moves = saving.plan_course_shift(self, data)
        if later_moves is None:
            return False
        reason = saving.ask_amendment_reason(self)
        if reason is None:
            return False
        before = self._record.status if self._record is not None else None
        try:
            record = conflicts.write(self, data, reason)
        except ValidationFailed as refused:
            self.show_refusal(refused)
            return False
        except Exception as error:  # any failure: the form keeps what was typed
            self.show_message(nothing_saved(error, self.tr("Nothing was saved. {reason}")), "error")
            return False
        if record is None:  # another desk saved first: the user chose to check again
            return False
        self._record = record
        self.typed_reasons.clear()
        self._update_title()
        text = self.tr("Saved (session of {when}).").format(
            when=self.ctx.format_date(record.starts_at)
        )
        moved = saving.apply_course_shift(self, later_moves)
        if moved:
            text += " " + moved
        level = "warning" if record.warnings else "ok"
        if record.warnings:
            text += "\n" + "\n".join(record.warnings)
        self.show_message(text, level)
        self.form.after_save(record)
        self.form.show_recorded_override(record)
        self._baseline = self._state()
        self._update_print_state()
        bus().changed.emit("session")
        self.saved.emit(record.id)
        saving.offer_replacement_if_missed(self, before, record, text, level)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Close or Escape: unsaved changes are saved, discarded or kept, as the user says."""
        if self.is_dirty():
            answer = ask_to_save(
                self, self.tr("This session has changes that are not saved. Save them?")
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                if self.save():
                    self.accept()
                return
        super().reject()

    def done(self, result: int) -> None:
        QSettings().setValue(SIZE_KEY, self.size())
        super().done(result)

    # --- building -----------------------------------------------------------------------------

    def _build(self, patient_name: str) -> None:
        root = QVBoxLayout(self)
        self.patient_label = QLabel(patient_name)
        self.patient_label.setObjectName("sessionPatient")
        self.patient_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.patient_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.patient_label.setFont(font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        muted = self.subtitle_label.palette()
        muted.setColor(muted.ColorRole.WindowText, muted.color(muted.ColorRole.PlaceholderText))
        self.subtitle_label.setPalette(muted)
        root.addWidget(self.patient_label)
        root.addWidget(self.subtitle_label)

        self.form = SessionForm(self.ctx, patient_id=self._patient_id)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("sessionForm")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self.form)
        self.form.guard.target = self._scroll.verticalScrollBar()
        root.addWidget(self._scroll, 1)
        # The names the tests and the rest of the window use.
        appointment, treatments, observations = (
            self.form.appointment,
            self.form.treatments,
            self.form.observations,
        )
        self.date_time_edit = appointment.date_time_edit
        self.duration_spin = appointment.duration_spin
        self.practitioner_combo = appointment.practitioner_combo
        self.status_combo = appointment.status_combo
        self.reason_edit = appointment.reason_edit
        self.reason_label = appointment.reason_label
        self.add_line_button = treatments.add_line_button
        self.totals_label = treatments.totals_label
        self.anaesthetic_check = observations.anaesthetic_check
        self.anaesthetic_combo = observations.anaesthetic_combo
        self.anaesthetic_edit = observations.anaesthetic_edit
        self.reactions_list = observations.reactions_list
        self.notes_edit = observations.notes_edit
        self.findings_panel = self.form.findings_panel
        self.checklist_panel = self.form.checklist_panel
        self.consent_panel = self.form.consent_panel

        self.message_label = QLabel()
        self.message_label.setObjectName("sessionMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        root.addWidget(self.message_label)
        root.addWidget(self._build_buttons())

        self._screen_timer = QTimer(self)
        self._screen_timer.setSingleShot(True)
        self._screen_timer.setInterval(250)
        self._screen_timer.timeout.connect(self.refresh_screening)
        appointment.starts_at_edited.connect(self._on_date_changed)
        treatments.lines_changed.connect(self._on_line_changed)
        treatments.line_added.connect(self._on_line_added)
        observations.anaesthetic_changed.connect(self._on_line_changed)
        self.consent_panel.print_requested.connect(self.print_consent)

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.save_close_button = buttons.addButton(
            self.tr("Save and &close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.print_button = buttons.addButton(
            self.tr("Print aft&ercare…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("printAftercareButton")
        self.print_button.setAutoDefault(False)
        self.print_action = QAction(self.tr("Print aftercare…"), self)
        self.print_action.setObjectName("actionPrintAftercare")
        self.print_action.setShortcut("Ctrl+P")
        self.print_action.triggered.connect(self.print_aftercare)
        self.addAction(self.print_action)
        self.print_button.clicked.connect(self.print_action.trigger)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_close_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.form.tail = [self.save_close_button, self.save_button, self.close_button]
        return buttons

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._widened:  # fonts and styles are only final once shown on a real screen
            self._widened = True
            QTimer.singleShot(0, self.widen_to_content)

    def widen_to_content(self, available: QSize | None = None) -> None:
        """Widen (within ``available``, the screen) until the form needs no sideways scroll."""
        if (missing := self._scroll.horizontalScrollBar().maximum()) > 0:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if available is None and screen is not None:
                available = screen.availableGeometry().size()
            limit = available.width() if available is not None else 1 << 16
            self.setMinimumWidth(min(self.minimumWidth() + missing + 8, limit))
            self.resize(min(self.width() + missing + 8, limit), self.height())

    def fit_to_screen(self, available: QSize | None = None) -> None:
        """The last size left, else the whole form's width; within ``available`` (the screen)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        chrome = self.width() - self._scroll.viewport().width()
        scroll_bar = self._scroll.verticalScrollBar().sizeHint().width()
        needed = self.form.minimumSizeHint().width() + max(chrome, 0) + scroll_bar + 24
        metrics = self.fontMetrics()
        size = QSize(max(needed, metrics.averageCharWidth() * 172), metrics.height() * 46)
        remembered = QSettings().value(SIZE_KEY)
        if isinstance(remembered, QSize) and remembered.isValid():
            size = remembered
        screen = self.screen() or QGuiApplication.primaryScreen()
        if available is None and screen is not None:
            available = screen.availableGeometry().size()
        if available is not None:
            size = size.boundedTo(available)
            needed = min(needed, available.width())
        # Narrower than the form would bring back the sideways scrolling.
        self.setMinimumWidth(needed)
        self.resize(size.expandedTo(QSize(needed, 0)))

    # --- reading the form ---------------------------------------------------------------------

    def _session_day(self) -> date:
        return self.form.appointment.starts_at().date()

    def _state(self) -> tuple[object, ...]:
        return self.form.state()

    def _collect(self) -> SessionInput | None:
        """The form as a SessionInput, or None after showing what is missing."""
        was_done = self._record is not None and self._record.status == SessionStatus.DONE
        data, problems, lines = self.form.collect(
            self._patient_id,
            self._record.course_id if self._record is not None else None,
            check_checklist=not was_done,
            screen=self.refresh_screening,
        )
        self._sent_lines = lines
        if problems:
            self.show_message(self.tr("Nothing was saved.") + "\n" + "\n".join(problems), "error")
            return None
        return data

    # --- feedback ---------------------------------------------------------------------------

    def show_refusal(self, refused: ValidationFailed) -> None:  # at its field and in the message
        saving.show_refusal(self, refused, self._sent_lines)

    def show_message(self, text: str, level: str) -> None:
        self.message_label.setStyleSheet(message_style(level))
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _update_title(self) -> None:
        if self._record is None:
            self.setWindowTitle(self.tr("New session"))
            self.subtitle_label.setText(self.tr("New session"))
            return
        when = self.ctx.format_date(self._record.starts_at)
        self.setWindowTitle(self.tr("Session of {when}").format(when=when))
        status = (
            SessionStatus(self._record.status)
            if self._record.status in set(SessionStatus)
            else None
        )
        label = (
            QCoreApplication.translate("SessionStatus", status.label)
            if status is not None
            else self._record.status
        )
        subtitle = self.tr("Session of {when} · {status}").format(when=when, status=label)
        if status == SessionStatus.DONE:
            subtitle += " · " + self.tr("changes are recorded as amendments")
        self.subtitle_label.setText(subtitle)

    def _update_print_state(self) -> None:
        ready = (
            self._record is not None
            and self._record.status == SessionStatus.DONE
            and not self.is_dirty()
        )
        self.print_action.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.print_button.setToolTip(
            "" if ready else self.tr("Available once the session is saved as done.")
        )

    # --- reactions ----------------------------------------------------------------------------

    def _on_line_added(self, line: TreatmentLine) -> None:
        if not self._loading:
            line.area.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(line.area)

    def _on_line_changed(self) -> None:
        if not self._loading:
            self._screen_timer.start()

    def _on_date_changed(self) -> None:
        if self.date_time_edit.value() is None:
            return  # still being typed: the lines and the screening keep the last good day
        self.form.treatments.set_session_day(self._session_day())
        if not self._loading:
            self._screen_timer.start()

    # --- screening and printing ---------------------------------------------------------------

    @property
    def patient_id(self) -> int:
        return self._patient_id

    def refresh_screening(self) -> None:
        """Screen the treatment as typed against the patient's history, and find the consent."""
        self._screen_timer.stop()
        screen_as_typed(self)

    def print_aftercare(self) -> None:
        """Preview and print this session's aftercare sheet (once it is saved as done)."""
        if self._record is None or self.is_dirty():
            self.show_message(
                self.tr("Save the session first: the sheet prints what is recorded."), "info"
            )
            return
        if self._record.status != SessionStatus.DONE:
            self.show_message(
                self.tr("Aftercare sheets are for done sessions. Mark the session done first."),
                "info",
            )
            return
        from mesodesk.ui.printing import preview_aftercare

        preview_aftercare(self, self.ctx, [self._record.id])

    def print_consent(self) -> None:
        template_id = self.consent_panel.print_template_id()
        if template_id is None:
            return
        from mesodesk.ui.printing import preview_consent

        lines: list[TreatmentInput] = self.form.treatment_inputs()
        preview_consent(
            self,
            self.ctx,
            patient_id=self._patient_id,
            lines=lines,
            template_id=template_id,
            session_date=self.ctx.format_date(self.form.appointment.starts_at()),
            practitioner_id=cast(int | None, self.practitioner_combo.currentData()),
        )

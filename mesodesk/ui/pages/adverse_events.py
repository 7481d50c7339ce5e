"""The "Open adverse events" page: unresolved events by follow-up date, overdue first."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import adverse_events as event_service
from mesodesk.services.adverse_events import OpenEvent
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.adverse_event_editor import AdverseEventEditor, DateField, text_box
from mesodesk.ui.models.adverse_events import (
    COL_DAYS_OPEN,
    COL_FOLLOW_UP,
    COL_PATIENT,
    COL_SESSION,
    COL_SEVERITY,
    COL_TYPE,
    OpenEventTableModel,
    severity_label,
)
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import BANNER_STYLE
from mesodesk.ui.widgets.inline_errors import InlineErrors
from mesodesk.ui.widgets.selection import selected_index

HEADER_KEY = "adverseEvents/header"
REFRESH_ON = frozenset({"adverse_event", "patient", "session", "catalog", "settings", "all"})


class ResolveEventDialog(QDialog):
    """Close one open event: its outcome and the day it resolved."""

    resolved = Signal(int)

    def __init__(
        self,
        ctx: DeskContext,
        event: OpenEvent,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_event = event
        self.today = today or date.today()
        self.setObjectName("resolveEventDialog")
        self.setWindowTitle(self.tr("Resolve adverse event"))
        self.errors = InlineErrors(self)

        what = QLabel(
            self.tr("<b>{type}</b> ({severity}) · {patient}, began {onset}").format(
                type=escape(event.side_effect_name),
                severity=escape(severity_label(event.severity).lower()),
                patient=escape(event.patient_name),
                onset=escape(ctx.format_date(event.onset_date)),
            ),
            self,
        )
        what.setWordWrap(True)
        self.outcome = text_box(3, self, "resolveOutcome")
        self.outcome.setPlaceholderText(self.tr("How it ended, e.g. faded within a week"))
        self.resolved_on = DateField(ctx.date_format, self, "resolveDate")
        self.resolved_on.set_value(self.today)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Outcome *"), self.errors.field("outcome", self.outcome))
        form.addRow(self.tr("&Resolved on *"), self.errors.field("resolved_date", self.resolved_on))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Resolve"))
        ok.setObjectName("resolveButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(what)
        layout.addWidget(self.errors.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @Slot()
    def save(self) -> bool:
        """Resolve and close; on failure show why and keep what was typed."""
        self.errors.clear()
        try:
            when = self.resolved_on.value()
        except ValueError:
            self.errors.show(
                {"resolved_date": self.tr("Type the date as {0}.").format(self.ctx.date_format)}
            )
            return False
        if when is None:
            self.errors.show({"resolved_date": self.tr("Enter the day the event resolved.")})
            return False
        try:
            event_service.resolve_event(
                self.ctx.db,
                self.open_event.id,
                self.outcome.toPlainText(),
                when,
                actor=self.ctx.actor,
                today=self.today,
            )
        except ValidationFailed as failure:
            self.errors.show(failure.errors)
            return False
        except Exception as error:  # shown in the dialog; what was typed stays
            self.errors.show_banner(
                self.tr("The event was not resolved: {0}").format(
                    failure_reason(error, "pages.adverse_events.save")
                )
            )
            return False
        self.resolved.emit(self.open_event.id)
        bus().changed.emit("adverse_event")
        self.done(QDialog.DialogCode.Accepted)
        return True

    def accept(self) -> None:
        self.save()


class AdverseEventsPage(QWidget):
    """Open events with their follow-up dates; open one to amend it, or resolve it."""

    patientActivated = Signal(int)
    """Emitted with a patient's id when the user asks to open that patient's chart."""

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._fixed_today = today
        self._stale = False
        self.dialog: QDialog | None = None
        """The editor or resolve dialog currently open, if any."""
        self.setObjectName("adverseEventsPage")
        self._build()
        bus().changed.connect(self._on_data_changed)
        self._restore_state()
        self.refresh()

    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)

        title = QLabel(self.tr("Open adverse events"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("openEventsSummary")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)

        self.error = QLabel(self)
        self.error.setObjectName("openEventsError")
        self.error.setStyleSheet(BANNER_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)

        self.action_edit = QAction(self.tr("&Open event…"), self)
        self.action_edit.setObjectName("actionEditEvent")
        self.action_edit.triggered.connect(self.edit_current)
        self.action_resolve = QAction(self.tr("&Resolve…"), self)
        self.action_resolve.setObjectName("actionResolveEvent")
        self.action_resolve.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.action_resolve.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_resolve.triggered.connect(self.resolve_current)
        self.action_chart = QAction(self.tr("Open patient's &chart"), self)
        self.action_chart.setObjectName("actionOpenPatientChart")
        self.action_chart.triggered.connect(self.open_chart)
        self.addAction(self.action_resolve)

        tools = QHBoxLayout()
        tools.setSpacing(8)
        self.edit_button = QPushButton(self.action_edit.text(), self)
        self.edit_button.setObjectName("editEvent")
        self.edit_button.clicked.connect(self.edit_current)
        self.resolve_button = QPushButton(self.action_resolve.text(), self)
        self.resolve_button.setObjectName("resolveEvent")
        self.resolve_button.setToolTip(self.tr("Record the outcome and close the event (Ctrl+R)"))
        self.resolve_button.clicked.connect(self.resolve_current)
        self.chart_button = QPushButton(self.action_chart.text(), self)
        self.chart_button.setObjectName("openPatientChart")
        self.chart_button.clicked.connect(self.open_chart)
        for button in (self.edit_button, self.resolve_button, self.chart_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)

        self.model = OpenEventTableModel(self.ctx.format_date, self)
        self.table = QTableView(self)
        self.table.setObjectName("openAdverseEvents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.action_edit, self.action_resolve, self.action_chart):
            self.table.addAction(action)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.empty = QLabel(
            self.tr(
                "<p><b>No open adverse events — nothing is waiting for follow-up.</b></p>"
                "<p>Record an event from the session it followed, in the patient's chart. "
                "It stays on this list, by follow-up date, until it is resolved.</p>"
            ),
            self,
        )
        self.empty.setObjectName("openEventsEmpty")
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        legend = QLabel(
            self.tr(
                "Rows in red have a follow-up date that has passed. Double-click an event "
                "(or press Enter) to amend it; right-click for more."
            ),
            self,
        )
        legend.setObjectName("openEventsLegend")
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(legend)

    def _restore_state(self) -> None:
        value = QSettings().value(HEADER_KEY)
        if value is not None:
            self.table.horizontalHeader().restoreState(value)

    @Slot()
    def save_state(self) -> None:
        QSettings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def hideEvent(self, event: Any) -> None:
        self.save_state()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- data -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the open events, keeping the selected one selected."""
        self._stale = False
        keep = self.current_event_id()
        try:
            rows = event_service.open_events(self.ctx.db, actor=self.ctx.actor, today=self.today)
        except Exception as error:  # the page stays usable; the message says what failed
            self._show_error(
                self.tr("Open adverse events could not be loaded: {0}").format(
                    failure_reason(error, "pages.adverse_events.refresh")
                )
            )
            return
        self.error.hide()
        self.model.set_rows(rows, self.today)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            for column in (COL_FOLLOW_UP, COL_PATIENT, COL_SESSION, COL_TYPE, COL_SEVERITY):
                self.table.resizeColumnToContents(column)
            self.table.horizontalHeader().setSectionResizeMode(
                COL_DAYS_OPEN, QHeaderView.ResizeMode.ResizeToContents
            )
        self._update_summary()
        if keep is not None:
            self.select_event(keep)
        self._update_actions()

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        overdue = self.model.overdue_count()
        if not count:
            self.summary.setText("")
            return
        text = self.tr("1 open event") if count == 1 else self.tr("{n} open events")
        text = text.format(n=count)
        if overdue:
            text += " · " + (
                self.tr("1 follow-up overdue")
                if overdue == 1
                else self.tr("{n} follow-ups overdue").format(n=overdue)
            )
            self.summary.setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)

    @Slot(str)
    def _on_data_changed(self, what: str) -> None:
        if what not in REFRESH_ON:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # --- selection ------------------------------------------------------------------------

    def current_event(self) -> OpenEvent | None:
        index = selected_index(self.table)
        return self.model.row_at(index.row()) if index is not None else None

    def current_event_id(self) -> int | None:
        event = self.current_event()
        return event.id if event is not None else None

    def select_event(self, event_id: int) -> bool:
        row = self.model.row_of(event_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, *_: object) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.current_event() is not None
        for action in (self.action_edit, self.action_resolve, self.action_chart):
            action.setEnabled(chosen)
        for button in (self.edit_button, self.resolve_button, self.chart_button):
            button.setEnabled(chosen)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.edit_current()

    # --- actions --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None

    @Slot()
    def edit_current(self) -> AdverseEventEditor | None:
        """Open the selected event in the editor."""
        event = self.current_event()
        if event is None:
            return None
        editor = AdverseEventEditor(self.ctx, event.session_id, event.id, self, today=self.today)
        self._open(editor)
        return editor

    @Slot()
    def resolve_current(self) -> ResolveEventDialog | None:
        """Ask for the outcome and the day the selected event resolved."""
        event = self.current_event()
        if event is None:
            return None
        dialog = ResolveEventDialog(self.ctx, event, self, today=self.today)
        self._open(dialog)
        return dialog

    @Slot()
    def open_chart(self) -> None:
        event = self.current_event()
        if event is not None:
            self.patientActivated.emit(event.patient_id)

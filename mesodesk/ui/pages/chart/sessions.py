"""The chart's Sessions tab: the patient's sessions newest first, with their flags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import SessionStatus
from mesodesk.services import chart as chart_service
from mesodesk.services.dto import SessionSummary
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.sessions import (
    COL_AREAS,
    COL_DATE,
    COL_FLAGS,
    COL_PATIENT,
    COL_PRACTITIONER,
    COL_PRODUCTS,
    COL_STATUS,
    COL_VOLUME,
    SessionTableModel,
)
from mesodesk.ui.ops import report_failure
from mesodesk.ui.pages.chart.common import SPACING, empty_hint, table
from mesodesk.ui.pages.chart.history import SessionHistoryDialog
from mesodesk.ui.pages.chart.map_preview import MapPreview

SETTINGS_KEY = "patientChart/sessionColumns.v2"
"""Column widths the user chose (v2: the Flags column was added)."""


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
        if column == COL_FLAGS:
            return super().tooltip_text(row, column)
        return self.display_text(row, column)


class SessionsTab(QWidget):
    """The list and its actions: open, change history, print aftercare, adverse event."""

    activated = Signal(int)
    """A session was double-clicked or Enter was pressed on it: its id."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history_dialog: SessionHistoryDialog | None = None
        self._columns_sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING // 2)
        bar = QHBoxLayout()
        bar.setSpacing(SPACING // 2)
        self.count_label = QLabel()
        self.count_label.setObjectName("sessionCount")
        self.open_button = QPushButton(self.tr("Open session"))
        self.open_button.setObjectName("openSessionButton")
        self.open_button.clicked.connect(self._activate_current)
        self.history_button = QPushButton(self.tr("Change history…"))
        self.history_button.setObjectName("sessionHistoryButton")
        self.history_button.clicked.connect(self.show_history)
        self.print_action = QAction(self.tr("Print aftercare…"), self)
        self.print_action.setObjectName("actionPrintAftercare")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_aftercare)
        self.print_button = QToolButton()
        self.print_button.setObjectName("printAftercareButton")
        self.print_button.setDefaultAction(self.print_action)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.event_button = QPushButton(self.tr("Record adverse event…"))
        self.event_button.setObjectName("recordAdverseEventButton")
        self.event_button.clicked.connect(self.record_adverse_event)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        for widget in (self.print_button, self.event_button, self.open_button):
            bar.addWidget(widget)
        bar.addWidget(self.history_button)
        layout.addLayout(bar)

        self.model = ChartSessionTableModel(ctx, self)
        self.view = table("sessionList")
        self.view.setModel(self.model)
        self.view.hideColumn(COL_PATIENT)
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PRODUCTS, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._activate)
        self.view.installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.empty = empty_hint("", "sessionsEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.map_preview = MapPreview(ctx)
        body = QHBoxLayout()
        body.addWidget(self.stack, 1)
        body.addWidget(self.map_preview)
        layout.addLayout(body, 1)
        self.view.selectionModel().selectionChanged.connect(
            lambda: self.map_preview.show_session(self.current_session_id())
        )
        self._restore_columns()

    # --- showing ----------------------------------------------------------------------------

    def show_sessions(self, sessions: Sequence[SessionSummary], *, archived: bool) -> None:
        selected = self.current_session_id()
        self.model.set_rows(sessions)
        self.stack.setCurrentWidget(self.view if sessions else self.empty)
        count = len(sessions)
        for button in (self.open_button, self.history_button):
            button.setVisible(bool(count))
        self.empty.setText(
            self.tr("<p><b>No sessions yet.</b></p><p>Use <b>New session…</b> to record one.</p>")
            if not archived
            else self.tr(
                "<p><b>No sessions recorded.</b></p>"
                "<p>This patient is archived: use <b>Restore…</b> to record sessions again.</p>"
            )
        )
        self.count_label.setText(
            ""
            if not count
            else self.tr("1 session")
            if count == 1
            else self.tr("{0} sessions, newest first").format(count)
        )
        if sessions and not self._columns_sized:
            self._size_columns()
        elif sessions:
            self._fit_flags()
        for row, summary in enumerate(sessions):
            if summary.id == selected:
                self.view.selectRow(row)
                break

    def current_session(self) -> SessionSummary | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.row_at(index.row())

    def current_session_id(self) -> int | None:
        current = self.current_session()
        return current.id if current is not None else None

    def _update_buttons(self) -> None:
        current = self.current_session()
        has = current is not None
        self.history_button.setEnabled(has)
        self.open_button.setEnabled(has)
        done = current is not None and current.status == SessionStatus.DONE
        self.print_action.setEnabled(done)
        self.event_button.setEnabled(done)
        hint = "" if done else self.tr("Select a done session.")
        self.print_button.setToolTip(hint or self.tr("Preview and print its aftercare sheet"))
        self.event_button.setToolTip(hint)

    # --- actions ----------------------------------------------------------------------------

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

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_at(index.row()).id)

    def _activate_current(self) -> None:
        session_id = self.current_session_id()
        if session_id is not None:
            self.activated.emit(session_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._activate_current()
            return True
        return super().eventFilter(watched, event)

    def show_history(self) -> SessionHistoryDialog | None:
        """Open the change history of the selected session (non-blocking)."""

        summary = self.current_session()
        if summary is None:
            return None
        try:
            versions = chart_service.session_versions(
                self.ctx.db, summary.id, actor=self.ctx.actor, format_moment=self.ctx.format_date
            )
        except Exception as error:
            report_failure(
                self, error, title=self.tr("Change history"), operation="session_history"
            )
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

    # --- column widths: fitted to the first rows, then as the user leaves them --------------

    def _size_columns(self) -> None:
        """Fit the short columns to the text of the first rows and to their headers.

        Measured with the view's font metrics rather than ``resizeColumnToContents``, which
        asks the delegate for a size hint of every cell sampled (several ms for a long chart).
        """
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        model = self.model
        style = self.view.style()
        margin = 2 * (
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        )
        rows = [model.row_at(row) for row in range(min(model.rowCount(), 50))]
        for column in (COL_DATE, COL_STATUS, COL_FLAGS, COL_AREAS, COL_PRACTITIONER, COL_VOLUME):
            texts = {model.display_text(row, column) for row in rows}
            content = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            width = max(content + margin, header.sectionSizeHint(column))
            header.resizeSection(column, min(width + SPACING, 320))
        self._columns_sized = True

    def _fit_flags(self) -> None:
        """Widen the Flags column (never narrow it) so the first rows' flags show whole, even
        under widths the user saved before those flags appeared."""
        texts = {
            self.model.display_text(r, COL_FLAGS)
            for r in (self.model.row_at(r) for r in range(min(self.model.rowCount(), 50)))
        }
        metrics = self.view.fontMetrics()
        needed = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        header = self.view.horizontalHeader()
        if needed and header.sectionSize(COL_FLAGS) < needed + 2 * SPACING:
            header.resizeSection(COL_FLAGS, needed + 2 * SPACING)

    def _restore_columns(self) -> None:
        """Apply widths the user chose before; only the user's own resizing is remembered."""
        header = self.view.horizontalHeader()
        state = QSettings().value(SETTINGS_KEY)
        if state is not None and header.restoreState(state):
            self.view.hideColumn(COL_PATIENT)
            header.setSectionResizeMode(COL_PRODUCTS, QHeaderView.ResizeMode.Stretch)
            self._columns_sized = True
        header.sectionResized.connect(self._save_columns)

    def _save_columns(self, _index: int, _old: int, _new: int) -> None:
        if self.view.isVisible() and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            QSettings().setValue(SETTINGS_KEY, self.view.horizontalHeader().saveState())

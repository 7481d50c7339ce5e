"""The patients page: search-as-you-type over a lazily loaded list, and the way to add one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import patient_list
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.icons import icon
from mesodesk.ui.locale_format import count_text, date_format_hint
from mesodesk.ui.models.patients import (
    COL_BIRTH,
    COL_FAMILY,
    COL_GIVEN,
    PatientTableModel,
)
from mesodesk.ui.ops import log_failure
from mesodesk.ui.theme import ERROR_STYLE
from mesodesk.ui.widgets.selection import selected_index

if TYPE_CHECKING:
    # The editor (and the services it saves through) loads on first use, after the list
    # has painted.
    from mesodesk.services.dto import PatientRecord
    from mesodesk.ui.dialogs.patient_editor import PatientEditor

SEARCH_DELAY_MS = 150
"""Long enough to skip the queries for half-typed words, short enough to feel instant."""

HEADER_KEY = "patientsPage/header"
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PatientsPage(QWidget):
    """Find a patient by name, date of birth or phone, and open or create one."""

    patientActivated = Signal(int)
    """The user opened a patient (Enter or double-click on a row, or a new patient saved)."""

    _first_row_pending = False
    """A search has results whose first row becomes current after their first paint."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("patientsPage")
        self._stale = False
        self._editor: PatientEditor | None = None

        self.model = PatientTableModel(ctx, self)
        self.model.loadFailed.connect(self._show_error)

        self.search = QLineEdit(self)
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(
            self.tr("Search by name, date of birth ({format}) or phone").format(
                format=date_format_hint(ctx.date_format)
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("edit-find"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search patients"))
        self.search.setToolTip(self.tr("Ctrl+F. Press ↓ to move into the list."))
        self.search.textChanged.connect(self._schedule_search)
        self.search.installEventFilter(self)

        self.show_archived = QCheckBox(self.tr("Show &archived"), self)
        self.show_archived.setObjectName("patientShowArchived")
        self.show_archived.toggled.connect(self._run_search)

        self.new_button = QPushButton(icon("document-new"), self.tr("&New patient…"), self)
        self.new_button.setObjectName("patientNewButton")
        self.new_button.setToolTip(self.tr("Add a patient (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_patient)

        self.table = QTableView(self)
        self.table.setObjectName("patientList")
        self.table.setAccessibleName(self.tr("Patients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks the model for rows it does not paint.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((COL_FAMILY, 28), (COL_GIVEN, 24), (COL_BIRTH, 16)):
            # at least the title's width, whatever the language
            header.resizeSection(column, max(char * chars, header.sectionSizeHint(column)))
        self._restore_header()
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(400)
        self._header_timer.timeout.connect(self.save_header)
        header.sectionResized.connect(lambda *_: self._header_timer.start())
        header.sectionMoved.connect(lambda *_: self._header_timer.start())
        self.table.doubleClicked.connect(self._activate_index)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)

        self.empty_title = QLabel(self)
        self.empty_title.setObjectName("patientEmptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setWordWrap(True)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("patientEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_title.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_state = QWidget(self)
        self.empty_state.setObjectName("patientEmptyState")
        empty_layout = QVBoxLayout(self.empty_state)
        # A readable line length, centred, however wide the window is.
        self.empty_hint.setMaximumWidth(self.fontMetrics().averageCharWidth() * 72)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addSpacing(8)
        # Stretches rather than an alignment flag: an aligned word-wrapped label is given the
        # height of its one-line width and gets clipped.
        hint_row = QHBoxLayout()
        hint_row.addStretch(1)
        hint_row.addWidget(self.empty_hint, 100)
        hint_row.addStretch(1)
        empty_layout.addLayout(hint_row)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)

        self.status = QLabel(self)
        self.status.setObjectName("patientCount")
        self.error = QLabel(self)
        self.error.setObjectName("patientError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

        # A window that offers its own "Find patient" action disables this one
        # (two active shortcuts on one key would cancel each other out).
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_search)

        bus().changed.connect(self._on_data_changed)
        self._run_search()

    # --- public slots ---------------------------------------------------------------------

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def refresh(self) -> None:
        """Re-run the current search, keeping the selected patient selected when possible."""
        self._search_timer.stop()
        keep = self.current_patient_id()
        self.model.set_query(self.search.text(), self.show_archived.isChecked())
        self._after_query()
        if keep is not None:
            self.select_patient(keep)

    @Slot()
    def new_patient(self) -> PatientEditor:
        """Open the editor for a new patient; once saved, select and open them."""
        if self._editor is not None and self._editor.isVisible():
            self._editor.raise_()
            self._editor.activateWindow()
            return self._editor
        from mesodesk.ui.dialogs.patient_editor import PatientEditor

        editor = PatientEditor(self.ctx, None, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_new_patient_saved)
        editor.destroyed.connect(self._forget_editor)
        self._editor = editor
        editor.open()
        return editor

    def current_patient_id(self) -> int | None:
        index = selected_index(self.table)
        if index is None:
            return None
        value = index.siblingAtColumn(COL_FAMILY).data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def select_patient(self, patient_id: int) -> bool:
        """Select ``patient_id`` if the current list shows it near the top or in view."""
        row = self.model.row_of(patient_id)
        if row is None:
            return False
        index = self.model.index(row, COL_FAMILY)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        return True

    def save_header(self) -> None:
        """Remember the column widths and order, when they differ from what is stored (the
        page hides whenever a chart opens: an unchanged state is not written again)."""
        state = self.table.horizontalHeader().saveState()
        if state != self._saved_header:
            QSettings().setValue(HEADER_KEY, state)
            self._saved_header = state

    # --- searching ------------------------------------------------------------------------

    @Slot()
    def _schedule_search(self) -> None:
        self._search_timer.start()

    @Slot()
    def _run_search(self) -> None:
        self._search_timer.stop()
        self._stale = False
        self.model.set_query(self.search.text(), self.show_archived.isChecked())
        self._after_query()
        # A current row makes Enter and the arrow keys work as soon as the list has focus.
        # It is set once the results have painted: setting it now would force the view's
        # pending layout and a second paint before the first sight of the results. (Enter or
        # Down in the search box set it themselves if it is not there yet.)
        self._first_row_pending = self.model.rowCount() > 0
        if self._first_row_pending and not self.table.viewport().isVisible():
            self._select_first_row()

    @Slot()
    def _select_first_row(self) -> None:
        self._first_row_pending = False
        if self.model.rowCount() > 0 and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, COL_FAMILY))

    def _after_query(self) -> None:
        if not self.model.last_error:
            self.error.hide()
        count = self.model.rowCount()
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            self._set_empty_text()
            self.stack.setCurrentWidget(self.empty_state)
        self.status.setText(self._count_text(count, bool(self.model.text.strip())))
        # The empty state already says it; "0 patients" underneath would only repeat it.
        self.status.setVisible(count > 0)

    def _count_text(self, count: int, searching: bool) -> str:
        number = count_text(count)
        if searching:
            if count == 1:
                return self.tr("1 patient matches")
            return self.tr("{n} patients match").format(n=number)
        if count == 1:
            return self.tr("1 patient")
        return self.tr("{n} patients").format(n=number)

    def _set_empty_text(self) -> None:
        if self.model.last_error:
            self.empty_title.setText(self.tr("The patient list could not be read"))
            self.empty_hint.setText(self.model.last_error)
            return
        text = self.model.text.strip()
        if text:
            self.empty_title.setText(self.tr("No patient matches “{text}”").format(text=text))
            hint = self.tr(
                "Search by family or given name (accents and capitals do not matter), "
                "by date of birth as {format}, or by phone number."
            ).format(format=date_format_hint(self.ctx.date_format))
            if not self.show_archived.isChecked():
                hint += " " + self.tr("Tick “Show archived” to include archived patients.")
            hint += " " + self.tr("Press Ctrl+N to add a new patient.")
            self.empty_hint.setText(hint)
            return
        if not self.show_archived.isChecked() and self._archived_only():
            self.empty_title.setText(self.tr("All patients are archived"))
            self.empty_hint.setText(
                self.tr("Tick “Show archived” to see them, or press Ctrl+N to add a new patient.")
            )
            return
        self.empty_title.setText(self.tr("No patients yet"))
        self.empty_hint.setText(self.tr("Press Ctrl+N to add the first patient."))

    def _archived_only(self) -> bool:
        try:
            return (
                patient_list.find_patients(
                    self.ctx.db, include_archived=True, actor=self.ctx.actor
                ).count
                > 0
            )
        except Exception as error:  # only chooses between two hints; the list error is shown
            log_failure(error, "find_patients archived")
            return False

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # --- opening patients -----------------------------------------------------------------

    @Slot(QModelIndex)
    def _activate_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        value = index.siblingAtColumn(COL_FAMILY).data(Qt.ItemDataRole.UserRole)
        if value is not None:
            self.patientActivated.emit(int(value))

    @Slot(object)
    def _on_new_patient_saved(self, record: PatientRecord) -> None:
        self.refresh()
        if not self.select_patient(record.id):
            # Not among the first rows of the current search: narrow the search to the new
            # patient rather than reading the whole list to find their row.
            self.search.setText(f"{record.family_name} {record.given_name}")
            self._run_search()  # now, not after the typing delay
            self.select_patient(record.id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.patientActivated.emit(record.id)

    @Slot()
    def _forget_editor(self) -> None:
        self._editor = None

    # --- events ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._first_row_pending
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
        ):
            self._first_row_pending = False
            QTimer.singleShot(0, self, self._select_first_row)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search:
                return self._search_key(event)
            if watched is self.table:
                return self._table_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        """Enter opens the highlighted patient; Down (or Page Down) moves into the list on
        that same row. Both act on the results of what is typed, never on older ones."""
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, *_ACTIVATE_KEYS):
            if self._search_timer.isActive():
                self._run_search()
            if self.model.rowCount() == 0:
                return key in _ACTIVATE_KEYS
            index = self._highlight()
            if key in _ACTIVATE_KEYS:
                # The box keeps the focus: the next Down starts from this same row.
                self._activate_index(index)
            else:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _highlight(self) -> QModelIndex:
        """The highlighted row (the selected one, else the first), made current and selected,
        so that what the user sees is what Enter opens and where Down starts."""
        index = selected_index(self.table)
        row = index.row() if index is not None else 0
        current = self.model.index(row, COL_FAMILY)
        self.table.setCurrentIndex(current)
        self.table.selectRow(row)
        return current

    def _table_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ACTIVATE_KEYS:
            self._activate_index(self.table.currentIndex())
            return True
        if key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
            self.focus_search()
            return True
        text = event.text()
        if (
            text
            and text.isprintable()
            and not event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        ):
            # Typing in the list continues the search instead of jumping to a row.
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.insert(text)
            self._schedule_search()
            return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_header()
        super().hideEvent(event)

    @Slot(str)
    def _on_data_changed(self, kind: str) -> None:
        # Any change may add, rename or archive patients (imports, restores, merges), and a
        # refresh is one count and one page; while hidden, wait until the page is shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    _saved_header: QByteArray | None = None

    def _restore_header(self) -> None:
        state = QSettings().value(HEADER_KEY)
        header = self.table.horizontalHeader()
        if isinstance(state, QByteArray) and header.restoreState(state):
            self._saved_header = state
            # Widths saved in another language may be narrower than this one's titles.
            for column in (COL_FAMILY, COL_GIVEN, COL_BIRTH):
                if header.sectionSize(column) < header.sectionSizeHint(column):
                    header.resizeSection(column, header.sectionSizeHint(column))

"""The recall list page: patients to call for maintenance or a missing next session."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import courses
from mesodesk.services.courses import RecallItem
from mesodesk.services.errors import ServiceError
from mesodesk.services.files import write_file
from mesodesk.ui import workers
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.icons import icon
from mesodesk.ui.models.recall import (
    COL_COURSE,
    COL_DUE,
    COL_KIND,
    COL_LAST,
    COL_OVERDUE,
    COL_PATIENT,
    COL_PHONE,
    COL_PRACTITIONER,
    ITEM_ROLE,
    RecallTableModel,
    kind_label,
)

REFRESH_KINDS = ("session", "patient", "course", "practitioner", "settings", "all")
ALL_KINDS = ""


def load_recall_list(db: Any, generation: int) -> tuple[int, list[RecallItem]]:
    """The recall list, tagged with the load it answers (runs in a worker)."""
    return generation, courses.recall_list(db)


class RecallListPage(QWidget):
    """Who to call: due or overdue maintenance, and courses with no next session booked."""

    planRequested = Signal(int, object)
    """(patient_id, proposed start: aware datetime in the clinic's zone, or None): open the
    session editor for the patient at that time."""
    patientActivated = Signal(int)
    """A row was double-clicked: open the patient's chart."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("recallListPage")
        self._job: workers.Worker | None = None
        self._generation = 0
        self._stale = True
        self._loaded = False
        self._build()
        bus().changed.connect(self._on_data_changed)
        self._update_actions()

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)

        title = QLabel(self.tr("Recall list"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "Patients whose maintenance session is due, and courses with no next session "
                "booked. Patients with a booked session are left out."
            )
        )
        subtitle.setWordWrap(True)
        root.addWidget(title)
        root.addWidget(subtitle)

        bar = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("recallKind")
        self.kind_combo.addItem(self.tr("All reasons"), ALL_KINDS)
        for kind in courses.RECALL_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        kind_label_widget = QLabel(self.tr("&Show:"))
        kind_label_widget.setBuddy(self.kind_combo)
        bar.addWidget(kind_label_widget)
        bar.addWidget(self.kind_combo)
        self.late_combo = QComboBox()
        self.late_combo.setObjectName("recallLateLimit")
        self.late_combo.addItem(self.tr("however late"), -1)
        for days, text in (
            (31, self.tr("up to a month late")),
            (92, self.tr("up to 3 months late")),
            (366, self.tr("up to a year late")),
        ):
            self.late_combo.addItem(text, days)
        self.late_combo.setToolTip(
            self.tr("Leave out patients who lapsed long ago (the export follows this choice)")
        )
        self.late_combo.currentIndexChanged.connect(self._on_kind_changed)
        bar.addWidget(self.late_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("recallCount")
        bar.addWidget(self.count_label, 1)

        self.refresh_button = QPushButton(icon("view-refresh"), self.tr("&Refresh"))
        self.refresh_button.setObjectName("recallRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.plan_action = QAction(self.tr("&Plan next session…"), self)
        self.plan_action.setObjectName("actionPlanNextSession")
        self.plan_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.plan_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.plan_action.triggered.connect(self.plan_next)
        self.addAction(self.plan_action)
        self.plan_button = QPushButton(self.plan_action.text())
        self.plan_button.setObjectName("recallPlanNext")
        self.plan_button.setToolTip(
            self.tr("Book the selected patient's next session (Ctrl+Enter)")
        )
        self.plan_button.clicked.connect(self.plan_action.trigger)
        self.export_button = QPushButton(icon("document-save"), self.tr("&Export CSV…"))
        self.export_button.setObjectName("recallExport")
        self.export_button.clicked.connect(self.export_csv)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.plan_button)
        bar.addWidget(self.export_button)
        root.addLayout(bar)

        self.model = RecallTableModel(self.ctx.format_date, self)
        self.table = QTableView()
        self.table.setObjectName("recallList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_COURSE, QHeaderView.ResizeMode.Stretch)
        # Widths from typical content, not resizeColumnsToContents: the list can hold tens of
        # thousands of rows.
        metrics = self.table.fontMetrics()
        sample = self.ctx.format_date(date(2026, 12, 28))
        typical = {
            COL_KIND: kind_label(courses.MAINTENANCE_OVERDUE),
            COL_PATIENT: "Mariana Fernández-Oliveira",
            COL_PHONE: "+44 7700 900123",
            COL_PRACTITIONER: "Dr Camille Laurent",
            COL_LAST: sample,
            COL_DUE: sample,
            COL_OVERDUE: "365 days late",
        }
        for column, text in typical.items():
            header.resizeSection(column, metrics.horizontalAdvance(text) + 28)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("recallLoading")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("recallEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = QLabel()
        self.error_label.setObjectName("recallError")
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("QLabel { color: #a8231b; }")

        self.stack = QStackedWidget()
        for widget in (self.loading_label, self.empty_label, self.error_label, self.table):
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(self.loading_label)
        root.addWidget(self.stack, 1)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the list again in a worker; the table shows "Loading…" the first time."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        if not self._loaded:
            self.stack.setCurrentWidget(self.loading_label)
        self.refresh_button.setEnabled(False)
        self.count_label.setText(self.tr("Loading…"))
        # Bound methods, not lambdas: Qt then delivers the results on the GUI thread.
        self._job = workers.start(
            load_recall_list,
            self.ctx.db,
            generation,
            on_done=self._on_loaded,
            on_error=self._on_failed,
        )

    def is_loading(self) -> bool:
        return self._job is not None

    def _on_loaded(self, result: Any) -> None:
        generation, items = result
        if generation != self._generation:
            return  # an older load finished after a newer one started
        self._job = None
        self._loaded = True
        keep = self.selected_item()
        self.model.set_items(list(items))
        self.refresh_button.setEnabled(True)
        self._show_state()
        if keep is not None:
            self._select(keep.patient_id, keep.course_id)
        elif self.model.rowCount() and self.table.isVisible():
            self.table.selectRow(0)
        self._update_actions()

    def _on_failed(self, message: str) -> None:
        self._job = None
        self.refresh_button.setEnabled(True)
        self.error_label.setText(
            self.tr("The recall list could not be loaded: {reason}").format(reason=message)
        )
        self.stack.setCurrentWidget(self.error_label)
        self.count_label.setText("")
        self._update_actions()

    def _show_state(self) -> None:
        counts = self.model.counts()
        total = sum(counts.values())
        shown = self.model.rowCount()
        parts = [f"{kind_label(k)}: {n}" for k, n in counts.items() if n]
        if total == 0:
            self.count_label.setText(self.tr("Nobody to call."))
        elif shown == total:
            self.count_label.setText(
                self.tr("{n} to call ({parts})").format(n=total, parts=", ".join(parts))
            )
        else:
            self.count_label.setText(self.tr("{shown} of {n} shown").format(shown=shown, n=total))
        if shown:
            self.stack.setCurrentWidget(self.table)
            return
        if total:
            hint = self.tr(
                "Nobody in this group. Choose <b>All reasons</b> and <b>however late</b> to "
                "see everyone."
            )
        else:
            hint = self.tr(
                "<p><b>Nobody to call.</b></p><p>Patients appear here two weeks before their "
                "maintenance session is due, and when a course has no next session booked.</p>"
            )
        self.empty_label.setText(hint)
        self.stack.setCurrentWidget(self.empty_label)

    # --- selection and actions --------------------------------------------------------------

    def selected_item(self) -> RecallItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.model.data(rows[0], ITEM_ROLE)
        return item if isinstance(item, RecallItem) else None

    def _select(self, patient_id: int, course_id: int) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item.patient_id == patient_id and item.course_id == course_id:
                self.table.selectRow(row)
                return

    def plan_next(self) -> None:
        """Propose the selected patient's next session and ask for it to be booked."""
        item = self.selected_item()
        if item is None:
            return
        try:
            proposed = courses.propose_next(self.ctx.db, item)
        except ServiceError:
            proposed = None  # the editor still opens; the user picks the time
        self.planRequested.emit(item.patient_id, proposed)

    def export_csv(self) -> None:
        """Save the rows shown (this filter, this order) as a CSV file."""
        items = self.model.visible_items()
        default = str(Path.home() / f"recall-{date.today().isoformat()}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the recall list"), default, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        data = ("\ufeff" + courses.recall_csv(items)).encode("utf-8")  # BOM: Excel reads UTF-8
        try:
            write_file(data, Path(path))
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Export the recall list"), str(error))
            return
        self.count_label.setText(
            self.tr("{n} rows saved to {file}.").format(n=len(items), file=Path(path).name)
        )

    def _update_actions(self) -> None:
        has_item = self.selected_item() is not None
        self.plan_action.setEnabled(has_item)
        self.plan_button.setEnabled(has_item)
        self.export_button.setEnabled(self._loaded and self.model.rowCount() > 0)

    # --- events -----------------------------------------------------------------------------

    def _on_kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        limit = self.late_combo.currentData()
        self.model.set_kind(kind or None)
        self.model.set_late_limit(None if limit is None or limit < 0 else int(limit))
        if self._loaded:
            self._show_state()
        self._update_actions()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        item = self.model.data(index, ITEM_ROLE)
        if isinstance(item, RecallItem):
            self.patientActivated.emit(item.patient_id)

    def _on_data_changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._job is None:
            self.refresh()

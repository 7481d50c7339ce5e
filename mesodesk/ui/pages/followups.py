"""The follow-ups page: patients to call back for maintenance or a missing next session.

(Not the lot recall, which finds who received a product lot: see ``dialogs/lot_recall.py``.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.accounts import User
from mesodesk.services import courses
from mesodesk.services.courses import ContactOutcome, FollowUpItem, FollowUpView
from mesodesk.services.errors import ServiceError
from mesodesk.services.files import write_file
from mesodesk.services.settings import clinic_zone
from mesodesk.ui import theme
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext, no_practitioner_message
from mesodesk.ui.icons import icon
from mesodesk.ui.models.followups import (
    COL_CONTACT,
    COL_COURSE,
    COL_DUE,
    COL_KIND,
    COL_LAST,
    COL_OVERDUE,
    COL_PATIENT,
    COL_PHONE,
    COL_PRACTITIONER,
    ITEM_ROLE,
    FollowUpTableModel,
    contact_label,
    kind_label,
    overdue_text,
)
from mesodesk.ui.ops import Operation, report_failure, run_op

REFRESH_KINDS = ("session", "patient", "course", "practitioner", "settings", "followup", "all")
ALL_KINDS = ""
HOWEVER_LATE = -1


def load_followups(
    db: Any, actor: User, generation: int, today: date, limit: int | None, view: FollowUpView
) -> tuple[int, list[FollowUpItem]]:
    """The follow-up list, tagged with the load it answers (runs in a worker)."""
    items = courses.followups(db, actor=actor, today=today, overdue_limit_days=limit, view=view)
    return generation, items


class FollowUpsPage(QWidget):
    """Who to call: due or overdue maintenance, and courses with no next session booked.

    ``today`` gives the clinic's date (injected by tests; default: the clinic's clock).
    """

    planRequested = Signal(int, object)
    """(patient_id, proposed start: aware datetime in the clinic's zone, or None): open the
    session editor for the patient at that time."""
    patientActivated = Signal(int)
    """A row was double-clicked: open the patient's chart."""

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("followupsPage")
        zone = clinic_zone(ctx.db)
        self._today = today or (lambda: datetime.now(zone).date())
        self._job: Operation | None = None
        self._generation = 0
        self._stale = True
        self._loaded = False
        self._build()
        bus().changed.connect(self._on_data_changed)
        self._update_actions()

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        title = QLabel(self.tr("Follow-ups"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "Patients to call back: maintenance due, or a course with no next session "
                "booked. One row per patient; patients with a booked session are left out."
            )
        )
        subtitle.setWordWrap(True)
        root.addWidget(title)
        root.addWidget(subtitle)
        root.addLayout(self._build_filters())
        root.addLayout(self._build_actions())
        self._build_table()

        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("followupLoading")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("followupEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = QLabel()
        self.error_label.setObjectName("followupError")
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(theme.ERROR_STYLE)
        self.stack = QStackedWidget()
        for widget in (self.loading_label, self.empty_label, self.error_label, self.table):
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(self.loading_label)
        root.addWidget(self.stack, 1)

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("followupView")
        self.view_combo.addItem(self.tr("To call"), FollowUpView.TO_CALL)
        self.view_combo.addItem(self.tr("Called, not interested"), FollowUpView.CONTACTED)
        self.view_combo.addItem(self.tr("Opted out"), FollowUpView.OPTED_OUT)
        self.view_combo.currentIndexChanged.connect(self._on_load_options_changed)
        view_label = QLabel(self.tr("&List:"))
        view_label.setBuddy(self.view_combo)
        self.window_combo = QComboBox()
        self.window_combo.setObjectName("followupWindow")
        for days, text in (
            (courses.DEFAULT_OVERDUE_DAYS, self.tr("due now or up to 3 months late")),
            (366, self.tr("up to a year late")),
            (HOWEVER_LATE, self.tr("however late")),
        ):
            self.window_combo.addItem(text, days)
        self.window_combo.setToolTip(
            self.tr("Widen to see patients who lapsed long ago (the export follows this choice)")
        )
        self.window_combo.currentIndexChanged.connect(self._on_load_options_changed)
        window_label = QLabel(self.tr("&Window:"))
        window_label.setBuddy(self.window_combo)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("followupKind")
        self.kind_combo.addItem(self.tr("All reasons"), ALL_KINDS)
        for kind in courses.FOLLOWUP_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        kind_label_widget = QLabel(self.tr("&Reason:"))
        kind_label_widget.setBuddy(self.kind_combo)
        for widget in (
            view_label,
            self.view_combo,
            window_label,
            self.window_combo,
            kind_label_widget,
            self.kind_combo,
        ):
            bar.addWidget(widget)
        self.count_label = QLabel()
        self.count_label.setObjectName("followupCount")
        bar.addWidget(self.count_label, 1)
        self.refresh_button = QPushButton(icon("view-refresh"), self.tr("Re&fresh"))
        self.refresh_button.setObjectName("followupRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(icon("document-save"), self.tr("&Export CSV…"))
        self.export_button.setObjectName("followupExport")
        self.export_button.clicked.connect(self.export_csv)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        return bar

    def _build_actions(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.plan_action = QAction(self.tr("&Plan next session…"), self)
        self.plan_action.setObjectName("actionPlanNextSession")
        self.plan_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.plan_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.plan_action.triggered.connect(self.plan_next)
        self.addAction(self.plan_action)
        self.plan_button = QPushButton(self.plan_action.text())
        self.plan_button.setObjectName("followupPlanNext")
        self.plan_button.setToolTip(
            self.tr("Book the selected patient's next session (Ctrl+Enter)")
        )
        self.plan_button.clicked.connect(self.plan_action.trigger)
        bar.addWidget(self.plan_button)
        bar.addStretch(1)
        self.contact_date = QDateEdit()
        self.contact_date.setObjectName("followupContactDate")
        self.contact_date.setCalendarPopup(True)
        self.contact_date.setDisplayFormat(self.ctx.date_format.replace("mm", "MM"))
        self._reset_contact_date()
        date_label = QLabel(self.tr("Call made &on:"))
        date_label.setBuddy(self.contact_date)
        bar.addWidget(date_label)
        bar.addWidget(self.contact_date)
        self.called_button = QPushButton(self.tr("&Called"))
        self.called_button.setObjectName("followupCalled")
        self.not_interested_button = QPushButton(self.tr("&Not interested"))
        self.not_interested_button.setObjectName("followupNotInterested")
        self.opted_out_button = QPushButton(self.tr("Opted o&ut"))
        self.opted_out_button.setObjectName("followupOptedOut")
        self.opted_out_button.setToolTip(self.tr("The patient asked not to be called again"))
        for button, outcome in (
            (self.called_button, ContactOutcome.CALLED),
            (self.not_interested_button, ContactOutcome.NOT_INTERESTED),
            (self.opted_out_button, ContactOutcome.OPTED_OUT),
        ):
            button.clicked.connect(lambda _=False, o=outcome: self.record_contact(o))
            bar.addWidget(button)
        return bar

    def _build_table(self) -> None:
        self.model = FollowUpTableModel(self.ctx.format_date, self)
        self.table = QTableView()
        self.table.setObjectName("followupList")
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
        # Widths from typical content, not resizeColumnsToContents: the list can be long.
        metrics = self.table.fontMetrics()
        sample = self.ctx.format_date(date(2026, 12, 28))
        typical = {
            COL_KIND: kind_label(courses.MAINTENANCE_OVERDUE) + " (+1 more)",
            COL_PATIENT: "Mariana Fernández-Oliveira",
            COL_PHONE: "+44 7700 900123",
            COL_PRACTITIONER: "Dr Camille Laurent",
            COL_LAST: sample,
            COL_DUE: sample,
            COL_OVERDUE: overdue_text(365),
            COL_CONTACT: f"{contact_label(ContactOutcome.NOT_INTERESTED)} {sample}",
        }
        for column, text in typical.items():
            header.resizeSection(column, metrics.horizontalAdvance(text) + 28)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # --- loading ----------------------------------------------------------------------------

    def overdue_limit(self) -> int | None:
        """The window chosen: days late at most (None: however late)."""
        days = self.window_combo.currentData()
        return None if days is None or int(days) < 0 else int(days)

    def view(self) -> FollowUpView:
        return FollowUpView(self.view_combo.currentData())

    def refresh(self) -> None:
        """Load the list again in a worker; the table shows "Loading…" the first time."""
        self._stale = False
        self._generation += 1
        if not self._loaded:
            self.stack.setCurrentWidget(self.loading_label)
        self.refresh_button.setEnabled(False)
        self.count_label.setText(self.tr("Loading…"))
        if self.ctx.user is None:  # nobody signed in: the list says so, nothing is read
            self._on_failed(PermissionError())
            self.error_label.setText(no_practitioner_message())
            return
        # Bound methods, not lambdas: Qt then delivers the results on the GUI thread.
        self._job = run_op(
            self,
            load_followups,
            self.ctx.db,
            self.ctx.user,
            self._generation,
            self._today(),
            self.overdue_limit(),
            self.view(),
            changes=(),
            background=True,
            on_done=self._on_loaded,
            on_failed=self._on_failed,
            failure=self.tr("The follow-up list could not be loaded: {0}"),
            show=self.error_label.setText,
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
            if not self._select(keep.patient_id):
                # The patient just dealt with has left the list: select nobody rather than
                # whoever moved into the row, so the next "Called" is never for the wrong one.
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
        elif self.model.rowCount() and self.table.isVisible():
            self.table.selectRow(0)
        self._update_actions()

    def _on_failed(self, _error: BaseException) -> None:
        """Tidy the page; ``run_op`` then logs the failure and shows it in place of the list."""
        self._job = None
        self.refresh_button.setEnabled(True)
        self.stack.setCurrentWidget(self.error_label)
        self.count_label.setText("")
        self._update_actions()

    def _show_state(self) -> None:
        counts = self.model.counts()
        total = sum(counts.values())
        shown = self.model.rowCount()
        parts = [f"{kind_label(k)}: {n}" for k, n in counts.items() if n]
        if total == 0:
            self.count_label.setText(self.tr("Nobody in this list."))
        elif shown == total:
            self.count_label.setText(
                self.tr("{n} patients ({parts})").format(n=total, parts=", ".join(parts))
            )
        else:
            self.count_label.setText(self.tr("{shown} of {n} shown").format(shown=shown, n=total))
        if shown:
            self.stack.setCurrentWidget(self.table)
            return
        if total:
            hint = self.tr("Nobody with this reason. Choose <b>All reasons</b> to see everyone.")
        elif self.view() == FollowUpView.TO_CALL:
            hint = self.tr(
                "<p><b>Nobody to call.</b></p><p>Patients appear here two weeks before their "
                "maintenance session is due, and when a course has no next session booked. "
                "Widen the <b>window</b> to see patients who lapsed long ago.</p>"
            )
        else:
            hint = self.tr("<p><b>Nobody in this list.</b></p>")
        self.empty_label.setText(hint)
        self.stack.setCurrentWidget(self.empty_label)

    # --- selection and actions --------------------------------------------------------------

    def selected_item(self) -> FollowUpItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.model.data(rows[0], ITEM_ROLE)
        return item if isinstance(item, FollowUpItem) else None

    def _select(self, patient_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).patient_id == patient_id:
                self.table.selectRow(row)
                return True
        return False

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

    def record_contact(self, outcome: ContactOutcome) -> bool:
        """Record the call about the selected patient on the chosen date; True when saved."""
        item = self.selected_item()
        if item is None:
            return False
        day = self.contact_date.date()
        try:
            courses.record_contact(
                self.ctx.db,
                item,
                outcome,
                on=date(day.year(), day.month(), day.day()),
                actor=self.ctx.actor,
                today=self._today(),
            )
        except ServiceError as error:
            report_failure(
                self, error, title=self.tr("Record the call"), operation="record_contact"
            )
            return False
        self.count_label.setText(self.tr("Recorded for {name}.").format(name=item.patient_name))
        bus().changed.emit("followup")
        return True

    def export_csv(self) -> None:
        """Save the rows shown (this filter, this order) as a CSV file."""
        items = self.model.visible_items()
        default = str(Path.home() / f"follow-ups-{self._today().isoformat()}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the follow-up list"), default, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        data = ("\ufeff" + courses.followup_csv(items)).encode("utf-8")  # BOM: Excel reads UTF-8
        try:
            write_file(data, Path(path))
        except ServiceError as error:
            report_failure(
                self, error, title=self.tr("Export the follow-up list"), operation="followup_csv"
            )
            return
        self.count_label.setText(
            self.tr("{n} rows saved to {file}.").format(n=len(items), file=Path(path).name)
        )

    def _update_actions(self) -> None:
        has_item = self.selected_item() is not None
        for widget in (
            self.plan_action,
            self.plan_button,
            self.called_button,
            self.not_interested_button,
            self.opted_out_button,
        ):
            widget.setEnabled(has_item)
        self.export_button.setEnabled(self._loaded and self.model.rowCount() > 0)

    def _reset_contact_date(self) -> None:
        today = self._today()
        self.contact_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.contact_date.setDate(QDate(today.year, today.month, today.day))

    # --- events -----------------------------------------------------------------------------

    def _on_kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.model.set_kind(kind or None)
        if self._loaded:
            self._show_state()
        self._update_actions()

    def _on_load_options_changed(self) -> None:
        self.refresh()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        item = self.model.data(index, ITEM_ROLE)
        if isinstance(item, FollowUpItem):
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
            self._reset_contact_date()
            self.refresh()

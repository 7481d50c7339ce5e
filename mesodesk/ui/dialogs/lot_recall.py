"""Lot recall dialog: every patient who received a product lot, with contacts and CSV export."""

from __future__ import annotations

import re
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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

from mesodesk.services import recall as recall_service
from mesodesk.services.recall import RecallResult
from mesodesk.ui.context import DeskContext
from mesodesk.ui.icons import icon
from mesodesk.ui.models.recall_rows import (
    COL_AREAS,
    COL_DATE,
    COL_EMAIL,
    COL_PATIENT,
    COL_PHONE,
    COL_PRACTITIONER,
    PATIENT_ID_ROLE,
    RecallRowTableModel,
)
from mesodesk.ui.ops import Operation, report_failure, run_op
from mesodesk.ui.theme import BANNER_STYLE

INFO_STYLE = (
    "QLabel { color: #1b4d1e; background: #e8f5e9; border: 1px solid #b9dcbb;"
    " border-radius: 4px; padding: 6px; }"
)


def ctx_sample_date(ctx: DeskContext) -> str:
    """The widest session date the table shows, in the clinic's format."""
    return ctx.format_date(datetime(2000, 12, 28, 20, 58))


def default_file_name(lot_number: str) -> str:
    """``recall-HA-2291.csv``; characters that file systems dislike become underscores."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", lot_number.strip()).strip("._") or "lot"
    return f"recall-{safe[:60]}.csv"


class LotRecallDialog(QDialog):
    """Type a lot number, find who received it (in the background), and export the list."""

    patientActivated = Signal(int)
    """Emitted with a patient's id when a row is double-clicked (or Enter is pressed)."""
    finished_search = Signal()
    """Emitted when a search has ended, with results or with a message."""

    def __init__(
        self, ctx: DeskContext, lot_number: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recall_result: RecallResult | None = None
        self.searching = False
        self._job: Operation | None = None
        self.setObjectName("lotRecallDialog")
        self.setWindowTitle(self.tr("Lot recall"))
        self.setSizeGripEnabled(True)
        self._build()
        self.lot_edit.setText(lot_number)
        self._update_buttons()
        self.resize(980, 580)
        if lot_number.strip():
            QTimer.singleShot(0, self.search_lot)

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Lists every patient who received a lot in a session marked done, newest "
                "first, with the contact details needed to reach them."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.lot_edit = QLineEdit(self)
        self.lot_edit.setObjectName("recallLotNumber")
        self.lot_edit.setMaxLength(80)
        self.lot_edit.setPlaceholderText(self.tr("As printed on the pack, e.g. L2407-118"))
        self.lot_edit.setClearButtonEnabled(True)
        self.lot_edit.returnPressed.connect(self.search_lot)
        self.lot_edit.textChanged.connect(self._update_buttons)
        lot_label = QLabel(self.tr("&Lot number"), self)
        lot_label.setBuddy(self.lot_edit)
        self.find_button = QPushButton(icon("edit-find"), self.tr("&Find"), self)
        self.find_button.setObjectName("recallFind")
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.search_lot)
        search = QHBoxLayout()
        search.setSpacing(8)
        search.addWidget(lot_label)
        search.addWidget(self.lot_edit, 1)
        search.addWidget(self.find_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("recallSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)

        self.message = QLabel(self)
        self.message.setObjectName("recallMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        self.model = RecallRowTableModel(self.ctx.format_date, self)
        self.table = QTableView(self)
        self.table.setObjectName("recallRows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: a recall can list ~20k sessions; measuring each row would stall.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Widths from samples, not from the rows: measuring thousands of rows would stall.
        metrics = self.table.fontMetrics()
        samples = {
            COL_DATE: ctx_sample_date(self.ctx),
            COL_PATIENT: "Margaretha Featherstone",
            COL_PHONE: "+44 20 7946 0958",
            COL_AREAS: "Cheeks, Neck, Forehead",
            COL_PRACTITIONER: "Dr Alexandra Moreau",
        }
        for column, sample in samples.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_EMAIL, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_activated)

        self.hint = QLabel(self)
        self.hint.setObjectName("recallHint")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setMargin(24)
        self.hint.setText(
            self.tr(
                "<p><b>Type a lot number and press Find.</b></p>"
                "<p>The lot number is printed on the product's pack and recorded with each "
                "treatment line of a session.</p>"
            )
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.hint)
        self.stack.setCurrentWidget(self.hint)

        self.export_button = QPushButton(icon("document-save"), self.tr("&Export CSV…"), self)
        self.export_button.setObjectName("recallExport")
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_csv)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        # No default button: Return searches from the lot field and opens a row in the table,
        # and must never close the dialog.
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(search)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)

    # --- searching ------------------------------------------------------------------------

    @Slot()
    def search_lot(self) -> bool:
        """Start the recall for the typed lot in the background; False if it cannot start."""
        if self.searching:
            return False
        lot = self.lot_edit.text().strip()
        if not lot:
            self._show_message(self.tr("Type the lot number to recall."), error=True)
            self.lot_edit.setFocus()
            return False
        self.searching = True
        self._hide_message()
        self.summary.setText(self.tr("Searching for lot {0}…").format(lot))
        self._update_buttons()
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._job = run_op(
            self,
            partial(recall_service.recall, actor=self.ctx.actor),
            self.ctx.db,
            lot,
            changes=(),
            background=True,
            on_done=self._on_found,
            on_failed=self._on_failed,
            show=lambda message: self._show_message(message, error=True),
        )
        return True

    def _finish(self) -> None:
        if self.searching:
            QApplication.restoreOverrideCursor()
        self.searching = False
        self._job = None
        self._update_buttons()
        self.finished_search.emit()

    @Slot(object)
    def _on_found(self, result: RecallResult) -> None:
        self.recall_result = result
        self.model.set_rows(result.rows)
        self.summary.setText(self.summary_text(result))
        if result.rows:
            self.stack.setCurrentWidget(self.table)
            self.table.scrollToTop()
        else:
            self.hint.setText(
                self.tr(
                    "<p><b>No done session used this lot.</b></p>"
                    "<p>Planned or cancelled sessions are not listed: no one received the "
                    "product in them.</p>"
                )
            )
            self.stack.setCurrentWidget(self.hint)
        self._finish()

    def _on_failed(self, _error: BaseException) -> None:
        """Tidy the dialog; ``run_op`` then logs the failure and shows it in the message line."""
        self.recall_result = None
        self.model.set_rows([])
        self.summary.clear()
        self.hint.setText("")
        self.stack.setCurrentWidget(self.hint)
        self._finish()

    def summary_text(self, result: RecallResult) -> str:
        """ "Lot HA-2291 (HydraMeso 2%): 3 sessions, 2 patients"."""
        products = ", ".join(sorted({lot.product_name for lot in result.lots}))
        sessions = len(result.rows)
        patients = result.patient_count
        return self.tr("Lot {lot} ({products}): {sessions}, {patients}").format(
            lot=result.lots[0].lot_number if result.lots else result.lot_number,
            products=products,
            sessions=self.tr("1 session")
            if sessions == 1
            else self.tr("{n} sessions").format(n=sessions),
            patients=self.tr("1 patient")
            if patients == 1
            else self.tr("{n} patients").format(n=patients),
        )

    # --- export ---------------------------------------------------------------------------

    @Slot()
    def export_csv(self) -> Path | None:
        """Ask where, then write the list as CSV; problems are shown in a warning box."""
        result = self.recall_result
        if result is None or self.searching:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the recall list"),
            default_file_name(result.lot_number),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = recall_service.export_csv(self.ctx.db, result, path, actor=self.ctx.actor)
        except Exception as error:  # one clear line for the user; nothing else changes
            QApplication.restoreOverrideCursor()
            report_failure(
                self,
                error,
                failure=self.tr("The recall list was not exported. {0}"),
                title=self.tr("Export the recall list"),
                operation="recall.export_csv",
            )
            return None
        QApplication.restoreOverrideCursor()
        self._show_message(
            self.tr("Saved {n} rows to {path}.").format(n=len(result.rows), path=written)
        )
        return written

    # --- feedback and state ---------------------------------------------------------------

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(BANNER_STYLE if error else INFO_STYLE)
        self.message.setText(text)
        self.message.show()

    def _hide_message(self) -> None:
        self.message.hide()
        self.message.clear()

    @Slot()
    def _update_buttons(self) -> None:
        self.find_button.setEnabled(not self.searching and bool(self.lot_edit.text().strip()))
        self.export_button.setEnabled(
            not self.searching and self.recall_result is not None and bool(self.recall_result.rows)
        )

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        patient_id = index.data(PATIENT_ID_ROLE) if index.isValid() else None
        if isinstance(patient_id, int):
            self.patientActivated.emit(patient_id)

    def done(self, code: int) -> None:
        """Closing while a search runs: its answer is dropped, never shown on a dead dialog."""
        job = self._job
        if job is not None:
            job.cancel()  # the answer (or failure, logged) is dropped when it arrives
            self._finish()
        super().done(code)

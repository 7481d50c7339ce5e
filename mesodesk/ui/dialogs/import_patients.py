"""File → Import: choose a CSV file, import its patients in a worker, and show the report."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import importer
from mesodesk.services.importer import ImportReport
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.icons import icon
from mesodesk.ui.ops import Operation, run_op
from mesodesk.ui.theme import BANNER_STYLE, HINT_STYLE
from mesodesk.ui.widgets.inline_errors import describe

FOLDER_KEY = "import/folder"
_OK_STYLE = (
    "QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #b7dfb9;"
    " border-radius: 4px; padding: 8px; }"
)
COL_LINE, COL_KIND, COL_DETAILS = range(3)


class ImportPatientsDialog(QDialog):
    """Import patients from a CSV file; ``report`` holds the ImportReport once done."""

    imported = Signal(object)
    """Emitted with the ImportReport when an import has finished (even with nothing imported)."""

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, path: str | Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: ImportReport | None = None
        self.error_message = ""
        self.running = False
        self._job: Operation | None = None
        self.setObjectName("importPatientsDialog")
        self.setWindowTitle(self.tr("Import patients"))
        self.setSizeGripEnabled(True)
        self._build()
        if path is not None:
            self.file.setText(str(path))
        self._update_buttons()
        self.resize(760, 560)

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        optional = [c for c in importer.COLUMNS if c not in importer.REQUIRED]
        intro = QLabel(
            self.tr(
                "<p>Import patients from a spreadsheet saved as <b>CSV</b> (comma, semicolon "
                "or tab separated; UTF-8 or Windows encoding). The first line names the "
                "columns.</p>"
                "<p><b>Required:</b> {required}<br><b>Optional:</b> {optional}<br>"
                "Dates as 1985-03-12 or 12/03/1985. Rows that break a rule, and patients "
                "already recorded (same name and date of birth), are listed and not "
                "imported.</p>"
            ).format(
                required=", ".join(importer.REQUIRED),
                optional=", ".join(optional),
            ),
            self,
        )
        intro.setObjectName("importHelp")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        self.file = QLineEdit(self)
        self.file.setObjectName("importFile")
        self.file.setPlaceholderText(self.tr("Choose a .csv file…"))
        self.file.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(icon("document-open"), self.tr("&Browse…"), self)
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_button)

        self.all_or_nothing = QCheckBox(
            self.tr("Import &nothing if any row is refused (all or nothing)"), self
        )
        self.all_or_nothing.setObjectName("importAllOrNothing")

        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.error = QLabel(self)
        self.error.setObjectName("importError")
        self.error.setStyleSheet(BANNER_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()

        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.hide()

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("importReport")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Result"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importStart")
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("importCopy")
        self.copy_button.clicked.connect(self.copy_report)
        self.copy_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

    # --- actions --------------------------------------------------------------------------

    @Slot()
    def browse(self) -> None:
        folder = str(QSettings().value(FOLDER_KEY) or Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import patients from"),
            folder,
            self.tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.file.setText(chosen)
            QSettings().setValue(FOLDER_KEY, str(Path(chosen).parent))

    @Slot()
    def start_import(self) -> bool:
        """Start importing the chosen file in a worker; False if it cannot start."""
        if self.running:
            return False
        text = self.file.text().strip()
        if not text:
            self._show_error(self.tr("Choose the file to import first."))
            return False
        self.error.hide()
        self.summary.hide()
        self.table.hide()
        self.copy_button.hide()
        self.report = None
        self.error_message = ""
        self.running = True
        self.progress.setValue(0)
        self.progress.show()
        self._update_buttons()
        task = partial(
            importer.import_patients,
            actor=self.ctx.actor,
            all_or_nothing=self.all_or_nothing.isChecked(),
        )
        self._job = run_op(
            self,
            task,
            self.ctx.db,
            Path(text).expanduser(),
            changes=(),
            background=True,
            on_done=self._on_done,
            on_failed=self._on_failed,
            on_progress=self._on_progress,
            failure=self.tr("Nothing was imported. {0}"),
            show=self._show_error,
        )
        return True

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 0)

    @Slot(object)
    def _on_done(self, report: ImportReport) -> None:
        self.running = False
        self._job = None
        self.progress.hide()
        self.report = report
        self._show_report(report)
        self._update_buttons()
        if report.imported:
            bus().changed.emit("patient")
        self.imported.emit(report)

    def _on_failed(self, error: BaseException) -> None:
        """Tidy the dialog; ``run_op`` then logs the failure and shows it in place."""
        self.running = False
        self._job = None
        self.progress.hide()
        self.error_message = describe(error)
        self._update_buttons()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @Slot()
    def _update_buttons(self) -> None:
        self.import_button.setEnabled(not self.running and bool(self.file.text().strip()))
        self.browse_button.setEnabled(not self.running)
        self.file.setEnabled(not self.running)
        self.all_or_nothing.setEnabled(not self.running)
        self.close_button.setEnabled(not self.running)

    def reject(self) -> None:
        if self.running:  # the import finishes in its transaction; the report must be seen
            return
        super().reject()

    # --- the report -----------------------------------------------------------------------

    def summary_text(self, report: ImportReport) -> str:
        if report.rolled_back:
            head = self.tr(
                "Nothing was imported from {file}: {n} refused row(s), and “all or nothing” "
                "was chosen. Correct the rows below and import again."
            ).format(file=report.file_name, n=report.rejected)
        else:
            head = (
                self.tr("1 patient imported from {file}.")
                if report.imported == 1
                else self.tr("{n} patients imported from {file}.")
            ).format(file=report.file_name, n=report.imported)
            if report.rejected:
                head += " " + (
                    self.tr("1 row refused.")
                    if report.rejected == 1
                    else self.tr("{n} rows refused.").format(n=report.rejected)
                )
        if report.duplicate_count:
            head += " " + (
                self.tr("1 duplicate was not imported.")
                if report.duplicate_count == 1
                else self.tr("{n} duplicates were not imported.").format(n=report.duplicate_count)
            )
        if report.ignored_columns:
            head += " " + self.tr("Columns ignored: {columns}.").format(
                columns=", ".join(report.ignored_columns)
            )
        return head

    def _rows(self, report: ImportReport) -> list[tuple[int, str, str]]:
        rows = [(p.line, self.tr("Refused"), p.reason) for p in report.problems]
        for d in report.duplicates:
            if d.patient_id is not None:
                details = self.tr(
                    "{name}: already recorded as {existing} (patient no. {id}), with the same "
                    "date of birth."
                ).format(name=d.name, id=d.patient_id, existing=d.patient_name)
            else:
                details = self.tr("{name}: same name and date of birth as line {line}.").format(
                    name=d.name, line=d.same_as_line
                )
            rows.append((d.line, self.tr("Duplicate"), details))
        rows.sort(key=lambda r: r[0])
        return rows

    def _show_report(self, report: ImportReport) -> None:
        problems = report.rejected > 0 or report.rolled_back
        self.summary.setText(self.summary_text(report))
        self.summary.setStyleSheet(
            BANNER_STYLE if report.rolled_back else HINT_STYLE if problems else _OK_STYLE
        )
        self.summary.show()
        rows = self._rows(report)
        hidden = (report.rejected - len(report.problems)) + (
            report.duplicate_count - len(report.duplicates)
        )
        self.table.setRowCount(len(rows) + (1 if hidden else 0))
        for r, (line, kind, details) in enumerate(rows):
            self._set_row(r, str(line), kind, details, warning=kind == self.tr("Refused"))
        if hidden:
            self._set_row(
                len(rows),
                "…",
                "",
                self.tr("and {n} more not listed").format(n=hidden),
                warning=False,
            )
        self.table.setVisible(bool(rows))
        self.copy_button.setVisible(bool(rows))
        if rows:
            self.table.resizeRowsToContents()

    def _set_row(self, row: int, line: str, kind: str, details: str, *, warning: bool) -> None:
        items = [QTableWidgetItem(line), QTableWidgetItem(kind), QTableWidgetItem(details)]
        items[COL_LINE].setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        items[COL_DETAILS].setToolTip(details)
        if kind:
            items[COL_KIND].setIcon(icon("dialog-warning" if warning else "help-about"))
        for column, item in enumerate(items):
            self.table.setItem(row, column, item)

    def report_text(self) -> str:
        """The report as tab-separated text (line, result, details) for the clipboard."""
        if self.report is None:
            return ""
        lines = [self.summary_text(self.report)]
        lines += [f"{line}\t{kind}\t{details}" for line, kind, details in self._rows(self.report)]
        return "\n".join(lines)

    @Slot()
    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.report_text())

    def closeEvent(self, event: Any) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)

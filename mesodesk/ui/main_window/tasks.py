"""The window's own tasks: who is working, backup and check, messages and window state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolButton, QWidget

from mesodesk import __version__
from mesodesk.services.database import Database, startup_setting
from mesodesk.ui.main_window.desk import WindowContext
from mesodesk.ui.ops import report_failure, run_op
from mesodesk.ui.theme import READ_ONLY_STYLE


class WindowTasks(QMainWindow):
    """The part of the main window that does not depend on its pages."""

    splitter: QSplitter

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ctx = WindowContext(
            db, date_format=str(startup_setting(db, "clinic.date_format") or "dd/mm/yyyy")
        )
        self.practitioner_label = QLabel()
        self.practitioner_label.setObjectName("practitionerLabel")
        self.read_only_label = QLabel(self.tr("Read-only: nobody is signed in"))
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setStyleSheet(READ_ONLY_STYLE)
        self.read_only_label.hide()
        self.sign_in_button = QToolButton()
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setText(self.tr("Choose practitioner…"))
        self.sign_in_button.clicked.connect(self.choose_practitioner)
        self.sign_in_button.hide()

    def _add_status_widgets(self, location: str) -> None:
        bar = self.statusBar()
        bar.addPermanentWidget(self.read_only_label)
        bar.addPermanentWidget(self.sign_in_button)
        bar.addPermanentWidget(self.practitioner_label)
        bar.addPermanentWidget(QLabel(location))
        self.update_practitioner_label()

    # --- who is working ------------------------------------------------------------------

    def choose_practitioner(self) -> None:
        from mesodesk.ui.dialogs.choose_practitioner import ChoosePractitionerDialog

        dialog = ChoosePractitionerDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.update_practitioner_label())
        dialog.open()

    def ask_practitioner(self) -> bool:
        """Ask who is working (modal); Cancel leaves nobody chosen and the desk read-only."""
        from mesodesk.ui.dialogs.choose_practitioner import ChoosePractitionerDialog

        dialog = ChoosePractitionerDialog(self.ctx, self)
        chosen = bool(dialog.exec()) and dialog.chosen is not None
        dialog.deleteLater()
        if not chosen and not self.ctx.practitioner_name:
            self.ctx.locked = True
        self.update_practitioner_label()
        return chosen

    def restore_practitioner(self, *, ask: bool) -> None:
        """Use the practitioner chosen last time for this database; otherwise ask (if allowed)."""
        from mesodesk.ui.dialogs.choose_practitioner import (
            apply_practitioner,
            remembered_practitioner,
        )
        from mesodesk.ui.dialogs.first_start import offer_first_start

        offer_first_start(self.ctx, self, ask=ask)  # an empty clinic is set up first
        record = remembered_practitioner(self.db)
        if record is not None:
            apply_practitioner(self.ctx, record)
        elif ask:
            self.ask_practitioner()
        self.update_practitioner_label()

    def ensure_practitioner(self) -> bool:
        """Before a change from the menus: a read-only desk asks who is working first."""
        return not self.ctx.read_only or self.ask_practitioner()

    def update_practitioner_label(self) -> None:
        name = self.ctx.practitioner_name or self.tr("no practitioner chosen")
        self.practitioner_label.setText(self.tr("Practitioner: {0}").format(name))
        read_only = self.ctx.read_only
        self.read_only_label.setVisible(read_only)
        self.sign_in_button.setVisible(read_only)

    # --- file tasks ------------------------------------------------------------------------

    def back_up(self) -> None:
        source = self.db.path
        if source is None:
            return
        from PySide6.QtWidgets import QFileDialog  # ~3 ms of Qt type set-up, off the start-up path

        suggested = str(source.with_name(f"{source.stem}-backup.sqlite3"))
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            suggested,
            self.tr("mesodesk backup (*.sqlite3 *.bak)"),
        )
        if not target:
            return
        from mesodesk.services.database import back_up

        self.statusBar().showMessage(self.tr("Backing up…"))
        run_op(
            self,
            back_up,
            self.db,
            Path(target),
            changes=(),
            background=True,
            failure=self.tr("The backup was not written: {0}"),
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Backup written to {0}").format(path), 8000
            ),
            on_failed=lambda _error: self.statusBar().clearMessage(),
        )

    def check_database(self) -> None:
        from mesodesk.services.health import check_database

        run_op(self, check_database, self.db, changes=(), on_done=self._show_check)

    def _show_check(self, problems: list[str]) -> None:
        from PySide6.QtWidgets import QMessageBox

        if problems:
            QMessageBox.warning(self, self.tr("Database check"), "\n".join(problems))
        else:
            QMessageBox.information(
                self,
                self.tr("Database check"),
                self.tr(
                    "No problems found: integrity, foreign keys, schema and audit are in order."
                ),
            )

    def show_error(self, message: str) -> None:
        """Show a message that is already in words (failures go through ``report``)."""
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("mesodesk"), message)

    def report(self, error: BaseException, operation: str = "") -> None:
        """The window's failure path: logged, and shown in words."""
        report_failure(self, error, title=self.tr("mesodesk"), operation=operation)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About mesodesk"),
            self.tr(
                "mesodesk {0}\nRecords, planning and aftercare sheets for mesotherapy clinics."
            ).format(__version__),
        )

    # --- window state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("mainWindow/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        live = getattr(self, "live", None)
        if live is not None:
            live.stop()
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())
        super().closeEvent(event)

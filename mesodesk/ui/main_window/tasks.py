"""The window's own tasks: who is signed in, backup and check, messages and window state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from mesodesk import __version__
from mesodesk.domain.accounts import User
from mesodesk.services.database import Database, startup_setting
from mesodesk.ui.main_window.desk import WindowContext
from mesodesk.ui.ops import log_failure, report_failure, run_op


class WindowTasks(QMainWindow):
    """The part of the main window that does not depend on its pages."""

    splitter: QSplitter

    def __init__(
        self, db: Database, parent: QWidget | None = None, user: User | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.ctx = WindowContext(
            db, date_format=str(startup_setting(db, "clinic.date_format") or "dd/mm/yyyy")
        )
        self.ctx.user = user
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.practitioner_label = QLabel()
        self.practitioner_label.setObjectName("practitionerLabel")

    def _add_status_widgets(self, location: str) -> None:
        bar = self.statusBar()
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.practitioner_label)
        bar.addPermanentWidget(QLabel(location))
        self.update_user_label()

    # --- who is working ------------------------------------------------------------------

    def apply_user(self, user: User | None) -> None:
        """``user`` works at this desk now; new sessions are booked with their practitioner."""
        self.ctx.user = user
        self.ctx.practitioner_id = user.practitioner_id if user is not None else None
        self.ctx.practitioner_name = ""
        if user is not None and user.practitioner_id is not None:
            self.ctx.practitioner_name = self._practitioner_name(user.practitioner_id) or user.name
        self.update_user_label()

    def _practitioner_name(self, practitioner_id: int) -> str:
        from mesodesk.services import practitioners

        try:
            records = practitioners.list_practitioners(self.db, include_archived=True)
        except Exception as error:  # the label says less; booking still works by id
            log_failure(error, "practitioner_name")
            return ""
        return next((r.display_name for r in records if r.id == practitioner_id), "")

    def ensure_signed_in(self) -> bool:
        """Before a change from the menus: somebody must be signed in (the lock asks)."""
        return self.ctx.signed_in

    def update_user_label(self) -> None:
        user = self.ctx.user
        if user is None:
            self.user_label.setText(self.tr("Nobody is signed in"))
        else:
            self.user_label.setText(self.tr("Signed in: {0}").format(user.name))
        self.practitioner_label.setText(self.tr("Books as: {0}").format(self.ctx.practitioner_name))
        self.practitioner_label.setVisible(bool(self.ctx.practitioner_name))

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
        from functools import partial

        from mesodesk.services.database import back_up

        actor = self.ctx.actor
        self.statusBar().showMessage(self.tr("Backing up…"))
        run_op(
            self,
            partial(back_up, actor=actor),
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

    def save_window_state(self) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)

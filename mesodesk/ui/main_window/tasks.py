"""The window's own tasks: who is signed in, backup and check, messages and window state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from mesodesk import __version__
from mesodesk.domain.accounts import User
from mesodesk.services.database import Database, startup_setting
from mesodesk.ui.main_window.backups import BackupKeeper, can_restore
from mesodesk.ui.main_window.desk import WindowContext
from mesodesk.ui.main_window.read_only import (
    WINDOW_EDITING_ACTIONS,
    hide_editing,
    make_banner,
    refusal,
    show_editing,
)
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
        self.backups = BackupKeeper(self.ctx, self)
        self.backups.damaged.connect(self.found_damaged)
        self.read_only_banner = make_banner()

    def _add_status_widgets(self, location: str) -> None:
        bar = self.statusBar()
        bar.addPermanentWidget(self.backups.label)
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
        """Before a change from the menus: somebody must be signed in (the lock asks), and
        the database must be writable (a read-only one says why)."""
        if self.ctx.file_read_only:
            self.show_error(refusal(self.ctx.file_read_only))
            return False
        return self.ctx.signed_in

    def update_user_label(self) -> None:
        user = self.ctx.user
        if user is None:
            self.user_label.setText(self.tr("Nobody is signed in"))
        else:
            self.user_label.setText(self.tr("Signed in: {0}").format(user.name))
        self.practitioner_label.setText(self.tr("Books as: {0}").format(self.ctx.practitioner_name))
        self.practitioner_label.setVisible(bool(self.ctx.practitioner_name))

    # --- a read-only database --------------------------------------------------------------

    def with_banner(self, body: QWidget) -> QWidget:
        """``body`` under the (hidden) read-only banner: the window's central widget."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(body, 1)
        return holder

    def set_read_only(self, reason: str) -> None:
        """Open for looking only: the banner says why, and nothing offers to change data."""
        self.ctx.file_read_only = reason
        self.read_only_banner.setText(refusal(reason))
        self.read_only_banner.show()
        for name in WINDOW_EDITING_ACTIONS:
            action = self.findChild(QAction, name)
            if action is not None:
                action.setEnabled(False)
        hide_editing(self)

    def found_damaged(self, reason: str) -> None:
        """The background check found damage: nothing more is written, and the user is told
        to restore the latest good backup (File → Restore…)."""
        message = self.tr(
            "The full check of the database found damage ({0}). mesodesk will not write to "
            "it any more: restore the latest good backup (File → Restore…)."
        ).format(reason)
        self.set_read_only(message)
        self.show_error(message)

    def guard_page(self, page: QWidget) -> None:
        """A page built after the window opened read-only loses its editing buttons too."""
        if self.ctx.file_read_only:
            hide_editing(page)

    def refuse_if_read_only(self) -> bool:
        """True (and the reason shown) when the database is open read-only."""
        if self.ctx.file_read_only:
            self.show_error(refusal(self.ctx.file_read_only))
            return True
        return False

    # --- file tasks ------------------------------------------------------------------------

    def open_restore(self) -> None:
        """File → Restore…: the backups in the clinic's folder, for an admin."""
        if not self.db.is_sqlite or self.db.path is None:
            return
        if not can_restore(self.ctx):
            self.show_error(
                self.tr("Restoring a backup needs the admin role; ask the clinic's admin.")
            )
            return
        from mesodesk.services import backups

        def listed(db: Database) -> list[object]:
            return list(backups.backups_of(db))

        run_op(self, listed, self.db, changes=(), on_done=self._show_restore)

    def _show_restore(self, rows: list[object]) -> None:
        from mesodesk.ui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(self.ctx, rows, self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.reopen_after_restore)
        dialog.open()

    def reopen_after_restore(self, result: object) -> None:
        """The file was replaced: every view reads the restored database from now on."""
        self.db.dispose()
        if self.ctx.file_read_only:
            self.ctx.file_read_only = ""
            self.read_only_banner.hide()
            for name in WINDOW_EDITING_ACTIONS:
                action = self.findChild(QAction, name)
                if action is not None:
                    action.setEnabled(name != "actionNewSession")
            show_editing(self)
        self.reload_pages()
        kept = getattr(result, "replaced_copy", None)
        message = self.tr("Backup restored.")
        if kept is not None:
            message = self.tr("Backup restored. The replaced database is kept as {0}.").format(kept)
        self.statusBar().showMessage(message, 15000)
        self.backups.refresh()

    def reload_pages(self) -> None:
        """Rebuild the views over the database (overridden by the window)."""

    def back_up(self) -> None:
        """File → Back up database…: a checked copy, of the file or (a clinic on a server)
        of the server read into a verified SQLite file."""
        from PySide6.QtWidgets import QFileDialog  # ~3 ms of Qt type set-up, off the start-up path

        source = self.db.path
        if source is None:
            name = self.db.engine.url.database or "clinic"
            suggested = str(Path.home() / f"{name}-backup.sqlite3")
        else:
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
        live = getattr(self, "live", None)
        if live is not None:
            live.stop()
        self.save_window_state()
        super().closeEvent(event)

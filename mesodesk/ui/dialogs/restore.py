"""File → Restore…: choose a backup, see what changes, type its passphrase, and restore it.

The window's database is let go (every connection closed) just before the file is replaced;
the replaced file is kept beside it, and the window reopens the restored one afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import backups
from mesodesk.services.backups import BackupInfo, RestorePreview
from mesodesk.services.database import Database
from mesodesk.services.settings import clinic_zone
from mesodesk.ui import theme
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import Operation, run_op
from mesodesk.ui.pages.backups.model import BackupTableModel, local_time
from mesodesk.ui.pages.backups.page import signed_in


def restore_in_place(db: Database, backup: BackupInfo, actor: Any, passphrase: str | None) -> Any:
    """Close every connection of the window's database, then restore ``backup`` over it."""
    path = db.path
    if path is None:
        from mesodesk.services.errors import ServiceError

        raise ServiceError(
            QCoreApplication.translate(
                "Restore", "This database is on a server; restore it there (see the README)."
            )
        )
    db.dispose()
    return backups.restore_backup(path, backup, actor=actor, passphrase=passphrase)


KIND_LABELS = {
    "patients": QT_TRANSLATE_NOOP("Restore", "Patients"),
    "sessions": QT_TRANSLATE_NOOP("Restore", "Sessions"),
    "courses": QT_TRANSLATE_NOOP("Restore", "Courses"),
    "products": QT_TRANSLATE_NOOP("Restore", "Products"),
    "lots": QT_TRANSLATE_NOOP("Restore", "Product lots"),
    "adverse_events": QT_TRANSLATE_NOOP("Restore", "Adverse events"),
    "documents": QT_TRANSLATE_NOOP("Restore", "Printed documents"),
    "audit_events": QT_TRANSLATE_NOOP("Restore", "Audit entries"),
}


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    if text is None:
        return kind.replace("_", " ").capitalize()
    return QCoreApplication.translate("Restore", str(text))


def preview_rows(preview: RestorePreview) -> Sequence[tuple[str, int | None, int | None]]:
    """(what, now, in the backup) for each count the preview compares."""
    return [(kind_label(c.kind), c.current, c.backup) for c in preview.changes]


class RestoreDialog(QDialog):
    """Lists the backups; a chosen one shows what restoring it would change before it is done.

    ``restored(result)`` fires once the file was replaced; the window then reopens it.
    """

    restored = Signal(object)

    def __init__(
        self, ctx: DeskContext, rows: Sequence[BackupInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setSizeGripEnabled(True)
        self.resize(760, 560)
        self.ctx = ctx
        self.preview: RestorePreview | None = None
        self.preview_job: Operation | None = None
        self.restore_job: Operation | None = None
        zone = clinic_zone(ctx.db)
        root = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Everything recorded since it was taken is "
                "replaced; the current database is kept beside it under a new name, so nothing "
                "is deleted."
            )
        )
        intro.setWordWrap(True)
        root.addWidget(intro)
        self.model = BackupTableModel(
            lambda moment: ctx.format_date(local_time(moment, zone)), self
        )
        self.model.set_rows(rows)
        self.table = QTableView()
        self.table.setObjectName("restoreBackups")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        root.addWidget(self.table, 2)

        self.passphrase_row = QWidget()
        line = QHBoxLayout(self.passphrase_row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Passphrase of this encrypted backup:"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.show_preview)
        label.setBuddy(self.passphrase)
        self.preview_button = QPushButton(self.tr("&Show what changes"))
        self.preview_button.setObjectName("restorePreviewButton")
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.show_preview)
        line.addWidget(label)
        line.addWidget(self.passphrase, 1)
        line.addWidget(self.preview_button)
        self.passphrase_row.hide()
        root.addWidget(self.passphrase_row)

        self.changes = QTableWidget(0, 3)
        self.changes.setObjectName("restorePreview")
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Records"), self.tr("Now"), self.tr("After the restore")]
        )
        self.changes.verticalHeader().hide()
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.horizontalHeader().setStretchLastSection(True)
        root.addWidget(self.changes, 1)
        self.kept = QLabel()
        self.kept.setObjectName("restoreKeptNote")
        self.kept.setWordWrap(True)
        self.kept.setStyleSheet(theme.MUTED_STYLE)
        root.addWidget(self.kept)
        self.message = QLabel()
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.BANNER_STYLE)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        root.addWidget(self.message)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selected())
        if rows:
            self.table.selectRow(0)
        else:
            self.say(self.tr("There is no backup in the backup folder to restore from."))
        self.table.setFocus()

    # --- choosing and previewing ------------------------------------------------------------

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selected(self) -> None:
        backup = self.selected()
        self.preview = None
        self.changes.setRowCount(0)
        self.restore_button.setEnabled(False)
        self.message.hide()
        self.kept.clear()
        if backup is None:
            return
        self.passphrase_row.setVisible(backup.encrypted)
        self.passphrase.clear()
        if backup.other_database:
            self.passphrase_row.hide()
            self.say(
                self.tr(
                    "This is a backup of another database, not of this one; it cannot be "
                    "restored here."
                )
            )
            return
        if not backup.check_ok:
            self.say(
                self.tr("This backup failed its check and cannot be restored: {0}").format(
                    backup.check_message
                )
            )
            return
        if backup.encrypted:
            self.kept.setText(self.tr("Type the passphrase to see what restoring it changes."))
            return
        self.show_preview()

    def show_preview(self) -> None:
        backup = self.selected()
        path = self.ctx.db.path
        if backup is None or path is None or not backup.check_ok or backup.other_database:
            return
        passphrase = self.passphrase.text() if backup.encrypted else None
        if backup.encrypted and not passphrase:
            self.say(self.tr("Type the passphrase of this backup first."))
            self.passphrase.setFocus()
            return
        self.message.hide()
        if self.preview_job is not None:
            self.preview_job.cancel()
        self.preview_job = run_op(
            self,
            partial(backups.preview_restore, path, backup, passphrase),
            changes=(),
            background=True,
            on_done=lambda preview: self._show_preview(backup, preview),
            failure=self.tr("This backup cannot be restored: {0}"),
            show=self.say,
        )

    def _show_preview(self, backup: BackupInfo, preview: RestorePreview) -> None:
        if backup is not self.selected():
            return
        self.preview = preview
        rows = preview_rows(preview)
        self.changes.setRowCount(len(rows))
        for index, (label, now, then) in enumerate(rows):
            cells = (label, "—" if now is None else str(now), "—" if then is None else str(then))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column and now != then:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.changes.setItem(index, column, item)
        self.changes.resizeColumnsToContents()
        path = self.ctx.db.path
        self.kept.setText(
            self.tr(
                "The current database is not deleted: it is kept as {0}.replaced-<date> beside "
                "it, and can be restored again from there."
            ).format(path.name if path else "")
        )
        self.restore_button.setEnabled(True)
        self.restore_button.setFocus()

    # --- restoring ----------------------------------------------------------------------------

    def restore(self) -> None:
        backup = self.selected()
        if backup is None or self.preview is None:
            return
        if self.restore_job is not None and self.restore_job.succeeded is None:
            return
        passphrase = self.passphrase.text() if backup.encrypted else None
        self.restore_button.setEnabled(False)
        self.table.setEnabled(False)
        self.say(self.tr("Restoring… the window's database is closed meanwhile."), busy=True)
        self.restore_job = run_op(
            self,
            partial(restore_in_place, self.ctx.db, backup, signed_in(self.ctx), passphrase),
            changes=(),
            background=True,
            on_done=self._restored,
            on_failed=lambda _error: self._enable_again(),
            failure=self.tr("Nothing was restored: {0}"),
            show=self.say,
        )

    def _enable_again(self) -> None:
        self.table.setEnabled(True)
        self.restore_button.setEnabled(self.preview is not None)

    def _restored(self, result: object) -> None:
        self.restored.emit(result)
        self.accept()

    def reject(self) -> None:
        if self.restore_job is not None and self.restore_job.succeeded is None:
            return  # the file is being replaced: wait for it to finish
        if self.preview_job is not None:
            self.preview_job.cancel()
        super().reject()

    def say(self, message: str, *, busy: bool = False) -> None:
        self.message.setStyleSheet(theme.INFO_STYLE if busy else theme.BANNER_STYLE)
        self.message.setText(message)
        self.message.show()

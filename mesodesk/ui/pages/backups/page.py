"""The Backups page: the backups with their checks, "Back up now", the folder and the policy."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import backups
from mesodesk.services.backups import BackupInfo, BackupPolicy
from mesodesk.services.database import Database
from mesodesk.services.settings import clinic_zone
from mesodesk.ui import theme
from mesodesk.ui.bus import Change, bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.icons import icon
from mesodesk.ui.ops import Operation, run_op
from mesodesk.ui.pages.backups.model import BackupTableModel, local_time
from mesodesk.ui.pages.backups.policy import PolicyForm


@dataclass(frozen=True)
class BackupsView:
    """What the page shows, read in one go off the GUI thread."""

    policy: BackupPolicy
    folder: Path
    default_folder: Path
    backups: list[BackupInfo]
    has_passphrase: bool


def load_backups(db: Database) -> BackupsView:
    policy = backups.backup_policy(db)
    folder = backups.backup_folder(db, policy)
    return BackupsView(
        policy,
        folder,
        backups.backup_folder(db, replace(policy, folder=None)),
        backups.backups_of(db, folder),
        backups.stored_passphrase() is not None,
    )


def save_policy(db: Database, policy: BackupPolicy, passphrase: str | None, actor: Any) -> None:
    """Keep a new passphrase on this computer (when one was typed), then save the rules."""
    if passphrase is not None:
        backups.set_stored_passphrase(passphrase)
    backups.save_backup_policy(db, policy, actor=actor)


def signed_in(ctx: DeskContext) -> Any:
    """The signed-in account once accounts exist (None until then): who takes a backup."""
    return getattr(ctx, "user", None)


def desk_actor(ctx: DeskContext) -> Any:
    """Who signs a policy change: the signed-in account, else the desk's actor."""
    user = signed_in(ctx)
    return user if user is not None else ctx.actor


class BackupsPage(QWidget):
    """Lists the backups and keeps the policy; ``backupTaken`` fires after every new backup."""

    backupTaken = Signal(object)
    """The new ``BackupInfo``: the window updates its "last good backup" line."""
    restoreRequested = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsPage")
        self.ctx = ctx
        self.view: BackupsView | None = None
        self.job: Operation | None = None
        self.load_job: Operation | None = None
        self.zone = clinic_zone(ctx.db)
        root = QVBoxLayout(self)
        title = QLabel(self.tr("Backups"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        root.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("backupSummary")
        self.summary.setWordWrap(True)
        root.addWidget(self.summary)
        root.addLayout(self._build_buttons())
        self.message = QLabel()
        self.message.setObjectName("backupMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        root.addWidget(self.message)

        self.model = BackupTableModel(self.format_time, self)
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(
            self.tr("No backups in this folder yet. mesodesk makes one by itself when it is due.")
        )
        self.empty.setObjectName("backupsEmpty")
        self.empty.setStyleSheet(theme.MUTED_STYLE)
        self.empty.hide()

        self.policy = PolicyForm()
        self.policy.saveRequested.connect(self.save_policy)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.policy)
        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(listing)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        root.addWidget(splitter, 1)
        bus().changes.connect(self._on_changes)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.backup_button = QPushButton(icon("drive-harddisk"), self.tr("&Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.folder_button = QPushButton(icon("folder-open"), self.tr("&Open folder"))
        self.folder_button.setObjectName("openBackupFolder")
        self.folder_button.clicked.connect(self.open_folder)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreFromPage")
        self.restore_button.clicked.connect(self.restoreRequested)
        self.busy = QProgressBar()
        self.busy.setObjectName("backupBusy")
        self.busy.setRange(0, 0)  # a busy indicator: the backup's length is not known
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Backing up…"))
        self.busy_label.hide()
        for widget in (self.backup_button, self.folder_button, self.restore_button):
            row.addWidget(widget)
        row.addWidget(self.busy)
        row.addWidget(self.busy_label)
        row.addStretch(1)
        return row

    # --- reading ---------------------------------------------------------------------------

    def format_time(self, moment: datetime | None) -> str:
        return self.ctx.format_date(local_time(moment, self.zone)) if moment else "—"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.load_job is not None and self.load_job.succeeded is None:
            return
        self.load_job = run_op(
            self,
            load_backups,
            self.ctx.db,
            changes=(),
            background=True,
            on_done=self.show_view,
            show=self.show_message,
        )

    def show_view(self, view: BackupsView) -> None:
        self.view = view
        self.model.set_rows(view.backups)
        self.empty.setVisible(not view.backups)
        self.table.setVisible(bool(view.backups))
        if self.policy.policy is None or self.policy.policy != view.policy:
            self.policy.set_policy(
                view.policy, default_folder=view.default_folder, has_passphrase=view.has_passphrase
            )
        good = [b for b in view.backups if b.good]
        if good:
            self.summary.setText(
                self.tr("{0} backups in {1}; the newest good one was taken {2}.").format(
                    len(view.backups), view.folder, self.format_time(good[0].taken_at)
                )
            )
        else:
            self.summary.setText(self.tr("No good backup in {0} yet.").format(view.folder))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # --- actions ---------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.job is not None and self.job.succeeded is None:
            return  # one backup at a time
        self.message.hide()
        self.set_busy(True)
        self.job = run_op(
            self,
            partial(backups.take_backup, self.ctx.db, actor=signed_in(self.ctx), reason="manual"),
            changes=(),
            background=True,
            on_done=self._backup_done,
            on_failed=lambda _error: self.set_busy(False),
            failure=self.tr("The backup was not made: {0}"),
            show=self.show_message,
        )

    def _backup_done(self, info: BackupInfo) -> None:
        self.set_busy(False)
        if info.check_ok:
            self.show_message(
                self.tr("Backup made and checked: {0}").format(info.path.name), ok=True
            )
        else:
            self.show_message(
                self.tr("The backup {0} was written but its check failed: {1}").format(
                    info.path.name, info.check_message
                )
            )
        self.backupTaken.emit(info)
        self.refresh()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.backup_button.setEnabled(not busy)

    def open_folder(self) -> None:
        folder = self.view.folder if self.view is not None else None
        if folder is None:
            return
        if not folder.is_dir():
            self.show_message(
                self.tr(
                    "The folder {0} does not exist yet; it is made with the first backup."
                ).format(folder)
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def save_policy(self) -> None:
        policy = self.policy.edited_policy()
        if policy is None:
            return
        problems = policy.problems()  # the core's own limits, shown under their fields
        if problems:
            self.policy.errors.show(problems)
            return
        run_op(
            self,
            partial(
                save_policy, self.ctx.db, policy, self.policy.passphrase(), desk_actor(self.ctx)
            ),
            changes=Change.SETTINGS,
            on_done=lambda _result: self._policy_saved(),
            failure=self.tr("The backup settings were not saved: {0}"),
            show=self.policy.errors.show_banner,
        )

    def _policy_saved(self) -> None:
        self.policy.clear_passphrase()
        self.policy.policy = None  # take what the core stored
        self.show_message(self.tr("Backup settings saved."), ok=True)
        self.refresh()

    def show_message(self, message: str, *, ok: bool = False) -> None:
        self.message.setStyleSheet(theme.OK_STYLE if ok else theme.BANNER_STYLE)
        self.message.setText(message)
        self.message.show()

    def _on_changes(self, changes: object) -> None:
        if self.isVisible() and isinstance(changes, frozenset) and Change.ALL in changes:
            self.refresh()

"""What the window does when its database file is not fit to write: damaged, read-only, newer.

``open_checked`` looks at the file first (``services.backups.open_state``) and decides:

- fine: the usual opening;
- damaged: one dialog explains it and offers "Restore the latest good backup" or "Open
  read-only to look" (or to quit); nothing is ever written to the damaged file;
- read-only file or folder: the window opens read-only, with a banner saying why;
- newer schema or locked by another program: a clear refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services.database import Database, open_database, resolve_url
from mesodesk.ui import theme


@dataclass(frozen=True)
class Opened:
    """The outcome: a database to show (maybe read-only, with the reason), or a refusal."""

    db: Database | None
    read_only_reason: str = ""
    refusal: str = ""
    restored_from: Path | None = None


class DamagedDialog(QDialog):
    """The one dialog for a damaged database: what happened, and the two ways on."""

    RESTORE, LOOK = 1, 2

    def __init__(self, path: Path, problem: str, latest: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("damagedDialog")
        self.setWindowTitle(QCoreApplication.translate("Start", "The database is damaged"))
        self.latest = latest
        self.choice = 0
        root = QVBoxLayout(self)
        text = QLabel(
            QCoreApplication.translate(
                "Start",
                "mesodesk found damage in {0}:\n{1}\n\nNothing will be written to it. You can "
                "go back to the latest good backup (the damaged file is kept beside it), or "
                "open it read-only to look at what it still holds.",
            ).format(path, problem)
        )
        text.setObjectName("damagedMessage")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        root.addWidget(text)
        self.latest_label = QLabel()
        self.latest_label.setObjectName("latestGoodBackup")
        self.latest_label.setWordWrap(True)
        root.addWidget(self.latest_label)
        self.passphrase_row = QWidget()
        line = QHBoxLayout(self.passphrase_row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(QCoreApplication.translate("Start", "&Passphrase of this encrypted backup:"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("damagedPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(self.passphrase)
        line.addWidget(label)
        line.addWidget(self.passphrase, 1)
        root.addWidget(self.passphrase_row)
        self.message = QLabel()
        self.message.setObjectName("damagedError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.BANNER_STYLE)
        self.message.hide()
        root.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(
            QCoreApplication.translate("Start", "&Restore the latest good backup")
        )
        self.restore_button.setObjectName("restoreLatestButton")
        self.look_button = QPushButton(
            QCoreApplication.translate("Start", "&Open read-only to look")
        )
        self.look_button.setObjectName("openReadOnlyButton")
        self.quit_button = QPushButton(QCoreApplication.translate("Start", "&Quit"))
        self.quit_button.setObjectName("quitButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.look_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(lambda: self._choose(self.RESTORE))
        self.look_button.clicked.connect(lambda: self._choose(self.LOOK))
        self.quit_button.clicked.connect(self.reject)
        root.addWidget(buttons)
        if latest is None:
            self.latest_label.setText(
                QCoreApplication.translate("Start", "There is no good backup to restore from.")
            )
            self.restore_button.setEnabled(False)
            self.passphrase_row.hide()
            self.look_button.setDefault(True)
            self.look_button.setFocus()
        else:
            self.latest_label.setText(
                QCoreApplication.translate(
                    "Start", "The latest good backup was taken {0} UTC ({1})."
                ).format(f"{latest.taken_at:%Y-%m-%d %H:%M}", latest.path.name)
            )
            self.passphrase_row.setVisible(bool(latest.encrypted))
            self.restore_button.setDefault(True)
            (self.passphrase if latest.encrypted else self.restore_button).setFocus()

    def _choose(self, choice: int) -> None:
        if choice == self.RESTORE and self.latest.encrypted and not self.passphrase.text():
            self.say(QCoreApplication.translate("Start", "Type the backup's passphrase first."))
            self.passphrase.setFocus()
            return
        self.choice = choice
        self.accept()

    def say(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()


def open_checked(
    path: Path,
    url: str | None = None,
    *,
    parent: QWidget | None = None,
    ask: bool = True,
    look: bool = True,
) -> Opened | None:
    """Look at ``path`` before the window opens it; None when it is to be opened as usual.

    ``ask`` shows the damaged-database dialog; without it a damaged database opens read-only
    for looking. Without ``look`` (nobody at the screen: ``--quit-after-ready``) a damaged or
    read-only file is not opened at all: the usual opening refuses it, naming the problem.
    """
    from mesodesk.services import backups

    state = backups.open_state(path)
    kind = state.kind
    if kind == "ok":
        return None
    url = url or resolve_url(path)
    if kind in ("newer_schema", "locked"):
        return Opened(None, refusal=state.reason)
    if not state.exists or (kind in ("read_only", "damaged") and not look):
        return None  # the usual opening refuses it with the reason
    if kind == "read_only":
        return Opened(open_database(url, read_only=True), read_only_reason=state.reason)
    # damaged
    latest = latest_good_for(path)
    note = ""
    while ask:
        dialog = DamagedDialog(path, state.reason, latest, parent)
        if note:
            dialog.say(note)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice, passphrase = dialog.choice, dialog.passphrase.text() or None
        dialog.deleteLater()
        if not accepted:
            return Opened(
                None,
                refusal=QCoreApplication.translate(
                    "Start", "{0} is damaged; it was not opened."
                ).format(path),
            )
        if choice != DamagedDialog.RESTORE:
            break
        try:
            backups.restore_backup(path, latest, actor=None, passphrase=passphrase)
        except Exception as error:  # said in the dialog, which asks again
            from mesodesk.ui.ops import failure_reason

            note = QCoreApplication.translate("Start", "The restore did not happen: {0}").format(
                failure_reason(error, "restore the latest good backup")
            )
            continue
        return Opened(None, restored_from=latest.path)
    return Opened(
        open_database(url, read_only=True),
        read_only_reason=QCoreApplication.translate(
            "Start", "The database is damaged ({0}); it is open for looking only."
        ).format(state.reason),
    )


def latest_good_for(path: Path) -> Any:
    """The latest good backup of a database that may be damaged (None when there is none)."""
    from mesodesk.services import backups

    try:  # the clinic's folder, read from the damaged file if it still can be
        look = open_database(resolve_url(path), read_only=True)
        try:
            return backups.last_good_backup(look)
        finally:
            look.dispose()
    except Exception:  # too damaged to read its settings: the default folder beside it
        db = Database.for_sqlite_file(path)
        folder = backups.backup_folder(db, backups.BackupPolicy())
        from mesodesk.services.identity import database_id_of_file

        listed = backups.list_backups(folder, database_id_of_file(path))
        good = [b for b in listed if b.check_ok and b.taken_at and not b.other_database]
        return good[0] if good else None

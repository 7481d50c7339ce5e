"""The window's backup duties: the "last good backup" line, automatic and closing backups, restore.

Automatic backups run in a worker (never on the GUI thread): a timer asks the core whether
one is due (``backup_due``) and takes it. The backup when the program closes is bounded: it
gets ``CLOSING_TIMEOUT_S`` seconds, then the program ends anyway; a failure is logged and
remembered (``QSettings``) so that the next start shows it.
"""

from __future__ import annotations

import threading
from datetime import UTC, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from mesodesk.domain import clock
from mesodesk.services.database import Database
from mesodesk.ui import theme
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import Operation, failure_reason, log_failure, run_op

if TYPE_CHECKING:
    from mesodesk.services.backups import BackupInfo

CHECK_EVERY_MS = 10 * 60 * 1000
"""How often the window asks whether an automatic backup is due."""
FIRST_CHECK_MS = 60 * 1000
"""The first check after start: late enough to keep the start quick."""
CLOSING_TIMEOUT_S = 120.0
"""The longest the program waits for its closing backup before it ends anyway."""
FAILURE_KEY = "backups/closingFailure"
"""QSettings key: the closing backup's failure, shown at the next start."""


def can_restore(ctx: DeskContext) -> bool:
    """Whether the user signed in at this desk may restore a backup (the admin role)."""
    from mesodesk.domain.accounts import Permission

    user = ctx.user
    return user is not None and bool(user.can(Permission.RESTORE))


def take_if_due(db: Database) -> BackupInfo | None:
    """The automatic backup, when the policy says one is due (runs in a worker)."""
    from mesodesk.services import backups

    if not backups.backup_due(db):
        return None
    return backups.take_backup(db, reason="automatic")


def last_good(db: Database) -> tuple[BackupInfo | None, int]:
    """The newest good backup and the policy's "warn after" days (runs in a worker)."""
    from mesodesk.services import backups

    return backups.last_good_backup(db), backups.backup_policy(db).warn_after_days


def remember_failure(message: str) -> None:
    settings = QSettings()
    settings.setValue(FAILURE_KEY, f"{clock.utcnow():%Y-%m-%d %H:%M} UTC|{message}")
    settings.sync()


def take_closing_failure() -> str | None:
    """The closing backup's failure from last time (once: it is forgotten when read)."""
    settings = QSettings()
    value = settings.value(FAILURE_KEY)
    if not value:
        return None
    settings.remove(FAILURE_KEY)
    when, _bar, message = str(value).partition("|")
    return QCoreApplication.translate(
        "Backups", "The backup when mesodesk closed ({0}) failed: {1}"
    ).format(when, message)


def closing_backup(db: Database, *, timeout: float | None = None) -> bool:
    """Take the backup when the program closes; True when it was made and checked.

    It runs in a daemon thread that gets ``timeout`` seconds: a backup that hangs (a network
    folder gone away) never keeps the program from ending. Any failure is logged and
    remembered for the next start.
    """
    from mesodesk.services import backups

    limit = CLOSING_TIMEOUT_S if timeout is None else timeout
    outcome: list[Any] = []

    def work() -> None:
        try:
            outcome.append(backups.take_backup(db, reason="closing"))
        except Exception as error:  # reported below, on the calling thread
            outcome.append(error)

    thread = threading.Thread(target=work, name="mesodesk-closing-backup", daemon=True)
    thread.start()
    thread.join(limit)
    if not outcome:
        message = QCoreApplication.translate(
            "Backups", "it did not finish within {0:g} seconds."
        ).format(limit)
        log_failure(TimeoutError(f"closing backup still running after {limit:g} s"), "closing")
        remember_failure(message)
        return False
    result = outcome[0]
    if isinstance(result, BaseException):
        remember_failure(failure_reason(result, "closing backup"))
        return False
    if not result.check_ok:
        remember_failure(
            QCoreApplication.translate("Backups", "the backup's check failed: {0}").format(
                result.check_message
            )
        )
        return False
    return True


class BackupKeeper(QObject):
    """Owned by the main window: its status-bar line and its automatic backups."""

    taken = Signal(object)
    """A new ``BackupInfo`` (automatic or from the Backups page)."""
    damaged = Signal(str)
    """The full check run in the background found the database damaged (why)."""

    def __init__(self, ctx: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel(QCoreApplication.translate("Backups", "Last backup: …"))
        self.label.setObjectName("lastBackupLabel")
        self.stale = False
        self.failure: str | None = None
        self.last: BackupInfo | None = None
        self.warn_days = 2
        self.timer = QTimer(self)
        self.timer.setObjectName("automaticBackupTimer")
        self.timer.timeout.connect(self.run_if_due)
        self.auto_job: Operation | None = None
        self.label_job: Operation | None = None
        self.again = False

    # --- the status-bar line -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the last good backup in a worker, then update the line."""
        if not self.ctx.db.is_sqlite:
            self.label.setText(
                QCoreApplication.translate(
                    "Backups", "Backups: on the server, scheduled on one computer"
                )
            )
            self.label.setToolTip(
                QCoreApplication.translate(
                    "Backups",
                    "A clinic on a server is backed up by pg_dump on the server, or by "
                    "`mesodesk backup --auto --database-url URL` scheduled on one computer; "
                    "File → Back up database… writes a checked copy now.",
                )
            )
            return
        if self.label_job is not None and self.label_job.succeeded is None:
            self.again = True  # read once more when this one is done: it may be stale
            return
        self.again = False
        self.label_job = run_op(
            self.label,
            last_good,
            self.ctx.db,
            changes=(),
            background=True,
            on_done=lambda found: self._label_read(*found),
            show=self._show_unknown,
            on_failed=lambda _error: self._label_read_again(),
        )

    def _label_read(self, info: BackupInfo | None, warn_after_days: int) -> None:
        self.show_last(info, warn_after_days)
        self._label_read_again()

    def _label_read_again(self) -> None:
        if self.again:
            QTimer.singleShot(0, self.refresh)

    def _show_unknown(self, message: str) -> None:
        self.label.setText(QCoreApplication.translate("Backups", "Last backup: unknown"))
        self.label.setToolTip(message)

    def show_last(self, info: BackupInfo | None, warn_after_days: int) -> None:
        self.last, self.warn_days = info, warn_after_days
        if info is None or info.taken_at is None:
            text = QCoreApplication.translate("Backups", "No good backup yet")
            self.stale = True
        else:
            taken = info.taken_at if info.taken_at.tzinfo else info.taken_at.replace(tzinfo=UTC)
            age = clock.utcnow().replace(tzinfo=UTC) - taken.astimezone(UTC)
            from mesodesk.services.settings import clinic_zone

            local = taken.astimezone(clinic_zone(self.ctx.db)).replace(tzinfo=None)
            text = QCoreApplication.translate("Backups", "Last good backup: {0}").format(
                self.ctx.format_date(local)
            )
            self.stale = age > timedelta(days=warn_after_days)
            if self.stale:
                text = QCoreApplication.translate(
                    "Backups", "Last good backup {0} days ago"
                ).format(age.days)
        tip = QCoreApplication.translate(
            "Backups",
            "Backups are made by themselves; the Backups page lists them and sets how often.",
        )
        if self.stale:
            tip = QCoreApplication.translate(
                "Backups",
                "The last good backup is older than the clinic's setting ({0} days). "
                "Back up now from the Backups page, and check the backup folder.",
            ).format(warn_after_days)
        if self.failure:
            failed = QCoreApplication.translate("Backups", "last backup failed")
            text = f"{text} · {failed}"
            tip = f"{self.failure}\n{tip}"
        self.label.setText(text)
        self.label.setToolTip(tip)
        warn = self.stale or bool(self.failure)
        self.label.setStyleSheet(theme.READ_ONLY_STYLE if warn else "")
        self.label.setProperty("warning", warn)

    def note_failure(self, message: str | None) -> None:
        """A failed backup (automatic, or at the last closing) stays visible on the line."""
        self.failure = message
        self.show_last(self.last, self.warn_days)

    def note_taken(self, info: BackupInfo) -> None:
        if info.check_ok:
            self.failure = None
        self.taken.emit(info)
        self.refresh()

    # --- automatic backups -----------------------------------------------------------------

    def check_in_background(self) -> Operation | None:
        """A big database got only the bounded check when it opened: the full
        ``integrity_check`` runs here, off the GUI thread; damage found says ``damaged``."""
        path = self.ctx.db.path
        if path is None:
            return None

        def check() -> Any:
            from mesodesk.services import backups

            return backups.full_check(path) if backups.needs_full_check(path) else None

        def done(result: Any) -> None:
            if result is not None and not result.ok:
                self.damaged.emit(str(result.message))

        return run_op(
            self.label,
            check,
            changes=(),
            background=True,
            on_done=done,
            show=lambda message: log_failure(RuntimeError(message), "full_check"),
        )

    def start_automatic(self, *, first_check_ms: int = FIRST_CHECK_MS) -> None:
        """Check every ``CHECK_EVERY_MS`` whether a backup is due; the first check a little
        after start. Also shows last time's closing failure."""
        if not self.ctx.db.is_sqlite:
            return
        failure = take_closing_failure()
        if failure:
            self.note_failure(failure)
        self.timer.start(CHECK_EVERY_MS)
        QTimer.singleShot(first_check_ms, self.run_if_due)

    def run_if_due(self) -> None:
        if self.auto_job is not None and self.auto_job.succeeded is None:
            return  # one at a time
        self.auto_job = run_op(
            self.label,
            partial(take_if_due, self.ctx.db),
            changes=(),
            background=True,
            on_done=self._automatic_done,
            show=lambda message: self.note_failure(
                QCoreApplication.translate("Backups", "The automatic backup failed: {0}").format(
                    message
                )
            ),
        )

    def _automatic_done(self, info: BackupInfo | None) -> None:
        if info is None:
            self.refresh()  # not due: the line still ages
            return
        if not info.check_ok:
            self.note_failure(
                QCoreApplication.translate(
                    "Backups", "The automatic backup's check failed: {0}"
                ).format(info.check_message)
            )
        self.note_taken(info)

    def stop(self) -> None:
        self.timer.stop()
        for job in (self.auto_job, self.label_job):
            if job is not None:
                job.cancel()

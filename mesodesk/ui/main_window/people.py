"""The window's sign-in side: switching user, the lock, passwords, accounts and the audit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox

from mesodesk.domain.accounts import User
from mesodesk.services import accounts
from mesodesk.ui.bus import bus
from mesodesk.ui.main_window.tasks import WindowTasks
from mesodesk.ui.ops import log_failure
from mesodesk.ui.signin.idle import IdleWatcher
from mesodesk.ui.signin.lock import DeskLock


class DeskPeople(WindowTasks):
    """Who is at the desk, and what an admin does about people; ``MainWindow`` builds on it.

    ``start_desk(user)`` (the main window's) gives another user a fresh desk after a switch.
    """

    current_patient_id: int | None
    desk_lock: DeskLock
    idle: IdleWatcher

    def add_action(
        self,
        text: str,
        name: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        """A window action; ``slot`` is called with no argument (``triggered`` passes a flag)."""
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_people_actions(self) -> None:
        self.action_switch_user = self.add_action(
            self.tr("S&witch user…"), "switchUserAction", self.switch_user
        )
        self.action_change_password = self.add_action(
            self.tr("C&hange password…"), "actionChangePassword", self.change_password
        )
        self.action_lock = self.add_action(
            self.tr("Log out / &Lock"), "actionLock", self.lock_desk, QKeySequence("Ctrl+L")
        )
        self.action_accounts = self.add_action(
            self.tr("&Accounts…"), "actionAccounts", self.manage_accounts
        )
        self.action_audit = self.add_action(self.tr("A&udit…"), "actionAudit", self.open_audit)
        self.action_record_history = self.add_action(
            self.tr("Who saw or changed this &record…"),
            "actionRecordHistory",
            self.record_history,
        )
        self.action_record_history.setEnabled(False)

    def _start_signin(self) -> None:
        """The lock and the idle watcher; a window opened with nobody signed in starts locked."""
        self.desk_lock = DeskLock(self.db, self, self.ctx.user, on_switch=self.start_desk)
        self.desk_lock.lockedChanged.connect(self._on_locked)
        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(self.lock_desk)
        self.idle.lockRequested.connect(self.lock_desk)  # Ctrl+L in an editor's window
        bus().changed.connect(self._on_settings_changed)
        if self.ctx.user is None:
            self.desk_lock.screen_widget().installEventFilter(self)  # "ready" when painted
            self.desk_lock.lock(switching=True)

    def _idle_minutes(self) -> int:
        try:
            return accounts.idle_lock_minutes(self.db)
        except Exception as error:  # the default applies; the lock still works
            log_failure(error, "idle_lock_minutes")
            return 5

    def _on_settings_changed(self, kind: object) -> None:
        if kind == "settings":
            self.idle.set_minutes(self._idle_minutes())

    @Slot(bool)
    def _on_locked(self, locked: bool) -> None:
        if locked:
            self.idle.pause()
        else:
            self.idle.resume()

    def start_desk(self, user: User) -> None:
        self.apply_user(user)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting asks first when windows are kept for someone who is not at the desk."""
        kept = self.desk_lock.kept_for_others() if hasattr(self, "desk_lock") else 0
        if kept:
            answer = QMessageBox.question(
                self,
                self.tr("Quit mesodesk"),
                self.tr(
                    "%n window(s) another user left open are kept for them and may hold "
                    "unsaved work. Quit anyway and lose it?",
                    "",
                    kept,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        super().closeEvent(event)

    # --- actions -------------------------------------------------------------------------

    def lock_desk(self) -> None:
        """Ctrl+L and the idle time: cover everything until someone signs in."""
        self.desk_lock.lock()

    def switch_user(self) -> None:
        """For a shared desk: the lock screen with an empty login name."""
        self.desk_lock.lock(switching=True)

    def change_password(self) -> None:
        from mesodesk.ui.signin.password import ChangePasswordDialog

        user = self.ctx.user
        if user is None:
            return
        dialog = ChangePasswordDialog(self.db, user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password is changed."), 8000)
        )
        dialog.open()

    def manage_accounts(self) -> None:
        if not self.ensure_signed_in():
            return
        from mesodesk.ui.dialogs.accounts import AccountsDialog

        dialog = AccountsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_audit(self, patient_id: int | None = None, patient_name: str = "") -> None:
        if not self.ensure_signed_in():
            return
        from mesodesk.ui.dialogs.audit_view import AuditView

        view = AuditView(self.ctx, self, patient_id=patient_id, patient_name=patient_name)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()

    def record_history(self) -> None:
        """The audit of the open patient: who saw or changed their record."""
        if self.current_patient_id is None:
            return
        chart = getattr(self, "chart_host", None)
        data = getattr(chart.chart, "data", None) if chart is not None else None
        patient = getattr(data, "patient", None)
        name = f"{patient.family_name}, {patient.given_name}" if patient is not None else ""
        self.open_audit(self.current_patient_id, name)

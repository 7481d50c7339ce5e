"""The lock screen: it covers every window, and keeps each user's open editors for them.

Locking blanks every open window (the main window, editors, dialogs, message boxes): their
contents are hidden, not just painted over, and their titles say "locked". The lock screen
is an application-modal window on top. Unlocking as the same user shows everything again
as it was, unsaved text included. Another user gets a fresh desk: the first user's other
windows stay hidden, untouched and unsaved, until that user signs in again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.accounts import User
from mesodesk.services import accounts
from mesodesk.services.database import Database
from mesodesk.ui.ops import log_failure
from mesodesk.ui.signin.login import LoginForm


class LockScreen(QWidget):
    """The screen over a locked desk: who is signed in, and the sign-in form."""

    def __init__(self, db: Database, lock: DeskLock) -> None:
        super().__init__(lock.main, Qt.WindowType.Window)
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("mesodesk is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.lock = lock
        self.heading = QLabel(self.tr("mesodesk is locked"), self)
        self.heading.setObjectName("lockHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.who = QLabel(self)
        self.who.setObjectName("lockWho")
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.form = LoginForm(db, self, authenticate=self._authenticate)
        self.form.button.setText(self.tr("&Unlock"))
        self.other_button = QPushButton(self.tr("Sign in as &someone else"), self)
        self.other_button.setObjectName("lockSomeoneElse")
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self.someone_else)

        box = QWidget(self)
        box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 70)
        column = QVBoxLayout(box)
        column.addWidget(self.heading)
        column.addWidget(self.who)
        column.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        column.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def _authenticate(self, login: str, password: str) -> User:
        user = self.lock.user
        if user is not None and login.casefold() == user.login.casefold():
            return accounts.verify_password(self.lock.db, user, password)
        return accounts.login(self.lock.db, login, password)

    def prepare(self, user: User | None, *, switching: bool, reason: str = "") -> None:
        """Fill in who is signed in; switching users starts with an empty login name.
        ``reason``, when given, says why the desk was locked instead."""
        if reason:
            self.who.setText(reason)
            self.form.clear()
        elif user is None or switching:
            self.who.setText(
                self.tr("Sign in to use the desk.")
                if user is None
                else self.tr("{0} is still signed in until someone else signs in.").format(
                    user.name
                )
            )
            self.form.clear()
        else:
            self.who.setText(
                self.tr(
                    "Locked for {0}. Type your password to carry on where you were, "
                    "or sign in as someone else."
                ).format(user.name)
            )
            self.form.clear(user.login)
        self.other_button.setVisible(user is not None and not switching and not reason)
        someone_new = user is None or switching or bool(reason)
        self.form.button.setText(self.tr("&Sign in") if someone_new else self.tr("&Unlock"))

    @Slot()
    def someone_else(self) -> None:
        self.form.clear()
        self.form.button.setText(self.tr("&Sign in"))
        self.other_button.hide()  # its job is done, and its Alt+S would clash with Sign in
        self.form.login.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # Escape does not get past the lock
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Neither the close button nor quitting gets past the lock: another user's unsaved
        # work is behind it. Signing in is the way back.
        if self.lock.is_locked:
            event.ignore()
            return
        super().closeEvent(event)


@dataclass
class Covered:
    """A window blanked by the lock: its title and the parts that were showing."""

    window: QWidget
    title: str
    parts: list[QWidget] = field(default_factory=list)


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)


class DeskLock(QObject):
    """Locks and unlocks the desk of one main window, and switches its user.

    ``on_switch(user)`` is called when another user unlocks (after the previous user's
    windows are put away): the main window gives them a fresh desk for their role.
    """

    lockedChanged = Signal(bool)

    def __init__(
        self,
        db: Database,
        main: QWidget,
        user: User | None,
        *,
        on_switch: Callable[[User], None],
    ) -> None:
        super().__init__(main)
        self.db = db
        self.main = main
        self.user = user
        self.on_switch = on_switch
        self.is_locked = False
        self.covered: list[Covered] = []
        self.kept: dict[int, list[QWidget]] = {}
        self.screen: LockScreen | None = None

    # --- locking -------------------------------------------------------------------------

    def lock(self, *, switching: bool = False, reason: str = "") -> None:
        """Cover every window and show the lock screen (idempotent); ``reason`` is shown
        on it instead of who is signed in."""
        screen = self.screen_widget()
        if not self.is_locked:
            self.is_locked = True
            self._close_popups()
            self._cover(self.main, force=True)  # also before it is first shown
            for window in QApplication.topLevelWidgets():
                self._cover(window)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        screen.prepare(self.user, switching=switching, reason=reason)
        self._show_screen()
        self.lockedChanged.emit(True)

    def screen_widget(self) -> LockScreen:
        if self.screen is None or not _alive(self.screen):
            self.screen = LockScreen(self.db, self)
            self.screen.form.signedIn.connect(self._signed_in)
        return self.screen

    def _show_screen(self) -> None:
        screen = self.screen_widget()
        screen.hide()  # shown again, so that it is the newest modal window
        screen.setGeometry(self.main.geometry() if self.main.isVisible() else screen.geometry())
        screen.showFullScreen()
        screen.raise_()
        screen.activateWindow()
        screen.form.focus_first_empty()

    @staticmethod
    def _close_popups() -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            following = QApplication.activePopupWidget()
            if following is popup:
                popup.hide()
                break
            popup = following

    def _cover(self, window: QWidget, *, force: bool = False) -> None:
        if window is self.screen or not (force or window.isVisible()):
            return
        if window.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            window.hide()
            return
        if any(entry.window is window for entry in self.covered):
            return
        parts = [
            child
            for child in window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if not child.isWindow() and not child.isHidden()
        ]
        entry = Covered(window, window.windowTitle(), parts)
        for part in parts:
            part.hide()
        window.setWindowTitle(self.tr("mesodesk (locked)"))
        self.covered.append(entry)

    @staticmethod
    def _uncover(entry: Covered) -> None:
        if not _alive(entry.window):
            return
        for part in entry.parts:
            if _alive(part):
                part.show()
        entry.window.setWindowTitle(entry.title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A window that opens while locked (a late message box) is covered at once, and no
        covered window closes (its unsaved work is behind the lock)."""
        if (
            self.is_locked
            and event.type() == QEvent.Type.Close
            and any(entry.window is watched for entry in self.covered)
        ):
            event.ignore()
            return True
        if (
            self.is_locked
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.screen
        ):
            self._cover(watched)
            if watched.isModal():
                QTimer.singleShot(0, self._show_screen)
        return False

    # --- unlocking -----------------------------------------------------------------------

    @Slot(object)
    def _signed_in(self, user: object) -> None:
        if isinstance(user, User):
            self.unlock(user)

    def unlock(self, user: User) -> None:
        """``user`` has signed in on the lock screen: their desk comes back."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        covered, self.covered = self.covered, []
        previous = self.user
        same = previous is not None and previous.id == user.id
        if same:
            for entry in covered:
                self._uncover(entry)
        else:
            put_away: list[QWidget] = []
            for entry in covered:
                self._uncover(entry)
                if self._belongs_to_desk(entry.window):
                    entry.window.setEnabled(False)
                    entry.window.hide()
                    put_away.append(entry.window)
            if previous is not None:
                self.kept.setdefault(previous.id, []).extend(put_away)
                self._log_out(previous)
            self.user = user
            self.on_switch(user)
            for window in self.kept.pop(user.id, []):
                if _alive(window):
                    window.setEnabled(True)
                    window.show()
                    window.raise_()
        self.is_locked = False
        if self.screen is not None:
            self.screen.hide()
            self.screen.form.clear()
        self.lockedChanged.emit(False)

    def _belongs_to_desk(self, window: QWidget) -> bool:
        """An editor or dialog opened from this desk (not the desk's main window itself)."""
        if window is self.main or not _alive(window):
            return False
        parent = window.parentWidget()
        while parent is not None:
            if parent is self.main:
                return True
            parent = parent.parentWidget()
        return False

    def _log_out(self, user: User) -> None:
        try:
            accounts.logout(self.db, user)
        except Exception as error:  # the switch goes ahead; the log keeps why
            log_failure(error, "signin.logout")

    def kept_for_others(self) -> int:
        """How many windows are put away for users who are not at the desk."""
        return sum(1 for windows in self.kept.values() for window in windows if _alive(window))

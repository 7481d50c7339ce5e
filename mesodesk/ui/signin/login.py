"""The sign-in form (login name and password) and the login dialog shown at start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.accounts import User
from mesodesk.services import accounts
from mesodesk.services.database import Database
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import BANNER_STYLE

Authenticate = Callable[[str, str], User]
"""Login name and password in, the signed-in user out (or LoginFailed / LoginThrottled)."""


class LoginForm(QWidget):
    """Login name, password and one message line; ``signedIn`` carries the ``User``.

    The password is never shown and never kept: the field is cleared after every attempt,
    and the messages name neither the password nor whether the login name exists.
    """

    signedIn = Signal(object)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        authenticate: Authenticate | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.authenticate: Authenticate = authenticate or self._login
        self.login = QLineEdit(self)
        self.login.setObjectName("loginName")
        self.login.setMaxLength(80)
        self.login.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(1024)
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(BANNER_STYLE)
        self.message.hide()
        self.button = QPushButton(self.tr("&Sign in"), self)
        self.button.setObjectName("loginButton")
        # Not the dialog's default button: Enter in the login name moves on to the password
        # (returnPressed below) instead of trying an empty one.
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.attempt)
        self.login.returnPressed.connect(self._next_field)
        self.password.returnPressed.connect(self.attempt)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._wait_over)

        form = QFormLayout()
        login_label = QLabel(self.tr("&Login name"), self)
        login_label.setBuddy(self.login)
        password_label = QLabel(self.tr("&Password"), self)
        password_label.setBuddy(self.password)
        form.addRow(login_label, self.login)
        form.addRow(password_label, self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

    def _login(self, login: str, password: str) -> User:
        return accounts.login(self.db, login, password)

    def focus_first_empty(self) -> None:
        target = self.password if self.login.text().strip() else self.login
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _next_field(self) -> None:
        if self.login.text().strip():
            self.password.setFocus(Qt.FocusReason.TabFocusReason)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot()
    def attempt(self) -> User | None:
        """Try the typed login; on success emit ``signedIn``, else say why in place."""
        if self._wait.isActive():
            return None
        login = self.login.text().strip()
        password = self.password.text()
        if not login:
            self.show_message(self.tr("Type your login name."))
            self.login.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if not password:
            self.show_message(self.tr("Type your password."))
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        self.password.clear()
        try:
            user = self.authenticate(login, password)
        except accounts.LoginThrottled as throttled:
            self._throttled(max(1, int(throttled.retry_after_seconds + 0.999)))
            return None
        except accounts.LoginFailed as failed:  # one message whether the login exists or not
            self.show_message(str(failed))
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        except Exception as error:  # a locked or unreadable database: say so, nobody signs in
            self.show_message(
                self.tr("Could not sign in: {reason}").format(
                    reason=failure_reason(error, "signin.login")
                )
            )
            return None
        self.show_message("")
        self.signedIn.emit(user)
        return user

    def _throttled(self, seconds: int) -> None:
        self.show_message(
            self.tr("Too many failed attempts. Wait {0} seconds, then try again.").format(seconds)
        )
        self.button.setEnabled(False)
        self.password.setEnabled(False)  # nothing typed meanwhile is lost on Enter
        self._wait.start(seconds * 1000)

    @Slot()
    def _wait_over(self) -> None:
        self._wait.stop()
        self.button.setEnabled(True)
        self.password.setEnabled(True)
        self.show_message(self.tr("You can try again now."))
        self.focus_first_empty()

    def clear(self, login: str = "") -> None:
        self.login.setText(login)
        self.password.clear()
        self.show_message("")


class LoginDialog(QDialog):
    """Sign in at start: nothing of the clinic is shown before this is accepted."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        clinic_name: str = "",
        authenticate: Authenticate | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to mesodesk"))
        self.user: User | None = None
        title = QLabel(clinic_name or self.tr("mesodesk"), self)
        title.setObjectName("loginClinicName")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.form = LoginForm(db, self, authenticate=authenticate)
        self.form.signedIn.connect(self._signed_in)
        buttons = QDialogButtonBox(self)
        self.quit_button = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("loginQuit")
        self.quit_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.form.login.setFocus(Qt.FocusReason.OtherFocusReason)

    def _signed_in(self, user: object) -> None:
        if isinstance(user, User):
            self.user = user
            self.accept()

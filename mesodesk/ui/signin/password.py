"""Passwords in the window: a new password typed twice, and the Change password dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.accounts import User
from mesodesk.services import accounts
from mesodesk.services.database import Database
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.widgets.inline_errors import InlineErrors


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    """A password field: never shown, never copied out."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)
    return edit


class NewPassword:
    """The "password" and "repeat it" rows of a form, checked together before saving."""

    def __init__(
        self,
        parent: QWidget,
        form: QFormLayout,
        errors: InlineErrors,
        *,
        prefix: str,
        first_text: str = "",
    ) -> None:
        self.errors = errors
        self.first = password_edit(parent, f"{prefix}Password")
        self.second = password_edit(parent, f"{prefix}PasswordAgain")
        first_label = QLabel(
            first_text or QCoreApplication.translate("NewPassword", "New &password"), parent
        )
        first_label.setBuddy(self.first)
        second_label = QLabel(QCoreApplication.translate("NewPassword", "&Repeat it"), parent)
        second_label.setBuddy(self.second)
        form.addRow(first_label, errors.field("password", self.first))
        form.addRow(second_label, errors.field("password_again", self.second))
        hint = QLabel(
            QCoreApplication.translate(
                "NewPassword",
                "At least the length the clinic asks for; a few unrelated words are easy to "
                "remember and hard to guess.",
            ),
            parent,
        )
        hint.setWordWrap(True)
        form.addRow("", hint)

    def problems(self) -> dict[str, str]:
        """What is wrong with the typed pair, by field; empty when it may be saved."""
        password = self.first.text()
        problem = accounts.password_problem(password)
        if problem:
            return {"password": problem}
        if self.second.text() != password:
            return {
                "password_again": QCoreApplication.translate(
                    "NewPassword",
                    "The two passwords are not the same. Type the new password again.",
                )
            }
        return {}

    def value(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class ChangePasswordDialog(QDialog):
    """Anyone changes their own password: the current one, then the new one twice."""

    def __init__(self, db: Database, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.errors = InlineErrors(self)
        form = QFormLayout()
        who = QLabel(user.name, self)
        who.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Account"), who)
        self.old = password_edit(self, "currentPassword")
        old_label = QLabel(self.tr("&Current password"), self)
        old_label.setBuddy(self.old)
        form.addRow(old_label, self.errors.field("old", self.old))
        self.new = NewPassword(self, form, self.errors, prefix="new")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&hange"))
        self.ok_button.setObjectName("changePasswordSave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.old.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def save(self) -> bool:
        self.errors.clear()
        if not self.old.text():
            self.errors.show({"old": self.tr("Type your current password.")})
            self.old.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        problems = self.new.problems()
        if problems:
            self.errors.show(problems)
            return False
        try:
            accounts.change_password(
                self.db, user=self.user, old=self.old.text(), new=self.new.value()
            )
        except accounts.LoginThrottled as throttled:
            self.old.clear()
            self.errors.show_banner(
                self.tr("Too many failed attempts. Wait {0} seconds, then try again.").format(
                    max(1, int(throttled.retry_after_seconds + 0.999))
                )
            )
            return False
        except ValidationFailed as failure:
            if "old" in failure.errors:
                self.old.clear()
            self.errors.show(
                {"password" if key == "new" else key: text for key, text in failure.errors.items()}
            )
            return False
        except Exception as error:  # nothing changed; the old password still works
            self.errors.show_banner(
                self.tr("The password was not changed: {0}").format(
                    failure_reason(error, "signin.change_password")
                )
            )
            return False
        self.old.clear()
        self.new.clear()
        self.accept()
        return True

"""One account: the form to add one or change its roles, and the admin's password reset."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.accounts import Role
from mesodesk.services import accounts
from mesodesk.services import practitioners as practitioner_service
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.signin.password import NewPassword
from mesodesk.ui.widgets.inline_errors import InlineErrors

NEW_PRACTITIONER = -1
"""The practitioner choice "a new practitioner record under this account's name"."""


def role_names() -> dict[Role, str]:
    return {
        Role.PRACTITIONER: QCoreApplication.translate("Accounts", "Practitioner"),
        Role.RECEPTION: QCoreApplication.translate("Accounts", "Reception"),
        Role.ADMIN: QCoreApplication.translate("Accounts", "Manager / admin"),
    }


def roles_text(roles: Iterable[Role]) -> str:
    names = role_names()
    return ", ".join(names[role] for role in Role if role in set(roles))


class AccountEditor(QDialog):
    """Add an account (``account`` None) or change an existing one's roles and practitioner."""

    def __init__(self, ctx: DeskContext, account: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.setObjectName("accountEditor")
        self.setWindowTitle(
            self.tr("New account")
            if account is None
            else self.tr("Roles of {0}").format(account.name)
        )
        self.errors = InlineErrors(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("accountName")
        self.name.setMaxLength(120)
        self.login = QLineEdit(self)
        self.login.setObjectName("accountLogin")
        self.login.setMaxLength(80)
        if account is None:
            self._row(form, self.tr("&Name"), "name", self.name)
            self._row(form, self.tr("&Login name"), "login", self.login)
        else:
            shown = QLabel(f"{account.name} ({account.login})", self)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(self.tr("Account"), shown)
        roles_box = QWidget(self)
        roles_row = QHBoxLayout(roles_box)
        roles_row.setContentsMargins(0, 0, 0, 0)
        self.roles: dict[Role, QCheckBox] = {}
        labels = {
            Role.PRACTITIONER: self.tr("Pr&actitioner"),
            Role.RECEPTION: self.tr("R&eception"),
            Role.ADMIN: self.tr("Manager / a&dmin"),
        }
        for role, label in labels.items():
            box = QCheckBox(label, roles_box)
            box.setObjectName(f"accountRole_{role.value}")
            box.toggled.connect(self._update_practitioner)
            self.roles[role] = box
            roles_row.addWidget(box)
        roles_row.addStretch(1)
        form.addRow(self.tr("Roles"), self.errors.field("roles", roles_box))
        self.practitioner = QComboBox(self)
        self.practitioner.setObjectName("accountPractitioner")
        self._row(form, self.tr("&Treats as"), "practitioner_id", self.practitioner)
        self.password: NewPassword | None = None
        if account is None:
            self.password = NewPassword(self, form, self.errors, prefix="account")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("accountSave")
        self.ok_button.setText(self.tr("&Save"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill_practitioners()
        if account is not None:
            for role, box in self.roles.items():
                box.setChecked(role in account.roles)
        self._update_practitioner()
        (self.name if account is None else self.roles[Role.PRACTITIONER]).setFocus()

    def _row(self, form: QFormLayout, text: str, key: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, self.errors.field(key, widget))

    def _fill_practitioners(self) -> None:
        self.practitioner.clear()
        self.practitioner.addItem(self.tr("(nobody: does not treat patients)"), None)
        self.practitioner.addItem(
            self.tr("A new practitioner record with this account's name"), NEW_PRACTITIONER
        )
        current = None if self.account is None else self.account.practitioner_id
        try:
            records = practitioner_service.list_practitioners(self.ctx.db)
        except Exception as error:  # the list stays short; the banner says why
            self.errors.show_banner(failure_reason(error, "accounts.list_practitioners"))
            records = []
        for record in records:
            self.practitioner.addItem(record.display_name, record.id)
        index = self.practitioner.findData(current) if current is not None else 0
        self.practitioner.setCurrentIndex(max(index, 0))

    @Slot()
    def _update_practitioner(self) -> None:
        treats = self.roles[Role.PRACTITIONER].isChecked()
        self.practitioner.setEnabled(treats)
        if treats and self.practitioner.currentData() is None:
            self.practitioner.setCurrentIndex(self.practitioner.findData(NEW_PRACTITIONER))
        if not treats:
            self.practitioner.setCurrentIndex(0)

    def chosen_roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.roles.items() if box.isChecked())

    def _check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if self.account is None:
            if not self.name.text().strip():
                problems["name"] = self.tr("Type the person's name.")
            if not self.login.text().strip():
                problems["login"] = self.tr("Type the name they sign in with.")
        if not self.chosen_roles():
            problems["roles"] = self.tr("Tick at least one role.")
        if self.password is not None and not problems:
            problems.update(self.password.problems())
        return problems

    def _practitioner_id(self) -> int | None:
        chosen = self.practitioner.currentData()
        if chosen != NEW_PRACTITIONER:
            return chosen if isinstance(chosen, int) else None
        name = self.name.text().strip() if self.account is None else self.account.name
        record = practitioner_service.create_practitioner(self.ctx.db, name, actor=self.ctx.actor)
        self._fill_practitioners()
        self.practitioner.setCurrentIndex(self.practitioner.findData(record.id))
        return record.id

    @Slot()
    def save(self) -> bool:
        """Add the account or change its roles; on a refusal the form says what to correct."""
        self.errors.clear()
        problems = self._check()
        if problems:
            self.errors.show(problems)
            return False
        try:
            practitioner_id = self._practitioner_id()
            if self.account is None:
                assert self.password is not None
                accounts.add_account(
                    self.ctx.db,
                    actor=self.ctx.actor,
                    login=self.login.text().strip(),
                    name=self.name.text().strip(),
                    roles=self.chosen_roles(),
                    password=self.password.value(),
                    practitioner_id=practitioner_id,
                )
            else:
                accounts.set_roles(
                    self.ctx.db,
                    actor=self.ctx.actor,
                    account_id=self.account.id,
                    roles=self.chosen_roles(),
                    practitioner_id=practitioner_id,
                )
        except ValidationFailed as failure:
            self.errors.show(dict(failure.errors))
            return False
        except Exception as error:  # nothing was saved; the form stays filled in
            self.errors.show_banner(
                self.tr("Nothing was saved: {0}").format(failure_reason(error, "accounts.save"))
            )
            return False
        if self.password is not None:
            self.password.clear()
        self.accept()
        return True


class ResetPasswordDialog(QDialog):
    """An admin gives an account a new password (the service audits it; nobody sees it)."""

    def __init__(self, ctx: DeskContext, account: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset the password of {0}").format(account.name))
        self.errors = InlineErrors(self)
        form = QFormLayout()
        note = QLabel(
            self.tr(
                "Tell {0} the new password in person; they can change it with "
                "Change password… once signed in."
            ).format(account.name),
            self,
        )
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self.password = NewPassword(self, form, self.errors, prefix="reset")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("resetPasswordSave")
        self.ok_button.setText(self.tr("&Set password"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.errors.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.first.setFocus()

    @Slot()
    def save(self) -> bool:
        self.errors.clear()
        problems = self.password.problems()
        if problems:
            self.errors.show(problems)
            return False
        try:
            accounts.reset_password(
                self.ctx.db,
                actor=self.ctx.actor,
                account_id=self.account.id,
                new_password=self.password.value(),
            )
        except ValidationFailed as failure:
            self.errors.show(
                {"password" if k == "new_password" else k: v for k, v in failure.errors.items()}
            )
            return False
        except Exception as error:  # the old password still works
            self.errors.show_banner(
                self.tr("The password was not reset: {0}").format(
                    failure_reason(error, "accounts.reset_password")
                )
            )
            return False
        self.password.clear()
        self.accept()
        return True

"""The first admin's account, part of a new clinic's setup (or of the first start after an
update that brought accounts to a clinic already set up)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from mesodesk.domain.accounts import Role, User
from mesodesk.services import accounts
from mesodesk.services import practitioners as practitioner_service
from mesodesk.services.accounts.common import check_login
from mesodesk.services.database import Database
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.signin.password import NewPassword
from mesodesk.ui.widgets.inline_errors import InlineErrors


class FirstAdminBox(QGroupBox):
    """Name, login name, password twice and "I also treat patients".

    With ``choose_practitioner`` (a clinic that already has practitioners) the box offers
    them to link to; otherwise the setup's first practitioner is the admin when ticked.
    """

    def __init__(
        self, db: Database, errors: InlineErrors, parent: QWidget, *, choose_practitioner: bool
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your account (the clinic's admin)"))
        self.setObjectName("firstStartAccount")
        self.db = db
        self.errors = errors
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "Everyone signs in with their own account. Yours manages the clinic: "
                "settings, accounts for the others, backups and the audit."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.name = QLineEdit(self)
        self.name.setObjectName("firstStartAdminName")
        self.name.setMaxLength(120)
        self._row(form, self.tr("Yo&ur name"), "name", self.name)
        self.login = QLineEdit(self)
        self.login.setObjectName("firstStartLogin")
        self.login.setMaxLength(40)
        self.login.setPlaceholderText(self.tr("e.g. ana.ruiz"))
        self._row(form, self.tr("Lo&gin name"), "login", self.login)
        self.password = NewPassword(
            self, form, errors, prefix="firstStart", first_text=self.tr("Pass&word")
        )
        self.also_treats = QCheckBox(
            self.tr("I also treat patients (I am the &first practitioner)"), self
        )
        self.also_treats.setObjectName("firstStartAlsoTreats")
        form.addRow("", self.also_treats)
        self.practitioner: QComboBox | None = None
        if choose_practitioner:
            self.practitioner = QComboBox(self)
            self.practitioner.setObjectName("firstStartAdminPractitioner")
            self.practitioner.addItem(self.tr("A new practitioner record with my name"), None)
            for record in practitioner_service.list_practitioners(db):
                self.practitioner.addItem(record.display_name, record.id)
            self.practitioner.setEnabled(False)
            self.also_treats.toggled.connect(self.practitioner.setEnabled)
            self._row(form, self.tr("I am"), "practitioner_id", self.practitioner)

    def _row(self, form: QFormLayout, text: str, key: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, self.errors.field(key, widget))

    def problems(self) -> dict[str, str]:
        """What to correct before anything is saved (the services check again)."""
        problems: dict[str, str] = {}
        if not self.name.text().strip():
            problems["name"] = self.tr("Type your name.")
        try:
            check_login(self.login.text())
        except ValidationFailed as failure:
            problems.update(failure.errors)
        if not problems:
            problems.update(self.password.problems())
        return problems

    def linked_practitioner(self) -> int | None:
        """The existing practitioner record the admin is (a clinic set up before accounts),
        creating one under their name when asked; None when not ticked or during a new
        clinic's setup (its first practitioner is linked once saved)."""
        if not self.also_treats.isChecked() or self.practitioner is None:
            return None
        chosen = self.practitioner.currentData()
        if isinstance(chosen, int):
            return chosen
        return -1

    def create_account(self) -> User:
        """The first account, signed in; ``ValidationFailed`` names the field to correct."""
        linked = self.linked_practitioner()
        name = self.name.text().strip()
        user = accounts.create_first_admin(
            self.db,
            login=self.login.text().strip(),
            name=name,
            password=self.password.value(),
            also_practitioner_id=linked if linked is not None and linked > 0 else None,
        )
        self.password.clear()
        if linked == -1:  # a new practitioner record, added by the admin just created
            record = practitioner_service.create_practitioner(self.db, name, actor=user)
            accounts.set_roles(
                self.db,
                actor=user,
                account_id=user.id,
                roles=user.roles | {Role.PRACTITIONER},
                practitioner_id=record.id,
            )
            user = replace(user, roles=user.roles | {Role.PRACTITIONER}, practitioner_id=record.id)
        return user

    @Slot()
    def focus(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

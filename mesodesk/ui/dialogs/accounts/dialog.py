"""The Accounts dialog: who may sign in, with which roles; accounts are deactivated, never deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import accounts
from mesodesk.ui.bus import Change, bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.accounts.editor import AccountEditor, ResetPasswordDialog, roles_text
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import BANNER_STYLE, MUTED_STYLE, OK_STYLE

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class AccountsDialog(QDialog):
    """The list of accounts and what an admin does with them (each change audited)."""

    COLUMNS = ("name", "login", "roles", "status")

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.setSizeGripEnabled(True)
        self.rows: list[Any] = []
        self.message = QLabel(self)
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("accountsList")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Login name"), self.tr("Roles"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_roles())

        self.add_button = self._button(self.tr("&Add…"), "accountAdd", self.add)
        self.roles_button = self._button(self.tr("&Roles…"), "accountRoles", self.edit_roles)
        self.reset_button = self._button(
            self.tr("Reset &password…"), "accountResetPassword", self.reset_password
        )
        self.active_button = self._button(
            self.tr("&Deactivate"), "accountToggleActive", self.toggle_active
        )
        side = QVBoxLayout()
        for button in (self.add_button, self.roles_button, self.reset_button, self.active_button):
            side.addWidget(button)
        side.addStretch(1)
        note = QLabel(
            self.tr(
                "Accounts are never deleted: a deactivated account cannot sign in, and its "
                "history stays under its name."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(row, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 26)
        self.refresh()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- the list ------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        try:
            self.rows = list(accounts.list_accounts(self.ctx.db, actor=self.ctx.actor))
        except Exception as error:  # shown in place; the list stays as it was
            self.say(failure_reason(error, "accounts.list_accounts"), error=True)
            return
        self.table.setRowCount(len(self.rows))
        for index, account in enumerate(self.rows):
            active = bool(account.active)
            values = (
                account.name,
                account.login,
                roles_text(account.roles),
                self.tr("Active") if active else self.tr("Deactivated"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ACCOUNT_ROLE, account.id)
                if not active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(index, column, item)
        if select_id is not None:
            for index, account in enumerate(self.rows):
                if account.id == select_id:
                    self.table.selectRow(index)
        self._update_buttons()

    def current(self) -> Any | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        if not selected or row < 0 or row >= len(self.rows):
            return None
        return self.rows[row]

    def select_login(self, login: str) -> bool:
        for index, account in enumerate(self.rows):
            if account.login == login:
                self.table.selectRow(index)
                return True
        return False

    @Slot()
    def _update_buttons(self) -> None:
        account = self.current()
        for button in (self.roles_button, self.reset_button, self.active_button):
            button.setEnabled(account is not None)
        if account is not None:
            self.active_button.setText(
                self.tr("&Deactivate") if account.active else self.tr("Re&activate")
            )

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(BANNER_STYLE if error else OK_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- actions -------------------------------------------------------------------------

    def add(self) -> None:
        editor = AccountEditor(self.ctx, None, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        login = editor.login
        editor.accepted.connect(lambda: self._after_add(login.text().strip()))
        editor.open()

    def _after_add(self, login: str) -> None:
        self.refresh()
        self.select_login(login)
        self.say(self.tr("Account added. They can sign in now."))

    def edit_roles(self) -> None:
        account = self.current()
        if account is None:
            return
        editor = AccountEditor(self.ctx, account, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._after(account.id, self.tr("Roles saved.")))
        editor.open()

    def reset_password(self) -> None:
        account = self.current()
        if account is None:
            return
        dialog = ResetPasswordDialog(self.ctx, account, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._after(
                account.id, self.tr("New password set for {0}.").format(account.name)
            )
        )
        dialog.open()

    def _after(self, account_id: int, text: str) -> None:
        self.refresh(account_id)
        self.say(text)
        bus().notify(Change.PRACTITIONERS)  # the window follows its own account at once

    def toggle_active(self) -> None:
        account = self.current()
        if account is None:
            return
        if account.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate account"),
                self.tr(
                    "Deactivate {0}? They can no longer sign in; everything they did stays "
                    "under their name. You can reactivate the account later."
                ).format(account.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        change = accounts.deactivate_account if account.active else accounts.reactivate_account
        try:
            change(self.ctx.db, actor=self.ctx.actor, account_id=account.id)
        except Exception as error:  # e.g. the last admin: refused in words
            self.say(failure_reason(error, "accounts.toggle_active"), error=True)
            return
        self._after(
            account.id,
            self.tr("{0} is deactivated.").format(account.name)
            if account.active
            else self.tr("{0} can sign in again.").format(account.name),
        )

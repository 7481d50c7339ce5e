"""The audit for an admin: who saw or changed a patient's record, what a user did, and when."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.clock import from_utc
from mesodesk.domain.date_entry import DateEntryError
from mesodesk.services import accounts, audit_view
from mesodesk.services.database import startup_setting
from mesodesk.services.patient_list import find_patients
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import BANNER_STYLE, MUTED_STYLE
from mesodesk.ui.widgets.date_fields import DateField

MATCHES_SHOWN = 50
"""Patients offered for one search in the patient filter."""


class AuditView(QDialog):
    """The audit, filtered by patient, by user and by dates, with an export to CSV."""

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        patient_id: int | None = None,
        patient_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditView")
        self.setWindowTitle(self.tr("Audit"))
        self.setSizeGripEnabled(True)
        self.entries: list[Any] = []
        zone = str(startup_setting(ctx.db, "clinic.time_zone", "UTC") or "UTC")
        try:
            self.zone = ZoneInfo(zone)
        except (ValueError, KeyError):
            self.zone = ZoneInfo("UTC")
        self._build()
        self._fill_users()
        if patient_id is not None:
            self.patient.addItem(
                patient_name or self.tr("Patient {0}").format(patient_id), patient_id
            )
            self.patient.setCurrentIndex(self.patient.count() - 1)
            self.setWindowTitle(self.tr("Who saw or changed this record"))
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 34)
        self.show_entries()

    def _build(self) -> None:
        self.patient_search = QLineEdit(self)
        self.patient_search.setObjectName("auditPatientSearch")
        self.patient_search.setPlaceholderText(self.tr("Name, then Enter"))
        self.patient_search.returnPressed.connect(self.find_patient)
        self.patient = QComboBox(self)
        self.patient.setObjectName("auditPatient")
        self.patient.addItem(self.tr("(every patient)"), None)
        self.patient.setMinimumContentsLength(28)
        patient_row = QHBoxLayout()
        patient_row.addWidget(self.patient_search)
        patient_row.addWidget(self.patient, 1)
        self.user = QComboBox(self)
        self.user.setObjectName("auditUser")
        self.day_from = DateField(self.ctx.date_format, self, "auditFrom")
        self.day_to = DateField(self.ctx.date_format, self, "auditTo")
        days_row = QHBoxLayout()
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.day_to.edit)
        days_row.addWidget(self.day_from)
        days_row.addWidget(to_label)
        days_row.addWidget(self.day_to)
        days_row.addStretch(1)
        form = QFormLayout()
        patient_label = QLabel(self.tr("&Patient"), self)
        patient_label.setBuddy(self.patient_search)
        form.addRow(patient_label, patient_row)
        user_label = QLabel(self.tr("&User"), self)
        user_label.setBuddy(self.user)
        form.addRow(user_label, self.user)
        from_label = QLabel(self.tr("&From"), self)
        from_label.setBuddy(self.day_from.edit)
        form.addRow(from_label, days_row)

        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setObjectName("auditShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_entries)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export)
        self.message = QLabel(self)
        self.message.setObjectName("auditMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        self.count.setStyleSheet(MUTED_STYLE)
        actions = QHBoxLayout()
        actions.addWidget(self.show_button)
        actions.addWidget(self.count, 1)
        actions.addWidget(self.export_button)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Computer"),
                self.tr("What"),
                self.tr("Record"),
                self.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.message.hide()

    def _fill_users(self) -> None:
        self.user.clear()
        self.user.addItem(self.tr("(everyone)"), None)
        try:
            people = accounts.list_accounts(self.ctx.db, actor=self.ctx.actor)
        except Exception as error:  # the filter offers everyone only; the banner says why
            self.say(failure_reason(error, "audit_view.list_accounts"))
            return
        for account in people:
            self.user.addItem(f"{account.name} ({account.login})", account.id)

    def say(self, text: str) -> None:
        self.message.setStyleSheet(BANNER_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- filters -------------------------------------------------------------------------

    @Slot()
    def find_patient(self) -> None:
        """Offer the patients matching the typed name in the patient filter."""
        text = self.patient_search.text().strip()
        while self.patient.count() > 1:
            self.patient.removeItem(1)
        if not text:
            self.patient.setCurrentIndex(0)
            return
        try:
            listing = find_patients(
                self.ctx.db,
                text,
                include_archived=True,
                date_format=self.ctx.date_format,
                actor=self.ctx.actor,
            )
            rows = listing.rows(0, MATCHES_SHOWN)
        except Exception as error:  # no patient offered; the banner says why
            self.say(failure_reason(error, "audit_view.find_patients"))
            return
        for row in rows:
            born = f", {self.ctx.format_date(row.date_of_birth)}" if row.date_of_birth else ""
            self.patient.addItem(f"{row.family_name}, {row.given_name}{born}", row.id)
        if rows:
            self.patient.setCurrentIndex(1)
            self.patient.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.say(self.tr("No patient matches “{0}”.").format(text))

    def filters(self) -> dict[str, Any] | None:
        """The chosen filters as the service takes them; None (and a message) when a date is wrong."""
        days: list[date | None] = []
        for field in (self.day_from, self.day_to):
            try:
                days.append(field.value())
            except DateEntryError:
                self.say(
                    self.tr("“{0}” is not a date; type it as {1}.").format(
                        field.text(), self.ctx.date_format
                    )
                )
                field.edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return None
        if days[0] is not None and days[1] is not None and days[1] < days[0]:
            self.say(self.tr("The last day is before the first day."))
            return None
        return {
            "patient_id": self.patient.currentData(),
            "account_id": self.user.currentData(),
            "day_from": days[0],
            "day_to": days[1],
        }

    # --- the list ------------------------------------------------------------------------

    @Slot()
    def show_entries(self) -> None:
        filters = self.filters()
        if filters is None:
            return
        try:
            self.entries = list(
                audit_view.audit_entries(self.ctx.db, actor=self.ctx.actor, **filters)
            )
        except Exception as error:  # the list stays as it was; the banner says why
            self.say(failure_reason(error, "audit_view.audit_entries"))
            return
        self.say("")
        self.table.setRowCount(len(self.entries))
        for index, entry in enumerate(self.entries):
            values = (
                self.when(entry.occurred_at),
                entry.actor,
                entry.host or "",
                entry.action,
                f"{entry.entity} {entry.entity_id}"
                if entry.entity_id is not None
                else entry.entity,
                entry.details,
            )
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(str(value)))
        self.count.setText(self.tr("%n entries", "", len(self.entries)))

    def when(self, stored: datetime) -> str:
        return self.ctx.format_date(from_utc(stored, self.zone).replace(tzinfo=None))

    @Slot()
    def export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        filters = self.filters()
        if filters is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit"), "audit.csv", self.tr("CSV files (*.csv)")
        )
        if target:
            self.export_to(Path(target), filters)

    def export_to(self, path: Path, filters: dict[str, Any] | None = None) -> bool:
        filters = filters if filters is not None else self.filters()
        if filters is None:
            return False
        try:
            audit_view.export_audit_csv(self.ctx.db, actor=self.ctx.actor, path=path, **filters)
        except Exception as error:  # nothing (or a partial temporary file) is left
            self.say(
                self.tr("The audit was not exported: {0}").format(
                    failure_reason(error, "audit_view.export")
                )
            )
            return False
        self.count.setText(self.tr("Exported to {0}").format(path))
        return True

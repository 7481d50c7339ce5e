"""The appointment part of the session editor: when, how long, with whom, and its status."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.session_rules import (
    DEFAULT_DURATION_MINUTES,
    MAX_DURATION_MINUTES,
    MIN_DURATION_MINUTES,
    MISSED,
    can_become,
)
from mesodesk.services.dto import PractitionerRecord
from mesodesk.ui.dialogs.session_editor.combos import WheelGuard, select
from mesodesk.ui.widgets.date_fields import DateTimeField
from mesodesk.ui.widgets.inline_errors import InlineErrors


class AppointmentBox(QGroupBox):
    """Date and time typed whole, duration, practitioner, status and why it did not happen.

    Refusals about these fields ("starts_at", "duration_minutes", "practitioner_id",
    "status") are shown under the field they concern.
    """

    starts_at_edited = Signal()

    def __init__(
        self,
        date_format: str,
        practitioner_list: list[PractitionerRecord],
        practitioner_id: int | None,
        guard: WheelGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Appointment"), parent)
        self.errors = InlineErrors(self)
        grid = QGridLayout(self)

        self.date_time_edit = DateTimeField(date_format, self, "sessionStartsAt")
        self.date_time_edit.setAccessibleName(self.tr("Date and time"))
        self.date_time_edit.edited.connect(self.starts_at_edited)

        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("sessionDuration")
        self.duration_spin.setRange(MIN_DURATION_MINUTES, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setValue(DEFAULT_DURATION_MINUTES)
        self.duration_spin.setSuffix(self.tr(" min"))

        self.practitioner_combo = QComboBox()
        self.practitioner_combo.setObjectName("sessionPractitioner")
        for p in practitioner_list:
            if not p.archived:
                self.practitioner_combo.addItem(p.display_name, p.id)
        if self.practitioner_combo.count() == 0:
            self.practitioner_combo.addItem(self.tr("— no practitioner recorded —"), None)
        if not select(self.practitioner_combo, practitioner_id):
            self.practitioner_combo.setCurrentIndex(0)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("sessionStatus")
        for status in SessionStatus:
            self.status_combo.addItem(
                QCoreApplication.translate("SessionStatus", status.label), str(status)
            )
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("sessionStatusReason")
        self.reason_edit.setPlaceholderText(self.tr("Why the session did not take place"))
        self.reason_label = QLabel(self.tr("&Reason:"))
        self.reason_label.setBuddy(self.reason_edit)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self._on_status_changed()

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            widget.setContentsMargins(0, 4, 0, 0)
            return widget

        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(label(self.tr("&Date and time:"), self.date_time_edit), 0, 0)
        grid.addWidget(self.date_time_edit, 0, 1, top)
        grid.addWidget(label(self.tr("D&uration:"), self.duration_spin), 0, 2)
        grid.addWidget(self.errors.field("duration_minutes", self.duration_spin), 0, 3, top)
        grid.addWidget(label(self.tr("&Practitioner:"), self.practitioner_combo), 1, 0)
        grid.addWidget(self.errors.field("practitioner_id", self.practitioner_combo), 1, 1, top)
        grid.addWidget(label(self.tr("S&tatus:"), self.status_combo), 1, 2)
        grid.addWidget(self.errors.field("status", self.status_combo), 1, 3, top)
        grid.addWidget(self.reason_label, 2, 0)
        grid.addWidget(self.reason_edit, 2, 1, 1, 3)
        # Fields keep a readable width instead of spanning the whole dialog.
        grid.setColumnStretch(4, 1)
        wide: list[QWidget] = [self.date_time_edit, self.practitioner_combo]
        narrow: list[QWidget] = [self.duration_spin, self.status_combo]
        for widget in wide:
            widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * 28)
        for widget in narrow:
            widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * 18)
        for widget in [self.duration_spin, *wide[1:], *narrow[1:]]:
            widget.installEventFilter(guard)
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status_combo.currentIndexChanged.connect(lambda: self.show_error("status", ""))
        self.date_time_edit.edited.connect(lambda: self.show_error("starts_at", ""))

    # --- values ---------------------------------------------------------------------------

    def starts_at(self) -> datetime:
        """The clinic's wall-clock time, naive, as the services take it (the last one that
        could be read while the text is being corrected)."""
        return self.date_time_edit.last_value()

    def set_starts_at(self, moment: datetime) -> None:
        self.date_time_edit.set_value(moment)

    def status(self) -> str:
        return str(self.status_combo.currentData())

    def practitioner_id(self) -> int | None:
        return cast(int | None, self.practitioner_combo.currentData())

    def reason(self) -> str:
        """The reason, only for a session that did not take place."""
        return self.reason_edit.text() if self.reason_edit.isEnabled() else ""

    def load(
        self,
        starts_at: datetime,
        duration: int,
        practitioner: tuple[int, str] | None,
        status: str,
        reason: str,
    ) -> None:
        self.set_starts_at(starts_at)
        self.duration_spin.setValue(duration)
        if practitioner is not None and not select(self.practitioner_combo, practitioner[0]):
            self.practitioner_combo.addItem(practitioner[1], practitioner[0])
            select(self.practitioner_combo, practitioner[0])
        select(self.status_combo, status)
        self.reason_edit.setText(reason)
        self.offer_statuses_after(status)

    def offer_statuses_after(self, current: str) -> None:
        """Only the statuses a session may move to from ``current`` can be chosen."""
        model = cast(QStandardItemModel, self.status_combo.model())
        for row in range(self.status_combo.count()):
            wanted = str(self.status_combo.itemData(row))
            item = model.item(row)
            if item is not None and current in set(SessionStatus):
                item.setEnabled(can_become(current, wanted))

    # --- feedback -------------------------------------------------------------------------

    def show_error(self, key: str, text: str) -> bool:
        """``text`` under the field ``key`` concerns; False when no field here has that key."""
        if key == "starts_at":
            self.date_time_edit.show_message(text)
            return True
        label = self.errors.labels.get(key)
        if label is None:
            return False
        label.setText(text)
        label.setVisible(bool(text))
        return True

    def clear_errors(self) -> None:
        for key in ("starts_at", *self.errors.labels):
            self.show_error(key, "")

    def _on_status_changed(self) -> None:
        allowed = self.status_combo.currentData() in MISSED
        self.reason_edit.setEnabled(allowed)
        self.reason_label.setEnabled(allowed)

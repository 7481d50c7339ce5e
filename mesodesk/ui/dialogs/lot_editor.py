"""Dialog to record a lot of a product: its number, expiry date and optional stock."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from html import escape

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import products as product_service
from mesodesk.services.dto import LotRecord, ProductRecord
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import HINT_STYLE
from mesodesk.ui.widgets.inline_errors import InlineErrors


def qt_date_format(clinic_format: str) -> str:
    """The clinic's date format ("dd/mm/yyyy") as a Qt display format ("dd/MM/yyyy")."""
    return clinic_format.replace("mm", "MM")


def parse_quantity(text: str) -> Decimal | None:
    """``""`` -> None, ``"12,5"`` -> Decimal("12.5"); raises ValueError if not a number."""
    text = text.strip().replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not value.is_finite():
        raise ValueError(text)
    return value


class LotEditor(QDialog):
    """Record a new lot of ``product``; the expiry state shows while the date is chosen."""

    saved = Signal(object)
    """Emitted with the saved LotRecord before the dialog closes."""

    def __init__(
        self,
        ctx: DeskContext,
        product: ProductRecord,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product = product
        self.today = today or date.today()
        self.record: LotRecord | None = None
        self.setObjectName("lotEditor")
        self.setWindowTitle(self.tr("New lot of {product}").format(product=product.name))
        self.errors = InlineErrors(self)

        product_label = QLabel(
            f"<b>{escape(product.name)}</b> · {escape(product.solution_type_name)}", self
        )
        self.lot_number = QLineEdit(self)
        self.lot_number.setObjectName("lotNumber")
        self.lot_number.setMaxLength(80)
        self.lot_number.setPlaceholderText(self.tr("As printed on the pack, e.g. L2407-118"))
        self.expiry = QDateEdit(self)
        self.expiry.setObjectName("lotExpiry")
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat(qt_date_format(ctx.date_format))
        self.expiry.setMinimumDate(QDate(2000, 1, 1))
        self.expiry.setDate(QDate(self.today.year + 1, self.today.month, 1))
        self.expiry_hint = QLabel(self)
        self.expiry_hint.setObjectName("lotExpiryHint")
        self.expiry_hint.setWordWrap(True)
        self.expiry_hint.setStyleSheet(HINT_STYLE)
        self.expiry_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.expiry_hint.hide()
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("lotQuantity")
        self.quantity.setPlaceholderText(self.tr("Optional, e.g. 10"))
        self.quantity.setMaximumWidth(160)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Product"), product_label)
        form.addRow(self.tr("&Lot number *"), self.errors.field("lot_number", self.lot_number))
        form.addRow(self.tr("&Expiry date *"), self.errors.field("expiry_date", self.expiry))
        form.addRow("", self.expiry_hint)
        form.addRow(self.tr("&Quantity in stock"), self.errors.field("quantity", self.quantity))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.errors.banner)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.expiry.dateChanged.connect(self._update_hint)
        self._update_hint()
        self.resize(480, self.sizeHint().height())

    def expiry_date(self) -> date:
        value = self.expiry.date()
        return date(value.year(), value.month(), value.day())

    def set_expiry_date(self, value: date) -> None:
        self.expiry.setDate(QDate(value.year, value.month, value.day))

    def _update_hint(self) -> None:
        expiry = self.expiry_date()
        state = product_service.lot_state(expiry, self.today)
        days = (expiry - self.today).days
        if state == "expired":
            text = self.tr("This date is past: the lot is expired and cannot be used in a session.")
        elif days == 0:
            text = self.tr("Expires today: the lot will be flagged as expiring soon.")
        elif state == "expiring":
            text = self.tr("Expires in {n} days: the lot will be flagged as expiring soon.")
            text = text.format(n=days)
        else:
            self.expiry_hint.hide()
            return
        self.expiry_hint.setText(text)
        self.expiry_hint.show()
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def save(self) -> LotRecord | None:
        """Save and close; on failure show why, keep the text, and return None."""
        self.errors.clear()
        errors: dict[str, str] = {}
        if not self.lot_number.text().strip():
            errors["lot_number"] = self.tr("Enter the lot number printed on the pack.")
        quantity: Decimal | None = None
        try:
            quantity = parse_quantity(self.quantity.text())
        except ValueError:
            errors["quantity"] = self.tr("Enter a number, e.g. 10 or 2.5, or leave it empty.")
        else:
            if quantity is not None and quantity < 0:
                errors["quantity"] = self.tr("The quantity cannot be negative.")
            elif quantity is not None and quantity >= Decimal("100000000"):
                errors["quantity"] = self.tr("That quantity is too large.")
        if errors:
            self._show_errors(errors)
            return None
        try:
            record = product_service.create_lot(
                self.ctx.db,
                self.product.id,
                self.lot_number.text(),
                self.expiry_date(),
                quantity,
                actor=self.ctx.actor,
            )
        except ValidationFailed as failure:
            self._show_errors(failure.errors)
            return None
        except Exception as error:  # shown in the dialog; what was typed stays
            self.errors.show_banner(
                self.tr("The lot was not saved: {reason}").format(
                    reason=failure_reason(error, "dialogs.lot_editor.save")
                )
            )
            return None
        self.record = record
        self.saved.emit(record)
        bus().changed.emit("product")
        self.accept()
        return record

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        first = next(iter(errors), "")
        widget = {"lot_number": self.lot_number, "quantity": self.quantity}.get(first)
        if widget is not None:
            widget.setFocus()

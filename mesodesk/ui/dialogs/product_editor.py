"""Dialog to add or edit a product: name, manufacturer, solution type, ingredients and notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import catalog as catalog_service
from mesodesk.services import products as product_service
from mesodesk.services.dto import ProductRecord
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.widgets.inline_errors import InlineErrors


def split_ingredients(text: str) -> list[str]:
    """``"Caffeine, L-carnitine;  Artichoke"`` -> the three names, in order, without repeats."""
    parts = (p.strip() for p in text.replace(";", ",").split(","))
    return list(dict.fromkeys(p for p in parts if p))


class ProductEditor(QDialog):
    """Add a product (``product`` None) or edit one; a failed save keeps what was typed."""

    saved = Signal(object)
    """Emitted with the saved ProductRecord before the dialog closes."""

    def __init__(
        self,
        ctx: DeskContext,
        product: ProductRecord | None = None,
        parent: QWidget | None = None,
        *,
        solution_type_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product = product
        self.record: ProductRecord | None = None
        self.setObjectName("productEditor")
        self.setWindowTitle(
            self.tr("New product")
            if product is None
            else self.tr("Product: {name}").format(name=product.name)
        )
        self.errors = InlineErrors(self)

        self.name = QLineEdit(self)
        self.name.setObjectName("productName")
        self.name.setMaxLength(160)
        self.name.setPlaceholderText(self.tr("As printed on the box, e.g. Lipo Contour 10 ml"))
        self.manufacturer = QLineEdit(self)
        self.manufacturer.setObjectName("productManufacturer")
        self.manufacturer.setMaxLength(160)
        self.solution_type = QComboBox(self)
        self.solution_type.setObjectName("productSolutionType")
        self.solution_type.addItem(self.tr("Choose…"), None)
        for item in catalog_service.solution_types(ctx.db):
            self.solution_type.addItem(item.name, item.id)
        self.ingredients = QLineEdit(self)
        self.ingredients.setObjectName("productIngredients")
        self.ingredients.setPlaceholderText(
            self.tr("Separated by commas, e.g. caffeine, L-carnitine")
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("productNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name *"), self.errors.field("name", self.name))
        form.addRow(self.tr("&Manufacturer"), self.errors.field("manufacturer", self.manufacturer))
        form.addRow(
            self.tr("&Solution type *"),
            self.errors.field("solution_type_id", self.solution_type),
        )
        form.addRow(self.tr("&Ingredients"), self.errors.field("ingredients", self.ingredients))
        form.addRow(self.tr("N&otes"), self.errors.field("notes", self.notes))

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
        self.resize(560, self.sizeHint().height())

        if product is not None:
            self.name.setText(product.name)
            self.manufacturer.setText(product.manufacturer)
            self.ingredients.setText(", ".join(product.ingredients))
            self.notes.setPlainText(product.notes)
            solution_type_id = product.solution_type_id
        if solution_type_id is not None:
            self.solution_type.setCurrentIndex(
                max(0, self.solution_type.findData(solution_type_id))
            )

    def save(self) -> ProductRecord | None:
        """Save and close; on failure show why, keep the text, and return None."""
        self.errors.clear()
        type_id = self.solution_type.currentData()
        values = {
            "name": self.name.text(),
            "solution_type_id": type_id,
            "ingredients": split_ingredients(self.ingredients.text()),
            "manufacturer": self.manufacturer.text(),
            "notes": self.notes.toPlainText(),
        }
        errors = {}
        if not values["name"].strip():
            errors["name"] = self.tr("Enter the product's name.")
        if type_id is None:
            errors["solution_type_id"] = self.tr("Choose the solution type.")
        if errors:
            self._show_errors(errors)
            return None
        try:
            if self.product is None:
                record = product_service.create_product(
                    self.ctx.db,
                    values["name"],
                    type_id,
                    values["ingredients"],
                    manufacturer=values["manufacturer"],
                    notes=values["notes"],
                    actor=self.ctx.actor,
                )
            else:
                record = product_service.update_product(
                    self.ctx.db,
                    self.product.id,
                    values["name"],
                    type_id,
                    values["ingredients"],
                    manufacturer=values["manufacturer"],
                    notes=values["notes"],
                    actor=self.ctx.actor,
                )
        except ValidationFailed as failure:
            self._show_errors(failure.errors)
            return None
        except Exception as error:  # shown in the dialog; what was typed stays
            self.errors.show_banner(
                self.tr("The product was not saved: {reason}").format(
                    reason=failure_reason(error, "dialogs.product_editor.save")
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
        widget = {"name": self.name, "solution_type_id": self.solution_type}.get(first)
        if widget is not None:
            widget.setFocus()

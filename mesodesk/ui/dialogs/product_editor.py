"""Dialog to add or edit a product: name, manufacturer, solution type, ingredients and notes."""

from __future__ import annotations

from typing import Any

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
from mesodesk.services.errors import EditConflict, ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.busy_save import BusySave
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.conflict import Resolution, resolve_conflict
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
        self._overwrite = False
        """For one save after "Keep mine" in the conflict dialog."""
        self.setObjectName("productEditor")
        self.setWindowTitle(
            self.tr("New product")
            if product is None
            else self.tr("Product: {name}").format(name=product.name)
        )
        self.errors = InlineErrors(self)
        self.busy = BusySave(
            self,
            lambda: self.buttons.buttons(),
            lambda text: self.errors.show_banner(text) if text else self.errors.banner.hide(),
        )
        """Saves run in a worker: the window keeps working while the database waits."""

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

    def _values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "solution_type_id": self.solution_type.currentData(),
            "ingredients": split_ingredients(self.ingredients.text()),
            "manufacturer": self.manufacturer.text(),
            "notes": self.notes.toPlainText(),
        }

    @staticmethod
    def _values_of(product: ProductRecord) -> dict[str, Any]:
        return {
            "name": product.name,
            "solution_type_id": product.solution_type_id,
            "ingredients": list(product.ingredients),
            "manufacturer": product.manufacturer,
            "notes": product.notes,
        }

    def _show_values(self, values: dict[str, Any]) -> None:
        self.name.setText(str(values["name"]))
        self.manufacturer.setText(str(values["manufacturer"]))
        self.ingredients.setText(", ".join(values["ingredients"]))
        self.notes.setPlainText(str(values["notes"]))
        self.solution_type.setCurrentIndex(
            max(0, self.solution_type.findData(values["solution_type_id"]))
        )

    def _on_conflict(self, conflict: EditConflict) -> ProductRecord | None:
        """Another desk saved this product first: show the difference, do as the user says."""
        assert self.product is not None
        labels = {
            "name": self.tr("Name"),
            "manufacturer": self.tr("Manufacturer"),
            "solution_type_id": self.tr("Solution type"),
            "ingredients": self.tr("Ingredients"),
            "notes": self.tr("Notes"),
        }
        choice = resolve_conflict(self, conflict, labels, self._shown_value)
        if choice == Resolution.KEEP_MINE:
            self._overwrite = True
            return self.save()
        if choice == Resolution.TAKE_THEIRS:
            mine, base = self._values(), self._values_of(self.product)
            stored = next(
                p
                for p in product_service.list_products(self.ctx.db, include_archived=True)
                if p.id == self.product.id
            )
            self.product = stored
            merged = self._values_of(stored)
            merged.update({k: v for k, v in mine.items() if v != base[k]})
            self._show_values(merged)
            self.errors.show_banner(
                self.tr("The other desk's changes are loaded and yours put back: check, then save.")
            )
            return None
        self.errors.show_banner(
            self.tr("Not saved: another desk changed this product. Save again to decide.")
        )
        return None

    def _shown_value(self, field: str, value: object) -> str:
        from mesodesk.ui.dialogs.conflict import plain_value

        if field == "solution_type_id":
            index = self.solution_type.findData(value)
            return self.solution_type.itemText(index) if index >= 0 else "—"
        return plain_value(value)

    def save(self) -> ProductRecord | None:
        """Save and close; on failure show why, keep the text, and return None."""
        self.errors.clear()
        values = self._values()
        type_id = values["solution_type_id"]
        errors = {}
        if not str(values["name"]).strip():
            errors["name"] = self.tr("Enter the product's name.")
        if type_id is None:
            errors["solution_type_id"] = self.tr("Choose the solution type.")
        if errors:
            self._show_errors(errors)
            return None
        name, ingredients = str(values["name"]), list(values["ingredients"])
        manufacturer, notes = str(values["manufacturer"]), str(values["notes"])
        assert isinstance(type_id, int)
        try:
            if self.product is None:
                record = self.busy.call(
                    product_service.create_product,
                    self.ctx.db,
                    name,
                    type_id,
                    ingredients,
                    manufacturer=manufacturer,
                    notes=notes,
                    actor=self.ctx.actor,
                )
            else:
                overwrite, self._overwrite = self._overwrite, False
                record = self.busy.call(
                    product_service.update_product,
                    self.ctx.db,
                    self.product.id,
                    name,
                    type_id,
                    ingredients,
                    manufacturer=manufacturer,
                    notes=notes,
                    actor=self.ctx.actor,
                    expected_version=self.product.version,
                    overwrite=overwrite,
                )
        except ValidationFailed as failure:
            self._show_errors(failure.errors)
            return None
        except EditConflict as conflict:
            return self._on_conflict(conflict)
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

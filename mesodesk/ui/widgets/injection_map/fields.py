"""The chosen mark's fields (area, side, product, lot, volume, depth, technique, needle)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from mesodesk.domain.enums import Technique
from mesodesk.domain.injection_map import MAX_UNITS, Side, VolumeUnit
from mesodesk.domain.session_rules import MAX_DEPTH_MM, MAX_VOLUME_ML, NEEDLE_GAUGES
from mesodesk.services.dto import CatalogItem, LotRecord, ProductRecord
from mesodesk.services.injection_map import Mark
from mesodesk.ui.widgets.decimal_spin import DecimalSpinBox


class Choices(Protocol):
    """What the fields offer (the session editor's loaded data fits)."""

    areas: list[CatalogItem]
    products: list[ProductRecord]

    def lots(self, product_id: int) -> list[LotRecord]: ...


def decimal_of(value: float, places: int) -> Decimal | None:
    """A spin box value as a Decimal; 0 means "not recorded"."""
    rounded = round(value, places)
    if rounded <= 0:
        return None
    return Decimal(str(rounded)).quantize(Decimal(1).scaleb(-places))


def select(combo: QComboBox, data: object) -> bool:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


class MarkFields(QWidget):
    """Edits one mark; every change the user makes comes out as ``edited(field, new mark)``."""

    edited = Signal(str, object)

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("injectionMarkFields")
        self._choices = choices
        self._mark: Mark | None = None
        self._day = date.today()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.area = QComboBox()
        self.area.setObjectName("markArea")
        self.area.addItem(self.tr("Choose…"), None)
        for item in choices.areas:
            self.area.addItem(item.name, item.id)
        self.side = QComboBox()
        self.side.setObjectName("markSide")
        for side in Side:
            self.side.addItem(QCoreApplication.translate("Side", side.label), str(side))
        self.product = QComboBox()
        self.product.setObjectName("markProduct")
        self.lot = QComboBox()
        self.lot.setObjectName("markLot")
        self.volume = DecimalSpinBox()
        self.volume.setObjectName("markVolume")
        self.volume.setDecimals(2)
        self.volume.setSingleStep(0.05)
        self.volume.setSpecialValueText("—")
        self.unit = QComboBox()
        self.unit.setObjectName("markUnit")
        self.unit.addItem(self.tr("ml"), str(VolumeUnit.ML))
        self.unit.addItem(self.tr("units"), str(VolumeUnit.UNITS))
        self.depth_spin = DecimalSpinBox()
        self.depth_spin.setObjectName("markDepth")
        self.depth_spin.setDecimals(1)
        self.depth_spin.setSingleStep(0.5)
        self.depth_spin.setMaximum(float(MAX_DEPTH_MM))
        self.depth_spin.setSuffix(self.tr(" mm"))
        self.depth_spin.setSpecialValueText("—")
        self.technique = QComboBox()
        self.technique.setObjectName("markTechnique")
        self.technique.addItem(self.tr("From the kind of mark"), None)
        for technique in Technique:
            self.technique.addItem(
                QCoreApplication.translate("Technique", technique.label), str(technique)
            )
        self.gauge = QComboBox()
        self.gauge.setObjectName("markNeedle")
        self.gauge.addItem("—", None)
        for gauge in NEEDLE_GAUGES:
            self.gauge.addItem(f"{gauge}G", gauge)
        volume_label = QLabel(self.tr("&Volume"))
        volume_label.setBuddy(self.volume)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.unit)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Side"), self.side)
        form.addRow(self.tr("Pr&oduct"), self.product)
        form.addRow(self.tr("Lot"), self.lot)
        form.addRow(volume_label, volume_row)
        form.addRow(self.tr("Dept&h"), self.depth_spin)
        form.addRow(self.tr("Techni&que"), self.technique)
        form.addRow(self.tr("Needle"), self.gauge)
        self._fill_products(None)
        self.area.activated.connect(lambda: self._edit("area", area_id=self.area.currentData()))
        self.side.activated.connect(lambda: self._edit("side", side=self.side.currentData()))
        self.product.activated.connect(self._product_chosen)
        self.lot.activated.connect(lambda: self._edit("lot", lot_id=self.lot.currentData()))
        self.volume.valueChanged.connect(lambda v: self._edit("volume", volume=decimal_of(v, 2)))
        self.unit.activated.connect(self._unit_chosen)
        self.depth_spin.valueChanged.connect(
            lambda v: self._edit("depth", depth_mm=decimal_of(v, 1))
        )
        self.technique.activated.connect(
            lambda: self._edit("technique", technique=self.technique.currentData())
        )
        self.gauge.activated.connect(
            lambda: self._edit("needle", needle_gauge=self.gauge.currentData())
        )
        self.setEnabled(False)

    def inputs(self) -> list[QWidget]:
        return [
            self.area,
            self.side,
            self.product,
            self.lot,
            self.volume,
            self.unit,
            self.depth_spin,
            self.technique,
            self.gauge,
        ]

    def set_session_day(self, day: date) -> None:
        """Lots on offer are those usable on the session's day."""
        self._day = day

    # --- showing a mark ----------------------------------------------------------------------

    def show_mark(self, mark: Mark | None) -> None:
        self._mark = mark
        self.setEnabled(mark is not None)
        blockers = [QSignalBlocker(w) for w in self.inputs()]
        try:
            if mark is None:
                return
            if not select(self.area, mark.area_id):
                self.area.setCurrentIndex(0)
            select(self.side, str(mark.side))
            self._fill_products(mark.product_id)
            self._fill_lots(mark.product_id, mark.lot_id)
            self._set_unit(str(mark.unit))
            self.volume.setValue(float(mark.volume or 0))
            self.depth_spin.setValue(float(mark.depth_mm or 0))
            select(self.technique, mark.technique)
            if not select(self.gauge, mark.needle_gauge):
                self.gauge.setCurrentIndex(0)
        finally:
            for blocker in blockers:
                blocker.unblock()

    def _set_unit(self, unit: str) -> None:
        select(self.unit, unit)
        limit = MAX_VOLUME_ML if unit == VolumeUnit.ML else MAX_UNITS
        self.volume.setMaximum(float(limit))
        self.volume.setDecimals(2 if unit == VolumeUnit.ML else 1)
        self.volume.setSingleStep(0.05 if unit == VolumeUnit.ML else 1.0)

    def _fill_products(self, keep: int | None) -> None:
        self.product.clear()
        self.product.addItem("—", None)
        for product in self._choices.products:
            if not product.archived or product.id == keep:
                self.product.addItem(product.name, product.id)
        select(self.product, keep)

    def _fill_lots(self, product_id: int | None, keep: int | None) -> None:
        self.lot.clear()
        self.lot.addItem("—", None)
        if product_id is None:
            return
        for lot in usable_lots(self._choices.lots(product_id), self._day, keep):
            label = self.tr("{number} (exp. {expiry})").format(
                number=lot.lot_number, expiry=lot.expiry_date.strftime("%m/%Y")
            )
            self.lot.addItem(label, lot.id)
        if keep is None or not select(self.lot, keep):
            # One usable lot is the one in hand; several: the practitioner says which.
            self.lot.setCurrentIndex(1 if self.lot.count() == 2 and keep is None else 0)

    # --- the user's changes ------------------------------------------------------------------

    def _edit(self, field: str, **change: object) -> None:
        if self._mark is None:
            return
        mark = replace(self._mark, **change)  # type: ignore[arg-type]
        if mark != self._mark:
            self._mark = mark
            self.edited.emit(field, mark)

    def _product_chosen(self) -> None:
        product_id = self.product.currentData()
        with QSignalBlocker(self.lot):
            self._fill_lots(product_id, None)
        self._edit("product", product_id=product_id, lot_id=self.lot.currentData())

    def _unit_chosen(self) -> None:
        unit = self.unit.currentData()
        with QSignalBlocker(self.volume):
            self._set_unit(unit)
        self._edit("unit", unit=unit, volume=decimal_of(self.volume.value(), 2))


def usable_lots(lots: Sequence[LotRecord], day: date, keep: int | None) -> list[LotRecord]:
    """Lots that may be used on ``day`` (not archived, not expired), and the one kept."""
    return [lot for lot in lots if lot.id == keep or (not lot.archived and lot.expiry_date >= day)]

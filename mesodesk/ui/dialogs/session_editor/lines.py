"""One treatment line of the session editor (area, product, lot, volume, technique, needle)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from mesodesk.domain.enums import Technique
from mesodesk.domain.session_rules import MAX_DEPTH_MM, MAX_VOLUME_ML, NEEDLE_GAUGES
from mesodesk.services import catalog, practitioners, products
from mesodesk.services.dto import (
    CatalogItem,
    LotRecord,
    PractitionerRecord,
    ProductRecord,
    TreatmentInput,
    TreatmentRecord,
)
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor.combos import compact, select, widen_popup
from mesodesk.ui.icons import icon
from mesodesk.ui.theme import CAUTION_TEXT, STOP_TEXT
from mesodesk.ui.widgets.decimal_spin import DecimalSpinBox

LINE_PREFIX = re.compile(r"^Line \d+:\s*")
"""The "Line n:" the service puts before a line's refusal (the editor numbers lines itself)."""


def spin_decimal(value: float, places: int) -> Decimal | None:
    """A spin box value as a Decimal (never through float arithmetic); 0 means "not recorded"."""
    rounded = round(value, places)
    if rounded <= 0:
        return None
    return Decimal(str(rounded)).quantize(Decimal(1).scaleb(-places))


def totals_by_product(lines: Sequence[tuple[str, Decimal | None]]) -> dict[str, Decimal]:
    """Total volume per product name, in the order the products first appear."""
    totals: dict[str, Decimal] = {}
    for name, volume in lines:
        if volume is None:
            continue
        totals[name] = totals.get(name, Decimal(0)) + volume
    return totals


@dataclass
class EditorData:
    """Everything the form offers, loaded once; lots are fetched per product on first use."""

    ctx: DeskContext
    areas: list[CatalogItem]
    solution_types: list[CatalogItem]
    products: list[ProductRecord]
    side_effects: list[CatalogItem]
    practitioners: list[PractitionerRecord]
    _lots: dict[int, list[LotRecord]] = field(default_factory=dict)

    @classmethod
    def load(cls, ctx: DeskContext) -> EditorData:
        return cls(
            ctx,
            catalog.areas(ctx.db),
            catalog.solution_types(ctx.db),
            products.list_products(ctx.db, include_archived=True),
            catalog.side_effects(ctx.db),
            practitioners.list_practitioners(ctx.db, include_archived=True),
        )

    def product(self, product_id: int | None) -> ProductRecord | None:
        return next((p for p in self.products if p.id == product_id), None)

    def lots(self, product_id: int) -> list[LotRecord]:
        if product_id not in self._lots:
            self._lots[product_id] = products.list_lots(
                self.ctx.db, product_id, include_archived=True
            )
        return self._lots[product_id]

    def lot(self, product_id: int | None, lot_id: int | None) -> LotRecord | None:
        if product_id is None or lot_id is None:
            return None
        return next((lot for lot in self.lots(product_id) if lot.id == lot_id), None)


class TreatmentLine(QObject):
    """One treatment line of the editor: its widgets sit in the editor's grid."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, data: EditorData, parent: QWidget, guard: QObject) -> None:
        super().__init__(parent)
        self._data = data
        self._day = date.today()

        self.area = QComboBox(parent)
        self.area.setObjectName("lineArea")
        compact(self.area, 8)
        self.area.addItem(self.tr("Choose…"), None)
        model = cast(QStandardItemModel, self.area.model())
        group_names = {"face": self.tr("Face"), "body": self.tr("Body")}
        current_group: str | None = None
        for item in data.areas:
            if item.group != current_group:
                current_group = item.group
                self.area.addItem(group_names.get(item.group, item.group.title()))
                header = model.item(self.area.count() - 1)
                header.setEnabled(False)
                header.setSelectable(False)
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
            self.area.addItem(item.name, item.id)
        widen_popup(self.area)

        self.solution_type = QComboBox(parent)
        self.solution_type.setObjectName("lineSolutionType")
        compact(self.solution_type, 9)
        self.solution_type.addItem("—", None)
        for st in data.solution_types:
            self.solution_type.addItem(st.name, st.id)
        widen_popup(self.solution_type)

        self.product = QComboBox(parent)
        self.product.setObjectName("lineProduct")
        compact(self.product, 9)

        self.lot = QComboBox(parent)
        self.lot.setObjectName("lineLot")
        compact(self.lot, 16)

        self.volume = DecimalSpinBox(parent)
        self.volume.setObjectName("lineVolume")
        self.volume.setRange(0, float(MAX_VOLUME_ML))
        self.volume.setDecimals(2)
        self.volume.setSingleStep(0.1)
        self.volume.setSpecialValueText("—")
        self.volume.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.volume.setAccessibleName(self.tr("Volume in ml"))

        self.technique = QComboBox(parent)
        self.technique.setObjectName("lineTechnique")
        compact(self.technique, 8)
        self.technique.addItem("—", None)
        for technique in Technique:
            self.technique.addItem(
                QCoreApplication.translate("Technique", technique.label), str(technique)
            )
        widen_popup(self.technique)

        self.depth = DecimalSpinBox(parent)
        self.depth.setObjectName("lineDepth")
        self.depth.setRange(0, float(MAX_DEPTH_MM))
        self.depth.setDecimals(1)
        self.depth.setSingleStep(0.5)
        self.depth.setSpecialValueText("—")
        self.depth.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.depth.setAccessibleName(self.tr("Depth in mm"))

        self.gauge = QComboBox(parent)
        self.gauge.setObjectName("lineGauge")
        compact(self.gauge, 4)
        self.gauge.addItem("—", None)
        for gauge in NEEDLE_GAUGES:
            self.gauge.addItem(f"{gauge}G", gauge)

        # Text, not an icon: the icon helper has no built-in "remove" icon to fall back on.
        self.remove_button = QPushButton(self.tr("Remove"), parent)
        self.remove_button.setObjectName("lineRemove")
        self.remove_button.setToolTip(self.tr("Remove this line"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remove_button.setAutoDefault(False)

        self.message = QLabel(parent)
        self.message.setObjectName("lineMessage")
        # No word wrap: a wrapping label in a scroll area squeezes the rows above it.
        self.message.setWordWrap(False)
        # A long message must not widen the grid; the full text is in the tooltip and banner.
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self._error = ""

        for widget in self.inputs():
            widget.installEventFilter(guard)
            if isinstance(widget, QComboBox | QAbstractSpinBox):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._fill_products(None, None)
        self._fill_lots(None, None)

        self.solution_type.currentIndexChanged.connect(self._on_type_changed)
        self.product.currentIndexChanged.connect(self._on_product_changed)
        self.lot.currentIndexChanged.connect(self._on_lot_changed)
        for combo in (self.area, self.technique, self.gauge):
            combo.currentIndexChanged.connect(self.changed)
        self.volume.valueChanged.connect(self.changed)
        self.depth.valueChanged.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    # --- what the editor asks of a line -------------------------------------------------------

    def inputs(self) -> list[QWidget]:
        """The line's fields in tab order (the remove button comes last)."""
        return [
            self.area,
            self.solution_type,
            self.product,
            self.lot,
            self.volume,
            self.technique,
            self.depth,
            self.gauge,
            self.remove_button,
        ]

    def widgets(self) -> list[QWidget]:
        return [*self.inputs(), self.message]

    @property
    def area_id(self) -> int | None:
        return cast(int | None, self.area.currentData())

    @property
    def solution_type_id(self) -> int | None:
        return cast(int | None, self.solution_type.currentData())

    @property
    def product_id(self) -> int | None:
        return cast(int | None, self.product.currentData())

    @property
    def lot_id(self) -> int | None:
        return cast(int | None, self.lot.currentData())

    @property
    def volume_ml(self) -> Decimal | None:
        return spin_decimal(self.volume.value(), 2)

    @property
    def depth_mm(self) -> Decimal | None:
        return spin_decimal(self.depth.value(), 1)

    def product_label(self) -> str:
        product = self._data.product(self.product_id)
        if product is not None:
            return product.name
        if self.solution_type_id is not None:
            return self.tr("{type} (no product)").format(type=self.solution_type.currentText())
        return self.tr("Product not chosen")

    def state(self) -> tuple[object, ...]:
        return (
            self.area_id,
            self.solution_type_id,
            self.product_id,
            self.lot_id,
            self.volume_ml,
            self.technique.currentData(),
            self.depth_mm,
            self.gauge.currentData(),
        )

    def is_blank(self) -> bool:
        return all(value is None for value in self.state())

    def problem(self) -> str:
        """Why the line cannot be sent as it is, or ""."""
        if self.area_id is None:
            return self.tr("Choose the treated area.")
        return ""

    def to_input(self) -> TreatmentInput:
        area_id = self.area_id
        assert area_id is not None, "check problem() first"
        return TreatmentInput(
            area_id=area_id,
            solution_type_id=self.solution_type_id,
            product_id=self.product_id,
            product_lot_id=self.lot_id,
            volume_ml=self.volume_ml,
            technique=cast(str | None, self.technique.currentData()),
            depth_mm=self.depth_mm,
            needle_gauge=cast(int | None, self.gauge.currentData()),
        )

    def load(self, record: TreatmentRecord) -> None:
        blockers = [QSignalBlocker(w) for w in self.inputs()]
        try:
            self._load(record)
        finally:
            for blocker in blockers:
                blocker.unblock()
        self._show_lot_state()

    def _load(self, record: TreatmentRecord) -> None:
        if not select(self.area, record.area_id):
            self.area.addItem(record.area_name, record.area_id)
            select(self.area, record.area_id)
        select(self.solution_type, record.solution_type_id)
        self._fill_products(record.solution_type_id, record.product_id)
        self._fill_lots(record.product_id, record.product_lot_id)
        self.volume.setValue(float(record.volume_ml or 0))
        select(self.technique, record.technique)
        self.depth.setValue(float(record.depth_mm or 0))
        if record.needle_gauge is not None and not select(self.gauge, record.needle_gauge):
            self.gauge.addItem(f"{record.needle_gauge}G", record.needle_gauge)
            select(self.gauge, record.needle_gauge)

    def set_session_day(self, day: date) -> None:
        """Lot expiry is judged on the day of the session."""
        if day == self._day:
            return
        self._day = day
        with QSignalBlocker(self.lot):
            self._fill_lots(self.product_id, self.lot_id)
        self._show_lot_state()

    def set_error(self, text: str) -> None:
        """A refusal from the last save, shown under the line until the line changes."""
        text = LINE_PREFIX.sub("", text)
        self._error = text[:1].upper() + text[1:]
        self._show_lot_state()

    # --- filling the combos -----------------------------------------------------------------

    def _fill_products(self, type_id: int | None, keep_id: int | None) -> None:
        with QSignalBlocker(self.product):
            self.product.clear()
            self.product.addItem("—", None)
            for p in self._data.products:
                if type_id is not None and p.solution_type_id != type_id:
                    continue
                if p.archived and p.id != keep_id:
                    continue
                label = (
                    p.name if not p.archived else self.tr("{name} (archived)").format(name=p.name)
                )
                self.product.addItem(label, p.id)
            select(self.product, keep_id)
        widen_popup(self.product)

    def _fill_lots(self, product_id: int | None, keep_id: int | None) -> None:
        with QSignalBlocker(self.lot):
            self.lot.clear()
            self.lot.addItem("—", None)
            self.lot.setEnabled(product_id is not None)
            if product_id is None:
                return
            lots = [
                lot for lot in self._data.lots(product_id) if not lot.archived or lot.id == keep_id
            ]
            if not lots:
                self.lot.setItemText(0, self.tr("No lots recorded"))
            usable = [
                lot for lot in lots if products.lot_state(lot.expiry_date, self._day) != "expired"
            ]
            expired = [lot for lot in lots if lot not in usable]
            # Oldest usable lot first (use it up first); expired ones last, shown but refused.
            for lot in [*usable, *reversed(expired)]:
                self._add_lot_item(lot)
            select(self.lot, keep_id)
        widen_popup(self.lot)

    def _add_lot_item(self, lot: LotRecord) -> None:
        when = self._data.ctx.format_date(lot.expiry_date)
        state = products.lot_state(lot.expiry_date, self._day)
        if state == "expired":
            text = self.tr("{lot} (expired {date})").format(lot=lot.lot_number, date=when)
        elif state == "expiring":
            text = self.tr("{lot} (expires {date})").format(lot=lot.lot_number, date=when)
        else:
            text = self.tr("{lot} · exp. {date}").format(lot=lot.lot_number, date=when)
        self.lot.addItem(text, lot.id)
        index = self.lot.count() - 1
        if state == "expired":
            self.lot.setItemData(index, QBrush(QColor(STOP_TEXT)), Qt.ItemDataRole.ForegroundRole)
        elif state == "expiring":
            self.lot.setItemData(
                index, QBrush(QColor(CAUTION_TEXT)), Qt.ItemDataRole.ForegroundRole
            )
            self.lot.setItemData(index, icon("dialog-warning"), Qt.ItemDataRole.DecorationRole)

    # --- reactions to the user's choices ------------------------------------------------------

    def _on_type_changed(self) -> None:
        type_id = self.solution_type_id
        product = self._data.product(self.product_id)
        keep = (
            product.id
            if product is not None and type_id in (None, product.solution_type_id)
            else None
        )
        self._fill_products(type_id, keep)
        if keep is None and product is not None:
            self._fill_lots(None, None)
        self._error = ""
        self._show_lot_state()
        self.changed.emit()

    def _on_product_changed(self) -> None:
        product = self._data.product(self.product_id)
        if product is not None and self.solution_type_id != product.solution_type_id:
            with QSignalBlocker(self.solution_type):
                select(self.solution_type, product.solution_type_id)
            self._fill_products(product.solution_type_id, product.id)
        self._fill_lots(product.id if product is not None else None, None)
        self._error = ""
        self._show_lot_state()
        self.changed.emit()

    def _on_lot_changed(self) -> None:
        self._error = ""
        self._show_lot_state()
        self.changed.emit()

    def _show_lot_state(self) -> None:
        text, colour = self._error, STOP_TEXT
        lot = self._data.lot(self.product_id, self.lot_id)
        if not text and lot is not None:
            when = self._data.ctx.format_date(lot.expiry_date)
            state = products.lot_state(lot.expiry_date, self._day)
            if state == "expired":
                text = self.tr(
                    "Lot {lot} expired on {date}: it cannot be recorded. Choose another lot."
                ).format(lot=lot.lot_number, date=when)
            elif state == "expiring":
                text = self.tr("Lot {lot} expires on {date}, within 30 days.").format(
                    lot=lot.lot_number, date=when
                )
                colour = CAUTION_TEXT
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setVisible(bool(text))
        self.message.setToolTip(text)
        self.lot.setToolTip(text)

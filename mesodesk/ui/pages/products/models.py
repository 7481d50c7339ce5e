"""The products page's models: solution types with their products, and one product's lots."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from mesodesk.services import products as product_service
from mesodesk.services.dto import LotRecord, ProductRecord
from mesodesk.ui import theme
from mesodesk.ui.context import DeskContext
from mesodesk.ui.icons import icon
from mesodesk.ui.locale_format import decimal_text
from mesodesk.ui.models.base import RowListModel

EXPIRING_BACKGROUND = QColor(theme.LOT_EXPIRING_BG)
EXPIRING_FOREGROUND = QColor(theme.WARN_TEXT)
EXPIRED_BACKGROUND = QColor(theme.LOT_EXPIRED_BG)
EXPIRED_FOREGROUND = QColor(theme.LOT_EXPIRED_TEXT)
ARCHIVED_FOREGROUND = QColor(theme.ARCHIVED_TEXT)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""Tree items of products hold their ProductRecord under this role."""

PCOL_NAME, PCOL_MANUFACTURER, PCOL_INGREDIENTS, PCOL_LOTS = range(4)
COL_NUMBER, COL_EXPIRY, COL_STATE, COL_QUANTITY = range(4)


def format_quantity(quantity: Decimal | None) -> str:
    if quantity is None:
        return ""
    return decimal_text(quantity, 4)


def lot_state_text(lot: LotRecord, today: date) -> str:
    """What the state column says: the words carry the meaning, colour only repeats it."""
    state = product_service.lot_state(lot.expiry_date, today)
    days = (lot.expiry_date - today).days
    if state == "expired":
        text = (
            QCoreApplication.translate("ProductsPage", "Expired 1 day ago")
            if days == -1
            else QCoreApplication.translate("ProductsPage", "Expired {n} days ago")
        )
    elif state == "expiring":
        if days == 0:
            text = QCoreApplication.translate("ProductsPage", "Expires today")
        elif days == 1:
            text = QCoreApplication.translate("ProductsPage", "Expires soon: tomorrow")
        else:
            text = QCoreApplication.translate("ProductsPage", "Expires soon: in {n} days")
    else:
        text = QCoreApplication.translate("ProductsPage", "In date")
    text = text.format(n=abs(days))
    if state != "ok" and lot.quantity is not None and lot.quantity <= 0:
        text += " · " + QCoreApplication.translate("ProductsPage", "none left")
    if lot.archived:
        text = QCoreApplication.translate("ProductsPage", "Archived") + " · " + text
    return text


class LotTableModel(RowListModel[LotRecord]):
    """The lots of one product: number, expiry in the clinic's format, state and stock."""

    def __init__(self, ctx: DeskContext, parent: Any = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("ProductsPage", "Lot number"),
                QCoreApplication.translate("ProductsPage", "Expiry"),
                QCoreApplication.translate("ProductsPage", "State"),
                QCoreApplication.translate("ProductsPage", "In stock"),
            ],
            parent,
        )
        self.ctx = ctx
        self.today = date.today()

    def set_rows(self, rows: Sequence[LotRecord], today: date | None = None) -> None:
        self.today = today or date.today()
        super().set_rows(rows)

    def row_of(self, lot_id: int) -> int | None:
        return next((i for i, lot in enumerate(self._rows) if lot.id == lot_id), None)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        lot = self._rows[index.row()]
        column = index.column()
        state = product_service.lot_state(lot.expiry_date, self.today)
        warning = product_service.lot_warning(lot, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return lot.lot_number
            if column == COL_EXPIRY:
                return self.ctx.format_date(lot.expiry_date)
            if column == COL_STATE:
                return lot_state_text(lot, self.today)
            if column == COL_QUANTITY:
                return format_quantity(lot.quantity)
        if role == Qt.ItemDataRole.UserRole:
            return lot.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return lot_state_text(lot, self.today)
        # Colour, bold and the warning icon only for stock that can still be used by
        # mistake (product_service.lot_warning); an empty expired lot is only struck through.
        if role == Qt.ItemDataRole.BackgroundRole:
            if warning == "expired":
                return QBrush(EXPIRED_BACKGROUND)
            if warning == "expiring":
                return QBrush(EXPIRING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if lot.archived:
                return QBrush(ARCHIVED_FOREGROUND)
            if warning == "expired":
                return QBrush(EXPIRED_FOREGROUND)
            if warning == "expiring":
                return QBrush(EXPIRING_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole:
            strike = state == "expired" and column in (COL_NUMBER, COL_EXPIRY)
            bold = warning is not None and column == COL_STATE
            if not (strike or bold or lot.archived):
                return None
            font = QFont()
            font.setStrikeOut(strike)
            font.setItalic(lot.archived)
            font.setBold(bold)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATE and warning:
            return icon("dialog-warning")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProductTreeModel(QStandardItemModel):
    """Solution types, each with its products: name, manufacturer, ingredients, lots."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ProductsPage", "Product"),
                QCoreApplication.translate("ProductsPage", "Manufacturer"),
                QCoreApplication.translate("ProductsPage", "Ingredients"),
                QCoreApplication.translate("ProductsPage", "Lots"),
            ]
        )

    def set_rows(
        self,
        products: Sequence[ProductRecord],
        lots: dict[int, list[LotRecord]],
        today: date,
    ) -> None:
        self.removeRows(0, self.rowCount())
        type_items: dict[int, QStandardItem] = {}
        counts: dict[int, int] = {}
        for product in products:
            parent = type_items.get(product.solution_type_id)
            if parent is None:
                parent = QStandardItem(product.solution_type_name)
                font = parent.font()
                font.setBold(True)
                parent.setFont(font)
                parent.setEditable(False)
                filler = [QStandardItem("") for _ in range(3)]
                for item in filler:
                    item.setEditable(False)
                self.appendRow([parent, *filler])
                type_items[product.solution_type_id] = parent
            counts[product.solution_type_id] = counts.get(product.solution_type_id, 0) + 1
            parent.appendRow(self._product_row(product, lots.get(product.id, []), today))
        for type_id, parent in type_items.items():
            parent.setText(f"{parent.text()} ({counts[type_id]})")

    def _product_row(
        self, product: ProductRecord, lots: list[LotRecord], today: date
    ) -> list[QStandardItem]:
        name = product.name + (
            " " + QCoreApplication.translate("ProductsPage", "(archived)")
            if product.archived
            else ""
        )
        items = [
            QStandardItem(name),
            QStandardItem(product.manufacturer),
            QStandardItem(", ".join(product.ingredients)),
            QStandardItem(self._lot_summary(lots, today)),
        ]
        items[PCOL_NAME].setData(product.id, Qt.ItemDataRole.UserRole)
        items[PCOL_NAME].setData(product, RECORD_ROLE)
        if product.notes:
            items[PCOL_NAME].setToolTip(product.notes)
        items[PCOL_INGREDIENTS].setToolTip(", ".join(product.ingredients))
        states = {product_service.lot_warning(lot, today) for lot in lots}
        lots_item = items[PCOL_LOTS]
        if "expired" in states:
            lots_item.setForeground(QBrush(EXPIRED_FOREGROUND))
            lots_item.setIcon(icon("dialog-warning"))
        elif "expiring" in states:
            lots_item.setForeground(QBrush(EXPIRING_FOREGROUND))
            lots_item.setIcon(icon("dialog-warning"))
        for item in items:
            item.setEditable(False)
            if product.archived:
                item.setForeground(QBrush(ARCHIVED_FOREGROUND))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
        return items

    @staticmethod
    def _lot_summary(lots: list[LotRecord], today: date) -> str:
        active = [lot for lot in lots if not lot.archived]
        if not active:
            return QCoreApplication.translate("ProductsPage", "No lots")
        warnings = [product_service.lot_warning(lot, today) for lot in active]
        used_up = sum(
            1
            for lot, warning in zip(active, warnings, strict=True)
            if warning is None and product_service.lot_state(lot.expiry_date, today) == "expired"
        )
        parts = [
            QCoreApplication.translate("ProductsPage", "1 lot")
            if len(active) == 1
            else QCoreApplication.translate("ProductsPage", "{n} lots").format(n=len(active))
        ]
        if warnings.count("expiring"):
            parts.append(
                QCoreApplication.translate("ProductsPage", "{n} expiring soon").format(
                    n=warnings.count("expiring")
                )
            )
        if warnings.count("expired"):
            parts.append(
                QCoreApplication.translate("ProductsPage", "{n} expired").format(
                    n=warnings.count("expired")
                )
            )
        if used_up:
            parts.append(
                QCoreApplication.translate("ProductsPage", "{n} expired, none left").format(
                    n=used_up
                )
            )
        return " · ".join(parts)

    def product_index(self, product_id: int) -> QModelIndex | None:
        for top in range(self.rowCount()):
            parent = self.item(top)
            for row in range(parent.rowCount()):
                child = parent.child(row)
                if child.data(Qt.ItemDataRole.UserRole) == product_id:
                    return child.index()
        return None

    def products(self) -> list[ProductRecord]:
        found = []
        for top in range(self.rowCount()):
            parent = self.item(top)
            for row in range(parent.rowCount()):
                found.append(parent.child(row).data(RECORD_ROLE))
        return found

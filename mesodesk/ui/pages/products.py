"""The products page: the clinic's products per solution type, and the lots of each product."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import products as product_service
from mesodesk.services.dto import LotRecord, ProductRecord
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.lot_editor import LotEditor
from mesodesk.ui.dialogs.product_editor import ProductEditor
from mesodesk.ui.icons import icon
from mesodesk.ui.models.base import RowListModel
from mesodesk.ui.theme import BANNER_STYLE
from mesodesk.ui.widgets.inline_errors import describe
from mesodesk.ui.widgets.selection import selected_index

SPLITTER_KEY = "products/splitter"
PRODUCT_HEADER_KEY = "products/productHeader"
LOT_HEADER_KEY = "products/lotHeader"

EXPIRING_BACKGROUND = QColor("#fff1c2")
EXPIRING_FOREGROUND = QColor("#6d4c00")
EXPIRED_BACKGROUND = QColor("#fde0dc")
EXPIRED_FOREGROUND = QColor("#b71c1c")
ARCHIVED_FOREGROUND = QColor("#757575")

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""Tree items of products hold their ProductRecord under this role."""

PCOL_NAME, PCOL_MANUFACTURER, PCOL_INGREDIENTS, PCOL_LOTS = range(4)
COL_NUMBER, COL_EXPIRY, COL_STATE, COL_QUANTITY = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProductsPage", text)


def format_quantity(quantity: Decimal | None) -> str:
    if quantity is None:
        return ""
    return f"{quantity.normalize():f}"


def lot_state_text(lot: LotRecord, today: date) -> str:
    """What the state column says: the words carry the meaning, colour only repeats it."""
    state = product_service.lot_state(lot.expiry_date, today)
    days = (lot.expiry_date - today).days
    if state == "expired":
        text = _tr("Expired 1 day ago") if days == -1 else _tr("Expired {n} days ago")
    elif state == "expiring":
        if days == 0:
            text = _tr("Expires today")
        elif days == 1:
            text = _tr("Expires soon: tomorrow")
        else:
            text = _tr("Expires soon: in {n} days")
    else:
        text = _tr("In date")
    text = text.format(n=abs(days))
    if lot.archived:
        text = _tr("Archived") + " · " + text
    return text


class LotTableModel(RowListModel[LotRecord]):
    """The lots of one product: number, expiry in the clinic's format, state and stock."""

    def __init__(self, ctx: DeskContext, parent: Any = None) -> None:
        super().__init__([_tr("Lot number"), _tr("Expiry"), _tr("State"), _tr("In stock")], parent)
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
        if role == Qt.ItemDataRole.BackgroundRole and not lot.archived:
            if state == "expired":
                return QBrush(EXPIRED_BACKGROUND)
            if state == "expiring":
                return QBrush(EXPIRING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if lot.archived:
                return QBrush(ARCHIVED_FOREGROUND)
            if state == "expired":
                return QBrush(EXPIRED_FOREGROUND)
            if state == "expiring":
                return QBrush(EXPIRING_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole:
            strike = state == "expired" and column in (COL_NUMBER, COL_EXPIRY)
            bold = state != "ok" and column == COL_STATE and not lot.archived
            if not (strike or bold or lot.archived):
                return None
            font = QFont()
            font.setStrikeOut(strike)
            font.setItalic(lot.archived)
            font.setBold(bold)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATE and state != "ok":
            return icon("dialog-warning")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProductTreeModel(QStandardItemModel):
    """Solution types, each with its products: name, manufacturer, ingredients, lots."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(
            [_tr("Product"), _tr("Manufacturer"), _tr("Ingredients"), _tr("Lots")]
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
        name = product.name + (" " + _tr("(archived)") if product.archived else "")
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
        active = [lot for lot in lots if not lot.archived]
        states = {product_service.lot_state(lot.expiry_date, today) for lot in active}
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
            return _tr("No lots")
        states = [product_service.lot_state(lot.expiry_date, today) for lot in active]
        parts = [_tr("1 lot") if len(active) == 1 else _tr("{n} lots").format(n=len(active))]
        if states.count("expiring"):
            parts.append(_tr("{n} expiring soon").format(n=states.count("expiring")))
        if states.count("expired"):
            parts.append(_tr("{n} expired").format(n=states.count("expired")))
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


def _hint(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    return label


class ProductsPage(QWidget):
    """Products grouped by solution type above, the selected product's lots below."""

    patientActivated = Signal(int)
    """A patient chosen from a lot recall list."""

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._fixed_today = today
        self.dialog: QDialog | None = None
        self.recall_dialog: QDialog | None = None
        """The product or lot dialog currently open, if any."""
        self._lots: dict[int, list[LotRecord]] = {}
        self.setObjectName("productsPage")
        self._build()
        bus().changed.connect(self._on_data_changed)
        self._restore_state()
        self.refresh()

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)

        title = QLabel(self.tr("Products and lots"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        self.error = QLabel(self)
        self.error.setObjectName("productsError")
        self.error.setStyleSheet(BANNER_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)

        tools = QHBoxLayout()
        tools.setSpacing(8)
        self.new_button = QPushButton(icon("document-new"), self.tr("&New product…"))
        self.new_button.setObjectName("newProduct")
        self.new_button.clicked.connect(self.new_product)
        self.edit_button = QPushButton(self.tr("&Edit product…"))
        self.edit_button.setObjectName("editProduct")
        self.edit_button.clicked.connect(self.edit_product)
        self.archive_button = QPushButton(self.tr("&Archive product"))
        self.archive_button.setObjectName("archiveProduct")
        self.archive_button.clicked.connect(self.toggle_product_archived)
        self.show_archived = QCheckBox(self.tr("Show a&rchived"))
        self.show_archived.setObjectName("showArchivedProducts")
        self.show_archived.toggled.connect(self.refresh)
        for widget in (self.new_button, self.edit_button, self.archive_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.show_archived)
        layout.addLayout(tools)

        self.product_model = ProductTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("productTree")
        self.tree.setModel(self.product_model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PCOL_INGREDIENTS, QHeaderView.ResizeMode.Stretch)
        self.tree.selectionModel().selectionChanged.connect(self._on_product_selected)
        self.tree.activated.connect(self._on_product_activated)
        self.products_empty = _hint(
            self.tr(
                "<p><b>No products yet.</b></p>"
                "<p>Add each product the clinic injects with <b>New product…</b>, under its "
                "solution type, with its ingredients.<br>"
                "Then record the lot number and expiry date of every box that arrives, so "
                "sessions can say which lot was used.</p>"
            ),
            "productsEmpty",
        )
        self.product_stack = QStackedWidget(self)
        self.product_stack.addWidget(self.tree)
        self.product_stack.addWidget(self.products_empty)

        lots_panel = QWidget(self)
        lots_layout = QVBoxLayout(lots_panel)
        lots_layout.setContentsMargins(0, 8, 0, 0)
        lots_layout.setSpacing(8)
        lot_tools = QHBoxLayout()
        lot_tools.setSpacing(8)
        self.lots_title = QLabel(self)
        self.lots_title.setObjectName("lotsTitle")
        title_font = self.lots_title.font()
        title_font.setBold(True)
        self.lots_title.setFont(title_font)
        self.add_lot_button = QPushButton(self.tr("Add &lot…"))
        self.add_lot_button.setObjectName("addLot")
        self.add_lot_button.clicked.connect(self.add_lot)
        self.archive_lot_button = QPushButton(self.tr("Archive lo&t"))
        self.archive_lot_button.setObjectName("archiveLot")
        self.archive_lot_button.clicked.connect(self.toggle_lot_archived)
        self.recall_lot_button = QPushButton(self.tr("&Recall lot…"))
        self.recall_lot_button.setObjectName("recallLot")
        self.recall_lot_button.setToolTip(
            self.tr("Every patient and session that received the selected lot")
        )
        self.recall_lot_button.clicked.connect(self.recall_lot)
        lot_tools.addWidget(self.lots_title, 1)
        lot_tools.addWidget(self.add_lot_button)
        lot_tools.addWidget(self.archive_lot_button)
        lot_tools.addWidget(self.recall_lot_button)
        lots_layout.addLayout(lot_tools)

        self.lot_model = LotTableModel(self.ctx, self)
        self.lot_table = QTableView(self)
        self.lot_table.setObjectName("lotTable")
        self.lot_table.setModel(self.lot_model)
        self.lot_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lot_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lot_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lot_table.verticalHeader().hide()
        lot_header = self.lot_table.horizontalHeader()
        lot_header.setStretchLastSection(False)
        lot_header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Stretch)
        self.lot_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.lots_hint = _hint("", "lotsEmpty")
        self.lot_stack = QStackedWidget(self)
        self.lot_stack.addWidget(self.lot_table)
        self.lot_stack.addWidget(self.lots_hint)
        lots_layout.addWidget(self.lot_stack, 1)
        legend = QLabel(
            self.tr(
                "Lots that expire within {days} days are marked “Expires soon”; expired lots "
                "are struck through and cannot be recorded in a session."
            ).format(days=product_service.EXPIRY_WARNING_DAYS),
            self,
        )
        legend.setObjectName("lotsLegend")
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(placeholder-text);")
        lots_layout.addWidget(legend)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("productsSplitter")
        self.splitter.addWidget(self.product_stack)
        self.splitter.addWidget(lots_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self.save_state)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.archive_button)
        self.setTabOrder(self.archive_button, self.show_archived)
        self.setTabOrder(self.show_archived, self.tree)
        self.setTabOrder(self.tree, self.add_lot_button)
        self.setTabOrder(self.add_lot_button, self.archive_lot_button)
        self.setTabOrder(self.archive_lot_button, self.lot_table)

    # --- state ----------------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    def _restore_state(self) -> None:
        settings = QSettings()
        for key, target in (
            (SPLITTER_KEY, self.splitter),
            (PRODUCT_HEADER_KEY, self.tree.header()),
            (LOT_HEADER_KEY, self.lot_table.horizontalHeader()),
        ):
            value = settings.value(key)
            if value is not None:
                target.restoreState(value)

    @Slot()
    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.setValue(PRODUCT_HEADER_KEY, self.tree.header().saveState())
        settings.setValue(LOT_HEADER_KEY, self.lot_table.horizontalHeader().saveState())

    def hideEvent(self, event: Any) -> None:
        self.save_state()
        super().hideEvent(event)

    # --- data -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload products and lots, keeping the selected product and lot selected."""
        keep_product = self.current_product_id()
        keep_lot = self.current_lot_id()
        include_archived = self.show_archived.isChecked()
        try:
            products = product_service.list_products(self.ctx.db, include_archived=include_archived)
            lots = product_service.list_lots(self.ctx.db, include_archived=include_archived)
        except Exception as error:  # the page stays usable; the message says what failed
            self._show_error(self.tr("Products could not be loaded: {0}").format(describe(error)))
            return
        self.error.hide()
        self._lots = {}
        for lot in lots:
            self._lots.setdefault(lot.product_id, []).append(lot)
        self.product_model.set_rows(products, self._lots, self.today)
        self.tree.expandAll()
        self.product_stack.setCurrentWidget(self.tree if products else self.products_empty)
        if products:
            for column in (PCOL_NAME, PCOL_MANUFACTURER, PCOL_LOTS):
                self.tree.resizeColumnToContents(column)
        if keep_product is None or not self.select_product(keep_product):
            self._show_lots()
        if keep_lot is not None:
            self.select_lot(keep_lot)
        self._update_buttons()

    @Slot(str)
    def _on_data_changed(self, what: str) -> None:
        if what in ("product", "lot", "catalog", "all"):
            self.refresh()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # --- selection ------------------------------------------------------------------------

    def current_product(self) -> ProductRecord | None:
        index = selected_index(self.tree)
        if index is None:
            return None
        record = index.siblingAtColumn(PCOL_NAME).data(RECORD_ROLE)
        return record if isinstance(record, ProductRecord) else None

    def current_product_id(self) -> int | None:
        product = self.current_product()
        return product.id if product is not None else None

    def current_solution_type_id(self) -> int | None:
        """The solution type selected, or that of the selected product."""
        product = self.current_product()
        if product is not None:
            return product.solution_type_id
        index = self.tree.currentIndex()
        if index.isValid() and not index.parent().isValid():
            child = self.product_model.index(0, PCOL_NAME, index.siblingAtColumn(0))
            record = child.data(RECORD_ROLE)
            if isinstance(record, ProductRecord):
                return record.solution_type_id
        return None

    def select_product(self, product_id: int) -> bool:
        index = self.product_model.product_index(product_id)
        if index is None:
            return False
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().select(
            index,
            self.tree.selectionModel().SelectionFlag.ClearAndSelect
            | self.tree.selectionModel().SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        self._show_lots()
        return True

    def current_lot(self) -> LotRecord | None:
        index = selected_index(self.lot_table)
        return self.lot_model.row_at(index.row()) if index is not None else None

    def current_lot_id(self) -> int | None:
        lot = self.current_lot()
        return lot.id if lot is not None else None

    def select_lot(self, lot_id: int) -> bool:
        row = self.lot_model.row_of(lot_id)
        if row is None:
            return False
        self.lot_table.selectRow(row)
        return True

    @Slot(QItemSelection, QItemSelection)
    def _on_product_selected(self, *_: object) -> None:
        self._show_lots()
        self._update_buttons()

    @Slot(QModelIndex)
    def _on_product_activated(self, index: QModelIndex) -> None:
        if index.parent().isValid():
            self.edit_product()

    def _show_lots(self) -> None:
        product = self.current_product()
        if product is None:
            self.lot_model.set_rows([], self.today)
            self.lots_title.setText(self.tr("Lots"))
            self.lots_hint.setText(
                self.tr("Select a product above to see its lots and their expiry dates.")
            )
            self.lot_stack.setCurrentWidget(self.lots_hint)
            self._update_buttons()
            return
        lots = self._lots.get(product.id, [])
        self.lot_model.set_rows(lots, self.today)
        self.lots_title.setText(self.tr("Lots of {product}").format(product=product.name))
        if lots:
            self.lot_stack.setCurrentWidget(self.lot_table)
            self.lot_table.resizeColumnToContents(COL_NUMBER)
            self.lot_table.resizeColumnToContents(COL_EXPIRY)
            self.lot_table.resizeColumnToContents(COL_QUANTITY)
        else:
            self.lots_hint.setText(
                self.tr(
                    "<p><b>No lots recorded for this product.</b></p>"
                    "<p>When a box arrives, use <b>Add lot…</b> to record the lot number and "
                    "expiry date printed on it.</p>"
                )
                if not product.archived
                else self.tr("This product is archived; restore it to record new lots.")
            )
            self.lot_stack.setCurrentWidget(self.lots_hint)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        product = self.current_product()
        lot = self.current_lot()
        self.edit_button.setEnabled(product is not None)
        self.archive_button.setEnabled(product is not None)
        self.archive_button.setText(
            self.tr("&Restore product")
            if product is not None and product.archived
            else self.tr("&Archive product")
        )
        self.add_lot_button.setEnabled(product is not None and not product.archived)
        self.archive_lot_button.setEnabled(lot is not None)
        self.recall_lot_button.setEnabled(lot is not None)
        self.archive_lot_button.setText(
            self.tr("Restore lo&t") if lot is not None and lot.archived else self.tr("Archive lo&t")
        )

    # --- actions --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None

    @Slot()
    def new_product(self) -> ProductEditor:
        """Open the editor for a new product, under the selected solution type if any."""
        editor = ProductEditor(
            self.ctx, None, self, solution_type_id=self.current_solution_type_id()
        )
        editor.saved.connect(self._on_product_saved)
        self._open(editor)
        return editor

    @Slot()
    def edit_product(self) -> ProductEditor | None:
        product = self.current_product()
        if product is None:
            return None
        editor = ProductEditor(self.ctx, product, self)
        editor.saved.connect(self._on_product_saved)
        self._open(editor)
        return editor

    @Slot(object)
    def _on_product_saved(self, record: ProductRecord) -> None:
        self.refresh()
        self.select_product(record.id)

    @Slot()
    def add_lot(self) -> LotEditor | None:
        product = self.current_product()
        if product is None or product.archived:
            return None
        editor = LotEditor(self.ctx, product, self, today=self.today)
        editor.saved.connect(self._on_lot_saved)
        self._open(editor)
        return editor

    @Slot(object)
    def recall_lot(self) -> None:
        """Open the recall list of the selected lot (patients, sessions, contacts, CSV)."""
        from mesodesk.ui.dialogs.lot_recall import LotRecallDialog

        lot = self.current_lot()
        if lot is None:
            return
        dialog = LotRecallDialog(self.ctx, lot.lot_number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.patientActivated.connect(self.patientActivated)
        dialog.open()
        self.recall_dialog = dialog

    def _on_lot_saved(self, record: LotRecord) -> None:
        self.refresh()
        self.select_product(record.product_id)
        self.select_lot(record.id)

    @Slot()
    def toggle_product_archived(self) -> None:
        product = self.current_product()
        if product is None:
            return
        try:
            product_service.set_product_archived(
                self.ctx.db, product.id, not product.archived, actor=self.ctx.actor
            )
        except Exception as error:  # nothing changed; say why
            self._show_error(self.tr("The product was not changed: {0}").format(describe(error)))
            return
        bus().changed.emit("product")

    @Slot()
    def toggle_lot_archived(self) -> None:
        lot = self.current_lot()
        if lot is None:
            return
        try:
            product_service.set_lot_archived(
                self.ctx.db, lot.id, not lot.archived, actor=self.ctx.actor
            )
        except Exception as error:  # nothing changed; say why
            self._show_error(self.tr("The lot was not changed: {0}").format(describe(error)))
            return
        bus().changed.emit("product")

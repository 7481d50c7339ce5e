"""The products page: products grouped by solution type above, the selected product's lots below."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt, Signal, Slot
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
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.pages.products.lots_panel import LotsPanel, hint_label
from mesodesk.ui.pages.products.models import (
    COL_EXPIRY,
    COL_NUMBER,
    COL_QUANTITY,
    PCOL_INGREDIENTS,
    PCOL_LOTS,
    PCOL_MANUFACTURER,
    PCOL_NAME,
    RECORD_ROLE,
    ProductTreeModel,
)
from mesodesk.ui.theme import BANNER_STYLE
from mesodesk.ui.widgets.selection import selected_index

SPLITTER_KEY = "products/splitter"
PRODUCT_HEADER_KEY = "products/productHeader"
LOT_HEADER_KEY = "products/lotHeader"


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
        self.products_empty = hint_label(
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

        lots_panel = LotsPanel(self.ctx, self)
        self.lots_title = lots_panel.lots_title
        self.add_lot_button = lots_panel.add_lot_button
        self.archive_lot_button = lots_panel.archive_lot_button
        self.recall_lot_button = lots_panel.recall_lot_button
        self.lot_model = lots_panel.lot_model
        self.lot_table = lots_panel.lot_table
        self.lots_hint = lots_panel.lots_hint
        self.lot_stack = lots_panel.lot_stack
        self.add_lot_button.clicked.connect(self.add_lot)
        self.archive_lot_button.clicked.connect(self.toggle_lot_archived)
        self.recall_lot_button.clicked.connect(self.recall_lot)
        self.lot_table.selectionModel().selectionChanged.connect(self._update_buttons)

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
            self._show_error(
                self.tr("Products could not be loaded: {0}").format(
                    failure_reason(error, "pages.products.page.refresh")
                )
            )
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
            self._show_error(
                self.tr("The product was not changed: {0}").format(
                    failure_reason(error, "pages.products.page.toggle_product_archived")
                )
            )
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
            self._show_error(
                self.tr("The lot was not changed: {0}").format(
                    failure_reason(error, "pages.products.page.toggle_lot_archived")
                )
            )
            return
        bus().changed.emit("product")

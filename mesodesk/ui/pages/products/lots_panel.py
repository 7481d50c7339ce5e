"""The lower half of the products page: the selected product's lots, their tools and legend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import products as product_service
from mesodesk.ui.context import DeskContext
from mesodesk.ui.pages.products.models import COL_STATE, LotTableModel


def hint_label(text: str, object_name: str) -> QLabel:
    """A centred, word-wrapped rich-text hint shown in place of an empty list."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(24)
    return label


class LotsPanel(QWidget):
    """The lots table (or a hint when there is none), its buttons and the expiry legend.

    The page connects the buttons and the selection: the panel only lays the widgets out.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lots_layout = QVBoxLayout(self)
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
        self.archive_lot_button = QPushButton(self.tr("Archive lo&t"))
        self.archive_lot_button.setObjectName("archiveLot")
        self.recall_lot_button = QPushButton(self.tr("&Recall lot…"))
        self.recall_lot_button.setObjectName("recallLot")
        self.recall_lot_button.setToolTip(
            self.tr("Every patient and session that received the selected lot")
        )
        lot_tools.addWidget(self.lots_title, 1)
        lot_tools.addWidget(self.add_lot_button)
        lot_tools.addWidget(self.archive_lot_button)
        lot_tools.addWidget(self.recall_lot_button)
        lots_layout.addLayout(lot_tools)

        self.lot_model = LotTableModel(ctx, self)
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
        self.lots_hint = hint_label("", "lotsEmpty")
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

"""The injection map beside its list of marks, the chosen mark's fields and the totals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.injection_map import Region
from mesodesk.services.injection_map import Mark, MarkKind, catalog, totals
from mesodesk.ui.locale_format import dose_text
from mesodesk.ui.widgets.injection_map.canvas import MapCanvas, Tool
from mesodesk.ui.widgets.injection_map.fields import Choices, MarkFields
from mesodesk.ui.widgets.injection_map.model import AddMark, ChangeMark, MapModel, RemoveMark

COLUMNS = ("#", "Diagram", "Kind", "Area", "Side", "Product", "Lot", "Volume", "Needle")
COPIED = ("product_id", "lot_id", "volume", "unit", "depth_mm", "technique", "needle_gauge")
"""What a new mark takes from the previous one."""


class InjectionMapPanel(QWidget):
    """Marks placed by mouse or keyboard, undoable; ``changed`` after every change."""

    changed = Signal()

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("injectionMapPanel")
        self.choices = choices
        self.shapes = catalog()
        self.model = MapModel(self.shapes, {a.code: a.id for a in choices.areas}, self)
        self.undo_stack = QUndoStack(self)
        self.previous_source: Callable[[], Sequence[Mark]] | None = None
        """Reads the previous session's marks when "Show last session" is ticked."""
        self.selected = -1
        self._area_names = {a.id: a.name for a in choices.areas}
        self._product_names = {p.id: p.name for p in choices.products}
        self._build()
        self.model.changed.connect(self._on_model_changed)
        self._on_model_changed()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.canvas = MapCanvas()
        bar = QHBoxLayout()
        self.diagram_combo = QComboBox()
        self.diagram_combo.setObjectName("mapDiagram")
        self.diagram_combo.setAccessibleName(self.tr("Diagram"))
        for diagram in self.shapes.diagrams:
            self.diagram_combo.addItem(
                QCoreApplication.translate("Diagram", diagram.name), diagram.id
            )
        self.diagram_combo.currentIndexChanged.connect(self._diagram_chosen)
        bar.addWidget(self.diagram_combo)
        self.tool_group = QButtonGroup(self)
        self.tool_buttons: dict[Tool, QToolButton] = {}
        for tool, text, tip in (
            (Tool.POINT, self.tr("Point"), self.tr("Click to place an injection point")),
            (Tool.LINE, self.tr("Line"), self.tr("Drag, or click both ends, for a line")),
            (Tool.GRID, self.tr("Grid"), self.tr("Drag a rectangle over a zone (nappage)")),
        ):
            button = QToolButton()
            button.setObjectName(f"mapTool_{tool}")
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setChecked(tool == Tool.POINT)
            button.toggled.connect(lambda on, t=tool: self._tool_toggled(t, on))
            self.tool_group.addButton(button)
            self.tool_buttons[tool] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.previous_check = QCheckBox(self.tr("Sho&w last session"))
        self.previous_check.setObjectName("mapShowPrevious")
        self.previous_check.toggled.connect(self._show_previous)
        bar.addWidget(self.previous_check)
        left.addLayout(bar)
        self.canvas.add_requested.connect(lambda request: self.add_mark(*request))
        self.canvas.move_requested.connect(self.move_mark)
        self.canvas.delete_requested.connect(self.remove_mark)
        self.canvas.selected_changed.connect(self.select)
        self.canvas.hovered.connect(self._hovered)
        left.addWidget(self.canvas, 1)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("mapHint")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        left.addWidget(self.hint_label)
        root.addLayout(left, 3)
        root.addLayout(self._build_side(), 4)
        self._diagram_chosen()

    def _build_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.mark_list = QTableWidget(0, len(COLUMNS))
        self.mark_list.setObjectName("injectionMarkList")
        self.mark_list.setAccessibleName(self.tr("Marks"))
        self.mark_list.setHorizontalHeaderLabels(
            [QCoreApplication.translate("InjectionMap", c) for c in COLUMNS]
        )
        self.mark_list.verticalHeader().hide()
        self.mark_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mark_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mark_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mark_list.setTabKeyNavigation(False)
        header = self.mark_list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Area"), QHeaderView.ResizeMode.Stretch)
        self.mark_list.itemSelectionChanged.connect(self._list_selection)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.mark_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self.remove_mark(self.selected))
        side.addWidget(self.mark_list, 2)

        keys = QHBoxLayout()
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("mapRegion")
        self.region_combo.setAccessibleName(self.tr("Region for a mark from the keyboard"))
        self.region_combo.currentIndexChanged.connect(self._region_chosen)
        self.add_button = QPushButton(self.tr("Add a &mark here"))
        self.add_button.setObjectName("mapAddAtRegion")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_at_region)
        self.remove_button = QPushButton(self.tr("Remove mark"))
        self.remove_button.setObjectName("mapRemoveMark")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_mark(self.selected))
        keys.addWidget(self.region_combo, 1)
        keys.addWidget(self.add_button)
        keys.addWidget(self.remove_button)
        side.addLayout(keys)

        undo_row = QHBoxLayout()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action, name in ((self.undo_action, "mapUndo"), (self.redo_action, "mapRedo")):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setObjectName(name)
            button.setDefaultAction(action)
            undo_row.addWidget(button)
        undo_row.addStretch(1)
        side.addLayout(undo_row)

        self.fields = MarkFields(self.choices)
        self.fields.edited.connect(self._field_edited)
        side.addWidget(self.fields)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("injectionTotals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        side.addWidget(self.totals_label)
        return side

    def tab_chain(self) -> list[QWidget]:
        """The panel's fields in keyboard order (the session editor chains them)."""
        return [
            self.diagram_combo,
            *self.tool_buttons.values(),
            self.previous_check,
            self.canvas,
            self.mark_list,
            self.region_combo,
            self.add_button,
            self.remove_button,
            *self.fields.inputs(),
        ]

    # --- the marks ---------------------------------------------------------------------------

    def marks(self) -> tuple[Mark, ...]:
        return tuple(self.model.marks)

    def load(self, marks: Sequence[Mark]) -> None:
        """Marks as stored: nothing to undo yet."""
        self.model.reset(list(marks))
        self.undo_stack.clear()
        if marks:
            select_data(self.diagram_combo, marks[0].diagram)

    def add_mark(self, kind: MarkKind, points: tuple[tuple[float, float], ...]) -> None:
        """A new mark, taking product, lot, volume, depth, technique and needle from the last."""
        mark = Mark(self.canvas.diagram, kind, tuple(points))
        if self.model.marks:
            last = self.model.marks[-1]
            mark = replace(mark, **{name: getattr(last, name) for name in COPIED})
        mark = self.model.place(mark)
        self.undo_stack.push(AddMark(self.model, len(self.model.marks), mark))
        self.select(len(self.model.marks) - 1)

    def add_at_region(self) -> None:
        region = self.region_combo.currentData()
        if isinstance(region, Region):
            self.add_mark(MarkKind.POINT, (region.centre,))

    def move_mark(self, index: int, points: tuple[tuple[float, float], ...]) -> None:
        if 0 <= index < len(self.model.marks):
            moved = self.model.moved(self.model.marks[index], points)
            self.undo_stack.push(ChangeMark(self.model, index, moved))
            self.select(index)

    def remove_mark(self, index: int) -> None:
        if 0 <= index < len(self.model.marks):
            self.undo_stack.push(RemoveMark(self.model, index))
            self.select(min(index, len(self.model.marks) - 1))

    def select(self, index: int) -> None:
        self.selected = index if 0 <= index < len(self.model.marks) else -1
        if self.selected >= 0:
            mark = self.model.marks[self.selected]
            if mark.diagram != self.canvas.diagram:
                select_data(self.diagram_combo, mark.diagram)
        self.canvas.set_marks(self.model.marks, self.selected)
        self.fields.show_mark(self.model.marks[self.selected] if self.selected >= 0 else None)
        self.remove_button.setEnabled(self.selected >= 0)
        if self.mark_list.currentRow() != self.selected:
            self.mark_list.blockSignals(True)
            if self.selected >= 0:
                self.mark_list.selectRow(self.selected)
            else:
                self.mark_list.clearSelection()
            self.mark_list.blockSignals(False)

    def _field_edited(self, field: str, mark: Mark) -> None:
        if self.selected >= 0:
            self.undo_stack.push(ChangeMark(self.model, self.selected, mark, field))

    def _on_model_changed(self) -> None:
        marks = self.model.marks
        if self.selected >= len(marks):
            self.selected = len(marks) - 1
        self._fill_list()
        self._update_totals()
        self.select(self.selected)
        self.changed.emit()

    # --- the list and the totals -------------------------------------------------------------

    def _fill_list(self) -> None:
        table = self.mark_list
        table.blockSignals(True)
        table.setRowCount(len(self.model.marks))
        names = {d.id: d.name for d in self.shapes.diagrams}
        for row, mark in enumerate(self.model.marks):
            cells = (
                str(row + 1),
                QCoreApplication.translate("Diagram", names.get(mark.diagram, mark.diagram)),
                QCoreApplication.translate("MarkKind", MarkKind(mark.kind).label),
                self._area_names.get(mark.area_id or 0, self.tr("Choose the area")),
                QCoreApplication.translate("Side", str(mark.side).title()),
                self._product_names.get(mark.product_id or 0, "—"),
                self._lot_number(mark),
                dose_text(*((mark.volume or Decimal(0)), Decimal(0)))
                if mark.unit == "ml"
                else dose_text(Decimal(0), mark.volume or Decimal(0)),
                f"{mark.needle_gauge}G" if mark.needle_gauge else "—",
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.blockSignals(False)

    def _lot_number(self, mark: Mark) -> str:
        if mark.product_id is None or mark.lot_id is None:
            return "—"
        lots = self.choices.lots(mark.product_id)
        return next((lot.lot_number for lot in lots if lot.id == mark.lot_id), "—")

    def _update_totals(self) -> None:
        sums = totals(self.model.marks)
        if not sums.marks:
            self.totals_label.setText(
                escape(self.tr("Place marks on the diagram: the volumes add up here."))
            )
            return
        per_product, per_area = escape(self.tr("Per product")), escape(self.tr("Per area"))
        rows = [f"<tr><td colspan='2'><b>{per_product}</b></td></tr>"]
        for product_id, (ml, units) in sums.by_product.items():
            name = self._product_names.get(product_id or 0, self.tr("No product"))
            rows.append(_row(name, dose_text(ml, units)))
        rows.append(f"<tr><td colspan='2'><b>{per_area}</b></td></tr>")
        for area_id, (ml, units) in sums.by_area.items():
            name = self._area_names.get(area_id or 0, self.tr("Area not chosen"))
            rows.append(_row(name, dose_text(ml, units)))
        self.totals_label.setText(f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>")

    def totals_text(self) -> str:
        return self.totals_label.text()

    # --- reactions ---------------------------------------------------------------------------

    def _list_selection(self) -> None:
        rows = self.mark_list.selectionModel().selectedRows()
        self.select(rows[0].row() if rows else -1)

    def _diagram_chosen(self) -> None:
        diagram_id = self.diagram_combo.currentData()
        if diagram_id is None:
            return
        self.canvas.set_diagram(diagram_id)
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        for region in sorted(self.shapes.regions_of(diagram_id), key=self._region_label):
            self.region_combo.addItem(self._region_label(region), region)
        self.region_combo.blockSignals(False)
        self.canvas.set_hint(None)

    def _region_label(self, region: Region) -> str:
        area_id = self.model.area_ids.get(region.area)
        name = self._area_names.get(area_id or 0, region.area)
        if region.side == "midline":
            return name
        side = QCoreApplication.translate("Side", region.side.label)
        return f"{name}, {side.lower()}"

    def _region_chosen(self) -> None:
        region = self.region_combo.currentData()
        if self.region_combo.hasFocus() and isinstance(region, Region):
            self.canvas.set_hint(region)

    def _hovered(self, point: tuple[float, float] | None) -> None:
        region = self.shapes.region_at(self.canvas.diagram, point) if point else None
        self.hint_label.setText(self._region_label(region) if region is not None else "")

    def _tool_toggled(self, tool: Tool, on: bool) -> None:
        if on:
            self.canvas.set_tool(tool)

    def _show_previous(self, on: bool) -> None:
        marks: Sequence[Mark] = ()
        if on and self.previous_source is not None:
            marks = self.previous_source()
            if not marks:
                self.hint_label.setText(self.tr("No earlier session of this patient has marks."))
        self.canvas.set_previous(marks)


def _row(name: str, value: str) -> str:
    return f"<tr><td>{escape(name)}</td><td align='right'>&nbsp;&nbsp;{escape(value)}</td></tr>"


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)

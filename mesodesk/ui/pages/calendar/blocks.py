"""Session blocks laid out on the grid: their rectangles, and which block or cell a point hits."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF

from mesodesk.services.dto import SessionSummary
from mesodesk.ui.pages.calendar.geometry import GridGeometry
from mesodesk.ui.pages.calendar.layout import SLOT_MINUTES, Overflow, Placement, place


class Block:
    """A placed session with its rectangle in content coordinates and its elided text."""

    __slots__ = ("lines", "lines_size", "placement", "rect")

    def __init__(self, placement: Placement, rect: QRectF) -> None:
        self.placement = placement
        self.rect = rect
        self.lines: list[str] = []
        """The text drawn on the block (cached for ``lines_size``)."""
        self.lines_size: tuple[int, int] = (-1, -1)

    @property
    def session(self) -> SessionSummary:
        return self.placement.session


class BlockLayout:
    """The blocks of the shown sessions, laid out again when the width or content changes."""

    def __init__(self, geometry: GridGeometry) -> None:
        self.geo = geometry
        self.blocks: list[Block] = []
        self.by_column: list[list[Block]] = []
        self.by_id: dict[int, Block] = {}
        self.overflows: list[list[tuple[Overflow, QRectF]]] = []
        """Per column, the "+n" cells of crowded slots."""
        self._laid_out_for: tuple[int, int] = (-1, -1)

    def invalidate(self) -> None:
        self._laid_out_for = (-1, -1)

    def ensure(self) -> None:
        geo = self.geo
        columns = geo.content.columns
        key = (geo.area.viewport().width(), len(columns))
        if key == self._laid_out_for:
            return
        self._laid_out_for = key
        width = geo.column_width()
        # A lane is wide enough for its colour bar and a "+99" count of what did not fit.
        lane_min = max(geo.fm.averageCharWidth() * 3, geo.bold_fm.horizontalAdvance("+99") + 4)
        max_lanes = max(2, int(width // max(1, lane_min)))
        placements, overflows = place(geo.content.sessions, columns, max_lanes)
        self.blocks = []
        self.by_column = [[] for _ in columns]
        self.by_id = {}
        for item in placements:
            left, lane_w = geo.lane_rect(item.column, item.lane, item.lanes, width)
            top = geo.y_of(item.start_minute)
            bottom = max(geo.y_of(item.end_minute), top + geo.row_h * 0.75)
            block = Block(item, QRectF(left, top + 1, lane_w, bottom - top - 2))
            self.blocks.append(block)
            self.by_column[item.column].append(block)
            self.by_id[item.session.id] = block
        for column_blocks in self.by_column:
            column_blocks.sort(key=lambda b: (b.rect.top(), b.placement.lane))
        self.overflows = [[] for _ in columns]
        for cell in overflows:
            left, lane_w = geo.lane_rect(cell.column, cell.lane, cell.lanes, width)
            top = geo.y_of(cell.start_minute)
            self.overflows[cell.column].append((cell, QRectF(left, top + 1, lane_w, geo.row_h - 2)))

    def block_at(self, point: QPoint | QPointF) -> Block | None:
        """The block under a viewport point."""
        column = self.geo.column_at(point.x())
        if column is None or point.y() < self.geo.header_h:
            return None
        self.ensure()
        hit = QPointF(point) - self.geo.offset
        for block in reversed(self.by_column[column]):
            if block.rect.contains(hit):
                return block
        return None

    def overflow_at(self, point: QPoint | QPointF) -> Overflow | None:
        """The "+n" cell under a viewport point."""
        column = self.geo.column_at(point.x())
        if column is None:
            return None
        self.ensure()
        for cell, rect in self.overflows[column]:
            if self.geo.view_rect(rect).contains(QPointF(point)):
                return cell
        return None

    def block_in_cell(self, column: int, slot: int) -> Block | None:
        """The leftmost block covering a 15-minute row of a column."""
        self.ensure()
        if not 0 <= column < len(self.by_column):
            return None
        minute = self.geo.content.minute_of_slot(slot)
        found = [
            b
            for b in self.by_column[column]
            if b.placement.start_minute < minute + SLOT_MINUTES and minute < b.placement.end_minute
        ]
        return min(found, key=lambda b: b.placement.lane) if found else None

    def slots_of(self, block: Block) -> tuple[int, int]:
        """The first and last 15-minute rows a block covers."""
        first_minute = self.geo.content.span[0]
        first = (block.placement.start_minute - first_minute) // SLOT_MINUTES
        last = max(first, (block.placement.end_minute - 1 - first_minute) // SLOT_MINUTES)
        return first, last

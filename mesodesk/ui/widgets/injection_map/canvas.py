"""The diagram the practitioner marks: click a point, drag a line or a grid, move, delete."""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from mesodesk.domain.injection_map import Region
from mesodesk.services.injection_map import Mark, MarkKind
from mesodesk.ui.theme import MAP_BACKGROUND, MAP_MARK, MAP_REGION_HINT
from mesodesk.ui.widgets.injection_map.render import (
    fit_rect,
    mark_radius,
    paint_marks,
    renderer,
    to_diagram,
    to_view,
)

NUDGE = 0.005
"""How far an arrow key moves the chosen mark (Shift: five times as far)."""


class Tool(StrEnum):
    POINT = "point"
    LINE = "line"
    GRID = "grid"


class MapCanvas(QWidget):
    """Shows one diagram with the marks on it; asks for changes through its signals."""

    add_requested = Signal(object)
    """A new mark's kind and points (diagram coordinates): (MarkKind, tuple of points)."""
    move_requested = Signal(int, object)
    """(mark index, new points) once a drag ends."""
    delete_requested = Signal(int)
    selected_changed = Signal(int)
    """The chosen mark's index (-1: none)."""
    hovered = Signal(object)
    """The region under the pointer, or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("injectionMap")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        # The map paints every pixel itself: nothing under it is repainted on a drag.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Injection map"))
        self.diagram = "face_front"
        self.tool = Tool.POINT
        self.marks: Sequence[Mark] = ()
        self.previous: Sequence[Mark] = ()
        self.selected = -1
        self.hint: Region | None = None
        self._art: QPixmap | None = None
        self._art_key: tuple[str, int, int, float] | None = None
        self._layer: QPixmap | None = None
        """The diagram with every mark but the one being dragged: a drag repaints one mark."""
        self._press: QPointF | None = None
        self._drag_points: tuple[tuple[float, float], ...] | None = None
        self._dragging = -1
        self._pending: tuple[float, float] | None = None
        """The first end of a line placed by two clicks."""
        self._rubber: tuple[tuple[float, float], tuple[float, float]] | None = None

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height() * 26
        return QSize(int(height * 0.85), height)

    def minimumSizeHint(self) -> QSize:
        height = self.fontMetrics().height() * 16
        return QSize(int(height * 0.7), height)

    # --- what is shown -----------------------------------------------------------------------

    def set_diagram(self, diagram_id: str) -> None:
        self.diagram = diagram_id
        self._pending = None
        self.refresh()

    def set_marks(self, marks: Sequence[Mark], selected: int) -> None:
        self.marks = marks
        self.selected = selected if 0 <= selected < len(marks) else -1
        self.refresh()

    def set_previous(self, marks: Sequence[Mark]) -> None:
        self.previous = marks
        self.refresh()

    def set_hint(self, region: Region | None) -> None:
        self.hint = region
        self.refresh()

    def refresh(self) -> None:
        """Draw everything again at the next paint."""
        self._layer = None
        self.update()

    def set_tool(self, tool: Tool) -> None:
        self.tool = tool
        self._pending = None
        self.update()

    def diagram_rect(self) -> QRectF:
        return fit_rect(self.diagram, QRectF(self.rect()).adjusted(6, 6, -6, -6))

    def view_point(self, point: tuple[float, float]) -> QPointF:
        """Where a diagram point sits in the widget (tests click there)."""
        return to_view(self.diagram_rect(), point)

    # --- painting ----------------------------------------------------------------------------

    def _artwork(self, rect: QRectF) -> QPixmap:
        """The diagram drawn once per size: a drag repaints only the marks over it."""
        ratio = self.devicePixelRatioF()
        key = (self.diagram, int(rect.width()), int(rect.height()), ratio)
        if self._art is None or self._art_key != key:
            pixmap = QPixmap(QSize(int(rect.width() * ratio), int(rect.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(MAP_BACKGROUND))
            painter = QPainter(pixmap)
            renderer(self.diagram).render(painter, QRectF(0, 0, rect.width(), rect.height()))
            painter.end()
            self._art, self._art_key = pixmap, key
        return self._art

    def _marks_layer(self, rect: QRectF) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._layer is not None and self._layer.size() == self.size() * ratio:
            return self._layer
        layer = QPixmap(self.size() * ratio)
        layer.setDevicePixelRatio(ratio)
        layer.fill(QColor(MAP_BACKGROUND))
        painter = QPainter(layer)
        painter.drawPixmap(rect.topLeft(), self._artwork(rect))
        if self.hint is not None and self.hint.diagram == self.diagram:
            colour = QColor(MAP_REGION_HINT)
            colour.setAlphaF(0.12)
            painter.setBrush(colour)
            painter.setPen(QPen(QColor(MAP_REGION_HINT), 1, Qt.PenStyle.DotLine))
            painter.drawPolygon(QPolygonF([to_view(rect, p) for p in self.hint.polygon]))
        shown = [
            (index, mark)
            for index, mark in enumerate(self.marks)
            if mark.diagram == self.diagram and index != self._dragging
        ]
        paint_marks(
            painter,
            rect,
            shown,
            previous=[m for m in self.previous if m.diagram == self.diagram],
            selected=self.selected,
        )
        painter.end()
        self._layer = layer
        return layer

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.diagram_rect()
        painter.drawPixmap(0, 0, self._marks_layer(rect))
        if 0 <= self._dragging < len(self.marks):
            mark = self.marks[self._dragging]
            if self._drag_points is not None:
                mark = Mark(mark.diagram, mark.kind, self._drag_points)
            paint_marks(painter, rect, [(self._dragging, mark)], selected=self.selected)
        self._paint_rubber(painter, rect)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().highlight().color(), 1))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _paint_rubber(self, painter: QPainter, rect: QRectF) -> None:
        pen = QPen(QColor(MAP_MARK), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._pending is not None:
            painter.drawEllipse(to_view(rect, self._pending), 4, 4)
        if self._rubber is not None:
            start, end = (to_view(rect, p) for p in self._rubber)
            if self.tool == Tool.GRID:
                painter.drawRect(QRectF(start, end).normalized())
            else:
                painter.drawLine(start, end)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._art = self._layer = None

    # --- the mouse ---------------------------------------------------------------------------

    def mark_at(self, pos: QPointF) -> int:
        """The mark under ``pos`` on this diagram (the last drawn wins), or -1."""
        rect = self.diagram_rect()
        reach = mark_radius(rect) * 2.2
        for index in range(len(self.marks) - 1, -1, -1):
            mark = self.marks[index]
            if mark.diagram != self.diagram:
                continue
            if mark.kind == MarkKind.GRID and len(mark.points) == 2:
                box = QRectF(*(to_view(rect, p) for p in mark.points)).normalized()
                if box.adjusted(-reach, -reach, reach, reach).contains(pos):
                    return index
                continue
            if any(_distance(to_view(rect, p), pos) <= reach for p in mark.points):
                return index
            if mark.kind == MarkKind.LINE and len(mark.points) == 2:
                a, b = (to_view(rect, p) for p in mark.points)
                if _segment_distance(pos, a, b) <= reach:
                    return index
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        self._press = pos
        hit = self.mark_at(pos)
        if hit >= 0 and self._pending is None:
            self._dragging = hit
            self._drag_points = None
            self.selected_changed.emit(hit)
            self.refresh()
            return
        self._dragging = -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        rect = self.diagram_rect()
        pos = event.position()
        if self._press is None:
            self.hovered.emit(to_diagram(rect, pos))
            return
        if self._dragging >= 0:
            mark = self.marks[self._dragging]
            start = to_diagram(rect, self._press)
            now = to_diagram(rect, pos)
            dx, dy = now[0] - start[0], now[1] - start[1]
            self._drag_points = tuple(
                (min(max(x + dx, 0.0), 1.0), min(max(y + dy, 0.0), 1.0)) for x, y in mark.points
            )
            self.update()
            return
        if self.tool in (Tool.LINE, Tool.GRID) and _distance(self._press, pos) > 4:
            self._rubber = (to_diagram(rect, self._press), to_diagram(rect, pos))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        rect = self.diagram_rect()
        pos = event.position()
        press, self._press = self._press, None
        rubber, self._rubber = self._rubber, None
        if self._dragging >= 0:
            index, points = self._dragging, self._drag_points
            self._dragging, self._drag_points = -1, None
            if points is not None:
                self.move_requested.emit(index, points)
            self.refresh()
            return
        if not rect.contains(press):
            return
        here = to_diagram(rect, pos)
        if self.tool == Tool.POINT:
            self.add_requested.emit((MarkKind.POINT, (here,)))
        elif rubber is not None:
            kind = MarkKind.GRID if self.tool == Tool.GRID else MarkKind.LINE
            self.add_requested.emit((kind, rubber))
        elif self.tool == Tool.LINE:
            if self._pending is None:
                self._pending = here
            else:
                start, self._pending = self._pending, None
                self.add_requested.emit((MarkKind.LINE, (start, here)))
        self.update()

    def leaveEvent(self, event: object) -> None:
        self.hovered.emit(None)

    # --- the keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected >= 0:
            self.delete_requested.emit(self.selected)
            return
        if key == Qt.Key.Key_Escape and (self._pending is not None or self._rubber is not None):
            self._pending = self._rubber = None
            self.update()
            return
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in steps and self.selected >= 0:
            far = 5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            dx, dy = (v * NUDGE * far for v in steps[Qt.Key(key)])
            mark = self.marks[self.selected]
            points = tuple(
                (min(max(x + dx, 0.0), 1.0), min(max(y + dy, 0.0), 1.0)) for x, y in mark.points
            )
            self.move_requested.emit(self.selected, points)
            return
        super().keyPressEvent(event)


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())


def _segment_distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = dx * dx + dy * dy
    if length == 0:
        return _distance(p, a)
    t = max(0.0, min(1.0, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length))
    return _distance(p, QPointF(a.x() + t * dx, a.y() + t * dy))

"""Drawing a diagram and its marks: shared by the map, the chart's thumbnails and previews."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mesodesk.paths import resource_path
from mesodesk.services.injection_map import Mark, MarkKind, catalog
from mesodesk.ui.theme import MAP_BACKGROUND, MAP_MARK, MAP_MARK_SELECTED, MAP_PREVIOUS


@cache
def renderer(diagram_id: str) -> QSvgRenderer:
    """The diagram's drawing, read once per run."""
    diagram = catalog().diagram(diagram_id)
    file = diagram.file if diagram is not None else f"{diagram_id}.svg"
    return QSvgRenderer(str(resource_path("diagrams", file)))


def aspect(diagram_id: str) -> float:
    diagram = catalog().diagram(diagram_id)
    return diagram.aspect if diagram is not None else 1.0


def fit_rect(diagram_id: str, area: QRectF) -> QRectF:
    """The largest rectangle of the diagram's proportions centred in ``area``."""
    ratio = aspect(diagram_id)
    width = min(area.width(), area.height() / ratio)
    height = width * ratio
    return QRectF(
        area.x() + (area.width() - width) / 2,
        area.y() + (area.height() - height) / 2,
        width,
        height,
    )


def to_view(rect: QRectF, point: tuple[float, float]) -> QPointF:
    return QPointF(rect.x() + point[0] * rect.width(), rect.y() + point[1] * rect.height())


def to_diagram(rect: QRectF, pos: QPointF) -> tuple[float, float]:
    """A position in the view as diagram coordinates, kept on the diagram."""
    x = (pos.x() - rect.x()) / rect.width() if rect.width() else 0.0
    y = (pos.y() - rect.y()) / rect.height() if rect.height() else 0.0
    return (min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))


def mark_radius(rect: QRectF) -> float:
    return max(3.0, rect.width() / 80)


def paint_mark(
    painter: QPainter,
    rect: QRectF,
    mark: Mark,
    colour: QColor,
    *,
    number: int | None = None,
    selected: bool = False,
) -> None:
    radius = mark_radius(rect)
    points = [to_view(rect, p) for p in mark.points]
    pen = QPen(colour, max(1.5, radius * (0.9 if selected else 0.6)))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if mark.kind == MarkKind.GRID and len(points) == 2:
        fill = QColor(colour)
        fill.setAlphaF(colour.alphaF() * 0.5)
        painter.setBrush(QBrush(fill, Qt.BrushStyle.DiagCrossPattern))
        painter.drawRect(QRectF(points[0], points[1]).normalized())
    elif mark.kind == MarkKind.LINE and len(points) == 2:
        painter.drawLine(points[0], points[1])
        painter.setBrush(colour)
        for point in points:
            painter.drawEllipse(point, radius * 0.6, radius * 0.6)
    elif points:
        painter.setBrush(colour)
        painter.drawEllipse(points[0], radius, radius)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(MAP_MARK_SELECTED), 1.5, Qt.PenStyle.DashLine))
        painter.drawEllipse(to_view(rect, mark.anchor), radius * 2.4, radius * 2.4)
    if number is not None:
        anchor = to_view(rect, mark.anchor)
        painter.setPen(QColor(MAP_MARK_SELECTED if selected else colour))
        painter.drawText(anchor + QPointF(radius + 2, -radius - 1), str(number))


def paint_marks(
    painter: QPainter,
    rect: QRectF,
    marks: Sequence[tuple[int, Mark]],
    *,
    previous: Sequence[Mark] = (),
    selected: int | None = None,
    numbers: bool = True,
) -> None:
    """``marks`` as (index in the session, mark); the previous session's faded underneath."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    faded = QColor(MAP_PREVIOUS)
    faded.setAlphaF(0.35)
    for mark in previous:
        paint_mark(painter, rect, mark, faded)
    colour = QColor(MAP_MARK)
    font = QFont(painter.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    painter.setFont(font)
    for index, mark in marks:
        paint_mark(
            painter,
            rect,
            mark,
            QColor(MAP_MARK_SELECTED) if index == selected else colour,
            number=index + 1 if numbers else None,
            selected=index == selected,
        )


def main_diagram(marks: Sequence[Mark]) -> str | None:
    """The diagram most of the marks are on (what a thumbnail shows)."""
    counts = Counter(m.diagram for m in marks)
    return counts.most_common(1)[0][0] if counts else None


def render_map(
    marks: Sequence[Mark],
    size: QSize,
    *,
    diagram_id: str | None = None,
    previous: Sequence[Mark] = (),
    numbers: bool = False,
    ratio: float = 1.0,
) -> QPixmap:
    """A picture of a diagram with its marks (and the previous session's, faded)."""
    diagram_id = diagram_id or main_diagram(marks) or "face_front"
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(MAP_BACKGROUND))
    painter = QPainter(pixmap)
    rect = fit_rect(diagram_id, QRectF(2, 2, size.width() - 4, size.height() - 4))
    renderer(diagram_id).render(painter, rect)
    paint_marks(
        painter,
        rect,
        [(i, m) for i, m in enumerate(marks) if m.diagram == diagram_id],
        previous=[m for m in previous if m.diagram == diagram_id],
        numbers=numbers,
    )
    painter.end()
    return pixmap

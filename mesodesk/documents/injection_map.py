"""A session's injection map for the printed documents: the diagrams and the marks on them.

Drawn with reportlab's own shapes from the same outline paths the window shows (the SVG files
in resources/diagrams hold only absolute M, L, C, Q and Z commands), so no SVG library is
needed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from functools import cache

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Rect, String
from reportlab.lib import colors

from mesodesk.domain.injection_map import Diagram, Mark, MarkKind, default_catalog
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.paths import resource_path

__all__ = ["map_flowable", "outline_paths", "side_labels"]

MARK_COLOUR = colors.HexColor("#b0306a")
GAP = 8.0
"""Points between two diagrams side by side."""
_TOKEN = re.compile(r"[MLCQZ]|-?\d+(?:\.\d+)?")
_SVG = "{http://www.w3.org/2000/svg}"


@cache
def outline_paths(diagram_id: str) -> tuple[tuple[str, float, str], ...]:
    """(stroke colour, stroke width, path data) of each path of a diagram's drawing."""
    diagram = default_catalog().diagram(diagram_id)
    if diagram is None:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown diagram {diagram_id!r}"),
                diagram_id=diagram_id,
            )
        )
    root = ElementTree.parse(resource_path("diagrams", diagram.file)).getroot()
    out = []
    for group in root.iter(f"{_SVG}g"):
        stroke = group.get("stroke", "#000000")
        width = float(group.get("stroke-width", "1"))
        for path in group.iter(f"{_SVG}path"):
            out.append((stroke, width, path.get("d", "")))
    return tuple(out)


@cache
def side_labels(diagram_id: str) -> tuple[tuple[float, float, str], ...]:
    """The R and L a diagram prints beside the body (view-box coordinates)."""
    diagram = default_catalog().diagram(diagram_id)
    if diagram is None:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown diagram {diagram_id!r}"),
                diagram_id=diagram_id,
            )
        )
    root = ElementTree.parse(resource_path("diagrams", diagram.file)).getroot()
    return tuple(
        (float(t.get("x", "0")), float(t.get("y", "0")), (t.text or "").strip())
        for t in root.iter(f"{_SVG}text")
    )


def _path(data: str, scale: float, height: float, colour: str, width: float) -> Path:
    """An SVG path (absolute M/L/C/Q/Z) as a reportlab Path, y turned upwards."""
    path = Path(
        strokeColor=colors.HexColor(colour),
        strokeWidth=width,
        fillColor=None,
        strokeLineCap=1,
        strokeLineJoin=1,
    )
    tokens = _TOKEN.findall(data.replace(",", " "))
    index = 0
    last = (0.0, 0.0)

    def take(count: int) -> list[tuple[float, float]]:
        nonlocal index
        points = []
        for _ in range(count):
            x, y = float(tokens[index]), float(tokens[index + 1])
            index += 2
            points.append((x * scale, height - y * scale))
        return points

    while index < len(tokens):
        command = tokens[index]
        index += 1
        if command == "M":
            (last,) = take(1)
            path.moveTo(*last)
        elif command == "L":
            (last,) = take(1)
            path.lineTo(*last)
        elif command == "C":
            a, b, last = take(3)
            path.curveTo(a[0], a[1], b[0], b[1], last[0], last[1])
        elif command == "Q":
            control, end = take(2)
            # A quadratic curve is the cubic with its controls two thirds towards the control.
            a = (last[0] + 2 / 3 * (control[0] - last[0]), last[1] + 2 / 3 * (control[1] - last[1]))
            b = (end[0] + 2 / 3 * (control[0] - end[0]), end[1] + 2 / 3 * (control[1] - end[1]))
            path.curveTo(a[0], a[1], b[0], b[1], end[0], end[1])
            last = end
        elif command == "Z":
            path.closePath()
        else:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "unexpected path command {command!r}"),
                    command=command,
                )
            )
    return path


def _diagram_group(
    diagram: Diagram,
    marks: Sequence[tuple[int, Mark]],
    width: float,
    numbers: bool,
    outlines: bool = True,
) -> tuple[Group, float]:
    scale = width / diagram.width
    height = diagram.height * scale
    group = Group()
    for colour, stroke, data in outline_paths(diagram.id) if outlines else ():
        group.add(_path(data, scale, height, colour, max(0.4, stroke * scale * 0.6)))
    for x, y, text in side_labels(diagram.id) if outlines else ():
        group.add(
            String(
                x * scale,
                height - y * scale,
                text,
                fontSize=max(7.0, 18 * scale),
                fillColor=colors.HexColor("#9aa3ad"),
                textAnchor="middle",
            )
        )
    radius = max(1.6, width / 90)
    for number, mark in marks:
        points = [(x * width, height - y * height) for x, y in mark.points]
        if mark.kind == MarkKind.GRID and len(points) == 2:
            (x1, y1), (x2, y2) = points
            group.add(
                Rect(
                    min(x1, x2),
                    min(y1, y2),
                    abs(x2 - x1),
                    abs(y2 - y1),
                    strokeColor=MARK_COLOUR,
                    strokeWidth=0.8,
                    fillColor=colors.Color(0.69, 0.19, 0.42, alpha=0.18),
                )
            )
        elif mark.kind == MarkKind.LINE and len(points) == 2:
            (x1, y1), (x2, y2) = points
            group.add(Line(x1, y1, x2, y2, strokeColor=MARK_COLOUR, strokeWidth=radius * 0.8))
        elif points:
            x, y = points[0]
            group.add(Circle(x, y, radius, fillColor=MARK_COLOUR, strokeColor=None))
        if numbers:
            cx, cy = mark.anchor
            group.add(
                String(
                    cx * width + radius + 1,
                    height - cy * height + radius,
                    str(number),
                    fontSize=max(6.5, radius * 2.6),  # legible on paper
                    fillColor=MARK_COLOUR,
                )
            )
    return group, height


def map_flowable(
    session_marks: Sequence[Mark],
    width: float,
    *,
    numbers: bool = True,
    max_columns: int = 3,
    outlines: bool = True,
) -> Drawing:
    """The diagrams a session's marks are on, side by side within ``width`` points, with the
    marks (numbered in the order they were placed, as in the session editor).

    ``outlines=False`` leaves the diagrams' own drawing out (the same layout, marks only):
    for a document that draws each outline once and reuses it.
    """
    shapes = default_catalog()
    used = [d for d in dict.fromkeys(m.diagram for m in session_marks)]
    diagrams = [d for d in (shapes.diagram(i) for i in used) if d is not None]
    if not diagrams:
        return Drawing(width, 0)
    columns = min(len(diagrams), max_columns)
    cell = (width - GAP * (columns - 1)) / columns
    rows: list[list[tuple[Group, float]]] = []
    for start in range(0, len(diagrams), columns):
        row = []
        for diagram in diagrams[start : start + columns]:
            on_it = [
                (number, mark)
                for number, mark in enumerate(session_marks, start=1)
                if mark.diagram == diagram.id
            ]
            row.append(_diagram_group(diagram, on_it, cell, numbers, outlines))
        rows.append(row)
    total = sum(max(h for _, h in row) for row in rows) + GAP * (len(rows) - 1)
    drawing = Drawing(width, total)
    top = total
    for row in rows:
        row_height = max(h for _, h in row)
        for column, (group, height) in enumerate(row):
            group.translate(column * (cell + GAP), top - height)
            drawing.add(group)
        top -= row_height + GAP
    return drawing

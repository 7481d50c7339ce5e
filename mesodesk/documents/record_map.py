"""A session's injection map in the patient record: the diagrams with the marks numbered in
the order they were placed, and a legend saying what each numbered mark was."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from mesodesk.documents._layout import SMALL, markup
from mesodesk.documents.injection_map import map_flowable
from mesodesk.domain.injection_map import Mark, MarkKind, Side
from mesodesk.domain.record import RecordMark

__all__ = ["LEGEND_COLUMNS", "ReusedMap", "legend_rows", "map_drawing", "session_map"]

DIAGRAM_WIDTH = 50 * mm
"""Printed width of one diagram: a face is 6 cm tall, a whole body 10 cm."""
MAX_COLUMNS = 3
LEGEND_COLUMNS = (
    ("No.", 0.05),
    ("Area and side", 0.2),
    ("Mark", 0.17),
    ("Product and lot", 0.27),
    ("Amount", 0.09),
    ("How", 0.22),
)

Grid = Callable[[Sequence[str], Sequence[Sequence[str]], Sequence[float]], Table]
"""The record's table maker: (header, rows, column widths as fractions) -> Table."""


class ReusedMap(Flowable):  # type: ignore[misc]
    """A session's map whose diagram outlines are a PDF form drawn once per document and
    reused by every session that has the same diagrams (a 500-session record draws each
    outline once, not 500 times); the marks are drawn over it."""

    def __init__(self, outline: Drawing, marks: Drawing, key: str) -> None:
        super().__init__()
        self.outline = outline
        self.marks = marks
        self.key = key
        self.width, self.height = marks.width, marks.height
        self.hAlign = "LEFT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if not canvas.hasForm(self.key):
            canvas.beginForm(self.key, 0, 0, self.width, self.height)
            renderPDF.draw(self.outline, canvas, 0, 0)
            canvas.endForm()
        canvas.doForm(self.key)
        renderPDF.draw(self.marks, canvas, 0, 0)


@cache
def _outline(diagrams: tuple[str, ...], width: float) -> Drawing:
    """The diagrams alone, laid out as ``map_flowable`` lays them out with marks."""
    return map_flowable([Mark(d, MarkKind.POINT, ()) for d in diagrams], width, numbers=False)


def map_drawing(marks: Sequence[RecordMark], width: float) -> ReusedMap:
    """The diagrams the marks are on (at most three side by side), numbered marks drawn."""
    placed = [Mark(m.diagram, m.kind, m.points) for m in marks]
    diagrams = tuple(dict.fromkeys(m.diagram for m in marks))
    width = min(width, min(len(diagrams), MAX_COLUMNS) * DIAGRAM_WIDTH)
    drawn = map_flowable(placed, width, numbers=True, outlines=False)
    key = f"mdmap-{'-'.join(diagrams)}-{width:.2f}".replace(".", "_")
    return ReusedMap(_outline(diagrams, width), drawn, key)


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


_KINDS = {k.value: k.label for k in MarkKind}
_SIDES = {s.value: s.label.lower() for s in Side}


def _where(mark: RecordMark) -> str:
    """ "Cheeks, right", "Forehead, midline" (a stored value unknown here as it is)."""
    side = _SIDES.get(mark.side, mark.side)
    return f"{mark.area}, {side}" if side else mark.area


def legend_rows(marks: Sequence[RecordMark]) -> list[list[str]]:
    """One row per mark, numbered as on the drawing."""
    rows = []
    for number, m in enumerate(marks, start=1):
        what = m.product + (f", lot {m.lot_number}" if m.lot_number else "")
        amount = f"{_number(m.volume)} {m.unit}" if m.volume is not None else ""
        how = [m.technique] if m.technique else []
        if m.depth_mm is not None:
            how.append(f"{_number(m.depth_mm)} mm deep")
        if m.needle_gauge is not None:
            how.append(f"{m.needle_gauge}G")
        kind = _KINDS.get(m.kind, m.kind)
        rows.append([str(number), _where(m), kind, what, amount, ", ".join(how)])
    return rows


def session_map(
    marks: Sequence[RecordMark], width: float, grid: Grid, *, session: str
) -> list[Flowable]:
    """The map under a session: its caption (naming ``session``, as the map may begin a
    page) and drawing kept together, then the legend."""
    if not marks:
        return []
    caption = Paragraph(
        f"Injection map of {markup(session)}: {len(marks)} mark{'s' if len(marks) != 1 else ''}"
        ", numbered in the order they were placed",
        SMALL,
    )
    legend = grid(
        [h for h, _ in LEGEND_COLUMNS], legend_rows(marks), [w for _, w in LEGEND_COLUMNS]
    )
    return [Spacer(0, 4), KeepTogether([caption, Spacer(0, 2), map_drawing(marks, width)]), legend]

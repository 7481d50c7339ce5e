"""The injection map printed: the outlines from the same SVG paths, and the marks."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.platypus import SimpleDocTemplate

from mesodesk.documents.injection_map import map_flowable, outline_paths, side_labels
from mesodesk.domain.injection_map import Mark, MarkKind, default_catalog


def marks() -> tuple[Mark, ...]:
    return (
        Mark("face_front", MarkKind.POINT, ((0.3, 0.56),), area_id=3, volume=Decimal("0.2")),
        Mark("face_front", MarkKind.LINE, ((0.6, 0.5), (0.7, 0.6)), area_id=3),
        Mark("body_front", MarkKind.GRID, ((0.4, 0.35), (0.6, 0.45)), area_id=11),
    )


def test_every_diagram_prints_from_its_svg_paths() -> None:
    for diagram in default_catalog().diagrams:
        paths = outline_paths(diagram.id)
        assert paths, diagram.id
        assert {text for _, _, text in side_labels(diagram.id)} <= {"R", "L"}
        drawing = map_flowable((Mark(diagram.id, MarkKind.POINT, ((0.5, 0.5),)),), 200)
        assert drawing.width == 200
        assert drawing.height == 200 * diagram.height / diagram.width


def test_the_map_flowable_sits_in_a_pdf_with_each_diagram_used() -> None:
    drawing = map_flowable(marks(), 400)
    assert len(drawing.contents) == 2  # face and body side by side
    assert drawing.height > 0
    out = io.BytesIO()
    SimpleDocTemplate(out).build([drawing])
    assert out.getvalue().startswith(b"%PDF")


def test_no_marks_draw_nothing() -> None:
    assert map_flowable((), 300).height == 0

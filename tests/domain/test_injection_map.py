"""The injection map's rules: the region map covers the catalog, lookup, sides, derived lines."""

from __future__ import annotations

import tomllib
from decimal import Decimal

import pytest

from mesodesk.domain.injection_map import (
    Mark,
    MarkKind,
    Side,
    VolumeUnit,
    default_catalog,
    derive_lines,
    mark_problems,
    placed,
    point_in_polygon,
    polygon_centre,
    totals,
)
from mesodesk.paths import resource_path

AREAS = {"forehead": 1, "periorbital": 2, "cheeks": 3, "perioral": 4, "abdomen": 11, "knees": 15}
AREAS.update({"joint_knee": 19, "neck": 7, "jawline": 5, "scalp": 6, "thighs": 14})


def catalog_codes() -> set[str]:
    data = tomllib.loads(resource_path("catalog", "treatment_areas.toml").read_text("utf-8"))
    return {item["code"] for item in data["item"]}


def test_every_catalog_area_has_a_region_and_every_region_names_a_real_area() -> None:
    shapes = default_catalog()
    codes = catalog_codes()
    mapped = {r.area for r in shapes.regions}
    assert codes - mapped == set(), "catalog areas without a region on any diagram"
    assert mapped - codes == set(), "regions naming areas the catalog does not have"


def test_every_diagram_has_its_drawing_and_regions_lie_inside_it() -> None:
    shapes = default_catalog()
    assert {d.id for d in shapes.diagrams} == {
        "face_front",
        "face_left",
        "face_right",
        "neck_decollete",
        "body_front",
        "body_back",
        "hands",
        "scalp",
    }
    for diagram in shapes.diagrams:
        assert resource_path("diagrams", diagram.file).is_file()
        assert shapes.regions_of(diagram.id), diagram.id
    for region in shapes.regions:
        assert shapes.diagram(region.diagram) is not None
        assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in region.polygon)
        assert region.contains(region.centre), (region.diagram, region.area, region.side)


def test_bilateral_areas_have_a_left_and_a_right_region() -> None:
    shapes = default_catalog()
    for code in ("periorbital", "cheeks", "jawline", "hands", "arms", "thighs", "knees"):
        sides = {r.side for r in shapes.regions if r.area == code}
        assert {Side.LEFT, Side.RIGHT} <= sides, code


def test_point_in_polygon_counts_edges_and_excludes_outside() -> None:
    square = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    assert point_in_polygon((0.5, 0.5), square)
    assert point_in_polygon((1.0, 0.5), square)
    assert not point_in_polygon((1.2, 0.5), square)
    concave = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.5, 0.2), (0.0, 1.0))
    assert not point_in_polygon((0.5, 0.8), concave)
    assert point_in_polygon(polygon_centre(concave), concave)


def test_front_views_show_the_patients_right_on_the_viewers_left() -> None:
    shapes = default_catalog()
    right_eye = shapes.region_at("face_front", (0.35, 0.42))
    left_eye = shapes.region_at("face_front", (0.65, 0.42))
    assert right_eye is not None and left_eye is not None
    assert (right_eye.area, right_eye.side) == ("periorbital", Side.RIGHT)
    assert (left_eye.area, left_eye.side) == ("periorbital", Side.LEFT)
    forehead = shapes.region_at("face_front", (0.5, 0.28))
    assert forehead is not None and (forehead.area, forehead.side) == ("forehead", Side.MIDLINE)
    back = shapes.region_at("body_back", (0.42, 0.55))
    assert back is not None and back.side == Side.LEFT  # the back view is seen from behind
    assert shapes.region_at("face_front", (0.02, 0.02)) is None


def test_the_smallest_region_wins_where_regions_overlap() -> None:
    region = default_catalog().region_at("body_front", (167 / 400, 568 / 800))
    assert region is not None and region.area == "joint_knee"


def test_a_mark_takes_area_and_side_from_its_region_unless_chosen() -> None:
    shapes = default_catalog()
    mark = Mark("face_front", MarkKind.POINT, ((0.65, 0.42),))
    assert placed(mark, shapes, AREAS).area_id == AREAS["periorbital"]
    assert placed(mark, shapes, AREAS).side == Side.LEFT
    chosen = Mark("face_front", MarkKind.POINT, ((0.65, 0.42),), area_id=AREAS["cheeks"])
    assert placed(chosen, shapes, AREAS, keep_area=True).area_id == AREAS["cheeks"]
    outside = Mark("face_front", MarkKind.POINT, ((0.02, 0.02),))
    assert placed(outside, shapes, AREAS).area_id is None
    assert "choose the treated area" in mark_problems(outside, shapes)[0]


def test_a_grid_is_looked_up_at_its_centre() -> None:
    grid = Mark("body_front", MarkKind.GRID, ((0.42, 0.33), (0.58, 0.45)))
    placed_grid = placed(grid, default_catalog(), AREAS)
    assert placed_grid.area_id == AREAS["abdomen"]
    assert placed_grid.side == Side.MIDLINE


@pytest.mark.parametrize(
    ("mark", "problem"),
    [
        (Mark("nowhere", MarkKind.POINT, ((0.5, 0.5),), area_id=1), "unknown diagram"),
        (Mark("face_front", MarkKind.LINE, ((0.5, 0.5),), area_id=1), "needs 2 point"),
        (Mark("face_front", MarkKind.POINT, ((1.5, 0.5),), area_id=1), "outside the diagram"),
        (
            Mark("face_front", "blob", ((0.5, 0.5),), area_id=1),
            "unknown kind",
        ),
        (
            Mark("face_front", MarkKind.POINT, ((0.5, 0.5),), area_id=1, volume=Decimal(101)),
            "volume",
        ),
        (
            Mark("face_front", MarkKind.POINT, ((0.5, 0.5),), area_id=1, needle_gauge=12),
            "gauge",
        ),
    ],
)
def test_bad_marks_are_named(mark: Mark, problem: str) -> None:
    assert any(problem in text for text in mark_problems(mark, default_catalog()))


def _mark(area: int, product: int, lot: int, ml: str, **extra: object) -> Mark:
    return Mark(
        "face_front",
        extra.pop("kind", MarkKind.POINT),  # type: ignore[arg-type]
        extra.pop("points", ((0.5, 0.5),)),  # type: ignore[arg-type]
        area_id=area,
        product_id=product,
        lot_id=lot,
        volume=Decimal(ml),
        **extra,  # type: ignore[arg-type]
    )


def test_lines_group_area_product_and_lot_and_sum_the_volumes() -> None:
    marks = [
        _mark(3, 10, 100, "0.20", side=Side.RIGHT, needle_gauge=32),
        _mark(3, 10, 100, "0.30", side=Side.LEFT, depth_mm=Decimal("1.5")),
        _mark(2, 10, 100, "0.10"),
        _mark(3, 10, 101, "0.25"),
        _mark(3, 20, 200, "2", kind=MarkKind.GRID, points=((0.3, 0.5), (0.4, 0.6))),
    ]
    lines = derive_lines(marks)
    assert [(line.area_id, line.product_id, line.lot_id) for line in lines] == [
        (3, 10, 100),
        (2, 10, 100),
        (3, 10, 101),
        (3, 20, 200),
    ]
    first = lines[0]
    assert first.volume_ml == Decimal("0.50")
    assert (first.needle_gauge, first.depth_mm, first.marks) == (32, Decimal("1.5"), 2)
    assert first.sides == ("right", "left")
    assert first.technique == "point_by_point"
    assert lines[3].technique == "nappage"


def test_units_are_kept_apart_from_millilitres() -> None:
    marks = [
        _mark(3, 10, 100, "0.20"),
        _mark(3, 10, 100, "4", unit=VolumeUnit.UNITS),
        _mark(2, 20, 200, "6", unit=VolumeUnit.UNITS),
    ]
    lines = derive_lines(marks)
    assert (lines[0].volume_ml, lines[0].units) == (Decimal("0.20"), Decimal(4))
    assert (lines[1].volume_ml, lines[1].units) == (None, Decimal(6))
    sums = totals(marks)
    assert sums.by_product == {10: (Decimal("0.20"), Decimal(4)), 20: (Decimal(0), Decimal(6))}
    assert sums.by_area == {3: (Decimal("0.20"), Decimal(4)), 2: (Decimal(0), Decimal(6))}
    assert sums.marks == 3


def test_marks_without_an_area_give_no_line() -> None:
    assert derive_lines([Mark("face_front", MarkKind.POINT, ((0.01, 0.01),))]) == []

"""The injection map's rules: diagrams and their regions, marks, and the lines derived from them.

A mark is a point, a line or a grid (a zone covered by nappage) placed on one of mesodesk's
diagrams, in coordinates relative to the diagram (0..1 from the top left). Its area and side
come from the region it falls in (or are chosen); the session's treatment lines are derived
from its marks, one line per area, product and lot, with the volumes summed.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path

from mesodesk.domain.enums import Technique
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.session_rules import MAX_DEPTH_MM, MAX_VOLUME_ML, gauge_problem

Point = tuple[float, float]


class MarkKind(StrEnum):
    POINT = "point"
    LINE = "line"
    GRID = "grid"

    @property
    def label(self) -> str:
        return {"point": "Point", "line": "Line", "grid": "Grid (nappage)"}[self.value]


class Side(StrEnum):
    RIGHT = "right"
    LEFT = "left"
    MIDLINE = "midline"

    @property
    def label(self) -> str:
        return {"right": "Right", "left": "Left", "midline": "Midline"}[self.value]


class VolumeUnit(StrEnum):
    ML = "ml"
    UNITS = "units"


POINTS_PER_KIND = {MarkKind.POINT: 1, MarkKind.LINE: 2, MarkKind.GRID: 2}
"""A point is one point; a line runs between two; a grid is the rectangle of two corners."""
DEFAULT_TECHNIQUE = {
    MarkKind.POINT: Technique.POINT_BY_POINT,
    MarkKind.LINE: Technique.LINEAR_RETROGRADE,
    MarkKind.GRID: Technique.NAPPAGE,
}
"""What a derived line records when its marks name no technique."""
MAX_UNITS = Decimal(1000)


@dataclass(frozen=True, slots=True)
class Diagram:
    id: str
    name: str
    file: str
    width: int
    height: int

    @property
    def aspect(self) -> float:
        """Height over width."""
        return self.height / self.width


@dataclass(frozen=True, slots=True)
class Region:
    diagram: str
    area: str
    """The catalog area code."""
    side: Side
    polygon: tuple[Point, ...]

    def contains(self, point: Point) -> bool:
        return point_in_polygon(point, self.polygon)

    @property
    def size(self) -> float:
        return abs(polygon_area(self.polygon))

    @property
    def centre(self) -> Point:
        return polygon_centre(self.polygon)


@dataclass(frozen=True, slots=True)
class Mark:
    """One injection mark as recorded (the area is a catalog area id, or None until chosen)."""

    diagram: str
    kind: MarkKind | str
    points: tuple[Point, ...]
    area_id: int | None = None
    side: Side | str = Side.MIDLINE
    product_id: int | None = None
    lot_id: int | None = None
    volume: Decimal | None = None
    unit: VolumeUnit | str = VolumeUnit.ML
    depth_mm: Decimal | None = None
    technique: str | None = None
    needle_gauge: int | None = None

    @property
    def anchor(self) -> Point:
        """Where the mark sits for region lookup: the point, the line's middle, the grid's centre."""
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return (sum(xs) / len(xs), sum(ys) / len(ys))


@dataclass(frozen=True, slots=True)
class DerivedLine:
    """A treatment line derived from the marks of one area, product and lot."""

    area_id: int
    product_id: int | None
    lot_id: int | None
    volume_ml: Decimal | None
    units: Decimal | None
    technique: str | None
    depth_mm: Decimal | None
    needle_gauge: int | None
    marks: int = 0
    sides: tuple[str, ...] = field(default_factory=tuple)


# --- geometry --------------------------------------------------------------------------------


def point_in_polygon(point: Point, polygon: Sequence[Point]) -> bool:
    """Ray casting: True when ``point`` lies inside ``polygon`` (edges count as inside)."""
    x, y = point
    inside = False
    count = len(polygon)
    for i in range(count):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % count]
        if _on_segment(point, (x1, y1), (x2, y2)):
            return True
        if (y1 > y) != (y2 > y):
            cross_x = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < cross_x:
                inside = not inside
    return inside


def _on_segment(p: Point, a: Point, b: Point) -> bool:
    cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
    if abs(cross) > 1e-12:
        return False
    return min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def polygon_area(polygon: Sequence[Point]) -> float:
    """Signed area (shoelace)."""
    total = 0.0
    for i, (x1, y1) in enumerate(polygon):
        x2, y2 = polygon[(i + 1) % len(polygon)]
        total += x1 * y2 - x2 * y1
    return total / 2


def polygon_centre(polygon: Sequence[Point]) -> Point:
    """A point well inside the polygon: its centroid, or for a concave shape whose centroid
    falls outside, the middle of the widest span across it (where a keyboard mark goes)."""
    area = polygon_area(polygon)
    xs, ys = zip(*polygon, strict=True)
    centre = (sum(xs) / len(xs), sum(ys) / len(ys))
    if abs(area) > 1e-12:
        cx = cy = 0.0
        for i, (x1, y1) in enumerate(polygon):
            x2, y2 = polygon[(i + 1) % len(polygon)]
            step = x1 * y2 - x2 * y1
            cx += (x1 + x2) * step
            cy += (y1 + y2) * step
        centre = (cx / (6 * area), cy / (6 * area))
    if point_in_polygon(centre, polygon):
        return centre
    top, bottom = min(ys), max(ys)
    best: tuple[float, Point] | None = None
    for step in range(1, 20):
        y = top + (bottom - top) * step / 20
        crossings = sorted(
            x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]], strict=True)
            if (y1 > y) != (y2 > y)
        )
        for left, right in zip(crossings[::2], crossings[1::2], strict=False):
            if best is None or right - left > best[0]:
                best = (right - left, ((left + right) / 2, y))
    return best[1] if best is not None else centre


# --- diagrams and regions --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MapCatalog:
    diagrams: tuple[Diagram, ...]
    regions: tuple[Region, ...]

    def diagram(self, diagram_id: str) -> Diagram | None:
        return next((d for d in self.diagrams if d.id == diagram_id), None)

    def regions_of(self, diagram_id: str) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.diagram == diagram_id)

    def region_at(self, diagram_id: str, point: Point) -> Region | None:
        """The region under ``point``; where regions overlap, the smallest (the most precise)."""
        hits = [r for r in self.regions_of(diagram_id) if r.contains(point)]
        return min(hits, key=lambda r: r.size) if hits else None

    def diagrams_for_area(self, area_code: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.diagram for r in self.regions if r.area == area_code))


def load_map_catalog(path: Path) -> MapCatalog:
    """Read a regions file (see resources/diagrams/regions.toml)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    diagrams = tuple(
        Diagram(d["id"], d["name"], d["file"], int(d["width"]), int(d["height"]))
        for d in data.get("diagram", [])
    )
    regions = tuple(
        Region(
            r["diagram"],
            r["area"],
            Side(r["side"]),
            tuple((float(x), float(y)) for x, y in r["polygon"]),
        )
        for r in data.get("region", [])
    )
    return MapCatalog(diagrams, regions)


@cache
def default_catalog() -> MapCatalog:
    from mesodesk.paths import resource_path

    return load_map_catalog(resource_path("diagrams", "regions.toml"))


# --- marks -------------------------------------------------------------------------------------


def mark_problems(mark: Mark, catalog: MapCatalog) -> list[str]:
    """What is wrong with one mark, in the user's words (empty when it can be recorded)."""
    problems: list[str] = []
    if catalog.diagram(mark.diagram) is None:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown diagram {diagram!r}"), diagram=mark.diagram
            )
        )
    if mark.kind not in set(MarkKind):
        problems.append(
            Message(QT_TRANSLATE_NOOP("messages", "unknown kind of mark {kind!r}"), kind=mark.kind)
        )
    elif len(mark.points) != POINTS_PER_KIND[MarkKind(mark.kind)]:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "a {kind} mark needs {count} point(s)"),
                kind=mark.kind,
                count=POINTS_PER_KIND[MarkKind(mark.kind)],
            )
        )
    if any(not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0) for x, y in mark.points):
        problems.append(Message(QT_TRANSLATE_NOOP("messages", "the mark lies outside the diagram")))
    if mark.side not in set(Side):
        problems.append(
            Message(QT_TRANSLATE_NOOP("messages", "unknown side {side!r}"), side=mark.side)
        )
    if mark.unit not in set(VolumeUnit):
        problems.append(
            Message(QT_TRANSLATE_NOOP("messages", "unknown unit {unit!r}"), unit=mark.unit)
        )
    elif mark.volume is not None:
        limit = MAX_VOLUME_ML if mark.unit == VolumeUnit.ML else MAX_UNITS
        if not Decimal(0) <= mark.volume <= limit:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "the volume must be 0-{limit} {unit}"),
                    limit=limit,
                    unit=mark.unit,
                )
            )
    if mark.depth_mm is not None and not Decimal(0) <= mark.depth_mm <= MAX_DEPTH_MM:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "the depth must be 0-{limit} mm"),
                limit=MAX_DEPTH_MM,
            )
        )
    if mark.technique is not None and mark.technique not in set(Technique):
        problems.append(Message(QT_TRANSLATE_NOOP("messages", "unknown technique")))
    if gauge := gauge_problem(mark.needle_gauge):
        problems.append(gauge)
    if mark.area_id is None:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "choose the treated area (the mark is outside every region)"
                )
            )
        )
    return problems


def placed(
    mark: Mark, catalog: MapCatalog, area_ids: dict[str, int], *, keep_area: bool = False
) -> Mark:
    """``mark`` with its area and side taken from the region it falls in.

    ``keep_area``: an area already chosen by hand stays (only the side follows the region,
    when the region is of that area). Outside every region the mark keeps what it had.
    """
    region = catalog.region_at(mark.diagram, mark.anchor)
    if region is None or region.area not in area_ids:
        return mark
    region_area = area_ids[region.area]
    if keep_area and mark.area_id is not None and mark.area_id != region_area:
        return mark
    return replace(mark, area_id=region_area, side=region.side)


def derive_lines(marks: Iterable[Mark]) -> list[DerivedLine]:
    """One treatment line per area, product and lot (in the order first marked), summing the
    volumes; the technique, depth and needle are the first the group's marks name."""
    groups: dict[tuple[int, int | None, int | None], list[Mark]] = {}
    for mark in marks:
        if mark.area_id is None:
            continue
        groups.setdefault((mark.area_id, mark.product_id, mark.lot_id), []).append(mark)
    lines = []
    for (area_id, product_id, lot_id), group in groups.items():
        ml = [m.volume for m in group if m.unit == VolumeUnit.ML and m.volume is not None]
        units = [m.volume for m in group if m.unit == VolumeUnit.UNITS and m.volume is not None]
        technique = next((m.technique for m in group if m.technique), None)
        if technique is None and group[0].kind in set(MarkKind):
            technique = str(DEFAULT_TECHNIQUE[MarkKind(group[0].kind)])
        lines.append(
            DerivedLine(
                area_id=area_id,
                product_id=product_id,
                lot_id=lot_id,
                volume_ml=sum(ml, Decimal(0)) if ml else None,
                units=sum(units, Decimal(0)) if units else None,
                technique=technique,
                depth_mm=next((m.depth_mm for m in group if m.depth_mm is not None), None),
                needle_gauge=next(
                    (m.needle_gauge for m in group if m.needle_gauge is not None), None
                ),
                marks=len(group),
                sides=tuple(dict.fromkeys(str(m.side) for m in group)),
            )
        )
    return lines


@dataclass(frozen=True, slots=True)
class Totals:
    """Volumes per product and per area (ml and units apart), in the order first marked."""

    by_product: dict[int | None, tuple[Decimal, Decimal]]
    by_area: dict[int | None, tuple[Decimal, Decimal]]
    marks: int


def totals(marks: Sequence[Mark]) -> Totals:
    by_product: dict[int | None, tuple[Decimal, Decimal]] = {}
    by_area: dict[int | None, tuple[Decimal, Decimal]] = {}
    for mark in marks:
        volume = mark.volume or Decimal(0)
        add = (volume, Decimal(0)) if mark.unit == VolumeUnit.ML else (Decimal(0), volume)
        for table, key in ((by_product, mark.product_id), (by_area, mark.area_id)):
            ml, units = table.get(key, (Decimal(0), Decimal(0)))
            table[key] = (ml + add[0], units + add[1])
    return Totals(by_product, by_area, len(marks))


def geometry_json(mark: Mark) -> list[list[float]]:
    return [[round(x, 5), round(y, 5)] for x, y in mark.points]


def points_from_json(value: object) -> tuple[Point, ...]:
    if not isinstance(value, list):
        return ()
    return tuple((float(p[0]), float(p[1])) for p in value if isinstance(p, list) and len(p) == 2)

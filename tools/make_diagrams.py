"""Draws mesodesk's injection-map diagrams (resources/diagrams/*.svg) from the outlines below.

Run ``python tools/make_diagrams.py`` after changing an outline. Every drawing is mesodesk's
own: plain outline paths (M, L, C, Q, Z only, absolute coordinates) so that the window
(QSvgRenderer) and the printed record (reportlab, mesodesk/documents/injection_map.py) draw
the same lines. Hit regions live apart, in resources/diagrams/regions.toml (0..1 coordinates).
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "diagrams"
STROKE = "#5a6470"
DETAIL = "#9aa3ad"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def ellipse(cx: float, cy: float, rx: float, ry: float) -> str:
    """An ellipse as four cubic curves (the printer only knows paths)."""
    k = 0.5523
    return (
        f"M {cx - rx},{cy} C {cx - rx},{cy - ry * k} {cx - rx * k},{cy - ry} {cx},{cy - ry} "
        f"C {cx + rx * k},{cy - ry} {cx + rx},{cy - ry * k} {cx + rx},{cy} "
        f"C {cx + rx},{cy + ry * k} {cx + rx * k},{cy + ry} {cx},{cy + ry} "
        f"C {cx - rx * k},{cy + ry} {cx - rx},{cy + ry * k} {cx - rx},{cy} Z"
    )


def mirror(path: str, width: float) -> str:
    """The same path reflected about the vertical centre line."""
    out: list[str] = []
    for token in path.split():
        if "," in token:
            x, y = token.split(",")
            out.append(f"{round(width - float(x), 2)},{y}")
        else:
            out.append(token)
    return " ".join(out)


def scaled(path: str, sx: float, sy: float) -> str:
    """A path written in 0..1 coordinates, scaled to the view box."""
    out: list[str] = []
    for token in path.split():
        if "," in token:
            x, y = token.split(",")
            out.append(f"{round(float(x) * sx, 2)},{round(float(y) * sy, 2)}")
        else:
            out.append(token)
    return " ".join(out)


def shifted(path: str, dx: float) -> str:
    out: list[str] = []
    for token in path.split():
        if "," in token:
            x, y = token.split(",")
            out.append(f"{round(float(x) + dx, 2)},{y}")
        else:
            out.append(token)
    return " ".join(out)


def svg(width: int, height: int, outline: list[str], detail: list[str], labels: list[tuple]) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">',
        f'<g fill="none" stroke="{STROKE}" stroke-width="2.2" stroke-linecap="round" '
        'stroke-linejoin="round" class="outline">',
    ]
    lines += [f'<path d="{d}"/>' for d in outline]
    lines.append("</g>")
    lines.append(
        f'<g fill="none" stroke="{DETAIL}" stroke-width="1.4" stroke-linecap="round" '
        'stroke-linejoin="round" class="detail">'
    )
    lines += [f'<path d="{d}"/>' for d in detail]
    lines.append("</g>")
    lines.append(
        f'<g fill="{DETAIL}" font-family="sans-serif" font-size="18" text-anchor="middle">'
    )
    lines += [f'<text x="{x}" y="{y}">{text}</text>' for x, y, text in labels]
    lines.append("</g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def face_front() -> str:
    w, h = 400, 480
    head = (
        "M 0.5,0.08 C 0.72,0.08 0.84,0.22 0.83,0.42 C 0.82,0.62 0.72,0.8 0.5,0.86 "
        "C 0.28,0.8 0.18,0.62 0.17,0.42 C 0.16,0.22 0.28,0.08 0.5,0.08 Z"
    )
    ear = "M 0.175,0.41 C 0.12,0.39 0.11,0.55 0.185,0.57"
    neck = "M 0.38,0.835 L 0.37,0.99"
    brow = "M 0.29,0.37 Q 0.36,0.335 0.44,0.365"
    eye = "M 0.3,0.43 Q 0.37,0.39 0.44,0.43 Q 0.37,0.465 0.3,0.43 Z"
    outline = [scaled(p, w, h) for p in (head,)]
    outline += [scaled(p, w, h) for p in (ear, neck)]
    outline += [mirror(scaled(p, w, h), w) for p in (ear, neck)]
    detail = [
        scaled("M 0.23,0.3 C 0.3,0.17 0.7,0.17 0.77,0.3", w, h),
        scaled(brow, w, h),
        mirror(scaled(brow, w, h), w),
        scaled(eye, w, h),
        mirror(scaled(eye, w, h), w),
        scaled("M 0.485,0.45 L 0.47,0.57 Q 0.5,0.6 0.53,0.57 L 0.515,0.45", w, h),
        scaled("M 0.4,0.69 Q 0.5,0.66 0.6,0.69 Q 0.5,0.745 0.4,0.69 Z", w, h),
        scaled("M 0.41,0.69 L 0.59,0.69", w, h),
    ]
    labels = [(24, 470, "R"), (376, 470, "L")]
    return svg(w, h, outline, detail, labels)


def profile_right() -> tuple[int, int, list[str], list[str]]:
    w, h = 400, 480
    face = (
        "M 0.45,0.08 C 0.62,0.07 0.74,0.16 0.76,0.3 L 0.755,0.36 C 0.775,0.38 0.765,0.4 "
        "0.775,0.42 L 0.845,0.53 L 0.785,0.56 L 0.795,0.61 L 0.775,0.635 L 0.79,0.665 "
        "C 0.765,0.7 0.785,0.73 0.775,0.76 C 0.745,0.8 0.66,0.8 0.58,0.775 "
        "C 0.54,0.765 0.52,0.78 0.52,0.8 L 0.53,0.99"
    )
    back = "M 0.45,0.08 C 0.26,0.09 0.15,0.24 0.16,0.4 C 0.17,0.54 0.25,0.62 0.3,0.7 L 0.28,0.99"
    ear = "M 0.4,0.42 C 0.34,0.38 0.3,0.48 0.36,0.56 C 0.39,0.585 0.415,0.54 0.4,0.5"
    outline = [scaled(p, w, h) for p in (face, back, ear)]
    detail = [
        scaled("M 0.66,0.385 Q 0.71,0.36 0.755,0.38", w, h),
        scaled("M 0.7,0.435 Q 0.73,0.425 0.755,0.44", w, h),
        scaled("M 0.74,0.635 L 0.78,0.635", w, h),
        scaled("M 0.42,0.58 C 0.46,0.7 0.54,0.76 0.6,0.775", w, h),
        scaled("M 0.62,0.2 C 0.5,0.18 0.36,0.24 0.3,0.36", w, h),
    ]
    return w, h, outline, detail


def face_right() -> str:
    w, h, outline, detail = profile_right()
    return svg(w, h, outline, detail, [(376, 470, "R")])


def face_left() -> str:
    w, h, outline, detail = profile_right()
    return svg(
        w,
        h,
        [mirror(p, w) for p in outline],
        [mirror(p, w) for p in detail],
        [(24, 470, "L")],
    )


def neck_decollete() -> str:
    w, h = 400, 400
    side = "M 0.4,0.0 C 0.4,0.12 0.38,0.2 0.34,0.26"
    shoulder = "M 0.34,0.26 C 0.24,0.3 0.12,0.32 0.04,0.4 L 0.02,0.99"
    clavicle = "M 0.46,0.34 C 0.38,0.31 0.26,0.32 0.16,0.35"
    bust = "M 0.2,0.8 C 0.28,0.92 0.42,0.92 0.48,0.84"
    outline = [scaled(p, w, h) for p in (side, shoulder)]
    outline += [mirror(scaled(p, w, h), w) for p in (side, shoulder)]
    detail = [scaled(p, w, h) for p in (clavicle, bust)]
    detail += [mirror(scaled(p, w, h), w) for p in (clavicle, bust)]
    detail.append(scaled("M 0.47,0.33 Q 0.5,0.36 0.53,0.33", w, h))
    detail.append(scaled("M 0.44,0.05 C 0.47,0.07 0.53,0.07 0.56,0.05", w, h))
    return svg(w, h, outline, detail, [(24, 390, "R"), (376, 390, "L")])


BODY_HALF = (
    "M 184,128 C 160,136 132,138 118,150 C 104,162 100,180 100,205 L 94,300 L 84,400 "
    "C 76,420 72,445 78,462 C 84,472 94,468 98,455 L 104,405 L 114,312 L 126,245 L 134,212 "
    "L 140,300 C 132,330 126,360 128,390 C 130,440 136,500 146,560 C 142,600 144,650 154,740 "
    "L 146,768 C 150,776 176,776 180,770 L 180,740 C 184,680 186,620 186,560 "
    "C 190,510 194,470 200,440"
)


def body(front: bool) -> str:
    w, h = 400, 800
    outline = [
        ellipse(200, 62, 34, 44),
        "M 186,104 L 184,128",
        mirror("M 186,104 L 184,128", w),
        BODY_HALF,
        mirror(BODY_HALF, w),
    ]
    if front:
        half = [
            "M 150,250 Q 170,262 192,252",
            "M 186,150 C 172,148 160,152 146,160",
            "M 158,562 Q 166,552 176,562",
        ]
        detail = half + [mirror(p, w) for p in half]
        detail.append(ellipse(200, 335, 4, 5))
        labels = [(24, 790, "R"), (376, 790, "L")]
    else:
        half = [
            "M 150,190 C 160,215 175,235 186,240",
            "M 150,440 C 160,470 185,476 200,460",
            "M 156,590 Q 166,598 178,590",
        ]
        detail = half + [mirror(p, w) for p in half]
        detail.append("M 200,140 L 200,420")
        labels = [(24, 790, "L"), (376, 790, "R")]
    return svg(w, h, outline, detail, labels)


HAND = (
    "M 72,292 L 66,215 C 50,200 38,180 30,160 C 26,150 36,144 42,152 C 52,166 58,178 66,186 "
    "L 68,110 C 68,100 84,100 84,110 L 86,150 L 88,90 C 88,80 104,80 104,90 L 106,150 "
    "L 108,96 C 108,86 124,86 124,96 L 124,156 L 128,116 C 128,108 142,108 142,116 "
    "L 138,200 C 136,240 132,270 130,292"
)


def hands() -> str:
    w, h = 400, 300
    right = shifted(HAND, 34)
    outline = [right, mirror(right, w)]
    knuckles = shifted("M 70,160 C 90,166 118,166 140,162", 34)
    detail = [knuckles, mirror(knuckles, w)]
    return svg(w, h, outline, detail, [(135, 20, "R"), (265, 20, "L")])


def scalp() -> str:
    w, h = 400, 400
    outline = [
        ellipse(200, 215, 130, 165),
        "M 186,52 L 200,30 L 214,52",
        "M 70,190 C 56,196 56,236 70,242",
        mirror("M 70,190 C 56,196 56,236 70,242", w),
    ]
    detail = [
        "M 110,110 C 150,80 250,80 290,110",
        ellipse(212, 262, 10, 8),
        "M 200,60 L 200,370",
    ]
    return svg(w, h, outline, detail, [(30, 390, "L"), (370, 390, "R")])


LABELS = {
    "face_front": "Face, front",
    "face_left": "Face, left profile",
    "face_right": "Face, right profile",
    "neck_decollete": "Neck and décolletage",
    "body_front": "Body, front",
    "body_back": "Body, back",
    "hands": "Hands (backs)",
    "scalp": "Scalp, from above",
}
SIZES = {
    "face_front": (400, 480),
    "face_left": (400, 480),
    "face_right": (400, 480),
    "neck_decollete": (400, 400),
    "body_front": (400, 800),
    "body_back": (400, 800),
    "hands": (400, 300),
    "scalp": (400, 400),
}

Poly = list[tuple[float, float]]


def flip(points: Poly, width: float) -> Poly:
    return [(width - x, y) for x, y in reversed(points)]


def pair(
    diagram: str, area: str, points: Poly, near: str = "right"
) -> list[tuple[str, str, str, Poly]]:
    """A bilateral region: ``points`` on the viewer's left (side ``near``), and its mirror."""
    far = "left" if near == "right" else "right"
    width = SIZES[diagram][0]
    return [(diagram, area, near, points), (diagram, area, far, flip(points, width))]


def regions() -> list[tuple[str, str, str, Poly]]:
    """(diagram, catalog area code, side, polygon in view-box units), drawn over the outlines.

    Front views show the patient's right on the viewer's left; back views and the view from
    above show the patient's left on the viewer's left.
    """
    out: list[tuple[str, str, str, Poly]] = []
    ff = "face_front"
    out.append(
        (
            ff,
            "scalp",
            "midline",
            [
                (84, 134),
                (124, 62),
                (200, 42),
                (276, 62),
                (316, 134),
                (272, 91),
                (200, 77),
                (128, 91),
            ],
        )
    )
    out.append(
        (
            ff,
            "forehead",
            "midline",
            [(96, 144), (128, 91), (200, 77), (272, 91), (304, 144), (304, 170), (96, 170)],
        )
    )
    out += pair(ff, "periorbital", [(100, 170), (188, 170), (188, 235), (100, 235)])
    out += pair(ff, "cheeks", [(72, 235), (188, 235), (176, 298), (140, 322), (96, 322), (72, 280)])
    out.append(
        (
            ff,
            "perioral",
            "midline",
            [(144, 298), (256, 298), (264, 346), (240, 374), (160, 374), (136, 346)],
        )
    )
    out += pair(
        ff,
        "jawline",
        [
            (72, 282),
            (96, 322),
            (140, 322),
            (136, 346),
            (160, 374),
            (196, 390),
            (196, 412),
            (150, 400),
            (100, 360),
            (74, 310),
        ],
    )
    out.append((ff, "neck", "midline", [(150, 400), (250, 400), (254, 478), (146, 478)]))
    for diagram, side in (("face_right", "right"), ("face_left", "left")):
        w = SIZES[diagram][0]
        shapes: list[tuple[str, str, Poly]] = [
            (
                "scalp",
                "midline",
                [
                    (68, 144),
                    (100, 67),
                    (180, 38),
                    (248, 43),
                    (280, 77),
                    (240, 96),
                    (160, 96),
                    (100, 154),
                ],
            ),
            ("forehead", "midline", [(240, 96), (280, 77), (304, 134), (302, 173), (248, 173)]),
            ("periorbital", side, [(240, 173), (310, 173), (312, 226), (240, 226)]),
            (
                "cheeks",
                side,
                [
                    (176, 216),
                    (240, 216),
                    (240, 226),
                    (296, 240),
                    (288, 288),
                    (220, 317),
                    (184, 298),
                ],
            ),
            ("perioral", "midline", [(288, 269), (322, 269), (322, 336), (280, 346), (272, 298)]),
            (
                "jawline",
                side,
                [
                    (160, 269),
                    (184, 298),
                    (220, 317),
                    (280, 336),
                    (312, 355),
                    (300, 384),
                    (232, 379),
                    (180, 336),
                    (152, 288),
                ],
            ),
            ("neck", "midline", [(120, 346), (208, 384), (212, 478), (112, 478)]),
        ]
        for area, area_side, points in shapes:
            out.append((diagram, area, area_side, points if side == "right" else flip(points, w)))
    nd = "neck_decollete"
    out.append(
        (nd, "neck", "midline", [(156, 0), (244, 0), (248, 60), (264, 108), (136, 108), (152, 60)])
    )
    out.append(
        (
            nd,
            "decolletage",
            "midline",
            [
                (64, 144),
                (136, 108),
                (264, 108),
                (336, 144),
                (328, 312),
                (220, 344),
                (180, 344),
                (72, 312),
            ],
        )
    )
    out += pair(nd, "joint_shoulder", [(8, 160), (64, 124), (64, 144), (72, 240), (8, 240)])
    for diagram in ("body_front", "body_back"):
        near = "right" if diagram == "body_front" else "left"
        out.append((diagram, "neck", "midline", [(182, 104), (218, 104), (220, 136), (180, 136)]))
        out += pair(
            diagram,
            "joint_shoulder",
            [(112, 140), (152, 140), (146, 200), (100, 200), (104, 160)],
            near,
        )
        out += pair(diagram, "arms", [(100, 200), (134, 212), (118, 285), (94, 285)], near)
        out += pair(diagram, "joint_elbow", [(92, 285), (118, 285), (114, 325), (90, 325)], near)
        out += pair(diagram, "arms", [(90, 325), (114, 325), (104, 402), (84, 402)], near)
        out += pair(
            diagram,
            "hands",
            [(84, 402), (106, 402), (100, 455), (88, 474), (70, 462), (76, 430)],
            near,
        )
        out += pair(
            diagram,
            "flanks_hips",
            [(136, 236), (152, 236), (152, 400), (140, 428), (126, 400), (130, 340), (140, 300)],
            near,
        )
        out += pair(
            diagram,
            "thighs",
            [(126, 420), (152, 420), (200, 444), (192, 520), (188, 545), (146, 545), (134, 480)],
            near,
        )
        out += pair(diagram, "knees", [(144, 545), (188, 545), (186, 592), (146, 592)], near)
        out += pair(diagram, "joint_knee", [(156, 552), (178, 552), (178, 584), (156, 584)], near)
    bf, bb = "body_front", "body_back"
    out.append((bf, "decolletage", "midline", [(150, 140), (250, 140), (256, 232), (144, 232)]))
    out.append(
        (bf, "abdomen", "midline", [(152, 236), (248, 236), (248, 400), (200, 432), (152, 400)])
    )
    out.append(
        (bb, "joint_lower_back", "midline", [(152, 300), (248, 300), (248, 396), (152, 396)])
    )
    out += pair(
        bb,
        "buttocks",
        [(152, 396), (200, 400), (200, 462), (170, 476), (140, 462), (134, 424)],
        "left",
    )
    hd = "hands"
    out += pair(hd, "hands", [(58, 150), (100, 80), (180, 80), (176, 296), (100, 296)])
    sc = "scalp"
    out.append(
        (sc, "scalp", "left", [(200, 50), (200, 380), (130, 360), (76, 300), (70, 215), (96, 110)])
    )
    out.append(
        (
            sc,
            "scalp",
            "right",
            [(200, 50), (304, 110), (330, 215), (324, 300), (270, 360), (200, 380)],
        )
    )
    return out


def regions_toml() -> str:
    lines = [
        "# Where each catalog treatment area lies on mesodesk's diagrams.",
        "# Written by tools/make_diagrams.py (edit the regions there and run it again).",
        "# Coordinates are fractions of the diagram's width (x) and height (y), 0..1, from",
        "# the top left. side: right / left (the patient's own) or midline.",
        "",
    ]
    for name, label in LABELS.items():
        width, height = SIZES[name]
        lines += [
            "[[diagram]]",
            f'id = "{name}"',
            f'name = "{label}"',
            f'file = "{name}.svg"',
            f"width = {width}",
            f"height = {height}",
            "",
        ]
    for diagram, area, side, points in regions():
        width, height = SIZES[diagram]
        polygon = ", ".join(f"[{x / width:.4f}, {y / height:.4f}]" for x, y in points)
        lines += [
            "[[region]]",
            f'diagram = "{diagram}"',
            f'area = "{area}"',
            f'side = "{side}"',
            f"polygon = [{polygon}]",
            "",
        ]
    return "\n".join(lines)


DIAGRAMS = {
    "face_front": face_front,
    "face_left": face_left,
    "face_right": face_right,
    "neck_decollete": neck_decollete,
    "body_front": lambda: body(True),
    "body_back": lambda: body(False),
    "hands": hands,
    "scalp": scalp,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, draw in DIAGRAMS.items():
        (OUT / f"{name}.svg").write_text(draw(), encoding="utf-8")
        print(OUT / f"{name}.svg")
    (OUT / "regions.toml").write_text(regions_toml(), encoding="utf-8")


if __name__ == "__main__":
    main()

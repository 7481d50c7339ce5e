"""The embedded DejaVu Sans family, registered with reportlab once per process."""

from __future__ import annotations

import threading
from functools import cache

from mesodesk.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = REGULAR
"""Paragraph styles use this name; ``<b>`` in our own templates maps it to :data:`BOLD`."""

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
"""Only the faces the documents use. The oblique faces ship in ``resources/fonts`` too but
are not registered: nothing prints in italics, and each face costs ~10 ms to parse."""

_lock = threading.Lock()


@cache
def register_fonts() -> str:
    """Register regular and bold DejaVu Sans (first call only) and return the family name.

    ``<i>`` maps to the upright faces, so stray italics still print with the embedded font.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
    return FAMILY


@cache
def covered_characters() -> frozenset[str]:
    """The characters that both registered faces have a glyph for."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in _FILES]
    common = set(faces[0].charToGlyph).intersection(*(face.charToGlyph for face in faces[1:]))
    return frozenset(chr(code) for code in common)

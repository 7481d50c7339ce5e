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
        _mend_to_unicode()
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


def _utf16_hex(code: int) -> str:
    """A code point as the UTF-16BE hex a ToUnicode CMap needs (a surrogate pair above
    U+FFFF)."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _mend_to_unicode() -> None:
    """Write correct ToUnicode entries for characters beyond the BMP.

    reportlab 5.1 writes such a character as one 5-digit hex number (``<1F600>``), which PDF
    readers reject, so an emoji in a name spoiled copying and searching the text around it.
    The CMap is otherwise reportlab's own.
    """
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "mesodesk_mended", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        text: str = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                wrong, right = f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16_hex(code)}>"
                text = text.replace(wrong, right)
        return text

    make_to_unicode_cmap.mesodesk_mended = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap

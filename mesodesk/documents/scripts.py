"""Text in any script for the PDFs: right-to-left runs shaped and in display order, and a
fallback font for the characters DejaVu Sans has no glyph for (emoji, many symbols)."""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from mesodesk.documents.fonts import covered_characters
from mesodesk.paths import resource_path

FALLBACK = "Symbola"
"""Monochrome font with emoji and symbols (resources/fonts/Symbola.ttf, free for any use,
see Symbola-LICENSE.txt). Registered on first need: parsing its 3 MB costs ~0.1 s."""

_SIMPLE = re.compile(
    "[^\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u2000-\u2bff\U00010000-\U0010ffff]*"
)
"""Text made only of these characters needs no bidi work and no fallback font (the common
case: Latin, Greek, Cyrillic), so most cells skip the per-character checks."""
_RTL = frozenset(("R", "AL"))
_DROPPED = frozenset(("\u200d", "\ufe0e", "\ufe0f", "\u20e3"))
"""Emoji joiners and variation selectors: they only pick an emoji presentation, which a
monochrome font does not have, and would otherwise print as boxes."""
_lock = threading.Lock()


def is_simple(text: str) -> bool:
    """True when ``text`` needs no bidi reordering and no fallback font (a quick check)."""
    return _SIMPLE.fullmatch(text) is not None


def is_right_to_left(text: str) -> bool:
    """True when ``text`` holds a letter of a right-to-left script (Hebrew, Arabic ...)."""
    return any(unicodedata.bidirectional(char) in _RTL for char in text)


def display_order(line: str) -> str:
    """One line in the order it is drawn: Arabic letters joined (their contextual forms)
    and right-to-left runs reversed by the Unicode bidi algorithm.

    PDF readers and text extractors put such runs back into logical order when they copy
    the text, so a Hebrew name drawn this way also copies and searches as typed.
    """
    if not is_right_to_left(line):
        return line
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(line)))


@cache
def _fallback_characters() -> frozenset[str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        try:
            font = pdfmetrics.getFont(FALLBACK)
        except KeyError:
            font = TTFont(FALLBACK, str(resource_path("fonts", f"{FALLBACK}.ttf")))
            pdfmetrics.registerFont(font)
    return frozenset(chr(code) for code in font.face.charToGlyph if code > 32)


def with_fallback(text: str) -> str:
    """Escaped Paragraph content for plain ``text``: characters DejaVu Sans lacks are set in
    the fallback font; those no font has print as U+FFFD, and emoji joiners are dropped."""
    if _SIMPLE.fullmatch(text):
        return escape(text)
    covered = covered_characters()
    out: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            out.append(f'<font name="{FALLBACK}">{escape("".join(run))}</font>')
            run.clear()

    for char in text:
        if char in _DROPPED:
            continue
        if char in covered:
            close_run()
            out.append(escape(char))
        elif char in _fallback_characters():
            run.append(char)
        else:
            close_run()
            out.append("\ufffd")
    close_run()
    return "".join(out)


def needs_fallback(text: str) -> bool:
    """True when some character of ``text`` prints in the fallback font."""
    if _SIMPLE.fullmatch(text):
        return False
    covered = covered_characters()
    return any(char not in covered and char in _fallback_characters() for char in text)

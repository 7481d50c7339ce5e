"""Text folding for search keys and matching: accents and case never matter."""

from __future__ import annotations

import re
import unicodedata

# Letters that do not decompose into base + accent under NFKD.
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ł": "l",
        "Ł": "l",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
    }
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NON_DIGIT = re.compile(r"\D+")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents: ``"Hélène Müller"`` -> ``"helene muller"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_SPECIAL)


def words(text: str) -> list[str]:
    """Folded words of ``text``; hyphens and apostrophes split words."""
    return _WORD.findall(fold(text))


def digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def sort_key(family_name: str, given_name: str) -> str:
    """The folded ``family given`` key that orders the patient list."""
    return " ".join([*words(family_name), *words(given_name)])

"""Substances a patient may be allergic to, and finding them named in free text."""

from __future__ import annotations

from collections.abc import Iterable

from mesodesk.domain.screening import allergen_matches
from mesodesk.domain.text import fold, words

COMMON_ALLERGENS = (
    "lidocaine",
    "prilocaine",
    "tetracaine",
    "benzocaine",
    "articaine",
    "mepivacaine",
    "procaine",
    "latex",
    "chlorhexidine",
    "iodine",
    "hyaluronidase",
)
"""Allergens met in a mesotherapy room besides the injected products' ingredients: the
anaesthetics (injected or topical), glove latex and skin antiseptics."""

_SALT_WORDS = frozenset({"hcl", "hydrochloride", "base"})
"""Words of an ingredient's label that say its salt or form, not the substance."""


def substance_name(ingredient: str) -> str:
    """The substance an ingredient label names, lower-case: "Lidocaine HCl 2%" -> "lidocaine".

    Doses (any word with a digit or %) and salt words are left out; what remains is the
    name a patient would say, which is also what screening matches against the label.
    """
    kept = [
        token
        for token in ingredient.split()
        if not any(ch.isdigit() or ch == "%" for ch in token)
        and fold(token).strip(".,;:()") not in _SALT_WORDS
    ]
    return " ".join(kept).strip(" ,;:()").lower()


def _position(haystack: list[str], needle: list[str]) -> int | None:
    size = len(needle)
    for i in range(len(haystack) - size + 1):
        if haystack[i : i + size] == needle:
            return i
    return None


def mentioned_substances(
    text: str, known: Iterable[str], *, screened: Iterable[str] = ()
) -> list[str]:
    """The known substances that ``text`` names as whole words (case and accents ignored),
    in the order the text names them, leaving out any the screened allergens already cover.

    ``known`` may hold ingredient labels ("Lidocaine HCl 2%"); the substance part is what
    must appear in the text, so "acid reflux" does not name "hyaluronic acid".
    """
    text_words = words(text)
    if not text_words:
        return []
    already = [a for a in screened if a.strip()]
    found: dict[str, tuple[int, str]] = {}
    for label in known:
        name = substance_name(label)
        name_words = words(name)
        if not name_words or " ".join(name_words) in found:
            continue
        at = _position(text_words, name_words)
        if at is None or any(allergen_matches(a, name) for a in already):
            continue
        found[" ".join(name_words)] = (at, name)
    return [name for _, name in sorted(found.values())]

"""Numbing products (topical creams, local injections) and what they contain, for screening.

The practitioner picks a product from the packaged list or types free text ("EMLA cream
(lidocaine 2.5%, prilocaine 2.5%)"). Either way, :func:`facts_for` turns it into the
ingredients the screening engine checks against the patient's allergens, like any
injected product.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mesodesk.domain.screening import ProductFacts, allergen_matches
from mesodesk.domain.text import fold, words


@dataclass(frozen=True, slots=True)
class Anaesthetic:
    code: str
    name: str
    ingredients: tuple[str, ...]
    aliases: tuple[str, ...] = ()


def load(path: Path | None = None) -> tuple[Anaesthetic, ...]:
    if path is None:
        return _packaged()
    with path.open("rb") as handle:
        items = tomllib.load(handle).get("item", [])
    return tuple(
        Anaesthetic(
            code=str(item["code"]),
            name=str(item["name"]),
            ingredients=tuple(str(i) for i in item.get("ingredients", ())),
            aliases=tuple(str(a) for a in item.get("aliases", ())),
        )
        for item in items
    )


@cache
def _packaged() -> tuple[Anaesthetic, ...]:
    from mesodesk.paths import resource_path

    return load(resource_path("catalog", "anaesthetics.toml"))


def known_ingredients(catalog: tuple[Anaesthetic, ...] | None = None) -> tuple[str, ...]:
    """Every active ingredient of the list, plus the other common "-caine" anaesthetics."""
    names = [i for a in (catalog or load()) for i in a.ingredients]
    names += ["bupivacaine", "procaine", "ropivacaine", "pramocaine", "dibucaine"]
    return tuple(dict.fromkeys(names))


def ingredients_in(text: str, catalog: tuple[Anaesthetic, ...] | None = None) -> list[str]:
    """The ingredients a free text names: a listed product by name or alias, or an
    ingredient written out ("... lidocaine 2.5% ...")."""
    items = catalog or load()
    found: list[str] = []
    folded = fold(text).strip()
    text_words = words(text)
    for item in items:
        if folded == fold(item.name).strip() or any(
            _has_words(text_words, words(alias)) for alias in item.aliases
        ):
            found.extend(item.ingredients)
    for ingredient in known_ingredients(items):
        if allergen_matches(ingredient, text):
            found.append(ingredient)
    return list(dict.fromkeys(found))


def facts_for(text: str, catalog: tuple[Anaesthetic, ...] | None = None) -> ProductFacts | None:
    """The numbing product as the screening engine sees it, or None when nothing was used.

    When no known ingredient can be read from the text, the text itself stands in as the
    ingredient, so an allergen the practitioner typed into it ("Numbocaine") still matches.
    """
    text = text.strip()
    if not text:
        return None
    ingredients = ingredients_in(text, catalog)
    return ProductFacts(
        id=None,
        name=f"the anaesthetic ({text})",
        ingredients=tuple(ingredients) if ingredients else (text,),
    )


def _has_words(haystack: list[str], needle: list[str]) -> bool:
    if not needle or len(needle) > len(haystack):
        return False
    return any(
        haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1)
    )

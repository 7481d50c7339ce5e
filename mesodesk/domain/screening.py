"""Contraindication screening: rules loaded from TOML and a pure engine that applies them."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.text import fold, words


class Level(StrEnum):
    BLOCK = "block"
    WARN = "warn"
    INFO = "info"


class Check(StrEnum):
    """The built-in predicates a rule can use (its ``check`` key in ``rules.toml``)."""

    PREGNANCY = "pregnancy"
    ALLERGEN_IN_PRODUCT = "allergen_in_product"
    BLOOD_THINNERS = "blood_thinners"
    KELOID_TENDENCY = "keloid_tendency"
    AUTOIMMUNE_DISEASE = "autoimmune_disease"
    SKIN_CONDITION_AREA = "skin_condition_area"
    NEEDLE_ANXIETY = "needle_anxiety"
    NO_PROFILE = "no_profile"
    ALLERGY_NOTES = "allergy_notes"


@dataclass(frozen=True, slots=True)
class ProfileFacts:
    pregnant_or_breastfeeding: bool = False
    allergens: tuple[str, ...] = ()
    allergies_text: str = ""
    on_blood_thinners: bool = False
    keloid_tendency: bool = False
    autoimmune_disease: bool = False
    skin_condition_areas: tuple[str, ...] = ()
    skin_conditions_text: str = ""
    needle_anxiety: bool = False


@dataclass(frozen=True, slots=True)
class ProductFacts:
    id: int | None
    name: str
    ingredients: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlannedTreatment:
    """What is about to be done. ``area_names`` is ``(code, display name)`` pairs for messages.

    Pairs rather than a dict keep the value hashable: pass ``tuple(names.items())``.
    """

    solution_types: tuple[str, ...] = ()
    products: tuple[ProductFacts, ...] = ()
    areas: tuple[str, ...] = ()
    area_names: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    level: Level
    check: Check
    title: str
    message: str
    description: str = ""
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    level: Level
    title: str
    message: str
    product_id: int | None = None
    area: str | None = None


# Which placeholders each check fills in; any other ``{name}`` in a message is an error.
PLACEHOLDERS: dict[Check, frozenset[str]] = {
    Check.ALLERGEN_IN_PRODUCT: frozenset({"allergen", "ingredient", "product"}),
    Check.SKIN_CONDITION_AREA: frozenset({"area"}),
    Check.ALLERGY_NOTES: frozenset({"product"}),
}
_ALL_PLACEHOLDERS = frozenset().union(*PLACEHOLDERS.values())
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_LEVEL_RANK = {Level.BLOCK: 0, Level.WARN: 1, Level.INFO: 2}
_REQUIRED = ("id", "level", "check", "title", "message")
_KNOWN_KEYS = frozenset({*_REQUIRED, "description", "enabled"})
_FALLBACK_MESSAGE = (
    "This check could not be completed automatically. Review it by hand before treating."
)


# --------------------------------------------------------------------------- loading


def load_rules(path: Path | None = None) -> tuple[Rule, ...]:
    """Rules from ``path``, or the packaged defaults (read once, then cached).

    Raises ``ValueError`` naming the file and the bad rule when the file is invalid.
    """
    if path is None:
        return _default_rules()
    return _read_rules(path)


@cache
def _default_rules() -> tuple[Rule, ...]:
    from mesodesk.paths import resource_path

    return _read_rules(resource_path("screening", "rules.toml"))


def _read_rules(path: Path) -> tuple[Rule, ...]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{name}: not valid TOML: {exc}"),
                name=path.name,
                exc=exc,
            )
        ) from exc
    entries = data.get("rule")
    if not isinstance(entries, list) or not entries:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{name}: expected one or more [[rule]] tables"),
                name=path.name,
            )
        )
    rules: list[Rule] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        rule = _parse_rule(path.name, number, entry)
        if rule.id in seen:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name}: rule {number} ({id!r}): id is used twice"
                    ),
                    name=path.name,
                    number=number,
                    id=rule.id,
                )
            )
        seen.add(rule.id)
        rules.append(rule)
    return tuple(rules)


def _parse_rule(filename: str, number: int, entry: Any) -> Rule:
    if not isinstance(entry, dict):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{filename}: rule {number}: must be a table"),
                filename=filename,
                number=number,
            )
        )
    raw_id = entry.get("id")
    label = f"rule {number} ({raw_id!r})" if isinstance(raw_id, str) else f"rule {number}"

    def fail(problem: str) -> ValueError:
        return ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{filename}: {label}: {problem}"),
                filename=filename,
                label=label,
                problem=problem,
            )
        )

    unknown = sorted(set(entry) - _KNOWN_KEYS)
    if unknown:
        raise fail(
            Message(QT_TRANSLATE_NOOP("messages", "unknown key(s) {keys}"), keys=", ".join(unknown))
        )
    for key in _REQUIRED:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise fail(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{key!r} must be a non-empty string"), key=key
                )
            )
    description = entry.get("description", "")
    if not isinstance(description, str):
        raise fail(Message(QT_TRANSLATE_NOOP("messages", "'description' must be a string")))
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail(Message(QT_TRANSLATE_NOOP("messages", "'enabled' must be true or false")))
    try:
        level = Level(entry["level"])
    except ValueError:
        raise fail(
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown level {value!r} (use {choices})"),
                value=entry["level"],
                choices=", ".join(repr(v.value) for v in Level),
            )
        ) from None
    try:
        check = Check(entry["check"])
    except ValueError:
        raise fail(
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown check {value!r} (use one of {choices})"),
                value=entry["check"],
                choices=", ".join(c.value for c in Check),
            )
        ) from None
    allowed = PLACEHOLDERS.get(check, frozenset())
    for name in _PLACEHOLDER.findall(entry["message"]):
        if name not in allowed:
            hint = ", ".join(f"{{{n}}}" for n in sorted(allowed)) or "none"
            raise fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "placeholder {{{name}}} is not filled in by check {value!r} (available: {hint})",
                    ),
                    name=name,
                    value=check.value,
                    hint=hint,
                )
            )
    return Rule(
        id=entry["id"].strip(),
        level=level,
        check=check,
        title=entry["title"].strip(),
        message=entry["message"].strip(),
        description=description.strip(),
        enabled=enabled,
    )


# --------------------------------------------------------------------------- evaluation

# One raw hit of a check: placeholder values plus what the finding is about.
_Hit = tuple[dict[str, str], int | None, str | None]


def evaluate(
    profile: ProfileFacts | None,
    treatment: PlannedTreatment,
    rules: Sequence[Rule],
    *,
    disabled: Collection[str] = (),
) -> list[Finding]:
    """Findings for ``treatment`` given the patient's ``profile`` (``None``: no history).

    A rule runs iff ``rule.enabled`` and its id is not in ``disabled``. Findings come out
    block, warn, info, then in rule order, then in product or area order.
    """
    off = {disabled} if isinstance(disabled, str) else set(disabled)
    ranked: list[tuple[int, int, int, Finding]] = []
    done: set[str] = set()
    for position, rule in enumerate(rules):
        if not rule.enabled or rule.id in off or rule.id in done:
            continue
        done.add(rule.id)
        level = Level(rule.level)
        try:
            hits = list(_hits(rule.check, profile, treatment))
            findings = [
                Finding(rule.id, level, rule.title, _fill(rule.message, values), product, area)
                for values, product, area in hits
            ]
        except Exception:  # fail safe: a check that cannot run is reported, never skipped
            findings = [Finding(rule.id, level, rule.title, _FALLBACK_MESSAGE)]
        ranked.extend(
            (_LEVEL_RANK[level], position, order, finding) for order, finding in enumerate(findings)
        )
    ranked.sort(key=lambda item: item[:3])
    return [finding for *_, finding in ranked]


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that must stop the treatment."""
    return [f for f in findings if f.level == Level.BLOCK]


def _fill(template: str, values: dict[str, str]) -> str:
    """Replace ``{name}`` placeholders in one pass, so braces in user text stay as typed."""
    if not values:
        return template

    def substitute(match: re.Match[str]) -> str:
        return values.get(match.group(1), match.group(0))

    return _PLACEHOLDER.sub(substitute, template)


def _flag(value: bool) -> Iterator[_Hit]:
    if value:
        yield {}, None, None


def _hits(
    check: Check, profile: ProfileFacts | None, treatment: PlannedTreatment
) -> Iterator[_Hit]:
    check = Check(check)
    if check is Check.NO_PROFILE:
        yield from _flag(profile is None)
        return
    if profile is None:
        return
    handler = _PROFILE_CHECKS.get(check)
    if handler is not None:
        yield from handler(profile, treatment)


def _allergen_hits(profile: ProfileFacts, treatment: PlannedTreatment) -> Iterator[_Hit]:
    """One hit per product naming every allergen it matches (allergens in entry order)."""
    allergens = _distinct(a for a in profile.allergens if a.strip())
    if not allergens:
        return
    seen_products: set[tuple[int | None, str]] = set()
    for product in treatment.products:
        key = (product.id, fold(product.name).strip())
        if key in seen_products:
            continue
        seen_products.add(key)
        matched_allergens: list[str] = []
        matched_ingredients: list[str] = []
        for allergen in allergens:
            hits = [i for i in product.ingredients if i.strip() and allergen_matches(allergen, i)]
            if hits:
                matched_allergens.append(allergen.strip())
                matched_ingredients.extend(i.strip() for i in hits)
        if matched_allergens:
            values = {
                "allergen": _join(matched_allergens),
                "ingredient": _join(_distinct(matched_ingredients)),
                "product": _display(product.name, "this product"),
            }
            yield values, product.id, None


def _skin_area_hits(profile: ProfileFacts, treatment: PlannedTreatment) -> Iterator[_Hit]:
    """One hit per treated area (in treatment order) that has a skin condition recorded."""
    affected = {code.strip() for code in profile.skin_condition_areas}
    names = {code.strip(): name for code, name in treatment.area_names}
    seen: set[str] = set()
    for code in treatment.areas:
        code = code.strip()
        if code and code in affected and code not in seen:
            seen.add(code)
            yield {"area": _display(names.get(code, ""), code)}, None, code


def _allergy_notes_hits(profile: ProfileFacts, treatment: PlannedTreatment) -> Iterator[_Hit]:
    if profile.allergies_text.strip() and treatment.products:
        names = _distinct(_display(p.name, "the chosen product") for p in treatment.products)
        yield {"product": _join(names)}, None, None


_PROFILE_CHECKS: dict[Check, Callable[[ProfileFacts, PlannedTreatment], Iterator[_Hit]]] = {
    Check.PREGNANCY: lambda p, _t: _flag(p.pregnant_or_breastfeeding),
    Check.ALLERGEN_IN_PRODUCT: _allergen_hits,
    Check.BLOOD_THINNERS: lambda p, _t: _flag(p.on_blood_thinners),
    Check.KELOID_TENDENCY: lambda p, _t: _flag(p.keloid_tendency),
    Check.AUTOIMMUNE_DISEASE: lambda p, _t: _flag(p.autoimmune_disease),
    Check.SKIN_CONDITION_AREA: _skin_area_hits,
    Check.NEEDLE_ANXIETY: lambda p, _t: _flag(p.needle_anxiety),
    Check.ALLERGY_NOTES: _allergy_notes_hits,
}


def allergen_matches(allergen: str, ingredient: str) -> bool:
    """Whether ``allergen`` names ``ingredient``, ignoring case and accents.

    True when the folded texts are equal or the words of one appear, in order and
    contiguous, among the words of the other ("lidocaine" ~ "Lidocaine HCl 2%").
    Partial words never match ("caine" does not match "lidocaine").
    """
    a_folded, i_folded = fold(allergen).strip(), fold(ingredient).strip()
    if not a_folded or not i_folded:
        return False
    if a_folded == i_folded:
        return True
    a_words, i_words = words(allergen), words(ingredient)
    if not a_words or not i_words:
        return False
    return _contains(i_words, a_words) or _contains(a_words, i_words)


def _contains(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


def _distinct(items: Iterable[str]) -> list[str]:
    """``items`` without repeats (compared folded), keeping the first spelling."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = fold(item).strip()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _display(text: str, fallback: str) -> str:
    text = text.strip()
    return text if text else fallback


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]

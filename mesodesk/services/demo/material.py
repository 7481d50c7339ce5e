"""The demo clinic's invented material (people, products, clinical texts) read from resources/demo."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from mesodesk.domain.enums import Technique
from mesodesk.paths import resource_path


@dataclass(frozen=True, slots=True)
class Culture:
    name: str
    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str | tuple[str, str], ...]
    """A family name, or its (male, female) forms where they differ."""
    phones: tuple[str, ...]
    """Phone templates; each # is a random digit."""
    address: str
    streets: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]
    """(postcode, city)"""
    double_family: float = 0.0
    """How often the family name has two parts (Spanish and Portuguese custom)."""


@dataclass(frozen=True, slots=True)
class ProductSpec:
    name: str
    manufacturer: str
    solution_type: str
    ingredients: tuple[str, ...]
    lot_prefix: str
    focus: str = ""
    """"face", "body", "hair" or "joint": the kind of area it is meant for ("" = any)."""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ThemeSpec:
    """A kind of treatment the demo clinic gives: a solution type on some areas, for some
    indications, chosen with ``weight``."""

    solution_type: str
    areas: tuple[str, ...]
    indications: tuple[str, ...]
    weight: int


@dataclass(frozen=True, slots=True)
class AreaKind:
    """How a kind of area is treated: techniques and gauges (repeated by weight), and the
    volume range in 1/100 ml (``volume_low`` plus up to ``volume_steps`` steps of 0.05 ml)."""

    techniques: tuple[str, ...]
    volume_low: int
    volume_steps: int
    gauges: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class AdverseEventSpec:
    description: str
    action: str
    weight: int


@dataclass(frozen=True, slots=True)
class Material:
    cultures: tuple[Culture, ...]
    email_domains: tuple[str, ...]
    transliteration: dict[int, str]
    """A ``str.translate`` table from Greek and Cyrillic letters to Latin ones."""
    patient_notes: tuple[str, ...]
    archive_reasons: tuple[str, ...]
    practitioners: tuple[tuple[str, str], ...]
    """(display name, title) of the clinic's first practitioners."""
    staff_titles: tuple[str, ...]
    products: tuple[ProductSpec, ...]
    themes: tuple[ThemeSpec, ...]
    area_kinds: dict[str, AreaKind]
    depths: dict[str, tuple[float, ...]]
    """Per technique, the depths in mm (repeated by weight)."""
    anaesthetics: tuple[str, ...]
    reactions: tuple[tuple[str, ...], ...]
    """Side-effect codes seen right after a session (repeated by weight)."""
    session_notes: tuple[str, ...]
    cancel_reasons: tuple[str, ...]
    allergies: tuple[tuple[str, str], ...]
    """(allergen, what happened); allergens match product ingredients on purpose."""
    blood_thinners: tuple[str, ...]
    medications: tuple[str, ...]
    autoimmune: tuple[str, ...]
    skin_conditions: tuple[tuple[str, tuple[str, ...]], ...]
    """(text, area codes)"""
    profile_notes: tuple[str, ...]
    adverse_events: dict[str, AdverseEventSpec]
    adverse_event_rate: float
    """Share of done sessions that lead to a recorded adverse event."""


def _read(name: str) -> dict[str, Any]:
    with resource_path("demo", name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _culture(item: dict[str, Any]) -> Culture:
    return Culture(
        name=item["culture"],
        weight=int(item["weight"]),
        female=tuple(item["female"]),
        male=tuple(item["male"]),
        family=tuple(f if isinstance(f, str) else (f[0], f[1]) for f in item["family"]),
        phones=tuple(item["phones"]),
        address=item["address"],
        streets=tuple(item["streets"]),
        cities=tuple((c[0], c[1]) for c in item["cities"]),
        double_family=float(item.get("double_family", 0.0)),
    )


@cache
def load_material() -> Material:
    """The demo material, read once; a malformed file raises naming what is wrong."""
    people, products, clinical = (
        _read("people.json"),
        _read("products.json"),
        _read("clinical.json"),
    )
    area_kinds = {
        kind: AreaKind(
            tuple(Technique(t).value for t in v["techniques"]),
            int(v["volume_low"]),
            int(v["volume_steps"]),
            tuple(int(g) for g in v["gauges"]),
        )
        for kind, v in products["area_kinds"].items()
    }
    return Material(
        cultures=tuple(_culture(c) for c in people["cultures"]),
        email_domains=tuple(people["email_domains"]),
        transliteration=str.maketrans(people["transliteration"]),
        patient_notes=tuple(people["patient_notes"]),
        archive_reasons=tuple(people["archive_reasons"]),
        practitioners=tuple((p[0], p[1]) for p in people["practitioners"]),
        staff_titles=tuple(people["staff_titles"]),
        products=tuple(
            ProductSpec(
                p["name"],
                p["manufacturer"],
                p["solution_type"],
                tuple(p["ingredients"]),
                p["lot_prefix"],
                p.get("focus", ""),
                p.get("notes", ""),
            )
            for p in products["products"]
        ),
        themes=tuple(
            ThemeSpec(t["solution_type"], tuple(t["areas"]), tuple(t["indications"]), t["weight"])
            for t in products["themes"]
        ),
        area_kinds=area_kinds,
        depths={Technique(t).value: tuple(v) for t, v in products["depths"].items()},
        anaesthetics=tuple(clinical["anaesthetics"]),
        reactions=tuple(tuple(r) for r in clinical["reactions"]),
        session_notes=tuple(clinical["session_notes"]),
        cancel_reasons=tuple(clinical["cancel_reasons"]),
        allergies=tuple((a[0], a[1]) for a in clinical["allergies"]),
        blood_thinners=tuple(clinical["blood_thinners"]),
        medications=tuple(clinical["medications"]),
        autoimmune=tuple(clinical["autoimmune"]),
        skin_conditions=tuple((s[0], tuple(s[1])) for s in clinical["skin_conditions"]),
        profile_notes=tuple(clinical["profile_notes"]),
        adverse_events={
            code: AdverseEventSpec(v["description"], v["action"], int(v["weight"]))
            for code, v in clinical["adverse_events"].items()
        },
        adverse_event_rate=float(clinical["adverse_event_rate"]),
    )

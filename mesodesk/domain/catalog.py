"""Catalog entries (solution types, areas, indications, side effects) as plain data."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True, slots=True)
class SolutionTypeEntry:
    code: str
    name: str
    description: str = ""
    default_interval_days: int = 14
    default_sessions: int = 6
    maintenance_interval_days: int = 120
    typical_indications: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AreaEntry:
    code: str
    name: str
    region: str
    sort_order: int = 0


@dataclass(frozen=True, slots=True)
class IndicationEntry:
    code: str
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class SideEffectEntry:
    code: str
    name: str
    expected: bool = False
    rare: bool = False
    typical_duration: str = ""
    patient_text: str = ""


@dataclass(frozen=True, slots=True)
class Catalog:
    solution_types: tuple[SolutionTypeEntry, ...] = ()
    areas: tuple[AreaEntry, ...] = ()
    indications: tuple[IndicationEntry, ...] = ()
    side_effects: tuple[SideEffectEntry, ...] = ()
    fingerprint: str = field(default="", compare=False)


def _items(path: Path) -> list[dict[str, Any]]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    items = data.get("item", [])
    if not isinstance(items, list):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{name}: 'item' must be an array of tables"),
                name=path.name,
            )
        )
    return items


def load_catalog(folder: Path) -> Catalog:
    """Read the catalog TOML files in ``folder``."""
    import hashlib

    digest = hashlib.sha256()
    for name in ("solution_types", "treatment_areas", "indications", "side_effects"):
        digest.update((folder / f"{name}.toml").read_bytes())
    return Catalog(
        solution_types=tuple(
            SolutionTypeEntry(
                code=i["code"],
                name=i["name"],
                description=i.get("description", ""),
                default_interval_days=int(i.get("default_interval_days", 14)),
                default_sessions=int(i.get("default_sessions", 6)),
                maintenance_interval_days=int(i.get("maintenance_interval_days", 120)),
                typical_indications=tuple(i.get("typical_indications", ())),
            )
            for i in _items(folder / "solution_types.toml")
        ),
        areas=tuple(
            AreaEntry(i["code"], i["name"], i["region"], int(i.get("sort_order", 0)))
            for i in _items(folder / "treatment_areas.toml")
        ),
        indications=tuple(
            IndicationEntry(i["code"], i["name"], i.get("description", ""))
            for i in _items(folder / "indications.toml")
        ),
        side_effects=tuple(
            SideEffectEntry(
                code=i["code"],
                name=i["name"],
                expected=bool(i.get("expected", False)),
                rare=bool(i.get("rare", False)),
                typical_duration=i.get("typical_duration", ""),
                patient_text=i.get("patient_text", ""),
            )
            for i in _items(folder / "side_effects.toml")
        ),
        fingerprint=digest.hexdigest(),
    )

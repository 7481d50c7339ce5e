"""The demo generator's shared state: the random source, ids, the calendar and the diary."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from mesodesk.domain.checklist import all_ticked
from mesodesk.domain.text import words
from mesodesk.services.demo.diary import Diary
from mesodesk.services.demo.material import Culture, Material, load_material
from mesodesk.services.demo.rows import ID_TABLES, DemoContext

CHUNK_PATIENTS = 5000
"""Patients generated per batch: keeps memory flat (about 50k sessions per batch)."""
HISTORY_DAYS = 12 * 365
"""How far back the demo clinic's records go."""
FUTURE_DAYS = 1500
"""How far ahead the calendar tables reach (bookings, expiry dates)."""

_NOT_EMAIL = re.compile(r"[^a-z0-9]")


def bag(weighted: Iterable[tuple[Any, int]]) -> tuple[Any, ...]:
    """A tuple with each item repeated by its weight: ``bag[int(random() * len(bag))]``."""
    return tuple(item for item, weight in weighted for _ in range(weight))


@dataclass(slots=True)
class Theme:
    """A treatment theme resolved against the catalog: ids, names and matching products."""

    solution_type_id: int
    solution_type_name: str
    interval: int
    sessions: int
    maintenance: int
    area_codes: list[str]
    area_ids: list[int]
    area_kinds: list[str]
    indications: list[str]
    title: str
    products: list[int]
    """Indexes into the generator's product list."""
    indications_json: str = "[]"
    areas_json: str = "[]"

    def __post_init__(self) -> None:
        self.indications_json = json.dumps(self.indications)
        self.areas_json = json.dumps(self.area_codes)


class GeneratorBase:
    """State every part of the generator shares; all randomness comes from one
    ``random.Random(seed)``, held by the caller in ``rng``."""

    def __init__(self, context: DemoContext, rng: Any, today: date) -> None:
        self.rng = rng
        self.material: Material = load_material()
        self.today = today.toordinal()
        self.ids = dict.fromkeys(ID_TABLES, 1)
        self.ids.update(context.first_ids or {})
        self.free_ids: Callable[[], Mapping[str, int]] | None = None
        """Asked before each patient chunk when the demo is written in parts."""
        zone = ZoneInfo(context.time_zone)
        # Day strings and UTC offsets (at local noon, so exact for opening hours) for every
        # day the demo can touch.
        self.base = self.today - HISTORY_DAYS - 400
        last = self.today + FUTURE_DAYS
        self.iso: list[str] = []
        self.offset: list[int] = []
        for ordinal in range(self.base, last):
            day = date.fromordinal(ordinal)
            self.iso.append(day.isoformat())
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=zone).utcoffset()
            self.offset.append(int(noon.total_seconds()) // 60 if noon is not None else 0)
        self.hm = [f"{m // 60:02d}:{m % 60:02d}" for m in range(1440)]
        self.email_cache: dict[str, str] = {}
        self.name_terms: dict[tuple[str, str], tuple[list[str], str, list[str]]] = {}
        self.cultures: tuple[Culture, ...] = bag((c, c.weight) for c in self.material.cultures)
        self.diary = Diary(context.hours)

        self.context = context
        self.checklist_json = json.dumps(all_ticked())
        self.practitioners: list[tuple[int, str]] = []
        self.product_ids: list[int] = []
        self.product_ingredients: list[frozenset[str]] = []
        self.lot_on: list[list[int | None]] = []
        self.themes: list[Theme] = []
        self.theme_bag: tuple[int, ...] = ()
        side_effects = context.side_effects
        self.reactions = tuple(
            json.dumps(list(r))
            for r in self.material.reactions
            if all(c in side_effects for c in r)
        ) or ("[]",)
        self.ae_codes: tuple[str, ...] = bag(
            (code, spec.weight)
            for code, spec in self.material.adverse_events.items()
            if code in side_effects
        ) or tuple(side_effects)

    def continue_after(self, free: Mapping[str, int]) -> None:
        """Number the next rows from ``free`` (the next free ids) where it is further on:
        rows another program saved between two parts of the demo keep their ids."""
        for table, value in free.items():
            self.ids[table] = max(self.ids[table], value)

    def next_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def stamp(self, day: int, minute: int, salt: int = 0) -> str:
        """Naive-UTC storage text of local ``minute`` on local ``day`` (an ordinal)."""
        index = day - self.base
        total = index * 1440 + minute - self.offset[index]
        utc_index, utc_minute = divmod(total, 1440)
        if not salt:
            return f"{self.iso[utc_index]} {self.hm[utc_minute]}:00.000000"
        return (
            f"{self.iso[utc_index]} {self.hm[utc_minute]}:{salt % 60:02d}."
            f"{salt * 7919 % 1000000:06d}"
        )

    def day_iso(self, day: int) -> str:
        return self.iso[day - self.base]

    def email_part(self, name: str) -> str:
        part = self.email_cache.get(name)
        if part is None:
            folded = "".join(words(name)).replace("ου", "ou")
            part = _NOT_EMAIL.sub("", folded.translate(self.material.transliteration)) or "patient"
            self.email_cache[name] = part
        return part

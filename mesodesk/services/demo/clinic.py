"""The demo clinic itself: its practitioners, products and lots, and its treatment themes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from mesodesk.services.demo.base import HISTORY_DAYS, GeneratorBase, Theme, bag
from mesodesk.services.demo.material import Culture, ProductSpec
from mesodesk.services.demo.rows import Row, RowChunk, chunk

PATIENTS_PER_PRACTITIONER = 1000
"""A chain's staffing: 100k patients (about 1M sessions over ten years) keep 66 practitioners
busy with six to eight sessions a working day each; a small clinic keeps its 4 to 6."""


class ClinicBuilder(GeneratorBase):
    def more_staff(self, count: int, taken: set[str]) -> list[tuple[str, str]]:
        """Further practitioners with names from the patients' cultures, none repeated."""
        r = self.rng.random
        titles = self.material.staff_titles
        out: list[tuple[str, str]] = []
        while len(out) < count:
            culture: Culture = self.cultures[int(r() * len(self.cultures))]
            female = r() < 0.7
            names = culture.female if female else culture.male
            given = names[int(r() * len(names))]
            choice = culture.family[int(r() * len(culture.family))]
            family = choice if isinstance(choice, str) else choice[1 if female else 0]
            title = titles[int(r() * len(titles))]
            name = (
                f"Dr {given} {family}"
                if "physician" in title or title == "Dermatologist"
                else (f"{given} {family}")
            )
            if name not in taken:
                taken.add(name)
                out.append((name, title))
        return out

    def clinic(self, patients: int = 0) -> tuple[RowChunk, RowChunk, RowChunk]:
        rng = self.rng
        opened = self.today - HISTORY_DAYS - 90
        first = self.material.practitioners
        chosen = rng.sample(range(len(first)), rng.randint(4, 6))
        staff = [first[index] for index in sorted(chosen)]
        staff += self.more_staff(
            patients // PATIENTS_PER_PRACTITIONER - len(staff), {n for n, _ in staff}
        )
        practitioner_rows: list[Row] = []
        for k, (name, title) in enumerate(staff):
            pid = self.next_id("practitioner")
            created = self.stamp(opened + 3 * (k % 20), 600 + 7 * (k % 40), pid)
            practitioner_rows.append((pid, name, title, created, None))
            self.practitioners.append((pid, name))

        types = self.context.solution_types
        product_rows: list[Row] = []
        lot_rows: list[list[Any]] = []
        specs = [p for p in self.material.products if p.solution_type in types]
        lot_ranges: list[list[tuple[int, int, int]]] = []  # (received, expiry, lot id)
        for spec in specs:
            product_id = self.next_id("product")
            st = types[spec.solution_type]
            first_received = self.today - 1650 - int(rng.random() * 120)
            created_day = first_received - 20
            product_rows.append(
                (
                    product_id,
                    spec.name,
                    spec.manufacturer,
                    st.id,
                    json.dumps(list(spec.ingredients)),
                    spec.notes,
                    self.stamp(created_day, 660, product_id),
                    None,
                    1,
                )
            )
            self.product_ids.append(product_id)
            self.product_ingredients.append(frozenset(spec.ingredients))
            count = rng.randint(2, 4)
            step = (self.today - 30 - first_received) // count
            ranges = []
            for j in range(count):
                received = first_received + j * step + int(rng.random() * 40)
                if j == count - 1:
                    received = min(received, self.today - 20)
                made = received - 30 - int(rng.random() * 60)
                shelf = 900 + int(rng.random() * 280)
                expiry = max(made + shelf, received + step + 45)
                lot_id = self.next_id("product_lot")
                lot_number = f"{spec.lot_prefix}{date.fromordinal(made):%y-%m%d}"
                left = 0 if expiry < self.today else 10 + int(rng.random() * 60)
                ranges.append((received, expiry, lot_id))
                lot_rows.append(
                    [
                        lot_id,
                        product_id,
                        lot_number,
                        expiry,
                        float(left),
                        self.day_iso(received),
                        self.stamp(received, 600 + j, lot_id),
                        None,
                        1,
                    ]
                )
            lot_ranges.append(ranges)
        # A few lots expire within the next 30 days, so the warnings have something to show.
        older = [(i, len(r) - 2) for i, r in enumerate(lot_ranges) if len(r) >= 3]
        for i, j in rng.sample(older, min(3, len(older))):
            received, _expiry, lot_id = lot_ranges[i][j]
            lot_ranges[i][j] = (received, self.today + 3 + int(rng.random() * 25), lot_id)
        by_id = {row[0]: row for row in lot_rows}
        for ranges in lot_ranges:
            for _received, expiry, lot_id in ranges:
                by_id[lot_id][3] = expiry
        # The lot in use on each day: the most recently received one that has not expired.
        span = self.today + 1 - self.base
        for ranges in lot_ranges:
            in_use: list[int | None] = [None] * span
            for received, expiry, lot_id in ranges:
                for day in range(max(received, self.base), min(expiry, self.today) + 1):
                    in_use[day - self.base] = lot_id
            self.lot_on.append(in_use)
        final_lots: list[Row] = []
        for row in lot_rows:
            row[3] = date.fromordinal(row[3]).isoformat()
            final_lots.append(tuple(row))

        self.build_themes(specs)
        return (
            chunk("practitioner", practitioner_rows),
            chunk("product", product_rows),
            chunk("product_lot", final_lots),
        )

    def build_themes(self, specs: Sequence[ProductSpec]) -> None:
        ctx = self.context
        weights: list[tuple[int, int]] = []
        for spec in self.material.themes:
            st_code = spec.solution_type
            st = ctx.solution_types.get(st_code)
            codes = [a for a in spec.areas if a in ctx.areas]
            if st is None or not codes:
                continue
            kinds = [self.area_kind(a) for a in codes]
            focus = "hair" if "hair" in kinds else "joint" if "joint" in kinds else ""
            focus = focus or ("face" if kinds[0] == "face" else "body")
            same_type = [i for i, p in enumerate(specs) if p.solution_type == st_code]
            products = [i for i in same_type if specs[i].focus in (focus, "")] or same_type
            indications = [c for c in spec.indications if c in ctx.indications]
            heading = ctx.indications[indications[0]] if indications else st.name
            title = f"{heading}: {', '.join(ctx.areas[a][1] for a in codes)}"
            weights.append((len(self.themes), spec.weight))
            self.themes.append(
                Theme(
                    st.id,
                    st.name,
                    max(1, st.interval_days),
                    max(2, st.sessions),
                    st.maintenance_days,
                    codes,
                    [ctx.areas[a][0] for a in codes],
                    kinds,
                    indications,
                    title,
                    products,
                )
            )
        if not self.themes:  # an unfamiliar catalog: one theme per solution type
            first_area = next(iter(ctx.areas))
            for code, st in ctx.solution_types.items():
                same_type = [i for i, p in enumerate(specs) if p.solution_type == code]
                weights.append((len(self.themes), 1))
                self.themes.append(
                    Theme(
                        st.id, st.name, max(1, st.interval_days), max(2, st.sessions),
                        st.maintenance_days, [first_area], [ctx.areas[first_area][0]],
                        [self.area_kind(first_area)], [], st.name, same_type,
                    )
                )  # fmt: skip
        self.theme_bag = bag(weights)

    def area_kind(self, area_code: str) -> str:
        if area_code == "scalp":
            return "hair"
        if area_code.startswith("joint_") or area_code == "knees":
            return "joint"
        return "face" if self.context.areas[area_code][2] == "face" else "body"

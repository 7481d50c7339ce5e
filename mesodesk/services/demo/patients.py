"""The demo patients: who they are, their medical profiles, and when their visits fall."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import date
from typing import Any

from mesodesk.domain.search import list_prefixes
from mesodesk.domain.text import sort_key
from mesodesk.services.demo.base import CHUNK_PATIENTS, HISTORY_DAYS
from mesodesk.services.demo.diary import PatientBusy
from mesodesk.services.demo.material import Culture
from mesodesk.services.demo.rows import PATIENT_TABLES, Row, RowChunk, chunk
from mesodesk.services.demo.sessions import DURATIONS, Block, SessionBuilder, Visit
from mesodesk.services.patients import search_terms

SHOWCASE_NAME = ("Hélène", "Lefèvre-Dąbrowska")
"""The fixed, findable long-standing patient with 500 sessions (always the first)."""

_SHEET_LANGUAGES = {"French": "fr", "German, Austrian, Swiss": "de", "Spanish": "es"}
"""Demo patients of these cultures ask for sheets in their language; the others get the
clinic's (no random draw, so a seed gives the same patients as before)."""


class PatientBuilder(SessionBuilder):
    def patients(
        self, count: int, chunk_size: int = CHUNK_PATIENTS
    ) -> Iterator[tuple[int, tuple[RowChunk, ...]]]:
        """Batches of (patients done, chunks); the first patient is the 500-session one."""
        done = 0
        while done < count:
            if self.free_ids is not None:
                self.continue_after(self.free_ids())
            size = min(chunk_size, count - done)
            out: dict[str, list[Row]] = {t: [] for t in PATIENT_TABLES}
            for index in range(done, done + size):
                self.patient(out, showcase=index == 0)
            done += size
            yield done, tuple(chunk(t, rows) for t, rows in out.items())

    def session_count(self) -> int:
        r = self.rng.random()
        if r < 0.03:
            return 0
        mean = 27.0 if r > 0.85 else 7.0
        return 1 + int(self.rng.expovariate(1.0 / mean))

    def place(
        self, blocks: list[Block], days: list[int], preferred: list[int]
    ) -> list[Visit | None]:
        """Each session's practitioner, day and time: near the wished ones, inside opening
        hours, and never overlapping another session of the practitioner or the patient."""
        r = self.rng.random
        diary, today = self.diary, self.today
        usual = diary.usual_starts
        past, future = (self.base, today), (today, self.base + len(self.iso) - 1)
        busy: PatientBusy = {}
        visits: list[Visit | None] = []
        for block in blocks:
            for k in range(block.first, block.first + block.size):
                want = preferred[k]
                if want < 0 or r() < 0.15:
                    want = usual[int(r() * len(usual))]
                duration = DURATIONS[int(r() * len(DURATIONS))]
                day = days[k]
                within = past if day < today else future
                spot = diary.place([block.practitioner], busy, day, want, duration, within)
                if spot is None:  # a full week: a colleague takes the patient
                    everyone = [p for p, _ in self.practitioners]
                    turn = int(r() * len(everyone))
                    others = everyone[turn:] + everyone[:turn]
                    spot = diary.place(others, busy, day, want, duration, within)
                visits.append(Visit(*spot, duration) if spot is not None else None)
        return visits

    def patient(self, out: dict[str, list[Row]], *, showcase: bool) -> None:
        rng = self.rng
        r = rng.random
        today = self.today
        material = self.material
        pid = self.next_id("patient")

        # Who they are.
        culture: Culture = self.cultures[int(r() * len(self.cultures))]
        x = r()
        sex = "female" if x < 0.82 else "male" if x < 0.98 else "other" if x < 0.99 else None
        female = sex == "female" or (sex is None and r() < 0.5) or (sex == "other" and r() < 0.5)
        names = culture.female if female else culture.male
        given = names[int(r() * len(names))]
        family_choice = culture.family[int(r() * len(culture.family))]
        family = (
            family_choice if isinstance(family_choice, str) else family_choice[1 if female else 0]
        )
        if culture.double_family and r() < culture.double_family:
            second = culture.family[int(r() * len(culture.family))]
            second_name = second if isinstance(second, str) else second[1 if female else 0]
            if second_name != family:
                family = f"{family} {second_name}"
        if showcase:  # a fixed, findable long-standing patient
            culture = material.cultures[0]
            (given, family), sex, female = SHOWCASE_NAME, "female", True
        template = culture.phones[int(r() * len(culture.phones))]
        width = template.count("#")
        number = f"{int(r() * 10**width):0{width}d}"
        phone = template.replace("#", "{}").format(*number) if r() > 0.03 else ""

        # Their history: blocks of sessions (courses or single visits), days relative to the
        # first session.
        n = 500 if showcase else self.session_count()
        allergies: list[tuple[str, str]] = []
        has_profile = showcase or r() < 0.86
        known = material.allergies
        if has_profile and r() < 0.15:
            allergies.append(known[int(r() * len(known))])
            if r() < 0.25:
                extra = known[int(r() * len(known))]
                if extra[0] != allergies[0][0]:
                    allergies.append(extra)
        allergens = frozenset(a for a, _ in allergies)
        main_practitioner = self.practitioners[int(r() * len(self.practitioners))][0]
        rel_days: list[int] = []
        preferred: list[int] = []  # per session, the wished start in diary steps (-1: any)
        blocks: list[Block] = []
        rel = 0
        themes, theme_bag = self.themes, self.theme_bag
        usual = self.diary.usual_starts
        while len(rel_days) < n:
            theme = themes[theme_bag[int(r() * len(theme_bag))]]
            candidates = theme.products
            if allergens:
                candidates = [
                    p for p in candidates if not (self.product_ingredients[p] & allergens)
                ]
            product = candidates[int(r() * len(candidates))] if candidates else -1
            practitioner = (
                main_practitioner
                if r() < 0.8
                else self.practitioners[int(r() * len(self.practitioners))][0]
            )
            remaining = n - len(rel_days)
            first = len(rel_days)
            if remaining >= 2 and r() < 0.7:
                planned = max(2, theme.sessions + (-1, 0, 0, 0, 1, 2)[int(r() * 6)])
                count = min(planned, remaining)
                slot = usual[int(r() * len(usual))] if r() < 0.7 else -1
                interval = theme.interval
                for k in range(count):
                    day = rel + k * interval
                    if k and r() < 0.15:
                        day += (-2, -1, 1, 2, 3)[int(r() * 5)]
                    rel_days.append(day)
                    preferred.append(slot)
                blocks.append(Block(theme, product, practitioner, planned, first, count))
                rel = rel_days[-1] + 30 + int(r() * 150)
            else:
                rel_days.append(rel)
                preferred.append(-1)
                blocks.append(Block(theme, product, practitioner, 0, first, 1))
                rel += 21 + int(r() * 160)
            if showcase:  # a loyal regular: short gaps between her courses
                rel = rel_days[-1] + 7 + int(r() * 10)

        # Where the history sits on the calendar.
        archived = not showcase and r() < 0.02
        span = rel_days[-1] if rel_days else 0
        if span > HISTORY_DAYS:
            scaled: list[int] = []
            for day in rel_days:
                value = day * HISTORY_DAYS // span
                scaled.append(max(value, scaled[-1] + 1) if scaled else value)
            rel_days, span = scaled, scaled[-1]
        if showcase:
            last = today + 21
        elif archived:
            last = today - 60 - int(r() * r() * 1500)
        elif r() < 0.15:  # booked in: their next visit is in the coming three months
            last = today + 1 + int(r() * 90)
        else:  # last seen within five years, more often recently (a falling, spike-free slope)
            last = today - int(1800 * (1 - math.sqrt(1 - r())))
        start = max(last - span, today - HISTORY_DAYS)
        days: list[int] = []
        for rel_day in rel_days:
            day = start + rel_day
            if (day - 1) % 7 == 6:  # Sunday: Monday to Wednesday instead
                day += 1 + int(r() * 3)
            days.append(day)
        visits = self.place(blocks, days, preferred)
        days = [v.day for v in visits if v is not None]
        created_day = (min(days) - int(r() * 21)) if days else today - int(r() * 120)
        if created_day > today:  # booked ahead: registered in the last few weeks
            created_day = today - int(r() * 30)
        created = self.stamp(created_day, 540 + int(r() * 570), pid)

        # Personal details that depend on the dates.
        years_back = (today - created_day) / 365.2425
        min_age = 18 + math.ceil(years_back)
        age = rng.triangular(min_age, 80.9, max(min_age, 38)) if min_age < 80 else 80.0
        dob = date.fromordinal(today - int(age * 365.2425)).isoformat()
        if r() < 0.88:
            g = self.email_part(given)
            f = self.email_part(family)
            pattern = int(r() * 4)
            local = (
                f"{g}.{f}",
                f"{g[0]}{f}",
                f"{g}{f}{dob[2:4]}",
                f"{f}.{g}",
            )[pattern]
            domains = material.email_domains
            email = f"{local}@{domains[int(r() * len(domains))]}"
        else:
            email = ""
        address = ""
        if r() < 0.4:
            postcode, city = culture.cities[int(r() * len(culture.cities))]
            address = culture.address.format(
                number=1 + int(r() * 120),
                street=culture.streets[int(r() * len(culture.streets))],
                postcode=postcode,
                city=city,
            )
        notes = material.patient_notes
        note = notes[int(r() * len(notes))] if r() < 0.08 else ""
        archived_at = None
        archive_reason = ""
        updated = created
        if archived:
            archived_day = min(max(last, created_day, *days) + 30 + int(r() * 400), today - 1)
            archived_at = self.stamp(archived_day, 540 + int(r() * 570), pid + 1)
            reasons = material.archive_reasons
            archive_reason = reasons[int(r() * len(reasons))]
            updated = archived_at

        # Medical profile versions.
        if has_profile:
            self.profiles(out, pid, created_day, created, days, allergies, female, age, archived)

        names_key = (given, family)
        cached = self.name_terms.get(names_key)
        if cached is None:
            # search_terms() is names + phone; the name part repeats, so it is cached.
            name_only = search_terms(given, family, "")
            cached = (name_only, sort_key(family, given), list_prefixes(name_only))
            self.name_terms[names_key] = cached
        terms, key, prefixes = cached
        out["patient"].append(
            (
                pid,
                given,
                family,
                dob,
                sex,
                phone,
                email,
                address,
                note,
                key,
                created,
                updated,
                archived_at,
                archive_reason,
                1,
                _SHEET_LANGUAGES.get(culture.name),
            )
        )
        term_rows = out["patient_search_term"]
        for term in dict.fromkeys(terms + search_terms("", "", phone)):
            term_rows.append((term, pid))
        if archived_at is None:
            prefix_rows = out["patient_list_prefix"]
            for prefix in prefixes:
                prefix_rows.append((prefix, key, pid))

        if n:
            can_numb = not (allergens & {"lidocaine", "procaine"})
            self.sessions(out, pid, created_day, blocks, visits, preferred, can_numb)

    def profiles(
        self,
        out: dict[str, list[Row]],
        pid: int,
        created_day: int,
        created: str,
        days: list[int],
        allergies: list[tuple[str, str]],
        female: bool,
        age: float,
        archived: bool,
    ) -> None:
        r = self.rng.random
        material = self.material
        practitioner = self.practitioners[int(r() * len(self.practitioners))][1]
        allergies_text = "; ".join(f"{a.capitalize()}: {what}" for a, what in allergies)
        allergens = json.dumps(sorted(a for a, _ in allergies))
        thinners = r() < 0.05
        medications = []
        if thinners:
            medications.append(material.blood_thinners[int(r() * len(material.blood_thinners))])
        if r() < 0.22:
            medications.append(material.medications[int(r() * len(material.medications))])
        autoimmune = r() < 0.02
        autoimmune_notes = (
            material.autoimmune[int(r() * len(material.autoimmune))] if autoimmune else ""
        )
        keloid = int(r() < 0.02)
        skin_text = ""
        skin_areas: tuple[str, ...] = ()
        if r() < 0.06:
            skin_text, skin_areas = material.skin_conditions[
                int(r() * len(material.skin_conditions))
            ]
        anxiety = int(r() < 0.06)
        notes = material.profile_notes
        note = notes[int(r() * len(notes))] if r() < 0.05 else ""
        version: list[Any] = [
            self.next_id("medical_profile"),
            pid,
            created,
            practitioner,
            allergies_text,
            allergens,
            "; ".join(medications),
            int(thinners),
            int(autoimmune),
            autoimmune_notes,
            keloid,
            skin_text,
            json.dumps([a for a in skin_areas if a in self.context.areas]),
            0,
            anxiety,
            note,
            1,
        ]
        out["medical_profile"].append(tuple(version))
        # Some patients have a later version: a pregnancy (after the last treatment) or a
        # change of medication.
        last_visit = max([d for d in days if d <= self.today], default=created_day)
        if archived or r() >= 0.12 or last_visit >= self.today - 14:
            return
        day = min(last_visit + 7 + int(r() * 90), self.today - 1)
        recorded = self.stamp(day, 540 + int(r() * 570), pid + 2)
        pregnant = female and age < 45 and all(d < day for d in days) and r() < 0.5
        version[0] = self.next_id("medical_profile")
        version[2] = recorded
        version[16] = 2
        if pregnant:
            version[13] = 1
            version[15] = "Pregnant: no treatment until after pregnancy and breastfeeding."
        else:
            medication = material.medications[int(r() * len(material.medications))]
            version[6] = "; ".join([*medications, medication]) if medications else medication
        out["medical_profile"].append(tuple(version))

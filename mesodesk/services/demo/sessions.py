"""The demo patients' treatment history: courses, sessions, treatment lines, adverse events."""

from __future__ import annotations

from typing import NamedTuple

from mesodesk.domain.enums import CourseStatus, SessionStatus, Severity
from mesodesk.services.demo.base import GeneratorBase, Theme
from mesodesk.services.demo.rows import Row

DURATIONS = (30, 45, 45, 60)
"""Session lengths in minutes, repeated by weight."""


class Block(NamedTuple):
    """Sessions given together: a course (``planned`` > 0) or a single visit."""

    theme: Theme
    product: int
    """Index into the generator's products, or -1 for none."""
    practitioner: int
    planned: int
    first: int
    """Index of the block's first session in the patient's lists."""
    size: int


class Visit(NamedTuple):
    """Where a session was placed in the diary."""

    practitioner: int
    day: int
    minute: int
    duration: int


class SessionBuilder(GeneratorBase):
    def sessions(
        self,
        out: dict[str, list[Row]],
        pid: int,
        created_day: int,
        blocks: list[Block],
        visits: list[Visit | None],
        preferred: list[int],
        can_numb: bool,
    ) -> None:
        """Rows for a patient's placed visits; a visit the diary had no room for is None."""
        r = self.rng.random
        today = self.today
        stamp = self.stamp
        base = self.base
        material = self.material
        anaesthetics, session_notes = material.anaesthetics, material.session_notes
        cancel_reasons, area_kinds, depths = (
            material.cancel_reasons,
            material.area_kinds,
            material.depths,
        )
        ae_rate = material.adverse_event_rate
        session_rows = out["treatment_session"]
        line_rows = out["session_treatment"]
        course_rows = out["course"]
        event_rows = out["adverse_event"]
        product_ids = self.product_ids
        lot_on = self.lot_on
        reactions = self.reactions
        done_s, planned_s = SessionStatus.DONE.value, SessionStatus.PLANNED.value
        cancelled_s, no_show_s = SessionStatus.CANCELLED.value, SessionStatus.NO_SHOW.value
        ids = self.ids
        checklist_json = self.checklist_json
        consent_template_id = self.context.consent_template_id
        session_id = ids["treatment_session"]
        line_id = ids["session_treatment"]
        for theme, product, practitioner, planned, first, count in blocks:
            course_id = None
            block = [v for v in visits[first : first + count] if v is not None]
            if not block:
                continue
            if planned:
                course_id = self.next_id("course")
                opening = min(block, key=lambda v: (v.day, v.minute))
                first_day = opening.day
                last_day = max(v.day for v in block)
                if first_day >= today:
                    status = CourseStatus.PLANNED.value
                elif last_day >= today:
                    status = CourseStatus.IN_PROGRESS.value
                elif count >= planned:
                    status = CourseStatus.COMPLETED.value
                elif today - last_day <= 2 * theme.interval:
                    status = CourseStatus.IN_PROGRESS.value
                else:
                    status = CourseStatus.ABANDONED.value
                booked = min(max(first_day - 1 - int(r() * 10), created_day), today)
                regular = preferred[first] >= 0
                course_rows.append(
                    (
                        course_id,
                        pid,
                        theme.title,
                        theme.solution_type_id,
                        practitioner,
                        theme.indications_json,
                        theme.areas_json,
                        planned,
                        theme.interval,
                        theme.maintenance,
                        (first_day - 1) % 7 if regular else None,
                        self.hm[opening.minute] if regular else None,
                        self.iso[first_day - base],
                        status,
                        "",
                        stamp(booked, 540 + int(r() * 570), course_id),
                        None,
                        1,
                    )
                )
            product_id = product_ids[product] if product >= 0 else None
            in_use = lot_on[product] if product >= 0 else None
            most_lines = min(3, len(theme.area_ids))
            for who, day, minute, duration in block:
                booked_day = min(max(day - 1 - int(r() * 20), created_day), today)
                created = stamp(booked_day, 540 + int(r() * 570), session_id)
                reason = ""
                reaction = "[]"
                note = ""
                lot_day = -1
                ticked = consent_id = consented = None
                if day < today:
                    x = r()
                    if x < 0.91:
                        status = done_s
                        updated = stamp(day, minute + duration + 5 + int(r() * 20), session_id)
                        if r() < 0.3:
                            reaction = reactions[int(r() * len(reactions))]
                        if r() < 0.05:
                            note = session_notes[int(r() * len(session_notes))]
                        lot_day = day - base
                        # A few records stay incomplete, as in any real clinic's history.
                        if r() < 0.985:
                            ticked = checklist_json
                        if r() < 0.985:
                            consent_id = consent_template_id
                            consented = stamp(day, minute - 5)
                    elif x < 0.96:
                        status = cancelled_s
                        reason = cancel_reasons[int(r() * len(cancel_reasons))]
                        cancel_day = max(day - int(r() * 3), booked_day)
                        updated = stamp(cancel_day, 540 + int(r() * 570), session_id + 1)
                        if updated < created:
                            updated = created
                    else:
                        status = no_show_s
                        updated = stamp(day, minute + duration + 30, session_id)
                else:
                    status = planned_s
                    updated = created
                numbed = can_numb and theme.area_kinds[0] == "face" and r() < 0.2
                session_rows.append(
                    (
                        session_id,
                        pid,
                        course_id,
                        who,
                        stamp(day, minute),
                        duration,
                        status,
                        reason,
                        int(numbed),
                        anaesthetics[int(r() * len(anaesthetics))] if numbed else "",
                        reaction,
                        note,
                        created,
                        updated,
                        ticked,
                        consent_id,
                        consented if consent_id is not None else None,
                        None,
                        "",
                        "",
                        None,
                        1,
                    )
                )
                lot_id = in_use[lot_day] if in_use is not None and lot_day >= 0 else None
                for position in range(1 + int(r() * most_lines)):
                    kind = area_kinds[theme.area_kinds[position]]
                    techniques, gauges = kind.techniques, kind.gauges
                    technique = techniques[int(r() * len(techniques))]
                    technique_depths = depths[technique]
                    line_rows.append(
                        (
                            line_id,
                            session_id,
                            position,
                            theme.area_ids[position],
                            theme.solution_type_id,
                            product_id,
                            lot_id,
                            (kind.volume_low + 5 * int(r() * kind.volume_steps)) / 100,
                            technique,
                            technique_depths[int(r() * len(technique_depths))],
                            gauges[int(r() * len(gauges))],
                        )
                    )
                    line_id += 1
                if status == done_s and self.ae_codes and r() < ae_rate:
                    event_rows.append(self.adverse_event(session_id, pid, day))
                session_id += 1
        ids["treatment_session"] = session_id
        ids["session_treatment"] = line_id

    def adverse_event(self, session_id: int, pid: int, day: int) -> Row:
        r = self.rng.random
        code = self.ae_codes[int(r() * len(self.ae_codes))]
        spec = self.material.adverse_events.get(code)
        if spec is not None and spec.description:
            description, action = spec.description, spec.action
        else:
            description = f"{self.context.side_effects[code][0]} after the session."
            action = "Reviewed."
        x = r()
        severity = (
            Severity.MILD.value
            if x < 0.65
            else Severity.MODERATE.value
            if x < 0.95
            else Severity.SEVERE.value
        )
        onset = min(day + int(r() * 3), self.today)
        follow_up = onset + 7 if r() < 0.6 else None
        resolved = None
        outcome = ""
        if onset < self.today - 30 and r() < 0.92:
            resolved = min(onset + 2 + int(r() * 25), self.today - 1)
            outcome = "Resolved fully." if r() < 0.85 else "Resolved with minor residual marks."
        elif onset >= self.today - 30:
            outcome = "Improving." if r() < 0.5 else ""
        reported = 1 if severity == Severity.SEVERE.value else 0 if x >= 0.65 else None
        return (
            self.next_id("adverse_event"),
            session_id,
            pid,
            code,
            self.iso[onset - self.base],
            severity,
            description,
            action,
            self.iso[follow_up - self.base] if follow_up is not None else None,
            outcome,
            self.iso[resolved - self.base] if resolved is not None else None,
            reported,
            self.stamp(onset, 600 + int(r() * 480), session_id),
        )

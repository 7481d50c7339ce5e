"""Clinical safety: screening a planned treatment, the clinic's rule switches, completeness."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain import anaesthetics, checklist
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.reasons import reason_problem
from mesodesk.domain.screening import (
    Finding,
    Level,
    PlannedTreatment,
    ProductFacts,
    ProfileFacts,
    Rule,
    evaluate,
    load_rules,
)
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.dto import FindingRecord, TreatmentInput
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    MedicalProfile,
    Product,
    ScreeningRuleState,
    SolutionType,
    TreatmentArea,
    TreatmentSession,
)

MISSING_LOTS = "lot numbers"
MISSING_CONSENT = "consent"
MISSING_CHECKLIST = "checklist"


@dataclass(frozen=True, slots=True)
class RuleState:
    rule: Rule
    enabled: bool
    changed_at: datetime | None
    changed_by: str


def _states(s: Session) -> dict[str, ScreeningRuleState]:
    return {r.rule_id: r for r in s.scalars(select(ScreeningRuleState))}


def effective_rules(s: Session) -> tuple[Rule, ...]:
    """The packaged rules with the clinic's on/off choices applied."""
    states = _states(s)
    return tuple(
        dataclasses.replace(rule, enabled=states[rule.id].enabled) if rule.id in states else rule
        for rule in load_rules()
    )


def rule_states(db: Database) -> list[RuleState]:
    with db.read() as s:
        states = _states(s)
    return [
        RuleState(
            rule,
            states[rule.id].enabled if rule.id in states else rule.enabled,
            states[rule.id].changed_at if rule.id in states else None,
            states[rule.id].changed_by if rule.id in states else "",
        )
        for rule in load_rules()
    ]


def set_rule_enabled(
    db: Database, rule_id: str, enabled: bool, *, actor: User, reason: str = ""
) -> None:
    """Switch one screening rule on or off for the clinic (audited with the reason).

    Switching off a rule that blocks treatment needs a reason of real content
    (:func:`mesodesk.domain.reasons.reason_problem`); other switches take an optional one.
    """
    rules = {r.id: r for r in load_rules()}
    if rule_id not in rules:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no screening rule {rule_id!r}."),
                rule_id=rule_id,
            )
        )
    reason = " ".join(reason.split())
    if not enabled and rules[rule_id].level == Level.BLOCK:
        problem = reason_problem(reason)
        if problem is not None:
            raise ValidationFailed({"reason": problem})
    with db.begin() as s:
        require(s, actor, Permission.SCREENING_RULES)
        row = s.get(ScreeningRuleState, rule_id)
        before = audit.snapshot(row) if row is not None else None
        if row is None:
            row = ScreeningRuleState(rule_id=rule_id, enabled=enabled, changed_at=audit.utcnow())
            s.add(row)
        row.enabled = enabled
        row.changed_at = audit.utcnow()
        row.changed_by = actor.name
        s.flush()
        after = audit.snapshot(row)
        if reason:
            after["reason"] = reason
        audit.record(
            s,
            actor=actor,
            action="update",
            entity="screening_rule",
            entity_id=None,
            before=before,
            after=after,
        )


def profile_facts(s: Session, patient_id: int, when: datetime | None) -> ProfileFacts | None:
    """The patient's medical profile in force at ``when`` (naive UTC; None: the latest)."""
    query = select(MedicalProfile).where(MedicalProfile.patient_id == patient_id)
    if when is not None:
        query = query.where(MedicalProfile.recorded_at <= when)
    row = s.scalar(
        query.order_by(MedicalProfile.recorded_at.desc(), MedicalProfile.id.desc()).limit(1)
    )
    if row is None and when is not None:
        # A profile recorded later the same visit still beats "no history at all".
        return profile_facts(s, patient_id, None)
    if row is None:
        return None
    return ProfileFacts(
        pregnant_or_breastfeeding=row.pregnant_or_breastfeeding,
        allergens=tuple(row.allergens or ()),
        allergies_text=row.allergies_text,
        on_blood_thinners=row.on_blood_thinners,
        keloid_tendency=row.keloid_tendency,
        autoimmune_disease=row.autoimmune_disease,
        skin_condition_areas=tuple(row.skin_condition_areas or ()),
        skin_conditions_text=row.skin_conditions_text,
        needle_anxiety=row.needle_anxiety,
    )


def planned_treatment(s: Session, lines: Iterable[TreatmentInput]) -> PlannedTreatment:
    items = list(lines)
    if not items:
        return PlannedTreatment()
    area_ids = {line.area_id for line in items}
    product_ids = [line.product_id for line in items if line.product_id is not None]
    solution_ids = {line.solution_type_id for line in items if line.solution_type_id is not None}
    products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(set(product_ids))))}
    solution_ids |= {p.solution_type_id for p in products.values()}
    areas = s.execute(
        select(TreatmentArea.id, TreatmentArea.code, TreatmentArea.name).where(
            TreatmentArea.id.in_(area_ids)
        )
    ).all()
    codes = s.scalars(select(SolutionType.code).where(SolutionType.id.in_(solution_ids))).all()
    return PlannedTreatment(
        solution_types=tuple(codes),
        products=tuple(
            ProductFacts(pid, products[pid].name, tuple(products[pid].ingredients or ()))
            for pid in dict.fromkeys(product_ids)
            if pid in products
        ),
        areas=tuple(a.code for a in areas),
        area_names=tuple((a.code, a.name) for a in areas),
    )


def _record(f: Finding) -> FindingRecord:
    return FindingRecord(f.rule_id, str(f.level), f.title, f.message, f.product_id, f.area)


def screen_in(
    s: Session,
    patient_id: int,
    when: datetime | None,
    lines: Iterable[TreatmentInput],
    anaesthetic: str = "",
) -> list[FindingRecord]:
    """Findings for ``lines``, and for the numbing ``anaesthetic`` (name or free text) if any."""
    rules = effective_rules(s)
    profile = profile_facts(s, patient_id, when)
    treatment = planned_treatment(s, lines)
    numbing = anaesthetics.facts_for(anaesthetic)
    if numbing is not None:
        treatment = dataclasses.replace(treatment, products=(*treatment.products, numbing))
    return [_record(f) for f in evaluate(profile, treatment, rules)]


def screen(
    db: Database,
    patient_id: int,
    lines: Iterable[TreatmentInput],
    when: datetime | None = None,
    anaesthetic: str = "",
    *,
    actor: User,
) -> list[FindingRecord]:
    """Findings for treating ``patient_id`` with ``lines`` (``when``: naive UTC, None = now)."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        return screen_in(s, patient_id, when, lines, anaesthetic)


def patient_findings(db: Database, patient_id: int, *, actor: User) -> list[FindingRecord]:
    """What the chart header warns about: the current profile against the next planned
    session's treatment (or against no treatment in particular)."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        upcoming = s.scalar(
            select(TreatmentSession)
            .where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.status.in_((SessionStatus.PLANNED, SessionStatus.ARRIVED)),
                TreatmentSession.starts_at >= audit.utcnow(),
            )
            .order_by(TreatmentSession.starts_at)
            .limit(1)
        )
        lines = [as_input(t) for t in upcoming.treatments] if upcoming is not None else []
        return screen_in(s, patient_id, None, lines)


def as_input(t: Any) -> TreatmentInput:
    return TreatmentInput(
        area_id=t.area_id,
        solution_type_id=t.solution_type_id,
        product_id=t.product_id,
        product_lot_id=t.product_lot_id,
    )


def blocking(findings: Iterable[FindingRecord]) -> list[FindingRecord]:
    return [f for f in findings if f.level == Level.BLOCK]


def findings_json(findings: Sequence[FindingRecord]) -> list[dict[str, Any]]:
    return [dataclasses.asdict(f) for f in findings]


def findings_from_json(value: Sequence[Mapping[str, Any]] | None) -> tuple[FindingRecord, ...]:
    out = []
    for item in value or ():
        try:
            out.append(
                FindingRecord(
                    str(item["rule_id"]),
                    str(item["level"]),
                    str(item.get("title", "")),
                    str(item.get("message", "")),
                    item.get("product_id"),
                    item.get("area"),
                    str(item.get("override_reason", "")),
                )
            )
        except (KeyError, TypeError):
            continue
    return tuple(out)


def missing(
    status: str,
    lot_ids: Sequence[int | None],
    consent_template_id: int | None,
    checklist_value: Mapping[str, Any] | None,
) -> tuple[str, ...]:
    """What a done session's record lacks; nothing for sessions not done."""
    if status != SessionStatus.DONE:
        return ()
    return missing_parts(
        lots_complete=bool(lot_ids) and all(lot is not None for lot in lot_ids),
        has_consent=consent_template_id is not None,
        checklist_complete=not checklist.problems(checklist_value),
    )


def missing_parts(
    *, lots_complete: bool, has_consent: bool, checklist_complete: bool
) -> tuple[str, ...]:
    """What a done session's record lacks, from the three facts already worked out."""
    out = []
    if not lots_complete:
        out.append(MISSING_LOTS)
    if not has_consent:
        out.append(MISSING_CONSENT)
    if not checklist_complete:
        out.append(MISSING_CHECKLIST)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class IncompleteSession:
    session_id: int
    patient_id: int
    patient_name: str
    starts_at: datetime
    """Naive UTC, as stored."""
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CompletenessReport:
    counts: dict[str, int]
    """How many done sessions lack each item ("lot numbers", "consent", "checklist")."""
    sessions: int
    """How many done sessions lack at least one item."""
    examples: tuple[IncompleteSession, ...]
    """The most recent ones, for the user to open first."""


def incomplete_done_sessions(db: Database, *, examples: int = 20) -> CompletenessReport:
    """Done sessions whose record lacks lot numbers, consent or a complete checklist.

    Cheap checks run in SQL; only checklists that differ from "all ticked" are parsed.
    """
    from sqlalchemy import Text, and_, cast, exists, or_

    from mesodesk.store.models import Patient, SessionTreatment

    done = TreatmentSession.status == SessionStatus.DONE
    no_lines = ~exists().where(SessionTreatment.session_id == TreatmentSession.id)
    lot_missing = exists().where(
        and_(
            SessionTreatment.session_id == TreatmentSession.id,
            SessionTreatment.product_lot_id.is_(None),
        )
    )
    ticked = json.dumps(checklist.all_ticked())
    missing: dict[int, list[str]] = {}
    with db.read() as s:
        for (sid,) in s.execute(
            select(TreatmentSession.id).where(done, or_(no_lines, lot_missing))
        ):
            missing.setdefault(sid, []).append(MISSING_LOTS)
        for (sid,) in s.execute(
            select(TreatmentSession.id).where(done, TreatmentSession.consent_template_id.is_(None))
        ):
            missing.setdefault(sid, []).append(MISSING_CONSENT)
        stored = TreatmentSession.__table__.c.checklist
        for sid, value in s.execute(
            select(TreatmentSession.id, stored).where(
                done, or_(stored.is_(None), cast(stored, Text) != ticked)
            )
        ):
            if checklist.problems(value):
                missing.setdefault(sid, []).append(MISSING_CHECKLIST)
        counts = {MISSING_LOTS: 0, MISSING_CONSENT: 0, MISSING_CHECKLIST: 0}
        for items in missing.values():
            for item in items:
                counts[item] += 1
        recent = sorted(missing, reverse=True)[:examples]
        rows = s.execute(
            select(
                TreatmentSession.id,
                TreatmentSession.patient_id,
                TreatmentSession.starts_at,
                Patient.given_name,
                Patient.family_name,
            )
            .join(Patient, TreatmentSession.patient_id == Patient.id)
            .where(TreatmentSession.id.in_(recent))
            .order_by(TreatmentSession.starts_at.desc())
        ).all()
    return CompletenessReport(
        counts=counts,
        sessions=len(missing),
        examples=tuple(
            IncompleteSession(
                r.id, r.patient_id, f"{r.given_name} {r.family_name}", r.starts_at,
                tuple(missing[r.id]),
            )
            for r in rows
        ),
    )  # fmt: skip

"""Recording a session: validation, the session rules, screening, and the audited write."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, object_session

from mesodesk.domain import checklist as checklist_rules
from mesodesk.domain import clock
from mesodesk.domain import session_rules as rules
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import from_utc, to_utc
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit, injection_map, safety, slots
from mesodesk.services.access import require, require_any
from mesodesk.services.dto import (
    FindingRecord,
    SessionInput,
    SessionRecord,
    TreatmentInput,
)
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.sessions.permissions import (
    clinical_input,
    require_for_change,
    require_for_status,
    unseen_kept,
    without_notes,
)
from mesodesk.services.sessions.read import records
from mesodesk.services.sessions.validate import done_problems, validate
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    Product,
    ProductLot,
    SessionTreatment,
    TreatmentSession,
)


def _apply(s: Session, row: TreatmentSession, data: SessionInput, zone: ZoneInfo) -> None:
    row.patient_id = data.patient_id
    row.course_id = data.course_id
    row.practitioner_id = data.practitioner_id
    row.starts_at = to_utc(data.starts_at, zone)
    row.duration_minutes = data.duration_minutes
    row.status = str(data.status)
    row.status_reason = data.status_reason.strip()
    row.anaesthetic_used = data.anaesthetic_used
    row.anaesthetic_product = data.anaesthetic_product.strip() if data.anaesthetic_used else ""
    row.immediate_reactions = list(dict.fromkeys(data.immediate_reactions))
    row.notes = data.notes
    # None means "unchanged": consent and a filled-in checklist are never silently dropped.
    if data.checklist is not None:
        row.checklist = checklist_rules.to_json(checklist_rules.answers(data.checklist))
    if data.consent_template_id is not None and (
        data.consent_template_id != row.consent_template_id or data.consented_at is not None
    ):
        row.consent_template_id = data.consent_template_id
        row.consented_at = (
            to_utc(data.consented_at, zone) if data.consented_at is not None else audit.utcnow()
        )
    for old in list(row.treatments):
        s.delete(old)
    s.flush()
    row.treatments = [_line(s, line, position) for position, line in enumerate(data.treatments)]


def _line(s: Session, line: TreatmentInput, position: int) -> SessionTreatment:
    product_id = line.product_id
    solution_type_id = line.solution_type_id
    if line.product_lot_id is not None and product_id is None:
        lot = s.get(ProductLot, line.product_lot_id)
        product_id = lot.product_id if lot is not None else None
    if product_id is not None and solution_type_id is None:
        product = s.get(Product, product_id)
        solution_type_id = product.solution_type_id if product is not None else None
    return SessionTreatment(
        position=position,
        area_id=line.area_id,
        solution_type_id=solution_type_id,
        product_id=product_id,
        product_lot_id=line.product_lot_id,
        volume_ml=line.volume_ml,
        technique=line.technique,
        depth_mm=line.depth_mm,
        needle_gauge=line.needle_gauge,
    )


def snapshot(row: TreatmentSession) -> dict[str, object]:
    data = audit.snapshot(row)
    data["treatments"] = [audit.snapshot(t) for t in row.treatments]
    for t in data["treatments"]:
        t.pop("id", None)
        t.pop("session_id", None)
    s = object_session(row)
    if s is not None and (marks := injection_map.snapshot_marks(s, row)):
        data["marks"] = marks
    return data


def follow_course(s: Session, course_id: int | None, *, actor: User) -> None:
    """A course's status follows the change of one of its sessions, in the same transaction."""
    if course_id is None:
        return
    from mesodesk.services.courses.status import update_course_status  # courses use sessions

    update_course_status(s, course_id, actor=actor)


def audit_session(
    s: Session,
    row: TreatmentSession,
    *,
    actor: User,
    action: str,
    before: dict[str, object] | None = None,
) -> None:
    """Write ``row`` (adding it when new) and its audit row, in the caller's transaction."""
    if row.id is None:
        s.add(row)
    s.flush()
    audit.record(
        s,
        actor=actor,
        action=action,
        entity="session",
        entity_id=row.id,
        before=before,
        after=snapshot(row),
    )


def _stored_reasons(row: TreatmentSession) -> dict[str, str]:
    """The per-stop reasons already recorded with a session."""
    return {
        f.key: f.override_reason
        for f in safety.findings_from_json(row.screening_findings)
        if f.override_reason
    }


def _override_text(blocks: list[FindingRecord], reasons: dict[str, str]) -> str:
    return "; ".join(f"{f.title}: {reasons[f.key]}" for f in blocks if f.key in reasons)


def _screen(
    s: Session,
    row: TreatmentSession,
    data: SessionInput,
    zone: ZoneInfo,
    errors: dict[str, str],
    *,
    actor: User,
) -> None:
    """Screen the treatment, store the findings, and refuse "done" over an unexplained stop.

    Each stop needs its own reason of real content; the reasons are stored with the stop
    they answer (in the findings), so the audit and the chart show which reason covers what.
    """
    when = to_utc(data.starts_at, zone)
    anaesthetic = data.anaesthetic_product if data.anaesthetic_used else ""
    findings = safety.screen_in(s, data.patient_id, when, data.treatments, anaesthetic)
    blocks = safety.blocking(findings)
    given = {k: v.strip() for k, v in data.override_reasons if v.strip()}
    if not given and data.override_reason.strip() and len(blocks) == 1:
        given = {blocks[0].key: data.override_reason.strip()}
    reasons = {**_stored_reasons(row), **given} if row.id is not None else given
    if data.status == SessionStatus.DONE and blocks:
        unexplained = [f for f in blocks if f.key not in reasons]
        if unexplained:
            errors["override"] = (
                "Screening stops this treatment: "
                + " ".join(f.message for f in unexplained)
                + " To go ahead, the practitioner must give a reason for each stop."
            )
        thin = [f for f in blocks if f.key in given and rules.override_reason_problem(given[f.key])]
        if thin and "override" not in errors:
            problem = rules.override_reason_problem(given[thin[0].key]) or ""
            errors["override"] = Message(
                QT_TRANSLATE_NOOP("messages", "{title}: {problem}"),
                title=thin[0].title,
                problem=problem,
            )
        if data.practitioner_id is None:
            errors.setdefault(
                "override",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Choose the practitioner who takes responsibility for going ahead.",
                    )
                ),
            )
    if errors:
        return
    going_ahead = data.status == SessionStatus.DONE or row.override_reason
    kept = {f.key: reasons[f.key] for f in blocks if f.key in reasons} if going_ahead else {}
    row.screening_findings = safety.findings_json(
        [
            replace(f, override_reason=kept.get(f.key, "")) if f.level == "block" else f
            for f in findings
        ]
    )
    text = _override_text(blocks, kept)
    if text != row.override_reason:
        row.override_reason = text
        row.override_by = actor.name if text else ""
        row.override_at = audit.utcnow() if text else None


def _session_row(s: Session, session_id: int) -> TreatmentSession:
    row = s.get(TreatmentSession, session_id)
    if row is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no session with number {session_id}."),
                session_id=session_id,
            )
        )
    return row


def create_session(db: Database, data: SessionInput, *, actor: User) -> SessionRecord:
    zone = clinic_zone(db)
    with db.begin() as s:
        require_for_status(s, actor, data.status)
        if clinical_input(data):
            require(s, actor, Permission.EDIT_CLINICAL)
        local_day = clock.local(data.starts_at, zone).date()
        data, mark_errors = injection_map.resolve(s, data, None)
        errors, warnings = validate(s, data, local_day, zone)
        errors.update(mark_errors)
        now = audit.utcnow()
        row = TreatmentSession(created_at=now, updated_at=now, override_reason="")
        _screen(s, row, data, zone, errors, actor=actor)
        if errors:
            raise ValidationFailed(errors)
        s.add(row)
        _apply(s, row, data, zone)
        injection_map.save_marks(s, row, data)
        audit_session(s, row, actor=actor, action="create")
        follow_course(s, row.course_id, actor=actor)
        return records(s, [row], zone, warnings)[0]


def update_session(
    db: Database, session_id: int, data: SessionInput, *, actor: User, reason: str = ""
) -> SessionRecord:
    """Amend a session. A done session keeps its history: the audit holds every version."""
    zone = clinic_zone(db)
    with db.begin() as s:
        current = require(s, actor, Permission.BOOK)
        row = _session_row(s, session_id)
        if not current.can(Permission.VIEW_CLINICAL):
            data = unseen_kept(data, row)
        local_day = clock.local(data.starts_at, zone).date()
        data, mark_errors = injection_map.resolve(s, data, row)
        errors, warnings = validate(s, data, local_day, zone, row=row)
        errors.update(mark_errors)
        before = snapshot(row)
        old_course = row.course_id
        _screen(s, row, data, zone, errors, actor=actor)
        if errors:
            raise ValidationFailed(errors)
        _apply(s, row, data, zone)
        injection_map.save_marks(s, row, data)
        s.flush()
        after = snapshot(row)
        require_for_change(s, actor, before, after)
        if {k: v for k, v in before.items() if k != "updated_at"} != {
            k: v for k, v in after.items() if k != "updated_at"
        }:
            row.updated_at = audit.utcnow()
            after = snapshot(row)
            if reason.strip():
                after["amendment_reason"] = reason.strip()
            action = "amend" if before.get("status") == SessionStatus.DONE else "update"
            audit.record(
                s,
                actor=actor,
                action=action,
                entity="session",
                entity_id=row.id,
                before=before,
                after=after,
            )
        follow_course(s, row.course_id, actor=actor)
        if old_course != row.course_id:
            follow_course(s, old_course, actor=actor)
        return records(s, [row], zone, warnings)[0]


def set_status(
    db: Database, session_id: int, status: SessionStatus, *, actor: User, reason: str = ""
) -> SessionRecord:
    """Arrived, done, no-show, cancelled ...: only the moves the session rules allow."""
    zone = clinic_zone(db)
    with db.begin() as s:
        require_for_status(s, actor, status)
        row = _session_row(s, session_id)
        if problem := rules.transition_problem(row.status, status):
            raise ValidationFailed({"status": problem})
        if status == SessionStatus.DONE and row.status != SessionStatus.DONE:
            _check_can_be_done(s, row)
        if status in rules.OCCUPYING and row.status not in rules.OCCUPYING:
            slots.refuse_clashes(
                s,
                zone,
                patient_id=row.patient_id,
                practitioner_id=row.practitioner_id,
                starts_at=from_utc(row.starts_at, zone),
                duration_minutes=row.duration_minutes,
                session_id=row.id,
            )
        before = snapshot(row)
        row.status = str(status)
        row.status_reason = reason.strip()
        row.updated_at = audit.utcnow()
        audit_session(s, row, actor=actor, action="update", before=before)
        follow_course(s, row.course_id, actor=actor)
        return records(s, [row], zone, [])[0]


def _check_can_be_done(s: Session, row: TreatmentSession) -> None:
    """Refuse "done" for a stored session that is not ready for it, naming what is missing."""
    if checklist_rules.problems(row.checklist):
        raise ValidationFailed(
            {
                "checklist": Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Open the session and complete the pre-procedure checklist before marking it done.",
                    )
                )
            }
        )
    problems = done_problems(
        s,
        lines=len(row.treatments),
        starts_at_utc=row.starts_at,
        consent_template_id=row.consent_template_id,
    )
    if problems:
        raise ValidationFailed(problems)
    lines = [safety.as_input(t) for t in row.treatments]
    anaesthetic = row.anaesthetic_product if row.anaesthetic_used else ""
    blocks = safety.blocking(safety.screen_in(s, row.patient_id, row.starts_at, lines, anaesthetic))
    reasons = _stored_reasons(row)
    legacy = bool(row.override_reason) and not reasons  # recorded before per-stop reasons
    unexplained = [f for f in blocks if f.key not in reasons] if not legacy else []
    if unexplained:
        raise ValidationFailed(
            {
                "override": "Screening stops this treatment ("
                + "; ".join(f.title for f in unexplained)
                + "). Open the session to record the practitioner's reason for each stop."
            }
        )


def get_session(db: Database, session_id: int, *, actor: User) -> SessionRecord:
    """The session as its editor shows it; without the medical notes for the front desk."""
    zone = clinic_zone(db)
    with db.read() as s:
        current = require_any(s, actor, Permission.VIEW_CLINICAL, Permission.BOOK)
        row = _session_row(s, session_id)
        record = records(s, [row], zone, [])[0]
    return record if current.can(Permission.VIEW_CLINICAL) else without_notes(record)

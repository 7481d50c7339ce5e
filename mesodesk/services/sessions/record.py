"""Recording a session: validation, the session rules, screening, and the audited write."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import flag_modified

from mesodesk.domain import checklist as checklist_rules
from mesodesk.domain import clock
from mesodesk.domain import session_rules as rules
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import from_utc, to_utc
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit, conflicts, injection_map, safety, slots
from mesodesk.services.access import require, require_any
from mesodesk.services.dto import (
    SessionInput,
    SessionRecord,
    TreatmentInput,
)
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.sessions.conflict import conflict_values, input_values
from mesodesk.services.sessions.permissions import (
    clinical_input,
    require_for_change,
    require_for_status,
    unseen_kept,
    without_notes,
)
from mesodesk.services.sessions.read import records
from mesodesk.services.sessions.screening import screen, stored_reasons
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
        screen(s, row, data, zone, errors, actor=actor)
        if errors:
            raise ValidationFailed(errors)
        s.add(row)
        _apply(s, row, data, zone)
        injection_map.save_marks(s, row, data)
        audit_session(s, row, actor=actor, action="create")
        follow_course(s, row.course_id, actor=actor)
        return records(s, [row], zone, warnings)[0]


def update_session(
    db: Database,
    session_id: int,
    data: SessionInput,
    *,
    actor: User,
    reason: str = "",
    expected_version: int | None = None,
    overwrite: bool = False,
) -> SessionRecord:
    """Amend a session. A done session keeps its history: the audit holds every version.

    ``expected_version`` is the version the editor loaded: a newer stored one raises
    ``EditConflict`` unless ``overwrite`` (then audited as an overwrite).
    """
    zone = clinic_zone(db)
    with conflicts.same_moment("session", session_id), db.begin() as s:
        current = require(s, actor, Permission.BOOK)
        row = _session_row(s, session_id)
        if not current.can(Permission.VIEW_CLINICAL):
            data = unseen_kept(data, row)
        overwrote = conflicts.check(
            s,
            entity="session",
            entity_id=session_id,
            stored=row.version,
            expected=expected_version,
            theirs=conflict_values(row, zone),
            yours=input_values(data, zone),
            overwrite=overwrite,
        )
        local_day = clock.local(data.starts_at, zone).date()
        data, mark_errors = injection_map.resolve(s, data, row)
        errors, warnings = validate(s, data, local_day, zone, row=row)
        errors.update(mark_errors)
        before = snapshot(row)
        old_course = row.course_id
        screen(s, row, data, zone, errors, actor=actor)
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
            # The version must move on whatever changed: the treatment lines and marks are
            # rows of their own, and the clock may read the same as at the last save.
            flag_modified(row, "updated_at")
            after = snapshot(row)
            if reason.strip():
                after["amendment_reason"] = reason.strip()
            action = "amend" if before.get("status") == SessionStatus.DONE else "update"
            action = conflicts.action(overwrote, action)
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
        s.flush()
        return records(s, [row], zone, warnings)[0]


def set_status(
    db: Database,
    session_id: int,
    status: SessionStatus,
    *,
    actor: User,
    reason: str = "",
    expected_version: int | None = None,
) -> SessionRecord:
    """Arrived, done, no-show, cancelled ...: only the moves the session rules allow.

    With ``expected_version`` (the version the list showed), a status another desk changed
    meanwhile raises ``EditConflict`` instead of being overwritten.
    """
    zone = clinic_zone(db)
    with conflicts.same_moment("session", session_id), db.begin() as s:
        require_for_status(s, actor, status)
        row = _session_row(s, session_id)
        conflicts.check(
            s,
            entity="session",
            entity_id=session_id,
            stored=row.version,
            expected=expected_version,
            theirs={"status": row.status, "status_reason": row.status_reason},
            yours={"status": str(status), "status_reason": reason.strip()},
        )
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
        s.flush()
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
    reasons = stored_reasons(row)
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

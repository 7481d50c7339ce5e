"""Recording a session: validation, the session rules, screening, and the audited write."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, object_session

from mesodesk.domain import checklist as checklist_rules
from mesodesk.domain import clock
from mesodesk.domain import session_rules as rules
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import from_utc, to_utc
from mesodesk.domain.enums import SessionStatus, Technique
from mesodesk.services import audit, conflicts, injection_map, safety, settings, slots
from mesodesk.services.access import require
from mesodesk.services.dto import (
    SessionInput,
    SessionRecord,
    TreatmentInput,
)
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.products import lot_state
from mesodesk.services.sessions.conflict import conflict_values, input_values
from mesodesk.services.sessions.permissions import (
    clinical_input,
    require_for_change,
    require_for_status,
)
from mesodesk.services.sessions.read import records
from mesodesk.services.sessions.screening import screen, stored_reasons
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    DocumentTemplate,
    Patient,
    Practitioner,
    Product,
    ProductLot,
    SessionTreatment,
    TreatmentArea,
    TreatmentSession,
)


def _done_problems(
    s: Session,
    *,
    lines: int,
    starts_at_utc: datetime,
    consent_template_id: int | None,
) -> dict[str, str]:
    """What stops a session from becoming done (the checklist and screening are checked apart)."""
    problems = rules.done_problems(
        treatment_lines=lines, starts_at=starts_at_utc, now=clock.utcnow()
    )
    if consent_template_id is None and settings.consent_required_in(s):
        problems["consent"] = (
            "Record the patient's consent (the text version signed) before marking the "
            "session done."
        )
    return problems


def _slot_changed(row: TreatmentSession | None, data: SessionInput, zone: ZoneInfo) -> bool:
    if row is None or row.status not in rules.OCCUPYING:
        return True
    return (
        row.starts_at != to_utc(data.starts_at, zone)
        or row.duration_minutes != data.duration_minutes
        or row.practitioner_id != data.practitioner_id
        or row.patient_id != data.patient_id
    )


def _validate(
    s: Session,
    data: SessionInput,
    local_day: date,
    zone: ZoneInfo,
    *,
    row: TreatmentSession | None = None,
) -> tuple[dict[str, str], list[str]]:
    errors: dict[str, str] = {}
    warnings: list[str] = []
    was_done = row is not None and row.status == SessionStatus.DONE
    if s.get(Patient, data.patient_id) is None:
        errors["patient_id"] = "Choose a patient."
    if data.status not in set(SessionStatus):
        errors["status"] = f"Unknown status {data.status!r}."
    elif row is not None and (problem := rules.transition_problem(row.status, data.status)):
        errors["status"] = problem
    if problem := rules.duration_problem(data.duration_minutes):
        errors["duration_minutes"] = problem
    if data.practitioner_id is not None and s.get(Practitioner, data.practitioner_id) is None:
        errors["practitioner_id"] = "Unknown practitioner."
    if data.consent_template_id is not None:
        consent = s.get(DocumentTemplate, data.consent_template_id)
        if consent is None or consent.kind != "consent":
            errors["consent"] = "Unknown consent text version."
    if data.status == SessionStatus.DONE and not data.treatments:
        errors["treatments"] = (
            "A done session needs at least one treatment line (the area that was treated)."
        )
    if data.status == SessionStatus.DONE and not was_done:
        # Required when a session becomes done; older records can still be corrected.
        errors.update(checklist_rules.problems(data.checklist or (row.checklist if row else None)))
        for key, message in _done_problems(
            s,
            lines=len(data.treatments),
            starts_at_utc=to_utc(data.starts_at, zone),
            consent_template_id=data.consent_template_id
            or (row.consent_template_id if row is not None else None),
        ).items():
            errors.setdefault(key, message)
    kept_gauges = {t.needle_gauge for t in row.treatments} if row is not None else set()
    for index, line in enumerate(data.treatments, start=1):
        prefix = f"treatments[{index}]"
        if s.get(TreatmentArea, line.area_id) is None:
            errors[f"{prefix}.area"] = f"Line {index}: choose the treated area."
        if line.technique is not None and line.technique not in set(Technique):
            errors[f"{prefix}.technique"] = f"Line {index}: unknown technique."
        if line.volume_ml is not None and not Decimal(0) <= line.volume_ml <= rules.MAX_VOLUME_ML:
            errors[f"{prefix}.volume"] = f"Line {index}: the volume must be 0-100 ml."
        if line.depth_mm is not None and not Decimal(0) <= line.depth_mm <= rules.MAX_DEPTH_MM:
            errors[f"{prefix}.depth"] = f"Line {index}: the depth must be 0-20 mm."
        gauge = rules.gauge_problem(line.needle_gauge)
        if gauge and line.needle_gauge not in kept_gauges:  # an old record keeps its gauge
            errors[f"{prefix}.gauge"] = f"Line {index}: {gauge}."
        if line.product_lot_id is not None:
            lot = s.get(ProductLot, line.product_lot_id)
            if lot is None:
                errors[f"{prefix}.lot"] = f"Line {index}: unknown lot."
                continue
            if line.product_id is not None and lot.product_id != line.product_id:
                errors[f"{prefix}.lot"] = (
                    f"Line {index}: lot {lot.lot_number} is not of that product."
                )
            state = lot_state(lot.expiry_date, local_day)
            if state == "expired":
                errors[f"{prefix}.lot"] = (
                    f"Line {index}: lot {lot.lot_number} expired on {lot.expiry_date:%d %b %Y}"
                    " and cannot be recorded."
                )
            elif state == "expiring":
                warnings.append(
                    f"Lot {lot.lot_number} expires on {lot.expiry_date:%d %b %Y}, within 30 days."
                )
    if (
        "patient_id" not in errors
        and data.status in rules.OCCUPYING
        and _slot_changed(row, data, zone)
    ):
        found = slots.clashes_in(
            s,
            zone,
            patient_id=data.patient_id,
            practitioner_id=data.practitioner_id,
            starts_at=data.starts_at,
            duration_minutes=data.duration_minutes,
            session_id=row.id if row is not None else 0,
        )
        if found:
            errors["starts_at"] = slots.clash_message(found)
    return errors, warnings


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
        raise NotFound(f"There is no session with number {session_id}.")
    return row


def create_session(db: Database, data: SessionInput, *, actor: User) -> SessionRecord:
    zone = clinic_zone(db)
    with db.begin() as s:
        require_for_status(s, actor, data.status)
        if clinical_input(data):
            require(s, actor, Permission.EDIT_CLINICAL)
        local_day = clock.local(data.starts_at, zone).date()
        data, mark_errors = injection_map.resolve(s, data, None)
        errors, warnings = _validate(s, data, local_day, zone)
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
        require(s, actor, Permission.BOOK)
        row = _session_row(s, session_id)
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
        errors, warnings = _validate(s, data, local_day, zone, row=row)
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
                "checklist": "Open the session and complete the pre-procedure checklist "
                "before marking it done."
            }
        )
    problems = _done_problems(
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


def get_session(db: Database, session_id: int) -> SessionRecord:
    zone = clinic_zone(db)
    with db.read() as s:
        row = _session_row(s, session_id)
        return records(s, [row], zone, [])[0]

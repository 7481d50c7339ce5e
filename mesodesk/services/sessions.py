"""Treatment sessions: recording, amending (always audited) and listing."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Float, String, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from mesodesk.domain import checklist as checklist_rules
from mesodesk.domain.enums import SessionStatus, Technique
from mesodesk.services import audit, safety
from mesodesk.services.dto import (
    ClinicOverview,
    SessionInput,
    SessionRecord,
    SessionSummary,
    TreatmentInput,
    TreatmentRecord,
)
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.products import lot_state
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    DocumentTemplate,
    Patient,
    Practitioner,
    Product,
    ProductLot,
    SessionTreatment,
    SolutionType,
    TreatmentArea,
    TreatmentSession,
)


def to_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """Naive UTC for storage; a naive ``moment`` is the clinic's wall-clock time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_utc(stored: datetime, zone: ZoneInfo) -> datetime:
    return stored.replace(tzinfo=UTC).astimezone(zone)


def _validate(
    s: Session,
    data: SessionInput,
    local_day: date,
    *,
    was_done: bool = False,
    current_checklist: dict[str, Any] | None = None,
) -> tuple[dict[str, str], list[str]]:
    errors: dict[str, str] = {}
    warnings: list[str] = []
    if s.get(Patient, data.patient_id) is None:
        errors["patient_id"] = "Choose a patient."
    if data.status not in set(SessionStatus):
        errors["status"] = f"Unknown status {data.status!r}."
    if not 5 <= data.duration_minutes <= 480:
        errors["duration_minutes"] = "The duration must be between 5 and 480 minutes."
    if data.practitioner_id is not None and s.get(Practitioner, data.practitioner_id) is None:
        errors["practitioner_id"] = "Unknown practitioner."
    if data.consent_template_id is not None:
        consent = s.get(DocumentTemplate, data.consent_template_id)
        if consent is None or consent.kind != "consent":
            errors["consent"] = "Unknown consent text version."
    if data.status == SessionStatus.DONE and not was_done:
        # Required when a session becomes done; older records can still be corrected.
        errors.update(checklist_rules.problems(data.checklist or current_checklist))
    for index, line in enumerate(data.treatments, start=1):
        prefix = f"treatments[{index}]"
        if s.get(TreatmentArea, line.area_id) is None:
            errors[f"{prefix}.area"] = f"Line {index}: choose the treated area."
        if line.technique is not None and line.technique not in set(Technique):
            errors[f"{prefix}.technique"] = f"Line {index}: unknown technique."
        if line.volume_ml is not None and not Decimal(0) <= line.volume_ml <= Decimal(100):
            errors[f"{prefix}.volume"] = f"Line {index}: the volume must be 0-100 ml."
        if line.depth_mm is not None and not Decimal(0) <= line.depth_mm <= Decimal(20):
            errors[f"{prefix}.depth"] = f"Line {index}: the depth must be 0-20 mm."
        if line.needle_gauge is not None and not 18 <= line.needle_gauge <= 34:
            errors[f"{prefix}.gauge"] = f"Line {index}: the needle gauge must be 18G-34G."
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


def _snapshot(row: TreatmentSession) -> dict[str, object]:
    data = audit.snapshot(row)
    data["treatments"] = [audit.snapshot(t) for t in row.treatments]
    for t in data["treatments"]:
        t.pop("id", None)
        t.pop("session_id", None)
    return data


def audit_session(
    s: Session,
    row: TreatmentSession,
    *,
    actor: str,
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
        after=_snapshot(row),
    )


def _screen(
    s: Session,
    row: TreatmentSession,
    data: SessionInput,
    zone: ZoneInfo,
    errors: dict[str, str],
    *,
    actor: str,
) -> None:
    """Screen the treatment, store the findings, and refuse "done" over an unexplained block."""
    when = to_utc(data.starts_at, zone)
    findings = safety.screen_in(s, data.patient_id, when, data.treatments)
    blocks = safety.blocking(findings)
    reason = data.override_reason.strip()
    if data.status == SessionStatus.DONE and blocks:
        if not reason:
            errors["override"] = (
                "Screening blocks this treatment: "
                + " ".join(f.message for f in blocks)
                + " To go ahead, a practitioner must record the reason."
            )
        elif data.practitioner_id is None:
            errors["override"] = "Choose the practitioner who takes responsibility for going ahead."
    if errors:
        return
    row.screening_findings = safety.findings_json(findings)
    if not blocks or not reason:
        reason = "" if not blocks else row.override_reason
    if reason != row.override_reason:
        row.override_reason = reason
        row.override_by = actor if reason else ""
        row.override_at = audit.utcnow() if reason else None


def create_session(db: Database, data: SessionInput, *, actor: str) -> SessionRecord:
    zone = clinic_zone(db)
    with db.begin() as s:
        local_day = (
            data.starts_at if data.starts_at.tzinfo is None else data.starts_at.astimezone(zone)
        ).date()
        errors, warnings = _validate(s, data, local_day)
        now = audit.utcnow()
        row = TreatmentSession(created_at=now, updated_at=now, override_reason="")
        _screen(s, row, data, zone, errors, actor=actor)
        if errors:
            raise ValidationFailed(errors)
        s.add(row)
        _apply(s, row, data, zone)
        audit_session(s, row, actor=actor, action="create")
        return _records(s, [row], zone, warnings)[0]


def update_session(
    db: Database, session_id: int, data: SessionInput, *, actor: str, reason: str = ""
) -> SessionRecord:
    """Amend a session. A done session keeps its history: the audit holds every version."""
    zone = clinic_zone(db)
    with db.begin() as s:
        row = s.get(TreatmentSession, session_id)
        if row is None:
            raise NotFound(f"There is no session with number {session_id}.")
        local_day = (
            data.starts_at if data.starts_at.tzinfo is None else data.starts_at.astimezone(zone)
        ).date()
        errors, warnings = _validate(
            s,
            data,
            local_day,
            was_done=row.status == SessionStatus.DONE,
            current_checklist=row.checklist,
        )
        before = _snapshot(row)
        _screen(s, row, data, zone, errors, actor=actor)
        if errors:
            raise ValidationFailed(errors)
        _apply(s, row, data, zone)
        s.flush()
        after = _snapshot(row)
        if {k: v for k, v in before.items() if k != "updated_at"} != {
            k: v for k, v in after.items() if k != "updated_at"
        }:
            row.updated_at = audit.utcnow()
            after = _snapshot(row)
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
        return _records(s, [row], zone, warnings)[0]


def set_status(
    db: Database, session_id: int, status: SessionStatus, *, actor: str, reason: str = ""
) -> SessionRecord:
    zone = clinic_zone(db)
    with db.begin() as s:
        row = s.get(TreatmentSession, session_id)
        if row is None:
            raise NotFound(f"There is no session with number {session_id}.")
        if status == SessionStatus.DONE and row.status != SessionStatus.DONE:
            problems = checklist_rules.problems(row.checklist)
            if problems:
                raise ValidationFailed(
                    {
                        "checklist": "Open the session and complete the pre-procedure checklist "
                        "before marking it done."
                    }
                )
            lines = [safety._as_input(t) for t in row.treatments]
            blocks = safety.blocking(safety.screen_in(s, row.patient_id, row.starts_at, lines))
            if blocks and not row.override_reason:
                raise ValidationFailed(
                    {
                        "override": "Screening blocks this treatment ("
                        + "; ".join(f.title for f in blocks)
                        + "). Open the session to record the practitioner's reason."
                    }
                )
        before = _snapshot(row)
        row.status = str(status)
        row.status_reason = reason.strip()
        row.updated_at = audit.utcnow()
        audit_session(s, row, actor=actor, action="update", before=before)
        return _records(s, [row], zone, [])[0]


def get_session(db: Database, session_id: int) -> SessionRecord:
    zone = clinic_zone(db)
    with db.read() as s:
        row = s.get(TreatmentSession, session_id)
        if row is None:
            raise NotFound(f"There is no session with number {session_id}.")
        return _records(s, [row], zone, [])[0]


def _records(
    s: Session, rows: Sequence[TreatmentSession], zone: ZoneInfo, warnings: list[str]
) -> list[SessionRecord]:
    ids = [r.id for r in rows]
    lines = treatment_lines(s, ids)
    names = _patient_names(s, {r.patient_id for r in rows})
    practitioners = _practitioner_names(s)
    return [
        SessionRecord(
            id=r.id,
            patient_id=r.patient_id,
            patient_name=names.get(r.patient_id, ""),
            starts_at=from_utc(r.starts_at, zone),
            duration_minutes=r.duration_minutes,
            practitioner_id=r.practitioner_id,
            practitioner_name=practitioners.get(r.practitioner_id or 0, ""),
            status=r.status,
            status_reason=r.status_reason,
            course_id=r.course_id,
            anaesthetic_used=r.anaesthetic_used,
            anaesthetic_product=r.anaesthetic_product,
            immediate_reactions=tuple(r.immediate_reactions or ()),
            notes=r.notes,
            treatments=tuple(lines.get(r.id, ())),
            warnings=tuple(warnings),
            checklist=r.checklist,
            consent_template_id=r.consent_template_id,
            consented_at=from_utc(r.consented_at, zone) if r.consented_at else None,
            findings=safety.findings_from_json(r.screening_findings),
            override_reason=r.override_reason,
            override_by=r.override_by,
            override_at=from_utc(r.override_at, zone) if r.override_at else None,
            missing=safety.missing(
                r.status,
                [t.product_lot_id for t in lines.get(r.id, ())],
                r.consent_template_id,
                r.checklist,
            ),
        )
        for r in rows
    ]


def treatment_lines(s: Session, session_ids: Iterable[int]) -> dict[int, list[TreatmentRecord]]:
    ids = list(session_ids)
    result: dict[int, list[TreatmentRecord]] = defaultdict(list)
    if not ids:
        return result
    query = (
        select(
            SessionTreatment,
            TreatmentArea.name,
            SolutionType.name,
            Product.name,
            ProductLot.lot_number,
            ProductLot.expiry_date,
        )
        .join(TreatmentArea, SessionTreatment.area_id == TreatmentArea.id)
        .outerjoin(SolutionType, SessionTreatment.solution_type_id == SolutionType.id)
        .outerjoin(Product, SessionTreatment.product_id == Product.id)
        .outerjoin(ProductLot, SessionTreatment.product_lot_id == ProductLot.id)
        .order_by(SessionTreatment.session_id, SessionTreatment.position)
    )
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for t, area, st_name, product, lot, expiry in s.execute(
            query.where(SessionTreatment.session_id.in_(chunk))
        ):
            result[t.session_id].append(
                TreatmentRecord(
                    id=t.id,
                    area_id=t.area_id,
                    area_name=area,
                    solution_type_id=t.solution_type_id,
                    solution_type_name=st_name or "",
                    product_id=t.product_id,
                    product_name=product or "",
                    product_lot_id=t.product_lot_id,
                    lot_number=lot or "",
                    lot_expiry=expiry,
                    volume_ml=t.volume_ml,
                    technique=t.technique,
                    depth_mm=t.depth_mm,
                    needle_gauge=t.needle_gauge,
                )
            )
    return result


def _patient_names(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = s.execute(
        select(Patient.id, Patient.given_name, Patient.family_name).where(Patient.id.in_(ids))
    )
    return {r.id: f"{r.given_name} {r.family_name}" for r in rows}


def _practitioner_names(s: Session) -> dict[int, str]:
    return {
        r.id: r.display_name for r in s.execute(select(Practitioner.id, Practitioner.display_name))
    }


def _summaries(
    s: Session, rows: Sequence[Any], zone: ZoneInfo, same_ids: Any = None
) -> list[SessionSummary]:
    """Summaries from rows of ``_SUMMARY_COLUMNS``: one more query for all their treatments,
    read as plain tuples (a chart can hold 500 sessions and 1,500 treatment lines).

    ``same_ids``, a select of the ids of ``rows``, lets that query filter with a subquery
    instead of binding every id.
    """
    lines = _summary_lines(s, [r.id for r in rows], same_ids)
    names = _patient_names(s, {r.patient_id for r in rows})
    practitioners = _practitioner_names(s)
    nothing: tuple[str, str, Decimal, bool] = ("", "", Decimal(0), False)
    done = SessionStatus.DONE
    out = []
    for (
        session_id,
        patient_id,
        starts_at,
        status,
        practitioner_id,
        duration_minutes,
        course_id,
        checklist_text,
        consent_template_id,
        override_reason,
    ) in rows:
        areas, products, volume, lots_complete = lines.get(session_id, nothing)
        out.append(
            SessionSummary(
                session_id,
                patient_id,
                names.get(patient_id, ""),
                from_utc(starts_at, zone),
                status,
                practitioners.get(practitioner_id or 0, ""),
                areas,
                products,
                volume,
                (
                    safety.missing_parts(
                        lots_complete=lots_complete,
                        has_consent=consent_template_id is not None,
                        checklist_complete=_checklist_complete(checklist_text),
                    )
                    if status == done
                    else ()
                ),
                bool(override_reason),
                practitioner_id,
                duration_minutes,
                course_id,
            )
        )
    return out


def _summary_lines(
    s: Session, session_ids: Sequence[int], same_ids: Any = None
) -> dict[int, tuple[str, str, Decimal, bool]]:
    """Per session: its areas, its products (or solution types), total volume, and whether
    every line has a lot; each list in treatment order without repeats."""
    if not session_ids:
        return {}
    query = (
        select(
            SessionTreatment.session_id,
            TreatmentArea.name,
            func.coalesce(Product.name, SolutionType.name, ""),
            type_coerce(SessionTreatment.volume_ml, Float),
            SessionTreatment.product_lot_id,
        )
        .join(TreatmentArea, SessionTreatment.area_id == TreatmentArea.id)
        .outerjoin(SolutionType, SessionTreatment.solution_type_id == SolutionType.id)
        .outerjoin(Product, SessionTreatment.product_id == Product.id)
        .order_by(SessionTreatment.session_id, SessionTreatment.position)
    )
    grouped: dict[int, tuple[dict[str, None], dict[str, None], list[float], list[bool]]] = {}
    if same_ids is not None:
        queries = [query.where(SessionTreatment.session_id.in_(same_ids))]
    else:
        queries = [
            query.where(SessionTreatment.session_id.in_(session_ids[start : start + 500]))
            for start in range(0, len(session_ids), 500)
        ]
    for chunk_query in queries:
        for session_id, area, product, volume, lot_id in s.execute(chunk_query):
            entry = grouped.get(session_id)
            if entry is None:
                entry = grouped[session_id] = ({}, {}, [], [])
            entry[0][area] = None
            if product:
                entry[1][product] = None
            if volume is not None:
                entry[2].append(volume)
            entry[3].append(lot_id is not None)
    # Volumes have two decimal places (Numeric(7, 2)): summed as floats, then rounded back to
    # those places, which is exact for any realistic number of lines and skips a Decimal per row.
    return {
        session_id: (
            ", ".join(areas),
            ", ".join(products),
            _volume(sum(volumes)) if volumes else Decimal(0),
            all(lots),
        )
        for session_id, (areas, products, volumes, lots) in grouped.items()
    }


def _volume(total: float) -> Decimal:
    return Decimal(f"{total:.2f}")


@lru_cache(maxsize=64)
def _checklist_complete(text: str | None) -> bool:
    """Whether a stored checklist (its JSON text) is complete; a few distinct texts repeat
    across thousands of sessions, so each is parsed once."""
    if not text:
        return False
    try:
        value = json.loads(text)
    except ValueError:
        return False
    return isinstance(value, dict) and not checklist_rules.problems(value)


_SUMMARY_COLUMNS = (
    TreatmentSession.id,
    TreatmentSession.patient_id,
    TreatmentSession.starts_at,
    TreatmentSession.status,
    TreatmentSession.practitioner_id,
    TreatmentSession.duration_minutes,
    TreatmentSession.course_id,
    cast(TreatmentSession.checklist, String).label("checklist_text"),
    TreatmentSession.consent_template_id,
    TreatmentSession.override_reason,
)
"""What a session list shows: plain columns, never full ORM rows (a chart can hold 500).
The checklist is read as its JSON text, parsed once per distinct text."""


def sessions_for_patient(db: Database, patient_id: int) -> list[SessionSummary]:
    """All sessions of a patient, newest first (two queries, whatever the count)."""
    zone = clinic_zone(db)
    where = TreatmentSession.patient_id == patient_id
    with db.read() as s:
        rows = s.execute(
            select(*_SUMMARY_COLUMNS)
            .where(where)
            .order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc())
        ).all()
        return _summaries(s, rows, zone, select(TreatmentSession.id).where(where))


def sessions_between(db: Database, start: datetime, end: datetime) -> list[SessionSummary]:
    """Sessions starting in [start, end) (aware datetimes), in time order."""
    zone = clinic_zone(db)
    where = (
        TreatmentSession.starts_at >= to_utc(start, zone),
        TreatmentSession.starts_at < to_utc(end, zone),
    )
    with db.read() as s:
        rows = s.execute(
            select(*_SUMMARY_COLUMNS)
            .where(*where)
            .order_by(TreatmentSession.starts_at, TreatmentSession.id)
        ).all()
        return _summaries(s, rows, zone, select(TreatmentSession.id).where(*where))


def sessions_on(db: Database, day: date) -> list[SessionSummary]:
    zone = clinic_zone(db)
    start = datetime.combine(day, time.min, tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)
    return sessions_between(db, start, end)


def overview(db: Database, *, recent: int = 20) -> ClinicOverview:
    """The figures the start page shows: patient counts and the latest sessions."""
    zone = clinic_zone(db)
    with db.read() as s:
        active = (
            s.scalar(select(func.count()).select_from(Patient).where(Patient.archived_at.is_(None)))
            or 0
        )
        archived = (
            s.scalar(
                select(func.count()).select_from(Patient).where(Patient.archived_at.is_not(None))
            )
            or 0
        )
        sessions = s.scalar(select(func.count()).select_from(TreatmentSession)) or 0
        now = to_utc(datetime.now(UTC), zone)
        rows = s.execute(
            select(*_SUMMARY_COLUMNS)
            .where(TreatmentSession.starts_at <= now)
            .order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc())
            .limit(recent)
        ).all()
        return ClinicOverview(
            int(active), int(archived), int(sessions), tuple(_summaries(s, rows, zone))
        )

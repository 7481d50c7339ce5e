"""Reading sessions: full records, treatment lines, summaries for lists, the overview."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Float, String, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from mesodesk.domain import checklist as checklist_rules
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.clock import from_utc, to_utc, utcnow
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import safety
from mesodesk.services.access import require
from mesodesk.services.dto import (
    ClinicOverview,
    SessionRecord,
    SessionSummary,
    TreatmentRecord,
)
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    Patient,
    Practitioner,
    Product,
    ProductLot,
    SessionTreatment,
    SolutionType,
    TreatmentArea,
    TreatmentSession,
)


def records(
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
            version=r.version,
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
                override_reason or "",
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


def sessions_for_patient(db: Database, patient_id: int, *, actor: User) -> list[SessionSummary]:
    """All sessions of a patient, newest first (two queries, whatever the count)."""
    zone = clinic_zone(db)
    where = TreatmentSession.patient_id == patient_id
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        rows = s.execute(
            select(*_SUMMARY_COLUMNS)
            .where(where)
            .order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc())
        ).all()
        return _summaries(s, rows, zone, select(TreatmentSession.id).where(where))


def sessions_between(
    db: Database, start: datetime, end: datetime, *, actor: User
) -> list[SessionSummary]:
    """Sessions starting in [start, end) (aware datetimes), in time order."""
    zone = clinic_zone(db)
    where = (
        TreatmentSession.starts_at >= to_utc(start, zone),
        TreatmentSession.starts_at < to_utc(end, zone),
    )
    with db.read() as s:
        require(s, actor, Permission.VIEW_PATIENTS)
        rows = s.execute(
            select(*_SUMMARY_COLUMNS)
            .where(*where)
            .order_by(TreatmentSession.starts_at, TreatmentSession.id)
        ).all()
        return _summaries(s, rows, zone, select(TreatmentSession.id).where(*where))


def sessions_on(db: Database, day: date, *, actor: User) -> list[SessionSummary]:
    zone = clinic_zone(db)
    start = datetime.combine(day, time.min, tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)
    return sessions_between(db, start, end, actor=actor)


def overview(db: Database, *, recent: int = 20, actor: User) -> ClinicOverview:
    """The figures the start page shows: patient counts and the latest sessions."""
    zone = clinic_zone(db)
    with db.read() as s:
        require(s, actor, Permission.VIEW_PATIENTS)
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
        sessions = (  # recorded = took place; planned and missed ones are not a record yet
            s.scalar(
                select(func.count())
                .select_from(TreatmentSession)
                .where(TreatmentSession.status == SessionStatus.DONE.value)
            )
            or 0
        )
        now = utcnow()
        rows = s.execute(
            select(*_SUMMARY_COLUMNS)
            .where(TreatmentSession.starts_at <= now)
            .order_by(TreatmentSession.starts_at.desc(), TreatmentSession.id.desc())
            .limit(recent)
        ).all()
        return ClinicOverview(
            int(active), int(archived), int(sessions), tuple(_summaries(s, rows, zone))
        )

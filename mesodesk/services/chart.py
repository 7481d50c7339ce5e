"""Read-only services for the patient chart: one snapshot on opening, courses, session history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.enums import SessionStatus, Technique
from mesodesk.domain.session_rules import Alert, alert_badges
from mesodesk.services import audit, patients, safety, sessions
from mesodesk.services.access import require
from mesodesk.services.dto import (
    AuditRecord,
    FindingRecord,
    PatientRecord,
    ProfileRecord,
    SessionSummary,
)
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    AdverseEvent,
    Course,
    Practitioner,
    Product,
    ProductLot,
    SideEffect,
    SolutionType,
    TreatmentArea,
    TreatmentSession,
)

_BOOKED = (SessionStatus.PLANNED, SessionStatus.ARRIVED)
_MISSED = (SessionStatus.NO_SHOW, SessionStatus.CANCELLED)
_IGNORED_FIELDS = frozenset({"id", "created_at", "updated_at", "amendment_reason"})
"""Bookkeeping columns that every amendment touches and that say nothing to the reader."""

_FIELD_ORDER = (
    "starts_at",
    "duration_minutes",
    "practitioner_id",
    "status",
    "status_reason",
    "course_id",
    "treatments",
    "anaesthetic_used",
    "anaesthetic_product",
    "immediate_reactions",
    "notes",
    "patient_id",
)
"""The order a reader goes through a session, as the session editor lays it out."""

MomentFormat = Callable[[datetime], str]


@dataclass(frozen=True, slots=True)
class CourseSummary:
    """One course of a patient, with how many of its sessions are done, booked or missed."""

    id: int
    title: str
    solution_type_name: str
    planned_sessions: int
    """The number of sessions the course aims for."""
    done_count: int
    planned_count: int
    """Sessions linked to the course that are booked (planned or arrived) but not done."""
    missed_count: int
    """Sessions linked to the course that were cancelled or not attended."""
    status: str
    start_date: date
    archived: bool


@dataclass(frozen=True, slots=True)
class AdverseEventRecord:
    id: int
    session_id: int
    side_effect_code: str
    side_effect_name: str
    """The catalog name, or the code when the catalog no longer knows it."""
    onset_date: date
    severity: str
    description: str
    action_taken: str
    follow_up_date: date | None
    outcome: str
    resolved_date: date | None
    reported_to_authority: bool | None

    @property
    def resolved(self) -> bool:
        return self.resolved_date is not None


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a session that an audited change set, with readable values."""

    field: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class SessionVersion:
    """One audit entry of a session and what it changed, names resolved for reading."""

    record: AuditRecord
    occurred_at: datetime
    """When the change was saved, in the clinic's time zone."""
    changes: tuple[FieldChange, ...]
    reason: str
    """The amendment reason the practitioner gave, if any."""


@dataclass(frozen=True, slots=True)
class ChartData:
    """Everything the chart shows on opening, read in one transaction (one snapshot)."""

    patient: PatientRecord
    profile: ProfileRecord | None
    """The current medical profile (the newest of ``profile_history``), or None."""
    profile_history: tuple[ProfileRecord, ...]
    """Every recorded profile, newest first."""
    alerts: tuple[Alert, ...]
    """The header's badges for ``profile``, most serious first (``alert_badges``)."""
    findings: tuple[FindingRecord, ...]
    """Screening of the next planned treatment (or of none in particular)."""
    sessions: tuple[SessionSummary, ...]
    """Newest first."""
    course_count: int
    adverse_events: tuple[AdverseEventRecord, ...]
    """Most recent onset first."""
    zone: ZoneInfo
    """The clinic's time zone, for stored (naive UTC) times such as ``recorded_at``."""
    area_names: Mapping[str, str]
    """Names of the treatment areas the profiles mention (skin conditions), by code."""


def chart_data(db: Database, patient_id: int, *, actor: User) -> ChartData:
    """The patient, profiles, alerts, screening, sessions, course count and adverse events,
    all read inside one ``db.snapshot()`` so that what the chart shows is consistent.

    The view is then audited ("who looked at whom, when") in a short write transaction of
    its own (a read snapshot cannot write once another desk has); the chart is returned
    only once its view is on record. Raises ``NotFound`` when there is no such patient,
    ``PermissionDenied`` for a role that may not see medical records.
    """
    with db.snapshot() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        patient = patients.get_patient(db, patient_id, actor=actor)
        history = tuple(patients.profile_history(db, patient_id, actor=actor))
        profile = history[0] if history else None
        data = ChartData(
            patient=patient,
            profile=profile,
            profile_history=history,
            alerts=tuple(alert_badges(profile)),
            findings=tuple(safety.patient_findings(db, patient_id, actor=actor)),
            sessions=tuple(sessions.sessions_for_patient(db, patient_id, actor=actor)),
            course_count=course_count(db, patient_id, actor=actor),
            adverse_events=tuple(adverse_events_for_patient(db, patient_id, actor=actor)),
            zone=clinic_zone(db),
            area_names=_area_names(s, history),
        )
    audit.record_alone(db, actor=actor, action="view", entity="patient", entity_id=patient_id)
    return data


def _area_names(s: Session, profiles: Iterable[ProfileRecord]) -> dict[str, str]:
    codes = {code for p in profiles for code in p.skin_condition_areas}
    if not codes:
        return {}
    query = select(TreatmentArea.code, TreatmentArea.name).where(TreatmentArea.code.in_(codes))
    return {str(code): str(name) for code, name in s.execute(query)}


def course_count(db: Database, patient_id: int, *, actor: User) -> int:
    """How many courses the patient has (the chart's tab title; the cards load on view)."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        return int(
            s.scalar(
                select(func.count()).select_from(Course).where(Course.patient_id == patient_id)
            )
            or 0
        )


def courses_for_patient(db: Database, patient_id: int, *, actor: User) -> list[CourseSummary]:
    """The patient's courses, newest start first (two queries, whatever the count)."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        rows = s.execute(
            select(Course, SolutionType.name)
            .outerjoin(SolutionType, Course.solution_type_id == SolutionType.id)
            .where(Course.patient_id == patient_id)
            .order_by(Course.start_date.desc(), Course.id.desc())
        ).all()
        counts: dict[int, dict[str, int]] = defaultdict(dict)
        if rows:
            for course_id, status, number in s.execute(
                select(TreatmentSession.course_id, TreatmentSession.status, func.count())
                .where(
                    TreatmentSession.patient_id == patient_id,
                    TreatmentSession.course_id.is_not(None),
                )
                .group_by(TreatmentSession.course_id, TreatmentSession.status)
            ):
                if course_id is not None:
                    counts[course_id][status] = int(number)
        result = []
        for course, type_name in rows:
            by_status = counts.get(course.id, {})
            result.append(
                CourseSummary(
                    id=course.id,
                    title=course.title,
                    solution_type_name=type_name or "",
                    planned_sessions=course.planned_sessions,
                    done_count=by_status.get(SessionStatus.DONE, 0),
                    planned_count=sum(by_status.get(st, 0) for st in _BOOKED),
                    missed_count=sum(by_status.get(st, 0) for st in _MISSED),
                    status=course.status,
                    start_date=course.start_date,
                    archived=course.archived_at is not None,
                )
            )
        return result


def adverse_events_for_patient(
    db: Database, patient_id: int, *, actor: User
) -> list[AdverseEventRecord]:
    """The patient's adverse events, most recent onset first (one query)."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        rows = s.execute(
            select(AdverseEvent, SideEffect.name)
            .outerjoin(SideEffect, AdverseEvent.side_effect_code == SideEffect.code)
            .where(AdverseEvent.patient_id == patient_id)
            .order_by(AdverseEvent.onset_date.desc(), AdverseEvent.id.desc())
        ).all()
        return [adverse_event_record(e, name) for e, name in rows]


def adverse_event_record(event: AdverseEvent, side_effect_name: str | None) -> AdverseEventRecord:
    """The record of a stored event (its side effect named, or shown by code if unknown)."""
    return AdverseEventRecord(
        id=event.id,
        session_id=event.session_id,
        side_effect_code=event.side_effect_code,
        side_effect_name=side_effect_name or event.side_effect_code,
        onset_date=event.onset_date,
        severity=event.severity,
        description=event.description,
        action_taken=event.action_taken,
        follow_up_date=event.follow_up_date,
        outcome=event.outcome,
        resolved_date=event.resolved_date,
        reported_to_authority=event.reported_to_authority,
    )


def session_history(db: Database, session_id: int, *, actor: User) -> list[AuditRecord]:
    """Every audit entry of one session, oldest first."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        return [_audit_record(e) for e in audit.history(s, "session", session_id)]


def session_versions(
    db: Database,
    session_id: int,
    *,
    actor: User,
    format_moment: MomentFormat | None = None,
) -> list[SessionVersion]:
    """The session's audit entries, oldest first, each with the fields it changed.

    Ids in the snapshots (practitioner, area, product, lot, solution type, reaction codes)
    are shown by name, looked up once for the whole history. The start time is shown in
    the clinic's zone through ``format_moment`` (ISO-like "YYYY-MM-DD HH:MM" by default).
    """
    zone = clinic_zone(db)

    def moment(value: Any) -> str:
        try:
            local = sessions.from_utc(datetime.fromisoformat(str(value)), zone)
        except ValueError:
            return _text(value)
        return format_moment(local) if format_moment else f"{local:%Y-%m-%d %H:%M}"

    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        records = [_audit_record(e) for e in audit.history(s, "session", session_id)]
        names = _Names.load(s, records, moment)
    return [
        SessionVersion(
            record=r,
            occurred_at=sessions.from_utc(r.occurred_at, zone),
            changes=tuple(_changes(r.before or {}, r.after or {}, names)),
            reason=str((r.after or {}).get("amendment_reason", "")),
        )
        for r in records
    ]


def _audit_record(e: Any) -> AuditRecord:
    return AuditRecord(
        id=e.id,
        occurred_at=e.occurred_at,
        actor=e.actor,
        action=e.action,
        entity=e.entity,
        entity_id=e.entity_id,
        before=e.before,
        after=e.after,
    )


@dataclass(frozen=True, slots=True)
class _Names:
    practitioners: Mapping[int, str]
    areas: Mapping[int, str]
    types: Mapping[int, str]
    products: Mapping[int, str]
    lots: Mapping[int, str]
    courses: Mapping[int, str]
    reactions: Mapping[str, str]
    moment: Callable[[Any], str]

    @classmethod
    def load(
        cls, s: Session, records: Iterable[AuditRecord], moment: Callable[[Any], str]
    ) -> _Names:
        wanted: dict[str, set[int]] = defaultdict(set)
        codes: set[str] = set()
        for r in records:
            for snap in (r.before, r.after):
                if not snap:
                    continue
                for key in ("practitioner_id", "course_id"):
                    if isinstance(snap.get(key), int):
                        wanted[key].add(snap[key])
                codes.update(str(c) for c in snap.get("immediate_reactions") or ())
                for line in snap.get("treatments") or ():
                    for key in ("area_id", "solution_type_id", "product_id", "product_lot_id"):
                        if isinstance(line.get(key), int):
                            wanted[key].add(line[key])

        def lookup(id_col: Any, name_col: Any, key: str) -> dict[int, str]:
            ids = wanted.get(key)
            if not ids:
                return {}
            return {
                int(i): str(n)
                for i, n in s.execute(select(id_col, name_col).where(id_col.in_(ids)))
            }

        return cls(
            practitioners=lookup(Practitioner.id, Practitioner.display_name, "practitioner_id"),
            areas=lookup(TreatmentArea.id, TreatmentArea.name, "area_id"),
            types=lookup(SolutionType.id, SolutionType.name, "solution_type_id"),
            products=lookup(Product.id, Product.name, "product_id"),
            lots=lookup(ProductLot.id, ProductLot.lot_number, "product_lot_id"),
            courses=lookup(Course.id, Course.title, "course_id"),
            reactions={
                str(c): str(n)
                for c, n in s.execute(
                    select(SideEffect.code, SideEffect.name).where(SideEffect.code.in_(codes))
                )
            }
            if codes
            else {},
            moment=moment,
        )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _line_text(line: Mapping[str, Any], names: _Names) -> str:
    """One treatment line as "Cheeks: HydraMeso 2% lot HA-1, 1.50 ml, nappage"."""
    area = names.areas.get(line.get("area_id") or 0, f"area {line.get('area_id')}")
    what = names.products.get(line.get("product_id") or 0) or names.types.get(
        line.get("solution_type_id") or 0, ""
    )
    lot = names.lots.get(line.get("product_lot_id") or 0)
    parts = [what + (f" lot {lot}" if lot else "")] if what or lot else []
    if line.get("volume_ml") is not None:
        parts.append(f"{line['volume_ml']} ml")
    if line.get("technique"):
        parts.append(_label(Technique, line["technique"]).lower())
    if line.get("depth_mm") is not None:
        parts.append(f"{line['depth_mm']} mm")
    if line.get("needle_gauge") is not None:
        parts.append(f"{line['needle_gauge']}G")
    return f"{area}: " + ", ".join(p.strip() for p in parts if p.strip())


def _label(enum: Any, value: Any) -> str:
    try:
        return str(enum(value).label)
    except ValueError:
        return _text(value)


def _field_text(key: str, value: Any, names: _Names) -> str:
    if key == "starts_at":
        return names.moment(value) if value else ""
    if key == "status":
        return _label(SessionStatus, value)
    if key == "immediate_reactions":
        return ", ".join(names.reactions.get(str(c), str(c)) for c in value or ())
    if key == "practitioner_id":
        return names.practitioners.get(value, "") if isinstance(value, int) else ""
    if key == "course_id":
        return names.courses.get(value, "") or f"#{value}" if isinstance(value, int) else ""
    if key == "treatments":
        return "\n".join(_line_text(line, names) for line in value or ())
    return _text(value)


def _changes(
    before: Mapping[str, Any], after: Mapping[str, Any], names: _Names
) -> list[FieldChange]:
    out = []
    rank = {key: n for n, key in enumerate(_FIELD_ORDER)}
    for key in sorted(after, key=lambda k: (rank.get(k, len(rank)), k)):
        if key in _IGNORED_FIELDS or (not before and key == "patient_id"):
            continue
        if before and before.get(key) == after.get(key):
            continue
        old = _field_text(key, before.get(key), names) if before else ""
        new = _field_text(key, after.get(key), names)
        if not before and not after.get(key):
            continue  # a new session: list only what was actually filled in
        out.append(FieldChange(field=key, before=old, after=new))
    return out

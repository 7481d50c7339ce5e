"""Gathering patients' whole records (profile history, sessions, courses, events, consents)
with a few batched queries per group of patients, for the record PDF and the exports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain import clock
from mesodesk.domain.enums import Technique
from mesodesk.domain.languages import split_key
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.record import (
    PatientRecord,
    RecordAdverseEvent,
    RecordConsent,
    RecordCourse,
    RecordLine,
    RecordMark,
    RecordPatient,
    RecordProfile,
    RecordSession,
)
from mesodesk.services.errors import NotFound
from mesodesk.services.injection_map import as_mark
from mesodesk.store.models import (
    AdverseEvent,
    Course,
    DocumentTemplate,
    MedicalProfile,
    Patient,
    Practitioner,
    Product,
    ProductLot,
    SessionTreatment,
    SideEffect,
    SolutionType,
    TreatmentArea,
    TreatmentSession,
)
from mesodesk.store.models_map import InjectionMark

CHUNK = 500
"""Ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits."""


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _technique(code: str | None) -> str:
    if not code:
        return ""
    try:
        return Technique(code).label
    except ValueError:
        return code


class Gatherer:
    """Reads records inside one caller's transaction; names of the small catalogues
    (practitioners, areas, side effects) are read once and reused for every batch."""

    def __init__(self, s: Session, zone: ZoneInfo) -> None:
        self.s = s
        self.zone = zone
        self.practitioners: dict[int, str] = {
            pid: name for pid, name in s.execute(select(Practitioner.id, Practitioner.display_name))
        }
        self.solution_names: dict[int, str] = {
            tid: name for tid, name in s.execute(select(SolutionType.id, SolutionType.name))
        }
        self.side_effects: dict[str, str] = {
            code: name for code, name in s.execute(select(SideEffect.code, SideEffect.name))
        }
        self.generated_at = clock.local_now(zone)

    def local(self, stored: datetime) -> datetime:
        return clock.from_utc(stored, self.zone)

    def one(self, patient_id: int) -> PatientRecord:
        records = list(self.many([patient_id]))
        if not records:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no patient with number {patient_id}."),
                    patient_id=patient_id,
                )
            )
        return records[0]

    def many(self, patient_ids: Sequence[int]) -> Iterator[PatientRecord]:
        """The records of ``patient_ids`` (those that exist), in the order given."""
        for ids in _chunks(patient_ids):
            yield from self._batch(ids)

    def _batch(self, ids: list[int]) -> Iterator[PatientRecord]:
        s = self.s
        patients = {p.id: p for p in s.scalars(select(Patient).where(Patient.id.in_(ids)))}
        profiles: dict[int, list[RecordProfile]] = defaultdict(list)
        for row in s.scalars(
            select(MedicalProfile)
            .where(MedicalProfile.patient_id.in_(ids))
            .order_by(MedicalProfile.patient_id, MedicalProfile.recorded_at.desc())
        ):
            profiles[row.patient_id].append(self._profile(row))
        courses: dict[int, list[RecordCourse]] = defaultdict(list)
        for course in s.scalars(
            select(Course).where(Course.patient_id.in_(ids)).order_by(Course.start_date, Course.id)
        ):
            courses[course.patient_id].append(self._course(course))
        events: dict[int, list[RecordAdverseEvent]] = defaultdict(list)
        for event in s.scalars(
            select(AdverseEvent)
            .where(AdverseEvent.patient_id.in_(ids))
            .order_by(AdverseEvent.onset_date, AdverseEvent.id)
        ):
            events[event.patient_id].append(self._event(event))
        sessions = self._sessions(ids)
        for pid in ids:
            patient = patients.get(pid)
            if patient is None:
                continue
            yield PatientRecord(
                patient=self._patient(patient),
                profiles=tuple(profiles.get(pid, ())),
                sessions=tuple(sessions.get(pid, ())),
                courses=tuple(courses.get(pid, ())),
                adverse_events=tuple(events.get(pid, ())),
                generated_at=self.generated_at,
            )

    def _sessions(self, patient_ids: list[int]) -> dict[int, list[RecordSession]]:
        s = self.s
        rows = list(
            s.scalars(
                select(TreatmentSession)
                .where(TreatmentSession.patient_id.in_(patient_ids))
                .order_by(TreatmentSession.patient_id, TreatmentSession.starts_at)
            )
        )
        lines = self._lines([r.id for r in rows])
        marks = self._marks([r.id for r in rows])
        template_ids = sorted({r.consent_template_id for r in rows if r.consent_template_id})
        templates: dict[int, DocumentTemplate] = {}
        for chunk in _chunks(template_ids):
            for t in s.scalars(select(DocumentTemplate).where(DocumentTemplate.id.in_(chunk))):
                templates[t.id] = t
        out: dict[int, list[RecordSession]] = defaultdict(list)
        for r in rows:
            template = templates.get(r.consent_template_id or 0)
            consent = None
            if template is not None:
                key, language = split_key(template.key)
                consent = RecordConsent(
                    session_id=r.id,
                    template_id=template.id,
                    key=key,
                    language=language,
                    version=template.version,
                    consented_at=self.local(r.consented_at) if r.consented_at else None,
                    paragraphs=tuple(template.body.get("paragraphs", [])),
                )
            out[r.patient_id].append(
                RecordSession(
                    id=r.id,
                    starts_at=self.local(r.starts_at),
                    duration_minutes=r.duration_minutes,
                    status=r.status,
                    status_reason=r.status_reason,
                    practitioner_id=r.practitioner_id,
                    practitioner=self.practitioners.get(r.practitioner_id or 0, ""),
                    course_id=r.course_id,
                    lines=tuple(lines.get(r.id, ())),
                    anaesthetic_used=r.anaesthetic_used,
                    anaesthetic_product=r.anaesthetic_product,
                    immediate_reactions=tuple(r.immediate_reactions or ()),
                    notes=r.notes,
                    consent=consent,
                    override_reason=r.override_reason,
                    override_by=r.override_by,
                    override_at=self.local(r.override_at) if r.override_at else None,
                    marks=tuple(marks.get(r.id, ())),
                )
            )
        return out

    def _lines(self, session_ids: list[int]) -> dict[int, list[RecordLine]]:
        query = (
            select(
                SessionTreatment,
                TreatmentArea.code,
                TreatmentArea.name,
                TreatmentArea.region,
                SolutionType.code,
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
        out: dict[int, list[RecordLine]] = defaultdict(list)
        for chunk in _chunks(session_ids):
            for t, a_code, a_name, region, st_code, st_name, product, lot, expiry in self.s.execute(
                query.where(SessionTreatment.session_id.in_(chunk))
            ):
                out[t.session_id].append(
                    RecordLine(
                        id=t.id,
                        area_code=a_code,
                        area=a_name,
                        region=region,
                        solution_type_code=st_code or "",
                        solution_type=st_name or "",
                        product_id=t.product_id,
                        product=product or "",
                        lot_id=t.product_lot_id,
                        lot_number=lot or "",
                        lot_expiry=expiry,
                        volume_ml=t.volume_ml,
                        technique=_technique(t.technique),
                        depth_mm=t.depth_mm,
                        needle_gauge=t.needle_gauge,
                    )
                )
        return out

    def _marks(self, session_ids: list[int]) -> dict[int, list[RecordMark]]:
        """The injection maps of ``session_ids``: one query per batch, not per session."""
        query = (
            select(
                InjectionMark,
                TreatmentArea.code,
                TreatmentArea.name,
                Product.name,
                ProductLot.lot_number,
            )
            .join(TreatmentArea, InjectionMark.area_id == TreatmentArea.id)
            .outerjoin(Product, InjectionMark.product_id == Product.id)
            .outerjoin(ProductLot, InjectionMark.product_lot_id == ProductLot.id)
            .order_by(InjectionMark.session_id, InjectionMark.position)
        )
        out: dict[int, list[RecordMark]] = defaultdict(list)
        for chunk in _chunks(session_ids):
            for row, a_code, a_name, product, lot in self.s.execute(
                query.where(InjectionMark.session_id.in_(chunk))
            ):
                mark = as_mark(row)
                out[row.session_id].append(
                    RecordMark(
                        diagram=mark.diagram,
                        kind=str(mark.kind),
                        points=mark.points,
                        area_code=a_code,
                        area=a_name,
                        side=str(mark.side),
                        product_id=mark.product_id,
                        product=product or "",
                        lot_id=mark.lot_id,
                        lot_number=lot or "",
                        volume=mark.volume,
                        unit=str(mark.unit),
                        depth_mm=mark.depth_mm,
                        technique=_technique(mark.technique),
                        needle_gauge=mark.needle_gauge,
                    )
                )
        return out

    def _patient(self, p: Patient) -> RecordPatient:
        return RecordPatient(
            id=p.id,
            given_name=p.given_name,
            family_name=p.family_name,
            date_of_birth=p.date_of_birth,
            sex=p.sex,
            phone=p.phone,
            email=p.email,
            address=p.address,
            notes=p.notes,
            language=p.language,
            created_at=self.local(p.created_at),
            archived_at=self.local(p.archived_at) if p.archived_at else None,
            archive_reason=p.archive_reason,
        )

    def _profile(self, p: MedicalProfile) -> RecordProfile:
        return RecordProfile(
            id=p.id,
            recorded_at=self.local(p.recorded_at),
            recorded_by=p.recorded_by,
            allergies_text=p.allergies_text,
            allergens=tuple(p.allergens or ()),
            medications_text=p.medications_text,
            on_blood_thinners=p.on_blood_thinners,
            autoimmune_disease=p.autoimmune_disease,
            autoimmune_notes=p.autoimmune_notes,
            keloid_tendency=p.keloid_tendency,
            skin_conditions_text=p.skin_conditions_text,
            skin_condition_areas=tuple(p.skin_condition_areas or ()),
            pregnant_or_breastfeeding=p.pregnant_or_breastfeeding,
            needle_anxiety=p.needle_anxiety,
            notes=p.notes,
        )

    def _course(self, c: Course) -> RecordCourse:
        return RecordCourse(
            id=c.id,
            title=c.title,
            solution_type=self.solution_names.get(c.solution_type_id or 0, ""),
            practitioner=self.practitioners.get(c.practitioner_id or 0, ""),
            indications=tuple(c.indications or ()),
            areas=tuple(c.areas or ()),
            planned_sessions=c.planned_sessions,
            interval_days=c.interval_days,
            start_date=c.start_date,
            status=c.status,
            notes=c.notes,
            archived=c.archived_at is not None,
        )

    def _event(self, e: AdverseEvent) -> RecordAdverseEvent:
        return RecordAdverseEvent(
            id=e.id,
            session_id=e.session_id,
            side_effect_code=e.side_effect_code,
            side_effect=self.side_effects.get(e.side_effect_code, e.side_effect_code),
            onset_date=e.onset_date,
            severity=e.severity,
            description=e.description,
            action_taken=e.action_taken,
            follow_up_date=e.follow_up_date,
            outcome=e.outcome,
            resolved_date=e.resolved_date,
            reported_to_authority=e.reported_to_authority,
        )


def patient_ids(s: Session) -> Iterator[list[int]]:
    """Every patient id (archived ones too: they are on record), in batches, ascending."""
    last = 0
    while True:
        ids = list(
            s.scalars(select(Patient.id).where(Patient.id > last).order_by(Patient.id).limit(CHUNK))
        )
        if not ids:
            return
        yield ids
        last = ids[-1]

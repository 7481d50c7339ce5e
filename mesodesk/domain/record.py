"""The patient's whole record as plain values: what the record PDF, the GDPR export and the
FHIR export are made from (one gatherer in the services, three writers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from mesodesk.domain.languages import stored_key


@dataclass(frozen=True, slots=True)
class RecordPatient:
    id: int
    given_name: str
    family_name: str
    date_of_birth: date | None
    sex: str | None
    phone: str
    email: str
    address: str
    notes: str
    language: str | None
    """Preferred language for patient sheets (en, fr, es, it, de), or None."""
    created_at: datetime
    archived_at: datetime | None
    archive_reason: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True, slots=True)
class RecordProfile:
    """One dated version of the medical profile."""

    id: int
    recorded_at: datetime
    """Aware, in the clinic's time zone (as every datetime of the record)."""
    recorded_by: str
    allergies_text: str
    allergens: tuple[str, ...]
    medications_text: str
    on_blood_thinners: bool
    autoimmune_disease: bool
    autoimmune_notes: str
    keloid_tendency: bool
    skin_conditions_text: str
    skin_condition_areas: tuple[str, ...]
    pregnant_or_breastfeeding: bool
    needle_anxiety: bool
    notes: str


@dataclass(frozen=True, slots=True)
class RecordLine:
    """One treated area of a session, with what was injected there and how."""

    id: int
    area_code: str
    area: str
    region: str
    solution_type_code: str
    solution_type: str
    product_id: int | None
    product: str
    lot_id: int | None
    lot_number: str
    lot_expiry: date | None
    volume_ml: Decimal | None
    technique: str
    """The technique's label ("Nappage"), or ""."""
    depth_mm: Decimal | None
    needle_gauge: int | None


@dataclass(frozen=True, slots=True)
class RecordMark:
    """One mark of a session's injection map: where on which diagram, and what went there."""

    diagram: str
    """The diagram's id (domain.injection_map: "face_front", "body_back" ...)."""
    kind: str
    """"point", "line" or "grid" (a zone covered by nappage)."""
    points: tuple[tuple[float, float], ...]
    """Relative to the diagram: 0..1 from its top left; a line's two ends, a grid's corners."""
    area_code: str
    area: str
    side: str
    """"right", "left" or "midline" (the patient's)."""
    product_id: int | None
    product: str
    lot_id: int | None
    lot_number: str
    volume: Decimal | None
    unit: str
    """"ml" or "units"."""
    depth_mm: Decimal | None
    technique: str
    """The technique's label ("Nappage"), or ""."""
    needle_gauge: int | None


@dataclass(frozen=True, slots=True)
class RecordConsent:
    """The consent text version a patient agreed to at a session."""

    session_id: int
    template_id: int
    key: str
    language: str
    version: int
    consented_at: datetime | None
    paragraphs: tuple[str, ...]

    @property
    def reference(self) -> str:
        """ "solution:prp v3", or "general@fr v2" for a text in another language."""
        return f"{stored_key(self.key, self.language)} v{self.version}"


@dataclass(frozen=True, slots=True)
class RecordSession:
    id: int
    starts_at: datetime
    duration_minutes: int
    status: str
    status_reason: str
    practitioner_id: int | None
    practitioner: str
    course_id: int | None
    lines: tuple[RecordLine, ...]
    anaesthetic_used: bool
    anaesthetic_product: str
    immediate_reactions: tuple[str, ...]
    notes: str
    consent: RecordConsent | None
    override_reason: str
    """Why the practitioner went ahead despite a blocking screening finding, or ""."""
    override_by: str
    override_at: datetime | None
    marks: tuple[RecordMark, ...] = ()
    """The injection map, in the order the marks were placed (numbered from 1)."""


@dataclass(frozen=True, slots=True)
class RecordCourse:
    id: int
    title: str
    solution_type: str
    practitioner: str
    indications: tuple[str, ...]
    areas: tuple[str, ...]
    planned_sessions: int
    interval_days: int
    start_date: date
    status: str
    notes: str
    archived: bool


@dataclass(frozen=True, slots=True)
class RecordAdverseEvent:
    id: int
    session_id: int
    side_effect_code: str
    side_effect: str
    onset_date: date
    severity: str
    description: str
    action_taken: str
    follow_up_date: date | None
    outcome: str
    resolved_date: date | None
    reported_to_authority: bool | None


@dataclass(frozen=True, slots=True)
class PatientRecord:
    """Everything the clinic holds about one patient, read in one snapshot."""

    patient: RecordPatient
    profiles: tuple[RecordProfile, ...]
    """Every version, newest first."""
    sessions: tuple[RecordSession, ...]
    """Oldest first."""
    courses: tuple[RecordCourse, ...]
    adverse_events: tuple[RecordAdverseEvent, ...]
    generated_at: datetime
    """Aware, in the clinic's time zone."""

    @property
    def consents(self) -> tuple[RecordConsent, ...]:
        return tuple(s.consent for s in self.sessions if s.consent is not None)

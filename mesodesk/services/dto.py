"""Frozen dataclasses that services return; the UI never sees live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from mesodesk.domain.injection_map import Mark


@dataclass(frozen=True, slots=True)
class CatalogItem:
    id: int
    code: str
    name: str
    group: str = ""
    """For areas, the region (face or body)."""


@dataclass(frozen=True, slots=True)
class PractitionerRecord:
    id: int
    display_name: str
    title: str
    archived: bool


@dataclass(frozen=True, slots=True)
class PatientRow:
    """What the patient list shows."""

    id: int
    family_name: str
    given_name: str
    date_of_birth: date | None
    phone: str
    archived: bool


@dataclass(frozen=True, slots=True)
class PatientInput:
    given_name: str
    family_name: str
    date_of_birth: date | None = None
    sex: str | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    language: str | None = None
    """Preferred language of the patient's sheets (en, fr, es, it, de); None: the clinic's."""


@dataclass(frozen=True, slots=True)
class PatientRecord:
    id: int
    given_name: str
    family_name: str
    date_of_birth: date | None
    sex: str | None
    phone: str
    email: str
    address: str
    notes: str
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    archive_reason: str
    version: int = 1
    """What an editor passes back when it saves (see ``services.conflicts``)."""
    language: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True, slots=True)
class ProfileInput:
    allergies_text: str = ""
    allergens: tuple[str, ...] = ()
    medications_text: str = ""
    on_blood_thinners: bool = False
    autoimmune_disease: bool = False
    autoimmune_notes: str = ""
    keloid_tendency: bool = False
    skin_conditions_text: str = ""
    skin_condition_areas: tuple[str, ...] = ()
    pregnant_or_breastfeeding: bool = False
    needle_anxiety: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ProfileRecord(ProfileInput):
    id: int = 0
    patient_id: int = 0
    recorded_at: datetime | None = None
    recorded_by: str = ""
    version: int = 0
    """The profile's place in the patient's history (1, 2 ...); 0 before the first."""


@dataclass(frozen=True, slots=True)
class ProductRecord:
    id: int
    name: str
    manufacturer: str
    solution_type_id: int
    solution_type_name: str
    ingredients: tuple[str, ...]
    notes: str
    archived: bool
    version: int = 1


@dataclass(frozen=True, slots=True)
class LotRecord:
    id: int
    product_id: int
    product_name: str
    lot_number: str
    expiry_date: date
    quantity: Decimal | None
    archived: bool
    version: int = 1


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """A screening finding as stored with a session and shown to the user."""

    rule_id: str
    level: str
    title: str
    message: str
    product_id: int | None = None
    area: str | None = None
    override_reason: str = ""
    """For a stop the practitioner went ahead despite: her reason for this stop."""

    @property
    def key(self) -> str:
        """Which stop this is: the rule, and the product or area it concerns."""
        return stop_key(self.rule_id, self.product_id, self.area)


def stop_key(rule_id: str, product_id: int | None, area: str | None) -> str:
    return f"{rule_id}|{product_id if product_id is not None else ''}|{area or ''}"


@dataclass(frozen=True, slots=True)
class TreatmentInput:
    area_id: int
    solution_type_id: int | None = None
    product_id: int | None = None
    product_lot_id: int | None = None
    volume_ml: Decimal | None = None
    technique: str | None = None
    depth_mm: Decimal | None = None
    needle_gauge: int | None = None


@dataclass(frozen=True, slots=True)
class SessionInput:
    patient_id: int
    starts_at: datetime
    """Time-zone aware; naive values are taken as the clinic's local time."""
    duration_minutes: int = 45
    practitioner_id: int | None = None
    status: str = "planned"
    status_reason: str = ""
    course_id: int | None = None
    anaesthetic_used: bool = False
    anaesthetic_product: str = ""
    immediate_reactions: tuple[str, ...] = ()
    notes: str = ""
    treatments: tuple[TreatmentInput, ...] = ()
    checklist: dict[str, dict[str, Any]] | None = None
    """Pre-procedure checklist {item_code: {"checked": bool, "note": str}}; see domain.checklist."""
    consent_template_id: int | None = None
    consented_at: datetime | None = None
    """Aware or naive-local time the patient consented; None with a version means "now"."""
    override_reason: str = ""
    """Why the practitioner goes ahead despite the one blocking finding (with several stops,
    each needs its own reason in ``override_reasons``)."""
    override_reasons: tuple[tuple[str, str], ...] = ()
    """(stop key, reason) for each blocking finding the practitioner goes ahead despite;
    the key is :attr:`FindingRecord.key`."""
    marks: tuple[Mark, ...] | None = None
    """The injection map's marks. When given and not empty, the treatment lines are derived
    from them (``treatments`` is ignored); ``()`` clears the map; ``None`` leaves the stored
    marks as they are (and the lines follow them when there are any)."""


@dataclass(frozen=True, slots=True)
class TreatmentRecord:
    id: int
    area_id: int
    area_name: str
    solution_type_id: int | None
    solution_type_name: str
    product_id: int | None
    product_name: str
    product_lot_id: int | None
    lot_number: str
    lot_expiry: date | None
    volume_ml: Decimal | None
    technique: str | None
    depth_mm: Decimal | None
    needle_gauge: int | None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: int
    patient_id: int
    patient_name: str
    starts_at: datetime
    """Time-zone aware, in the clinic's zone."""
    duration_minutes: int
    practitioner_id: int | None
    practitioner_name: str
    status: str
    status_reason: str
    course_id: int | None
    anaesthetic_used: bool
    anaesthetic_product: str
    immediate_reactions: tuple[str, ...]
    notes: str
    treatments: tuple[TreatmentRecord, ...] = ()
    warnings: tuple[str, ...] = ()
    checklist: dict[str, dict[str, Any]] | None = None
    consent_template_id: int | None = None
    consented_at: datetime | None = None
    findings: tuple[FindingRecord, ...] = ()
    """Screening findings stored when the session was last saved."""
    override_reason: str = ""
    override_by: str = ""
    override_at: datetime | None = None
    missing: tuple[str, ...] = ()
    """For a done session, what its record lacks: "lot numbers", "consent", "checklist"."""
    version: int = 1
    """What the session editor passes back when it saves (see ``services.conflicts``)."""

    @property
    def total_volume_ml(self) -> Decimal:
        return sum((t.volume_ml or Decimal(0) for t in self.treatments), Decimal(0))


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One row of a session list (chart, recent sessions, day list)."""

    id: int
    patient_id: int
    patient_name: str
    starts_at: datetime
    status: str
    practitioner_name: str
    areas: str
    products: str
    total_volume_ml: Decimal
    missing: tuple[str, ...] = ()
    """For a done session, what its record lacks ("lot numbers", "consent", "checklist")."""
    overridden: bool = False
    """A blocking screening finding was overridden with a recorded reason."""
    practitioner_id: int | None = None
    duration_minutes: int = 45
    course_id: int | None = None
    override_note: str = ""
    """Each stop gone ahead despite, with its reason ("Pregnancy …: reason; …")."""


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    occurred_at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class ClinicOverview:
    patients: int
    archived_patients: int
    sessions: int
    recent: tuple[SessionSummary, ...] = field(default_factory=tuple)

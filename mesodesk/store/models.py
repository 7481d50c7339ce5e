"""SQLAlchemy 2 typed models. Times are stored as naive UTC; dates are calendar dates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Setting(Base):
    """One clinic setting (JSON value), e.g. the clinic's name or time zone."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Practitioner(Base):
    __tablename__ = "practitioner"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)


class SolutionType(Base):
    __tablename__ = "solution_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    default_interval_days: Mapped[int] = mapped_column(Integer, default=14)
    default_sessions: Mapped[int] = mapped_column(Integer, default=6)
    maintenance_interval_days: Mapped[int] = mapped_column(Integer, default=120)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class TreatmentArea(Base):
    __tablename__ = "treatment_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    region: Mapped[str] = mapped_column(String(10))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Indication(Base):
    __tablename__ = "indication"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SideEffect(Base):
    __tablename__ = "side_effect"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    expected: Mapped[bool] = mapped_column(Boolean, default=False)
    rare: Mapped[bool] = mapped_column(Boolean, default=False)
    typical_duration: Mapped[str] = mapped_column(String(80), default="")
    patient_text: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    manufacturer: Mapped[str] = mapped_column(String(160), default="")
    solution_type_id: Mapped[int] = mapped_column(ForeignKey("solution_type.id"), index=True)
    ingredients: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    solution_type: Mapped[SolutionType] = relationship()
    lots: Mapped[list[ProductLot]] = relationship(back_populates="product")


class ProductLot(Base):
    __tablename__ = "product_lot"
    __table_args__ = (UniqueConstraint("product_id", "lot_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    lot_number: Mapped[str] = mapped_column(String(80), index=True)
    expiry_date: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    received_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    product: Mapped[Product] = relationship(back_populates="lots")


class Patient(Base):
    __tablename__ = "patient"
    __table_args__ = (
        Index("ix_patient_list", "archived_at", "sort_key", "id"),
        Index("ix_patient_sort", "sort_key", "id"),
        Index("ix_patient_dob", "date_of_birth"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(10))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(250))
    """Accent- and case-folded ``family given``: orders the list and finds duplicates."""
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    archive_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    language: Mapped[str | None] = mapped_column(String(5))
    """Preferred language of the patient's sheets (domain.languages), None: the clinic's."""


class PatientSearchTerm(Base):
    """The search index: one row per folded name word or phone number of a patient.

    A plain indexed table keeps prefix search portable (SQLite and PostgreSQL) and never
    scans the patient table: ``term >= 'mar' AND term < 'mas'`` is an index range.
    """

    __tablename__ = "patient_search_term"

    term: Mapped[str] = mapped_column(String(120), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), primary_key=True, index=True)


class PatientListPrefix(Base):
    """The active (not archived) patients under each short name prefix, in list order.

    One row per patient and distinct 1- to 3-character prefix of its name terms
    (``domain.search.list_prefixes``), keyed by ``(prefix, sort_key, patient_id)``: a short
    search such as "ma", which matches a large share of a million patients, reads its count
    and any page of rows from one ordered index range instead of sorting every match.
    Kept in step with the patient's name, sort key and archived state by the services.
    """

    __tablename__ = "patient_list_prefix"
    __table_args__ = {"sqlite_with_rowid": False}

    prefix: Mapped[str] = mapped_column(String(3), primary_key=True)
    sort_key: Mapped[str] = mapped_column(String(250), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), primary_key=True, index=True)


class PatientListPrefixCount(Base):
    """How many rows ``patient_list_prefix`` holds under each prefix: the count a short
    search shows is one row here instead of a count over its index range (70,000 entries
    for "mar" among a million patients). Changed in the same transaction as those rows.
    """

    __tablename__ = "patient_list_prefix_count"
    __table_args__ = {"sqlite_with_rowid": False}

    prefix: Mapped[str] = mapped_column(String(3), primary_key=True)
    patients: Mapped[int] = mapped_column(Integer)


class MedicalProfile(Base):
    """One dated version of a patient's medical profile; versions are never overwritten."""

    __tablename__ = "medical_profile"
    __table_args__ = (Index("ix_medical_profile_patient_time", "patient_id", "recorded_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    allergies_text: Mapped[str] = mapped_column(Text, default="")
    allergens: Mapped[list[str]] = mapped_column(JSON, default=list)
    medications_text: Mapped[str] = mapped_column(Text, default="")
    on_blood_thinners: Mapped[bool] = mapped_column(Boolean, default=False)
    autoimmune_disease: Mapped[bool] = mapped_column(Boolean, default=False)
    autoimmune_notes: Mapped[str] = mapped_column(Text, default="")
    keloid_tendency: Mapped[bool] = mapped_column(Boolean, default=False)
    skin_conditions_text: Mapped[str] = mapped_column(Text, default="")
    skin_condition_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    pregnant_or_breastfeeding: Mapped[bool] = mapped_column(Boolean, default=False)
    needle_anxiety: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, server_default="1")


class Course(Base):
    """A planned series of sessions for one patient."""

    __tablename__ = "course"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    title: Mapped[str] = mapped_column(String(160), default="")
    solution_type_id: Mapped[int | None] = mapped_column(ForeignKey("solution_type.id"))
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    indications: Mapped[list[str]] = mapped_column(JSON, default=list)
    areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    planned_sessions: Mapped[int] = mapped_column(Integer, default=6)
    interval_days: Mapped[int] = mapped_column(Integer, default=14)
    maintenance_interval_days: Mapped[int | None] = mapped_column(Integer)
    preferred_weekday: Mapped[int | None] = mapped_column(Integer)
    preferred_time: Mapped[str | None] = mapped_column(String(5))
    start_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class TreatmentSession(Base):
    """A treatment session (the issue's "Session"); ``starts_at`` is naive UTC."""

    __tablename__ = "treatment_session"
    __table_args__ = (
        Index("ix_treatment_session_patient_start", "patient_id", "starts_at"),
        Index("ix_treatment_session_start", "starts_at"),
        Index("ix_treatment_session_practitioner_start", "practitioner_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id"), index=True)
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=45)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    anaesthetic_used: Mapped[bool] = mapped_column(Boolean, default=False)
    anaesthetic_product: Mapped[str] = mapped_column(String(160), default="")
    immediate_reactions: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    checklist: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    """Pre-procedure checklist: {item_code: {"checked": bool, "note": str}}, or None."""
    consent_template_id: Mapped[int | None] = mapped_column(ForeignKey("document_template.id"))
    """The consent text version the patient agreed to."""
    consented_at: Mapped[datetime | None] = mapped_column(DateTime)
    screening_findings: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON(none_as_null=True))
    """The findings shown when the session was last saved (rule id, level, message)."""
    override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Why a practitioner went ahead despite a blocking finding."""
    override_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    override_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    treatments: Mapped[list[SessionTreatment]] = relationship(
        back_populates="session", order_by="SessionTreatment.position"
    )


class SessionTreatment(Base):
    """One line of a session: one area treated, with what and how."""

    __tablename__ = "session_treatment"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_session.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    area_id: Mapped[int] = mapped_column(ForeignKey("treatment_area.id"))
    solution_type_id: Mapped[int | None] = mapped_column(ForeignKey("solution_type.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    product_lot_id: Mapped[int | None] = mapped_column(ForeignKey("product_lot.id"), index=True)
    volume_ml: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    technique: Mapped[str | None] = mapped_column(String(30))
    depth_mm: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    needle_gauge: Mapped[int | None] = mapped_column(Integer)

    session: Mapped[TreatmentSession] = relationship(back_populates="treatments")


class AdverseEvent(Base):
    __tablename__ = "adverse_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_session.id"), index=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    side_effect_code: Mapped[str] = mapped_column(String(40))
    onset_date: Mapped[date] = mapped_column(Date)
    severity: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(Text, default="")
    action_taken: Mapped[str] = mapped_column(Text, default="")
    follow_up_date: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    resolved_date: Mapped[date | None] = mapped_column(Date, index=True)
    reported_to_authority: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEvent(Base):
    """Append-only, hash-chained log: triggers refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    account_id: Mapped[int | None] = mapped_column(Integer, index=True)
    host: Mapped[str] = mapped_column(String(120), default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    row_hash: Mapped[str] = mapped_column(String(64), default="")


class DocumentTemplate(Base):
    """A version of a patient-facing text (aftercare advice or consent); rows are never edited.

    ``key`` is "general", "solution:<code>" or "area:<code>", with "@<language>" after it for
    a text not in English (domain.languages.stored_key). The newest version of a key is
    the one in use; a reset to the default adds a new version holding the packaged text.
    """

    __tablename__ = "document_template"
    __table_args__ = (UniqueConstraint("kind", "key", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(10), default="default")
    """"default" (packaged text) or "edited"."""
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(120), default="")


class PrintedDocument(Base):
    """A record that a sheet was produced for a session, with the template versions used."""

    __tablename__ = "printed_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_session.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    printed_at: Mapped[datetime] = mapped_column(DateTime)
    printed_by: Mapped[str] = mapped_column(String(120), default="")
    template_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    output: Mapped[str] = mapped_column(String(20), default="print")
    """"print" (printed), "pdf" (saved from the window), "cli" (written by the command line)
    or "preview"."""
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    """What the sheet said (texts, next appointments, clinic details, the print date), so
    that a reprint reproduces it; None for sheets printed before revision 0006."""


class ScreeningRuleState(Base):
    """The clinic's on/off choice for one screening rule (absent: the packaged default)."""

    __tablename__ = "screening_rule_state"

    rule_id: Mapped[str] = mapped_column(String(60), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(String(120), default="")


class FollowUpContact(Base):
    """Reception's answer when calling a patient on the follow-up list (not a lot recall).

    The latest row of a patient decides whether the patient is listed to call: "called" and
    "not interested" hide the due date they answer until ``hidden_until``; "opted out"
    hides the patient for good (``hidden_until`` is None) yet keeps them listable.
    """

    __tablename__ = "followup_contact"
    __table_args__ = (Index("ix_followup_contact_patient", "patient_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    course_id: Mapped[int | None] = mapped_column(ForeignKey("course.id"))
    outcome: Mapped[str] = mapped_column(String(20))
    """"called", "not_interested" or "opted_out"."""
    contacted_on: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    """The due date the call answered."""
    hidden_until: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(120), default="")


from mesodesk.store import models_accounts, models_map, models_photos  # noqa: E402,F401

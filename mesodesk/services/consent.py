"""Consent: which text version a session's patient signs, and the printable form."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.documents.data import ConsentForm
from mesodesk.documents.labels import label
from mesodesk.domain import templates as domain
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.languages import sheet_language, split_key
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.search import format_date
from mesodesk.services import aftercare
from mesodesk.services import settings as settings_service
from mesodesk.services.access import require
from mesodesk.services.dto import TreatmentInput
from mesodesk.services.errors import NotFound
from mesodesk.services.templates import TemplateVersion, consent_key, current_versions
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    DocumentTemplate,
    MedicalProfile,
    Patient,
    Practitioner,
    Product,
    SolutionType,
    TreatmentArea,
)


def _solution_codes(s: Session, lines: Iterable[TreatmentInput]) -> list[str]:
    items = list(lines)
    type_ids = [t.solution_type_id for t in items if t.solution_type_id is not None]
    product_ids = [t.product_id for t in items if t.product_id is not None]
    if product_ids:
        type_ids += list(
            s.scalars(select(Product.solution_type_id).where(Product.id.in_(product_ids)))
        )
    codes = {i: c for i, c in s.execute(select(SolutionType.id, SolutionType.code))}
    return [codes[i] for i in dict.fromkeys(type_ids) if i in codes]


def version_for(
    db: Database, lines: Iterable[TreatmentInput], patient_id: int | None = None
) -> TemplateVersion | None:
    """The consent text in force for a treatment with ``lines``, in the language of the
    patient's sheets (``patient_id``; without it, the clinic's language)."""
    clinic_language = str(settings_service.get(db, settings_service.LANGUAGE_KEY))
    with db.read() as s:
        patient = s.get(Patient, patient_id) if patient_id is not None else None
        language = sheet_language(patient.language if patient else None, clinic_language)
        key = consent_key(s, _solution_codes(s, lines), language)
        found = current_versions(s, domain.CONSENT, [key], language)
        return found[0] if found else None


def form(
    db: Database,
    patient_id: int,
    lines: Iterable[TreatmentInput],
    template_id: int,
    *,
    session_date: str = "",
    practitioner_id: int | None = None,
    consented_at: str = "",
    actor: User,
) -> ConsentForm:
    """The printable consent form for ``patient_id`` with consent version ``template_id``."""
    items = list(lines)
    values = settings_service.get_all(db)
    date_format = str(values["clinic.date_format"])
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        patient = s.get(Patient, patient_id)
        if patient is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no patient with number {patient_id}."),
                    patient_id=patient_id,
                )
            )
        template = s.get(DocumentTemplate, template_id)
        if template is None or template.kind != domain.CONSENT:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "There is no consent text with number {template_id}."
                    ),
                    template_id=template_id,
                )
            )
        key, language = split_key(template.key)
        version = current_versions(s, domain.CONSENT, [key], language)
        label_source = version[0].label if version else key
        solution_names = list(
            s.scalars(
                select(SolutionType.name).where(SolutionType.code.in_(_solution_codes(s, items)))
            )
        )
        area_names = list(
            s.scalars(
                select(TreatmentArea.name)
                .where(TreatmentArea.id.in_({t.area_id for t in items}))
                .order_by(TreatmentArea.sort_order)
            )
        )
        profile = s.scalar(
            select(MedicalProfile)
            .where(MedicalProfile.patient_id == patient_id)
            .order_by(MedicalProfile.recorded_at.desc(), MedicalProfile.id.desc())
            .limit(1)
        )
        practitioner = s.get(Practitioner, practitioner_id) if practitioner_id else None
        treatment = label(language, "mesotherapy")
        if solution_names:
            treatment = label(language, "mesotherapy_with", what=", ".join(solution_names))
        if area_names:
            treatment += ": " + ", ".join(area_names)
        extra = []
        if profile is not None and (profile.allergies_text or profile.allergens):
            allergies = ", ".join(profile.allergens) or profile.allergies_text
            extra.append(label(language, "allergies", what=allergies))
        return ConsentForm(
            clinic=aftercare.clinic_header(db),
            patient_name=f"{patient.given_name} {patient.family_name}".strip(),
            date_of_birth=format_date(patient.date_of_birth, date_format),
            treatment=treatment,
            session_date=session_date,
            paragraphs=tuple(template.body.get("paragraphs", [])),
            version_label=label(
                language,
                "consent.version",
                label=label_source,
                version=template.version,
                date=format_date(template.created_at.date(), date_format),
            ),
            practitioner=practitioner.display_name if practitioner is not None else "",
            paper_size=str(values["clinic.paper_size"]),
            consented_at=consented_at,
            extra_lines=tuple(extra),
            language=language,
        )


def render(consent_form: ConsentForm) -> bytes:
    from mesodesk.documents.consent import render_consent

    return bytes(render_consent(consent_form))

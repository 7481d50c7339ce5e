"""Checking a session before it is recorded: every field, the session rules and the slot."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from mesodesk.domain import checklist as checklist_rules
from mesodesk.domain import clock
from mesodesk.domain import session_rules as rules
from mesodesk.domain.clock import to_utc
from mesodesk.domain.enums import SessionStatus, Technique
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import settings, slots
from mesodesk.services.dto import (
    SessionInput,
)
from mesodesk.services.products import lot_state
from mesodesk.store.models import (
    DocumentTemplate,
    Patient,
    Practitioner,
    ProductLot,
    TreatmentArea,
    TreatmentSession,
)


def done_problems(
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
        problems["consent"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Record the patient's consent (the text version signed) before marking the session done.",
            )
        )
    return problems


def slot_changed(row: TreatmentSession | None, data: SessionInput, zone: ZoneInfo) -> bool:
    if row is None or row.status not in rules.OCCUPYING:
        return True
    return (
        row.starts_at != to_utc(data.starts_at, zone)
        or row.duration_minutes != data.duration_minutes
        or row.practitioner_id != data.practitioner_id
        or row.patient_id != data.patient_id
    )


def validate(
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
        errors["patient_id"] = Message(QT_TRANSLATE_NOOP("messages", "Choose a patient."))
    if data.status not in set(SessionStatus):
        errors["status"] = Message(
            QT_TRANSLATE_NOOP("messages", "Unknown status {status!r}."), status=data.status
        )
    elif row is not None and (problem := rules.transition_problem(row.status, data.status)):
        errors["status"] = problem
    if problem := rules.duration_problem(data.duration_minutes):
        errors["duration_minutes"] = problem
    if data.practitioner_id is not None and s.get(Practitioner, data.practitioner_id) is None:
        errors["practitioner_id"] = Message(QT_TRANSLATE_NOOP("messages", "Unknown practitioner."))
    if data.consent_template_id is not None:
        consent = s.get(DocumentTemplate, data.consent_template_id)
        if consent is None or consent.kind != "consent":
            errors["consent"] = Message(
                QT_TRANSLATE_NOOP("messages", "Unknown consent text version.")
            )
    if data.status == SessionStatus.DONE and not data.treatments:
        errors["treatments"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "A done session needs at least one treatment line (the area that was treated).",
            )
        )
    if data.status == SessionStatus.DONE and not was_done:
        # Required when a session becomes done; older records can still be corrected.
        errors.update(checklist_rules.problems(data.checklist or (row.checklist if row else None)))
        for key, message in done_problems(
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
            errors[f"{prefix}.area"] = Message(
                QT_TRANSLATE_NOOP("messages", "Line {index}: choose the treated area."), index=index
            )
        if line.technique is not None and line.technique not in set(Technique):
            errors[f"{prefix}.technique"] = Message(
                QT_TRANSLATE_NOOP("messages", "Line {index}: unknown technique."), index=index
            )
        if line.volume_ml is not None and not Decimal(0) <= line.volume_ml <= rules.MAX_VOLUME_ML:
            errors[f"{prefix}.volume"] = Message(
                QT_TRANSLATE_NOOP("messages", "Line {index}: the volume must be 0-100 ml."),
                index=index,
            )
        if line.depth_mm is not None and not Decimal(0) <= line.depth_mm <= rules.MAX_DEPTH_MM:
            errors[f"{prefix}.depth"] = Message(
                QT_TRANSLATE_NOOP("messages", "Line {index}: the depth must be 0-20 mm."),
                index=index,
            )
        gauge = rules.gauge_problem(line.needle_gauge)
        if gauge and line.needle_gauge not in kept_gauges:  # an old record keeps its gauge
            errors[f"{prefix}.gauge"] = Message(
                QT_TRANSLATE_NOOP("messages", "Line {index}: {gauge}."), index=index, gauge=gauge
            )
        if line.product_lot_id is not None:
            lot = s.get(ProductLot, line.product_lot_id)
            if lot is None:
                errors[f"{prefix}.lot"] = Message(
                    QT_TRANSLATE_NOOP("messages", "Line {index}: unknown lot."), index=index
                )
                continue
            if line.product_id is not None and lot.product_id != line.product_id:
                errors[f"{prefix}.lot"] = Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Line {index}: lot {lot_number} is not of that product."
                    ),
                    index=index,
                    lot_number=lot.lot_number,
                )
            state = lot_state(lot.expiry_date, local_day)
            if state == "expired":
                errors[f"{prefix}.lot"] = Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Line {index}: lot {lot_number} expired on {expiry_date:%d %b %Y} and cannot be recorded.",
                    ),
                    index=index,
                    lot_number=lot.lot_number,
                    expiry_date=lot.expiry_date,
                )
            elif state == "expiring":
                warnings.append(
                    f"Lot {lot.lot_number} expires on {lot.expiry_date:%d %b %Y}, within 30 days."
                )
    if (
        "patient_id" not in errors
        and data.status in rules.OCCUPYING
        and slot_changed(row, data, zone)
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

"""FHIR R4 resources (as JSON-ready dicts) made from one patient's record."""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.languages import stored_key
from mesodesk.domain.record import PatientRecord, RecordLine, RecordProfile, RecordSession

SYSTEM = "urn:mesodesk"
"""Identifier systems are ``urn:mesodesk:<kind>``: the value is mesodesk's own number."""
_NAMESPACE = uuid.UUID("6f3c6d1e-3b0a-4f61-9d57-5b7e0f0c2a91")
Entry = dict[str, Any]

_ENCOUNTER_STATUS = {
    SessionStatus.PLANNED: "planned",
    SessionStatus.ARRIVED: "arrived",
    SessionStatus.DONE: "finished",
    SessionStatus.CANCELLED: "cancelled",
    SessionStatus.NO_SHOW: "cancelled",
}
_PROCEDURE_STATUS = {
    SessionStatus.PLANNED: "preparation",
    SessionStatus.ARRIVED: "preparation",
    SessionStatus.DONE: "completed",
    SessionStatus.CANCELLED: "not-done",
    SessionStatus.NO_SHOW: "not-done",
}
_GENDER = {"female": "female", "male": "male", "other": "other"}
_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
_SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity"
_OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome"
_ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
_ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
_CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
_LOINC = "http://loinc.org"
_UCUM = "http://unitsofmeasure.org"


def resource_id(kind: str, number: int | str) -> str:
    """A stable id for mesodesk's ``kind`` number ``number`` (the same in every export):
    ``uuid.uuid5(_NAMESPACE, "kind/number")``, spelled out because building UUID objects
    took a third of a whole-clinic export."""
    h = hashlib.sha1(_NAMESPACE.bytes + f"{kind}/{number}".encode()).hexdigest()
    variant = "89ab"[int(h[16], 16) & 3]
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"


def full_url(kind: str, number: int | str) -> str:
    return f"urn:uuid:{resource_id(kind, number)}"


def ref(kind: str, number: int | str, display: str = "") -> dict[str, str]:
    out = {"reference": full_url(kind, number)}
    if display:
        out["display"] = display
    return out


def identifier(kind: str, number: int | str) -> list[dict[str, str]]:
    return [{"system": f"{SYSTEM}:{kind}", "value": str(number)}]


_ONE_IDENTIFIER = frozenset({"AdverseEvent"})
"""Resources whose ``identifier`` is a single Identifier in R4, not a list."""


def entry(resource_type: str, kind: str, number: int | str, body: dict[str, Any]) -> Entry:
    ids: Any = identifier(kind, number)
    if resource_type in _ONE_IDENTIFIER:
        ids = ids[0]
    resource = {"resourceType": resource_type, "id": resource_id(kind, number), "identifier": ids}
    resource.update(body)
    return {"fullUrl": full_url(kind, number), "resource": resource}


def instant(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def day(value: date) -> str:
    return value.isoformat()


def text(value: str) -> dict[str, str]:
    return {"text": value}


def practitioner_entry(practitioner_id: int, name: str) -> Entry:
    return entry(
        "Practitioner", "practitioner", practitioner_id, {"name": [{"text": name or "Unnamed"}]}
    )


def medication_entry(line: RecordLine) -> Entry:
    """The product of one lot, with the lot's number and expiry as its batch."""
    assert line.lot_id is not None
    batch: dict[str, str] = {"lotNumber": line.lot_number}
    if line.lot_expiry is not None:
        batch["expirationDate"] = day(line.lot_expiry)
    body: dict[str, Any] = {"code": text(line.product or "Unnamed product"), "batch": batch}
    if line.product_id is not None:
        body["identifier"] = identifier("lot", line.lot_id) + identifier("product", line.product_id)
    return entry("Medication", "lot", line.lot_id, body)


def patient_entries(record: PatientRecord) -> Iterator[Entry]:
    """Every resource of one patient except the shared ones (Practitioner, Medication)."""
    p = record.patient
    patient: dict[str, Any] = {
        "active": p.archived_at is None,
        "name": [{"family": p.family_name, "given": [p.given_name] if p.given_name else []}],
    }
    if not patient["name"][0]["given"]:
        del patient["name"][0]["given"]
    if p.date_of_birth is not None:
        patient["birthDate"] = day(p.date_of_birth)
    patient["gender"] = _GENDER.get(p.sex or "", "unknown")
    telecom = []
    if p.phone:
        telecom.append({"system": "phone", "value": p.phone})
    if p.email:
        telecom.append({"system": "email", "value": p.email})
    if telecom:
        patient["telecom"] = telecom
    if p.address.strip():
        patient["address"] = [{"text": p.address}]
    if p.language:
        patient["communication"] = [
            {
                "language": {"coding": [{"system": "urn:ietf:bcp:47", "code": p.language}]},
                "preferred": True,
            }
        ]
    yield entry("Patient", "patient", p.id, patient)
    subject = ref("patient", p.id, p.full_name)
    if record.profiles:
        yield from _allergies(record.profiles[0], p.id, subject)
    for session in record.sessions:
        yield from _session(session, subject)
    for event in record.adverse_events:
        body: dict[str, Any] = {
            "actuality": "actual",
            "event": {
                "coding": [
                    {
                        "system": f"{SYSTEM}:side-effect",
                        "code": event.side_effect_code,
                        "display": event.side_effect,
                    }
                ],
                "text": event.description or event.side_effect,
            },
            "subject": subject,
            "encounter": ref("session", event.session_id),
            "date": day(event.onset_date),
            "severity": {"coding": [{"system": _SEVERITY, "code": event.severity}]},
            "outcome": {
                "coding": [
                    {
                        "system": _OUTCOME,
                        "code": "resolved" if event.resolved_date else "ongoing",
                    }
                ]
            },
        }
        yield entry("AdverseEvent", "adverse-event", event.id, body)


def _allergies(profile: RecordProfile, patient_id: int, subject: dict[str, str]) -> Iterator[Entry]:
    """One AllergyIntolerance per allergen of the current profile, and one for free text."""
    common: dict[str, Any] = {
        "clinicalStatus": {"coding": [{"system": _ALLERGY_CLINICAL, "code": "active"}]},
        "verificationStatus": {"coding": [{"system": _ALLERGY_VERIFICATION, "code": "confirmed"}]},
        "patient": subject,
        "recordedDate": instant(profile.recorded_at),
    }
    for allergen in profile.allergens:
        code = {"coding": [{"system": f"{SYSTEM}:allergen", "code": allergen}], "text": allergen}
        key = f"{patient_id}/{profile.id}/{allergen}"
        yield entry("AllergyIntolerance", "allergy", key, {**common, "code": code})
    if profile.allergies_text.strip():
        key = f"{patient_id}/{profile.id}/text"
        unconfirmed = {
            "verificationStatus": {
                "coding": [{"system": _ALLERGY_VERIFICATION, "code": "unconfirmed"}]
            }
        }
        body = {**common, **unconfirmed, "code": text(profile.allergies_text)}
        yield entry("AllergyIntolerance", "allergy", key, body)


def _session(s: RecordSession, subject: dict[str, str]) -> Iterator[Entry]:
    known = s.status in SessionStatus.__members__.values()
    status = SessionStatus(s.status) if known else SessionStatus.PLANNED
    encounter = ref("session", s.id)
    end = s.starts_at.timestamp() + s.duration_minutes * 60
    body: dict[str, Any] = {
        "status": _ENCOUNTER_STATUS[status],
        "class": {"system": _ACT_CODE, "code": "AMB", "display": "ambulatory"},
        "type": [text("Mesotherapy session")],
        "subject": subject,
        "period": {
            "start": instant(s.starts_at),
            "end": instant(datetime.fromtimestamp(end, s.starts_at.tzinfo)),
        },
    }
    performer = None
    if s.practitioner_id is not None:
        performer = ref("practitioner", s.practitioner_id, s.practitioner)
        body["participant"] = [{"individual": performer}]
    yield entry("Encounter", "session", s.id, body)
    for line in s.lines:
        yield _procedure(s, line, status, subject, encounter, performer)
        if line.product:
            yield _administration(s, line, status, subject, encounter, performer)
    if s.consent is not None:
        yield _consent(s, subject)


def _body_site(line: RecordLine) -> dict[str, Any]:
    return {
        "coding": [
            {"system": f"{SYSTEM}:treatment-area", "code": line.area_code, "display": line.area}
        ],
        "text": line.area,
    }


def _procedure(
    s: RecordSession,
    line: RecordLine,
    status: SessionStatus,
    subject: dict[str, str],
    encounter: dict[str, str],
    performer: dict[str, str] | None,
) -> Entry:
    what = "Mesotherapy" + (f" with {line.solution_type.lower()}" if line.solution_type else "")
    body: dict[str, Any] = {
        "status": _PROCEDURE_STATUS[status],
        "code": text(what),
        "subject": subject,
        "encounter": encounter,
        "performedDateTime": instant(s.starts_at),
        "bodySite": [_body_site(line)],
    }
    if performer is not None:
        body["performer"] = [{"actor": performer}]
    notes = [n for n in (line.technique, _depth(line.depth_mm), _gauge(line.needle_gauge)) if n]
    if notes:
        body["note"] = [{"text": ", ".join(notes)}]
    return entry("Procedure", "treatment", line.id, body)


def _depth(value: Decimal | None) -> str:
    return f"{value.normalize():f} mm deep" if value is not None else ""


def _gauge(value: int | None) -> str:
    return f"{value}G needle" if value is not None else ""


def _administration(
    s: RecordSession,
    line: RecordLine,
    status: SessionStatus,
    subject: dict[str, str],
    encounter: dict[str, str],
    performer: dict[str, str] | None,
) -> Entry:
    done = status == SessionStatus.DONE
    body: dict[str, Any] = {
        "status": "completed" if done else "not-done",
        "subject": subject,
        "context": encounter,
        "effectiveDateTime": instant(s.starts_at),
        "partOf": [ref("treatment", line.id)],
    }
    if line.lot_id is not None:
        body["medicationReference"] = ref("lot", line.lot_id, line.product)
    else:
        body["medicationCodeableConcept"] = text(line.product)
    if performer is not None:
        body["performer"] = [{"actor": performer}]
    dosage: dict[str, Any] = {"site": _body_site(line), "route": text("Intradermal")}
    if line.technique:
        dosage["method"] = text(line.technique)
    if line.volume_ml is not None:
        dosage["dose"] = {
            "value": float(line.volume_ml),
            "unit": "mL",
            "system": _UCUM,
            "code": "mL",
        }
    body["dosage"] = dosage
    return entry("MedicationAdministration", "administration", line.id, body)


def _consent(s: RecordSession, subject: dict[str, str]) -> Entry:
    consent = s.consent
    assert consent is not None
    wording = "\n\n".join(consent.paragraphs)
    body: dict[str, Any] = {
        "status": "active",
        "scope": {"coding": [{"system": _CONSENT_SCOPE, "code": "treatment"}]},
        "category": [{"coding": [{"system": _LOINC, "code": "59284-0"}]}],
        "patient": subject,
        "policyRule": text(f"Clinic consent text {consent.reference}"),
        "sourceAttachment": {
            "contentType": "text/plain; charset=utf-8",
            "title": f"Consent text {consent.reference}",
            "data": base64.b64encode(wording.encode("utf-8")).decode("ascii"),
        },
        "provision": {"data": [{"meaning": "related", "reference": ref("session", s.id)}]},
    }
    text_key = stored_key(consent.key, consent.language)
    body["identifier"] = identifier("consent", s.id) + identifier(
        "consent-text", f"{text_key}/v{consent.version}"
    )
    if consent.consented_at is not None:
        body["dateTime"] = instant(consent.consented_at)
    return entry("Consent", "consent", s.id, body)

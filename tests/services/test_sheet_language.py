"""Sheets in the patient's language: the patient's own, else the clinic's, texts per
language edited and versioned on their own, and names in any script printed right."""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime

import pytest
from pypdf import PdfReader

from mesodesk.domain import templates as text_domain
from mesodesk.services import aftercare, consent, patients, settings, templates
from mesodesk.services.dto import PatientInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from tests.factories import ACTOR, Clinic, add_session, ha_cheeks, make_clinic


@pytest.fixture
def clinic(db: Database) -> Clinic:
    settings.put(db, "clinic.name", "Clinique Lumière", actor=ACTOR)
    settings.put(db, "clinic.phone", "+33 4 72 00 00 00", actor=ACTOR)
    return make_clinic(db)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return unicodedata.normalize(
        "NFKC", " ".join(" ".join(p.extract_text().split()) for p in pages)
    )


def _patient(db: Database, given: str, family: str, language: str | None) -> int:
    return patients.create_patient(
        db, PatientInput(given, family, language=language), actor=ACTOR
    ).id


def _sheet(db: Database, c: Clinic, patient: int) -> str:
    """The sheet of a done session of ``patient`` on 20 November (each patient at its own
    hour, so that the practitioner is never booked twice), next visit on 3 December."""
    hour = 8 + patient % 10
    session = add_session(db, c, datetime(2026, 11, 20, hour, 30), patient=patient)
    add_session(db, c, datetime(2026, 12, 3, hour, 0), patient=patient, status="planned")
    return _text(aftercare.render(aftercare.prepare(db, [session], actor=ACTOR)))


def test_a_french_patient_gets_a_french_sheet_in_an_english_clinic(
    db: Database, clinic: Clinic
) -> None:
    assert settings.get(db, "clinic.language") == "en"
    text = _sheet(db, clinic, _patient(db, "Hélène", "Dupont", "fr"))
    for fragment in (
        "Conseils après votre soin",
        "Date du soin",
        "Ce qui a été fait aujourd’hui",
        "Zone traitée",
        "Appelez le cabinet si",
        "À faire",
        "Protégez la peau traitée du soleil",
        "Votre prochain rendez-vous",
        "jeudi 03/12/2026 à ",
        "avec Dr Ana Ruiz",
        "20/11/2026 à ",
        "Page 1 sur",
    ):
        assert fragment in text, fragment
    for english in ("Aftercare after your treatment", "Please do", "Protect the treated skin"):
        assert english not in text


def test_each_language_and_the_clinic_fallback(db: Database, clinic: Clinic) -> None:
    expected = {
        "es": ("Cuidados después de su tratamiento", "Proteja la piel tratada del sol"),
        "it": ("Indicazioni dopo il trattamento", "Protegga la pelle trattata dal sole"),
        "de": ("Pflegehinweise nach Ihrer Behandlung", "Schützen Sie die behandelte Haut"),
        "en": ("Aftercare after your treatment", "Protect the treated skin from the sun"),
    }
    for language, (title, advice) in expected.items():
        text = _sheet(db, clinic, _patient(db, "Ana", f"Lang-{language}", language))
        assert title in text and advice in text, language
    settings.put(db, "clinic.language", "de", actor=ACTOR)
    text = _sheet(db, clinic, _patient(db, "Jonas", "Ohne-Sprache", None))
    assert "Pflegehinweise nach Ihrer Behandlung" in text and "Seite 1 von" in text


def test_a_text_edited_in_french_changes_only_french_sheets(db: Database, clinic: Clinic) -> None:
    before = templates.current(db, text_domain.AFTERCARE, "general", "fr")
    assert before is not None and before.language == "fr"
    body = {s: list(v) for s, v in before.body.items()}
    body["do"].append("Appliquez la crème cicatrisante du cabinet matin et soir.")
    edited = templates.save(db, text_domain.AFTERCARE, "general", body, actor=ACTOR, language="fr")
    assert (edited.version, edited.reference) == (
        before.version + 1,
        f"general@fr v{before.version + 1}",
    )
    english = templates.current(db, text_domain.AFTERCARE, "general")
    assert english is not None and english.version == 1  # untouched
    assert "crème cicatrisante" in _sheet(db, clinic, _patient(db, "Luc", "Martin", "fr"))
    assert "crème cicatrisante" not in _sheet(db, clinic, _patient(db, "Ann", "Lee", "en"))
    with pytest.raises(ValidationFailed):
        templates.save(db, text_domain.AFTERCARE, "general", body, actor=ACTOR, language="pt")


def test_the_consent_a_french_patient_signs_is_the_french_text(
    db: Database, clinic: Clinic
) -> None:
    patient = _patient(db, "Hélène", "Dupont", "fr")
    version = consent.version_for(db, [ha_cheeks(clinic)], patient)
    assert version is not None and version.language == "fr"
    assert version.body["paragraphs"][0].startswith("J’ai eu une consultation")
    form = consent.form(db, patient, [ha_cheeks(clinic)], version.id, actor=ACTOR)
    text = _text(consent.render(form))
    assert "Consentement au soin" in text and "Date de naissance" in text
    assert "Mésothérapie avec Hyaluronic acid" in text
    english = consent.version_for(db, [ha_cheeks(clinic)], _patient(db, "Ann", "Lee", None))
    assert english is not None and english.language == "en"


@pytest.mark.parametrize(
    ("given", "family"),
    [("דוד", "כהן"), ("محمد", "العلي"), ("Zoë 😀", "Łukasiewicz ✔")],
)
def test_names_in_any_script_read_back_in_logical_order(
    db: Database, clinic: Clinic, given: str, family: str
) -> None:
    text = _sheet(db, clinic, _patient(db, given, family, "en"))
    assert unicodedata.normalize("NFKC", f"{given} {family}") in text

"""The alert badges that lists and editors show come from the one domain function."""

from __future__ import annotations

from mesodesk.domain.session_rules import AlertKind
from mesodesk.services import patients
from mesodesk.services.alerts import alerts_for_patients
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.store.engine import Database
from tests.factories import ACTOR


def test_each_patient_gets_the_badges_of_the_latest_profile_without_notes(db: Database) -> None:
    lidocaine = patients.create_patient(
        db,
        PatientInput("Inès", "Moreau"),
        actor=ACTOR,
        profile=ProfileInput(
            allergens=("lidocaine",), allergies_text="Anaphylaxis in 2019", on_blood_thinners=True
        ),
    )
    patients.record_profile(
        db,
        lidocaine.id,
        ProfileInput(allergens=("lidocaine",), allergies_text="Anaphylaxis in 2019"),
        actor=ACTOR,
    )
    unknown = patients.create_patient(db, PatientInput("Ole", "Berg"), actor=ACTOR)
    alerts = alerts_for_patients(db, [lidocaine.id, unknown.id], actor=ACTOR)
    assert [a.text for a in alerts[lidocaine.id]] == ["Allergies: lidocaine"]  # thinners stopped
    assert all(a.detail == "" for a in alerts[lidocaine.id])  # reception: no medical notes
    assert [a.text for a in alerts[unknown.id]] == ["No medical profile recorded"]
    assert alerts[unknown.id][0].kind == AlertKind.HINT
    assert alerts_for_patients(db, [], actor=ACTOR) == {}

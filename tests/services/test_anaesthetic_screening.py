"""The numbing product is screened against the patient's allergens like any injected product."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest

from mesodesk.domain import anaesthetics, clock
from mesodesk.domain.checklist import all_ticked
from mesodesk.services import catalog, safety, sessions
from mesodesk.services.dto import ProfileInput, SessionInput, TreatmentInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from tests.factories import ACTOR, Clinic, consent_for, make_clinic

WHEN = datetime(2026, 11, 20, 9, 0)
EMLA_TEXT = "EMLA cream (lidocaine 2.5%, prilocaine 2.5%)"


@pytest.fixture(autouse=True)
def _evening() -> Iterator[None]:
    with clock.frozen(datetime(2026, 11, 20, 18, 0)):
        yield


def _clinic(db: Database, *allergens: str) -> Clinic:
    return make_clinic(db, profile=ProfileInput(allergens=allergens))


def _vitamin_line(c: Clinic) -> TreatmentInput:
    # The lipolytic product has no anaesthetic in it: any stop comes from the cream.
    return TreatmentInput(c.areas["abdomen"], product_id=c.lipo, product_lot_id=c.lipo_lot)


def _blocks(db: Database, c: Clinic, anaesthetic: str) -> list[str]:
    findings = safety.screen(
        db, c.patient, [_vitamin_line(c)], anaesthetic=anaesthetic, actor=ACTOR
    )
    return [f.message for f in safety.blocking(findings)]


@pytest.mark.parametrize(
    ("allergen", "text"),
    [
        ("lidocaine", EMLA_TEXT),
        ("prilocaine", "EMLA"),
        ("Lidocaine", "Lidocaine 2.5% / prilocaine 2.5% cream (eutectic mixture, e.g. EMLA)"),
        ("tetracaine", "ametop gel before the session"),
        ("benzocaine", "BLT cream"),
        ("articaine", "Articaine 4% with adrenaline (local injection)"),
        ("numbocaine", "Numbocaine spray"),
    ],
)
def test_an_allergen_in_the_anaesthetic_is_a_stop(db: Database, allergen: str, text: str) -> None:
    c = _clinic(db, allergen)
    messages = _blocks(db, c, text)
    assert messages, f"{allergen!r} in {text!r} was not stopped"
    assert "anaesthetic" in messages[0]


def test_no_stop_without_a_matching_allergy(db: Database) -> None:
    c = _clinic(db, "penicillin")
    assert _blocks(db, c, EMLA_TEXT) == []
    assert _blocks(db, _clinic(db, "lidocaine"), "") == []


def test_recording_done_with_the_allergenic_cream_needs_the_override(db: Database) -> None:
    c = _clinic(db, "lidocaine")
    lines = (_vitamin_line(c),)
    data = SessionInput(
        patient_id=c.patient,
        starts_at=WHEN,
        practitioner_id=c.doctor,
        status="done",
        treatments=lines,
        checklist=all_ticked(),
        consent_template_id=consent_for(db, lines),
        anaesthetic_used=True,
        anaesthetic_product=EMLA_TEXT,
    )
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(db, data, actor=ACTOR)
    assert "lidocaine" in caught.value.errors["override"]
    # Without the cream the same treatment is fine.
    record = sessions.create_session(db, replace(data, anaesthetic_used=False), actor=ACTOR)
    assert record.status == "done"


def test_the_list_offers_the_common_numbing_products() -> None:
    names = catalog.anaesthetic_names()
    assert any("EMLA" in n for n in names) and any("tetracaine" in n.lower() for n in names)
    assert set(anaesthetics.known_ingredients()) >= {
        "lidocaine",
        "prilocaine",
        "tetracaine",
        "benzocaine",
        "articaine",
    }

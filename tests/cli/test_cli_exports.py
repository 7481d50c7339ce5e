"""record, export-patient and export-fhir from the command line: files, audit, one-line errors."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader

from mesodesk.domain.accounts import Role
from mesodesk.store.engine import Database
from tests.cli.test_cli import assert_one_line_error, run_as, run_cli
from tests.factories import TEST_PASSWORD, add_session, make_clinic, make_user


def test_the_three_commands_write_their_files(
    db: Database, db_args: list[str], tmp_path: Path
) -> None:
    c = make_clinic(db)
    add_session(db, c, datetime(2026, 3, 2, 10, 0))
    db.dispose()

    record = run_as(
        "record",
        *db_args,
        "--patient",
        str(c.patient),
        "--out",
        str(tmp_path / "r.pdf"),
    )
    assert record.returncode == 0, record.stderr
    assert "Łukasiewicz-Öztürk" in PdfReader(tmp_path / "r.pdf").pages[0].extract_text()

    gdpr = run_as(
        "export-patient",
        *db_args,
        "--patient",
        str(c.patient),
        "--out",
        str(tmp_path / "p.zip"),
    )
    assert gdpr.returncode == 0, gdpr.stderr
    with zipfile.ZipFile(tmp_path / "p.zip") as archive:
        assert json.loads(archive.read("record.json"))["patient"]["id"] == c.patient

    fhir = run_as("export-fhir", *db_args, "--out", str(tmp_path / "b.json"))
    assert fhir.returncode == 0, fhir.stderr
    assert "1 patient(s)" in fhir.stdout
    Bundle.model_validate_json((tmp_path / "b.json").read_text(encoding="utf-8"))


def test_errors_are_one_line_and_write_nothing(
    db: Database, db_args: list[str], tmp_path: Path
) -> None:
    db.dispose()
    out = tmp_path / "out"
    out.mkdir()
    assert_one_line_error(
        run_as("record", *db_args, "--patient", "77", "--out", str(out / "r.pdf")),
        "no patient with number 77",
    )
    assert_one_line_error(
        run_as("export-fhir", *db_args, "--patient", "77", "--out", str(out / "b.json")),
        "no patient with number 77",
    )
    assert_one_line_error(
        run_as("export-patient", *db_args, "--patient", "1", "--out", str(out)),
        "is a folder",
    )
    assert_one_line_error(
        run_as(
            "export-patient",
            *db_args,
            "--patient",
            "1",
            "--out",
            str(tmp_path / "nowhere" / "p.zip"),
        ),
        "does not exist",
    )
    assert list(out.iterdir()) == []


def test_reception_and_anyone_not_signed_in_are_refused(
    db: Database, db_args: list[str], tmp_path: Path
) -> None:
    c = make_clinic(db)
    add_session(db, c, datetime(2026, 3, 2, 10, 0))
    make_user(db, Role.RECEPTION, login="desk")
    db.dispose()
    out = tmp_path / "out"
    out.mkdir()
    commands = (
        ("record", "--patient", str(c.patient), "--out", str(out / "r.pdf")),
        ("export-patient", "--patient", str(c.patient), "--out", str(out / "p.zip")),
        ("export-fhir", "--out", str(out / "b.json")),
    )
    for name, *rest in commands:
        args = (name, *db_args, *rest)
        assert_one_line_error(run_cli(*args), "--user")
        as_reception = run_cli(
            *args, "--user", "desk", "--password-stdin", input=TEST_PASSWORD + "\n"
        )
        assert_one_line_error(as_reception, "may not export a patient's record")
    assert list(out.iterdir()) == []

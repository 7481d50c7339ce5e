"""The aftercare and recall commands, and the completeness report of ``check``."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from mesodesk.services import products, settings
from mesodesk.services.dto import PatientInput, TreatmentInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database
from tests.cli.test_cli import assert_one_line_error, run_as, run_cli
from tests.factories import ACTOR, add_session, make_clinic


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_aftercare_for_one_session(db: Database, db_args: list[str], tmp_path: Path) -> None:
    c = make_clinic(db)
    session = add_session(db, c, datetime(2026, 11, 20, 14, 30))
    out = tmp_path / "sheet.pdf"
    result = run_as("aftercare", *db_args, "--session", str(session), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = _pdf_text(out)
    assert "Zoë Łukasiewicz-Öztürk" in text and "HA-2291" in text


def test_aftercare_for_a_day_writes_only_done_sessions(
    db: Database, db_args: list[str], tmp_path: Path
) -> None:
    c = make_clinic(db)
    add_session(db, c, datetime(2026, 11, 20, 9, 0))
    add_session(db, c, datetime(2026, 11, 20, 11, 0), doctor=c.second_doctor)
    add_session(db, c, datetime(2026, 11, 20, 16, 0), status="planned")
    out = tmp_path / "day"
    result = run_as("aftercare", *db_args, "--date", "2026-11-20", "--out", str(out))
    assert result.returncode == 0, result.stderr
    files = sorted(out.glob("*.pdf"))
    assert len(files) == 2
    assert "Dr Bea Costa" in _pdf_text(files[1])


def test_aftercare_errors_are_one_line(db: Database, db_args: list[str], tmp_path: Path) -> None:
    c = make_clinic(db)
    session = add_session(db, c, datetime(2026, 11, 20, 9, 0))
    assert_one_line_error(
        run_as("aftercare", *db_args, "--session", "9999", "--out", "x.pdf"),
        "no session with number 9999",
    )
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert_one_line_error(
        run_as(
            "aftercare", *db_args, "--session", str(session),
            "--out", str(blocker / "sheet.pdf"),
        ),
        "Cannot write",
    )  # fmt: skip
    assert_one_line_error(
        run_as("aftercare", *db_args, "--date", "20/11/2026", "--out", "d"),
        "--date must look like",
    )
    assert_one_line_error(
        run_as("aftercare", "--db", str(tmp_path / "nope.sqlite3"), "--session", "1", "--out", "x"),
        "nope.sqlite3",
    )


def test_recall_lists_every_patient_of_the_lot_and_writes_safe_csv(
    db: Database, db_args: list[str], tmp_path: Path
) -> None:
    c = make_clinic(db)
    hostile = create_patient(
        db, PatientInput("=HYPERLINK(\"http://x\")", "@Evil", phone="+33 6 12 34 56 78"),
        actor=ACTOR,
    ).id  # fmt: skip
    other_lot = products.create_lot(db, c.ha, "HA-9999", datetime(2028, 1, 1).date(), actor=ACTOR)
    on_lot = [
        add_session(db, c, datetime(2026, 10, 1, 10, 0)),
        add_session(db, c, datetime(2026, 11, 2, 10, 0), patient=hostile),
    ]
    add_session(db, c, datetime(2026, 11, 3, 10, 0), status="planned")  # not given yet
    add_session(
        db, c, datetime(2026, 11, 4, 10, 0),
        lines=(TreatmentInput(c.areas["neck"], product_id=c.ha, product_lot_id=other_lot.id),),
    )  # fmt: skip
    out = tmp_path / "recall.csv"
    result = run_as("recall", *db_args, "--lot", "HA-2291", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 session(s), 2 patient(s)" in result.stdout
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [int(r["Session"]) for r in rows] == list(reversed(on_lot))
    assert rows[0]["Patient"] == '\'=HYPERLINK("http://x") @Evil'
    assert rows[0]["Phone"] == "'+33 6 12 34 56 78"
    assert rows[1]["Patient"] == "Zoë Łukasiewicz-Öztürk"
    assert {r["Lot"] for r in rows} == {"HA-2291"}

    listed = run_as("recall", *db_args, "--lot", "ha-2291")
    assert listed.returncode == 0 and "Zoë Łukasiewicz-Öztürk" in listed.stdout
    assert_one_line_error(
        run_as("recall", *db_args, "--lot", "NO-SUCH"), "No lot numbered 'NO-SUCH'"
    )


def test_check_flags_done_sessions_with_incomplete_records(
    db: Database, db_args: list[str]
) -> None:
    c = make_clinic(db)
    # A clinic that does not require consent for done sessions still sees the gap reported.
    settings.put(db, "consent_required_for_done", False, actor=ACTOR)
    complete = add_session(db, c, datetime(2026, 11, 20, 9, 0), consent=False)
    result = run_cli("check", *db_args)
    assert result.returncode == 0, result.stderr
    assert "1 done session(s) are incomplete (1 without consent)" in result.stdout
    assert f"session {complete} " in result.stdout

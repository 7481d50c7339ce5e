"""``mesodesk aftercare``: refusals write and record nothing; dates that do not exist; warnings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from mesodesk.services import settings
from mesodesk.store.engine import Database
from tests.cli.test_cli import assert_one_line_error, run_as
from tests.factories import ACTOR, add_session, make_clinic


def _records(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM printed_document").scalar() or 0)


@pytest.mark.parametrize("status", ["planned", "cancelled", "no_show"])
def test_a_session_that_was_not_done_is_refused(
    db: Database, db_args: list[str], tmp_path: Path, status: str
) -> None:
    session = add_session(db, make_clinic(db), datetime(2026, 11, 20, 9, 0), status=status)
    out = tmp_path / "sheet.pdf"
    result = run_as("aftercare", *db_args, "--session", str(session), "--out", str(out))
    assert_one_line_error(result, "printed only for a done session")
    assert not out.exists()
    assert _records(db) == 0


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2026-02-30", "does not exist (February 2026 has 28 days)"),
        ("2026-04-31", "does not exist (April 2026 has 30 days)"),
        ("2026-13-01", "there is no month 13"),
        ("21/11/2026", "--date must look like 2026-11-21"),
    ],
)
def test_a_date_that_does_not_exist_is_named_as_such(
    db_args: list[str], text: str, says: str
) -> None:
    result = run_as("aftercare", *db_args, "--date", text, "--out", "d")
    assert_one_line_error(result, says)


def test_an_unnamed_clinic_is_warned_of_but_the_sheets_are_written(
    db: Database, db_args: list[str], tmp_path: Path
) -> None:
    c = make_clinic(db)
    add_session(db, c, datetime(2026, 11, 20, 9, 0))
    out = tmp_path / "day"
    result = run_as("aftercare", *db_args, "--date", "2026-11-20", "--out", str(out))
    assert result.returncode == 0, result.stderr
    files = list(out.glob("*.pdf"))
    assert len(files) == 1
    assert "Zoë" not in files[0].name and "ozturk" not in files[0].name.lower()
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 2
    assert "no name" in warnings[0] and "no phone" in warnings[1]

    settings.put(db, "clinic.name", "Clinique Lumière", actor=ACTOR)
    settings.put(db, "clinic.phone", "+44 20 7946 0000", actor=ACTOR)
    again = run_as("aftercare", *db_args, "--date", "2026-11-20", "--out", str(out))
    assert again.returncode == 0 and again.stderr.strip() == ""

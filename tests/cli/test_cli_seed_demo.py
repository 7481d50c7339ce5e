"""``mesodesk seed-demo``: an empty database gets the demo, one with patients only with --force."""

from __future__ import annotations

from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database
from tests.cli.test_cli import assert_one_line_error, run_as
from tests.factories import ACTOR


def _patients(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM patient").scalar() or 0)


def test_seed_demo_refuses_a_database_with_patients_unless_forced(
    db: Database, db_args: list[str]
) -> None:
    create_patient(db, PatientInput("Ingrid", "Sørensen"), actor=ACTOR)

    refused = run_as("seed-demo", *db_args, "--patients", "3")
    assert_one_line_error(refused, "already has 1 patient")
    assert "--force" in refused.stderr
    assert _patients(db) == 1

    forced = run_as("seed-demo", *db_args, "--patients", "3", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "Created 3 patients" in forced.stdout
    assert _patients(db) == 4


def test_seed_demo_fills_an_empty_database(db: Database, db_args: list[str]) -> None:
    result = run_as("seed-demo", *db_args, "--patients", "2")
    assert result.returncode == 0, result.stderr
    assert _patients(db) == 2

"""The command line: each command, and every error as one line with a non-zero exit."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mesodesk import __version__, cli
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store import engine as store_engine
from mesodesk.store.engine import Database, url_for_path
from tests.conftest import query_rows, subprocess_env
from tests.factories import ACTOR, TEST_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


SIGN_IN = ("--user", ACTOR.login, "--password-stdin")
"""Sign in as ``ACTOR`` (every test database has its account), password on stdin."""


def run_cli(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mesodesk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=subprocess_env(),
        input=input,
    )


def run_as(*args: str) -> subprocess.CompletedProcess[str]:
    """``run_cli`` signed in as ``ACTOR``."""
    return run_cli(*args, *SIGN_IN, input=TEST_PASSWORD + "\n")


def sign_in_on_stdin(monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    """For ``cli.main`` in this process: ``ACTOR``'s password on stdin, and the options."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEST_PASSWORD + "\n"))
    return SIGN_IN


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert fragment in lines[0]


def test_version_and_help_list_the_commands() -> None:
    assert run_cli("--version").stdout.strip() == f"mesodesk {__version__}"
    helptext = run_cli("--help").stdout
    for command in cli.COMMANDS:
        assert command in helptext


def test_main_py_and_module_are_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert result.stdout.strip() == f"mesodesk {__version__}"


def test_check_reports_ok_on_a_healthy_database(db_args: list[str]) -> None:
    result = run_cli("check", *db_args)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout


@pytest.mark.sqlite_only(
    reason="breaks the SQLite file through a raw connection; the server's check: test_cli_server.py"
)
def test_check_lists_problems_and_exits_1(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER audit_event_no_delete")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO medical_profile (patient_id, recorded_at, recorded_by, allergies_text,"
            " allergens, medications_text, on_blood_thinners, autoimmune_disease, autoimmune_notes,"
            " keloid_tendency, skin_conditions_text, skin_condition_areas,"
            " pregnant_or_breastfeeding, needle_anxiety, notes)"
            " VALUES (4242, '2026-01-01', '', '', '[]', '', 0, 0, '', 0, '', '[]', 0, 0, '')"
        )
    result = run_cli("check", "--db", str(db_path))
    assert result.returncode == 1
    assert "foreign key: medical_profile" in result.stderr
    assert "append-only triggers missing: audit_event_no_delete" in result.stderr


@pytest.mark.parametrize("command", ["check", "backup"])
def test_missing_database_path(tmp_path: Path, command: str) -> None:
    extra = ["--out", str(tmp_path / "b.sqlite3")] if command == "backup" else []
    result = run_cli(command, "--db", str(tmp_path / "absent.sqlite3"), *extra)
    assert_one_line_error(result, "No database at")


def test_file_that_is_not_sqlite(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("patient list\n" * 50)
    assert_one_line_error(run_cli("check", "--db", str(junk)), "not an SQLite file")
    assert_one_line_error(run_cli("--quit-after-ready", "--db", str(junk)), "not an SQLite file")


def test_folder_given_as_database(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("check", "--db", str(tmp_path)), "is a folder")


@pytest.mark.sqlite_only(reason="a file that cannot be read")
def test_unreadable_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Tests may run as root, for whom chmod 000 changes nothing: make the open itself fail.
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self == db_path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    assert cli.main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be read: Permission denied" in err[0]


@pytest.mark.sqlite_only(reason="restores the SQLite file")
def test_database_from_a_newer_mesodesk(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert_one_line_error(run_cli("--quit-after-ready", "--db", str(db_path)), "newer mesodesk")
    assert_one_line_error(
        run_as("restore", "--db", str(db_path.with_name("x.sqlite3")), "--from", str(db_path)),
        "newer mesodesk",
    )


@pytest.mark.sqlite_only(reason="SQLite's file lock")
def test_database_locked_by_another_process(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], isolation_level=None);"
            " c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); sys.stdin.read()",
            str(db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 200)
        status = cli.main(
            ["seed-demo", "--db", str(db_path), "--patients", "3", *sign_in_on_stdin(monkeypatch)]
        )
        err = capsys.readouterr().err.strip().splitlines()
        assert status == 1
        assert len(err) == 1 and "locked by another program" in err[0]
    finally:
        holder.communicate("", timeout=10)


@pytest.mark.sqlite_only(reason="fills the SQLite file with max_page_count")
def test_full_disk_is_reported_and_nothing_half_written(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(db_path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    monkeypatch.setitem(store_engine.EXTRA_SQLITE_PRAGMAS, "max_page_count", pages + 2)
    status = cli.main(
        ["seed-demo", "--db", str(db_path), "--patients", "2000", *sign_in_on_stdin(monkeypatch)]
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1
    assert "disk" in err[-1] and "full" in err[-1] and "Traceback" not in "\n".join(err)
    monkeypatch.delitem(store_engine.EXTRA_SQLITE_PRAGMAS, "max_page_count")
    db = Database.connect(url_for_path(db_path))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM patient").scalar() == 0
    db.dispose()


@pytest.mark.sqlite_only(
    reason="backs up and replaces the SQLite file; server backups: test_cli_server.py"
)
def test_backup_and_restore_round_trip_keeps_the_replaced_file(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    create_patient(db, PatientInput("Ingrid", "Sørensen"), actor=ACTOR)
    backup = tmp_path / "backup.sqlite3"
    result = run_cli("backup", "--db", str(db_path), "--out", str(backup))
    assert result.returncode == 0, result.stderr
    create_patient(db, PatientInput("Later", "Patient"), actor=ACTOR)
    db.dispose()
    result = run_as("restore", "--db", str(db_path), "--from", str(backup))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db_path) as conn:
        assert [r[0] for r in conn.execute("SELECT family_name FROM patient")] == ["Sørensen"]
    kept = list(tmp_path.glob("clinic.sqlite3.replaced-*"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT family_name FROM patient")) == [
            "Patient",
            "Sørensen",
        ]
    assert run_cli("check", "--db", str(db_path)).returncode == 0


@pytest.mark.sqlite_only(reason="restores over the SQLite file")
def test_restore_refuses_a_file_that_is_not_a_mesodesk_database(
    db_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = db_path.read_bytes()
    assert_one_line_error(
        run_as("restore", "--db", str(db_path), "--from", str(other)), "not a mesodesk database"
    )
    assert_one_line_error(
        run_as("restore", "--db", str(db_path), "--from", str(tmp_path / "nope")), "No database at"
    )
    assert db_path.read_bytes() == before


def test_backup_to_a_missing_folder(db_args: list[str], tmp_path: Path) -> None:
    assert_one_line_error(
        run_cli("backup", *db_args, "--out", str(tmp_path / "no" / "such" / "b.sqlite3")),
        "does not exist",
    )


def test_usage_errors_exit_2() -> None:
    result = run_cli("seed-demo", "--db")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_import_patients_reports_bad_rows_with_line_numbers(
    db_args: list[str], db_url: str, tmp_path: Path
) -> None:
    csv_file = tmp_path / "patients.csv"
    csv_file.write_bytes(
        "\ufefffamily_name;given_name;date_of_birth;phone\n"
        "Dąbrowska;Zofia;1980-02-03;+48 600 100 200\n"
        ";Nameless;1980-02-03;\n"
        '"=HYPERLINK(""http://x"")";Eve;;\n'.encode()
    )
    result = run_as("import-patients", *db_args, str(csv_file))
    assert result.returncode == 1, result.stderr  # a refused row is a failure to report
    assert "Imported 2 patient(s)" in result.stdout
    assert "line 3:" in result.stderr
    names = sorted(r[0] for r in query_rows(db_url, "SELECT family_name FROM patient"))
    assert names == ['=HYPERLINK("http://x")', "Dąbrowska"]


def test_import_patients_all_or_nothing_imports_nothing(
    db_args: list[str], db_url: str, tmp_path: Path
) -> None:
    csv_file = tmp_path / "patients.csv"
    csv_file.write_text("given_name,family_name\nAna,Silva\n,Missing\n", encoding="utf-8")
    result = run_as("import-patients", *db_args, str(csv_file), "--all-or-nothing")
    assert result.returncode == 1
    assert query_rows(db_url, "SELECT count(*) FROM patient") == [(0,)]


def test_import_patients_empty_file_is_one_clear_line(db_args: list[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert_one_line_error(run_as("import-patients", *db_args, str(empty)), "empty")

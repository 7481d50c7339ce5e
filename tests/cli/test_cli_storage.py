"""The command line on awkward files and pipes: empty databases, closed pipes, existing
backups, missing libraries and damaged CSV encodings."""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mesodesk import cli
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database
from tests.cli.test_cli import ROOT, assert_one_line_error, run_as, run_cli
from tests.conftest import query_rows, subprocess_env
from tests.factories import ACTOR


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    return path


def test_check_reads_an_empty_file_without_writing_into_it(empty_db: Path) -> None:
    assert_one_line_error(run_cli("check", "--db", str(empty_db)), "not a mesodesk database")
    assert empty_db.read_bytes() == b""
    assert sorted(p.name for p in empty_db.parent.iterdir()) == ["empty.sqlite3"]


@pytest.mark.parametrize(
    "command",
    [
        ["import-patients", "--db", "{db}", "{csv}"],
        ["recall", "--db", "{db}", "--lot", "L1"],
        ["aftercare", "--db", "{db}", "--session", "1", "--out", "{dir}/s.pdf"],
        ["backup", "--db", "{db}", "--out", "{dir}/copy.sqlite3"],
        ["restore", "--db", "{dir}/target.sqlite3", "--from", "{db}"],
    ],
)
def test_other_commands_refuse_an_empty_file(
    empty_db: Path, tmp_path: Path, command: list[str]
) -> None:
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("given_name,family_name\nAna,Silva\n", encoding="utf-8")
    args = [a.format(db=empty_db, csv=csv_file, dir=tmp_path) for a in command]
    status = cli.main(args)
    assert status == 1
    assert empty_db.read_bytes() == b""
    assert not (tmp_path / "copy.sqlite3").exists()
    assert not (tmp_path / "target.sqlite3").exists()


def test_the_window_refuses_an_empty_file_too(empty_db: Path) -> None:
    result = run_cli("--quit-after-ready", "--db", str(empty_db))
    assert_one_line_error(result, "not a mesodesk database")
    assert empty_db.read_bytes() == b""


def test_output_into_a_closed_pipe_ends_quietly(db_args: list[str]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "mesodesk", "check", *db_args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert err == ""
    assert proc.returncode == 141


def test_check_piped_into_head_prints_one_line_and_no_error(db_args: list[str]) -> None:
    options = " ".join(shlex.quote(a) for a in db_args)
    command = f'"{sys.executable}" -m mesodesk check {options} | head -1'
    result = subprocess.run(
        ["sh", "-c", command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=subprocess_env(),
    )
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1 and "OK" in result.stdout
    assert result.stderr == ""


def test_a_missing_library_is_one_line_not_two_tracebacks(db_args: list[str]) -> None:
    script = (
        "import sys\n"
        "sys.modules['sqlalchemy'] = None  # as if it were not installed\n"
        "from mesodesk.cli import main\n"
        f"sys.exit(main(['check', *{db_args!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=subprocess_env(),
    )
    assert_one_line_error(result, "sqlalchemy")
    assert "reinstall" in result.stderr


def test_backup_refuses_to_overwrite_unless_forced(db_args: list[str], tmp_path: Path) -> None:
    out = tmp_path / "backup.sqlite3"
    out.write_bytes(b"an older backup")
    result = run_cli("backup", *db_args, "--out", str(out))
    assert_one_line_error(result, "already exists")
    assert "--force" in result.stderr
    assert out.read_bytes() == b"an older backup"
    result = run_cli("backup", *db_args, "--out", str(out), "--force")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


@pytest.mark.sqlite_only(reason="the files beside the SQLite file")
def test_backup_leaves_no_wal_or_shm_files_next_to_the_source(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    db.dispose()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = sorted(p.name for p in db_path.parent.iterdir())
    result = run_cli("backup", "--db", str(db_path), "--out", str(out_dir / "b.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in db_path.parent.iterdir()) == before
    assert sorted(p.name for p in out_dir.iterdir()) == ["b.sqlite3", "b.sqlite3.manifest.json"]


def _csv(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "patients.csv"
    path.write_bytes(data)
    return path


def test_import_with_refused_rows_exits_non_zero_and_says_so(
    db_args: list[str], tmp_path: Path
) -> None:
    path = _csv(tmp_path, b"given_name,family_name\nAna,Silva\n,Nameless\n")
    result = run_as("import-patients", *db_args, str(path))
    assert result.returncode == 1
    assert "Imported 1 patient(s)" in result.stdout
    assert "line 3:" in result.stderr
    assert "1 row(s) refused" in result.stderr.splitlines()[-1]


def test_import_says_which_encoding_it_read(
    db_args: list[str], db_url: str, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "given_name;family_name\nHélène;Lefèvre\n".encode("cp1252"))
    result = run_as("import-patients", *db_args, str(path))
    assert result.returncode == 0, result.stderr
    assert "Windows-1252" in result.stdout
    assert query_rows(db_url, "SELECT given_name FROM patient") == [("Hélène",)]
    path = _csv(tmp_path, "given_name,family_name\nJérôme,Dupont\n".encode())
    result = run_as("import-patients", *db_args, str(path))
    assert result.returncode == 0, result.stderr
    assert "UTF-8" in result.stdout


def test_mostly_utf8_with_a_few_bad_bytes_is_refused_with_their_lines(
    db_args: list[str], db_url: str, tmp_path: Path
) -> None:
    rows = ["given_name,family_name"] + [f"Jérôme,Dupont{n}" for n in range(8)]
    data = "\n".join(rows).encode() + b"\n"
    lines = data.split(b"\n")
    lines[3] = b"Ana,Silv\xe1"  # a lone Windows-1252 byte on line 4
    lines[6] = b"Eva,M\xfcller"  # and on line 7
    path = _csv(tmp_path, b"\n".join(lines))
    result = run_as("import-patients", *db_args, str(path))
    assert_one_line_error(result, "not valid UTF-8")
    assert "lines 4 and 7" in result.stderr
    assert query_rows(db_url, "SELECT count(*) FROM patient") == [(0,)]


@pytest.mark.sqlite_only(reason="restores over the SQLite file")
def test_restore_refuses_another_databases_backup_unless_forced(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    import uuid

    from mesodesk.services.database import open_database
    from mesodesk.services.identity import database_id, set_database_id
    from mesodesk.store.engine import url_for_path

    create_patient(db, PatientInput("Ours", "Patient"), actor=ACTOR)
    db.dispose()
    theirs = tmp_path / "theirs" / "clinic.sqlite3"
    theirs.parent.mkdir()
    shutil.copyfile(db_path, theirs)
    other = open_database(url_for_path(theirs))
    set_database_id(other, uuid.uuid4().hex)
    other_id = database_id(other)
    other.dispose()
    backup = tmp_path / "theirs" / "backup.sqlite3"
    assert run_cli("backup", "--db", str(theirs), "--out", str(backup)).returncode == 0
    before = db_path.read_bytes()
    assert_one_line_error(
        run_as("restore", "--db", str(db_path), "--from", str(backup)),
        "is a backup of another database",
    )
    assert db_path.read_bytes() == before
    assert "--other-database" in run_cli("restore", "--help").stdout
    forced = run_as("restore", "--db", str(db_path), "--from", str(backup), "--other-database")
    assert forced.returncode == 0, forced.stderr
    assert (
        query_rows(url_for_path(db_path), "SELECT value FROM setting WHERE key = 'database.id'")[0][
            0
        ]
        == f'"{other_id}"'
    )

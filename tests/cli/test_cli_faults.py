"""Every command on every damaged, cut-off, newer, read-only or locked database: one line
naming the file and the fault, exit status 1, and nothing lost."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from mesodesk import cli
from mesodesk.store import engine as store_engine
from mesodesk.store.engine import Database, sqlite_path
from tests.cli.test_cli import ROOT, run_cli
from tests.conftest import query_rows, subprocess_env
from tests.factories import ACTOR, TEST_PASSWORD
from tests.faults import damage_a_table_page, leftovers, newer_schema, read_only, truncate

COMMANDS = {
    "check": ["check", "--db", "{db}"],
    "backup": ["backup", "--db", "{db}", "--out", "{out}/copy.sqlite3"],
    "backup-auto": ["backup", "--db", "{db}", "--auto"],
    "restore-from": ["restore", "--db", "{out}/target.sqlite3", "--from", "{db}"],
    "import-patients": ["import-patients", "--db", "{db}", "{out}/p.csv"],
    "recall": ["recall", "--db", "{db}", "--lot", "L1"],
    "aftercare": ["aftercare", "--db", "{db}", "--session", "1", "--out", "{out}/s.pdf"],
    "seed-demo": ["seed-demo", "--db", "{db}", "--patients", "2"],
}


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], isolation_level=None);"
            " c.execute('PRAGMA journal_mode=DELETE'); c.execute('BEGIN EXCLUSIVE');"
            " print('locked', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.communicate("", timeout=10)


FAULTS: dict[str, tuple[Callable[[Path], Any], str]] = {
    "damaged": (lambda path: damage_a_table_page(path, "indication"), "damaged"),
    "truncated": (truncate, "damaged"),
    "newer": (newer_schema, "newer mesodesk"),
}


def _run(command: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    status = cli.main(command)
    err = capsys.readouterr().err.strip().splitlines()
    return status, err


def _prepare(db_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    (out / "p.csv").write_text("given_name,family_name\nAna,Silva\n", encoding="utf-8")
    return out


@pytest.mark.sqlite_only(reason="faults of the SQLite file itself")
@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_names_a_faulty_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fault: str, name: str
) -> None:
    make_fault, expected = FAULTS[fault]
    out = _prepare(db_path, tmp_path)
    make_fault(db_path)
    before = db_path.read_bytes()
    command = [a.format(db=db_path, out=out) for a in COMMANDS[name]]
    status, err = _run(command, capsys)
    assert status == 1
    assert str(db_path) in err[0]
    if name != "check":  # check lists every problem it finds, one per line
        assert len(err) == 1 and expected in err[0], err
    assert db_path.read_bytes() == before, "nothing written into the faulty file"
    assert leftovers(out) == [] and leftovers(db_path.parent) == []
    assert not (out / "copy.sqlite3").exists() and not (out / "target.sqlite3").exists()


@pytest.mark.sqlite_only(reason="faults of the SQLite file itself")
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_on_a_locked_database_is_bounded_and_named(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 200)
    out = _prepare(db_path, tmp_path)
    command = [a.format(db=db_path, out=out) for a in COMMANDS[name]]
    with _locked(db_path):
        status, err = _run(command, capsys)
    assert status == 1
    assert len(err) == 1 and "locked" in err[0] and str(db_path) in err[0], err
    assert leftovers(out) == []


WRITES = {"import-patients", "seed-demo", "aftercare"}


@pytest.mark.sqlite_only(reason="faults of the SQLite file itself")
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_on_a_read_only_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """Reading commands work; writing ones say "read-only" before anything is typed in."""
    out = _prepare(db_path, tmp_path)
    command = [a.format(db=db_path, out=out) for a in COMMANDS[name]]
    before = db_path.read_bytes()
    with read_only(db_path):
        status, err = _run(command, capsys)
    if name in ("check", "backup", "backup-auto", "restore-from"):
        assert status == 0, err
    else:
        assert status == 1 and len(err) == 1, err
        assert "read-only" in err[0] and str(db_path) in err[0]
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only(reason="faults of the SQLite file itself")
def test_restore_into_a_read_only_file_is_refused_in_one_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "good.sqlite3"
    shutil.copyfile(db_path, backup)
    with read_only(db_path):
        status, err = _run(["restore", "--db", str(db_path), "--from", str(backup)], capsys)
    assert status == 1 and len(err) == 1 and "read-only" in err[0] and str(db_path) in err[0]
    assert leftovers(tmp_path) == []


@pytest.mark.sqlite_only(reason="faults of the SQLite file itself")
@pytest.mark.parametrize("fault", ["damaged", "truncated"])
def test_restore_over_a_damaged_database_keeps_it_aside(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fault: str
) -> None:
    backup = tmp_path / "good.sqlite3"
    shutil.copyfile(db_path, backup)
    FAULTS[fault][0](db_path)
    damaged = db_path.read_bytes()
    status = cli.main(["restore", "--db", str(db_path), "--from", str(backup)])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    kept = sorted(db_path.parent.glob(f"{db_path.name}.replaced-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert cli.main(["check", "--db", str(db_path)]) == 0


@pytest.mark.sqlite_only(reason="faults of the SQLite file itself")
@pytest.mark.parametrize(
    ("fault", "expected"),
    [("damaged", "damaged"), ("truncated", "damaged"), ("newer", "newer mesodesk")],
)
def test_the_window_names_a_faulty_database(db_path: Path, fault: str, expected: str) -> None:
    FAULTS[fault][0](db_path)
    before = db_path.read_bytes()
    result = run_cli("--quit-after-ready", "--db", str(db_path))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1 and expected in lines[0], result.stderr
    assert str(db_path) in lines[0]
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only(reason="faults of the SQLite file itself")
def test_the_window_on_a_read_only_file_says_so(db_path: Path) -> None:
    with read_only(db_path):
        result = run_cli("--quit-after-ready", "--db", str(db_path))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1 and "read-only" in lines[0], result.stderr
    assert "already open" not in result.stderr


def test_a_read_only_folder_at_start_is_not_called_already_open(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mesodesk",
                "--quit-after-ready",
                "--db",
                str(folder / "new.sqlite3"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env=subprocess_env(),
        )
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert "read-only" in lines[0] and "already open" not in lines[0]


def test_encrypted_backup_and_restore_through_the_command_line(
    db_args: list[str], db_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Over the clinic's file (its admin signs in), or into an empty server database."""
    out = tmp_path / "copy.mdbk"

    def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mesodesk", *args],
            cwd=ROOT,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            env=subprocess_env(),
        )

    made = run("backup", *db_args, "--out", str(out), "--passphrase-stdin",
               stdin="long passphrase\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    db_path = sqlite_path(db_url)
    if db_path is None:
        cluster = request.getfixturevalue("pg_cluster")
        target = cluster.empty_database()
        request.addfinalizer(lambda: cluster.drop(target))
        restore: tuple[str, ...] = ("restore", "--database-url", target, "--from", str(out))
        wrong = run(*restore, "--passphrase-stdin", stdin="wrong one!\n")
        lines = wrong.stderr.strip().splitlines()
        assert wrong.returncode == 1 and len(lines) == 1 and "passphrase does not open" in lines[0]
        assert query_rows(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [
            (0,)
        ]
        no_passphrase = run(*restore, stdin="")
        assert no_passphrase.returncode == 1 and "--passphrase-stdin" in no_passphrase.stderr
        right = run(*restore, "--passphrase-stdin", stdin="long passphrase\n")
        assert right.returncode == 0, right.stderr
        assert leftovers(tmp_path) == []
        return
    before = db_path.read_bytes()
    restore = ("restore", "--db", str(db_path), "--from", str(out), "--user", ACTOR.login)
    wrong = run(*restore, "--passphrase-stdin", "--password-stdin",
                stdin=f"wrong one!\n{TEST_PASSWORD}\n")  # fmt: skip
    lines = wrong.stderr.strip().splitlines()
    assert wrong.returncode == 1 and len(lines) == 1 and "passphrase does not open" in lines[0]
    # Nothing was replaced (the sign-in itself is audited in the database, so its bytes move).
    assert not list(db_path.parent.glob(f"{db_path.name}.replaced-*"))
    assert before[:16] == db_path.read_bytes()[:16]
    no_passphrase = run(*restore, stdin="")
    assert no_passphrase.returncode == 1 and "--passphrase-stdin" in no_passphrase.stderr
    right = run(*restore, "--passphrase-stdin", "--password-stdin",
                stdin=f"long passphrase\n{TEST_PASSWORD}\n")  # fmt: skip
    assert right.returncode == 0, right.stderr
    assert leftovers(tmp_path) == [] and leftovers(db_path.parent) == []


def test_backup_auto_writes_into_the_backups_folder(
    db: Database, db_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Beside the file; for a clinic on a server, in this computer's data folder."""
    from mesodesk.services.backups import backup_folder

    folder = backup_folder(db)
    assert cli.main(["backup", *db_args, "--auto"]) == 0
    written = list(folder.glob("*.sqlite3"))
    assert len(written) == 1 and "Backup written to" in capsys.readouterr().out

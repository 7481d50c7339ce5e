"""Opening notices a damaged, cut-off, read-only, locked or newer database and names it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mesodesk.services.backups import full_check, open_state, quick_open_check
from mesodesk.services.database import open_current_file, open_database
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.errors import (
    DamagedDatabase,
    DatabaseLocked,
    NewerSchema,
    ReadOnlyDatabase,
    StorageError,
)
from mesodesk.store.models import Patient
from tests.factories import ACTOR
from tests.faults import damage_a_table_page, newer_schema, read_only, truncate

pytestmark = pytest.mark.sqlite_only(
    reason="faults of the SQLite file itself: damage, truncation, permissions, locks, a full disk"
)


@pytest.fixture
def filled(db: Database, db_path: Path) -> Path:
    for n in range(40):
        create_patient(db, PatientInput(f"Ana{n}", "Silva" * 10), actor=ACTOR)
    db.dispose()
    return db_path


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count(Patient.id))) or 0)


def _one_line(error: BaseException, path: Path) -> str:
    message = str(error)
    assert "\n" not in message and str(path) in message
    return message


def test_a_damaged_database_is_refused_for_writing_and_opens_read_only(filled: Path) -> None:
    """It used to open silently and take a new patient into the damaged file."""
    damage_a_table_page(filled)
    before = filled.read_bytes()
    with pytest.raises(DamagedDatabase) as caught:
        open_database(url_for_path(filled))
    assert "damaged" in _one_line(caught.value, filled)
    assert open_current_file(filled) is None  # the window's fast path refuses it too
    state = open_state(filled)
    assert state.kind == "damaged" and str(filled) in state.reason
    assert not quick_open_check(filled).ok and not full_check(filled).ok
    looking = open_database(url_for_path(filled), read_only=True)
    try:
        assert looking.read_only
        with pytest.raises(Exception):  # noqa: B017 - any write fails on a mode=ro connection
            create_patient(looking, PatientInput("New", "Patient"), actor=ACTOR)
    finally:
        looking.dispose()
    assert filled.read_bytes() == before


def test_a_truncated_file_is_named_as_cut_short(filled: Path) -> None:
    truncate(filled)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(url_for_path(filled))
    assert "damaged" in _one_line(caught.value, filled)
    assert open_state(filled).kind == "damaged"


def test_a_newer_schema_is_named(filled: Path) -> None:
    newer_schema(filled)
    with pytest.raises(NewerSchema) as caught:
        open_database(url_for_path(filled))
    assert "newer mesodesk" in _one_line(caught.value, filled)
    assert open_state(filled).kind == "newer_schema"
    with pytest.raises(NewerSchema):
        open_database(url_for_path(filled), read_only=True)


def test_a_read_only_file_is_detected_at_open_and_can_be_looked_at(filled: Path) -> None:
    with read_only(filled):
        with pytest.raises(ReadOnlyDatabase) as caught:
            open_database(url_for_path(filled))
        assert "read-only" in _one_line(caught.value, filled)
        state = open_state(filled)
        assert state.kind == "read_only" and "looking" in state.reason
        looking = open_database(url_for_path(filled), read_only=True)
        try:
            assert _count(looking) == 40
        finally:
            looking.dispose()


def test_a_read_only_folder_is_detected_at_open(filled: Path) -> None:
    folder = filled.parent / "ro"
    folder.mkdir()
    inside = folder / "clinic.sqlite3"
    filled.rename(inside)
    with read_only(folder):
        with pytest.raises(ReadOnlyDatabase) as caught:
            open_database(url_for_path(inside))
        assert "read-only" in _one_line(caught.value, folder)
        assert open_state(inside).kind == "read_only"
        looking = open_database(url_for_path(inside), read_only=True)
        try:
            assert _count(looking) == 40
        finally:
            looking.dispose()
        missing = folder / "new.sqlite3"
        with pytest.raises(ReadOnlyDatabase):
            open_database(url_for_path(missing))


def test_a_locked_database_is_named_as_locked(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mesodesk.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], isolation_level=None);"
            " c.execute('PRAGMA journal_mode=DELETE'); c.execute('BEGIN EXCLUSIVE');"
            " print('locked', flush=True); sys.stdin.read()",
            str(filled),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked) as caught:
            open_database(url_for_path(filled))
        assert "locked" in _one_line(caught.value, filled)
        assert open_state(filled).kind == "locked"
    finally:
        holder.communicate("", timeout=10)
    open_database(url_for_path(filled)).dispose()  # nothing lost once it is free


def test_a_big_file_gets_a_bounded_check_and_a_full_one_later(filled: Path) -> None:
    result = quick_open_check(filled, budget_pages=1)
    assert result.ok and not result.complete
    assert open_state(filled, budget_pages=1).check_complete is False
    assert full_check(filled).ok


def test_storage_errors_are_one_line() -> None:
    error = StorageError("first line\n  second line")
    assert str(error) == "first line second line"


def test_disk_full_through_max_page_count_loses_no_confirmed_save(
    db: Database, db_path: Path
) -> None:
    from mesodesk.services.describe import describe
    from mesodesk.store import engine
    from mesodesk.store.errors import DiskFull, translate

    confirmed = [create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR).id]
    db.dispose()
    with sqlite3.connect(db_path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    engine.EXTRA_SQLITE_PRAGMAS["max_page_count"] = pages
    try:
        full = open_database(url_for_path(db_path))
        try:
            with pytest.raises(Exception) as caught:
                for n in range(500):
                    confirmed.append(
                        create_patient(
                            full, PatientInput(f"P{n}", "X" * 100, notes="N" * 2000), actor=ACTOR
                        ).id
                    )
            assert isinstance(translate(caught.value), DiskFull)
            message = describe(caught.value)
            assert "full" in message and str(db_path) in message and "\n" not in message
        finally:
            full.dispose()
    finally:
        engine.EXTRA_SQLITE_PRAGMAS.pop("max_page_count")
    with sqlite3.connect(db_path) as conn:
        ids = {r[0] for r in conn.execute("SELECT id FROM patient")}
        audited = {
            r[0] for r in conn.execute("SELECT entity_id FROM audit_event WHERE entity='patient'")
        }
    conn.close()
    assert set(confirmed) <= ids and set(confirmed) <= audited

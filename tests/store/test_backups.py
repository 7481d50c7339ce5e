"""Backups: one checked snapshot with its manifest, whatever the write rate or the fault."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from mesodesk.domain import clock
from mesodesk.services.backups import (
    BackupPolicy,
    backup_due,
    backup_stale,
    last_good_backup,
    list_backups,
    rotate,
    save_backup_policy,
    take_backup,
)
from mesodesk.services.database import back_up
from mesodesk.services.dto import PatientInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.patients import create_patient
from mesodesk.store.backup import online_backup
from mesodesk.store.engine import Database
from mesodesk.store.errors import DamagedDatabase, DiskFull, ReadOnlyDatabase
from mesodesk.store.migrate import HEAD_REVISION
from mesodesk.store.snapshot import read_manifest, sha256_of
from tests.conftest import subprocess_env
from tests.factories import ACTOR
from tests.faults import damage_a_table_page, leftovers, read_only, tiny_disk

ROOT = Path(__file__).resolve().parents[2]


def _quick_check(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        result = [r[0] for r in conn.execute("PRAGMA quick_check")]
    conn.close()
    return result


@pytest.mark.sqlite_only(reason="the backup of an SQLite file, its faults and its folder")
def test_a_backup_under_continuous_writes_finishes_and_verifies(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    """Page-by-page copying restarted on every write and never finished; one snapshot does."""
    db.dispose()
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer_child", str(db_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        assert writer.stdout.readline().strip().isdigit()  # it is writing
        outs = [tmp_path / f"under-writes-{n}.sqlite3" for n in range(3)]
        for out in outs:
            online_backup(db_path, out)
        assert writer.poll() is None, "the writer kept writing all along"
    finally:
        writer.kill()
        writer.wait(timeout=30)
    for out in outs:
        manifest = read_manifest(out)
        assert manifest is not None and manifest.check_ok
        assert manifest.sha256 == sha256_of(out) and manifest.size == out.stat().st_size
        assert _quick_check(out) == ["ok"]
    assert leftovers(tmp_path) == []


@pytest.mark.sqlite_only(reason="the backup of an SQLite file, its faults and its folder")
def test_the_manifest_records_the_check_counts_and_digest(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    out = back_up(db, tmp_path / "copy.sqlite3")
    data = json.loads((tmp_path / "copy.sqlite3.manifest.json").read_text())
    assert data["check_ok"] is True and data["check_message"] == "ok"
    assert data["revision"] == HEAD_REVISION and data["counts"]["patients"] == 1
    assert data["sha256"] == sha256_of(out) and data["encrypted"] is False
    assert data["source"] == str(db_path.resolve())


@pytest.mark.sqlite_only(reason="the backup of an SQLite file, its faults and its folder")
def test_a_damaged_source_is_named_and_no_backup_is_written(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    for n in range(30):
        create_patient(db, PatientInput(f"Ana{n}", "Silva"), actor=ACTOR)
    db.dispose()
    damage_a_table_page(db_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(DamagedDatabase) as caught:
        online_backup(db_path, out_dir / "copy.sqlite3")
    message = str(caught.value)
    assert str(db_path) in message and "damaged" in message and "\n" not in message
    assert list(out_dir.iterdir()) == []


@pytest.mark.sqlite_only(reason="the backup of an SQLite file, its faults and its folder")
def test_a_read_only_source_folder_is_backed_up_in_bounded_time(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    """It used to spin at 100% CPU for ever, leaving a .partial and a journal."""
    create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    db.dispose()
    folder = db_path.parent / "ro"
    folder.mkdir()
    source = folder / "clinic.sqlite3"
    db_path.rename(source)
    out_dir = tmp_path.parent / f"{tmp_path.name}-out"
    out_dir.mkdir()
    with read_only(folder):
        out = online_backup(source, out_dir / "copy.sqlite3")
    assert _quick_check(out) == ["ok"]
    manifest = read_manifest(out)
    assert manifest is not None and manifest.counts["patients"] == 1
    assert leftovers(out_dir) == [] and leftovers(folder) == []


@pytest.mark.sqlite_only(reason="the backup of an SQLite file, its faults and its folder")
def test_a_full_destination_is_named_as_such_and_leaves_nothing(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    for n in range(200):
        create_patient(db, PatientInput(f"Ana{n}", "Silva" * 20), actor=ACTOR)
    db.dispose()
    with tiny_disk(tmp_path / "small", size_kb=64) as small:
        with pytest.raises(DiskFull) as caught:
            online_backup(db_path, small / "copy.sqlite3")
        message = str(caught.value)
        assert str(small) in message and "full" in message
        assert str(db_path) not in message, "the source's disk is not the full one"
        assert list(small.iterdir()) == []


@pytest.mark.sqlite_only(reason="the backup of an SQLite file, its faults and its folder")
def test_a_read_only_destination_folder_is_named(db_path: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "locked-out"
    out_dir.mkdir()
    with read_only(out_dir):
        with pytest.raises(ReadOnlyDatabase) as caught:
            online_backup(db_path, out_dir / "copy.sqlite3")
    assert str(out_dir) in str(caught.value)
    assert list(out_dir.iterdir()) == []


@pytest.mark.sqlite_only(reason="the backup of an SQLite file, its faults and its folder")
def test_automatic_backups_go_beside_the_database_and_rotate(db: Database, db_path: Path) -> None:
    assert backup_due(db) and backup_stale(db) and last_good_backup(db) is None
    start = datetime(2026, 1, 1, 18, 0)
    for day in range(40):
        with clock.frozen(start + timedelta(days=day)):
            take_backup(db, reason="automatic")
    folder = db_path.parent / "backups"
    kept = list_backups(folder)
    assert all(b.check_ok for b in kept)
    days = sorted(b.taken_at.date() for b in kept if b.taken_at)
    daily = [date(2026, 2, d) for d in range(3, 10)]  # the last 7 days (to Monday 9 February)
    weekly = [date(2026, 1, 25), date(2026, 2, 1)]  # newest of the 2 ISO weeks before them
    monthly = [date(2026, 1, 31)]  # newest of January
    assert days == sorted(daily + weekly + monthly)
    with clock.frozen(start + timedelta(days=39, hours=5)):
        assert not backup_due(db) and not backup_stale(db)
        good = last_good_backup(db)
        assert good is not None and good.taken_at == start + timedelta(days=39)
    with clock.frozen(start + timedelta(days=40)):
        assert backup_due(db)
    with clock.frozen(start + timedelta(days=42)):
        assert backup_stale(db)


def test_rotation_never_deletes_the_last_good_backup(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    with clock.frozen(datetime(2026, 3, 1, 9, 0)):
        good = take_backup(db, folder=folder)
    with clock.frozen(datetime(2026, 3, 5, 9, 0)):
        bad = take_backup(db, folder=folder)
    manifest = json.loads((folder / (bad.path.name + ".manifest.json")).read_text())
    manifest["check_ok"], manifest["check_message"] = False, "damaged"
    (folder / (bad.path.name + ".manifest.json")).write_text(json.dumps(manifest))
    policy = BackupPolicy(keep_daily=1, keep_weekly=0, keep_monthly=0)
    assert rotate(folder, policy) == []
    assert {b.path for b in list_backups(folder)} == {good.path, bad.path}


def test_the_policy_is_a_checked_audited_setting(db: Database, tmp_path: Path) -> None:
    policy = BackupPolicy(folder=str(tmp_path / "elsewhere"), every_hours=6, keep_daily=3)
    save_backup_policy(db, policy, actor=ACTOR)
    with clock.frozen(datetime(2026, 5, 1, 9, 0)):
        info = take_backup(db)
    assert info.path.parent == tmp_path / "elsewhere"
    with pytest.raises(ValidationFailed, match="keep_daily"):
        save_backup_policy(db, BackupPolicy(keep_daily=0), actor=ACTOR)

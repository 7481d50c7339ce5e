"""Each database has an id of its own, kept by copies, backups and restores; a backup of
another database in the same folder is never its last good backup, never rotated away,
and not restored over it unless forced."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from mesodesk.domain import clock
from mesodesk.services import settings
from mesodesk.services.backups import (
    BackupPolicy,
    backups_of,
    last_good_backup,
    restore_backup,
    save_backup_policy,
    take_backup,
)
from mesodesk.services.database import open_database
from mesodesk.services.dto import PatientInput
from mesodesk.services.errors import OtherDatabase, ValidationFailed
from mesodesk.services.identity import (
    DATABASE_ID_KEY,
    database_id,
    ensure_database_id,
    set_database_id,
)
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.models import Setting
from mesodesk.store.snapshot import read_manifest
from tests.factories import ACTOR


def other_clinic(new_db: Callable[[], Database]) -> Database:
    """A second database with an id of its own (the test databases are copies of one)."""
    other = new_db()
    set_database_id(other, uuid.uuid4().hex)
    return other


def shared_folder(db: Database, folder: Path) -> None:
    save_backup_policy(db, BackupPolicy(folder=str(folder)), actor=ACTOR)


def given_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = [r[0] for r in conn.execute("SELECT given_name FROM patient ORDER BY id")]
    conn.close()
    return rows


def test_a_database_has_one_id_made_once(db: Database) -> None:
    made = database_id(db)
    assert len(made) == 32 and int(made, 16) >= 0
    assert ensure_database_id(db) == made
    again = open_database(db.url, create=False)
    try:
        assert database_id(again) == made
    finally:
        again.dispose()


def test_the_id_is_no_clinic_setting(db: Database) -> None:
    made = database_id(db)
    assert DATABASE_ID_KEY not in settings.get_all(db)
    assert DATABASE_ID_KEY not in settings.versions(db)
    with pytest.raises(ValidationFailed):
        settings.put(db, DATABASE_ID_KEY, uuid.uuid4().hex, actor=ACTOR)
    assert database_id(db) == made


@pytest.mark.sqlite_only(reason="a new SQLite file and a copy of the file")
def test_a_new_database_gets_a_new_id_and_a_copy_keeps_it(db: Database, tmp_path: Path) -> None:
    fresh = open_database(url_for_path(tmp_path / "fresh.sqlite3"))
    try:
        fresh_id = database_id(fresh)
    finally:
        fresh.dispose()
    assert fresh_id and fresh_id != database_id(db)
    shutil.copyfile(tmp_path / "fresh.sqlite3", tmp_path / "copy.sqlite3")
    copy = open_database(url_for_path(tmp_path / "copy.sqlite3"), create=False)
    try:
        assert database_id(copy) == fresh_id
    finally:
        copy.dispose()


def test_every_backup_records_the_id_of_its_database(db: Database, tmp_path: Path) -> None:
    written = take_backup(db, folder=tmp_path, actor=ACTOR)
    manifest = read_manifest(written.path)
    assert manifest is not None and manifest.database_id == database_id(db)
    assert written.database_id == database_id(db) and not written.other_database


def test_another_databases_backup_is_never_the_last_good_one(
    db: Database, new_db: Callable[[], Database], tmp_path: Path
) -> None:
    other = other_clinic(new_db)
    folder = tmp_path / "backups"
    shared_folder(db, folder)
    shared_folder(other, folder)
    with clock.frozen(datetime(2026, 3, 1, 9, 0)):
        ours = take_backup(db, reason="automatic")
    with clock.frozen(datetime(2026, 3, 2, 9, 0)):
        theirs = take_backup(other, reason="automatic")
    with clock.frozen(datetime(2026, 3, 2, 10, 0)):
        mine = last_good_backup(db)
        assert mine is not None and mine.path == ours.path
        their_last = last_good_backup(other)
        assert their_last is not None and their_last.path == theirs.path
    listed = {b.path: b.other_database for b in backups_of(db)}
    assert listed == {ours.path: False, theirs.path: True}


def test_rotation_never_deletes_another_databases_backups(
    db: Database, new_db: Callable[[], Database], tmp_path: Path
) -> None:
    other = other_clinic(new_db)
    folder = tmp_path / "backups"
    shared_folder(other, folder)
    with clock.frozen(datetime(2026, 1, 1, 9, 0)):
        theirs = take_backup(other, reason="automatic")
    save_backup_policy(
        db,
        BackupPolicy(folder=str(folder), keep_daily=1, keep_weekly=0, keep_monthly=0),
        actor=ACTOR,
    )
    taken = []
    for day in (1, 2, 3):
        with clock.frozen(datetime(2026, 3, day, 9, 0)):
            taken.append(take_backup(db, reason="automatic").path)
    left = {b.path for b in backups_of(db)}
    assert left == {theirs.path, taken[-1]}


@pytest.mark.sqlite_only(reason="restores over the SQLite file")
def test_a_backup_and_its_restore_keep_the_id(db: Database, db_path: Path, tmp_path: Path) -> None:
    made = database_id(db)
    create_patient(db, PatientInput("Ingrid", "Sørensen"), actor=ACTOR)
    backup = take_backup(db, folder=tmp_path, actor=ACTOR)
    db.dispose()
    restore_backup(db_path, backup, actor=ACTOR)
    restored = open_database(url_for_path(db_path), create=False)
    try:
        assert database_id(restored) == made
    finally:
        restored.dispose()


@pytest.mark.sqlite_only(reason="restores over the SQLite file")
def test_restoring_another_databases_backup_is_refused_unless_forced(
    db: Database, db_path: Path, new_db: Callable[[], Database], tmp_path: Path
) -> None:
    made = database_id(db)
    create_patient(db, PatientInput("Ours", "Patient"), actor=ACTOR)
    other = other_clinic(new_db)
    create_patient(other, PatientInput("Theirs", "Patient"), actor=ACTOR)
    backup = take_backup(other, folder=tmp_path, actor=ACTOR)
    bare = tmp_path / "no-manifest" / "theirs.sqlite3"
    bare.parent.mkdir()
    shutil.copyfile(backup.path, bare)
    other_id = database_id(other)
    other.dispose()
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(OtherDatabase, match="backup of another database"):
        restore_backup(db_path, backup, actor=ACTOR)
    with pytest.raises(OtherDatabase):  # without its manifest: the file itself tells
        restore_backup(db_path, bare, actor=ACTOR)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob(f"{db_path.name}.replaced-*"))
    restore_backup(db_path, backup, actor=ACTOR, other_database=True)
    assert "Theirs" in given_names(db_path) and "Ours" not in given_names(db_path)
    again = open_database(url_for_path(db_path), create=False)
    try:
        assert database_id(again) == other_id != made
    finally:
        again.dispose()


@pytest.mark.sqlite_only(reason="restores over the SQLite file")
def test_a_backup_older_than_the_ids_is_restored_into_this_databases_lineage(
    db: Database, db_path: Path, new_db: Callable[[], Database], tmp_path: Path
) -> None:
    made = database_id(db)
    old = new_db()
    with old.begin() as s:  # a database from before the ids
        s.delete(s.get(Setting, DATABASE_ID_KEY))
    backup = take_backup(old, folder=tmp_path, actor=ACTOR)
    old.dispose()
    assert backup.database_id == "" and not backup.other_database
    db.dispose()
    restore_backup(db_path, backup, actor=ACTOR)
    restored = open_database(url_for_path(db_path), create=False)
    try:
        assert database_id(restored) == made
    finally:
        restored.dispose()


def test_a_backup_restored_onto_a_server_keeps_the_id(
    db: Database, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The same copy table by table as ``move-to-server``: the server database keeps the id."""
    from mesodesk.services.backups import restore_to_server

    backup = take_backup(db, folder=tmp_path, actor=ACTOR)
    cluster = request.getfixturevalue("pg_cluster")
    target = cluster.empty_database()
    request.addfinalizer(lambda: cluster.drop(target))
    restore_to_server(target, backup.path, actor=ACTOR)
    server = open_database(target, create=False)
    try:
        assert database_id(server) == database_id(db)
    finally:
        server.dispose()


@pytest.mark.sqlite_only(reason="moves the SQLite file onto a server")
def test_move_to_server_keeps_the_id(
    db: Database, db_path: Path, request: pytest.FixtureRequest
) -> None:
    from mesodesk.services.transfer import move_to_server

    made = database_id(db)
    db.dispose()
    cluster = request.getfixturevalue("pg_cluster")
    target = cluster.empty_database()
    request.addfinalizer(lambda: cluster.drop(target))
    move_to_server(db_path, target, actor=ACTOR)
    server = open_database(target, create=False)
    try:
        assert database_id(server) == made
    finally:
        server.dispose()

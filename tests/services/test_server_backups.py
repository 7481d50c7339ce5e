"""Backups of a clinic on either backend: by hand, automatic (folder, rotation, encryption),
checked and audited; a server's backup is a verified SQLite copy that restores into an
empty server database with its audit chain intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesodesk.services import patients
from mesodesk.services.audit_chain import verify_chain
from mesodesk.services.backups import backup_folder, restore_to_server, take_backup
from mesodesk.services.database import back_up
from mesodesk.services.dto import PatientInput
from mesodesk.services.health import check_database
from mesodesk.store.crypto import is_encrypted
from mesodesk.store.engine import Database
from mesodesk.store.migrate import revision_of_file
from mesodesk.store.snapshot import read_manifest
from tests.conftest import query_rows
from tests.factories import ACTOR

PASSPHRASE = "a long clinic passphrase"


@pytest.fixture
def clinic(db: Database) -> Database:
    for given in ("Ana", "Ben"):
        patients.create_patient(db, PatientInput(given, "Moreau"), actor=ACTOR)
    return db


def actions(url: str) -> list[str]:
    return [r[0] for r in query_rows(url, "SELECT action FROM audit_event ORDER BY id")]


def test_a_backup_by_hand_is_a_checked_sqlite_file_and_audited(
    clinic: Database, tmp_path: Path
) -> None:
    written = back_up(clinic, tmp_path / "copy.sqlite3", actor=ACTOR, overwrite=False)
    manifest = read_manifest(written)
    assert manifest is not None and manifest.check_ok and manifest.counts["patients"] == 2
    if clinic.path is None:  # the server, not the temporary copy the backup was read from
        assert manifest.source.startswith("postgresql") and "mesodesk-backup" not in manifest.source
    assert revision_of_file(written) is not None
    copy = Database.open_read_only(written)
    try:
        assert verify_chain(copy).ok
    finally:
        copy.dispose()
    assert actions(clinic.url)[-1] == "backup"
    assert not list(tmp_path.glob("*.partial*"))


def test_automatic_backups_rotate_and_encrypt_on_either_backend(
    clinic: Database, tmp_path: Path
) -> None:
    plain = take_backup(clinic, folder=tmp_path, reason="automatic")
    sealed = take_backup(clinic, folder=tmp_path, passphrase=PASSPHRASE, reason="automatic")
    assert plain.check_ok and not plain.encrypted and plain.patients == 2
    assert sealed.check_ok and sealed.encrypted and is_encrypted(sealed.path)
    assert sealed.path.suffix == ".mdbk"
    assert actions(clinic.url)[-2:] == ["backup", "backup"]


def test_a_server_clinic_has_a_default_backups_folder(clinic: Database) -> None:
    folder = backup_folder(clinic)
    if clinic.path is not None:
        assert folder == clinic.path.parent / "backups"
    else:
        assert folder.parent.name == "backups" and folder.name == clinic.engine.url.database


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_a_backup_restores_into_an_empty_server_with_its_chain(
    clinic: Database, tmp_path: Path, request: pytest.FixtureRequest, passphrase: str | None
) -> None:
    """From either backend's backup: the clinic, its accounts and its audit chain arrive,
    and the restore is audited on the server by whoever ran it."""
    backup = take_backup(clinic, folder=tmp_path, passphrase=passphrase)
    cluster = request.getfixturevalue("pg_cluster")
    target = cluster.empty_database()
    request.addfinalizer(lambda: cluster.drop(target))
    before = backup.path.read_bytes()
    report = restore_to_server(target, backup.path, actor=ACTOR, passphrase=passphrase)
    assert backup.path.read_bytes() == before  # only read: it restores again later
    assert {t.table: t.rows for t in report.tables}["patient"] == 2
    server = Database.connect(target)
    try:
        assert check_database(server) == []
        assert query_rows(target, "SELECT login FROM account ORDER BY id")[0] == (ACTOR.login,)
    finally:
        server.dispose()
    assert actions(target)[-1] == "restore"

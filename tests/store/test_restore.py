"""Restore: previewed, refused while any mesodesk program uses the database, audited, and
encrypted backups that refuse a wrong passphrase or a changed byte."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from mesodesk.services.backups import preview_restore, restore_backup, take_backup
from mesodesk.services.database import open_database
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.crypto import BackupTampered, WrongPassphrase
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.errors import StorageError
from mesodesk.store.locks import InUse, writer_lock
from mesodesk.store.migrate import HEAD_REVISION
from mesodesk.store.models import AuditEvent
from mesodesk.store.restore import PassphraseNeeded
from tests.conftest import subprocess_env
from tests.factories import ACTOR
from tests.faults import leftovers

pytestmark = pytest.mark.sqlite_only(
    reason="restores over the clinic's SQLite file (a server restore: tests/services/test_server_backups.py)"
)

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"


def _patients(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT given_name FROM patient ORDER BY id")]
    conn.close()
    return names


def test_preview_then_restore_keeps_the_replaced_file_and_audits(
    db: Database, db_path: Path
) -> None:
    create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    backup = take_backup(db)
    create_patient(db, PatientInput("Bea", "Costa"), actor=ACTOR)
    db.dispose()
    preview = preview_restore(db_path, backup)
    patients = next(c for c in preview.changes if c.kind == "patients")
    assert (patients.current, patients.backup) == (2, 1)
    assert preview.backup_revision == preview.current_revision == HEAD_REVISION
    result = restore_backup(db_path, backup, actor=ACTOR)
    assert _patients(db_path) == ["Ana"]
    assert result.replaced_copy is not None and _patients(result.replaced_copy) == ["Ana", "Bea"]
    restored = open_database(url_for_path(db_path), create=False)
    try:
        with restored.read() as s:
            events = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "restore")))
    finally:
        restored.dispose()
    assert len(events) == 1 and events[0].actor == ACTOR.name
    assert events[0].after is not None and events[0].after["from"] == str(backup.path)


def test_an_encrypted_backup_restores_with_its_passphrase_only(db: Database, db_path: Path) -> None:
    create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    backup = take_backup(db, passphrase=PASSPHRASE)
    assert backup.encrypted and backup.path.suffix == ".mdbk" and backup.check_ok
    assert b"Silva" not in backup.path.read_bytes()
    create_patient(db, PatientInput("Bea", "Costa"), actor=ACTOR)
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(PassphraseNeeded):
        restore_backup(db_path, backup)
    with pytest.raises(WrongPassphrase) as caught:
        restore_backup(db_path, backup, passphrase="not the passphrase")
    assert str(backup.path) in str(caught.value) and "\n" not in str(caught.value)
    assert db_path.read_bytes() == before
    assert leftovers(db_path.parent) == []
    restore_backup(db_path, backup, passphrase=PASSPHRASE)
    assert _patients(db_path) == ["Ana"]


def test_one_changed_byte_in_an_encrypted_backup_is_refused(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    backup = take_backup(db, passphrase=PASSPHRASE)
    db.dispose()
    data = bytearray(backup.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "changed.mdbk"  # without its manifest: the cipher itself refuses it
    changed.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(BackupTampered, match="changed after it was written"):
        restore_backup(db_path, changed, passphrase=PASSPHRASE)
    backup.path.write_bytes(bytes(data))  # with its manifest: the digest refuses it first
    with pytest.raises(StorageError, match="SHA-256 differs"):
        restore_backup(db_path, backup, passphrase=PASSPHRASE)
    assert db_path.read_bytes() == before
    assert leftovers(db_path.parent) == []


def test_restore_is_refused_while_a_command_line_writer_runs(db: Database, db_path: Path) -> None:
    """One confirmed save was once in neither file: restore now waits for writers to end."""
    backup = take_backup(db)
    db.dispose()
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer_child", str(db_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
    )
    confirmed: list[int] = []
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        confirmed.append(int(writer.stdout.readline()))
        with pytest.raises(InUse, match="in use by a mesodesk window or command"):
            restore_backup(db_path, backup, actor=ACTOR)
        confirmed.append(int(writer.stdout.readline()))
    finally:
        writer.kill()
        out, _ = writer.communicate(timeout=30)
    confirmed += [int(line) for line in out.split()]
    with sqlite3.connect(db_path) as conn:
        ids = {r[0] for r in conn.execute("SELECT id FROM patient")}
    conn.close()
    assert set(confirmed) <= ids, "every confirmed save is still there"
    restore_backup(db_path, backup, actor=ACTOR)  # the writer is gone: allowed now
    assert _patients(db_path) == []


def test_the_window_may_restore_its_own_database(db: Database, db_path: Path) -> None:
    backup = take_backup(db)
    db.dispose()
    held = writer_lock(db_path)  # as the window holds it
    try:
        restore_backup(db_path, backup, actor=ACTOR)
    finally:
        held.release()

"""An interrupted migration rolls back, removes its partial files, and its retry reuses the
copy taken before it instead of writing another full-size one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store import migrate
from mesodesk.store.engine import Database, url_for_path
from tests.factories import ACTOR

pytestmark = pytest.mark.sqlite_only(reason="the copy of the SQLite file taken before a migration")


class Killed(BaseException):
    """Stands for the process dying in the middle of the migration."""


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        revision = str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    conn.close()
    return revision


def test_a_retry_reuses_the_pre_migration_copy_and_cleans_up(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    migrate.downgrade(db, "0005")
    db.dispose()
    folder = db_path.parent
    # what a copy killed half-way leaves behind (this release's and older releases' names)
    (folder / f".{db_path.name}.before-{migrate.HEAD_REVISION}-from-0005.bak.partial").write_bytes(
        b"half"
    )
    (
        folder / f".{db_path.name}.before-{migrate.HEAD_REVISION}-from-0005.bak.partial-journal"
    ).write_bytes(b"j")
    (folder / f"{db_path.name}.before-0006-20260101T000000Z.bak.partial").write_bytes(b"old")

    real_upgrade = migrate.upgrade

    def dies(_db: Database, revision: str = "head") -> None:
        raise Killed

    monkeypatch.setattr(migrate, "upgrade", dies)
    first = Database.connect(url_for_path(db_path))
    with pytest.raises(Killed):
        migrate.ensure_schema(first)
    first.dispose()
    assert _revision(db_path) == "0005"
    copies = sorted(folder.glob("*.bak"))
    assert [c.name for c in copies] == [
        f"{db_path.name}.before-{migrate.HEAD_REVISION}-from-0005.bak"
    ]
    assert not [p for p in folder.iterdir() if "partial" in p.name]
    made = copies[0].stat().st_mtime_ns

    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    retry = Database.connect(url_for_path(db_path))
    try:
        result = migrate.ensure_schema(retry)
    finally:
        retry.dispose()
    assert result.backup == copies[0] and copies[0].stat().st_mtime_ns == made
    assert sorted(folder.glob("*.bak")) == copies, "no second full-size copy"
    assert _revision(db_path) == migrate.HEAD_REVISION and _revision(copies[0]) == "0005"

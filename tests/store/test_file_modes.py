"""Files and folders mesodesk creates are its user's only (0600 / 0700), whatever the umask."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mesodesk import logs
from mesodesk.services import settings
from mesodesk.services.database import back_up, open_current_file, open_database, resolve_path
from mesodesk.store import migrate
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.restore import restore
from tests.conftest import subprocess_env
from tests.factories import ACTOR, add_actor_account

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test with this process's umask set to the parameter (restored after)."""
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def _open_new(path: Path) -> Database:
    db = open_database(url_for_path(path))
    add_actor_account(db)
    settings.put(db, "clinic.name", "Test clinic", actor=ACTOR)  # a write: -wal and -shm
    return db


def test_a_new_database_and_its_wal_and_shm_are_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "clinic.sqlite3"
    db = _open_new(path)
    try:
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    finally:
        db.dispose()
    assert os.umask(umask) == umask  # unchanged by mesodesk


def test_an_existing_database_with_loose_modes_is_tightened_on_open(
    tmp_path: Path, umask: int
) -> None:
    path = tmp_path / "clinic.sqlite3"
    _open_new(path).dispose()
    os.chmod(path, 0o664)
    db = open_database(url_for_path(path))
    try:
        assert mode(path) == 0o600
    finally:
        db.dispose()

    os.chmod(path, 0o644)  # the fast start-up path (plain sqlite3, no SQLAlchemy) too
    fast = open_current_file(path)
    assert fast is not None
    try:
        reader = fast.reader()
        assert reader is not None
        reader.execute("SELECT count(*) FROM patient").fetchone()
        assert mode(path) == 0o600
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            assert not side.exists() or mode(side) == 0o600, suffix
    finally:
        fast.dispose()


def test_loose_wal_and_shm_left_by_an_old_version_are_tightened(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    db = _open_new(path)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    os.chmod(wal, 0o644)
    os.chmod(shm, 0o644)
    other = Database.connect(url_for_path(path))
    try:
        with other.engine.connect() as conn:
            conn.execute(text("SELECT 1")).fetchone()
        assert (mode(wal), mode(shm)) == (0o600, 0o600)
    finally:
        other.dispose()
        db.dispose()


def test_a_read_only_database_is_not_made_writable(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    _open_new(path).dispose()
    os.chmod(path, 0o444)
    db = Database.connect(url_for_path(path))
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM patient")).fetchone()
        assert mode(path) == 0o400
    finally:
        db.dispose()


def test_backups_restores_and_replaced_copies_are_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "clinic.sqlite3"
    db = _open_new(path)
    try:
        copy = back_up(db, tmp_path / "copy.sqlite3")
        assert mode(copy) == 0o600
        loose = tmp_path / "over.sqlite3"
        loose.write_bytes(b"")
        os.chmod(loose, 0o666)
        assert mode(back_up(db, loose)) == 0o600  # an existing file replaced: private too
    finally:
        db.dispose()

    fresh = tmp_path / "restored" / "clinic.sqlite3"
    fresh.parent.mkdir()
    restore(fresh, copy)
    assert mode(fresh) == 0o600
    result = restore(path, copy)
    assert result.replaced_copy is not None
    assert mode(result.replaced_copy) == 0o600
    assert mode(path) == 0o600


def test_the_copy_before_a_migration_is_private(tmp_path: Path, umask: int) -> None:
    path = tmp_path / "clinic.sqlite3"
    db = _open_new(path)
    try:
        migrate.downgrade(db, "0005")
        result = migrate.ensure_schema(db)
        assert result.backup is not None
        assert mode(result.backup) == 0o600
    finally:
        db.dispose()


def test_the_default_data_folder_is_private(
    tmp_path: Path, umask: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = resolve_path()
    assert path.parent.is_dir()
    assert mode(path.parent) == 0o700
    os.chmod(path.parent, 0o755)  # made by an older version: tightened
    resolve_path()
    assert mode(path.parent) == 0o700


def test_a_folder_the_user_named_is_left_alone(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o775)
    db = _open_new(folder / "clinic.sqlite3")
    db.dispose()
    assert mode(folder) == 0o775
    assert mode(folder / "clinic.sqlite3") == 0o600


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "log"
    monkeypatch.setenv(logs.ENV_DIR, str(folder))
    logs.uninstall()
    try:
        yield folder
    finally:
        logs.uninstall()


def test_the_log_folder_and_files_are_private(log_folder: Path, umask: int) -> None:
    logs.install()
    logging.getLogger(logs.LOGGER_NAME).info("session %d opened", 42)
    assert mode(log_folder) == 0o700
    assert mode(log_folder / logs.LOG_FILE) == 0o600
    assert mode(log_folder / logs.CRASH_FILE) == 0o600

    handler = logs.file_handler()
    assert handler is not None
    handler.doRollover()
    logging.getLogger(logs.LOGGER_NAME).info("after the rollover")
    assert mode(log_folder / logs.LOG_FILE) == 0o600
    assert mode(log_folder / f"{logs.LOG_FILE}.1") == 0o600


def test_a_loose_log_file_from_an_older_version_is_tightened(log_folder: Path) -> None:
    log_folder.mkdir(mode=0o755)
    os.chmod(log_folder, 0o755)
    (log_folder / logs.LOG_FILE).write_text("old line\n", encoding="utf-8")
    os.chmod(log_folder / logs.LOG_FILE, 0o644)
    logs.configure_logging()
    assert mode(log_folder) == 0o700
    assert mode(log_folder / logs.LOG_FILE) == 0o600


def test_the_window_lock_files_are_private(
    tmp_path: Path, umask: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mesodesk.store.locks import LOCK_DIR_ENV, window_locks

    monkeypatch.setenv(LOCK_DIR_ENV, str(tmp_path / "locks"))
    path = tmp_path / "clinic.sqlite3"
    path.touch()
    held = window_locks(path)
    try:
        files = list((tmp_path / "locks").iterdir())
        assert files and all(mode(f) == 0o600 for f in files)
        assert mode(tmp_path / "locks") == 0o700
        assert os.umask(umask) == umask
    finally:
        for lock in held:
            lock.release()


def test_a_window_started_under_umask_000_keeps_everything_private(tmp_path: Path) -> None:
    """The whole program, as a clinic starts it: data, settings and log folders are 0700."""
    home = tmp_path / "home"
    env = subprocess_env(
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        MESODESK_LOG_DIR=str(home / "log"),
    )
    code = "import os, sys, runpy; os.umask(0); sys.argv = ['mesodesk', '--quit-after-ready'];"
    code += " runpy.run_module('mesodesk', run_name='__main__')"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    data = home / "data" / "mesodesk"
    assert mode(data) == 0o700
    assert mode(data / "mesodesk.sqlite3") == 0o600
    assert mode(home / "config" / "mesodesk") == 0o700
    assert mode(home / "log") == 0o700
    for file in (home / "log").iterdir():
        assert mode(file) == 0o600, file

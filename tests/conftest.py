"""Shared fixtures: one migrated template database, copied for every test that needs one."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest
from argon2 import PasswordHasher

from mesodesk.services.accounts import set_password_hasher
from mesodesk.services.database import open_database
from mesodesk.store.engine import Database, url_for_path
from tests.factories import add_actor_account

# argon2id still, at a cost that keeps hundreds of test accounts quick (the program keeps
# argon2-cffi's defaults; see mesodesk/services/accounts/passwords.py).
set_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))

REAL_HOME = Path.home()
"""The user's real home, noted before the session points HOME elsewhere (see below)."""
REAL_PROFILE_DIRS = tuple(
    Path(os.environ.get(variable) or REAL_HOME / default) / "mesodesk"
    for variable, default in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
    )
)
"""Where mesodesk keeps the real user's settings, database and log: no test may touch them."""


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(url_for_path(path))
    add_actor_account(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(url_for_path(db_path))
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep QSettings (window geometry, chosen practitioner) out of the real user profile."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a runtime dependency
        return
    folder = tmp_path_factory.getbasetemp() / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="session", autouse=True)
def isolated_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point HOME, the XDG folders and the log folder at a temporary home for the whole run.

    Every subprocess a test starts inherits ``os.environ``, so the program it runs (QSettings,
    platformdirs, the log) writes there and never into the real profile; in-process code
    that asks platformdirs gets the same answer.
    """
    home = tmp_path_factory.mktemp("home")
    values = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "MESODESK_LOG_DIR": str(home / "log"),
    }
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield home
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a test's subprocess: offscreen Qt and the temporary profile."""
    assert Path(os.environ["HOME"]) != REAL_HOME, "isolated_profile is not active"
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}


@pytest.fixture(autouse=True)
def _first_start_is_answered_later(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window opened on an empty clinic offers the setup as a modal dialog, which would
    block an offscreen run: it answers "Later" except in the tests of the setup itself."""
    if request.module.__name__.endswith("test_first_start"):
        return
    try:
        from mesodesk.ui.dialogs.first_start import FirstStartDialog
    except ImportError:  # pragma: no cover - Qt is a runtime dependency
        return
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: 0)

"""Shared fixtures: one migrated template database, copied for every test that needs one."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from mesodesk.services.database import open_database
from mesodesk.store.engine import Database, url_for_path

ACTOR = "Dr Test"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(url_for_path(path))
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


@pytest.fixture(autouse=True, scope="session")
def _isolated_log_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the log (and subprocesses' logs) out of the real user log folder."""
    os.environ["MESODESK_LOG_DIR"] = str(tmp_path_factory.getbasetemp() / "logs")

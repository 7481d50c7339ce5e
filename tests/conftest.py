"""Shared fixtures: one migrated template database, copied for every test that needs one."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest
from argon2 import PasswordHasher

from mesodesk.services.accounts import set_password_hasher
from mesodesk.services.database import open_database
from mesodesk.store.engine import Database, sqlite_path, url_for_path
from tests.factories import add_actor_account
from tests.pg import TEMPLATE as PG_TEMPLATE
from tests.pg import Cluster, find_bindir, missing_reason, start_cluster

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


BOTH_BACKENDS_DIRS = ("services", "cli", "store")
"""Test folders whose database tests run once on SQLite and once on PostgreSQL."""
BACKENDS = tuple(
    name.strip()
    for name in os.environ.get("MESODESK_TEST_BACKENDS", "sqlite,postgresql").split(",")
    if name.strip()
)
"""``MESODESK_TEST_BACKENDS=sqlite`` runs one backend only (a quick local run)."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every database test of tests/services, tests/cli and tests/store on both backends."""
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return  # the backend fixture's default: sqlite
    folder = Path(str(metafunc.definition.path)).parent.name
    if folder not in BOTH_BACKENDS_DIRS:
        return
    metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: which server the test's database lives on."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A throwaway PostgreSQL server for the run, with a migrated template database."""
    bindir = find_bindir()
    problem = None
    if bindir is None:
        problem = missing_reason()
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            problem = 'psycopg is not installed (pip install -e ".[test]")'
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and PostgreSQL cannot run: {problem}", pytrace=False)
        pytest.skip(problem)
    assert bindir is not None
    cluster = start_cluster(bindir)
    try:
        cluster.sql(f'CREATE DATABASE "{PG_TEMPLATE}" ENCODING UTF8 TEMPLATE template0')
        template = open_database(cluster.url(PG_TEMPLATE))
        try:
            add_actor_account(template)
        finally:
            template.dispose()
        yield cluster
    finally:
        cluster.stop()


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
def new_db_url(
    backend: str, request: pytest.FixtureRequest, template_db: Path, tmp_path: Path
) -> Callable[[], str]:
    """Makes fresh migrated databases on the test's backend; each call gives a new URL."""
    made: list[str] = []

    def make() -> str:
        if backend == "sqlite":
            path = tmp_path / f"clinic{len(made) or ''}.sqlite3"
            shutil.copyfile(template_db, path)
            url = url_for_path(path)
        else:
            cluster: Cluster = request.getfixturevalue("pg_cluster")
            url = cluster.new_database()
            request.addfinalizer(lambda: cluster.drop(url))
        made.append(url)
        return url

    return make


@pytest.fixture
def new_db(new_db_url: Callable[[], str]) -> Iterator[Callable[[], Database]]:
    """Makes fresh, open, migrated databases on the test's backend (disposed at the end)."""
    opened: list[Database] = []

    def make() -> Database:
        database = Database.connect(new_db_url())
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()


@pytest.fixture
def db_url(new_db_url: Callable[[], str]) -> str:
    """The URL of the test's database (an SQLite file, or a database on the test server)."""
    return new_db_url()


@pytest.fixture
def db_path(backend: str, db_url: str) -> Path:
    """The test's SQLite file. A test that needs the file itself is ``sqlite_only``."""
    path = sqlite_path(db_url)
    if path is None:
        raise RuntimeError(
            f"db_path has no file on {backend}: mark the test sqlite_only (with the reason) "
            "or use db_url / db_args"
        )
    return path


@pytest.fixture
def db_args(backend: str, db_url: str) -> list[str]:
    """The command-line options that name the test's database."""
    path = sqlite_path(db_url)
    return ["--db", str(path)] if path is not None else ["--database-url", db_url]


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
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


def query_rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    """The rows of one SELECT on the database at ``url`` (either backend), on a new engine."""
    database = Database.connect(url)
    try:
        with database.engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(sql)]
    finally:
        database.dispose()


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

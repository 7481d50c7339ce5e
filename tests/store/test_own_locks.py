"""A program never drops its own SQLite locks by opening the database file itself.

POSIX: closing any descriptor of a file drops every lock the process holds on it, SQLite's
included. When a window that has the clinic open then read the file's header (the automatic
backup, the background check, opening it a second time), another desk that closed its
connection believed it was the last one and deleted the write-ahead log under the window:
the window's next saves went to a deleted file that no other desk could see, its change
feed stopped, and its next backup found the file "malformed".
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mesodesk.services import backups
from mesodesk.services.database import open_database
from mesodesk.store import checks
from mesodesk.store.backup import check_sqlite_file
from mesodesk.store.engine import Database, url_for_path
from tests.factories import ACTOR

pytestmark = pytest.mark.sqlite_only("about SQLite's file locks")

OTHER_DESK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
if sys.argv[2] == "write":
    conn.execute("INSERT INTO setting (key, value) VALUES ('other.desk', 'was here')")
else:
    print(conn.execute("SELECT value FROM setting WHERE key = 'this.desk'").fetchone())
conn.close()
"""


def other_desk(path: Path, what: str) -> str:
    """Another program on the same file: one statement, then it closes its connection."""
    done = subprocess.run(
        [sys.executable, "-c", OTHER_DESK, str(path), what],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.stdout.strip()


@pytest.fixture
def clinic_file(db_path: Path) -> Iterator[tuple[Database, Path]]:
    db = open_database(url_for_path(db_path))
    with db.read() as s:  # the window's connections are open (and hold their locks)
        s.execute(text("SELECT count(*) FROM patient")).scalar()
    yield db, db_path
    db.dispose()


def _second_open(db: Database, path: Path) -> None:
    open_database(url_for_path(path)).dispose()


IN_THE_WINDOW: dict[str, Callable[[Database, Path], object]] = {
    "nothing": lambda db, path: None,  # the control: the test itself keeps the locks
    "automatic backup": lambda db, path: backups.take_backup(
        db, actor=ACTOR, folder=path.parent / "backups", reason="automatic"
    ),
    "background check": lambda db, path: checks.quick_open_check(path),
    "full check": lambda db, path: checks.full_check(path),
    "file check": lambda db, path: check_sqlite_file(path),
    "opened again": _second_open,
}


@pytest.mark.parametrize("what", list(IN_THE_WINDOW))
def test_reading_the_file_in_the_window_keeps_other_desks_in_step(
    clinic_file: tuple[Database, Path], what: str
) -> None:
    db, path = clinic_file
    IN_THE_WINDOW[what](db, path)
    other_desk(path, "write")  # another desk saves, then closes its connection
    assert path.with_name(path.name + "-wal").exists(), "the log was deleted under the window"
    with db.begin() as s:  # the window saves after it
        s.execute(text("INSERT INTO setting (key, value) VALUES ('this.desk', 'saved')"))
    assert other_desk(path, "read") == "('saved',)", "another desk cannot see the save"
    with db.read() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        seen = s.execute(text("SELECT value FROM setting WHERE key = 'other.desk'")).scalar()
    assert seen == "was here"

"""The instance lock follows the file, not its name; restore respects every holder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mesodesk.services.backups import open_state, restore_backup, take_backup
from mesodesk.store.engine import Database
from mesodesk.store.locks import AlreadyOpen, InUse, window_holder, window_lock, window_locks
from tests.conftest import subprocess_env
from tests.factories import ACTOR

pytestmark = pytest.mark.sqlite_only(reason="the instance lock follows the SQLite file's identity")

ROOT = Path(__file__).resolve().parents[2]


def test_a_hard_link_or_another_path_finds_the_same_window_lock(db_path: Path) -> None:
    link = db_path.with_name("same-file.sqlite3")
    os.link(db_path, link)
    (db_path.parent / "sub").mkdir()
    other_path = db_path.parent / "sub" / ".." / db_path.name
    held = window_lock(db_path)
    try:
        for name in (link, other_path):
            with pytest.raises(AlreadyOpen, match="already open in another mesodesk window"):
                window_lock(name)
            assert window_holder(name)
            assert open_state(name).kind == "locked"
    finally:
        held.release()
    window_lock(link).release()  # free again once the first window closed


def test_a_second_window_through_a_hard_link_is_refused(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    link = db_path.with_name("linked.sqlite3")
    os.link(db_path, link)
    holder = subprocess.Popen(
        [sys.executable, "-m", "mesodesk", "--db", str(db_path)],
        cwd=ROOT,
        env=subprocess_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        qtbot.waitUntil(lambda: window_holder(db_path) or holder.poll() is not None, timeout=60000)
        result = subprocess.run(
            [sys.executable, "-m", "mesodesk", "--quit-after-ready", "--db", str(link)],
            cwd=ROOT,
            env=subprocess_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "already open in another mesodesk window" in lines[0]
    finally:
        holder.terminate()
        holder.wait(timeout=30)


def test_restore_is_refused_while_a_window_has_the_database(db: Database, db_path: Path) -> None:
    backup = take_backup(db)
    db.dispose()
    script = (
        "import sys; from pathlib import Path; from mesodesk.store.locks import window_locks;"
        "held = window_locks(Path(sys.argv[1])); print('ready', flush=True); sys.stdin.read()"
    )
    window = subprocess.Popen(
        [sys.executable, "-c", script, str(db_path)],
        cwd=ROOT,
        env=subprocess_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "ready"
        with pytest.raises(InUse):
            restore_backup(db_path, backup, actor=ACTOR)
    finally:
        window.communicate("", timeout=30)
    held = window_locks(db_path)  # and the window may open it again afterwards
    for lock in held:
        lock.release()

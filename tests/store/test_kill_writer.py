"""kill -9 of a writing program at a random moment: every confirmed save survives with its
audit row, and the file stays sound. A few rounds by default; many with ``-m slow``."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mesodesk.services.database import open_database
from mesodesk.store.engine import Database, url_for_path
from tests.conftest import subprocess_env

pytestmark = pytest.mark.sqlite_only(reason="SQLite's own durability when a writer is killed")

ROOT = Path(__file__).resolve().parents[2]


def _kill_rounds(db_path: Path, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    confirmed: list[int] = []
    for _ in range(rounds):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.store.writer_child", str(db_path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env=subprocess_env(),
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(1, 15)):
            confirmed.append(int(child.stdout.readline()))
        time.sleep(rng.random() * 0.03)  # somewhere inside the next save
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        confirmed += [int(line) for line in rest.split() if line.isdigit()]
        assert child.returncode == -signal.SIGKILL
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        saved = {r[0] for r in conn.execute("SELECT id FROM patient")}
        audited = {
            r[0]
            for r in conn.execute(
                "SELECT entity_id FROM audit_event WHERE entity = 'patient' AND action = 'create'"
            )
        }
    conn.close()
    lost = sorted(set(confirmed) - saved)
    unaudited = sorted(set(confirmed) - audited)
    assert not lost, f"confirmed saves lost (seed {seed}): {lost}"
    assert not unaudited, f"confirmed saves without their audit row (seed {seed}): {unaudited}"
    open_database(url_for_path(db_path)).dispose()  # and it opens for writing again


def test_kill_9_during_saves_loses_no_confirmed_save(db: Database, db_path: Path) -> None:
    db.dispose()
    _kill_rounds(db_path, rounds=3, seed=random.randrange(1 << 30))


@pytest.mark.slow
def test_kill_9_during_saves_many_rounds(db: Database, db_path: Path) -> None:
    db.dispose()
    rounds = int(os.environ.get("MESODESK_KILL_ROUNDS", "50"))
    _kill_rounds(db_path, rounds=rounds, seed=random.randrange(1 << 30))

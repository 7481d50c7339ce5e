"""seed-demo against its floor: plain sqlite3 ``executemany`` of exactly the same rows.

Timed at 20k patients (about 200k sessions), not 100k, to keep the suite short; both sides
scale linearly with the rows. Each round starts from a fresh copy of one migrated, empty
database (catalog loaded). The app side is the ``seed_demo`` service the CLI runs, i.e.
generating the rows in Python and writing them in one transaction; the floor gets the rows
already generated (``demo_rows``, same seed and day) and only inserts them. The generation
time alone is reported on its own row, since it is the part the floor does not do.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from mesodesk.services.database import open_database
from mesodesk.services.demo import demo_context, demo_rows, insert_sql, seed_demo
from mesodesk.store.engine import Database, url_for_path
from tests.bench.conftest import TODAY

PATIENTS = 20_000
ROUNDS = 3
TABLES = ("patient", "patient_search_term", "treatment_session", "session_treatment", "course")


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "empty.sqlite3"
    db = open_database(url_for_path(path))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def _fresh(empty_db: Path, name: str) -> Path:
    target = empty_db.with_name(name)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(empty_db, target)
    return target


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        # Table names from the fixed TABLES tuple above, never user text.
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # noqa: S608
    finally:
        conn.close()


@pytest.mark.parametrize("side", ["floor", "app"])
def test_seed_demo_vs_executemany(
    side: str, empty_db: Path, measure: Any, results: Any, tmp_path: Path
) -> None:
    case = f"{PATIENTS // 1000}k patients"
    state: dict[str, Path] = {}
    if side == "floor":
        db = Database.connect(url_for_path(empty_db))
        with db.read() as s:
            context = demo_context(s)
        db.dispose()
        started = time.perf_counter()
        chunks = list(demo_rows(context, patients=PATIENTS, seed=1, today=TODAY))
        generated = time.perf_counter() - started
        sql = {c.table: insert_sql(c.table, c.columns) for c in chunks}
        total = sum(len(c.rows) for c in chunks)

        def setup() -> None:
            state["path"] = _fresh(empty_db, "floor.sqlite3")

        def insert() -> None:
            conn = sqlite3.connect(state["path"], isolation_level=None)
            conn.execute("BEGIN")
            for chunk in chunks:
                if chunk.rows:
                    conn.executemany(sql[chunk.table], chunk.rows)
            conn.execute("COMMIT")
            conn.close()

        measure("SEED", case, "floor", insert, setup=setup, rounds=ROUNDS, warmup=0)
        results.rows[("SEED", case)].note = f"{total:,} rows in {len(chunks)} chunks"
        results.add(
            "SEED-gen",
            case,
            "app",
            [generated],
            what="demo_rows() generation alone (Python, no SQL)",
            note="one run; compare with the floor's insert time",
        )
        results.rows[("SEED-gen", case)].target = "(info)"
        results.rows[("SEED-gen", case)].status = "info"
        state["counts"] = _counts(state["path"])  # type: ignore[assignment]
        results.floor_counts = state["counts"]  # type: ignore[attr-defined]
        return

    def setup_app() -> None:
        state["path"] = _fresh(empty_db, "app.sqlite3")

    def seed() -> Any:
        db = Database.connect(url_for_path(state["path"]))
        try:
            return seed_demo(db, patients=PATIENTS, seed=1, today=TODAY)
        finally:
            db.dispose()

    summary = measure("SEED", case, "app", seed, setup=setup_app, rounds=ROUNDS, warmup=0)
    assert summary.patients == PATIENTS
    floor_counts = getattr(results, "floor_counts", None)
    if floor_counts is not None:
        assert _counts(state["path"]) == floor_counts, (
            "seed_demo and the floor wrote different rows"
        )

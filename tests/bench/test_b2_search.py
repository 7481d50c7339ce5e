"""B2: patient search by name prefix (50 results) against a raw indexed sqlite3 query."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from mesodesk.domain.text import words
from mesodesk.services.database import open_database
from mesodesk.services.patients import count_patients, patient_page
from mesodesk.store.engine import Database, url_for_path
from tests.bench.conftest import sizes
from tests.factories import demo_practitioner

PREFIXES = ("du", "mar", "hél", "sø", "nov")
LIMIT = 50

FLOOR_SQL = """
SELECT p.id, p.family_name, p.given_name, p.date_of_birth, p.phone, p.archived_at
FROM (SELECT DISTINCT patient_id FROM patient_search_term WHERE term >= ? AND term < ?) AS m
CROSS JOIN patient AS p ON p.id = m.patient_id
WHERE p.archived_at IS NULL
ORDER BY p.sort_key, p.id
LIMIT ?
"""
"""The floor: an index range on the folded search terms, the same rows as the app.

CROSS JOIN fixes the join order: without it SQLite may walk ix_patient_list (archived_at,
sort_key) checking each patient against the matches, a scan of all patients."""

BASE_TABLES = ("patient", "patient_search_term")


def floor_search(conn: sqlite3.Connection, text: str) -> list[tuple[Any, ...]]:
    prefix = words(text)[0]
    return conn.execute(FLOOR_SQL, (prefix, prefix + "\U0010ffff", LIMIT)).fetchall()


@pytest.fixture(scope="module")
def app_dbs() -> Iterator[dict[Path, Database]]:
    opened: dict[Path, Database] = {}
    yield opened
    for db in opened.values():
        db.dispose()


def _app_db(app_dbs: dict[Path, Database], path: Path) -> Database:
    if path not in app_dbs:
        app_dbs[path] = open_database(url_for_path(path), create=False)
    return app_dbs[path]


def _comparable(row: Any) -> tuple[Any, ...]:
    dob = row.date_of_birth.isoformat() if row.date_of_birth is not None else None
    return (row.id, row.family_name, row.given_name, dob, row.phone)


@pytest.mark.parametrize("side", ["floor", "app"])
@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("size", sizes())
def test_b2_search(
    size: str,
    prefix: str,
    side: str,
    db_for: Any,
    app_dbs: dict[Path, Database],
    raw_conn: Any,
    measure: Any,
) -> None:
    path = db_for(size)
    conn = raw_conn(path)
    expected = floor_search(conn, prefix)
    assert len(expected) == LIMIT, "the demo data should give a full page for each prefix"
    case = f"{size} “{prefix}”"
    if side == "floor":
        measure("B2", case, "floor", lambda: floor_search(conn, prefix), rounds=60, warmup=3)
        return
    db = _app_db(app_dbs, path)
    user = demo_practitioner(db)
    rows = measure(
        "B2",
        case,
        "app",
        lambda: patient_page(db, prefix, limit=LIMIT, actor=user),
        rounds=60,
        warmup=3,
    )
    # Same rows, same order: the floor is only a fair floor if it answers the same question.
    assert [_comparable(r) for r in rows] == [(r[0], r[1], r[2], r[3], r[4]) for r in expected]


def _plans(db: Database, conn: sqlite3.Connection, call: Any) -> list[tuple[str, list[str]]]:
    """The SELECT statements ``call`` sends, each with SQLite's query plan for them."""
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    return [
        (statement, [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + statement, params)])
        for statement, params in sent
    ]


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("size", sizes())
def test_b2_query_plan_never_scans_a_table(
    size: str, prefix: str, db_for: Any, app_dbs: dict[Path, Database], raw_conn: Any, results: Any
) -> None:
    """The one hard assertion of the suite: search is driven by an index range.

    ``SCAN <subquery>`` over the materialised matches is fine; a SCAN of a stored table (with
    or without an index, since a full index walk also grows with the patient count) is not.
    """
    path = db_for(size)
    db = _app_db(app_dbs, path)
    conn = raw_conn(path)
    user = demo_practitioner(db)
    plans = _plans(db, conn, lambda: patient_page(db, prefix, limit=LIMIT, actor=user))
    plans += _plans(db, conn, lambda: count_patients(db, prefix, actor=user))
    assert len(plans) >= 2
    scans = [
        (statement, line)
        for statement, lines in plans
        for line in lines
        if line.startswith("SCAN ") and line.split()[1] in BASE_TABLES
    ]
    assert any(
        line.startswith("SEARCH patient_search_term") for _, lines in plans for line in lines
    )
    previous = results.rows.get(("B2-plan", size))
    failed = bool(scans) or (previous is not None and previous.status == "FAIL")
    checked = (previous.note.split(":")[1].strip() + ", " if previous is not None else "") + prefix
    results.info(
        "B2-plan",
        size,
        "query plan of patient_page + count_patients",
        "FAIL" if failed else "PASS",
        f"no SCAN of patient / patient_search_term, prefixes: {checked}"
        if not failed
        else f"table scan for {prefix!r}: {scans}",
    )
    assert not scans, scans

"""B8: lot recall on the 1M-session database against a raw indexed SELECT of the same rows.

The lot is the one given in the most sessions (the worst case a recall can meet in the demo
clinic). Both sides return every done session that used it, with the patient's contacts.
The test also asserts that the plan uses the lot index and never scans the session tables.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mesodesk.services import recall
from mesodesk.services.database import open_database
from mesodesk.store.engine import url_for_path

ROUNDS = 15

RECALL_SQL = """
SELECT st.session_id, st.product_lot_id, st.volume_ml, a.name, ts.starts_at,
       ts.practitioner_id, p.id, p.given_name, p.family_name, p.date_of_birth, p.phone,
       p.email, p.address, p.archived_at
FROM session_treatment st
JOIN treatment_session ts ON ts.id = st.session_id
JOIN patient p ON p.id = ts.patient_id
JOIN treatment_area a ON a.id = st.area_id
WHERE st.product_lot_id = ? AND ts.status = 'done'
ORDER BY ts.starts_at DESC, st.session_id DESC
"""


@pytest.fixture(scope="module")
def busiest_lot(db_100k: Path) -> tuple[int, str]:
    with sqlite3.connect(db_100k) as conn:
        lot_id, number = conn.execute(
            "SELECT l.id, l.lot_number FROM product_lot l JOIN session_treatment st"
            " ON st.product_lot_id = l.id GROUP BY l.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    return int(lot_id), str(number)


def test_b8_plan_uses_the_lot_index(db_100k: Path, busiest_lot: tuple[int, str]) -> None:
    with sqlite3.connect(db_100k) as conn:
        plan = " | ".join(
            row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + RECALL_SQL, (busiest_lot[0],))
        )
    assert "ix_session_treatment_product_lot_id" in plan, plan
    assert "SCAN st" not in plan and "SCAN ts" not in plan, plan


def test_b8_floor(db_100k: Path, raw_conn: Any, measure: Any, busiest_lot: tuple[int, str]) -> None:
    conn = raw_conn(db_100k)
    lot_id = busiest_lot[0]
    rows = conn.execute(RECALL_SQL, (lot_id,)).fetchall()
    assert rows
    measure(
        "B8",
        "busiest lot",
        "floor",
        lambda: conn.execute(RECALL_SQL, (lot_id,)).fetchall(),
        rounds=ROUNDS,
        warmup=2,
    )


def test_b8_app(db_100k: Path, measure: Any, busiest_lot: tuple[int, str]) -> None:
    db = open_database(url_for_path(db_100k), create=False)
    try:
        result = recall.recall(db, busiest_lot[1])
        with sqlite3.connect(db_100k) as conn:
            expected = {
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT st.session_id FROM session_treatment st JOIN"
                    " treatment_session ts ON ts.id = st.session_id WHERE st.product_lot_id = ?"
                    " AND ts.status = 'done'",
                    (busiest_lot[0],),
                )
            }
        assert {r.session_id for r in result.rows} == expected
        note = f"lot {busiest_lot[1]}: {len(result.rows):,} sessions, {result.patient_count:,} patients"
        measure(
            "B8",
            "busiest lot",
            "app",
            lambda: recall.recall(db, busiest_lot[1]),
            rounds=ROUNDS,
            warmup=2,
            note=note,
        )
    finally:
        db.dispose()

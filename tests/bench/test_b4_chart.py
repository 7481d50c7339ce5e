"""B4: opening the chart of the patient with 500 sessions, against a bare table of its list.

Rows (app and floor rounds alternate, so both sides see the same machine load):
- ``B4``: ``PatientChart(ctx, id)`` built, shown and painted (it opens on its Profile tab),
  against the floor: the same 500 rows read with a raw SELECT into a tuple model and shown in
  a bare ``QTableView``, painted. Target ≤ 1.5×.
- ``B4`` "… sessions tab": the same, then the Sessions tab shown and its 500-row list painted,
  against the same floor. Target ≤ 1.5×.
- ``B4-data``: ``chart_data()``, everything the chart reads on opening in one transaction,
  against the raw SELECT of the session list. Target ≤ 2×.
- ``B4-list`` (info): ``sessions_for_patient()`` alone against the same raw SELECT.
"""

from __future__ import annotations

import gc
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mesodesk.services.chart import chart_data
from mesodesk.services.database import open_database
from mesodesk.services.sessions import sessions_for_patient
from mesodesk.store.engine import url_for_path
from mesodesk.ui.context import DeskContext
from tests.bench.conftest import CHART_PATIENT_ID, paint_probe, pump_until, settle, tuple_model
from tests.factories import demo_practitioner

ROUNDS = 15

SESSION_LIST_SQL = """
SELECT s.id, s.starts_at, s.status,
       (SELECT group_concat(name, ', ') FROM (
            SELECT DISTINCT a.name FROM session_treatment t
            JOIN treatment_area a ON a.id = t.area_id
            WHERE t.session_id = s.id ORDER BY t.position)) AS areas,
       (SELECT group_concat(name, ', ') FROM (
            SELECT DISTINCT coalesce(pr.name, st.name) AS name FROM session_treatment t
            LEFT JOIN product pr ON pr.id = t.product_id
            LEFT JOIN solution_type st ON st.id = t.solution_type_id
            WHERE t.session_id = s.id ORDER BY t.position)) AS products,
       pt.display_name,
       (SELECT sum(t.volume_ml) FROM session_treatment t WHERE t.session_id = s.id) AS volume
FROM treatment_session s
LEFT JOIN practitioner pt ON pt.id = s.practitioner_id
WHERE s.patient_id = ?
ORDER BY s.starts_at DESC, s.id DESC
"""
"""Date, status, areas, products, practitioner and volume: what the chart's session list shows."""


def floor_select(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return conn.execute(SESSION_LIST_SQL, (CHART_PATIENT_ID,)).fetchall()


@pytest.fixture
def chart_db(db_100k: Path) -> Any:
    db = open_database(url_for_path(db_100k), create=False)
    yield db
    db.dispose()


FLOOR_HEADERS = ["Date", "Status", "Areas", "Products", "Practitioner", "Volume"]


def alternate(
    app: Callable[[], Any], floor: Callable[[], Any], *, rounds: int, warmup: int = 2
) -> tuple[list[float], list[float]]:
    """Seconds per round of ``app`` and of ``floor``, run in turn (warm-up rounds dropped).

    A side that returns a float reports its own duration (widget rounds clear the previous
    widget first, outside their timing); otherwise the whole call is timed. The garbage
    collector is off meanwhile, as with ``--benchmark-disable-gc`` for the other benchmarks.
    """
    app_samples: list[float] = []
    floor_samples: list[float] = []
    gc.collect()
    gc.disable()
    try:
        for number in range(warmup + rounds):
            for fn, samples in ((app, app_samples), (floor, floor_samples)):
                started = time.perf_counter()
                own = fn()
                elapsed = own if isinstance(own, float) else time.perf_counter() - started
                if number >= warmup:
                    samples.append(elapsed)
    finally:
        gc.enable()
    return app_samples, floor_samples


class Opener:
    """Opens a fresh widget per round and closes the previous one outside the timing."""

    def __init__(self) -> None:
        self.probe = paint_probe()
        self.open: list[Any] = []

    def clear(self) -> None:
        while self.open:
            old = self.open.pop()
            old.close()
            old.deleteLater()

    def chart(self, ctx: DeskContext, *, sessions_tab: bool) -> Callable[[], Any]:
        from mesodesk.ui.pages.patient_chart import PatientChart

        def run() -> Any:
            self.clear()
            settle()
            self.probe.arm()
            started = time.perf_counter()
            chart = PatientChart(ctx, CHART_PATIENT_ID)
            self.open.append(chart)
            watched = chart.session_view.viewport() if sessions_tab else chart
            watched.installEventFilter(self.probe)
            chart.resize(1100, 760)
            chart.show()
            if sessions_tab:
                chart.tabs.setCurrentIndex(1)
            pump_until(self.probe.painted)
            return time.perf_counter() - started

        return run

    def bare_table(self, conn: sqlite3.Connection) -> Callable[[], Any]:
        from PySide6.QtWidgets import QTableView

        def run() -> Any:
            self.clear()
            settle()
            self.probe.arm()
            started = time.perf_counter()
            rows = [(r[1], r[2], r[3], r[4], r[5], r[6]) for r in floor_select(conn)]
            model = tuple_model(rows, FLOOR_HEADERS)
            view = QTableView()
            self.open.append(view)
            view.setModel(model)
            view.viewport().installEventFilter(self.probe)
            view.resize(1100, 760)
            view.show()
            pump_until(self.probe.painted)
            return time.perf_counter() - started

        return run


@pytest.mark.parametrize("sessions_tab", [False, True], ids=["profile-tab", "sessions-tab"])
def test_b4_chart_against_a_bare_table(
    sessions_tab: bool, chart_db: Any, qtbot: Any, raw_conn: Any, results: Any
) -> None:
    conn = raw_conn(Path(chart_db.path))
    assert len(floor_select(conn)) == 500
    ctx = DeskContext(chart_db, user=demo_practitioner(chart_db))
    opener = Opener()
    app, floor = alternate(
        opener.chart(ctx, sessions_tab=sessions_tab), opener.bare_table(conn), rounds=ROUNDS
    )
    opener.clear()
    case = "500 sessions, sessions tab" if sessions_tab else "500 sessions"
    results.add("B4", case, "app", app)
    results.add("B4", case, "floor", floor)
    results.note(
        "B4",
        case,
        (
            "app: chart built + Sessions tab shown + its 500-row list painted"
            if sessions_tab
            else "app: PatientChart built + shown + first paint (Profile tab)"
        )
        + "; floor: SELECT + tuple model + bare QTableView painted; rounds alternate",
    )


def test_b4_data(chart_db: Any, raw_conn: Any, results: Any) -> None:
    conn = raw_conn(Path(chart_db.path))
    user = demo_practitioner(chart_db)
    data = chart_data(chart_db, CHART_PATIENT_ID, actor=user)
    assert len(data.sessions) == 500
    app, floor = alternate(
        lambda: chart_data(chart_db, CHART_PATIENT_ID, actor=user),
        lambda: floor_select(conn),
        rounds=ROUNDS * 2,
    )
    results.add("B4-data", "500 sessions", "app", app)
    results.add("B4-data", "500 sessions", "floor", floor)
    results.note(
        "B4-data",
        "500 sessions",
        "patient, profiles, alerts, screening, 500 session rows, course count, events, zone",
    )
    app, floor = alternate(
        lambda: sessions_for_patient(chart_db, CHART_PATIENT_ID, actor=user),
        lambda: floor_select(conn),
        rounds=ROUNDS * 2,
    )
    results.add("B4-list", "500 sessions", "app", app)
    results.add("B4-list", "500 sessions", "floor", floor)
    row = results.rows[("B4-list", "500 sessions")]
    row.what = "sessions_for_patient() only vs the raw SELECT"
    row.target = "(info)"

"""B4: opening the chart of the patient with 500 sessions, against a raw SELECT of its list.

Rows:
- ``B4``: ``PatientChart(ctx, id)`` built, shown and painted (it opens on its Profile tab),
  against the issue's floor, a raw SELECT of the columns the session list shows.
- ``B4`` "… sessions tab": the same, then the Sessions tab shown and its 500-row list painted.
- ``B4-data`` (info): ``sessions_for_patient`` alone against the same raw SELECT.
- ``B4-ui`` (info): the chart (sessions tab) against a floor that also builds a tuple model
  and a bare QTableView and paints it, to split widget cost from query cost.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from mesodesk.services.database import open_database
from mesodesk.services.sessions import sessions_for_patient
from mesodesk.store.engine import url_for_path
from mesodesk.ui.context import DeskContext
from tests.bench.conftest import CHART_PATIENT_ID, paint_probe, pump_until, settle, tuple_model

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


def test_b4_floor_select(db_100k: Path, raw_conn: Any, measure: Any) -> None:
    conn = raw_conn(db_100k)
    rows = floor_select(conn)
    assert len(rows) == 500
    measure("B4", "500 sessions", "floor", lambda: floor_select(conn), rounds=ROUNDS, warmup=2)


def test_b4_chart_profile_tab(chart_db: Any, qtbot: Any, measure: Any, results: Any) -> None:
    from mesodesk.ui.pages.patient_chart import PatientChart

    ctx = DeskContext(chart_db)
    probe = paint_probe()
    charts: list[Any] = []

    def setup() -> None:
        while charts:
            old = charts.pop()
            old.close()
            old.deleteLater()
        settle()
        probe.arm()

    def open_chart() -> Any:
        chart = PatientChart(ctx, CHART_PATIENT_ID)
        charts.append(chart)
        chart.installEventFilter(probe)
        chart.resize(1100, 760)
        chart.show()
        pump_until(probe.painted)
        return chart

    chart = measure("B4", "500 sessions", "app", open_chart, setup=setup, rounds=ROUNDS, warmup=1)
    assert chart.sessions_model.rowCount() == 500
    results.note(
        "B4", "500 sessions", "app: PatientChart built + shown + first paint (Profile tab)"
    )
    for leftover in charts:
        leftover.close()


def test_b4_chart_sessions_tab(
    chart_db: Any, qtbot: Any, measure: Any, raw_conn: Any, results: Any
) -> None:
    from mesodesk.ui.pages.patient_chart import PatientChart

    ctx = DeskContext(chart_db)
    probe = paint_probe()
    charts: list[Any] = []

    def setup() -> None:
        while charts:
            old = charts.pop()
            old.close()
            old.deleteLater()
        settle()
        probe.arm()

    def open_sessions() -> Any:
        chart = PatientChart(ctx, CHART_PATIENT_ID)
        charts.append(chart)
        chart.session_view.viewport().installEventFilter(probe)
        chart.resize(1100, 760)
        chart.show()
        chart.tabs.setCurrentIndex(1)
        pump_until(probe.painted)
        return chart

    chart = measure(
        "B4", "500 sessions, sessions tab", "app", open_sessions, setup=setup, rounds=ROUNDS
    )
    assert chart.sessions_model.rowCount() == 500
    for leftover in charts:
        leftover.close()
    # The floor, measured again beside this case so the row has its own pair.
    conn = raw_conn(Path(chart_db.path))
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        floor_select(conn)
        samples.append(time.perf_counter() - started)
    results.add("B4", "500 sessions, sessions tab", "floor", samples)
    results.note(
        "B4",
        "500 sessions, sessions tab",
        "app: chart built + Sessions tab shown + its 500-row list painted; floor timed inline",
    )
    # Floor with the widget work a bare table needs: SELECT + tuple model + QTableView paint.
    from PySide6.QtWidgets import QTableView

    ui_probe = paint_probe()
    views: list[Any] = []
    ui_samples = []
    for _ in range(ROUNDS):
        for view in views:
            view.close()
            view.deleteLater()
        views.clear()
        settle()
        ui_probe.arm()
        started = time.perf_counter()
        rows = [(r[1], r[2], r[3], r[4], r[5], r[6]) for r in floor_select(conn)]
        model = tuple_model(rows, ["Date", "Status", "Areas", "Products", "Practitioner", "Volume"])
        view = QTableView()
        views.append(view)
        view.setModel(model)
        view.viewport().installEventFilter(ui_probe)
        view.resize(1100, 760)
        view.show()
        pump_until(ui_probe.painted)
        ui_samples.append(time.perf_counter() - started)
    for view in views:
        view.close()
    app_row = results.rows[("B4", "500 sessions, sessions tab")]
    results.add(
        "B4-ui",
        "500 sessions, sessions tab",
        "app",
        [s / 1000 for s in app_row.app.samples],
        what="chart (sessions tab) vs SELECT + tuple model + bare QTableView painted",
    )
    results.add("B4-ui", "500 sessions, sessions tab", "floor", ui_samples)
    results.rows[("B4-ui", "500 sessions, sessions tab")].target = "(info, ≤ 3×)"


@pytest.mark.parametrize("side", ["floor", "app"])
def test_b4_data(side: str, chart_db: Any, raw_conn: Any, measure: Any, results: Any) -> None:
    if side == "floor":
        conn = raw_conn(Path(chart_db.path))
        measure("B4-data", "500 sessions", "floor", lambda: floor_select(conn), rounds=ROUNDS)
        return
    rows = measure(
        "B4-data",
        "500 sessions",
        "app",
        lambda: sessions_for_patient(chart_db, CHART_PATIENT_ID),
        rounds=ROUNDS,
    )
    assert len(rows) == 500
    row = results.rows[("B4-data", "500 sessions")]
    row.what = "sessions_for_patient() only vs the raw SELECT"
    row.target = "(info, ≤ 3×)"

"""B5: the patient list over all 100k patients: set the model, show it, scroll to the end.

Both sides use a QTableView set up as PatientsPage sets up ``patientList`` (fixed row
heights, so the view asks only for the rows it paints). The app side builds a
``PatientTableModel`` and runs its empty query (one count); the floor is a tuple-list model
whose 100k rows were read before the clock starts. Then a separate untimed pass measures
what the app model keeps in memory after jumping to the end (tracemalloc and RSS).
"""

from __future__ import annotations

import gc
import sqlite3
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from mesodesk.services.database import open_database
from mesodesk.store.engine import url_for_path
from mesodesk.ui.context import DeskContext
from tests.bench.conftest import (
    PATIENTS,
    configure_patient_view,
    paint_probe,
    pump_until,
    rss_kb,
    settle,
    tuple_model,
)

ROUNDS = 10
ALL_SQL = """
SELECT family_name, given_name, date_of_birth, phone FROM patient
WHERE archived_at IS NULL ORDER BY sort_key, id
"""


def _show_and_scroll(view: Any, model: Any, probe: Any) -> None:
    view.setModel(model)
    view.resize(1100, 700)
    view.viewport().installEventFilter(probe)
    probe.arm()
    view.show()
    pump_until(probe.painted)
    probe.arm()
    view.scrollToBottom()
    pump_until(probe.painted)


@pytest.mark.parametrize("side", ["floor", "app"])
def test_b5_scroll_to_end(side: str, db_100k: Path, qtbot: Any, measure: Any, results: Any) -> None:
    from PySide6.QtWidgets import QTableView

    from mesodesk.ui.models.patients import MAX_PAGES, PatientTableModel

    probe = paint_probe()
    views: list[Any] = []

    def fresh_view() -> Any:
        for old in views:
            old.close()
            old.deleteLater()
        views.clear()
        settle()
        view = QTableView()
        configure_patient_view(view)
        views.append(view)
        return view

    case = f"{PATIENTS // 1000}k patients"
    if side == "floor":
        conn = sqlite3.connect(db_100k)
        rows = [tuple(r) for r in conn.execute(ALL_SQL)]
        conn.close()
        headers = ["Family name", "Given name", "Date of birth", "Phone"]
        state: dict[str, Any] = {}

        def floor_setup() -> None:
            state["view"] = fresh_view()

        def floor_round() -> Any:
            model = tuple_model(rows, headers)
            _show_and_scroll(state["view"], model, probe)
            return model

        model = measure("B5", case, "floor", floor_round, setup=floor_setup, rounds=ROUNDS)
        assert model.rowCount() == len(rows)
        for view in views:
            view.close()
        return

    db = open_database(url_for_path(db_100k), create=False)
    try:
        ctx = DeskContext(db)
        state = {}

        def app_setup() -> None:
            state["view"] = fresh_view()

        def app_round() -> Any:
            model = PatientTableModel(ctx)
            model.set_query("")
            _show_and_scroll(state["view"], model, probe)
            return model

        model = measure("B5", case, "app", app_round, setup=app_setup, rounds=ROUNDS)
        count = model.rowCount()
        assert count > 0.9 * PATIENTS
        last = state["view"].indexAt(state["view"].viewport().rect().bottomLeft())
        assert not last.isValid() or last.row() > count - 100

        # Memory: one more untimed pass under tracemalloc, against the floor's row list.
        for view in views:
            view.close()
        views.clear()
        settle()
        gc.collect()
        rss_before = rss_kb()
        tracemalloc.start()
        base, _ = tracemalloc.get_traced_memory()
        view = fresh_view()
        model = PatientTableModel(ctx)
        model.set_query("")
        _show_and_scroll(view, model, probe)
        for step in range(1, 21):  # and a few jumps through the middle on the way back
            view.scrollTo(model.index(count * step // 21, 0))
            settle(0.005)
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_after = rss_kb()
        conn = sqlite3.connect(db_100k)
        tracemalloc.start()
        floor_rows = [tuple(r) for r in conn.execute(ALL_SQL)]
        floor_bytes, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        conn.close()
        del floor_rows
        grew = (current - base) / 1024
        bounded = model.cached_pages <= MAX_PAGES and grew < 4 * 1024
        results.info(
            "B5-mem",
            case,
            "memory kept by the lazy model after scrolling to the end (+20 jumps)",
            "PASS" if bounded else "FAIL",
            f"app: tracemalloc +{grew:,.0f} KiB (peak +{(peak - base) / 1024:,.0f} KiB), "
            f"RSS +{rss_after - rss_before:,} KiB, {model.cached_pages} cached pages "
            f"(max {MAX_PAGES}); floor: {floor_bytes / 1024:,.0f} KiB for the {count:,} "
            "tuples it keeps",
        )
        for view in views:
            view.close()
        # A target, not a correctness check: reported as PASS/FAIL above, never failing here.
    finally:
        db.dispose()

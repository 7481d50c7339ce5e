"""B3: a keystroke in patientSearch until the patient list has repainted, in the real page.

The page debounces typing (``SEARCH_DELAY_MS``), and that wait is a deliberate pause, not
work. So the timed path is the keystroke itself (``QTest.keyClicks`` on ``patientSearch``)
followed at once by the page's own query slot ``_run_search`` (the slot the debounce timer
fires), up to the end of the list viewport's first paint after the model reset. That paint
is where the lazy model fetches the page of rows it shows.

The floor resets a plain tuple model holding the same matching rows (precomputed) in a
table view set up the same way, and waits for the same repaint.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from mesodesk.domain.text import words
from mesodesk.services.database import open_database
from mesodesk.store.engine import url_for_path
from mesodesk.ui.context import DeskContext
from tests.bench.conftest import (
    configure_patient_view,
    paint_probe,
    pump_until,
    settle,
    sizes,
    tuple_model,
)

TYPED = ("du", "mar", "hél", "sø", "nov")
"""Each round types the last character of one of these after the rest is in the box."""
ROUNDS = 30

ALL_MATCHES_SQL = """
SELECT p.family_name, p.given_name, p.date_of_birth, p.phone
FROM (SELECT DISTINCT patient_id FROM patient_search_term WHERE term >= ? AND term < ?) AS m
CROSS JOIN patient AS p ON p.id = m.patient_id
WHERE p.archived_at IS NULL
ORDER BY p.sort_key, p.id
"""


def _dmy(iso: str | None) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if iso else ""


@pytest.mark.parametrize("side", ["floor", "app"])
@pytest.mark.parametrize("size", sizes())
def test_b3_keystroke_to_repaint(
    size: str, side: str, db_for: Any, qtbot: Any, measure: Any, results: Any
) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableView

    path: Path = db_for(size)
    order = itertools.cycle(TYPED)
    probe = paint_probe()
    case = f"{size} patients"

    if side == "floor":
        conn = sqlite3.connect(path)
        precomputed: dict[str, list[tuple[Any, ...]]] = {}
        for text in {*TYPED, *(t[:-1] for t in TYPED)}:
            prefix = words(text)[0]
            precomputed[text] = [
                (r[0], r[1], _dmy(r[2]), r[3])
                for r in conn.execute(ALL_MATCHES_SQL, (prefix, prefix + "\U0010ffff"))
            ]
        conn.close()
        model = tuple_model([], ["Family name", "Given name", "Date of birth", "Phone"])
        view = QTableView()
        qtbot.addWidget(view)
        configure_patient_view(view)
        view.setModel(model)
        view.resize(1100, 700)
        view.show()
        qtbot.waitExposed(view)
        view.viewport().installEventFilter(probe)
        state: dict[str, str] = {}

        def floor_setup() -> None:
            text = next(order)
            model.set_rows(precomputed[text[:-1]])
            settle()
            state["text"] = text
            probe.arm()

        def floor_round() -> None:
            model.set_rows(precomputed[state["text"]])
            pump_until(probe.painted)

        measure("B3", case, "floor", floor_round, setup=floor_setup, rounds=ROUNDS, warmup=2)
        return

    from mesodesk.ui.pages.patients import PatientsPage

    db = open_database(url_for_path(path), create=False)
    try:
        page = PatientsPage(DeskContext(db))
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        qtbot.waitExposed(page)
        viewport = page.table.viewport()
        viewport.installEventFilter(probe)
        state = {}
        reset_seen: list[bool] = []
        page.model.modelReset.connect(lambda: reset_seen.append(True))

        def app_setup() -> None:
            text = next(order)
            page.search.setText(text[:-1])
            page._run_search()
            settle()
            page.search.setFocus()
            page.search.end(False)
            state["key"] = text[-1]
            state["text"] = text
            reset_seen.clear()
            probe.arm()

        def app_round() -> None:
            QTest.keyClicks(page.search, state["key"])
            page._run_search()  # what the debounce timer would call SEARCH_DELAY_MS later
            pump_until(probe.painted)

        started = time.perf_counter()
        measure("B3", case, "app", app_round, setup=app_setup, rounds=ROUNDS, warmup=2)
        assert reset_seen, "the keystroke must have reset the model"
        assert page.search.text() == state["text"]
        assert page.model.rowCount() > 0 and page.model.cached_pages >= 1
        results.note(
            "B3",
            case,
            "app: keyClick + page._run_search() (150 ms debounce skipped) to viewport paint; "
            f"rounds cycle {', '.join(TYPED)}",
        )
        assert time.perf_counter() - started < 600
    finally:
        db.dispose()

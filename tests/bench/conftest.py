"""Benchmark fixtures: cached demo databases, paired app/floor timings and the final ratio table.

Every benchmark times the app path and its floor in the same run and reports the ratio, since
absolute times on a shared 2-core machine mean little. Nothing here fails on a time: a missed
target shows as FAIL in the table printed at the end (and written to ``$MESODESK_BENCH_DIR``).

Environment:
- ``MESODESK_BENCH_DIR``: where the generated databases are cached (default /tmp/mesodesk-bench).
  A database is generated once with ``mesodesk seed-demo`` and reused while its file exists.
- ``MESODESK_BENCH_BIG=1``: also run the 1M-patient variants of B2 and B3 (generating that
  database takes about 7 minutes the first time and about 5 GB of disk).
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from mesodesk.store.migrate import HEAD_REVISION

PIN_NONE = r"""
import sys
if sys.version_info < (3, 12):
    import ctypes
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
"""
"""PySide6 6.12.0 drops one reference to ``None`` each time a
Python ``QAbstractItemModel.data()`` override returns None to C++. On CPython 3.11, where
None is not immortal, the process aborts with "none_dealloc: deallocating None" after a few
thousand such calls, i.e. a few repaints of any table (the app's own models included). The
app applies the fix in ``mesodesk/ui/__init__.py`` (2**40 extra references, no memory cost);
the harness applies the same pin before anything else, so that floor scripts built on bare
PySide6 models are measured under the same conditions as the app."""
exec(PIN_NONE)  # the same snippet is prepended to the B7 child scripts


def _program_password_hasher() -> None:
    """Benchmarks sign in at the program's own argon2id cost, not the cheap one the unit
    tests set in tests/conftest.py (a sign-in would otherwise also rehash the cached demo's
    accounts down to it)."""
    from argon2 import PasswordHasher

    from mesodesk.services.accounts import set_password_hasher

    set_password_hasher(PasswordHasher())


_program_password_hasher()

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = Path(os.environ.get("MESODESK_BENCH_DIR", "/tmp/mesodesk-bench"))
BIG = os.environ.get("MESODESK_BENCH_BIG") == "1"
SEED = 1
PATIENTS = 100_000
BIG_PATIENTS = 1_000_000
CHART_PATIENT_ID = 1
"""The first seeded patient is the showcase one with 500 sessions."""
TODAY = date(2026, 11, 21)
"""Fixed so that the seed-demo comparison inserts identical rows on both sides."""


# --- databases --------------------------------------------------------------------------------


def child_env() -> dict[str, str]:
    """Environment for app subprocesses: offscreen, with QSettings kept out of the user's."""
    home = BENCH_DIR / "home"
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }


def demo_db_path(patients: int, seed: int = SEED) -> Path:
    return BENCH_DIR / f"demo-{patients}-s{seed}.sqlite3"


def cached_revision(path: Path) -> str | None:
    """The alembic revision of a cached database (None when it has none)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def ensure_demo_db(patients: int, seed: int = SEED) -> Path:
    """The cached demo database, generated with the real CLI when it is not there yet.

    It is written under a ``.partial`` name and renamed only once complete and checkpointed,
    so an interrupted run never leaves a half-filled database that later runs would reuse.
    """
    path = demo_db_path(patients, seed)
    if path.exists() and cached_revision(path) == HEAD_REVISION:
        return path
    if path.exists():  # made by an older mesodesk (no accounts, say): the benches need today's
        print(f"\n[bench] {path} has an older schema: generating it again", file=sys.stderr)
        path.unlink()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + ".partial.sqlite3")
    for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-wal", "-shm", ".lock"))):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mesodesk",
            "seed-demo",
            "--db",
            str(partial),
            "--patients",
            str(patients),
            "--seed",
            str(seed),
        ],
        check=True,
        cwd=ROOT,
        env=child_env(),
    )
    conn = sqlite3.connect(partial)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    partial.rename(path)
    print(f"\n[bench] generated {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


@pytest.fixture(scope="session")
def db_100k() -> Path:
    return ensure_demo_db(PATIENTS)


@pytest.fixture(scope="session")
def db_1m() -> Path:
    if not BIG:
        pytest.skip("1M-patient variant is opt-in: set MESODESK_BENCH_BIG=1")
    return ensure_demo_db(BIG_PATIENTS)


def sizes() -> list[Any]:
    """Parametrisation over database sizes: 100k always, 1M with MESODESK_BENCH_BIG=1."""
    return [
        pytest.param("100k", id="100k"),
        pytest.param(
            "1M",
            id="1M",
            marks=pytest.mark.skipif(not BIG, reason="opt-in: MESODESK_BENCH_BIG=1"),
        ),
    ]


@pytest.fixture(scope="session")
def db_for(request: pytest.FixtureRequest) -> Callable[[str], Path]:
    def get(size: str) -> Path:
        return request.getfixturevalue("db_1m" if size == "1M" else "db_100k")

    return get


# --- results ----------------------------------------------------------------------------------


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100)."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Target:
    what: str
    floor: str
    text: str
    on: str = "median"
    """Which statistic the ratio uses: "median", "p95" or "value" (a single figure)."""
    limit: float = 0.0
    absolute_ms: float | None = None
    """An extra limit on the app's statistic itself (B3: one 16 ms frame)."""


TARGETS: dict[str, Target] = {
    "B6": Target(
        "render_aftercare(typical session), warm",
        "SimpleDocTemplate, same paragraphs and table rows, standard Helvetica",
        "≤ 3.0× median",
        limit=3.0,
    ),
    "B8": Target(
        "recall(db, lot) on the 1M-session database, rows ready for the list",
        "raw sqlite3 indexed SELECT of the same columns",
        "≤ 3.0× median",
        limit=3.0,
    ),
    "SEED": Target(
        "seed-demo (seed_demo service, same rows)",
        "sqlite3 executemany of the pre-generated rows",
        "≤ 3.0× median",
        limit=3.0,
    ),
    "B1": Target(
        "`mesodesk --quit-after-ready` to first paint with list loaded",
        "bare PySide6 QMainWindow, quit after first paint",
        "≤ 2.0× median",
        limit=2.0,
    ),
    "B2": Target(
        "patient_page(prefix, limit=50)",
        "raw sqlite3 indexed prefix query, same rows",
        "≤ 3.0× median",
        limit=3.0,
    ),
    "B3": Target(
        "keystroke in patientSearch → search → list repainted",
        "same reset + repaint, precomputed rows",
        "p95 ≤ 2.0× and ≤ 16 ms",
        on="p95",
        limit=2.0,
        absolute_ms=16.0,
    ),
    "B4": Target(
        "PatientChart(500-session patient) built + shown + painted",
        "the same 500 rows: raw SELECT + tuple model + bare QTableView, shown + painted",
        "≤ 1.5× median",
        limit=1.5,
    ),
    "B4-data": Target(
        "chart_data(): everything the chart reads on opening, one transaction",
        "raw SELECT of the session list columns",
        "≤ 2.0× median",
        limit=2.0,
    ),
    "B5": Target(
        "PatientTableModel, all patients: set model, show, scroll to end",
        "tuple-list QAbstractTableModel, same view",
        "≤ 2.0× median",
        limit=2.0,
    ),
    "B12": Target(
        "photo gallery of a 500-photo patient: list read, visible thumbnails decoded, painted",
        "raw SELECT of the same thumbnails, decoded, bare icon-mode QListView painted",
        "≤ 2.0× median",
        limit=2.0,
    ),
    "B13": Target(
        "a mark dragged on the 60-mark map of the open session editor, to the map's repaint",
        "a bare QWidget painting the same diagram (cached pixmap) and 60 dots, one moved",
        "p95 ≤ 16 ms (and ≤ 3.0×)",
        on="p95",
        limit=3.0,
        absolute_ms=16.0,
    ),
    "B14": Target(
        "Switch user: lock screen, the other login typed, Enter, to their fresh desk painted",
        "the login service alone (argon2id verify, throttle check, audit row)",
        "median ≤ 2 s (and ≤ 4.0×)",
        limit=4.0,
        absolute_ms=2000.0,
    ),
    "B7": Target(
        "peak RSS: app opened, searched, chart opened",
        "peak RSS of a bare PySide6 window",
        "≤ 2.5×",
        on="value",
        limit=2.5,
    ),
}


@dataclass
class Side:
    samples: list[float] = field(default_factory=list)
    unit: str = "ms"

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)


@dataclass
class Row:
    bench: str
    case: str
    what: str = ""
    target: str = ""
    app: Side | None = None
    floor: Side | None = None
    ratio: float | None = None
    status: str = ""
    note: str = ""
    order: int = 0


class Results:
    """Collects app and floor measurements as the tests run; pairs them into table rows."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Row] = {}

    def _row(self, bench: str, case: str) -> Row:
        key = (bench, case)
        if key not in self.rows:
            self.rows[key] = Row(bench, case, order=len(self.rows))
        return self.rows[key]

    def add(
        self,
        bench: str,
        case: str,
        side: str,
        samples: list[float],
        *,
        unit: str = "ms",
        what: str = "",
        note: str = "",
    ) -> None:
        """Record ``samples`` (seconds for "ms"/"s" units, else raw values) for one side."""
        row = self._row(bench, case)
        scale = 1000.0 if unit == "ms" else 1.0
        setattr(row, side, Side([s * scale for s in samples], unit))
        if what:
            row.what = what
        if note:
            row.note = (row.note + "; " + note) if row.note else note
        self._judge(row)

    def note(self, bench: str, case: str, text: str) -> None:
        row = self._row(bench, case)
        row.note = (row.note + "; " + text) if row.note else text

    def info(self, bench: str, case: str, what: str, status: str, note: str = "") -> None:
        """A row without a ratio: a skip, an informational figure or a non-timing check."""
        row = self._row(bench, case)
        row.what, row.status = what, status
        if note:
            row.note = note

    def _judge(self, row: Row) -> None:
        target = TARGETS.get(row.bench) or TARGETS.get(row.bench.split("-")[0])
        if target is None or row.app is None or row.floor is None:
            return
        row.target = row.target or target.text
        row.what = row.what or target.what
        if target.on == "p95":
            app_stat, floor_stat = row.app.p95, row.floor.p95
        else:
            app_stat, floor_stat = row.app.median, row.floor.median
        row.ratio = app_stat / floor_stat if floor_stat else float("inf")
        ok = row.ratio <= target.limit
        if target.absolute_ms is not None and row.app.unit == "ms":
            ok = ok and app_stat <= target.absolute_ms
        if row.bench.split("-")[0] == row.bench or row.bench in TARGETS:
            row.status = "PASS" if ok else "FAIL"
        else:
            row.status = "info"

    # --- rendering --------------------------------------------------------------------------

    def markdown(self) -> str:
        head = (
            "| id | case | app median | app p95 | floor median | floor p95 | ratio | target "
            "| result | notes |\n|---|---|---:|---:|---:|---:|---:|---|---|---|\n"
        )
        lines = []
        for row in sorted(self.rows.values(), key=lambda r: (_bench_order(r.bench), r.order)):
            lines.append(
                "| "
                + " | ".join(
                    [
                        row.bench,
                        row.case,
                        _fmt(row.app, "median"),
                        _fmt(row.app, "p95"),
                        _fmt(row.floor, "median"),
                        _fmt(row.floor, "p95"),
                        f"{row.ratio:.2f}×" if row.ratio is not None else "—",
                        row.target or "—",
                        row.status or "—",
                        row.note.replace("|", "/"),
                    ]
                )
                + " |"
            )
        return head + "\n".join(lines) + "\n"

    def legend(self) -> str:
        lines = ["", "Legend (app path vs floor):"]
        seen = set()
        for row in sorted(self.rows.values(), key=lambda r: (_bench_order(r.bench), r.order)):
            if row.bench in seen:
                continue
            seen.add(row.bench)
            target = TARGETS.get(row.bench)
            if target is not None:
                lines.append(f"- {row.bench}: {target.what} vs {target.floor}")
            elif row.what:
                lines.append(f"- {row.bench}: {row.what}")
        return "\n".join(lines) + "\n"

    def as_json(self) -> list[dict[str, Any]]:
        out = []
        for row in self.rows.values():
            out.append(
                {
                    "bench": row.bench,
                    "case": row.case,
                    "what": row.what,
                    "app": row.app.samples if row.app else None,
                    "floor": row.floor.samples if row.floor else None,
                    "unit": (row.app or row.floor).unit if (row.app or row.floor) else None,
                    "ratio": row.ratio,
                    "target": row.target,
                    "status": row.status,
                    "note": row.note,
                }
            )
        return out


_ORDER = ["SEED", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B12", "B13", "B14"]


def _bench_order(bench: str) -> int:
    base = bench.split("-")[0]
    return _ORDER.index(base) if base in _ORDER else len(_ORDER)


def _fmt(side: Side | None, stat: str) -> str:
    if side is None:
        return "—"
    value = side.median if stat == "median" else side.p95
    if side.unit == "ms":
        return f"{value:.1f} ms" if value < 1000 else f"{value / 1000:.2f} s"
    return f"{value:,.0f} {side.unit}"


RESULTS = Results()


@pytest.fixture(scope="session")
def results() -> Results:
    return RESULTS


@pytest.fixture
def measure(benchmark: Any, results: Results) -> Callable[..., Any]:
    """Time ``fn`` with pytest-benchmark (fixed rounds) and file it as one side of a row."""

    def run(
        bench: str,
        case: str,
        side: str,
        fn: Callable[..., Any],
        *,
        rounds: int,
        setup: Callable[[], Any] | None = None,
        warmup: int = 1,
        note: str = "",
    ) -> Any:
        benchmark.group = f"{bench} {case}"
        benchmark.name = f"{bench} {case} [{side}]"
        benchmark.extra_info.update({"bench": bench, "case": case, "side": side})
        result = benchmark.pedantic(
            fn, setup=setup, rounds=rounds, iterations=1, warmup_rounds=warmup
        )
        stats = getattr(benchmark, "stats", None)
        if stats is not None:
            results.add(bench, case, side, list(stats.stats.data), note=note)
        return result

    return run


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not RESULTS.rows:
        return
    table = RESULTS.markdown()
    terminalreporter.section("mesodesk benchmarks: app vs floor (same run)")
    terminalreporter.write(table)
    terminalreporter.write(RESULTS.legend())
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    (BENCH_DIR / "results.md").write_text(table + RESULTS.legend(), encoding="utf-8")
    (BENCH_DIR / "results.json").write_text(
        json.dumps(RESULTS.as_json(), indent=1, ensure_ascii=False), encoding="utf-8"
    )
    terminalreporter.write_line(f"(table also written to {BENCH_DIR / 'results.md'})")


# --- Qt helpers -------------------------------------------------------------------------------


def pump_until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    """Process Qt events until ``predicate()`` holds (no fixed sleeps)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout
    while not predicate():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if time.perf_counter() > deadline:
            raise TimeoutError("Qt condition not reached in time")


def settle(seconds: float = 0.05) -> None:
    """Let pending timers, layouts and paints run before the next timed round."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def paint_probe() -> Any:
    """An event filter that notes the first Paint event once armed.

    The filter sees the event before the widget paints; the painting itself happens inside
    the same ``processEvents`` call, so ``pump_until(probe.painted)`` returns after it.
    """
    from PySide6.QtCore import QEvent, QObject

    class PaintProbe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.armed = False
            self.seen = False

        def arm(self) -> None:
            self.armed, self.seen = True, False

        def painted(self) -> bool:
            return self.seen

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.armed and event.type() == QEvent.Type.Paint:
                self.seen = True
                self.armed = False
            return False

    return PaintProbe()


def configure_patient_view(view: Any) -> None:
    """The patient list view as PatientsPage sets it up (fixed rows, no vertical header)."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.horizontalHeader().setStretchLastSection(True)


def tuple_model(rows: list[tuple[Any, ...]], headers: list[str]) -> Any:
    """The floor model: a plain list of tuples, display role only."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    display = Qt.ItemDataRole.DisplayRole

    class TupleModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows = rows

        def set_rows(self, new_rows: list[tuple[Any, ...]]) -> None:
            self.beginResetModel()
            self.rows = new_rows
            self.endResetModel()

        def rowCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else len(headers)

        def headerData(self, section: int, orientation: Any, role: int = display) -> Any:
            if orientation == Qt.Orientation.Horizontal and role == display:
                return headers[section]
            return None

        def data(self, index: Any, role: int = display) -> Any:
            if role == display and index.isValid():
                return self.rows[index.row()][index.column()]
            return None

    return TupleModel()


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@pytest.fixture
def raw_conn(request: pytest.FixtureRequest) -> Iterator[Callable[[Path], sqlite3.Connection]]:
    """Plain sqlite3 connections for floors, closed at the end of the test."""
    opened: list[sqlite3.Connection] = []

    def connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path)
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        conn.close()

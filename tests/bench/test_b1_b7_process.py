"""B1 start-up to first painted window, and B7 peak memory, each against a bare PySide6 window."""

from __future__ import annotations

import compileall
import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.bench.conftest import CHART_PATIENT_ID, PIN_NONE, ROOT, child_env

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""
"""The B1 floor: import PySide6, show a bare QMainWindow, quit after its first paint."""

PEAK = (
    PIN_NONE
    + r"""
import resource
from pathlib import Path

def peak():
    status = Path("/proc/self/status").read_text().splitlines()
    hwm = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    return {"vmhwm_kb": hwm, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
"""
)

BARE_PEAK = (
    PEAK
    + r"""
import json, sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
seen = []

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            seen.append(1)
        return False

probe = FirstPaint()
window.installEventFilter(probe)
window.show()
end = time.perf_counter() + 30
while not seen and time.perf_counter() < end:
    QCoreApplication.processEvents()
end = time.perf_counter() + 0.5
while time.perf_counter() < end:
    QCoreApplication.processEvents()
print(json.dumps(peak()))
"""
)
"""The B7 floor: a bare window's peak RSS once painted."""

APP_PEAK = (
    PEAK
    + r"""
import json, sys, time
from PySide6.QtCore import QCoreApplication

from mesodesk.app import ensure_application, open_main_window
from mesodesk.store.engine import url_for_path

def pump(seconds=None, until=None):
    end = time.perf_counter() + (seconds if seconds is not None else 60)
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        if until is not None and until():
            return
    if until is not None:
        raise SystemExit("timed out")

app = ensure_application()
window = open_main_window(url_for_path(sys.argv[1]))
pump(until=lambda: window._ready_sent)
page = window.patients_page
for text in ("d", "du", "dup", "m", "ma", "mar"):  # B2/B3: typing a search
    page.search.setText(text)
    page._run_search()
    pump(0.05)
page.table.scrollToBottom()  # B5: the list scrolled to its end
pump(0.2)
window.open_patient(int(sys.argv[2]))  # B4: the 500-session chart
pump(0.2)
chart = window.chart_host.chart
chart.tabs.setCurrentIndex(1)  # its sessions tab, painted
pump(0.3)
print(json.dumps(peak()))
"""
)
"""The B7 app path: the main window on the 100k database after B1-B4's actions."""

ROUNDS_B1 = 5
ROUNDS_B7 = 3


@pytest.fixture(scope="module", autouse=True)
def _bytecode() -> None:
    """Compile mesodesk to bytecode first, as installing it does. Without this, a shell with
    PYTHONDONTWRITEBYTECODE=1 (this VM's) makes every child compile ~50 modules from source,
    ~100 ms that an installed app never spends and the bare-window floor has nothing of."""
    compileall.compile_dir(ROOT / "mesodesk", quiet=1)


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, capture_output=True, text=True, cwd=ROOT, env=child_env(), timeout=300
    )


@pytest.mark.parametrize("side", ["floor", "app"])
def test_b1_startup(side: str, db_100k: Path, measure: Any) -> None:
    if side == "floor":
        args = [sys.executable, "-c", BARE_WINDOW]
    else:
        args = [sys.executable, "-m", "mesodesk", "--quit-after-ready", "--db", str(db_100k)]

    def start() -> subprocess.CompletedProcess[str]:
        done = _run(args)
        assert done.returncode == 0, done.stderr
        return done

    measure("B1", "100k patients", side, start, rounds=ROUNDS_B1, warmup=1)


def _peaks(args: list[str]) -> list[dict[str, int]]:
    out = []
    for _ in range(ROUNDS_B7):
        done = _run(args)
        assert done.returncode == 0, done.stderr
        out.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return out


def test_b7_peak_rss(db_100k: Path, results: Any) -> None:
    """Peak RSS (VmHWM) of each process; the median of three runs per side."""
    floor = _peaks([sys.executable, "-c", BARE_PEAK])
    app = _peaks([sys.executable, "-c", APP_PEAK, str(db_100k), str(CHART_PATIENT_ID)])
    results.add(
        "B7",
        "100k patients / 1M sessions",
        "floor",
        [p["vmhwm_kb"] / 1024 for p in floor],
        unit="MB",
    )
    results.add(
        "B7",
        "100k patients / 1M sessions",
        "app",
        [p["vmhwm_kb"] / 1024 for p in app],
        unit="MB",
        note="VmHWM of the child; app: opened, typed 6 searches, list scrolled to end, "
        "500-session chart + sessions tab",
    )
    row = results.rows[("B7", "100k patients / 1M sessions")]
    # Peak memory has no p95 worth the name over 3 runs; the ratio is of medians.
    assert row.ratio is not None
    assert statistics.median(p["vmhwm_kb"] for p in app) > 0

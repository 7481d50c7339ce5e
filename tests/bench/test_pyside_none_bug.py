"""A non-timing finding the benchmarks ran into: PySide6 drops references to None.

Reported in the table as BUG (never failing the suite). It runs in a child process without
the harness workaround, so the count is the library's own behaviour.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from tests.bench.conftest import ROOT, child_env

PROBE = r"""
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 1
    def columnCount(self, parent=QModelIndex()):
        return 1
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None

model = Model()  # kept alive: an index into a freed model would crash instead
index = model.index(0, 0)
before = sys.getrefcount(None)
for _ in range(100):
    index.data(Qt.ItemDataRole.DecorationRole)  # through C++, as a view asks
print(before - sys.getrefcount(None))
"""


def test_data_returning_none_loses_references(results: Any) -> None:
    import PySide6

    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=child_env()
    )
    out = done.stdout.strip().splitlines()
    crashed = done.returncode != 0 and "deallocating None" in done.stderr
    lost = int(out[-1]) if out and not crashed else 100
    immortal = sys.version_info >= (3, 12)
    results.info(
        "BUG",
        "data() → None",
        "PySide6 refcount of None",
        "BUG" if lost and not immortal else ("harmless" if lost else "PASS"),
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}: {lost} references "
        "to None lost per 100 data() calls returning None"
        + (" (the probe itself aborted)" if crashed else "")
        + "; without a fix the app aborts (none_dealloc) within seconds of scrolling. "
        "mesodesk/ui/__init__.py pins None (tests/ui/test_none_refcount.py guards it).",
    )

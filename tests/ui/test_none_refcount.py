"""A model answering None for unserved roles must not bring the interpreter down."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import sys
import mesodesk.ui  # noqa: F401  (applies the workaround, as every UI module does)
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

model = Model()
index = model.index(0, 0)
for _ in range(1_000_000):  # far beyond None's natural reference count
    index.data(Qt.ItemDataRole.DecorationRole)
print("alive")
"""


def test_a_million_none_answers_through_cpp_do_not_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"


EMIT_PROBE = r"""
import sys
import mesodesk.ui  # noqa: F401
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    changed = Signal(str)

emitter = Emitter()
for _ in range(200_000):  # PySide6 6.12 drops a reference to True on each Python emit()
    emitter.changed.emit("session")
print("alive")
"""


def test_signals_emitted_from_python_do_not_exhaust_true() -> None:
    result = subprocess.run(
        [sys.executable, "-c", EMIT_PROBE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"

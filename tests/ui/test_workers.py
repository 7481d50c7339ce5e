"""Background workers are let go on the GUI thread, never on the pool thread that ran them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThread, QThreadPool
from pytestqt.qtbot import QtBot

from mesodesk.ui import workers


def test_a_worker_and_its_signals_are_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    """Freed on a pool thread, the signals object (made on the GUI thread) crashed Qt."""
    threads: list[QThread] = []

    def note(*_: object) -> None:
        threads.append(QThread.currentThread())

    for _ in range(5):
        worker = workers.Worker(lambda: 1)
        worker.signals.destroyed.connect(note, Qt.ConnectionType.DirectConnection)
        workers.launch(worker)
        del worker  # the caller lets go at once, as run_op's callers may
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.waitUntil(lambda: len(threads) == 5, timeout=5000)
    gui = QCoreApplication.instance().thread()
    assert all(thread is gui or thread == gui for thread in threads), threads

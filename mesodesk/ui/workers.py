"""The one helper for background work: a QRunnable whose result and error come back as signals.

A worker is never freed on a pool thread. Left to the pool (``autoDelete``), the runnable is
deleted on the thread that ran it, and with it the last Python reference to its signals
object and its callable: a QObject made on the GUI thread, and whatever the callable holds,
were then destroyed on the pool thread, which crashed the UI tests now and then ("QBasicTimer::
stop: Failed. Possibly trying to stop from a different thread", then a segmentation fault).
So workers are started with :func:`launch`: kept in ``_LIVE`` and let go by a GUI-thread
timer once they have run (two sweeps after, so that ``run`` has surely returned).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

SWEEP_MS = 200
"""How often finished workers are let go (on the GUI thread)."""


class WorkerSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class Worker(QRunnable):
    """Runs ``fn(*args, progress=...)`` off the GUI thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)  # freed on the GUI thread, see the module docstring
        self.ran = False
        self.seen_ran = False
        self.fn = fn
        self.args = args
        self.with_progress = with_progress
        self.signals = WorkerSignals()

    def run(self) -> None:
        from mesodesk.ui.widgets.inline_errors import describe

        try:
            if self.with_progress:
                result = self.fn(*self.args, progress=self.signals.progress.emit)
            else:
                result = self.fn(*self.args)
        except Exception as error:  # reported to the user through the failed signal
            self.signals.failed.emit(describe(error))
        else:
            self.signals.finished.emit(result)
        finally:
            self.ran = True


_LIVE: set[Worker] = set()
"""Workers started and not yet let go: only the GUI thread ever drops them."""
_sweeper: QTimer | None = None


def launch(worker: Worker) -> Worker:
    """Start ``worker`` on the global pool; it is let go on the GUI thread once it has run."""
    global _sweeper
    _LIVE.add(worker)
    if _sweeper is None:
        _sweeper = QTimer(QCoreApplication.instance())
        _sweeper.setInterval(SWEEP_MS)
        _sweeper.timeout.connect(_sweep)
    if not _sweeper.isActive():
        _sweeper.start()
    QThreadPool.globalInstance().start(worker)
    return worker


def _sweep() -> None:
    """Let go of the workers that had already run at the previous sweep."""
    for worker in list(_LIVE):
        if worker.seen_ran:
            _LIVE.discard(worker)
            # The pool took ownership of the runnable; deleting it here, on the GUI thread,
            # hands the last reference back, so its signals and callable are freed here too.
            shiboken6.delete(worker)
        elif worker.ran:
            worker.seen_ran = True
    if not _LIVE and _sweeper is not None:
        _sweeper.stop()


def start(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Worker:
    worker = Worker(fn, *args, with_progress=on_progress is not None)
    worker.signals.finished.connect(on_done)
    worker.signals.failed.connect(on_error)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    return launch(worker)

"""Python's cycle collector runs on the GUI thread only, so Qt objects are never freed elsewhere.

The collector normally runs in whatever thread happens to allocate when its thresholds are
passed: a background worker then frees cycles holding Qt wrappers (dialogs, models, signals)
on the wrong thread, and Qt crashes (seen as a rare segmentation fault at the end of a
background import or search). Automatic collection is switched off and the same work is done
from a timer on the GUI thread, generation by generation, as the thresholds would have done.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200


class GuiThreadCollector(QObject):
    """Owns the collection while it exists; ``stop()`` gives it back to Python."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(interval_ms)

    def collect_due(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        first, second, third = gc.get_threshold()
        young, middle, old = gc.get_count()
        if old > third:
            gc.collect(2)
        elif middle > second:
            gc.collect(1)
        elif young > first:
            gc.collect(0)

    def stop(self) -> None:
        self.timer.stop()
        if self._was_enabled:
            gc.enable()

"""Idle detection: no keyboard or mouse input for the clinic's idle-lock time fires ``idle``."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
"""What counts as someone at the desk (window activation or repaint does not)."""

CHECK_EVERY_MS = 5000
"""How often the watcher looks at the clock: the lock comes at most this late."""


class IdleWatcher(QObject):
    """Watches the application's input and emits ``idle`` once after ``minutes`` without any.

    ``clock`` gives monotonic seconds (injectable: tests move it on and call :meth:`check`
    instead of waiting). After ``idle`` the watcher stays quiet until :meth:`reset`; a
    ``minutes`` of 0 switches the lock off.
    """

    idle = Signal()
    lockRequested = Signal()
    """Ctrl+L pressed in any window of the desk (an editor's too, where the main window's
    shortcut does not reach)."""

    def __init__(
        self,
        minutes: float,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = float(minutes)
        self.last_input = clock()
        self.fired = False
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def set_minutes(self, minutes: float) -> None:
        self.minutes = float(minutes)

    def reset(self) -> None:
        """Someone is here: the countdown starts again."""
        self.last_input = self.clock()
        self.fired = False

    def pause(self) -> None:
        """While the lock screen shows there is nothing more to lock."""
        self.paused = True

    def resume(self) -> None:
        self.paused = False
        self.reset()

    def idle_seconds(self) -> float:
        return self.clock() - self.last_input

    def check(self) -> bool:
        """Emit ``idle`` if the time is up; True when it fired now."""
        if self.paused or self.fired or self.minutes <= 0:
            return False
        if self.idle_seconds() < self.minutes * 60:
            return False
        self.fired = True
        self.idle.emit()
        return True

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS and not self.fired:
            self.last_input = self.clock()
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_L
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and not self.paused
        ):
            self.lockRequested.emit()
            return True
        return False

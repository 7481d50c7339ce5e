"""An editor's save off the GUI thread: the window keeps painting while the database waits.

A save may wait for the database (another program holds SQLite's write lock until the busy
timeout, a slow clinic server). :class:`BusySave` runs the service call in a worker and
keeps the window alive meanwhile: the save buttons are disabled, a "Saving…" text is shown
and the cursor is busy; the editor's fields keep what was typed and take no input until the
call ends (so what is saved is exactly what the form showed), and closing the editor waits
for it (never a lost or a doubled save). The call's result is returned, or its exception
raised, to the editor's own save code, which carries on as before on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from mesodesk.ui import workers

T = TypeVar("T")

BLOCKED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.Close,
    }
)
"""What the editor does not take while its save runs: typing, clicks, closing."""


class BusySave(QObject):
    """Runs an editor's service calls in a worker while the editor shows it is saving."""

    def __init__(
        self,
        editor: QWidget,
        buttons: Callable[[], Sequence[QWidget]],
        show: Callable[[str], object],
    ) -> None:
        """``buttons`` are the save (and close) buttons to disable; ``show(text)`` shows the
        busy text in the editor ("" hides it)."""
        super().__init__(editor)
        self.editor = editor
        self.buttons = buttons
        self.show = show
        self.running = False
        self.calls = 0
        """How many calls ran (tests check a save ran once, and off the GUI thread)."""

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(*args, **kwargs)`` in a worker; returns its result or raises its error."""
        if self.running:
            raise RuntimeError("a save is already running in this editor")
        outcome: list[Any] = []
        raised: list[BaseException] = []

        ended = threading.Event()

        def guarded() -> None:
            try:
                outcome.append(fn(*args, **kwargs))
            except Exception as error:  # crosses to the GUI thread in a plain list
                raised.append(error)
                raise
            finally:
                ended.set()

        loop = QEventLoop()
        disabled = [b for b in self.buttons() if b.isEnabled()]
        for button in disabled:
            button.setEnabled(False)
        self.running = True
        self.calls += 1
        self.show(QCoreApplication.translate("BusySave", "Saving…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        try:
            waiter = Waiter(loop)  # lives on the GUI thread: its slots are queued
            worker = workers.Worker(guarded)
            worker.signals.finished.connect(waiter.done)
            worker.signals.failed.connect(waiter.failed)
            workers.launch(worker)
            loop.exec()
            # The application may be quitting (every loop is told to exit): the save still
            # ends before the editor goes on, so it is neither lost nor done twice.
            ended.wait()
            waiter.deleteLater()
        finally:
            if app is not None:
                app.removeEventFilter(self)
            QGuiApplication.restoreOverrideCursor()
            self.running = False
            self.show("")
            for button in disabled:
                button.setEnabled(True)
        if raised:
            raise raised[0]
        return outcome[0]  # type: ignore[no-any-return]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Input to the editor (and its own child dialogs) waits until the save ends."""
        if event.type() not in BLOCKED or not isinstance(watched, QWidget):
            return False
        if watched is not self.editor and not self.editor.isAncestorOf(watched):
            return False
        event.ignore()  # a close asked for now is refused (a filtered close counts as accepted)
        return True


class Waiter(QObject):
    """Ends the local event loop when the worker reports (on the GUI thread)."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop

    @Slot(object)
    def done(self, _result: object) -> None:
        self.loop.quit()

    @Slot(str)
    def failed(self, _message: str) -> None:
        self.loop.quit()

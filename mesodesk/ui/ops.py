"""One way to run a service call from the window: its result, its change notices, its failure.

In the spirit of Anki's ``CollectionOp``/``QueryOp``::

    run_op(self, set_status, db, session_id, status, on_done=..., changes=Change.SESSIONS)

runs the call (on the GUI thread, or in a worker with ``background=True``), then tells every
view what changed (``bus().notify``) and calls ``on_done(result)``. A failure takes the one
failure path, ``report_failure``: the traceback goes to the log (unexpected errors) or one
line naming the error type (refusals the user reads in words), and the user sees
``describe(error)`` in a message box. Reads pass ``changes=()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from mesodesk.ui import workers
from mesodesk.ui.bus import Change, ChangeKind, as_changes, bus

__all__ = [
    "Change",
    "ChangeKind",
    "Operation",
    "failure_reason",
    "install_error_dialogs",
    "log_failure",
    "report_failure",
    "run_op",
]


class Operation:
    """A started operation: ``succeeded`` is None while it runs, then True or False."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.succeeded: bool | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.worker: workers.Worker | None = None
        self.cancelled = False

    @property
    def signals(self) -> workers.WorkerSignals | None:
        """The worker's signals (``finished``, ``failed``, ``progress``) when in the background."""
        return self.worker.signals if self.worker is not None else None

    def cancel(self) -> None:
        """Drop the result (and any failure message) when it arrives."""
        self.cancelled = True


_RUNNING: set[Operation] = set()
"""Background operations not finished yet: a cycle through a running worker stays reachable,
so the garbage collector never frees its QObjects from a pool thread."""


def _release_later(op: Operation) -> None:
    """Once the worker's signal has reached every slot, let the operation and its worker go,
    on the GUI thread (not in the middle of the emission, which other slots still await)."""

    def release() -> None:
        op.worker = None
        _RUNNING.discard(op)

    QTimer.singleShot(0, release)


def _name_of(fn: Callable[..., Any]) -> str:
    module = getattr(fn, "__module__", "") or ""
    return f"{module}.{getattr(fn, '__qualname__', repr(fn))}".lstrip(".")


def log_failure(error: BaseException, operation: str = "") -> None:
    """Keep the failure in the log: a refusal by its type, anything else with its traceback."""
    import logging

    from mesodesk.logs import LOGGER_NAME, configure_logging, log_unexpected
    from mesodesk.services.errors import ServiceError

    try:
        if isinstance(error, ServiceError):
            # The user reads the words; they may name a patient, so the log keeps the type.
            configure_logging()
            logging.getLogger(LOGGER_NAME).warning(
                "%s refused: %s", operation or "operation", type(error).__name__
            )
        else:
            log_unexpected(error, operation)
    except OSError:  # no writable log folder: the message box still tells the user
        pass


def failure_reason(error: BaseException, operation: str = "") -> str:
    """Log the failure and return its reason in the user's words (``describe``).

    For a failure shown in place (a form's banner, a page's message line): the words go
    where the user is looking, the log keeps the rest.
    """
    from mesodesk.ui.widgets.inline_errors import describe

    log_failure(error, operation)
    return describe(error)


def report_failure(
    parent: QWidget | None,
    error: BaseException,
    *,
    failure: str = "",
    title: str = "",
    operation: str = "",
    show: Callable[[str], object] | None = None,
) -> str:
    """The one failure path: log it, then show ``failure`` (``{0}`` is the reason) to the user,
    in a message box, or through ``show(message)`` when the caller shows it in place."""
    from PySide6.QtWidgets import QMessageBox

    reason = failure_reason(error, operation)
    message = failure.format(reason) if failure else reason
    if show is not None:
        show(message)
        return message
    owner = parent.window() if parent is not None else None
    heading = title or (owner.windowTitle() if owner is not None else "") or "mesodesk"
    QMessageBox.warning(parent, heading, message)
    return message


def run_op(
    parent: QWidget | None,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], object] | None = None,
    changes: Change | Iterable[Change] | None = ChangeKind.SESSIONS,
    background: bool = False,
    failure: str = "",
    title: str = "",
    on_failed: Callable[[BaseException], object] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    show: Callable[[str], object] | None = None,
) -> Operation:
    """Run ``fn(*args)``; on success notify ``changes`` and call ``on_done(result)``.

    ``on_failed(error)`` lets the caller tidy up (it runs before the message); ``show``
    shows the message in place instead of a message box (it is logged either way). With
    ``background`` the call runs in a worker and ``on_progress(done, total)`` receives its
    ``progress`` calls; the returned ``Operation`` can be cancelled.
    """
    op = Operation(_name_of(fn))
    kinds = as_changes(changes)

    def gone() -> bool:
        """The caller was cancelled, or its widget deleted while the call ran."""
        return op.cancelled or (parent is not None and not shiboken6.isValid(parent))

    def succeed(result: Any) -> None:
        _release_later(op)  # on the GUI thread: see ``raised`` below
        if gone():
            return
        op.succeeded, op.result = True, result
        try:
            if on_done is not None:
                on_done(result)
        finally:
            if kinds:
                bus().notify(*kinds)

    def fail(error: BaseException) -> None:
        _release_later(op)
        op.succeeded, op.error = False, error
        if gone():
            log_failure(error, op.name)
            return
        if on_failed is not None:
            on_failed(error)
        report_failure(parent, error, failure=failure, title=title, operation=op.name, show=show)

    if not background:
        try:
            result = fn(*args)
        except Exception as error:  # the one failure path: logged and shown
            fail(error)
        else:
            succeed(result)
        return op

    # Nothing the worker holds may reach back to it through ``op`` once it is done: such a
    # cycle is freed by whichever thread runs the garbage collector, and freeing the worker's
    # QObjects from a pool thread crashes (seen once in CI). So the error crosses in a plain
    # list, and ``succeed``/``fail`` (run on the GUI thread) drop ``op.worker`` first.
    raised: list[BaseException] = []

    def guarded(*call_args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*call_args, **kwargs)
        except Exception as error:  # kept for the GUI thread, then reported by the worker
            raised.append(error)
            raise

    def failed(_message: str) -> None:
        fail(raised[0] if raised else RuntimeError(_message))

    _RUNNING.add(op)  # reachable until done, even when the caller drops it
    op.worker = workers.start(
        guarded, *args, on_done=succeed, on_error=failed, on_progress=on_progress
    )
    return op


def install_error_dialogs(parent: QWidget | None = None) -> None:
    """Uncaught exceptions (logged by ``mesodesk.logs``) also reach the user as a message."""
    from mesodesk.logs import add_notifier

    add_notifier(_Notifier(parent))


class _Notifier:
    """Shows an uncaught exception once at a time (a failing box must not recurse)."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent
        self.showing = False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Notifier)

    def __hash__(self) -> int:
        return hash(_Notifier)

    def __call__(self, error: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication, QThread
        from PySide6.QtWidgets import QMessageBox

        from mesodesk.logs import log_path
        from mesodesk.ui.widgets.inline_errors import describe

        app = QCoreApplication.instance()
        if self.showing or app is None or QThread.currentThread() is not app.thread():
            return
        self.showing = True
        try:
            QMessageBox.warning(
                self.parent,
                "mesodesk",
                QCoreApplication.translate(
                    "ops",
                    "Something went wrong: {0}\n\nThe details were written to {1}. "
                    "Your last change may not have been saved: check it, and try again.",
                ).format(describe(error), log_path()),
            )
        finally:
            self.showing = False

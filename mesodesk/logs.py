"""The desk's log: a rotating file in the user's log folder, with crashes and tracebacks in it.

``install()`` routes uncaught exceptions (``sys.excepthook``, ``threading.excepthook``) and
hard crashes (``faulthandler``) to the log folder; ``MESODESK_LOG_DIR`` overrides the folder
(the tests point it at a temporary one). Log lines name operations, record ids and error
types, never a patient's name or clinical text: callers log ids, and failures the user is
told about in words (service refusals) are logged by type only.

No Qt here: the window registers a notifier (``add_notifier``) to show the user a message.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

LOGGER_NAME = "mesodesk"
LOG_FILE = "mesodesk.log"
CRASH_FILE = "crashes.log"
ENV_DIR = "MESODESK_LOG_DIR"
MAX_BYTES = 1_000_000
BACKUPS = 5

Notifier = Callable[[BaseException], None]

_notifiers: list[Notifier] = []
_state: dict[str, Any] = {}


def log_dir() -> Path:
    """Where the log lives: ``$MESODESK_LOG_DIR``, else the platform's user log folder."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir(LOGGER_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILE


def configure_logging() -> Path:
    """Attach the rotating file to the ``mesodesk`` logger (once); returns the file's path."""
    import logging
    import logging.handlers

    path = log_path()
    handler = _state.get("handler")
    if handler is not None and _state.get("path") == path:
        return path
    logger = logging.getLogger(LOGGER_NAME)
    if handler is not None:
        logger.removeHandler(handler)
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _state["handler"], _state["path"] = handler, path
    return path


def install(*, defer_file: bool = False) -> Path:
    """Send uncaught exceptions and crashes to the log folder; returns the log file's path.

    With ``defer_file`` the rotating file is attached on the first uncaught exception or
    the first ``configure_logging()`` call (start-up stays free of the logging imports).
    """
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if "crash_file" not in _state:
        crash_file: IO[str] = (folder / CRASH_FILE).open("a", encoding="utf-8")
        faulthandler.enable(file=crash_file, all_threads=True)
        _state["crash_file"] = crash_file
        _state["previous_hooks"] = (sys.excepthook, threading.excepthook)
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook
    if not defer_file:
        configure_logging()
    return folder / LOG_FILE


def uninstall() -> None:
    """Undo ``install`` (for tests): the previous hooks, no crash file, no file handler."""
    previous = _state.pop("previous_hooks", None)
    if previous is not None:
        sys.excepthook, threading.excepthook = previous
    crash_file = _state.pop("crash_file", None)
    if crash_file is not None:
        faulthandler.disable()
        crash_file.close()
    handler = _state.pop("handler", None)
    _state.pop("path", None)
    if handler is not None:
        import logging

        logging.getLogger(LOGGER_NAME).removeHandler(handler)
        handler.close()
    _notifiers.clear()


def add_notifier(notifier: Notifier) -> None:
    """Call ``notifier(error)`` after an uncaught exception is logged (the window tells the user)."""
    if notifier not in _notifiers:
        _notifiers.append(notifier)


def remove_notifier(notifier: Notifier) -> None:
    if notifier in _notifiers:
        _notifiers.remove(notifier)


def log_unexpected(
    error: BaseException, where: str = "", traceback: TracebackType | None = None
) -> None:
    """Write an unexpected exception with its traceback to the log."""
    import logging

    configure_logging()
    logging.getLogger(LOGGER_NAME).error(
        "unexpected %s%s",
        type(error).__name__,
        f" in {where}" if where else "",
        exc_info=(type(error), error, traceback or error.__traceback__),
    )


def excepthook(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    """The uncaught exception goes to the log, then to whoever tells the user."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    try:
        log_unexpected(error, "an uncaught exception", traceback)
    except Exception:  # a log that cannot be written must not hide the original error
        sys.__excepthook__(kind, error, traceback)
    for notifier in list(_notifiers):
        try:
            notifier(error)
        except Exception as failure:  # the notifier's own failure is logged, not raised
            sys.__excepthook__(type(failure), failure, failure.__traceback__)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    log_unexpected(args.exc_value, f"thread {name}", args.exc_traceback)

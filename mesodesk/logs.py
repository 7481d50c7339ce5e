"""The desk's log: a rotating file in the user's log folder, with crashes and tracebacks in it.

``install()`` routes uncaught exceptions (``sys.excepthook``, ``threading.excepthook``) and
hard crashes (``faulthandler``) to the log folder; ``MESODESK_LOG_DIR`` overrides the folder
(the tests point it at a temporary one). Log lines name operations, record ids and error
types, never a patient's name or clinical text: callers log ids, failures the user is told
about in words (service refusals) are logged by type only, and a traceback leaves out the
words of mesodesk's own errors (they are written for the user and may name a patient).
The folder and its files are the user's only (0700 / 0600), whatever the umask.

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


def _open_private_append(
    path: Path, encoding: str | None = "utf-8", errors: str | None = None
) -> IO[str]:
    """Open ``path`` for appending text, creating it (or making it) owner-only."""
    from mesodesk.store.private import open_private

    fd = open_private(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    return os.fdopen(fd, "a", encoding=encoding, errors=errors)


def file_handler() -> Any:
    """The rotating file handler ``configure_logging`` attached, or None."""
    return _state.get("handler")


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
    from mesodesk.store.private import private_dir, restrict

    private_dir(path.parent)
    for old in path.parent.glob(f"{LOG_FILE}.*"):  # rotated by an older version
        restrict(old)

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Opens (and after a rollover re-creates) the log owner-only."""

        def _open(self) -> Any:
            return _open_private_append(Path(self.baseFilename), self.encoding, self.errors)

    class PrivateFormatter(logging.Formatter):
        def formatException(self, ei: Any) -> str:
            return format_exception(ei[1]) if ei[1] is not None else super().formatException(ei)

    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        PrivateFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
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
    from mesodesk.store.private import private_dir

    folder = private_dir(log_dir())
    if "crash_file" not in _state:
        crash_file: IO[str] = _open_private_append(folder / CRASH_FILE)
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


def _may_name_people(error: BaseException) -> bool:
    """mesodesk's own errors are worded for the user and may name a patient or quote notes."""
    return type(error).__module__.split(".", 1)[0] == LOGGER_NAME


def format_exception(error: BaseException) -> str:
    """A traceback for the log: every frame and exception type, but not the words of an
    error that may name a patient (:func:`_may_name_people`)."""
    import traceback

    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        cause = current.__cause__
        current = (
            cause if cause is not None or current.__suppress_context__ else current.__context__
        )
    parts: list[str] = []
    for index, item in enumerate(reversed(chain)):
        if index:
            caused = item.__cause__ is not None
            parts.append(
                "\nThe above exception was the direct cause of the following exception:\n\n"
                if caused
                else "\nDuring handling of the above exception, another exception occurred:\n\n"
            )
        if item.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(item.__traceback__))
        kind = type(item)
        name = (
            kind.__qualname__
            if kind.__module__ == "builtins"
            else f"{kind.__module__}.{kind.__qualname__}"
        )
        if _may_name_people(item):
            parts.append(f"{name}: (message left out of the log)\n")
        else:
            parts.extend(traceback.format_exception_only(item))
    return "".join(parts).rstrip("\n")


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

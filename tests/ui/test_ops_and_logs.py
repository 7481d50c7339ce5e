"""Failures are seen and kept: run_op's one failure path, the log file, and typed change notices."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mesodesk import logs
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui.bus import Change, ChangeKind, bus
from mesodesk.ui.ops import failure_reason, install_error_dialogs, run_op


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.ENV_DIR, str(folder))
    yield folder
    logs.uninstall()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: texts.append(text) or 0
    )
    return texts


def _log_text(folder: Path) -> str:
    path = folder / logs.LOG_FILE
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_the_log_folder_follows_the_environment(log_dir: Path) -> None:
    assert logs.log_dir() == log_dir
    path = logs.install()
    assert path == log_dir / logs.LOG_FILE
    assert sys.excepthook is logs.excepthook
    assert (log_dir / logs.CRASH_FILE).exists(), "faulthandler writes there"
    logs.uninstall()
    assert sys.excepthook is not logs.excepthook


def test_a_failed_operation_is_logged_and_shown_once(
    qtbot: QtBot, log_dir: Path, shown: list[str]
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    notices: list[frozenset[Change]] = []
    bus().changes.connect(notices.append)

    def broken_service(session_id: int) -> None:
        raise TypeError(f"bad argument for session {session_id}")

    done: list[object] = []
    op = run_op(widget, broken_service, 42, on_done=done.append, failure="Not saved: {0}")
    assert op.succeeded is False and isinstance(op.error, TypeError)
    assert done == [] and notices == [], "no success, no change notice"
    assert shown == ["Not saved: unexpected TypeError: bad argument for session 42"]
    text = _log_text(log_dir)
    assert "Traceback" in text and "broken_service" in text and "TypeError" in text

    ok = run_op(widget, lambda: 7, on_done=done.append, changes=ChangeKind.SESSIONS)
    assert ok.succeeded and done == [7]
    assert notices == [frozenset({Change.SESSIONS})]
    bus().changes.disconnect(notices.append)


def test_a_refusal_is_shown_in_words_and_logged_without_them(
    qtbot: QtBot, log_dir: Path, shown: list[str]
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)

    def refuse() -> None:
        raise ValidationFailed({"family_name": "Marie Dupont is already booked at 09:00"})

    run_op(widget, refuse)
    assert "Marie Dupont" in shown[-1]
    text = _log_text(log_dir)
    assert "ValidationFailed" in text
    assert "Marie" not in text and "Dupont" not in text, "no patient data in the log"


def test_a_background_failure_takes_the_same_path(
    qtbot: QtBot, log_dir: Path, shown: list[str]
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    tidied: list[BaseException] = []

    def slow_and_broken() -> None:
        raise RuntimeError("disk on fire")

    op = run_op(widget, slow_and_broken, background=True, on_failed=tidied.append, changes=())
    qtbot.waitUntil(lambda: op.succeeded is False, timeout=10000)
    assert isinstance(tidied[0], RuntimeError)
    assert shown == ["unexpected RuntimeError: disk on fire"]
    assert "Traceback" in _log_text(log_dir) and "slow_and_broken" in _log_text(log_dir)


def test_a_failure_shown_in_place_is_logged_and_not_boxed(
    qtbot: QtBot, log_dir: Path, shown: list[str]
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    inline: list[str] = []

    def broken() -> None:
        raise KeyError("lot")

    run_op(widget, broken, changes=(), failure="Not found: {0}", show=inline.append)
    assert inline == ["Not found: unexpected KeyError: 'lot'"]
    assert shown == [], "shown once, in place"
    assert "Traceback" in _log_text(log_dir)

    reason = failure_reason(ValueError("odd value"), "inline read")
    assert reason == "unexpected ValueError: odd value"
    assert "inline read" in _log_text(log_dir)


def test_a_result_for_a_closed_widget_is_dropped(qtbot: QtBot, shown: list[str]) -> None:
    widget = QWidget()
    started = threading.Event()
    release = threading.Event()
    done: list[object] = []

    def slow() -> int:
        started.set()
        release.wait(10)
        return 7

    op = run_op(widget, slow, background=True, changes=(), on_done=done.append)
    assert started.wait(10)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    assert op.signals is not None
    with qtbot.waitSignal(op.signals.finished, timeout=10000):
        release.set()
    assert done == [] and shown == []
    assert op.succeeded is None, "dropped: neither succeeded nor failed"


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_exception_in_a_slot_reaches_the_log_and_the_user(
    qtbot: QtBot, log_dir: Path, shown: list[str]
) -> None:
    logs.install()
    install_error_dialogs()
    button = QPushButton("Go")
    qtbot.addWidget(button)

    def slot() -> None:
        raise ZeroDivisionError("a bug in a slot")

    button.clicked.connect(slot)
    button.click()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "a bug in a slot" in shown[0]
    assert str(log_dir / logs.LOG_FILE) in shown[0], "the message says where the details are"
    text = _log_text(log_dir)
    assert "ZeroDivisionError: a bug in a slot" in text and "Traceback" in text


def test_string_notices_still_reach_typed_listeners_and_back(qtbot: QtBot) -> None:
    typed: list[frozenset[Change]] = []
    strings: list[str] = []
    bus().changes.connect(typed.append)
    bus().changed.connect(strings.append)
    try:
        bus().changed.emit("product")
        assert typed[-1] == frozenset({Change.PRODUCTS})
        bus().notify(Change.PATIENTS, Change.SESSIONS)
        assert typed[-1] == frozenset({Change.PATIENTS, Change.SESSIONS})
        assert len(typed) == 2, "one typed notice per action"
        assert sorted(strings[-2:]) == ["patient", "session"]
        bus().changed.emit("something new")
        assert typed[-1] == frozenset({Change.ALL})
    finally:
        bus().changes.disconnect(typed.append)
        bus().changed.disconnect(strings.append)


def test_a_finished_background_operation_lets_go_of_its_worker_on_the_gui_thread(
    qtbot: QtBot,
) -> None:
    """A cycle op -> worker -> signal slots -> op, left to the garbage collector, could be
    freed from a pool thread, which crashes Qt (seen once in CI). While it runs the operation
    is kept reachable; once done, the GUI thread drops the worker."""
    from mesodesk.ui import ops

    op = run_op(None, lambda: 41 + 1, background=True, changes=())
    assert op in ops._RUNNING
    qtbot.waitUntil(lambda: op.succeeded is True and op.worker is None, timeout=10000)
    assert op.result == 42
    assert op not in ops._RUNNING

"""Cycles are collected from the GUI thread's timer, never by a worker's allocations."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from mesodesk.ui.gc_guard import GuiThreadCollector


def test_the_collector_takes_over_and_collects_on_its_timer(qtbot: QtBot) -> None:
    was = gc.isenabled()
    gc.enable()
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()

        class Cycle:
            def __init__(self) -> None:
                self.me = self

        freed: list[bool] = []
        import weakref

        for _ in range(3 * gc.get_threshold()[0]):
            probe = Cycle()
        ref = weakref.ref(probe, lambda _r: freed.append(True))
        del probe
        qtbot.waitUntil(lambda: bool(freed), timeout=5000)
        assert ref() is None
    finally:
        collector.stop()
        assert gc.isenabled()
        if not was:
            gc.disable()

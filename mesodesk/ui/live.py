"""Live refresh: what other desks save reaches this window's views within about a second.

A thread of its own waits on the core's change feed (``services.changes``: PostgreSQL
``LISTEN/NOTIFY``, SQLite's ``data_version`` and the audit rows) and hands each batch to the
GUI thread, which tells the views through the data bus like any local save. The views then
refresh themselves and keep their selection and scroll position.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QThread, Signal

from mesodesk.services.changes import EVERYTHING, POLL_SECONDS, Change, ChangeFeed
from mesodesk.services.database import Database
from mesodesk.ui.bus import Change as Kind
from mesodesk.ui.bus import bus

KINDS: dict[str, tuple[Kind, ...]] = {
    "patient": (Kind.PATIENTS,),
    "medical_profile": (Kind.PATIENTS,),
    "session": (Kind.SESSIONS,),
    "course": (Kind.COURSES,),
    "followup_contact": (Kind.COURSES,),
    "product": (Kind.PRODUCTS,),
    "product_lot": (Kind.PRODUCTS,),
    "practitioner": (Kind.PRACTITIONERS,),
    "setting": (Kind.SETTINGS,),
    "screening_rule": (Kind.SETTINGS,),
    "document_template": (Kind.SETTINGS,),
    "adverse_event": (Kind.ADVERSE_EVENTS,),
    "printed_document": (Kind.SESSIONS,),
    "catalog": (Kind.SETTINGS,),
}
"""Which views care about a changed row, by the audit's entity name; unknown: all."""


def kinds_of(changes: Iterable[Change]) -> set[Kind]:
    """The data-bus kinds that a batch of changed rows concerns."""
    out: set[Kind] = set()
    for change in changes:
        if change.entity == EVERYTHING:
            return {Kind.ALL}
        out.update(KINDS.get(change.entity, (Kind.ALL,)))
    return out


class _FeedThread(QThread):
    arrived = Signal(object)
    """A list of :class:`Change` (emitted from this thread, received on the GUI thread)."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db

    def run(self) -> None:
        feed: ChangeFeed | None = None
        while not self.isInterruptionRequested():
            try:
                if feed is None:
                    feed = ChangeFeed(self.db)
                changes = feed.wait(POLL_SECONDS)
            except Exception as error:  # the server went away: logged, retried shortly
                from mesodesk.ui.ops import log_failure

                log_failure(error, "live refresh")
                if feed is not None:
                    feed.close()
                feed = None
                self._pause(2.0)
                continue
            if changes:
                self.arrived.emit(changes)
            elif feed.polls_on_timer:
                self._pause(POLL_SECONDS)
        if feed is not None:
            feed.close()

    def _pause(self, seconds: float) -> None:
        """Sleep in short steps, so that stopping never waits long."""
        for _ in range(max(1, int(seconds / 0.05))):
            if self.isInterruptionRequested():
                return
            self.msleep(50)


def _halt(thread: QThread) -> None:
    thread.requestInterruption()
    thread.wait()


class LiveRefresh(QObject):
    """Starts and stops the watcher; ``changed`` carries each batch of changed rows."""

    changed = Signal(object)
    """The list of :class:`Change` that arrived (after the data bus was told)."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._thread: _FeedThread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> None:
        if self._thread is not None:
            return
        thread = _FeedThread(self.db)
        thread.arrived.connect(self._on_arrived)
        self._thread = thread
        # However the window goes (closed, or deleted without closing), the thread stops
        # first: a QThread freed while it runs aborts the program.
        owner = self.parent()
        if owner is not None:
            owner.destroyed.connect(lambda *_: _halt(thread))
        thread.start()

    def stop(self) -> None:
        """Stop the watcher and wait for its thread (a fraction of a second)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.arrived.disconnect(self._on_arrived)
        _halt(thread)

    def _on_arrived(self, changes: list[Change]) -> None:
        if self._thread is None:
            return
        kinds = kinds_of(changes)
        if kinds:
            bus().notify(*kinds)
        self.changed.emit(changes)

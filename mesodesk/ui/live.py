"""Live refresh: what other desks save reaches this window's views within about a second.

On PostgreSQL a thread of its own waits on the core's change feed (``services.changes``:
``LISTEN/NOTIFY``) and hands each batch to the GUI thread. On SQLite there is nothing to
wait on: a timer on the GUI thread polls ``PRAGMA data_version`` (microseconds when nothing
changed) and reads the audit rows written since. Either way the GUI thread tells the views
through the data bus like any local save. (No Python thread runs beside the window on
SQLite, so no garbage collection of Qt objects can start outside the GUI thread.) The views then
refresh themselves and keep their selection and scroll position.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QThread, QTimer, Signal

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
    "photo": (Kind.PATIENTS,),
    "account": (Kind.PRACTITIONERS,),
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
        self._timer: QTimer | None = None
        self._feed: ChangeFeed | None = None

    @property
    def running(self) -> bool:
        if self._timer is not None:
            return self._timer.isActive()
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> None:
        if self._thread is not None or self._timer is not None:
            return
        if self.db.path is not None:
            try:  # from now on: what is saved after this moment is reported
                self._feed = ChangeFeed(self.db)
            except Exception as error:  # tried again on the first tick
                from mesodesk.ui.ops import log_failure

                log_failure(error, "live refresh")
            self._timer = QTimer(self)
            self._timer.setInterval(int(POLL_SECONDS * 1000))
            self._timer.timeout.connect(self._poll)
            self._timer.start()
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

    def _poll(self) -> None:
        """SQLite: one cheap poll on the GUI thread."""
        try:
            if self._feed is None:
                self._feed = ChangeFeed(self.db)
            changes = self._feed.wait(0)
        except Exception as error:  # the file went away or is locked: logged, tried again
            from mesodesk.ui.ops import log_failure

            log_failure(error, "live refresh")
            self._close_feed()
            return
        if changes:
            self._on_arrived(changes, polled=True)

    def _close_feed(self) -> None:
        feed, self._feed = self._feed, None
        if feed is not None:
            feed.close()

    def stop(self) -> None:
        """Stop the watcher (and wait for its thread, a fraction of a second)."""
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.stop()
            timer.deleteLater()
            self._close_feed()
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.arrived.disconnect(self._on_arrived)
        _halt(thread)

    def _on_arrived(self, changes: list[Change], polled: bool = False) -> None:
        if self._thread is None and not polled:
            return
        kinds = kinds_of(changes)
        if kinds:
            bus().notify(*kinds)
        self.changed.emit(changes)

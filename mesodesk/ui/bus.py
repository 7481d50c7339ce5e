"""The application-level "data changed" notices: views refresh themselves when one arrives.

A change is typed (:class:`Change`); ``bus().notify(Change.SESSIONS)`` tells every view. The
older string signal ``changed`` still works both ways: emitting it reaches the typed
listeners, and ``notify`` emits it once per kind for the views that still listen to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Change(StrEnum):
    """What a successful action changed; the value is the older string kind."""

    PATIENTS = "patient"
    SESSIONS = "session"
    COURSES = "course"
    PRODUCTS = "product"
    PRACTITIONERS = "practitioner"
    SETTINGS = "settings"
    ADVERSE_EVENTS = "adverse_event"
    ALL = "all"


ChangeKind = Change
"""The name the operation helper's callers read best as (``changes=ChangeKind.SESSIONS``)."""


def as_changes(kinds: Change | Iterable[Change] | None) -> frozenset[Change]:
    """One change, several, or none, as a set."""
    if kinds is None:
        return frozenset()
    if isinstance(kinds, Change):
        return frozenset({kinds})
    return frozenset(kinds)


def affects(changes: frozenset[Change], wanted: Iterable[Change]) -> bool:
    """Whether a view that shows ``wanted`` must refresh after ``changes``."""
    return Change.ALL in changes or not changes.isdisjoint(wanted)


def change_of(kind: str) -> Change:
    """The typed change for an older string kind; an unknown kind means "anything"."""
    try:
        return Change(kind)
    except ValueError:
        return Change.ALL


class DataBus(QObject):
    """Emitted after every successful change."""

    changes = Signal(object)
    """The set (``frozenset[Change]``) of what one action changed."""
    changed = Signal(str)
    """The older notice: one kind a signal, as a string (``"session"``...)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifying = False
        self.changed.connect(self._relay)

    def notify(self, *kinds: Change) -> None:
        """Tell every view what changed: one typed notice, and the string ones."""
        changes = frozenset(kinds)
        if not changes:
            return
        self._notifying = True
        try:
            for kind in sorted(changes):
                self.changed.emit(kind.value)
        finally:
            self._notifying = False
        self.changes.emit(changes)

    def _relay(self, kind: str) -> None:
        if not self._notifying:
            self.changes.emit(frozenset({change_of(kind)}))


_bus: DataBus | None = None


def bus() -> DataBus:
    global _bus
    if _bus is None:
        _bus = DataBus()
    return _bus

"""The time "now", injectable: services ask this module, tests set a fixed clock.

Every rule that depends on the present (a session may not be done before it starts, an
onset may not be in the future, a lot expires) reads :func:`utcnow`, so a test pins the
date instead of depending on the day it runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

_source: Callable[[], datetime] | None = None


def utcnow() -> datetime:
    """The current time as naive UTC (the form every timestamp is stored in)."""
    if _source is not None:
        return _source()
    return datetime.now(UTC).replace(tzinfo=None)


def set_clock(source: Callable[[], datetime] | None) -> None:
    """Use ``source`` (returning naive UTC) for "now"; None goes back to the real clock."""
    global _source
    _source = source


@contextmanager
def frozen(moment: datetime) -> Iterator[None]:
    """Within the block, "now" is ``moment`` (naive UTC, or aware and converted)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    previous = _source
    set_clock(lambda: moment)
    try:
        yield
    finally:
        set_clock(previous)


def to_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """Naive UTC for storage; a naive ``moment`` is the clinic's wall-clock time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_utc(stored: datetime, zone: ZoneInfo) -> datetime:
    """A stored (naive UTC) time as an aware time in the clinic's zone."""
    return stored.replace(tzinfo=UTC).astimezone(zone)


def local_now(zone: ZoneInfo) -> datetime:
    """The clinic's current wall-clock time, aware."""
    return from_utc(utcnow(), zone)

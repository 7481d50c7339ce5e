"""The time "now" (injectable) and time-zone arithmetic: storage is naive UTC, people see
the clinic's zone. Services ask this module for "now"; tests set a fixed clock.

Every rule that depends on the present (a session may not be done before it starts, an
onset may not be in the future, a lot expires) reads :func:`utcnow`, so a test pins the
date instead of depending on the day it runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
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


def local(moment: datetime, zone: ZoneInfo) -> datetime:
    """An aware datetime in the clinic's zone; a naive one is the clinic's wall-clock time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def naive_utc(moment: datetime) -> datetime:
    """An aware moment as the naive UTC timestamp the database stores."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def to_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """Naive UTC for storage; a naive ``moment`` is the clinic's wall-clock time."""
    return naive_utc(local(moment, zone))


def from_utc(stored: datetime, zone: ZoneInfo) -> datetime:
    """A stored (naive UTC) time as an aware time in the clinic's zone."""
    return stored.replace(tzinfo=UTC).astimezone(zone)


def local_now(zone: ZoneInfo) -> datetime:
    """The clinic's current wall-clock time, aware."""
    return from_utc(utcnow(), zone)


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The start of ``day`` in the clinic's zone (aware)."""
    return datetime.combine(day, time(), tzinfo=zone)

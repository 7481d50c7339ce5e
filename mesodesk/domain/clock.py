"""Time-zone arithmetic shared by every layer: storage is naive UTC, people see the clinic's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo


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
    """A stored naive-UTC timestamp as an aware datetime in the clinic's zone."""
    return stored.replace(tzinfo=UTC).astimezone(zone)


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The start of ``day`` in the clinic's zone (aware)."""
    return datetime.combine(day, time(), tzinfo=zone)

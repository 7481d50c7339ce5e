"""The clinic's backup rules: where, how often, what to keep; and which backups a rotation keeps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message

LIMITS = {
    "every_hours": (0, 24 * 31),
    "keep_daily": (1, 366),
    "keep_weekly": (0, 520),
    "keep_monthly": (0, 1200),
    "warn_after_days": (1, 365),
}
"""Accepted range of each number (every_hours 0 = no automatic backups while it runs)."""


@dataclass(frozen=True)
class BackupPolicy:
    """``folder`` None means the ``backups`` folder beside the database."""

    folder: str | None = None
    every_hours: int = 24
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    warn_after_days: int = 2
    encrypt: bool = False

    def problems(self) -> dict[str, str]:
        """Why this policy cannot be saved, by field (empty when it can)."""
        errors: dict[str, str] = {}
        for name, (low, high) in LIMITS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                errors[name] = Message(QT_TRANSLATE_NOOP("messages", "must be a whole number"))
            elif not low <= value <= high:
                errors[name] = Message(
                    QT_TRANSLATE_NOOP("messages", "must be between {low} and {high}"),
                    low=low,
                    high=high,
                )
        if self.folder is not None and (
            not isinstance(self.folder, str) or not self.folder.strip()
        ):
            errors["folder"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "must name a folder (or be left empty for the default)"
                )
            )
        if not isinstance(self.encrypt, bool):
            errors["encrypt"] = Message(QT_TRANSLATE_NOOP("messages", "must be yes or no"))
        return errors

    def to_setting(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_setting(cls, value: Any) -> BackupPolicy:
        """The policy stored in a setting; unknown keys ignored, missing ones defaulted."""
        if not isinstance(value, dict):
            return cls()
        names = {f.name for f in fields(cls)}
        return replace(cls(), **{k: v for k, v in value.items() if k in names})


T = TypeVar("T")


def to_keep(backups: Sequence[tuple[datetime, bool, T]], policy: BackupPolicy) -> set[T]:
    """Which backups a rotation keeps, from (taken_at, check_ok, key) triples.

    The newest good backup of each of the last ``keep_daily`` days, ``keep_weekly`` ISO weeks
    and ``keep_monthly`` months that have one; always the newest good backup; and any
    backup newer than it (a failed one is kept to be looked at until a good one follows).
    """
    good = sorted((b for b in backups if b[1]), key=lambda b: b[0], reverse=True)
    keep: set[T] = set()
    if good:
        keep.add(good[0][2])
        newest_good = good[0][0]
        keep.update(b[2] for b in backups if b[0] > newest_good)
    else:
        keep.update(b[2] for b in backups)
    for count, bucket in (
        (policy.keep_daily, lambda t: t.date()),
        (policy.keep_weekly, lambda t: t.isocalendar()[:2]),
        (policy.keep_monthly, lambda t: (t.year, t.month)),
    ):
        keep.update(_newest_per_bucket(good, bucket, count))
    return keep


def _newest_per_bucket(
    good: Iterable[tuple[datetime, bool, T]], bucket: Any, count: int
) -> list[T]:
    chosen: list[T] = []
    seen: set[Any] = set()
    for taken_at, _ok, key in good:  # newest first
        label = bucket(taken_at)
        if label in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(label)
        chosen.append(key)
    return chosen


def is_due(last_good: datetime | None, now: datetime, policy: BackupPolicy) -> bool:
    """Whether an automatic backup is due while the program runs."""
    if policy.every_hours <= 0:
        return False
    return last_good is None or now - last_good >= timedelta(hours=policy.every_hours)


def is_stale(last_good: datetime | None, now: datetime, policy: BackupPolicy) -> bool:
    """Whether the window should warn that the last good backup is too old (or missing)."""
    return last_good is None or now - last_good >= timedelta(days=policy.warn_after_days)

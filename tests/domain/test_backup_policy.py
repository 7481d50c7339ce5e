"""The backup rules: which backups a rotation keeps, when one is due, when to warn."""

from __future__ import annotations

from datetime import datetime, timedelta

from mesodesk.domain.backup_policy import BackupPolicy, is_due, is_stale, to_keep

NOW = datetime(2026, 6, 30, 20, 0)


def _daily(days: int) -> list[tuple[datetime, bool, int]]:
    return [(NOW - timedelta(days=n), True, n) for n in range(days)]


def test_the_default_rotation_keeps_days_weeks_and_months() -> None:
    kept = to_keep(_daily(400), BackupPolicy())
    assert set(range(7)) <= kept  # the last seven days
    assert len(kept) <= 7 + 4 + 12
    assert max(kept) < 400 and 399 not in kept


def test_the_newest_good_backup_is_kept_whatever_the_numbers() -> None:
    backups = [(NOW - timedelta(days=30), True, "good"), (NOW, False, "failed")]
    kept = to_keep(backups, BackupPolicy(keep_daily=1, keep_weekly=0, keep_monthly=0))
    assert kept == {"good", "failed"}


def test_failed_backups_older_than_the_newest_good_one_go() -> None:
    backups = [(NOW - timedelta(days=1), False, "old failure"), (NOW, True, "good")]
    assert to_keep(backups, BackupPolicy(keep_daily=1, keep_weekly=0, keep_monthly=0)) == {"good"}


def test_due_and_stale() -> None:
    policy = BackupPolicy(every_hours=24, warn_after_days=2)
    assert is_due(None, NOW, policy) and is_stale(None, NOW, policy)
    assert not is_due(NOW - timedelta(hours=23), NOW, policy)
    assert is_due(NOW - timedelta(hours=24), NOW, policy)
    assert not is_stale(NOW - timedelta(days=1), NOW, policy)
    assert is_stale(NOW - timedelta(days=2), NOW, policy)
    assert not is_due(None, NOW, BackupPolicy(every_hours=0))


def test_the_policy_is_checked_and_read_back_tolerantly() -> None:
    assert BackupPolicy().problems() == {}
    assert set(BackupPolicy(keep_daily=0, every_hours=-1).problems()) == {
        "keep_daily",
        "every_hours",
    }
    stored = BackupPolicy(folder="/mnt/backups", encrypt=True).to_setting()
    assert BackupPolicy.from_setting({**stored, "unknown": 1}) == BackupPolicy(
        folder="/mnt/backups", encrypt=True
    )
    assert BackupPolicy.from_setting(None) == BackupPolicy()

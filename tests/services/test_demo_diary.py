"""The demo diary obeys the app's rules: opening hours, and nobody booked twice at once."""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.schedule import OpeningHours
from mesodesk.domain.session_rules import OCCUPYING
from mesodesk.services import demo
from mesodesk.services import settings as settings_service
from mesodesk.store.engine import Database, url_for_path
from tests.factories import ACTOR

TODAY = date(2026, 3, 18)
"""A day in the month the clocks go forward in Europe, so the diary spans a change."""
LUNCH_HOURS = {
    "weekly": {
        "mon": [["08:30", "12:30"], ["13:30", "17:00"]],
        "tue": [["08:30", "12:30"], ["13:30", "17:00"]],
        "wed": [["10:00", "19:00"]],
        "thu": [["08:30", "12:30"], ["13:30", "17:00"]],
        "fri": [["08:30", "15:00"]],
        "sat": [],
        "sun": [],
    },
    "closed_dates": ["2025-12-25", "2026-01-01", "2026-04-06"],
}

Booked = tuple[int, int, int, datetime, datetime, str]
"""(session id, practitioner id, patient id, local start, local end, status)"""


def _seed(template_db: Path, target: Path, hours: dict[str, object] | None) -> Database:
    shutil.copyfile(template_db, target)
    db = Database.connect(url_for_path(target))
    settings_service.put(db, "clinic.time_zone", "Europe/Paris", actor=ACTOR)
    if hours is not None:
        settings_service.put(db, "clinic.opening_hours", hours, actor=ACTOR)
    demo.seed_demo(db, actor=ACTOR, patients=2000, seed=11, today=TODAY)
    return db


def _sessions(db: Database, zone: ZoneInfo) -> list[Booked]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, practitioner_id, patient_id, starts_at, duration_minutes, status "
            "FROM treatment_session"
        ).all()
    out = []
    for sid, practitioner, patient, starts, minutes, status in rows:
        start = datetime.fromisoformat(str(starts)).replace(tzinfo=UTC).astimezone(zone)
        out.append((sid, practitioner, patient, start, start + timedelta(minutes=minutes), status))
    return out


def _overlapping(sessions: list[Booked], key: int) -> list[tuple[int, int]]:
    """Pairs of occupying sessions of one practitioner (key 1) or patient (key 2) that overlap."""
    by_owner: dict[int, list[Booked]] = defaultdict(list)
    for booked in sessions:
        if SessionStatus(booked[5]) in OCCUPYING:
            by_owner[booked[key]].append(booked)
    bad = []
    for owned in by_owner.values():
        owned.sort(key=lambda b: b[3])
        latest = owned[0]
        for booked in owned[1:]:
            if booked[3] < latest[4]:
                bad.append((latest[0], booked[0]))
            if booked[4] > latest[4]:
                latest = booked
    return bad


@pytest.fixture(scope="module", params=["default hours", "lunch breaks"])
def diary(
    request: pytest.FixtureRequest, template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[OpeningHours, list[Booked]]]:
    hours_setting = None if request.param == "default hours" else LUNCH_HOURS
    db = _seed(template_db, tmp_path_factory.mktemp("diary") / "demo.db", hours_setting)
    try:
        hours = OpeningHours.from_setting(settings_service.get(db, "clinic.opening_hours"))
        yield hours, _sessions(db, settings_service.clinic_zone(db))
    finally:
        db.dispose()


def test_no_practitioner_has_two_patients_at_once(
    diary: tuple[OpeningHours, list[Booked]],
) -> None:
    _, sessions = diary
    assert len(sessions) > 2000 * 7
    assert _overlapping(sessions, 1) == []


def test_no_patient_is_in_two_sessions_at_once(diary: tuple[OpeningHours, list[Booked]]) -> None:
    _, sessions = diary
    assert _overlapping(sessions, 2) == []


def test_every_session_is_within_opening_hours(diary: tuple[OpeningHours, list[Booked]]) -> None:
    hours, sessions = diary
    outside = [
        (sid, start) for sid, _, _, start, end, _ in sessions if not hours.is_open(start, end)
    ]
    assert outside == []
    # The clinic's own hours, not a fixed 9-to-6: the lunch-break clinic opens at 08:30.
    earliest = min(start.time() for _, _, _, start, _, _ in sessions)
    assert earliest == min(opens for day in hours.weekly for opens, _ in day)


def test_the_diary_is_busy_but_humanly_possible(diary: tuple[OpeningHours, list[Booked]]) -> None:
    _, sessions = diary
    per_day: dict[tuple[int, date], int] = defaultdict(int)
    for _, practitioner, _, start, _, status in sessions:
        if SessionStatus(status) in OCCUPYING:
            per_day[(practitioner, start.date())] += 1
    busiest = max(per_day.values())
    assert 6 <= busiest <= 20


def test_a_database_with_patients_is_refused_unless_forced(db: Database) -> None:
    demo.seed_demo(db, actor=ACTOR, patients=3, today=TODAY)
    with pytest.raises(demo.DemoRefused, match="already has 3 patient"):
        demo.seed_demo(db, actor=ACTOR, patients=3, today=TODAY)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM patient").scalar() == 3
    demo.seed_demo(db, actor=ACTOR, patients=3, today=TODAY, force=True)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM patient").scalar() == 6


def test_the_demo_clinic_has_a_name_and_a_phone_but_a_real_one_keeps_its_own(
    db: Database,
) -> None:
    from mesodesk.services import settings
    from mesodesk.services.demo import seed_demo

    seed_demo(db, actor=ACTOR, patients=5, seed=3)
    assert settings.get(db, "clinic.name") and settings.get(db, "clinic.phone")
    settings.put(db, "clinic.name", "Cabinet Dr Martin", actor=ACTOR)
    seed_demo(db, actor=ACTOR, patients=5, seed=4, force=True)
    assert settings.get(db, "clinic.name") == "Cabinet Dr Martin"

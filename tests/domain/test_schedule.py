"""Course scheduling: opening hours, slot search, course proposals, shifting and DST."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, event, given, reject, settings
from hypothesis import strategies as st

from mesodesk.domain.schedule import (
    DEFAULT_HOURS,
    Busy,
    OpeningHours,
    find_slot,
    overlaps,
    propose_course,
    shift_following,
)

LONDON = ZoneInfo("Europe/London")
ZONES = ["Europe/London", "Europe/Warsaw", "America/New_York", "Australia/Sydney", "UTC"]
HOUR = timedelta(hours=1)
MIN30 = timedelta(minutes=30)


def at(day: date, hh: int, mm: int = 0, zone: ZoneInfo = LONDON) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=zone)


LUNCH = OpeningHours(weekly=(((time(9), time(13)), (time(14), time(19))),) * 7)
NIGHT = OpeningHours(weekly=(((time(0), time(6)),),) * 7)


# --- independent checks used by the tests ---------------------------------------------------


def fits(start: datetime, duration: timedelta, hours: OpeningHours, zone: ZoneInfo) -> bool:
    local = start.astimezone(zone)
    end = (start.astimezone(UTC) + duration).astimezone(zone)
    if local.date() != end.date() or local.date() in hours.closed_dates:
        return False
    return any(o <= local.time() and end.time() <= c for o, c in hours.weekly[local.weekday()])


def is_real(moment: datetime, zone: ZoneInfo) -> bool:
    back = moment.astimezone(UTC).astimezone(zone)
    return moment.tzinfo is zone and (back.replace(tzinfo=None), back.fold) == (
        moment.replace(tzinfo=None),
        moment.fold,
    )


def clashes(start: datetime, duration: timedelta, busy: list[Busy]) -> bool:
    begins = start.astimezone(UTC)
    ends = begins + duration
    return any(b.astimezone(UTC) < ends and begins < e.astimezone(UTC) for b, e in busy)


def gaps_in_days(sessions: list[datetime], zone: ZoneInfo) -> list[int]:
    days = [s.astimezone(zone).date() for s in sessions]
    return [(b - a).days for a, b in zip(days, days[1:], strict=False)]


def utc_hours(sessions: list[datetime]) -> list[int]:
    return [s.astimezone(UTC).hour for s in sessions]


# --- opening hours ----------------------------------------------------------------------------


def test_default_hours() -> None:
    assert OpeningHours.from_setting(None) == DEFAULT_HOURS
    setting = DEFAULT_HOURS.to_setting()
    assert setting["weekly"]["mon"] == [["09:00", "18:00"]]
    assert setting["weekly"]["fri"] == [["09:00", "18:00"]]
    assert setting["weekly"]["sat"] == [["09:00", "13:00"]]
    assert setting["weekly"]["sun"] == []
    assert setting["closed_dates"] == []
    monday = date(2026, 9, 7)
    assert DEFAULT_HOURS.is_open(at(monday, 9), at(monday, 18))
    assert not DEFAULT_HOURS.is_open(at(monday, 17, 30), at(monday, 18, 30))
    assert DEFAULT_HOURS.is_open(at(monday + timedelta(5), 12), at(monday + timedelta(5), 13))
    assert not DEFAULT_HOURS.is_open(at(monday + timedelta(5), 13), at(monday + timedelta(5), 14))
    assert not DEFAULT_HOURS.is_open(at(monday + timedelta(6), 10), at(monday + timedelta(6), 11))


def test_setting_round_trip() -> None:
    value: dict[str, Any] = {
        "weekly": {
            "mon": [["09:00", "13:00"], ["14:00", "19:00"]],
            "tue": [["08:30", "12:15"]],
            "wed": [],
            "thu": [["10:00", "20:00"]],
            "fri": [["09:00", "17:00"]],
            "sat": [["09:00", "13:00"]],
            "sun": [],
        },
        "closed_dates": ["2026-12-25", "2026-12-26"],
    }
    hours = OpeningHours.from_setting(value)
    assert hours.weekly[0] == ((time(9), time(13)), (time(14), time(19)))
    assert hours.weekly[1] == ((time(8, 30), time(12, 15)),)
    assert hours.closed_dates == {date(2026, 12, 25), date(2026, 12, 26)}
    assert hours.to_setting() == value
    assert OpeningHours.from_setting(hours.to_setting()) == hours


def test_setting_sorts_joins_touching_periods_and_missing_days_are_closed() -> None:
    hours = OpeningHours.from_setting(
        {"weekly": {"mon": [["14:00", "18:00"], ["9:00", "13:00"], ["13:00", "14:00"]]}}
    )
    assert hours.weekly[0] == ((time(9), time(18)),)
    assert hours.weekly[1:] == ((),) * 6
    assert hours.closed_dates == frozenset()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"weekly": {"tue": [["18:00", "09:00"]]}}, r"^Tuesday: closing time 09:00 .* 18:00"),
        ({"weekly": {"wed": [["09:00", "09:00"]]}}, r"^Wednesday: closing time 09:00"),
        ({"weekly": {"thu": [["9h", "18:00"]]}}, r"^Thursday: '9h' is not a time"),
        ({"weekly": {"fri": [["09:00", "24:00"]]}}, r"^Friday: '24:00' is not a time"),
        ({"weekly": {"sat": [["09:00"]]}}, r"^Saturday: .* is not an \[opening, closing\] pair"),
        ({"weekly": {"sun": "closed"}}, r"^Sunday: expected a list"),
        (
            {"weekly": {"mon": [["09:00", "13:00"], ["12:00", "15:00"]]}},
            r"^Monday: 12:00–15:00 overlaps 09:00–13:00",
        ),
        ({"weekly": {"tues": []}}, r"'tues' is not a weekday"),
        ({"closed_dates": []}, r'"weekly" is missing'),
        ({"weekly": {}, "closed": []}, r"unknown entry 'closed'"),
        ({"weekly": {}, "closed_dates": ["2026-13-01"]}, r"'2026-13-01' is not a date"),
        ({"weekly": {}, "closed_dates": ["25/12/2026"]}, r"'25/12/2026' is not a date"),
        ({"weekly": {}, "closed_dates": "2026-12-25"}, r"^Closed dates: expected a list"),
    ],
)
def test_invalid_settings_name_the_bad_entry(value: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        OpeningHours.from_setting(value)


def test_constructor_rejects_bad_weeks() -> None:
    with pytest.raises(ValueError, match="7 weekdays"):
        OpeningHours(weekly=((),) * 6)
    with pytest.raises(ValueError, match="^Tuesday: closing time 09:00"):
        OpeningHours(weekly=((), ((time(10), time(9)),), (), (), (), (), ()))
    with pytest.raises(ValueError, match="^Monday: 13:00–14:00 overlaps or touches"):
        OpeningHours(weekly=(((time(9), time(13)), (time(13), time(14))),) + ((),) * 6)
    with pytest.raises(ValueError, match="^Monday: .*whole minutes"):
        OpeningHours(weekly=(((time(9, 0, 30), time(13)),),) + ((),) * 6)


def test_is_open_edges() -> None:
    tuesday = date(2026, 9, 8)
    holiday = OpeningHours(weekly=LUNCH.weekly, closed_dates=frozenset({tuesday}))
    assert LUNCH.is_open(at(tuesday, 9), at(tuesday, 13))
    assert not LUNCH.is_open(at(tuesday, 12, 30), at(tuesday, 14, 30))  # over lunch
    assert not LUNCH.is_open(at(tuesday, 8, 45), at(tuesday, 9, 15))
    assert not LUNCH.is_open(at(tuesday, 10), at(tuesday, 10))  # empty
    assert not LUNCH.is_open(at(tuesday, 11), at(tuesday, 10))
    assert not holiday.is_open(at(tuesday, 10), at(tuesday, 11))
    assert holiday.is_open(at(tuesday + timedelta(1), 10), at(tuesday + timedelta(1), 11))
    # the end is compared in the clinic's zone, whatever zone it is given in
    assert LUNCH.is_open(at(tuesday, 18), at(tuesday, 19).astimezone(UTC))
    with pytest.raises(ValueError, match="time zone"):
        LUNCH.is_open(datetime(2026, 9, 8, 10), at(tuesday, 11))


def test_overlaps_is_half_open_and_compares_instants() -> None:
    day = date(2026, 9, 8)
    busy = [(at(day, 10), at(day, 11))]
    assert overlaps(at(day, 10, 30), at(day, 11, 30), busy)
    assert overlaps(at(day, 9), at(day, 12), busy)
    assert not overlaps(at(day, 11), at(day, 12), busy)
    assert not overlaps(at(day, 9), at(day, 10), busy)
    assert not overlaps(at(day, 10, 30), at(day, 10, 30), busy)
    assert not overlaps(at(day, 9), at(day, 12), [(at(day, 10), at(day, 10))])
    # 10:00 London in September is 09:00 UTC
    utc_busy = [(datetime(2026, 9, 8, 9, tzinfo=UTC), datetime(2026, 9, 8, 9, 15, tzinfo=UTC))]
    assert overlaps(at(day, 10), at(day, 10, 30), utc_busy)
    assert not overlaps(at(day, 10, 15), at(day, 10, 30), utc_busy)


# --- find_slot ----------------------------------------------------------------------------


def test_find_slot_takes_the_ideal_when_free() -> None:
    ideal = at(date(2026, 9, 8), 10)
    assert find_slot(ideal, HOUR, DEFAULT_HOURS, []) == ideal


def test_find_slot_nearest_same_day_time_when_taken() -> None:
    day = date(2026, 9, 8)
    busy = [(at(day, 10), at(day, 11))]
    assert find_slot(at(day, 10), MIN30, DEFAULT_HOURS, busy) == at(day, 9, 30)
    # before opening is not allowed, so the nearest free time is after the busy hour
    early = [(at(day, 9), at(day, 11))]
    assert find_slot(at(day, 9, 30), MIN30, DEFAULT_HOURS, early) == at(day, 11)
    # equally near before and after: the earlier one
    middle = [(at(day, 10), at(day, 10, 15))]
    assert find_slot(at(day, 10), timedelta(minutes=15), DEFAULT_HOURS, middle) == at(day, 9, 45)


def test_find_slot_respects_not_before() -> None:
    day = date(2026, 9, 8)
    slot = find_slot(at(day, 10), MIN30, DEFAULT_HOURS, [], not_before=at(day, 10, 20))
    assert slot == at(day, 10, 30)
    later = find_slot(at(day, 10), MIN30, DEFAULT_HOURS, [], not_before=at(day + timedelta(2), 0))
    assert later == at(day + timedelta(2), 10)


def test_find_slot_moves_to_next_open_day() -> None:
    saturday, sunday, monday = date(2026, 9, 12), date(2026, 9, 13), date(2026, 9, 14)
    assert find_slot(at(sunday, 10), HOUR, DEFAULT_HOURS, []) == at(monday, 10)
    # Saturday closes at 13:00: a 15:00 ideal becomes the latest Saturday slot that fits
    assert find_slot(at(saturday, 15), HOUR, DEFAULT_HOURS, []) == at(saturday, 12)
    holiday = OpeningHours(weekly=DEFAULT_HOURS.weekly, closed_dates=frozenset({monday}))
    assert find_slot(at(sunday, 10), HOUR, holiday, []) == at(monday + timedelta(1), 10)
    assert find_slot(at(monday, 10), HOUR, holiday, []) == at(monday + timedelta(1), 10)


def test_find_slot_skips_the_lunch_break() -> None:
    day = date(2026, 9, 8)
    assert find_slot(at(day, 12, 30), HOUR, LUNCH, []) == at(day, 12)
    assert find_slot(at(day, 13, 15), HOUR, LUNCH, []) == at(day, 14)
    full_morning = [(at(day, 9), at(day, 12, 30))]
    assert find_slot(at(day, 12), HOUR, LUNCH, full_morning) == at(day, 14)


def test_find_slot_sees_every_busy_period() -> None:
    day = date(2026, 9, 8)
    nested = [(at(day, 9), at(day, 17)), (at(day, 10), at(day, 11))]
    assert find_slot(at(day, 12), HOUR, DEFAULT_HOURS, nested) == at(day, 17)
    one_minute_over = [(at(day, 9), at(day, 10, 1))]
    assert find_slot(at(day, 10), MIN30, DEFAULT_HOURS, one_minute_over) == at(day, 10, 15)
    unordered = [(at(day, 11), at(day, 18)), (at(day, 9), at(day, 10, 30))]
    assert find_slot(at(day, 10), MIN30, DEFAULT_HOURS, unordered) == at(day, 10, 30)


def test_session_length_is_real_time_across_clock_changes() -> None:
    # 29 Mar 2026: 00:30 GMT + 1 hour is 02:30 BST, after a 02:15 closing time.
    spring = OpeningHours(weekly=(((time(0), time(2, 15)),),) * 7)
    ideal = datetime(2026, 3, 29, 0, 30, tzinfo=LONDON)
    assert find_slot(ideal, HOUR, spring, []) == datetime(2026, 3, 29, 0, 15, tzinfo=LONDON)
    # 25 Oct 2026: 00:30 BST + 90 minutes is 01:00 GMT, before a 01:30 closing time.
    autumn = OpeningHours(weekly=(((time(0), time(1, 30)),),) * 7)
    ideal = datetime(2026, 10, 25, 0, 30, tzinfo=LONDON)
    assert find_slot(ideal, timedelta(minutes=90), autumn, []) == ideal
    assert not autumn.is_open(ideal + timedelta(1), ideal + timedelta(days=1, minutes=90))


def test_find_slot_gives_up_after_max_days() -> None:
    day = date(2026, 9, 8)
    diary = [(at(day, 0), at(day + timedelta(days=10), 0))]
    assert find_slot(at(day, 10), HOUR, DEFAULT_HOURS, diary, max_days=9) is None
    assert find_slot(at(day, 10), HOUR, DEFAULT_HOURS, diary, max_days=10) == at(
        day + timedelta(10), 10
    )
    closed = OpeningHours(weekly=((),) * 7)
    assert find_slot(at(day, 10), HOUR, closed, []) is None


def test_find_slot_needs_aware_times() -> None:
    with pytest.raises(ValueError, match="time zone"):
        find_slot(datetime(2026, 9, 8, 10), HOUR, DEFAULT_HOURS, [])
    with pytest.raises(ValueError, match="time zone"):
        find_slot(
            at(date(2026, 9, 8), 10),
            HOUR,
            DEFAULT_HOURS,
            [(datetime(2026, 9, 8), at(date(2026, 9, 8), 11))],
        )


# --- propose_course -------------------------------------------------------------------------


def course(**overrides: Any) -> list[datetime]:
    args: dict[str, Any] = {
        "start": date(2026, 8, 28),
        "sessions": 6,
        "interval_days": 14,
        "preferred_time": time(10),
        "duration": timedelta(minutes=45),
        "hours": DEFAULT_HOURS,
        "busy": [],
        "zone": LONDON,
        "preferred_weekday": 1,
    }
    args.update(overrides)
    return propose_course(**args)


def test_course_every_14_days_on_tuesday_at_ten() -> None:
    sessions = course()
    assert sessions == [
        at(date(2026, 9, 1), 10),
        at(date(2026, 9, 15), 10),
        at(date(2026, 9, 29), 10),
        at(date(2026, 10, 13), 10),
        at(date(2026, 10, 27), 10),
        at(date(2026, 11, 10), 10),
    ]
    assert all(s.tzinfo is LONDON for s in sessions)


def test_course_without_weekday_starts_on_the_start_date() -> None:
    sessions = course(start=date(2026, 9, 3), sessions=2, preferred_weekday=None)
    assert sessions == [at(date(2026, 9, 3), 10), at(date(2026, 9, 17), 10)]


def test_holiday_moves_one_session_and_the_rest_keep_the_interval() -> None:
    hours = OpeningHours(weekly=DEFAULT_HOURS.weekly, closed_dates=frozenset({date(2026, 9, 29)}))
    sessions = course(hours=hours)
    assert sessions == [
        at(date(2026, 9, 1), 10),
        at(date(2026, 9, 15), 10),
        at(date(2026, 9, 30), 10),
        at(date(2026, 10, 14), 10),
        at(date(2026, 10, 28), 10),
        at(date(2026, 11, 11), 10),
    ]
    assert min(gaps_in_days(sessions, LONDON)) >= 14


def test_taken_preferred_time_moves_that_session_only() -> None:
    day = date(2026, 9, 15)
    sessions = course(busy=[(at(day, 9), at(day, 12))], sessions=3)
    assert sessions == [at(date(2026, 9, 1), 10), at(day, 12), at(date(2026, 9, 29), 10)]


def test_course_across_spring_dst_keeps_local_ten() -> None:
    sessions = course(start=date(2026, 3, 17), sessions=4, preferred_weekday=None)
    assert [s.date() for s in sessions] == [
        date(2026, 3, 17),
        date(2026, 3, 31),
        date(2026, 4, 14),
        date(2026, 4, 28),
    ]
    assert [s.time() for s in sessions] == [time(10)] * 4
    assert utc_hours(sessions) == [10, 9, 9, 9]


def test_course_across_autumn_dst_keeps_local_ten() -> None:
    sessions = course(start=date(2026, 10, 13), sessions=3, preferred_weekday=None)
    assert [s.date() for s in sessions] == [
        date(2026, 10, 13),
        date(2026, 10, 27),
        date(2026, 11, 10),
    ]
    assert [s.time() for s in sessions] == [time(10)] * 3
    assert utc_hours(sessions) == [9, 10, 10]


def test_preferred_time_in_the_spring_gap_is_never_returned() -> None:
    # Clocks in London jump from 01:00 to 02:00 on 29 Mar 2026; 01:30 does not exist that day.
    sessions = course(
        start=date(2026, 3, 22),
        sessions=3,
        interval_days=7,
        preferred_time=time(1, 30),
        duration=HOUR,
        hours=NIGHT,
        preferred_weekday=None,
    )
    assert [s.date() for s in sessions] == [date(2026, 3, 22), date(2026, 3, 29), date(2026, 4, 5)]
    assert [s.time() for s in sessions] == [time(1, 30), time(2), time(1, 30)]
    assert all(is_real(s, LONDON) for s in sessions)
    assert utc_hours(sessions) == [1, 1, 0]
    ideal = datetime(2026, 3, 29, 1, 30, tzinfo=LONDON)
    slot = find_slot(ideal, HOUR, NIGHT, [])
    assert slot is not None and is_real(slot, LONDON)


def test_ambiguous_autumn_time_means_the_first_occurrence() -> None:
    # 01:30 happens twice in London on 25 Oct 2026: first in BST (00:30 UTC), then GMT.
    slot = find_slot(datetime(2026, 10, 25, 1, 30, tzinfo=LONDON), MIN30, NIGHT, [])
    assert slot is not None and slot.fold == 0
    assert slot.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_course_without_a_free_slot_explains_why() -> None:
    day = date(2026, 12, 3)
    diary = [(at(day, 0), at(day + timedelta(days=60), 0))]
    with pytest.raises(ValueError) as error:
        course(start=day, preferred_weekday=None, busy=diary)
    assert str(error.value) == (
        "Session 1: no free slot within 4 weeks after 3 Dec 2026; "
        "check the opening hours or the practitioner's diary."
    )
    with pytest.raises(ValueError, match="^Session 2: no free slot within 4 weeks after 17 Nov"):
        course(
            start=date(2026, 11, 3),
            preferred_weekday=None,
            busy=[(at(date(2026, 11, 4), 0), at(day + timedelta(60), 0))],
        )


def test_course_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="at least one session"):
        course(sessions=0)
    with pytest.raises(ValueError, match="at least one day"):
        course(interval_days=0)
    with pytest.raises(ValueError, match="weekday"):
        course(preferred_weekday=7)


# --- shift_following ------------------------------------------------------------------------


def test_shift_following_pushes_later_sessions_and_keeps_the_interval() -> None:
    sessions = course()
    moved = at(date(2026, 9, 18), 11)  # session 2: Tue 15 Sep -> Fri 18 Sep 11:00
    result = shift_following(
        sessions,
        1,
        moved,
        interval_days=14,
        duration=timedelta(minutes=45),
        hours=DEFAULT_HOURS,
        busy=[],
    )
    assert result == [
        sessions[0],
        moved,
        at(date(2026, 10, 2), 10),
        at(date(2026, 10, 16), 10),
        at(date(2026, 10, 30), 10),
        at(date(2026, 11, 13), 10),
    ]
    assert min(gaps_in_days(result, LONDON)) >= 14


def test_shift_following_leaves_sessions_that_still_fit() -> None:
    sessions = course()
    moved = at(date(2026, 9, 14), 16)  # one day earlier: nothing after it needs to move
    result = shift_following(
        sessions,
        1,
        moved,
        interval_days=14,
        duration=timedelta(minutes=45),
        hours=DEFAULT_HOURS,
        busy=[],
    )
    assert result == [sessions[0], moved, *sessions[2:]]


def test_shift_following_avoids_busy_holidays_and_keeps_order() -> None:
    sessions = course()
    hours = OpeningHours(weekly=DEFAULT_HOURS.weekly, closed_dates=frozenset({date(2026, 10, 16)}))
    busy = [(at(date(2026, 10, 2), 9), at(date(2026, 10, 2), 17))]
    moved = at(date(2026, 9, 18), 10)
    result = shift_following(
        sessions, 1, moved, interval_days=14, duration=timedelta(minutes=45), hours=hours, busy=busy
    )
    # 2 Oct is busy 09:00-17:00: 17:00 is the nearest time that day that fits before 18:00
    assert result[2] == at(date(2026, 10, 2), 17)
    # 16 Oct is a holiday: the next allowed day is Saturday 17 Oct
    assert result[3] == at(date(2026, 10, 17), 10)
    assert result[4:] == [at(date(2026, 10, 31), 10), at(date(2026, 11, 14), 10)]
    assert all(a < b for a, b in zip(result, result[1:], strict=False))


def test_shift_following_moving_the_last_or_first_session() -> None:
    sessions = course(sessions=3)
    last = at(date(2026, 10, 5), 15)
    assert shift_following(
        sessions, 2, last, interval_days=14, duration=HOUR, hours=DEFAULT_HOURS, busy=[]
    ) == [*sessions[:2], last]
    first = at(date(2026, 9, 10), 10)
    result = shift_following(
        sessions, 0, first, interval_days=14, duration=HOUR, hours=DEFAULT_HOURS, busy=[]
    )
    assert result == [first, at(date(2026, 9, 24), 10), at(date(2026, 10, 8), 10)]


def test_shift_following_moves_a_session_the_moved_one_runs_into() -> None:
    # The desk may move a session to any time, even one running past midnight.
    sessions = [
        at(date(2026, 9, 1), 0, 30),
        at(date(2026, 9, 2), 0, 30),
        at(date(2026, 9, 3), 0, 30),
    ]
    late = at(date(2026, 9, 1), 23, 30)
    two_hours = 2 * HOUR
    result = shift_following(
        sessions, 0, late, interval_days=1, duration=two_hours, hours=NIGHT, busy=[]
    )
    assert result == [late, at(date(2026, 9, 2), 1, 30), sessions[2]]


def test_shift_following_refuses_to_jump_over_the_previous_session() -> None:
    sessions = course(sessions=3)
    with pytest.raises(ValueError, match="^Session 3 cannot move to before session 2"):
        shift_following(
            sessions, 2, sessions[1], interval_days=14, duration=HOUR, hours=DEFAULT_HOURS, busy=[]
        )
    with pytest.raises(ValueError, match="no session 4"):
        shift_following(
            sessions, 3, sessions[1], interval_days=14, duration=HOUR, hours=DEFAULT_HOURS, busy=[]
        )
    with pytest.raises(ValueError, match="in order"):
        shift_following(
            sessions[::-1],
            0,
            sessions[0],
            interval_days=14,
            duration=HOUR,
            hours=DEFAULT_HOURS,
            busy=[],
        )


# --- properties -------------------------------------------------------------------------------

START_DATES = st.one_of(
    st.dates(date(2026, 2, 15), date(2026, 4, 15)),  # spring changes (Europe, US), Sydney's end
    st.dates(date(2026, 9, 15), date(2026, 11, 10)),  # autumn changes, Sydney's start
    st.dates(date(2026, 1, 1), date(2027, 12, 31)),
)


def quarter(n: int) -> time:
    return time(n // 4, n % 4 * 15)


@dataclass(frozen=True)
class Scenario:
    zone: ZoneInfo
    hours: OpeningHours
    busy: list[Busy]
    start: date
    sessions: int
    interval_days: int
    duration: timedelta
    preferred_time: time
    preferred_weekday: int | None

    def propose(self) -> list[datetime]:
        return propose_course(
            start=self.start,
            sessions=self.sessions,
            interval_days=self.interval_days,
            preferred_time=self.preferred_time,
            duration=self.duration,
            hours=self.hours,
            busy=self.busy,
            zone=self.zone,
            preferred_weekday=self.preferred_weekday,
        )


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    minutes = draw(st.integers(15, 120))
    weekly: list[tuple[tuple[time, time], ...]] = []
    for _ in range(7):
        count = draw(st.integers(0, 3))
        points = sorted(draw(st.sets(st.integers(0, 95), min_size=2 * count, max_size=2 * count)))
        weekly.append(
            tuple((quarter(a), quarter(b)) for a, b in zip(points[::2], points[1::2], strict=True))
        )
    needed = -(-minutes // 15)
    if not any(
        (c.hour * 60 + c.minute) - (o.hour * 60 + o.minute) >= minutes for d in weekly for o, c in d
    ):
        length = draw(st.integers(needed, min(95, needed + 12)))
        opens = draw(st.integers(0, 95 - length))
        weekly[draw(st.integers(0, 6))] = ((quarter(opens), quarter(opens + length)),)
    start = draw(START_DATES)
    interval = draw(st.integers(1, 60))
    sessions = draw(st.integers(1, 10))
    closed = draw(
        st.frozensets(st.integers(0, 120).map(lambda n: start + timedelta(n)), max_size=8)
    )
    busy: list[Busy] = []
    for _ in range(draw(st.integers(0, 30))):
        day = start + timedelta(
            draw(
                st.one_of(
                    st.integers(0, 100),
                    st.integers(0, 7),
                    st.tuples(st.integers(0, sessions), st.integers(0, 2)).map(
                        lambda kd: kd[0] * interval + kd[1]
                    ),
                )
            )
        )
        begins = datetime.combine(day, quarter(draw(st.integers(0, 95))), tzinfo=zone)
        ends = begins.astimezone(UTC) + timedelta(minutes=draw(st.integers(1, 240)))
        if draw(st.booleans()):
            begins = begins.astimezone(UTC)
        busy.append((begins, ends))
    return Scenario(
        zone=zone,
        hours=OpeningHours(weekly=tuple(weekly), closed_dates=closed),
        busy=busy,
        start=start,
        sessions=sessions,
        interval_days=interval,
        duration=timedelta(minutes=minutes),
        preferred_time=quarter(draw(st.integers(0, 95))),
        preferred_weekday=draw(st.one_of(st.none(), st.integers(0, 6))),
    )


def propose_or_reject(scenario: Scenario) -> list[datetime]:
    try:
        return scenario.propose()
    except ValueError as error:
        assert "no free slot within 4 weeks" in str(error)
        event("no free slot for the course")
        reject()


def assert_valid_course(result: list[datetime], scenario: Scenario, checked_from: int = 0) -> None:
    zone, duration = scenario.zone, scenario.duration
    instants = [s.astimezone(UTC) for s in result]
    assert all(a < b for a, b in zip(instants, instants[1:], strict=False))
    assert all(gap >= scenario.interval_days for gap in gaps_in_days(result, zone))
    for i, session in enumerate(result):
        others = [(s, s.astimezone(UTC) + duration) for j, s in enumerate(result) if j != i]
        assert not clashes(session, duration, others)
        if i >= checked_from:
            assert is_real(session, zone)
            assert fits(session, duration, scenario.hours, zone)
            assert session.astimezone(zone).date() not in scenario.hours.closed_dates
            assert not clashes(session, duration, scenario.busy)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_proposed_courses_obey_every_rule(scenario: Scenario) -> None:
    result = propose_or_reject(scenario)
    assert len(result) == scenario.sessions
    assert result[0].astimezone(scenario.zone).date() >= scenario.start
    assert_valid_course(result, scenario)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_shift_following_keeps_order_and_rules(scenario: Scenario, data: st.DataObject) -> None:
    sessions = propose_or_reject(scenario)
    zone = scenario.zone
    index = data.draw(st.integers(0, len(sessions) - 1))
    original = sessions[index].astimezone(zone)
    day = original.date() + timedelta(data.draw(st.integers(-3, 20)))
    floor = None
    if index:
        earliest = sessions[index - 1].astimezone(zone).date() + timedelta(scenario.interval_days)
        floor = datetime.combine(earliest, time(), tzinfo=zone)
    ideal = datetime.combine(day, quarter(data.draw(st.integers(0, 95))), tzinfo=zone)
    taken = scenario.busy + [(s, s + scenario.duration) for s in sessions[:index]]
    new_start = find_slot(ideal, scenario.duration, scenario.hours, taken, not_before=floor)
    if new_start is None:
        reject()
    try:
        result = shift_following(
            sessions,
            index,
            new_start,
            interval_days=scenario.interval_days,
            duration=scenario.duration,
            hours=scenario.hours,
            busy=scenario.busy,
        )
    except ValueError as error:
        assert "no free slot within 4 weeks" in str(error)
        reject()
    assert len(result) == len(sessions)
    assert result[:index] == sessions[:index]
    assert result[index] == new_start
    assert_valid_course(result, scenario)
    for i in range(index + 1, len(sessions)):
        assert result[i].astimezone(zone).date() >= sessions[i].astimezone(zone).date()
        if result[i] != sessions[i]:  # it moved, so it had to
            before = result[i - 1].astimezone(zone).date()
            too_close = (sessions[i].astimezone(zone).date() - before).days < scenario.interval_days
            own = [(s, s.astimezone(UTC) + scenario.duration) for s in result[:i]]
            assert too_close or clashes(sessions[i], scenario.duration, own)


def assert_nearest_slot(
    ideal: datetime,
    duration: timedelta,
    hours: OpeningHours,
    busy: list[Busy],
    floor: datetime | None,
    max_days: int,
) -> datetime | None:
    """find_slot's answer is valid and no valid quarter-hour start ranks before it."""
    zone = ideal.tzinfo
    assert isinstance(zone, ZoneInfo)
    slot = find_slot(ideal, duration, hours, busy, not_before=floor, max_days=max_days)
    ideal_minutes = ideal.hour * 60 + ideal.minute

    def valid(moment: datetime) -> bool:
        return (
            is_real(moment, zone)
            and (floor is None or moment.astimezone(UTC) >= floor.astimezone(UTC))
            and fits(moment, duration, hours, zone)
            and not clashes(moment, duration, busy)
        )

    def rank(moment: datetime) -> tuple[date, int, int]:
        minutes = moment.hour * 60 + moment.minute
        return (moment.date(), abs(minutes - ideal_minutes), minutes)

    first_day = ideal.date()
    if floor is not None:
        first_day = max(first_day, floor.astimezone(zone).date())
    grid = [
        datetime.combine(first_day + timedelta(n), quarter(q), tzinfo=zone)
        for n in range(max_days + 1)
        for q in range(96)
    ]
    better = [m for m in grid if valid(m) and (slot is None or rank(m) < rank(slot))]
    assert not better
    if slot is not None:
        assert valid(slot)
        assert first_day <= slot.date() <= first_day + timedelta(max_days)
    return slot


@settings(max_examples=200, deadline=None)
@given(scenarios(), st.data())
def test_find_slot_returns_the_nearest_valid_grid_time(
    scenario: Scenario, data: st.DataObject
) -> None:
    minutes = data.draw(st.integers(0, 24 * 60 - 1))
    ideal = datetime.combine(
        scenario.start, time(minutes // 60, minutes % 60), tzinfo=scenario.zone
    )
    floor = None
    if data.draw(st.booleans()):
        floor = ideal + timedelta(minutes=data.draw(st.integers(-600, 3000)))
    max_days = data.draw(st.integers(0, 6))
    assert_nearest_slot(ideal, scenario.duration, scenario.hours, scenario.busy, floor, max_days)


CLOCK_CHANGES = [
    ("Europe/London", date(2026, 3, 29)),
    ("Europe/London", date(2026, 10, 25)),
    ("Europe/Warsaw", date(2026, 3, 29)),
    ("Europe/Warsaw", date(2026, 10, 25)),
    ("America/New_York", date(2026, 3, 8)),
    ("America/New_York", date(2026, 11, 1)),
    ("Australia/Sydney", date(2026, 4, 5)),
    ("Australia/Sydney", date(2026, 10, 4)),
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(CLOCK_CHANGES),
    st.lists(st.tuples(st.integers(0, 16), st.integers(1, 24)), min_size=1, max_size=2),
    st.integers(0, 20),
    st.integers(15, 120),
    st.lists(st.tuples(st.integers(0, 5 * 60), st.integers(1, 120)), max_size=3),
    st.booleans(),
)
def test_find_slot_at_night_when_the_clocks_change(
    change: tuple[str, date],
    periods: list[tuple[int, int]],
    ideal_quarter: int,
    minutes: int,
    busy_specs: list[tuple[int, int]],
    with_floor: bool,
) -> None:
    """Clinics open in the small hours on the night the clocks change (stress test)."""
    zone, day = ZoneInfo(change[0]), change[1]
    spans: list[tuple[time, time]] = []
    for opens, length in sorted(periods):
        if not spans or quarter(opens) > spans[-1][1]:
            spans.append((quarter(opens), quarter(min(95, opens + length))))
    hours = OpeningHours(weekly=(tuple(spans),) * 7)
    midnight = datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)
    busy: list[Busy] = [
        (midnight + timedelta(minutes=m), midnight + timedelta(minutes=m + n))
        for m, n in busy_specs
    ]
    ideal = datetime.combine(day, quarter(ideal_quarter), tzinfo=zone)
    floor = midnight + timedelta(hours=2) if with_floor else None
    assert_nearest_slot(ideal, timedelta(minutes=minutes), hours, busy, floor, 1)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(ZONES).map(ZoneInfo),
    START_DATES,
    st.integers(1, 10),
    st.integers(1, 60),
    st.integers(32, 72).map(quarter),
    st.one_of(st.none(), st.integers(0, 6)),
)
def test_open_every_day_keeps_exact_dates_and_local_time(
    zone: ZoneInfo, start: date, sessions: int, interval: int, preferred: time, weekday: int | None
) -> None:
    hours = OpeningHours(weekly=(((time(8), time(20)),),) * 7)
    result = propose_course(
        start=start,
        sessions=sessions,
        interval_days=interval,
        preferred_time=preferred,
        duration=HOUR,
        hours=hours,
        busy=[],
        zone=zone,
        preferred_weekday=weekday,
    )
    first = start
    while weekday is not None and first.weekday() != weekday:
        first += timedelta(1)
    assert [s.date() for s in result] == [first + timedelta(k * interval) for k in range(sessions)]
    assert {s.time() for s in result} == {preferred}
    assert all(s.tzinfo is zone for s in result)

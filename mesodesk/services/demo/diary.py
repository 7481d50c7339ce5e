"""The demo diary's bookkeeping: every session inside opening hours, none overlapping another.

The generator asks :meth:`Diary.place` for a time near the one it would like; the diary
answers with a start that obeys the same rules as the app (``domain.schedule.OpeningHours``
and the slot clashes of ``domain.session_rules``): the whole session within one opening
period of an open day, and no other session of the practitioner or of the patient in the
same minutes. Times are kept on a 15-minute grid as bit masks per practitioner and day, so
a placement costs a few integer operations, not a search through bookings.

Every demo session holds its slot, cancelled and no-show ones too: stricter than the app
(which frees those slots), and it keeps a cancelled visit from being booked over in the
record.
"""

from __future__ import annotations

from datetime import time

from mesodesk.domain.schedule import OpeningHours

UNIT = 15
"""Minutes per grid step: sessions start on the quarter hour and last whole quarters."""
UNITS_PER_DAY = 24 * 60 // UNIT
MAX_UNITS = 8
"""The longest demo session, in grid steps (two hours)."""
DAY_SHIFTS = (0, 1, -1, 2, -2, 3, -3, 4, 5, 6, 7, -4, 8, 9, 10, 11, 12, 13, 14)
"""Which neighbouring days a session may move to when its own day is full, nearest first."""

PatientBusy = dict[int, int]
"""A patient's booked grid steps per day (ordinal -> bit mask)."""


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


class Diary:
    """Who is booked when, for one run of the generator."""

    def __init__(self, hours: OpeningHours) -> None:
        self.hours = hours
        self.closed = frozenset(d.toordinal() for d in hours.closed_dates)
        # starts[weekday][units]: bit u is set when a session of ``units`` steps may start at
        # step u of that weekday and end within the same opening period.
        self.starts: list[list[int]] = []
        for intervals in hours.weekly:
            per_length = [0] * (MAX_UNITS + 1)
            for units in range(1, MAX_UNITS + 1):
                mask = 0
                for opens, closes in intervals:
                    first = -(-_minutes(opens) // UNIT)
                    last = (_minutes(closes) - units * UNIT) // UNIT
                    for step in range(first, last + 1):
                        mask |= 1 << step
                per_length[units] = mask
            self.starts.append(per_length)
        usual: set[int] = set()
        for per_length in self.starts:
            mask = per_length[2]
            usual.update(step for step in range(UNITS_PER_DAY) if mask >> step & 1)
        self.usual_starts: tuple[int, ...] = tuple(sorted(usual)) or (9 * 60 // UNIT,)
        """Grid steps at which a half-hour session can start on some open day."""
        self.busy: dict[tuple[int, int], int] = {}

    def opens(self, day: int) -> bool:
        """Whether the clinic takes appointments at all on ``day`` (an ordinal)."""
        return bool(self.starts[(day - 1) % 7][1]) and day not in self.closed

    def _fit(self, busy: int, allowed: int, units: int, want: int) -> int:
        """The allowed start nearest ``want`` whose ``units`` steps are free, or -1."""
        blocked = busy
        for k in range(1, units):
            blocked |= busy >> k
        free = allowed & ~blocked
        if not free:
            return -1
        later = free >> want
        up = want + ((later & -later).bit_length() - 1) if later else -1
        earlier = free & ((1 << want) - 1)
        down = earlier.bit_length() - 1 if earlier else -1
        if up < 0:
            return down
        if down < 0 or up - want <= want - down:
            return up
        return down

    def place(
        self,
        practitioners: list[int],
        patient: PatientBusy,
        day: int,
        want: int,
        minutes: int,
        within: tuple[int, int],
    ) -> tuple[int, int, int] | None:
        """Book the first practitioner in ``practitioners`` who is free near ``day``.

        ``want`` is the wished start in grid steps; ``minutes`` a multiple of :data:`UNIT`.
        Tries the wished day, then the nearest days (:data:`DAY_SHIFTS`) inside ``within``
        (first day, day after the last), each practitioner in turn. Returns (practitioner id, day, start
        minute) with the slot booked for both, or None when nobody has room.
        """
        units = minutes // UNIT
        starts, closed, busy_of = self.starts, self.closed, self.busy
        lo, hi = within
        for practitioner in practitioners:
            for shift in DAY_SHIFTS:
                candidate = day + shift
                allowed = starts[(candidate - 1) % 7][units]
                if not allowed or candidate in closed or not lo <= candidate < hi:
                    continue
                key = (practitioner, candidate)
                taken = busy_of.get(key, 0)
                mine = patient.get(candidate, 0)
                step = self._fit(taken | mine, allowed, units, want)
                if step < 0:
                    continue
                block = ((1 << units) - 1) << step
                busy_of[key] = taken | block
                patient[candidate] = mine | block
                return practitioner, candidate, step * UNIT
        return None

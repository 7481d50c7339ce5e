"""Reading a date, or a date and time, typed whole in the clinic's format, saying what is wrong."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum

from mesodesk.domain.search import DATE_FORMATS

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_PARTS = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$")
_TIME = re.compile(r"^(\d{1,2})[:.hH](\d{2})$")


class EntryProblem(StrEnum):
    """Why a typed date (and time) cannot be read; the window words each one for the user."""

    FORMAT = "format"
    """Not shaped like a date in the clinic's format."""
    NO_SUCH_DATE = "no_such_date"
    """Shaped like a date, but the day does not exist (31/02, month 13, day 0)."""
    NO_TIME = "no_time"
    """A date without the time a date-and-time field needs."""
    NO_SUCH_TIME = "no_such_time"
    """Shaped like a time, but outside 00:00-23:59."""


class DateEntryError(ValueError):
    """The typed text is not a date (or date and time); ``problem`` says why."""

    def __init__(self, problem: EntryProblem, text: str) -> None:
        super().__init__(f"{problem}: {text!r}")
        self.problem = problem
        self.text = text


def _order(clinic_format: str) -> tuple[int, int, int]:
    """Positions of day, month and year in the clinic's format (dd/mm/yyyy -> 0, 1, 2)."""
    pattern = DATE_FORMATS.get(clinic_format, DATE_FORMATS["dd/mm/yyyy"])
    codes = re.findall(r"%([dmY])", pattern)
    return codes.index("d"), codes.index("m"), codes.index("Y")


def read_date(text: str, clinic_format: str = "dd/mm/yyyy") -> date:
    """The whole of ``text`` as a date in the clinic's format (any of / . - between the parts)
    or ISO (yyyy-mm-dd); raises :class:`DateEntryError` saying what is wrong."""
    text = text.strip()
    iso = _ISO.match(text)
    if iso is not None and clinic_format != "yyyy-mm-dd":
        year, month, day = (int(part) for part in iso.groups())
    else:
        parts = _PARTS.match(text)
        if parts is None:
            raise DateEntryError(EntryProblem.FORMAT, text)
        d, m, y = _order(clinic_format)
        values = parts.groups()
        if len(values[y]) != 4 or len(values[d]) > 2 or len(values[m]) > 2:
            raise DateEntryError(EntryProblem.FORMAT, text)
        day, month, year = int(values[d]), int(values[m]), int(values[y])
    try:
        return date(year, month, day)
    except ValueError:
        raise DateEntryError(EntryProblem.NO_SUCH_DATE, text) from None


def read_date_time(text: str, clinic_format: str = "dd/mm/yyyy") -> datetime:
    """The whole of ``text`` as a date and a time (``10/12/2026 09:15``; 9:15, 9.15 and 9h15
    are read too); raises :class:`DateEntryError` saying what is wrong."""
    text = text.strip()
    date_part, _, time_part = text.partition(" ")
    day = read_date(date_part, clinic_format)
    time_part = time_part.strip()
    if not time_part:
        raise DateEntryError(EntryProblem.NO_TIME, text)
    clock = _TIME.match(time_part)
    if clock is None:
        raise DateEntryError(EntryProblem.FORMAT, text)
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if hour > 23 or minute > 59:
        raise DateEntryError(EntryProblem.NO_SUCH_TIME, text)
    return datetime(day.year, day.month, day.day, hour, minute)

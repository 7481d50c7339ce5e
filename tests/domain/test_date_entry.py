"""Typed dates and times are read whole, and an impossible day is told apart from a typo."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mesodesk.domain.date_entry import DateEntryError, EntryProblem, read_date, read_date_time


@pytest.mark.parametrize(
    ("text", "clinic_format", "expected"),
    [
        ("10/12/2026", "dd/mm/yyyy", date(2026, 12, 10)),
        ("1.2.2026", "dd/mm/yyyy", date(2026, 2, 1)),
        ("10-12-2026", "dd/mm/yyyy", date(2026, 12, 10)),
        ("12/10/2026", "mm/dd/yyyy", date(2026, 12, 10)),
        ("2026-12-10", "dd/mm/yyyy", date(2026, 12, 10)),
        ("2026-12-10", "yyyy-mm-dd", date(2026, 12, 10)),
        ("10.12.2026", "dd.mm.yyyy", date(2026, 12, 10)),
        ("29/02/2028", "dd/mm/yyyy", date(2028, 2, 29)),
    ],
)
def test_dates_in_the_clinic_format(text: str, clinic_format: str, expected: date) -> None:
    assert read_date(text, clinic_format) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/02/2026", EntryProblem.NO_SUCH_DATE),
        ("29/02/2026", EntryProblem.NO_SUCH_DATE),
        ("10/13/2026", EntryProblem.NO_SUCH_DATE),
        ("00/12/2026", EntryProblem.NO_SUCH_DATE),
        ("10/12/26", EntryProblem.FORMAT),
        ("10 December", EntryProblem.FORMAT),
        ("", EntryProblem.FORMAT),
    ],
)
def test_what_is_wrong_with_a_date(text: str, problem: EntryProblem) -> None:
    with pytest.raises(DateEntryError) as caught:
        read_date(text)
    assert caught.value.problem == problem


def test_date_and_time_are_read_whole() -> None:
    assert read_date_time("10/12/2026 09:15") == datetime(2026, 12, 10, 9, 15)
    assert read_date_time(" 10/12/2026  9:15 ") == datetime(2026, 12, 10, 9, 15)
    assert read_date_time("10/12/2026 9h15") == datetime(2026, 12, 10, 9, 15)
    assert read_date_time("12/10/2026 18.05", "mm/dd/yyyy") == datetime(2026, 12, 10, 18, 5)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/02/2026 09:15", EntryProblem.NO_SUCH_DATE),
        ("10/12/2026", EntryProblem.NO_TIME),
        ("10/12/2026 25:00", EntryProblem.NO_SUCH_TIME),
        ("10/12/2026 09:75", EntryProblem.NO_SUCH_TIME),
        ("10/12/2026 nine", EntryProblem.FORMAT),
    ],
)
def test_what_is_wrong_with_a_date_and_time(text: str, problem: EntryProblem) -> None:
    with pytest.raises(DateEntryError) as caught:
        read_date_time(text)
    assert caught.value.problem == problem

"""Typed dates that do not exist, and substances named in the allergy free text."""

from __future__ import annotations

from datetime import date

import pytest

from mesodesk.domain.allergens import COMMON_ALLERGENS, mentioned_substances
from mesodesk.domain.search import no_such_day, parse_date
from mesodesk.domain.validation import date_text_error


@pytest.mark.parametrize(
    ("text", "clinic_format"),
    [
        ("31/02/1990", "dd/mm/yyyy"),
        ("29.02.2023", "dd.mm.yyyy"),
        ("02/30/2026", "mm/dd/yyyy"),
        ("2026-02-30", "dd/mm/yyyy"),
        ("31/04/1990", "dd/mm/yyyy"),
    ],
)
def test_a_date_shaped_text_whose_day_does_not_exist(text: str, clinic_format: str) -> None:
    assert parse_date(text, clinic_format) is None
    assert no_such_day(text, clinic_format)
    message = date_text_error(text, clinic_format)
    assert message is not None and "does not exist" in message


@pytest.mark.parametrize("text", ["1990/31/02", "31/13/1990", "hello", "31/02", "00/01/1990"])
def test_other_unreadable_dates_are_a_wrong_format(text: str) -> None:
    assert not no_such_day(text, "dd/mm/yyyy")
    message = date_text_error(text, "dd/mm/yyyy")
    assert message is not None and "dd/mm/yyyy" in message


def test_real_dates_have_no_error() -> None:
    assert date_text_error("29/02/2024", "dd/mm/yyyy") is None
    assert parse_date("29/02/2024") == date(2024, 2, 29)


def test_substances_named_in_the_free_text_are_found_ignoring_case_and_accents() -> None:
    known = ["Lidocaine HCl 2%", "Hyaluronic acid", "Phosphatidylcholine", "Caféine"]
    text = "LIDOCAINE – anaphylaxis 2019; reacted to cafeine too; acid reflux"
    assert mentioned_substances(text, known) == ["lidocaine", "caféine"]


def test_names_already_screened_and_partial_words_are_not_offered() -> None:
    known = ["lidocaine", "prilocaine", "latex"]
    text = "lidocaine and latex gloves; procaine?"
    assert mentioned_substances(text, known, screened=["Lidocaine"]) == ["latex"]
    assert mentioned_substances("caine", known) == []


def test_common_allergens_include_the_topical_anaesthetics() -> None:
    for name in ("lidocaine", "prilocaine", "tetracaine", "benzocaine", "articaine"):
        assert name in COMMON_ALLERGENS

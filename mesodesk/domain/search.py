"""Parsing what the user types into the patient search box."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from mesodesk.domain.text import digits, words

PHONE_PREFIX = "#"
"""Search terms for phone numbers start with this, so they never mix with name words."""

DATE_FORMATS = {
    "dd/mm/yyyy": "%d/%m/%Y",
    "mm/dd/yyyy": "%m/%d/%Y",
    "yyyy-mm-dd": "%Y-%m-%d",
    "dd.mm.yyyy": "%d.%m.%Y",
}

_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]{3,}$")


@dataclass(frozen=True, slots=True)
class PatientQuery:
    """A parsed search: every name prefix must match, or the phone prefix, or the birth date."""

    name_prefixes: tuple[str, ...] = ()
    phone_prefix: str | None = None
    date_of_birth: date | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.name_prefixes or self.phone_prefix or self.date_of_birth)


def parse_date(text: str, clinic_format: str = "dd/mm/yyyy") -> date | None:
    """A full date typed in the clinic's format (any of / . - as separator) or ISO."""
    text = text.strip()
    if not _DATE_LIKE.match(text):
        return None
    pattern = DATE_FORMATS.get(clinic_format, DATE_FORMATS["dd/mm/yyyy"])
    normalised = re.sub(r"[./-]", pattern[2], text)
    for fmt in (pattern, "%Y-%m-%d"):
        try:
            return datetime.strptime(normalised if fmt == pattern else text, fmt).date()
        except ValueError:
            continue
    return None


def _field_order(pattern: str) -> tuple[str, ...]:
    """The order of day, month and year in a strptime pattern: ("d", "m", "Y")."""
    return tuple(re.findall(r"%([dmY])", pattern))


def no_such_day(text: str, clinic_format: str = "dd/mm/yyyy") -> bool:
    """Whether ``text`` is written like a date (clinic format or ISO) but names a day that
    does not exist, such as 31/02/1990 or 2026-02-30: a different mistake from a wrong
    format, and the user should be told which one it is."""
    text = text.strip()
    if not _DATE_LIKE.match(text) or parse_date(text, clinic_format) is not None:
        return False
    parts = re.split(r"[./-]", text)
    pattern = DATE_FORMATS.get(clinic_format, DATE_FORMATS["dd/mm/yyyy"])
    orders = [_field_order(pattern)]
    if "/" not in text and "." not in text:
        orders.append(("Y", "m", "d"))
    for order in orders:
        values = dict(zip(order, parts, strict=True))
        if len(values["Y"]) != 4 or len(values["m"]) > 2 or len(values["d"]) > 2:
            continue
        if 1 <= int(values["m"]) <= 12 and 1 <= int(values["d"]) <= 31:
            return True
    return False


def phone_terms(phone: str) -> list[str]:
    """Terms that find a phone number by its digits as people type them.

    A national number is found with or without its leading 0; an international one
    (``+33 6 ...`` or ``0033 6 ...``) also by its national part, whatever the length of the
    country code (1 to 3 digits), so "0612" finds "+33 6 12 ...".
    """
    d = digits(phone)
    if not d:
        return []
    terms = {d}
    international = phone.strip().startswith("+") or d.startswith("00")
    if d.startswith("00"):
        d = d[2:]
        terms.add(d)
    if international:
        terms.update(d[n:] for n in (1, 2, 3) if len(d) - n >= 6)
    elif d.startswith("0"):
        terms.add(d[1:])
    return sorted(PHONE_PREFIX + t for t in terms)


def name_terms(*names: str) -> list[str]:
    return sorted({w for name in names for w in words(name)})


LIST_PREFIX_MAX = 3
"""Name prefixes up to this length have their matches stored in list order
(``patient_list_prefix``): they are the searches that match thousands of patients."""


def list_prefixes(terms: Iterable[str]) -> list[str]:
    """The 1- to ``LIST_PREFIX_MAX``-character prefixes of the name terms (phone terms are
    left out: a phone search needs at least three digits and matches few patients)."""
    out: dict[str, None] = {}
    for term in terms:
        if term.startswith(PHONE_PREFIX):
            continue
        for length in range(1, min(len(term), LIST_PREFIX_MAX) + 1):
            out[term[:length]] = None
    return list(out)


def parse_query(text: str, clinic_format: str = "dd/mm/yyyy") -> PatientQuery:
    text = text.strip()
    if not text:
        return PatientQuery()
    dob = parse_date(text, clinic_format)
    if dob is not None:
        return PatientQuery(date_of_birth=dob)
    if _PHONE_LIKE.match(text) and len(digits(text)) >= 3:
        d = digits(text)
        return PatientQuery(phone_prefix=PHONE_PREFIX + (d[1:] if d.startswith("0") else d))
    return PatientQuery(name_prefixes=tuple(dict.fromkeys(words(text))))


def format_date(value: date | None, clinic_format: str = "dd/mm/yyyy") -> str:
    """A date in the clinic's format, or "" for no date."""
    if value is None:
        return ""
    return value.strftime(DATE_FORMATS.get(clinic_format, DATE_FORMATS["dd/mm/yyyy"]))

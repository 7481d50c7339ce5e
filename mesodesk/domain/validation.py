"""Validation rules for what the desk types in; each returns field -> message."""

from __future__ import annotations

import re
from datetime import date

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.search import format_date, no_such_day, parse_date
from mesodesk.domain.text import digits

MAX_AGE_YEARS = 120
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]{2,}$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]+$")


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def patient_errors(
    *,
    given_name: str,
    family_name: str,
    date_of_birth: date | None,
    phone: str,
    email: str,
    today: date,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not given_name.strip():
        errors["given_name"] = Message(
            QT_TRANSLATE_NOOP("messages", "Enter the patient's given name.")
        )
    elif len(given_name) > 120:
        errors["given_name"] = Message(
            QT_TRANSLATE_NOOP("messages", "The given name is longer than 120 characters.")
        )
    if not family_name.strip():
        errors["family_name"] = Message(
            QT_TRANSLATE_NOOP("messages", "Enter the patient's family name.")
        )
    elif len(family_name) > 120:
        errors["family_name"] = Message(
            QT_TRANSLATE_NOOP("messages", "The family name is longer than 120 characters.")
        )
    if date_of_birth is not None:
        if date_of_birth > today:
            errors["date_of_birth"] = Message(
                QT_TRANSLATE_NOOP("messages", "The date of birth is in the future.")
            )
        elif age_on(date_of_birth, today) > MAX_AGE_YEARS:
            errors["date_of_birth"] = Message(
                QT_TRANSLATE_NOOP("messages", "That would make the patient older than {years}."),
                years=MAX_AGE_YEARS,
            )
    if phone.strip():
        count = len(digits(phone))
        if not _PHONE.match(phone.strip()) or not 6 <= count <= 17:
            errors["phone"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Use digits, spaces and an optional leading +, e.g. +44 20 7946 0958.",
                )
            )
    if email.strip() and not _EMAIL.match(email.strip()):
        errors["email"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "This does not look like an e-mail address (name@example.com)."
            )
        )
    return errors


def date_text_error(text: str, clinic_format: str = "dd/mm/yyyy") -> str | None:
    """Why a typed date cannot be used (a day that does not exist, or a wrong format), or
    None when it is empty or a real date."""
    text = text.strip()
    if not text or parse_date(text, clinic_format) is not None:
        return None
    if no_such_day(text, clinic_format):
        return Message(
            QT_TRANSLATE_NOOP("messages", "{text} does not exist: check the day and the month."),
            text=text,
        )
    example = format_date(date(1985, 3, 31), clinic_format)
    return Message(
        QT_TRANSLATE_NOOP("messages", "Type the date as {clinic_format}, for example {example}."),
        clinic_format=clinic_format,
        example=example,
    )

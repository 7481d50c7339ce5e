"""Numbers, volumes and dates written in the window's locale (QLocale's default).

Numeric dates follow the clinic's chosen date format (``DeskContext.format_date``); what
is written in words (months, weekdays) and every number (decimal point, grouping) follow
the locale the program started with (see ``mesodesk.ui.language``).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def decimal_text(value: Decimal | float, places: int = 2, *, trim: bool = True) -> str:
    """``value`` with ``places`` decimals, trailing zeros dropped unless ``trim`` is False:
    "2,5" (or "2,50") in French."""
    locale = QLocale()
    text = locale.toString(float(value), "f", places)
    point = locale.decimalPoint()
    if trim and point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def volume_text(value: Decimal | float, *, trim: bool = True) -> str:
    """A volume in millilitres: "2,5 ml" in French, "2.5 ml" in English (with ``trim``
    False always two decimals, "2,50 ml", for a column of figures)."""
    ml = decimal_text(value, 2, trim=trim)
    return QCoreApplication.translate("Units", "{ml} ml").format(ml=ml)


def dose_text(ml: Decimal, units: Decimal) -> str:
    """An injection's dose: "1,50 ml", "20 unités" or "1,50 ml + 20 unités" ("—" for none)."""
    parts = []
    if ml:
        parts.append(volume_text(ml, trim=False))
    if units:
        amount = decimal_text(units, 2)
        parts.append(QCoreApplication.translate("Units", "{n} units").format(n=amount))
    return " + ".join(parts) or "—"


def count_text(value: int) -> str:
    """A whole number grouped the locale's way: "12 345" in French, "12,345" in English."""
    return QLocale().toString(value)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """A day written out the locale's way: "mardi 31 mars 2026", "Dienstag, 31. März 2026"."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def _long_pattern() -> str:
    """The locale's long date pattern without the weekday ("d. MMMM yyyy" in German)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"^\s*dddd[,\s]*|[,\s]*dddd\s*$", "", pattern)


def long_date_no_weekday(day: date) -> str:
    """:func:`long_date` without the weekday: "31 mars 2026", "31. März 2026"."""
    return QLocale().toString(qdate(day), _long_pattern())


def day_before_month(day: date) -> str | None:
    """The day of the month as it stands before the month's name ("7." in German, "7" in
    French), for "7 – 13 December"; None where the month comes first (American English)."""
    pattern = _long_pattern()
    month = pattern.find("M")
    if month < 0 or "d" not in pattern[:month]:
        return None
    prefix = re.sub(r"\s*'[^']*'\s*$", "", pattern[:month]).strip()
    return QLocale().toString(qdate(day), prefix)


def day_month_year(day: date) -> str:
    """A date with its month in words, in the locale's language: "31 mars 2026"."""
    return QLocale().toString(qdate(day), "d MMM yyyy")


def clock_time(moment: datetime) -> str:
    """A time of day, 24-hour like the clinic's entry fields: "09:05"."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def date_format_hint(date_format: str) -> str:
    """The clinic's date format ("dd/mm/yyyy") as the window's language spells it
    ("jj/mm/aaaa" in French), for placeholders and messages."""
    return QCoreApplication.translate("DateFormat", date_format)


def date_time_hint(date_format: str) -> str:
    """A date and time's typing pattern, "jj/mm/aaaa hh:mm" in French."""
    time_hint = QCoreApplication.translate("DateFormat", "hh:mm")
    return f"{date_format_hint(date_format)} {time_hint}"


def locale_date(text: str) -> date | None:
    """``text`` read as the locale's short date with a four-digit year ("31.03.2026" in
    German, "3/31/2026" in American English), or None. Two-digit years are not guessed."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    day = locale.toDate(text.strip(), pattern)
    if not day.isValid():
        return None
    return date(day.year(), day.month(), day.day())


def locale_date_time(text: str) -> datetime | None:
    """``text`` as the locale's short date (four-digit year) and a 24-hour "HH:MM", or None."""
    parts = text.strip().rsplit(" ", 1)
    if len(parts) != 2:
        return None
    day = locale_date(parts[0])
    moment = QTime.fromString(parts[1].strip(), "H:mm")
    if day is None or not moment.isValid():
        return None
    return datetime(day.year, day.month, day.day, moment.hour(), moment.minute())

"""Core Messages rendered with QtCore: translated keys and QLocale formats (window and CLI)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator

from mesodesk.domain.messages import CONTEXT, Localize, Translate

__all__ = ["app_translate", "localizer", "translator_translate"]


def app_translate(key: str) -> str:
    """The installed translators' text for a message key (the key itself when none has it)."""
    return QCoreApplication.translate(CONTEXT, key)


def translator_translate(translator: QTranslator) -> Translate:
    """Look keys up in one translator, without an application object (the command line)."""

    def translate(key: str) -> str:
        return translator.translate(CONTEXT, key) or key

    return translate


def localizer(locale: QLocale | None = None) -> Localize:
    """Dates, times and decimal numbers as ``locale`` writes them (the default locale when
    None, read at each call); the "C" locale leaves the English text as it is."""

    def localize(value: object, spec: str) -> str | None:
        where = QLocale() if locale is None else locale
        if where.language() == QLocale.Language.C:
            return None
        short = QLocale.FormatType.ShortFormat
        if isinstance(value, datetime):
            day = QDate(value.year, value.month, value.day)
            at = QTime(value.hour, value.minute)
            return f"{where.toString(day, short)} {where.toString(at, short)}"
        if isinstance(value, date):
            return where.toString(QDate(value.year, value.month, value.day), short)
        if isinstance(value, time):
            return where.toString(QTime(value.hour, value.minute), short)
        if isinstance(value, float | Decimal) or (
            isinstance(value, int) and not isinstance(value, bool) and "," in spec
        ):
            marks = {".": where.decimalPoint(), ",": where.groupSeparator()}
            return "".join(marks.get(char, char) for char in format(value, spec))
        return None

    return localize

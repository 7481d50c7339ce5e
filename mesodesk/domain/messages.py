"""Translatable messages: an English template with named arguments, rendered late.

The core never translates (it imports no Qt); it says *what* to tell the user, and the window or
the command line renders it in the user's language. API (the whole of it)::

    from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message

    raise NotFound(
        Message(QT_TRANSLATE_NOOP("messages", "There is no patient with number {number}."),
                number=patient_id)
    )
    errors["phone"] = Message(QT_TRANSLATE_NOOP("messages", "Enter the phone number."))

- The key is the English text with ``str.format`` placeholders named by the keyword arguments.
  ``QT_TRANSLATE_NOOP("messages", key)`` returns ``key`` unchanged; it is there so that
  ``pyside6-lupdate`` extracts every key into the ``messages`` context of the .ts files (lupdate
  matches the call by its name, with exactly these two literal arguments: never a variable, never
  an f-string, never more arguments).
- A :class:`Message` *is* a ``str`` (its English rendering), so ``str(error)``, ``==`` against
  English text, ``"; ".join(...)`` keep working where an English line is wanted.
- Arguments keep their values (numbers, dates, Decimals): ``render(translate, localize)`` looks
  the key up with ``translate`` (e.g. ``QCoreApplication.translate("messages", key)``) and lets
  ``localize(value, spec)`` format values the user's way (QLocale); without them it is English.
- A Message may be an argument of another Message: it is rendered the same way. A value already
  written the English way (``"3 Dec 2026"``) is passed as ``Shown(english, value)``: English
  shows the text, a translated rendering gives ``localize`` the value.
- ``render(text, translate, localize)`` does the same for text that may be a plain str, and
  ``message_of(error)`` gives the Message an exception carries (its first argument), or wraps its
  plain text as an untranslated Message. tests/domain/test_messages.py fails when a raise or a
  field message in the core uses a plain or f-string text instead of a Message, and when a key's
  placeholders differ from its arguments.
- Rendering: ``services.describe.describe(error, translate, localize)`` (English by default);
  the window uses ``ui.widgets.inline_errors.describe`` / ``shown`` (``InlineErrors`` does it for
  field messages); the command line follows ``MESODESK_LANGUAGE`` (``cli/language.py``).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "CONTEXT",
    "QT_TRANSLATE_NOOP",
    "Localize",
    "Message",
    "Shown",
    "Translate",
    "message_of",
    "placeholders",
    "render",
]

CONTEXT = "messages"

# key -> translated template (the key itself when there is no translation)
Translate = Callable[[str], str]
# (value, format spec) -> the value as the user reads it, or None to format it as Python does
Localize = Callable[[object, str], str | None]


def QT_TRANSLATE_NOOP(context: str, key: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``key`` for extraction by pyside6-lupdate under ``context``; returns ``key``."""
    return key


class _Formatter(string.Formatter):
    """``str.format`` that renders nested Messages and lets ``localize`` format values."""

    def __init__(self, translate: Translate | None, localize: Localize | None) -> None:
        self.translate = translate
        self.localize = localize

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return format(value.render(self.translate, self.localize), format_spec)
        if isinstance(value, Shown):
            shown = None if self.localize is None else self.localize(value.value, format_spec)
            return format(str(value), format_spec) if shown is None else shown
        if self.localize is not None:
            shown = self.localize(value, format_spec)
            if shown is not None:
                return shown
        return str(super().format_field(value, format_spec))


class Message(str):
    """A user-facing message: ``key`` (English template) plus ``args``; the str is its English."""

    key: str
    args: Mapping[str, object]

    def __new__(cls, key: str, /, **args: object) -> Message:
        self = super().__new__(cls, _Formatter(None, None).vformat(key, (), args))
        self.key = key
        self.args = args
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:
        return (self.key,), dict(self.args)

    def render(self, translate: Translate | None = None, localize: Localize | None = None) -> str:
        """The message in the user's language: English when ``translate`` is None."""
        template = self.key
        if translate is not None:
            template = translate(self.key) or self.key
        formatter = _Formatter(translate, localize)
        try:
            return formatter.vformat(template, (), self.args)
        except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
            return _Formatter(None, localize).vformat(self.key, (), self.args)

    def placeholders(self) -> set[str]:
        """The names of the key's placeholders."""
        return placeholders(self.key)

    def __repr__(self) -> str:
        return f"Message({self.key!r}, {dict(self.args)!r})"


class Shown(str):
    """A value already written the English way (``"3 Dec 2026"``) that keeps the value itself,
    so that a translated rendering formats the value the user's way instead."""

    value: object

    def __new__(cls, english: str, value: object) -> Shown:
        self = super().__new__(cls, english)
        self.value = value
        return self

    def __getnewargs__(self) -> tuple[str, object]:  # type: ignore[override]
        return str(self), self.value


def placeholders(key: str) -> set[str]:
    """The placeholder names of a template (``{name}``, ``{name!r}``, ``{name:.1f}``)."""
    names = set()
    for _text, field, _spec, _conversion in string.Formatter().parse(key):
        if field is not None:
            names.add(field.split(".")[0].split("[")[0])
    return names


def render(text: str, translate: Translate | None = None, localize: Localize | None = None) -> str:
    """``text`` in the user's language when it is a Message; plain text as it is."""
    return text.render(translate, localize) if isinstance(text, Message) else str(text)


def message_of(error: BaseException) -> Message:
    """The Message an error carries, or its plain text as an (untranslated) Message."""
    first = error.args[0] if len(error.args) == 1 else None
    if isinstance(first, Message):
        return first
    text = str(error)
    return Message("{text}", text=text)

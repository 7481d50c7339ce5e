"""The languages patient sheets are printed in, and how a sheet's language is chosen."""

from __future__ import annotations

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message

ENGLISH = "en"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "de": "Deutsch",
}
"""Code (ISO 639-1) → the language's own name, as a patient would recognise it."""
ENGLISH_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "de": "German",
}


def language_problem(code: str | None) -> str | None:
    """Why ``code`` is no sheet language, or None (None itself means "the clinic's")."""
    if code is None or code in LANGUAGES:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "messages", "Sheets are printed in {known}; {code!r} is not one of them."
        ),
        known=", ".join(LANGUAGES),
        code=code,
    )


def normalise_language(code: str | None) -> str | None:
    """A stored language code: lower case, "" → None."""
    if code is None:
        return None
    code = code.strip().lower()
    return code or None


def sheet_language(patient_language: str | None, clinic_language: str | None) -> str:
    """The language a patient's sheet prints in: the patient's own, else the clinic's,
    else English (a language the texts always exist in)."""
    for code in (patient_language, clinic_language):
        if code in LANGUAGES:
            return code
    return ENGLISH


def stored_key(key: str, language: str) -> str:
    """How a text's key is stored for ``language``: English texts keep their key
    ("general"), the others carry the language ("general@fr"), so each language numbers its
    own versions."""
    return key if language == ENGLISH else f"{key}@{language}"


def split_key(stored: str) -> tuple[str, str]:
    """``stored_key`` undone: ("general", "fr") from "general@fr"."""
    key, _, language = stored.partition("@")
    return key, language or ENGLISH

"""The command line's language: English, unless MESODESK_LANGUAGE names a shipped translation."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from mesodesk.domain.messages import Localize, Translate

ENV = "MESODESK_LANGUAGE"
"""``MESODESK_LANGUAGE=fr`` (or ``fr_FR``, ``de_DE.UTF-8`` ...) prints errors in that language."""


def candidates(value: str) -> list[str]:
    """``fr_FR.UTF-8`` -> ``["fr_FR", "fr"]``: the .qm names to look for, most precise first."""
    name = value.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not name or name in ("C", "POSIX"):
        return []
    return list(dict.fromkeys([name, name.split("_")[0].lower()]))


def translations_dir() -> Path | None:
    from mesodesk.paths import resource_path

    try:
        return resource_path("translations")
    except FileNotFoundError:
        return None


@cache
def renderer(
    value: str, folder: Path | None = None
) -> tuple[Translate, Localize] | tuple[None, None]:
    """The translate and localize functions for a language, or (None, None) for English
    (asked for, or no ``mesodesk_<lang>.qm`` shipped for it)."""
    folder = folder if folder is not None else translations_dir()
    if folder is None:
        return None, None
    for name in candidates(value):
        qm = folder / f"mesodesk_{name}.qm"
        if qm.is_file():
            from PySide6.QtCore import QLocale, QTranslator

            from mesodesk.qt_messages import localizer, translator_translate

            translator = QTranslator()
            if translator.load(str(qm)):
                return translator_translate(translator), localizer(QLocale(name))
    return None, None


def describe(error: BaseException, environ: Mapping[str, str] | None = None) -> str:
    """The error's one line, in the language the environment asks for (English by default)."""
    from mesodesk.services.describe import describe as describe_error

    wanted = (os.environ if environ is None else environ).get(ENV, "")
    if not wanted:
        return describe_error(error)
    try:
        translate, localize = renderer(wanted)
    except ImportError:  # Qt is missing from a broken install: the English line still helps
        return describe_error(error)
    return describe_error(error, translate, localize)

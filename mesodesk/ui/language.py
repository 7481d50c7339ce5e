"""The window's language: mesodesk's and Qt's own translations, and the locale for formats.

The clinic chooses the language in the settings (``ui.language``: "system" or a language
code); "system" follows the computer's language. A language mesodesk has no translation
for shows the window in English, with the computer's locale still used for dates and
numbers. The choice takes effect when the program starts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mesodesk.paths import resource_path
from mesodesk.services.settings import UI_LANGUAGES, ui_language

if TYPE_CHECKING:
    from mesodesk.services.database import Database

_LANGUAGES = {
    "en": QLocale.Language.English,
    "fr": QLocale.Language.French,
    "es": QLocale.Language.Spanish,
    "it": QLocale.Language.Italian,
    "de": QLocale.Language.German,
}
_installed: list[QTranslator] = []


def translation_file(language: str) -> Path | None:
    """mesodesk's compiled translation for ``language`` ("fr"), or None when there is none."""
    try:
        path = resource_path("translations", f"mesodesk_{language}.qm")
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def qt_translations_dir() -> Path:
    """Where Qt's own translations (qtbase_*.qm) are: Qt's folder, or the one PySide6 ships."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not any(folder.glob("qtbase_*.qm")):
        import PySide6

        folder = Path(PySide6.__file__).parent / "Qt" / "translations"
    return folder


def chosen_locale(setting: str, system: QLocale | None = None) -> QLocale:
    """The locale for ``setting`` ("system" or a language code).

    "system" is the computer's locale. A language keeps the computer's country when it
    speaks that language (fr on a Belgian computer is fr_BE), else its main country.
    """
    system = system if system is not None else QLocale.system()
    language = _LANGUAGES.get(setting)
    if setting == "system" or language is None:
        return system
    if system.language() == language:
        return system
    return QLocale(language)


def window_language(locale: QLocale) -> str:
    """The code of the language the window shows for ``locale``: a shipped one, else "en"."""
    code = locale.name().split("_")[0]
    if code != "en" and code in UI_LANGUAGES and translation_file(code) is not None:
        return code
    return "en"


def apply_language(setting: str, *, system: QLocale | None = None) -> str:
    """Install the translations and default locale for ``setting``; the language shown.

    Replaces what an earlier call installed, so it may be called again once the clinic's
    choice is read from the database. Widgets made before keep their texts.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs the application to exist")
    locale = chosen_locale(setting, system)
    language = window_language(locale)
    remove_translations()
    QLocale.setDefault(locale)
    if language == "en":
        return language
    ours = translation_file(language)
    for folder, name in (
        (ours.parent if ours else None, f"mesodesk_{language}"),
        (qt_translations_dir(), f"qtbase_{language}"),
    ):
        if folder is None:
            continue
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    return language


def apply_clinic_language(db: Database) -> str:
    """At start, once the database is open: the clinic's choice (``ui.language``) applied.

    A setting that cannot be read keeps the computer's language, said on stderr.
    """
    try:
        setting = ui_language(db)
    except Exception as error:  # the desk still opens, in the computer's language
        print(f"mesodesk: warning: the language setting was not read: {error}", file=sys.stderr)
        setting = "system"
    return apply_language(setting)


def remove_translations() -> None:
    """Take back the translators :func:`apply_language` installed (the window is English)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()

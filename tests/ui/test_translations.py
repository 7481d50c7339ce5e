"""The window's translations: in step with the sources, complete, compiled, loaded at start,
and the locale followed by numbers, volumes and dates."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import tomllib
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMenuBar
from pytestqt.qtbot import QtBot

from mesodesk.domain import checklist, photos
from mesodesk.domain import templates as text_domain
from mesodesk.domain.enums import SessionStatus, Technique
from mesodesk.domain.injection_map import MarkKind, Side
from mesodesk.services import settings as settings_service
from mesodesk.store.engine import Database, url_for_path
from mesodesk.ui import language
from mesodesk.ui.widgets.decimal_spin import DecimalSpinBox
from tests.factories import ACTOR, Clinic, make_clinic

ROOT = Path(__file__).resolve().parents[2]
French = QLocale.Language.French


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


tool = _tool()
SHIPPED = tool.shipped_languages()


@pytest.fixture
def locale_restored(qapp: Any) -> Iterator[None]:
    """Whatever a test sets (default locale, translators) is undone after it."""
    before = QLocale()
    yield
    language.remove_translations()
    QLocale.setDefault(before)


@pytest.fixture
def french(locale_restored: None) -> None:
    QLocale.setDefault(QLocale(French))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every message lupdate finds in the sources today."""
    fresh = tool.ts_path("fr", tmp_path_factory.mktemp("lupdate"))
    tool.lupdate([fresh])
    return {(m.context, m.source) for m in tool.messages(fresh)}


# --- (a) the shipped .ts files are in step with the sources --------------------------------


def test_the_four_languages_are_shipped() -> None:
    assert SHIPPED == ["fr", "es", "it", "de"]


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_translatable_string_is_in_the_shipped_ts(
    lang: str, extracted: set[tuple[str, str]]
) -> None:
    shipped = {(m.context, m.source) for m in tool.messages(tool.ts_path(lang))}
    new = sorted(extracted - shipped)
    gone = sorted(shipped - extracted)
    assert not new, f"not in mesodesk_{lang}.ts (python tools/translations.py update): {new}"
    assert not gone, f"no longer in the sources (python tools/translations.py update): {gone}"


def _calls() -> Iterator[tuple[Path, ast.Call]]:
    for path in sorted((ROOT / "mesodesk" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                yield path, node


def test_every_literal_given_to_tr_or_translate_is_extracted(
    extracted: set[tuple[str, str]],
) -> None:
    """A helper lupdate does not know (``_tr``), ``window.tr``, a literal nested in an
    f-string: each leaves a string the translators never see."""
    sources = {source for _context, source in extracted}
    unseen = []
    for path, call in _calls():
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and call.args:
            text = call.args[0]
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2:
            text = call.args[1]
        else:
            continue
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            if text.value not in sources:
                unseen.append(f"{path.relative_to(ROOT)}:{call.lineno}: {text.value!r}")
    assert not unseen


def test_tr_is_called_on_self_only() -> None:
    """``other.tr(...)`` is looked up under other's class at run time, and lupdate records
    the variable's name as the context: use ``QCoreApplication.translate("Context", ...)``."""
    wrong = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path, call in _calls()
        if isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
        and not (isinstance(call.func.value, ast.Name) and call.func.value.id == "self")
    ]
    assert not wrong


def test_no_message_lacks_a_context(extracted: set[tuple[str, str]]) -> None:
    """A bare ``tr("...")`` helper at module level is extracted with no context, and looked
    up under another at run time: it is never translated."""
    assert not sorted(source for context, source in extracted if not context)


def test_the_cores_fixed_labels_are_extracted_where_the_window_looks_them_up(
    extracted: set[tuple[str, str]],
) -> None:
    regions = tomllib.loads((ROOT / "resources" / "diagrams" / "regions.toml").read_text("utf-8"))
    diagrams = [d["name"] for d in regions["diagram"]]
    wanted = {
        "SessionStatus": [s.label for s in SessionStatus],
        "Technique": [t.label for t in Technique],
        "Side": [s.label for s in Side],
        "MarkKind": [k.label for k in MarkKind],
        "Diagram": diagrams,
        "PhotoView": list(photos.VIEW_LABELS.values()),
        "ChecklistPanel": [item.label for item in checklist.ITEMS],
        "TemplatePage": list(text_domain.SECTION_LABELS.values()),
        "OldVersionPane": list(text_domain.SECTION_LABELS.values()),
    }
    missing = [
        (context, label)
        for context, labels in wanted.items()
        for label in labels
        if (context, label) not in extracted
    ]
    assert not missing, "add them to mesodesk/ui/labels.py"


# --- (b) complete translations keeping placeholders and accelerators ------------------------

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")


def _accelerated(text: str) -> bool:
    return bool(re.search(r"&[^&\s]", text.replace("&&", "")))


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_message_is_translated_keeping_placeholders_and_accelerators(lang: str) -> None:
    problems = []
    for m in tool.messages(tool.ts_path(lang)):
        where = f"[{m.context}] {m.source!r}"
        if not m.finished:
            problems.append(f"unfinished: {where}")
            continue
        for text in m.translations:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(m.source)):
                problems.append(f"placeholders differ: {where} -> {text!r}")
            if _accelerated(m.source) and not _accelerated(text):
                problems.append(f"accelerator lost: {where} -> {text!r}")
        if m.numerus and not any("%n" in text for text in m.translations):
            problems.append(f"%n lost: {where}")
    assert not problems


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_add_no_shortcut_clash_within_a_context(lang: str) -> None:
    """Within one dialog or menu (a context), a translation gives no more entries the same
    shortcut letter than the English does."""
    by_context: dict[str, list[Any]] = {}
    for m in tool.messages(tool.ts_path(lang)):
        by_context.setdefault(m.context, []).append(m)
    clashes = []
    for context, found in by_context.items():
        english = [_letter(m.source) for m in found if _letter(m.source)]
        shown = [_letter(m.translations[0]) for m in found if m.translations]
        shown = [letter for letter in shown if letter]
        if len(shown) - len(set(shown)) > len(english) - len(set(english)):
            clashes.append((context, sorted({x for x in shown if shown.count(x) > 1})))
    assert not clashes


# --- (c) the committed .qm files are what lrelease makes of the .ts -------------------------


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_committed_qm_is_in_step_with_its_ts(lang: str) -> None:
    assert not tool.stale_qm(lang), "run: python tools/translations.py release"


def test_the_program_finds_its_translations_and_qts_own() -> None:
    for lang in SHIPPED:
        found = language.translation_file(lang)
        assert found is not None and found.suffix == ".qm"
        assert (language.qt_translations_dir() / f"qtbase_{lang}.qm").is_file()
    assert language.translation_file("en") is None


def test_the_build_recipe_ships_the_translations() -> None:
    spec = (ROOT / "packaging" / "mesodesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "mesodesk/_data/resources")' in spec
    assert (ROOT / "resources" / "translations" / "mesodesk_fr.qm").is_file()


# --- (d) starting under French ----------------------------------------------------------------


def _menu_titles(window: Any) -> list[str]:
    bar = window.findChild(QMenuBar)
    assert bar is not None
    return [action.text() for action in bar.actions()]


def test_a_clinic_set_to_french_starts_with_a_french_window(
    qtbot: QtBot, db_path: Path, db: Database, locale_restored: None
) -> None:
    from mesodesk.app import open_main_window

    make_clinic(db)
    settings_service.put(db, settings_service.UI_LANGUAGE_KEY, "fr", actor=ACTOR)
    assert language.apply_clinic_language(db) == "fr"
    assert QLocale().language() == French
    window = open_main_window(url_for_path(db_path), user=ACTOR.login)
    qtbot.addWidget(window)
    try:
        titles = _menu_titles(window)
        assert "&Fichier" in titles
        assert "&Séances" in titles
        assert "&File" not in titles
    finally:
        window.db.dispose()


def test_the_system_language_is_followed_and_english_when_there_is_no_translation(
    qapp: Any, locale_restored: None
) -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Austria)
    assert language.apply_language("system", system=german) == "de"
    assert QLocale().name() == "de_AT"
    polish = QLocale(QLocale.Language.Polish)
    assert language.apply_language("system", system=polish) == "en"
    assert QLocale().language() == QLocale.Language.Polish  # numbers still the Polish way
    assert language.apply_language("fr", system=polish) == "fr"
    assert QLocale().name() == "fr_FR"
    belgian = QLocale(French, QLocale.Country.Belgium)
    assert language.apply_language("fr", system=belgian) == "fr"
    assert QLocale().name() == "fr_BE"
    assert language.apply_language("en", system=belgian) == "en"


def test_the_language_is_chosen_on_the_clinic_tab_and_saved(
    qtbot: QtBot, ctx: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox

    from mesodesk.ui.dialogs.settings import SettingsDialog

    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    dialog = SettingsDialog(ctx, tab="clinic")
    qtbot.addWidget(dialog)
    dialog.show()
    chooser = dialog.findChild(QComboBox, "uiLanguage")
    assert chooser is not None and chooser.currentData() == "system"
    note = dialog.findChild(QLabel, "uiLanguageNote")
    assert note is not None and "next time" in note.text()
    chooser.setFocus()
    qtbot.keyClicks(chooser, "Fr")  # keyboard only: the first item starting so
    assert chooser.currentData() == "fr"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert settings_service.ui_language(db) == "fr"


# --- (3) the locale in numbers, volumes and dates --------------------------------------------


def test_a_volume_box_shows_and_takes_the_french_decimal_comma(qtbot: QtBot, french: None) -> None:
    box = DecimalSpinBox()
    qtbot.addWidget(box)
    box.setDecimals(2)
    box.setRange(0, 50)
    box.setValue(2.5)
    assert box.text() == "2,5"
    for typed in ("2,5", "2.5"):  # a keypad's "." is the decimal point too, never 25
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, typed)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert box.value() == 2.5
        assert box.text() == "2,5"


def test_a_volume_box_in_english_keeps_the_point(qtbot: QtBot, locale_restored: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    box = DecimalSpinBox()
    qtbot.addWidget(box)
    box.setDecimals(2)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "0,75")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 0.75
    assert box.text() == "0.75"


def test_the_session_editors_volume_is_french(
    qtbot: QtBot, ctx: Any, clinic: Clinic, french: None
) -> None:
    from mesodesk.ui.dialogs.session_editor import SessionEditor

    editor = SessionEditor(ctx, clinic.patient)
    qtbot.addWidget(editor)
    volume = editor.findChild(DecimalSpinBox, "lineVolume")
    assert volume is not None
    volume.setValue(1.25)
    assert volume.text() == "1,25"


def test_lists_write_volumes_counts_and_dates_the_french_way(french: None) -> None:
    from mesodesk.ui.locale_format import count_text, day_month_year, volume_text
    from mesodesk.ui.models.sessions import COL_DATE, COL_VOLUME, SessionTableModel
    from mesodesk.ui.pages.calendar.text import long_day

    assert volume_text(Decimal("2.50")) == "2,5 ml"
    assert count_text(12345) == "12\u202f345"
    assert day_month_year(date(2026, 3, 31)) == "31 mars 2026"
    assert long_day(date(2026, 3, 31)) == "mardi 31 mars 2026"
    model = SessionTableModel()
    row = _summary(datetime(2026, 3, 31, 9, 5), Decimal("3.5"))
    assert model.display_text(row, COL_VOLUME) == "3,50 ml"
    assert model.display_text(row, COL_DATE) == "31/03/2026 09:05"


def _summary(starts_at: datetime, volume: Decimal) -> Any:
    from mesodesk.services.dto import SessionSummary

    return SessionSummary(1, 1, "Dupont, Marie", starts_at, "done", "Dr Test", "", "", volume)


def test_date_fields_also_read_the_locales_short_date(qtbot: QtBot, locale_restored: None) -> None:
    from mesodesk.ui.widgets.date_fields import DateField, DateTimeField

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    field = DateField("mm/dd/yyyy", None, "born")
    qtbot.addWidget(field)
    for typed, wanted in (("03/31/2026", date(2026, 3, 31)), ("31.03.2026", date(2026, 3, 31))):
        field.edit.setText(typed)
        assert field.value() == wanted, typed
    field.edit.setText("31.02.2026")
    assert field.problem()  # no such day, in either form
    moment = DateTimeField("mm/dd/yyyy", None, "when")
    qtbot.addWidget(moment)
    moment.edit.setText("31.03.2026 14:30")
    assert moment.value() == datetime(2026, 3, 31, 14, 30)


# --- (e) the setting, in the core ----------------------------------------------------------


def test_the_language_setting_round_trips_and_is_checked(db: Database, clinic: Clinic) -> None:
    from mesodesk.services.errors import ValidationFailed

    assert settings_service.ui_language(db) == "system"
    for value in ("fr", "es", "it", "de", "en", "system"):
        settings_service.put(db, settings_service.UI_LANGUAGE_KEY, value, actor=ACTOR)
        assert settings_service.ui_language(db) == value
    for bad in ("xx", "", None, 1, "FR"):
        with pytest.raises(ValidationFailed) as refused:
            settings_service.put(db, settings_service.UI_LANGUAGE_KEY, bad, actor=ACTOR)
        assert settings_service.UI_LANGUAGE_KEY in refused.value.errors
    assert settings_service.ui_language(db) == "system"


def test_typing_patterns_are_spelled_in_the_windows_language(
    qtbot: QtBot, locale_restored: None
) -> None:
    from mesodesk.ui.widgets.date_fields import DateField, DateTimeField

    assert language.apply_language("fr") == "fr"
    field = DateField("dd/mm/yyyy", None, "born", messages=True)
    qtbot.addWidget(field)
    assert field.edit.placeholderText() == "jj/mm/aaaa"
    field.edit.setText("32")
    assert field.problem() == "Saisissez la date au format jj/mm/aaaa."
    field.edit.setText("31/03/2026")
    assert field.value() == date(2026, 3, 31)
    moment = DateTimeField("dd.mm.yyyy", None, "when")
    qtbot.addWidget(moment)
    assert moment.edit.placeholderText() == "jj.mm.aaaa hh:mm"


def test_doses_on_the_injection_map_are_written_in_french(locale_restored: None) -> None:
    from mesodesk.ui.locale_format import dose_text

    language.apply_language("fr")
    assert dose_text(Decimal("1.5"), Decimal("20")) == "1,50 ml + 20 unités"
    assert dose_text(Decimal(0), Decimal("2.5")) == "2,5 unités"
    assert dose_text(Decimal(0), Decimal(0)) == "—"


def test_long_dates_and_week_titles_follow_the_locale(locale_restored: None) -> None:
    from mesodesk.ui.locale_format import long_date
    from mesodesk.ui.pages.calendar.text import range_caption

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert long_date(date(2026, 3, 31)) == "Dienstag, 31. März 2026"
    assert range_caption(date(2026, 12, 7), 7, date(2026, 1, 1)).startswith(
        "7. – 13. Dezember 2026"
    )
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert range_caption(date(2026, 12, 7), 7, date(2026, 1, 1)).startswith(
        "December 7, 2026 – December 13, 2026"
    )


def test_column_widths_saved_in_english_still_show_the_french_titles(
    qtbot: QtBot, db: Database, locale_restored: None
) -> None:
    """A clinic that switches to French keeps its saved column widths, widened where a
    French title would be cut off ("Date de naissance" is longer than "Date of birth")."""
    from PySide6.QtCore import QSettings

    from mesodesk.ui.context import DeskContext
    from mesodesk.ui.models.patients import COL_BIRTH
    from mesodesk.ui.pages.patients import HEADER_KEY, PatientsPage

    ctx = DeskContext(db, user=ACTOR)
    english = PatientsPage(ctx)
    qtbot.addWidget(english)
    header = english.table.horizontalHeader()
    header.resizeSection(COL_BIRTH, header.sectionSizeHint(COL_BIRTH))  # just its title
    english.save_header()
    english.close()
    try:
        assert language.apply_language("fr") == "fr"
        french_page = PatientsPage(ctx)
        qtbot.addWidget(french_page)
        header = french_page.table.horizontalHeader()
        title = french_page.model.headerData(COL_BIRTH, Qt.Orientation.Horizontal)
        assert title == "Date de naissance"
        assert header.sectionSize(COL_BIRTH) >= header.sectionSizeHint(COL_BIRTH)
    finally:
        QSettings().remove(HEADER_KEY)

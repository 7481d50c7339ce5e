"""The patients page, driven with the keyboard through its real widgets."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mesodesk.services.dto import PatientInput, PatientRecord
from mesodesk.services.patients import archive_patient, count_patients, create_patient
from mesodesk.store.engine import Database
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.patient_editor import PatientEditor
from mesodesk.ui.models.patients import COL_FAMILY, COL_GIVEN
from mesodesk.ui.pages.patients import HEADER_KEY, PatientsPage
from tests.factories import ACTOR

ROOT = Path(__file__).resolve().parents[2]

DEMO_PATIENTS = [
    ("Hélène", "Dupont", date(1984, 3, 9), "+33 6 12 34 56 78"),
    ("Jürgen", "Müller", date(1969, 11, 23), "+49 30 901820"),
    ("Zoë", "Ødegaard", date(1991, 6, 2), "+47 22 33 44 55"),
    ("Ana", "Silva", date(1978, 1, 15), "+351 912 345 678"),
    ("João", "Gonçalves", date(1985, 7, 30), "+351 213 456 789"),
    ("Çağla", "Yılmaz", date(1993, 4, 18), "+90 212 555 0101"),
    ("Ewa", "Kowalska", date(1975, 9, 5), "+48 22 123 45 67"),
    ("Søren", "Kierkegård", date(1962, 5, 5), "+45 33 12 34 56"),
    ("Mária", "Horváth", date(1988, 12, 12), "+36 1 234 5678"),
    ("Łukasz", "Wiśniewski", date(1990, 2, 28), "+48 601 234 567"),
    ("Renée", "Lefèvre", date(1971, 8, 19), "01 42 68 53 00"),
    ("Ines", "Fernández", date(1982, 10, 1), "+34 912 345 678"),
    ("Björn", "Åström", date(1966, 3, 3), "+46 8 123 456 78"),
    ("Chloé", "Bérard", date(1999, 11, 11), "06 98 76 54 32"),
    ("Aoife", "Ní Bhriain", date(1987, 6, 21), "+353 1 234 5678"),
    ("Dmitri", "Ivanov", date(1979, 4, 4), "+7 495 123 4567"),
    ("Giulia", "Rossi", date(1994, 1, 9), "+39 06 1234 5678"),
    ("Nguyễn", "Thị Lan", date(1983, 8, 8), "+84 24 3825 1234"),
    ("Fatima", "El Amrani", date(1986, 12, 1), "+212 522 123 456"),
    ("Priya", "Raghunathan", date(1992, 9, 17), "+91 22 2345 6789"),
    ("Olga", "Nováková", date(1974, 7, 7), "+420 222 123 456"),
    ("François", "Lemaître", date(1968, 2, 14), "04 91 23 45 67"),
    ("Siobhán", "O'Connor", date(1997, 3, 17), "+353 21 456 7890"),
    ("Kateřina", "Dvořáková", date(1981, 5, 25), "+420 603 123 456"),
    ("Ahmet", "Öztürk", date(1977, 10, 29), "+90 312 555 0199"),
    ("Leïla", "Benali", date(1995, 4, 30), "06 11 22 33 44"),
    ("Mateo", "Núñez", date(1989, 6, 6), "+34 654 321 987"),
    ("Eleni", "Papadopoulou", date(1973, 12, 25), "+30 21 0123 4567"),
    ("Ingrid", "Bjørnstad", date(1964, 8, 30), "+47 912 34 567"),
    ("Hanna", "Müller-Lüdenscheidt", date(2001, 1, 1), "+49 221 123456"),
]


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real QMessageBox would block the test run; the guard's answer here is Discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _add(db: Database, given: str, family: str, **kwargs: Any) -> PatientRecord:
    return create_patient(db, PatientInput(given, family, **kwargs), actor=ACTOR)


def _page(qtbot: QtBot, ctx: DeskContext) -> PatientsPage:
    page = PatientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _families(page: PatientsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, COL_FAMILY)) for r in range(model.rowCount())]


def test_typing_a_query_finds_accented_names(qtbot: QtBot, ctx: DeskContext, db: Database) -> None:
    _add(db, "Hélène", "Dupont")
    _add(db, "Jürgen", "Müller")
    _add(db, "Ana", "Silva", date_of_birth=date(1978, 1, 15), phone="+351 912 345 678")
    page = _page(qtbot, ctx)
    search = page.findChild(type(page.search), "patientSearch")
    assert search is page.search
    assert "phone" in search.placeholderText() and "date of birth" in search.placeholderText()
    assert page.findChild(type(page.table), "patientList") is page.table
    assert page.model.rowCount() == 3 and page.stack.currentWidget() is page.table

    qtbot.keyClicks(search, "helene")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, COL_GIVEN)) == "Hélène"
    assert page.status.text() == "1 patient matches"

    search.clear()
    qtbot.keyClicks(search, "MULLER")
    qtbot.waitUntil(lambda: _families(page) == ["Müller"])

    search.clear()
    qtbot.keyClicks(search, "15/01/1978")
    qtbot.waitUntil(lambda: _families(page) == ["Silva"])

    search.clear()
    qtbot.keyClicks(search, "912 345")
    qtbot.waitUntil(lambda: _families(page) == ["Silva"])


def test_archived_patients_show_only_when_asked(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    _add(db, "Ana", "Silva")
    gone = _add(db, "Hélène", "Dupont")
    archive_patient(db, gone.id, "moved abroad", actor=ACTOR)
    page = _page(qtbot, ctx)
    assert _families(page) == ["Silva"]
    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    assert _families(page) == ["Dupont (archived)", "Silva"]
    qtbot.keyClicks(page.search, "dupont")
    qtbot.waitUntil(lambda: _families(page) == ["Dupont (archived)"])
    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0


def test_empty_states_tell_the_user_what_to_do(
    qtbot: QtBot, ctx: DeskContext, db: Database, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx)
    assert page.stack.currentWidget() is page.empty_state
    assert page.empty_state.isVisible() and not page.table.isVisible()
    assert page.empty_title.text() == "No patients yet"
    assert "Press Ctrl+N to add the first patient" in page.empty_hint.text()
    _screenshot(page, tmp_path, "patients_page_empty.png")

    # A new patient saved anywhere reaches the page through the bus.
    ana = _add(db, "Ana", "Silva")
    bus().changed.emit("patient")
    assert page.stack.currentWidget() is page.table and _families(page) == ["Silva"]

    qtbot.keyClicks(page.search, "zzyzx")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty_state)
    assert "zzyzx" in page.empty_title.text() and "No patient matches" in page.empty_title.text()
    hint = page.empty_hint.text()
    assert "name" in hint and "dd/mm/yyyy" in hint and "phone" in hint
    assert "Show archived" in hint
    _screenshot(page, tmp_path, "patients_page_no_match.png")

    archive_patient(db, ana.id, "moved", actor=ACTOR)
    page.search.clear()
    page.refresh()
    assert page.empty_title.text() == "All patients are archived"
    assert "Show archived" in page.empty_hint.text()


def test_keyboard_find_move_and_open(qtbot: QtBot, ctx: DeskContext, db: Database) -> None:
    silva = _add(db, "Ana", "Silva")
    helene = _add(db, "Hélène", "Dupont")
    muller = _add(db, "Jürgen", "Müller")
    page = _page(qtbot, ctx)

    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)

    # Down from the search box moves into the list, on the first row.
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.waitUntil(page.table.hasFocus)
    assert page.current_patient_id() == helene.id
    with qtbot.waitSignal(page.patientActivated) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [helene.id]

    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_patient_id() == muller.id
    with qtbot.waitSignal(page.patientActivated) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    assert opened.args == [muller.id]

    # Typing in the list goes on searching; Enter in the box opens the highlighted result.
    qtbot.keyClicks(page.table, "sil")
    assert page.search.hasFocus() and page.search.text() == "sil"
    with qtbot.waitSignal(page.patientActivated) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [silva.id]
    assert page.search.hasFocus() and _families(page) == ["Silva"]

    # Double-click opens as well.
    rect = page.table.visualRect(page.model.index(0, COL_GIVEN))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.patientActivated) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [silva.id]


def test_new_patient_is_saved_selected_and_opened(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    _add(db, "Ana", "Silva")
    page = _page(qtbot, ctx)
    editor = page.new_patient()
    assert isinstance(editor, PatientEditor) and editor.objectName() == "patientEditor"
    qtbot.waitExposed(editor)
    assert page.new_patient() is editor  # a second Ctrl+N brings the same dialog forward
    qtbot.keyClicks(editor.given_name, "Marta")
    qtbot.keyClicks(editor.family_name, "Almeida")
    with qtbot.waitSignal(page.patientActivated) as opened:
        qtbot.keyClick(editor.family_name, Qt.Key.Key_Return)
    new_id = opened.args[0]
    assert count_patients(db, actor=ACTOR) == 2
    assert page.current_patient_id() == new_id
    assert _families(page) == ["Almeida", "Silva"]


def test_new_patient_far_down_the_list_narrows_the_search(
    qtbot: QtBot, ctx: DeskContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With tiny pages the new patient is not on the first page of the unfiltered list.
    monkeypatch.setattr("mesodesk.ui.models.patients.PAGE_SIZE", 2)
    for family in ("Abel", "Bauer", "Costa", "Diaz", "Evans"):
        _add(db, "Ann", family)
    page = _page(qtbot, ctx)
    editor = page.new_patient()
    qtbot.keyClicks(editor.given_name, "Zoe")
    qtbot.keyClicks(editor.family_name, "Zimmer")
    with qtbot.waitSignal(page.patientActivated) as opened:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert page.search.text() == "Zimmer Zoe"
    assert page.current_patient_id() == opened.args[0]


def test_refresh_keeps_the_selection(qtbot: QtBot, ctx: DeskContext, db: Database) -> None:
    _add(db, "Ana", "Silva")
    muller = _add(db, "Jürgen", "Müller")
    page = _page(qtbot, ctx)
    assert page.select_patient(muller.id)
    _add(db, "Aaron", "Aalto")
    page.refresh()
    assert _families(page) == ["Aalto", "Müller", "Silva"]
    assert page.current_patient_id() == muller.id


def test_a_closed_page_no_longer_listens(qtbot: QtBot, ctx: DeskContext, db: Database) -> None:
    page = _page(qtbot, ctx)
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))
    _add(db, "Ana", "Silva")
    bus().changed.emit("patient")  # must not reach the deleted page


def test_a_hidden_page_refreshes_when_shown_again(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    page = _page(qtbot, ctx)
    page.hide()
    _add(db, "Ana", "Silva")
    bus().changed.emit("patient")
    assert page.model.rowCount() == 0  # no query while nobody looks
    page.show()
    assert _families(page) == ["Silva"]


def test_column_widths_are_remembered(qtbot: QtBot, ctx: DeskContext) -> None:
    page = _page(qtbot, ctx)
    page.table.horizontalHeader().resizeSection(COL_FAMILY, 321)
    qtbot.waitUntil(lambda: QSettings().value(HEADER_KEY) is not None)
    page.close()
    again = _page(qtbot, ctx)
    assert again.table.horizontalHeader().sectionSize(COL_FAMILY) == 321
    QSettings().remove(HEADER_KEY)


def test_hiding_the_page_writes_the_columns_only_when_they_changed(
    qtbot: QtBot, ctx: DeskContext
) -> None:
    page = _page(qtbot, ctx)
    header = page.table.horizontalHeader()
    header.resizeSection(COL_FAMILY, 250)
    page.hide()  # as when a chart opens
    first = QSettings().value(HEADER_KEY)
    assert isinstance(first, QByteArray)
    QSettings().setValue(HEADER_KEY, "sentinel")
    page.show()
    page.hide()  # nothing changed: the stored value is left alone
    assert QSettings().value(HEADER_KEY) == "sentinel"
    page.show()
    header.resizeSection(COL_FAMILY, 300)
    page.hide()
    page.close()
    again = _page(qtbot, ctx)
    assert again.table.horizontalHeader().sectionSize(COL_FAMILY) == 300
    QSettings().remove(HEADER_KEY)


def test_screenshot_with_demo_patients(
    qtbot: QtBot, ctx: DeskContext, db: Database, tmp_path: Path
) -> None:
    for given, family, born, phone in DEMO_PATIENTS:
        _add(db, given, family, date_of_birth=born, phone=phone)
    archive_patient(db, _add(db, "Marc", "Arnaud").id, "moved away", actor=ACTOR)
    page = _page(qtbot, ctx)
    page.resize(960, 640)
    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == len(DEMO_PATIENTS) + 1
    page.table.setFocus()
    page.select_patient(page.model.patient_id(2) or 0)
    _screenshot(page, tmp_path, "patients_page.png")
    assert (tmp_path / "patients_page.png").stat().st_size > 0


def _screenshot(widget: Any, tmp_path: Path, name: str) -> None:
    widget.grab().save(str(tmp_path / name))
    if os.environ.get("MESODESK_SCREENSHOTS") == "1":
        folder = ROOT / "screenshots"
        folder.mkdir(exist_ok=True)
        widget.grab().save(str(folder / name))


def test_count_label_and_the_end_of_the_list_in_the_view(
    qtbot: QtBot, ctx: DeskContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mesodesk.ui.models.patients.PAGE_SIZE", 5)
    monkeypatch.setattr("mesodesk.ui.models.patients.SEARCH_PAGE_SIZE", 4)
    for n in range(60):
        _add(db, "Marta" if n % 2 else "Ana", f"Sánchez{(n * 13) % 60:02d}")
    gone = _add(db, "Marta", "Aaron")
    archive_patient(db, gone.id, "moved", actor=ACTOR)
    page = _page(qtbot, ctx)
    assert page.status.text() == "60 patients"

    def last_visible() -> str:
        table = page.table
        index = table.indexAt(table.viewport().rect().bottomLeft() + QPoint(2, -2))
        return str(index.siblingAtColumn(COL_FAMILY).data())

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: last_visible() == "Sánchez59")

    qtbot.keyClicks(page.search, "marta")
    qtbot.waitUntil(lambda: page.status.text() == "30 patients match")
    # Marta is every odd n, whose family number (n * 13) % 60 is odd too.
    expected = [f"Sánchez{n:02d}" for n in range(1, 60, 2)]
    assert _families(page) == sorted(expected)
    # The first row becomes current once the results have painted, ready for Enter.
    qtbot.waitUntil(lambda: page.current_patient_id() is not None)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: last_visible() == max(expected))
    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    assert page.status.text() == "31 patients match"
    assert _families(page)[0] == "Aaron (archived)"


def test_a_search_makes_its_first_row_current_without_overriding_a_choice(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    _add(db, "Marta", "Almeida")
    silva = _add(db, "Mario", "Silva")
    page = _page(qtbot, ctx)
    qtbot.keyClicks(page.search, "mar")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.table.currentIndex().row() == 0)
    assert page.current_patient_id() != silva.id

    # A caller that searches and picks a patient at once keeps its pick.
    page.search.setText("ma")
    page._run_search()
    assert page.select_patient(silva.id)
    QApplication.processEvents()  # the deferred first-row selection has its turn here
    QApplication.processEvents()
    assert page.current_patient_id() == silva.id

    # Enter straight after a search, before the deferred selection, opens row 0.
    page.search.setText("alm")
    page._run_search()
    assert not page.table.currentIndex().isValid()
    with qtbot.waitSignal(page.patientActivated) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.currentIndex().row() == 0
    assert opened.args == [page.current_patient_id()] and opened.args != [silva.id]


def test_after_show_archived_only_archived_rows_are_drawn_grey_italic(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    """What the view's delegate paints each row with, read as it paints."""
    from PySide6.QtWidgets import QStyledItemDelegate

    painted: dict[int, tuple[str, bool]] = {}

    class Recorder(QStyledItemDelegate):
        def initStyleOption(self, option, index):  # type: ignore[no-untyped-def]
            super().initStyleOption(option, index)
            if index.column() == COL_FAMILY:
                painted[index.row()] = (option.text, option.font.italic())

    for given, family in (("Ana", "Almeida"), ("Bea", "Borges"), ("Carla", "Costa")):
        _add(db, given, family)
    gone = _add(db, "Bruno", "Bastos")
    archive_patient(db, gone.id, "moved", actor=ACTOR)
    page = _page(qtbot, ctx)
    page.table.setItemDelegate(Recorder(page.table))
    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    page.table.viewport().grab()
    assert painted == {
        0: ("Almeida", False),
        1: ("Bastos (archived)", True),
        2: ("Borges", False),
        3: ("Costa", False),
    }
    # And again once the box is unticked and ticked back, every row painted afresh.
    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.show_archived, Qt.MouseButton.LeftButton)
    painted.clear()
    page.table.viewport().grab()
    assert [italic for _, italic in painted.values()] == [False, True, False, False]


def _namesakes(qtbot: QtBot, ctx: DeskContext, db: Database) -> tuple[PatientsPage, list[int]]:
    """Four patients called Anne Martin (told apart by date of birth) and one other; the
    page searched for "martin" with the search box focused, and the ids in list order."""
    for year in (1961, 1975, 1988, 1999):
        _add(db, "Anne", "Martin", date_of_birth=date(year, 5, 1))
    _add(db, "Zoé", "Moreau")
    page = _page(qtbot, ctx)
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClicks(page.search, "martin")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and page.table.currentIndex().row() == 0)
    ids = [page.model.patient_id(row) for row in range(4)]
    assert None not in ids
    return page, [int(i) for i in ids if i is not None]


def _press(qtbot: QtBot, page: PatientsPage, *keys: Qt.Key) -> None:
    """Real key presses, each sent to whichever widget has the focus then."""
    for key in keys:
        focused = QApplication.focusWidget()
        assert focused in (page.search, page.table), focused
        qtbot.keyClick(focused, key)


def _opens(qtbot: QtBot, page: PatientsPage, *keys: Qt.Key) -> int:
    with qtbot.waitSignal(page.patientActivated, timeout=2000) as opened:
        _press(qtbot, page, *keys)
    return int(opened.args[0])


def test_enter_in_the_search_box_opens_the_highlighted_patient(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    page, ids = _namesakes(qtbot, ctx, db)
    assert _opens(qtbot, page, Qt.Key.Key_Return) == ids[0]
    # The box keeps the focus, so the next arrow starts from the highlighted row.
    assert page.search.hasFocus()
    assert _opens(qtbot, page, Qt.Key.Key_Enter) == ids[0]


def test_down_always_starts_from_the_highlighted_row(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    page, ids = _namesakes(qtbot, ctx, db)
    down, up, enter = Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Return
    assert _opens(qtbot, page, down, down, up, enter) == ids[0]
    # Whatever was pressed before, Down then Enter from the box opens the highlighted row.
    _press(qtbot, page, up)
    assert page.search.hasFocus()
    assert _opens(qtbot, page, enter) == ids[0]
    assert _opens(qtbot, page, down, enter) == ids[0]
    _press(qtbot, page, down, down)
    assert page.current_patient_id() == ids[2]
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    assert _opens(qtbot, page, enter) == ids[2]
    assert _opens(qtbot, page, down, enter) == ids[2]
    assert page.table.hasFocus()
    assert _opens(qtbot, page, up, enter) == ids[1]


def test_retyping_the_search_highlights_the_first_result_again(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    page, ids = _namesakes(qtbot, ctx, db)
    _press(qtbot, page, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert page.current_patient_id() == ids[2]
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClicks(page.search, "martin")
    # Enter at once, before the typing delay has run the search: the new first row.
    assert _opens(qtbot, page, Qt.Key.Key_Return) == ids[0]
    qtbot.keyClicks(page.search, " anne")
    assert _opens(qtbot, page, Qt.Key.Key_Down, Qt.Key.Key_Return) == ids[0]
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClicks(page.search, "anne martin")
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 0)
    assert _opens(qtbot, page, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return) == ids[1]

"""The lazy patient table model, read through data() and rowCount() without any widget."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from mesodesk.services import patient_list
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import archive_patient, create_patient
from mesodesk.store.engine import Database
from mesodesk.store.errors import DatabaseLocked
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.patients import (
    COL_BIRTH,
    COL_FAMILY,
    COL_GIVEN,
    COL_PHONE,
    MAX_PAGES,
    PAGE_SIZE,
    PatientTableModel,
)
from tests.factories import ACTOR


def _cell(model: PatientTableModel, row: int, column: int, role: int = 0) -> Any:
    return model.data(model.index(row, column), role)


class _Spy(patient_list.PatientListing):
    """A listing that notes every page read, as (offset, limit)."""

    def __init__(self, real: patient_list.PatientListing, calls: list[tuple[int, int]]) -> None:
        self.real = real
        self.calls = calls

    @property
    def count(self) -> int:
        return self.real.count

    def plain_rows(self, start: int, stop: int) -> list[patient_list.Row]:
        self.calls.append((start, stop - start))
        return self.real.plain_rows(start, stop)


@pytest.fixture
def counted_pages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Every page of rows the model reads, as (offset, limit)."""
    calls: list[tuple[int, int]] = []
    real = patient_list.find_patients

    def spy(db: Database, text: str = "", **kwargs: Any) -> patient_list.PatientListing:
        return _Spy(real(db, text, **kwargs), calls)

    monkeypatch.setattr(patient_list, "find_patients", spy)
    return calls


def test_columns_formats_and_roles(qapp: QApplication, db: Database) -> None:
    helene = create_patient(
        db,
        PatientInput("Hélène", "Dupont", date(1984, 3, 9), phone="+33 6 12 34 56 78"),
        actor=ACTOR,
    )
    create_patient(db, PatientInput("Jürgen", "Müller"), actor=ACTOR)
    model = PatientTableModel(DeskContext(db, date_format="dd.mm.yyyy", user=ACTOR))
    model.set_query("")
    assert model.rowCount() == 2 and model.columnCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Family name", "Given name", "Date of birth", "Phone"]
    # Ordered by family name: Dupont before Müller.
    assert _cell(model, 0, COL_FAMILY) == "Dupont"
    assert _cell(model, 0, COL_GIVEN) == "Hélène"
    assert _cell(model, 0, COL_BIRTH) == "09.03.1984"
    assert _cell(model, 0, COL_PHONE) == "+33 6 12 34 56 78"
    assert _cell(model, 0, COL_PHONE, Qt.ItemDataRole.UserRole) == helene.id
    assert _cell(model, 1, COL_BIRTH) == ""
    assert _cell(model, 0, COL_FAMILY, Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(5, 0)) is None


def test_search_ignores_accents_and_archived_rows_are_marked(
    qapp: QApplication, db: Database
) -> None:
    helene = create_patient(db, PatientInput("Hélène", "Dupont"), actor=ACTOR)
    create_patient(db, PatientInput("Ana", "Müller"), actor=ACTOR)
    archive_patient(db, helene.id, "moved abroad", actor=ACTOR)
    model = PatientTableModel(DeskContext(db, user=ACTOR))

    model.set_query("helene")
    assert model.rowCount() == 0  # archived: hidden by default
    model.set_query("helene", include_archived=True)
    assert model.rowCount() == 1
    assert _cell(model, 0, COL_FAMILY) == "Dupont (archived)"
    assert _cell(model, 0, COL_GIVEN) == "Hélène"
    font = _cell(model, 0, COL_GIVEN, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert _cell(model, 0, COL_GIVEN, Qt.ItemDataRole.ForegroundRole) is not None

    model.set_query("MULLER")
    assert model.rowCount() == 1 and _cell(model, 0, COL_GIVEN) == "Ana"


def test_reading_the_top_of_a_large_list_fetches_one_page(
    qapp: QApplication, db: Database, counted_pages: list[tuple[int, int]]
) -> None:
    for n in range(1000):
        create_patient(db, PatientInput(f"Given{n}", f"Family{n:04d}"), actor=ACTOR)
    model = PatientTableModel(DeskContext(db, user=ACTOR))
    model.set_query("")
    assert model.rowCount() == 1000
    assert counted_pages == []  # the count alone; no rows read yet

    for row in range(51):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    assert counted_pages == [(0, PAGE_SIZE)]
    assert _cell(model, 50, COL_FAMILY) == "Family0050"

    # The last row costs one more page, not 1000 queries; scrolling everywhere stays bounded.
    assert _cell(model, 999, COL_FAMILY) == "Family0999"
    assert len(counted_pages) == 2
    for row in range(0, 1000, 7):
        model.data(model.index(row, COL_FAMILY))
    assert len(counted_pages) <= 2 + 1000 // PAGE_SIZE
    assert model.cached_pages <= MAX_PAGES


def test_page_cache_is_bounded(
    qapp: QApplication,
    db: Database,
    counted_pages: list[tuple[int, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("mesodesk.ui.models.patients.PAGE_SIZE", 2)
    for n in range(40):
        create_patient(db, PatientInput(f"G{n}", f"F{n:02d}"), actor=ACTOR)
    model = PatientTableModel(DeskContext(db, user=ACTOR))
    model.set_query("")
    for row in range(40):
        assert _cell(model, row, COL_FAMILY) == f"F{row:02d}"
    assert len(counted_pages) == 20
    assert model.cached_pages == MAX_PAGES
    # Recently read pages are served from the cache, the oldest ones are read again.
    _cell(model, 39, COL_FAMILY)
    assert len(counted_pages) == 20
    _cell(model, 0, COL_FAMILY)
    assert len(counted_pages) == 21


def test_set_query_resets_and_refresh_sees_new_patients(qapp: QApplication, db: Database) -> None:
    create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    model = PatientTableModel(DeskContext(db, user=ACTOR))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_query("silva")
    assert model.rowCount() == 1
    create_patient(db, PatientInput("João", "Silva"), actor=ACTOR)
    model.refresh()
    assert model.rowCount() == 2 and len(resets) == 2
    assert model.text == "silva" and model.include_archived is False


def test_storage_errors_are_reported_not_raised(
    qapp: QApplication, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    model = PatientTableModel(DeskContext(db, user=ACTOR))
    model.set_query("")
    messages: list[str] = []
    model.loadFailed.connect(messages.append)

    def locked(*_a: Any, **_k: Any) -> Any:
        raise DatabaseLocked("the database is locked by another program")

    monkeypatch.setattr(type(model._listing), "plain_rows", locked)
    assert _cell(model, 0, COL_FAMILY) is None
    monkeypatch.setattr(patient_list, "find_patients", locked)
    model.set_query("ana")
    assert model.rowCount() == 0
    assert messages and all("locked" in m for m in messages)
    assert "locked" in model.last_error


def _expected_families(db: Database, text: str = "") -> list[str]:
    from mesodesk.services.patients import patient_page

    return [r.family_name for r in patient_page(db, text, limit=10_000, actor=ACTOR)]


def test_the_end_of_the_list_and_of_a_search_shows_the_last_patients_in_order(
    qapp: QApplication, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small pages, so that the end is many pages away from anything read before.
    monkeypatch.setattr("mesodesk.ui.models.patients.PAGE_SIZE", 4)
    monkeypatch.setattr("mesodesk.ui.models.patients.SEARCH_PAGE_SIZE", 3)
    for n in range(40):
        given = "Marta" if n % 3 == 0 else "Ana"
        create_patient(db, PatientInput(given, f"Família{(n * 7) % 40:02d}"), actor=ACTOR)
    model = PatientTableModel(DeskContext(db, user=ACTOR))
    for text in ("", "marta", "FAMILIA1"):
        model.set_query(text)
        expected = _expected_families(db, text)
        assert model.rowCount() == len(expected) > 3
        last = model.rowCount() - 1
        assert _cell(model, last, COL_FAMILY) == expected[-1]  # straight to the end
        shown = [_cell(model, row, COL_FAMILY) for row in reversed(range(model.rowCount()))]
        assert shown[::-1] == expected  # then every row, read backwards, in list order
        assert model.cached_pages <= MAX_PAGES


def test_multidata_answers_as_data_does(qapp: QApplication, db: Database) -> None:
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    create_patient(db, PatientInput("Ana", "Silva", date(1978, 1, 15)), actor=ACTOR)
    gone = create_patient(db, PatientInput("Hélène", "Dupont"), actor=ACTOR)
    archive_patient(db, gone.id, "moved abroad", actor=ACTOR)
    model = PatientTableModel(DeskContext(db, user=ACTOR))
    model.set_query("", include_archived=True)
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.AccessibleTextRole,
    ]
    for row in range(2):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                role_data = QModelRoleData(int(role))
                model.multiData(index, QModelRoleDataSpan(role_data))
                expected = model.data(index, role)
                if isinstance(expected, QFont):
                    assert role_data.data().italic() == expected.italic()
                else:
                    assert role_data.data() == expected, (row, column, role)
    assert _cell(model, 0, COL_FAMILY) == "Dupont (archived)"


def test_multidata_clears_what_an_earlier_archived_row_left_in_reused_role_data(
    qapp: QApplication, db: Database
) -> None:
    """A delegate hands the same role-data array to every cell it paints: each answer must
    overwrite the roles of the cell before, or an archived row's italic grey leaks on."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    gone = create_patient(db, PatientInput("Hélène", "Dupont"), actor=ACTOR)
    archive_patient(db, gone.id, "moved abroad", actor=ACTOR)
    create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    model = PatientTableModel(DeskContext(db, user=ACTOR))
    model.set_query("", include_archived=True)
    assert _cell(model, 0, COL_FAMILY) == "Dupont (archived)"
    reused = {
        role: QModelRoleData(int(role))
        for role in (
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DisplayRole,
        )
    }
    for row in (0, 1):
        for role_data in reused.values():
            model.multiData(model.index(row, COL_FAMILY), QModelRoleDataSpan(role_data))
        if row == 0:
            assert reused[Qt.ItemDataRole.FontRole].data().italic()
    assert reused[Qt.ItemDataRole.DisplayRole].data() == "Silva"
    assert reused[Qt.ItemDataRole.FontRole].data() is None
    assert reused[Qt.ItemDataRole.ForegroundRole].data() is None
    assert reused[Qt.ItemDataRole.ToolTipRole].data() is None

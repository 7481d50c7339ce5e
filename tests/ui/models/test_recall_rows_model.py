"""RecallRowTableModel (a lot recall) without any widget: contacts, archived patients, ids."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from mesodesk.services.recall import RecallRow
from mesodesk.ui.models.recall_rows import (
    ARCHIVED_FOREGROUND,
    COL_AREAS,
    COL_DATE,
    COL_EMAIL,
    COL_PATIENT,
    COL_PHONE,
    COL_PRACTITIONER,
    MISSING_FOREGROUND,
    PATIENT_ID_ROLE,
    SESSION_ID_ROLE,
    RecallRowTableModel,
)

LONDON = ZoneInfo("Europe/London")
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def row(session_id: int, **changes: Any) -> RecallRow:
    values: dict[str, Any] = {
        "session_id": session_id,
        "patient_id": 7,
        "given_name": "Hélène",
        "family_name": "Marchand",
        "stored_date_of_birth": "1984-03-14",
        "phone": "+33 6 12 34 56 78",
        "email": "helene@example.org",
        "address": "12 rue des Lilas\n75011 Paris\n",
        "archived": False,
        "product_name": "HydraMeso 2%",
        "lot_number": "HA-2291",
        "areas": "Cheeks, Neck",
        "volume": 1.5,
        "practitioner": "Dr Ana Ruiz",
        "stored_start": "2026-07-01 09:30:00",  # naive UTC, as stored
        "zone": LONDON,
    }
    values.update(changes)
    return RecallRow(**values)


def _format(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    assert isinstance(value, date)
    return value.strftime("%d/%m/%Y")


@pytest.fixture
def model(qapp: object) -> RecallRowTableModel:
    model = RecallRowTableModel(format_date=_format)
    model.set_rows(
        [
            row(1),
            row(
                2,
                patient_id=8,
                given_name="Jonas",
                family_name="Berg",
                phone="",
                archived=True,
                stored_date_of_birth=None,
                address="",
            ),
        ]
    )
    return model


def test_what_each_cell_says(model: RecallRowTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (2, 6)
    # Stored in UTC, shown in the clinic's zone (summer time in London).
    assert model.index(0, COL_DATE).data() == "01/07/2026 10:30"
    assert model.index(0, COL_PATIENT).data() == "Hélène Marchand"
    assert model.index(1, COL_PATIENT).data() == "Jonas Berg (archived)"
    assert model.index(0, COL_PHONE).data() == "+33 6 12 34 56 78"
    assert model.index(1, COL_PHONE).data() == "no phone"
    assert model.index(0, COL_EMAIL).data() == "helene@example.org"
    assert model.index(0, COL_AREAS).data() == "Cheeks, Neck"
    assert model.index(0, COL_PRACTITIONER).data() == "Dr Ana Ruiz"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers[:2] == ["Session date", "Patient"]


def test_tooltips(model: RecallRowTableModel) -> None:
    assert model.index(0, COL_PATIENT).data(TOOLTIP) == (
        "Born 14/03/1984\n12 rue des Lilas / 75011 Paris"
    )
    assert model.index(1, COL_PATIENT).data(TOOLTIP) == "This patient's record is archived."
    assert model.index(0, COL_AREAS).data(TOOLTIP) == "HydraMeso 2% · lot HA-2291 · 1.5 ml"
    assert "another way" in model.index(1, COL_PHONE).data(TOOLTIP)
    assert model.index(0, COL_PHONE).data(TOOLTIP) is None


def test_archived_and_missing_phone_look_different(model: RecallRowTableModel) -> None:
    assert model.index(0, COL_PATIENT).data(FOREGROUND) is None
    assert model.index(1, COL_PATIENT).data(FOREGROUND) == QBrush(ARCHIVED_FOREGROUND)
    assert model.index(1, COL_PHONE).data(FOREGROUND) == QBrush(MISSING_FOREGROUND)
    font = model.index(1, COL_PATIENT).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert model.index(0, COL_PATIENT).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, COL_EMAIL).data(Qt.ItemDataRole.FontRole) is None


def test_ids_for_opening_the_session_or_the_patient(model: RecallRowTableModel) -> None:
    assert model.index(1, COL_DATE).data(SESSION_ID_ROLE) == 2
    assert model.index(1, COL_DATE).data(PATIENT_ID_ROLE) == 8
    assert [r.session_id for r in model.rows()] == [1, 2]

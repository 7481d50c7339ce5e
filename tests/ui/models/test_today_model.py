"""TodayTableModel without any widget: the day in time order, sheets printed or saved."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from mesodesk.services.aftercare import SheetState
from mesodesk.services.dto import SessionSummary
from mesodesk.services.safety import MISSING_CONSENT
from mesodesk.ui.models.today import (
    AMBER,
    COL_AFTERCARE,
    COL_PATIENT,
    COL_PRACTITIONER,
    COL_RECORD,
    COL_STATUS,
    COL_TIME,
    COL_TREATMENT,
    DONE_GREEN,
    MUTED,
    PATIENT_ID_ROLE,
    SESSION_ID_ROLE,
    STATUS_COLOURS,
    STATUS_ROLE,
    TodayTableModel,
)

FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def summary(id: int, hour: int, status: str = "planned", **changes: object) -> SessionSummary:
    values: dict[str, object] = {
        "id": id,
        "patient_id": 100 + id,
        "patient_name": f"Patient {id}",
        "starts_at": datetime(2026, 3, 10, hour, 0),
        "status": status,
        "practitioner_name": "Dr Ana Ruiz",
        "areas": "Cheeks",
        "products": "HydraMeso 2%",
        "total_volume_ml": Decimal("1.50"),
        "practitioner_id": 1,
    }
    values.update(changes)
    return SessionSummary(**values)  # type: ignore[arg-type]


@pytest.fixture
def model(qapp: object) -> TodayTableModel:
    model = TodayTableModel()
    model.set_sheets(
        [
            summary(4, 11, "done"),
            summary(1, 8, "arrived", practitioner_name="", practitioner_id=None),
            summary(3, 10, "done"),
            summary(2, 9, "done", missing=(MISSING_CONSENT,)),
            summary(5, 12, "cancelled", areas="", products=""),
        ],
        {3: SheetState.PRINTED, 4: SheetState.SAVED},
    )
    return model


def column(model: TodayTableModel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:  # type: ignore[type-arg]
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_rows_in_time_order_with_their_columns(model: TodayTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (5, 8)
    assert column(model, COL_PATIENT) == [f"Patient {n}" for n in (1, 2, 3, 4, 5)]
    assert column(model, COL_TIME)[0] == "08:00–08:45"
    assert column(model, COL_PRACTITIONER)[0] == "Unassigned"
    assert column(model, COL_TREATMENT) == ["Cheeks · HydraMeso 2%"] * 4 + [""]
    assert column(model, COL_STATUS) == ["Arrived", "Done", "Done", "Done", "Cancelled"]
    assert column(model, COL_RECORD) == ["", "Missing consent", "Complete", "Complete", ""]


def test_the_aftercare_column_tells_printed_saved_and_not_yet(model: TodayTableModel) -> None:
    assert column(model, COL_AFTERCARE) == ["", "Not yet", "✓ Printed", "Saved as PDF", ""]
    assert column(model, COL_AFTERCARE, FOREGROUND)[1:4] == [
        QBrush(AMBER),
        QBrush(DONE_GREEN),
        QBrush(AMBER),
    ]
    tips = column(model, COL_AFTERCARE, TOOLTIP)
    assert tips[0] is None
    assert "Ctrl+P" in tips[1]
    assert tips[2] == "The aftercare sheet was printed."
    assert "saved as a PDF file but not printed" in tips[3]
    assert model.is_printed(3) and not model.is_printed(4)
    assert model.is_saved(4) and not model.is_saved(3)


def test_a_printed_sheet_is_not_also_saved(qapp: object) -> None:
    model = TodayTableModel()
    model.set_rows([summary(1, 9, "done")], printed={1}, saved={1})
    assert model.index(0, COL_AFTERCARE).data() == "✓ Printed"
    assert not model.is_saved(1)


def test_colours_fonts_and_ids(model: TodayTableModel) -> None:
    assert model.index(0, COL_STATUS).data(FOREGROUND) == QBrush(STATUS_COLOURS["arrived"])
    assert model.index(1, COL_RECORD).data(FOREGROUND) == QBrush(AMBER)
    assert model.index(4, COL_PATIENT).data(FOREGROUND) == QBrush(MUTED)
    struck = model.index(4, COL_PATIENT).data(Qt.ItemDataRole.FontRole)
    assert isinstance(struck, QFont) and struck.strikeOut()
    bold = model.index(1, COL_STATUS).data(Qt.ItemDataRole.FontRole)
    assert isinstance(bold, QFont) and bold.bold()
    assert model.index(1, COL_RECORD).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(2, 0).data(SESSION_ID_ROLE) == 3
    assert model.index(2, 0).data(PATIENT_ID_ROLE) == 103
    assert model.index(2, 0).data(STATUS_ROLE) == "done"
    assert model.row_of(4) == 3 and model.row_of(99) is None


def test_headers_and_an_empty_day(qapp: object) -> None:
    model = TodayTableModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == [
        "Time",
        "Patient",
        "Practitioner",
        "Treatment",
        "Status",
        "Aftercare",
        "Record",
    ]
    assert model.rowCount() == 0
    assert model.index(0, 0).data() is None

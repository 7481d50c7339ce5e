"""OpenEventTableModel without any widget: follow-up due, severity, and what each cell says."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from mesodesk.services.adverse_events import OpenEvent
from mesodesk.ui.models.adverse_events import (
    COL_ACTION,
    COL_DAYS_OPEN,
    COL_FOLLOW_UP,
    COL_PATIENT,
    COL_SESSION,
    COL_SEVERITY,
    COL_TYPE,
    EVENT_ID_ROLE,
    MUTED,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    PATIENT_ID_ROLE,
    SEVERITY_COLOURS,
    OpenEventTableModel,
)

TODAY = date(2026, 3, 10)
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def event(id: int, **changes: Any) -> OpenEvent:
    values: dict[str, Any] = {
        "id": id,
        "session_id": 50 + id,
        "patient_id": 7,
        "patient_name": "Hélène Marchand",
        "phone": "+33 6 12 34 56 78",
        "session_date": date(2026, 3, 2),
        "side_effect_code": "bruising",
        "side_effect_name": "Bruising",
        "severity": "mild",
        "onset_date": date(2026, 3, 3),
        "follow_up_date": TODAY,
        "action_taken": "Arnica gel.\nCold compresses.",
        "description": "A bruise of 2 cm on the left cheek.",
        "reported_to_authority": None,
        "days_open": 7,
        "days_overdue": 0,
    }
    values.update(changes)
    return OpenEvent(**values)


@pytest.fixture
def model(qapp: object) -> OpenEventTableModel:
    model = OpenEventTableModel(format_date=lambda d: d.strftime("%d/%m/%Y"))  # type: ignore[attr-defined]
    model.set_rows(
        [
            event(1, follow_up_date=date(2026, 3, 7), days_overdue=3, severity="severe"),
            event(2),
            event(3, follow_up_date=None, action_taken="", days_open=0, severity="moderate"),
        ],
        today=TODAY,
    )
    return model


def test_what_each_cell_says(model: OpenEventTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (3, 7)
    assert [model.index(r, COL_FOLLOW_UP).data() for r in range(3)] == [
        "07/03/2026 · 3 days overdue",
        "10/03/2026 · today",
        "Not set",
    ]
    assert model.index(0, COL_PATIENT).data() == "Hélène Marchand"
    assert model.index(0, COL_SESSION).data() == "02/03/2026"
    assert model.index(0, COL_TYPE).data() == "Bruising"
    assert [model.index(r, COL_SEVERITY).data() for r in range(3)] == [
        "Severe",
        "Mild",
        "Moderate",
    ]
    assert [model.index(r, COL_DAYS_OPEN).data() for r in range(3)] == [
        "7 days",
        "7 days",
        "since today",
    ]
    assert model.index(0, COL_ACTION).data() == "Arnica gel."
    assert model.index(2, COL_ACTION).data() == "None recorded"
    assert model.overdue_count() == 1
    assert model.row_of(3) == 2 and model.row_of(99) is None


def test_tooltips(model: OpenEventTableModel) -> None:
    assert model.index(0, COL_PATIENT).data(TOOLTIP) == "Phone: +33 6 12 34 56 78"
    assert model.index(0, COL_TYPE).data(TOOLTIP) == "A bruise of 2 cm on the left cheek."
    assert "Not yet recorded" in model.index(0, COL_SEVERITY).data(TOOLTIP)
    assert model.index(1, COL_SEVERITY).data(TOOLTIP) is None
    assert model.index(0, COL_DAYS_OPEN).data(TOOLTIP) == "Began on 03/03/2026"
    assert "contact the patient" in model.index(0, COL_FOLLOW_UP).data(TOOLTIP)
    assert model.index(1, COL_FOLLOW_UP).data(TOOLTIP) is None


def test_overdue_rows_stand_out(model: OpenEventTableModel) -> None:
    assert model.index(0, COL_TYPE).data(Qt.ItemDataRole.BackgroundRole) == QBrush(
        OVERDUE_BACKGROUND
    )
    assert model.index(1, COL_TYPE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, COL_FOLLOW_UP).data(FOREGROUND) == QBrush(OVERDUE_FOREGROUND)
    font = model.index(0, COL_FOLLOW_UP).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(0, COL_FOLLOW_UP).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(1, COL_FOLLOW_UP).data(Qt.ItemDataRole.DecorationRole) is None


def test_severity_colours_muted_gaps_and_ids(model: OpenEventTableModel) -> None:
    assert model.index(0, COL_SEVERITY).data(FOREGROUND) == QBrush(SEVERITY_COLOURS["severe"])
    assert model.index(1, COL_SEVERITY).data(Qt.ItemDataRole.FontRole) is None  # mild
    assert model.index(2, COL_FOLLOW_UP).data(FOREGROUND) == QBrush(MUTED)
    assert model.index(2, COL_ACTION).data(FOREGROUND) == QBrush(MUTED)
    assert model.index(1, COL_PATIENT).data(FOREGROUND) is None
    assert model.index(1, 0).data(EVENT_ID_ROLE) == 2
    assert model.index(1, 0).data(PATIENT_ID_ROLE) == 7


def test_reported_to_the_authority_is_said(qapp: object) -> None:
    model = OpenEventTableModel()
    model.set_rows(
        [
            event(1, severity="severe", reported_to_authority=True),
            event(2, severity="severe", reported_to_authority=False),
        ],
        today=TODAY,
    )
    assert model.index(0, COL_SEVERITY).data(TOOLTIP) == "Reported to the authority."
    assert model.index(1, COL_SEVERITY).data(TOOLTIP) == "Not reported to the authority."

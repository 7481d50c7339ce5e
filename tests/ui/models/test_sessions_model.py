"""SessionTableModel without any widget: what each cell says, in which role."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mesodesk.services.dto import SessionSummary
from mesodesk.services.safety import MISSING_CHECKLIST, MISSING_CONSENT, MISSING_LOTS
from mesodesk.ui.models.sessions import (
    COL_AREAS,
    COL_DATE,
    COL_FLAGS,
    COL_PATIENT,
    COL_PRACTITIONER,
    COL_PRODUCTS,
    COL_STATUS,
    COL_VOLUME,
    SessionTableModel,
    flags,
)
from mesodesk.ui.theme import SESSION_FLAG_TEXT

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def summary(**changes: object) -> SessionSummary:
    values: dict[str, object] = {
        "id": 41,
        "patient_id": 7,
        "patient_name": "Hélène Marchand",
        "starts_at": datetime(2026, 3, 9, 14, 30),
        "status": "done",
        "practitioner_name": "Dr Ana Ruiz",
        "areas": "Cheeks, Neck",
        "products": "VitaGlow C+, HydraMeso 2%",
        "total_volume_ml": Decimal("3.50"),
    }
    values.update(changes)
    return SessionSummary(**values)  # type: ignore[arg-type]


@pytest.fixture
def model(qapp: object) -> SessionTableModel:
    model = SessionTableModel()
    model.set_rows(
        [
            summary(),
            summary(
                id=42,
                status="done",
                missing=(MISSING_LOTS, MISSING_CONSENT, MISSING_CHECKLIST),
                overridden=True,
                total_volume_ml=Decimal(0),
            ),
            summary(id=43, status="planned", areas="", products=""),
            summary(id=44, status="mystery"),
        ]
    )
    return model


def text(model: SessionTableModel, row: int, column: int, role: int = DISPLAY) -> object:
    return model.data(model.index(row, column), role)


def test_shape_and_headers(model: SessionTableModel) -> None:
    assert model.rowCount() == 4 and model.columnCount() == 8
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Date",
        "Patient",
        "Status",
        "Flags",
        "Areas",
        "Solution / product",
        "Practitioner",
        "Volume",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    # A flat table: no children under a cell.
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0


def test_each_column_of_a_complete_done_session(model: SessionTableModel) -> None:
    row = [text(model, 0, c) for c in range(model.columnCount())]
    assert row == [
        "09/03/2026 14:30",
        "Hélène Marchand",
        "Done",
        "",
        "Cheeks, Neck",
        "VitaGlow C+, HydraMeso 2%",
        "Dr Ana Ruiz",
        "3.50 ml",
    ]
    assert text(model, 0, COL_FLAGS, TOOLTIP) is None


def test_flags_say_what_the_record_lacks_most_serious_first(model: SessionTableModel) -> None:
    assert text(model, 1, COL_STATUS) == "Done"  # the status stays short
    assert text(model, 1, COL_FLAGS) == "No consent · Override · No lot · No checklist"
    tooltip = str(text(model, 1, COL_FLAGS, TOOLTIP))
    assert "Record lacks: lot numbers, consent, checklist" in tooltip
    assert "despite a screening stop" in tooltip
    assert text(model, 1, COL_STATUS, TOOLTIP) is None
    colour = text(model, 1, COL_FLAGS, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QBrush) and colour.color() == QColor(SESSION_FLAG_TEXT)


@pytest.mark.parametrize(
    ("missing", "overridden", "expected"),
    [
        ((), False, []),
        ((), True, ["Override"]),
        ((MISSING_CONSENT,), False, ["No consent"]),
        ((MISSING_LOTS,), True, ["Override", "No lot"]),
        (("photos",), False, ["photos"]),  # a part this list does not know yet: as it is
    ],
)
def test_flag_chips(missing: tuple[str, ...], overridden: bool, expected: list[str]) -> None:
    assert flags(summary(missing=missing, overridden=overridden)) == expected


def test_planned_session_and_empty_values(model: SessionTableModel) -> None:
    assert text(model, 2, COL_STATUS) == "Planned"
    assert text(model, 2, COL_FLAGS) == ""
    assert text(model, 2, COL_AREAS) == "" and text(model, 2, COL_PRODUCTS) == ""
    assert text(model, 1, COL_VOLUME) == ""  # nothing injected, nothing shown


def test_unknown_status_is_shown_as_stored(model: SessionTableModel) -> None:
    assert text(model, 3, COL_STATUS) == "mystery"


def test_other_roles(model: SessionTableModel) -> None:
    assert text(model, 0, COL_VOLUME, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert text(model, 0, COL_DATE, Qt.ItemDataRole.TextAlignmentRole) is None
    assert [text(model, r, COL_PATIENT, Qt.ItemDataRole.UserRole) for r in range(4)] == [
        41,
        42,
        43,
        44,
    ]
    assert text(model, 0, COL_PRACTITIONER, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(QModelIndex()) is None


def test_set_rows_resets_the_model(model: SessionTableModel) -> None:
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([summary(id=99)])
    assert resets == [True]
    assert model.rowCount() == 1 and model.row_at(0).id == 99


def test_the_flags_tooltip_lists_each_stop_with_its_own_reason(qapp: object) -> None:
    model = SessionTableModel()
    note = (
        "Pregnancy or breastfeeding: delivered in May, not breastfeeding; "
        "Allergy to an ingredient: allergy test negative on 2 Nov"
    )
    model.set_rows([summary(overridden=True, override_note=note)])
    tooltip = str(text(model, 0, COL_FLAGS, TOOLTIP))
    assert "• Pregnancy or breastfeeding: delivered in May, not breastfeeding" in tooltip
    assert "• Allergy to an ingredient: allergy test negative on 2 Nov" in tooltip

"""FollowUpTableModel without any widget: the kinds, the filter, the sort, the last call."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from mesodesk.services.courses import (
    MAINTENANCE_DUE,
    MAINTENANCE_OVERDUE,
    NO_NEXT_SESSION,
    ContactOutcome,
    FollowUpItem,
)
from mesodesk.ui.models.followups import (
    COL_CONTACT,
    COL_DUE,
    COL_KIND,
    COL_LAST,
    COL_OVERDUE,
    COL_PATIENT,
    DUE_AMBER,
    ITEM_ROLE,
    MUTED,
    OVERDUE_RED,
    PATIENT_ID_ROLE,
    FollowUpTableModel,
    overdue_text,
)

TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def item(
    patient_id: int, name: str, kind: str, due: date, late: int, **changes: Any
) -> FollowUpItem:
    values: dict[str, Any] = {
        "kind": kind,
        "patient_id": patient_id,
        "patient_name": name,
        "phone": "+44 7700 900123",
        "course_id": 10 + patient_id,
        "course_title": "Hyaluronic acid, 4 sessions",
        "last_session": date(2026, 1, 5),
        "due_date": due,
        "days_overdue": late,
        "practitioner_name": "Dr Ana Ruiz",
    }
    values.update(changes)
    return FollowUpItem(**values)


@pytest.fixture
def model(qapp: object) -> FollowUpTableModel:
    model = FollowUpTableModel(format_date=lambda d: d.strftime("%d/%m/%Y"))
    model.set_items(
        [
            item(1, "Zoë Adams", MAINTENANCE_DUE, date(2026, 3, 20), -10),
            item(
                2,
                "Ben Ito",
                MAINTENANCE_OVERDUE,
                date(2026, 2, 1),
                37,
                reasons=2,
                contact_outcome=ContactOutcome.CALLED,
                contacted_on=date(2026, 3, 1),
            ),
            item(3, "Ana Lima", NO_NEXT_SESSION, date(2026, 3, 10), 0, last_session=None),
        ]
    )
    return model


def names(model: FollowUpTableModel) -> list[str]:
    return [model.index(r, COL_PATIENT).data() for r in range(model.rowCount())]


def test_rows_by_due_date_with_what_each_cell_says(model: FollowUpTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (3, 9)
    assert names(model) == ["Ben Ito", "Ana Lima", "Zoë Adams"]
    assert [model.index(r, COL_KIND).data() for r in range(3)] == [
        "Maintenance overdue (+1 more)",
        "No next session",
        "Maintenance due",
    ]
    assert [model.index(r, COL_OVERDUE).data() for r in range(3)] == [
        "37 days late",
        "due today",
        "in 10 days",
    ]
    assert model.index(0, COL_DUE).data() == "01/02/2026"
    assert model.index(0, COL_LAST).data() == "05/01/2026"
    assert model.index(1, COL_LAST).data() == ""
    assert model.index(0, COL_CONTACT).data() == "Called 01/03/2026"
    assert model.index(1, COL_CONTACT).data() == ""


def test_overdue_words() -> None:
    assert [overdue_text(d) for d in (2, 1, 0, -1, -5)] == [
        "2 days late",
        "1 day late",
        "due today",
        "tomorrow",
        "in 5 days",
    ]


def test_filter_by_kind_and_counts(model: FollowUpTableModel) -> None:
    assert model.counts() == {MAINTENANCE_OVERDUE: 1, MAINTENANCE_DUE: 1, NO_NEXT_SESSION: 1}
    model.set_kind(NO_NEXT_SESSION)
    assert model.kind() == NO_NEXT_SESSION
    assert names(model) == ["Ana Lima"]
    assert len(model.all_items()) == 3
    model.set_kind(None)
    assert model.rowCount() == 3


def test_sort_by_patient_survives_a_refill(model: FollowUpTableModel) -> None:
    model.sort(COL_PATIENT)
    assert names(model) == ["Ana Lima", "Ben Ito", "Zoë Adams"]
    model.sort(COL_PATIENT, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Zoë Adams", "Ben Ito", "Ana Lima"]
    model.set_items(model.all_items())
    assert names(model) == ["Zoë Adams", "Ben Ito", "Ana Lima"]


def test_colours_tooltips_and_roles(model: FollowUpTableModel) -> None:
    assert model.index(0, COL_KIND).data(FOREGROUND) == QBrush(OVERDUE_RED)
    assert model.index(1, COL_OVERDUE).data(FOREGROUND) == QBrush(DUE_AMBER)  # due today
    assert model.index(2, COL_KIND).data(FOREGROUND) == QBrush(DUE_AMBER)  # maintenance due
    assert model.index(0, COL_PATIENT).data(FOREGROUND) is None
    assert "no session is booked" in model.index(1, COL_KIND).data(TOOLTIP)
    assert "due on 20/03/2026" in model.index(2, COL_KIND).data(TOOLTIP)
    assert model.index(0, COL_PATIENT).data(TOOLTIP) is None
    assert model.index(0, 0).data(ITEM_ROLE).patient_name == "Ben Ito"
    assert model.index(0, 0).data(PATIENT_ID_ROLE) == 2


def test_an_open_course_not_yet_due_is_muted(qapp: object) -> None:
    model = FollowUpTableModel()
    model.set_items([item(4, "Cleo Roy", NO_NEXT_SESSION, date(2026, 3, 30), -20)])
    assert model.index(0, COL_OVERDUE).data(FOREGROUND) == QBrush(MUTED)
    assert model.index(0, COL_DUE).data() == "2026-03-30"  # ISO without a date format

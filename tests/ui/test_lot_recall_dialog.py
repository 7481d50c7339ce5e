"""The lot recall dialog: exactly the patients who received a lot, safe CSV export, messages."""

from __future__ import annotations

import csv
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mesodesk.domain.csvsafe import _TRIGGERS
from mesodesk.services import patients
from mesodesk.services.dto import PatientInput, TreatmentInput
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.lot_recall import LotRecallDialog, default_file_name
from mesodesk.ui.models.recall_rows import (
    COL_AREAS,
    COL_DATE,
    COL_PATIENT,
    COL_PHONE,
    PATIENT_ID_ROLE,
    RecallRowTableModel,
)
from tests.factories import ACTOR, Clinic, add_session, ha_cheeks, lipo_abdomen, make_clinic

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()


def _at(days_ago: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour))


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _patient(db: Database, given: str, family: str, **values: Any) -> int:
    return patients.create_patient(db, PatientInput(given, family, **values), actor=ACTOR).id


@pytest.fixture
def recall_clinic(db: Database) -> dict[str, Any]:
    """Two patients got lot HA-2291 in done sessions; others must not be listed."""
    c: Clinic = make_clinic(db)
    risky = _patient(
        db,
        "Mara",
        "Quist",
        phone="+44 20 7946 0958",
        email="mara@example.com",
        address='=HYPERLINK("http://evil")\n2 High St',
    )
    planned_only = _patient(db, "Paul", "Planned", phone="0611223344")
    other_lot = _patient(db, "Olga", "Otherlot", phone="0611223355")
    no_lot = _patient(db, "Nina", "Nolot", phone="0611223366")
    neck = TreatmentInput(c.areas["neck"], product_id=c.ha, product_lot_id=c.ha_lot)
    add_session(db, c, _at(40))
    add_session(db, c, _at(12), lines=(ha_cheeks(c), neck))
    add_session(db, c, _at(8, 15), patient=risky, doctor=c.second_doctor)
    add_session(db, c, _at(-3), status="planned", patient=planned_only, checklist=False)
    add_session(db, c, _at(5), patient=other_lot, lines=(lipo_abdomen(c),))
    add_session(db, c, _at(4), patient=no_lot, lines=(ha_cheeks(c, lot=False),))
    return {"clinic": c, "zoe": c.patient, "risky": risky}


def _dialog(qtbot: QtBot, ctx: DeskContext, lot: str = "") -> LotRecallDialog:
    dialog = LotRecallDialog(ctx, lot)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _wait(qtbot: QtBot, dialog: LotRecallDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.searching and dialog.summary.text() != "", timeout=5000)


def test_lists_exactly_the_patients_who_received_the_lot(
    qtbot: QtBot, ctx: DeskContext, recall_clinic: dict[str, Any], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.objectName() == "lotRecallDialog"
    assert not dialog.find_button.isEnabled() and not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.lot_edit, "HA-2291")
    with qtbot.waitSignal(dialog.finished_search, timeout=5000):
        qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)

    assert dialog.summary.text() == "Lot HA-2291 (HydraMeso 2%): 3 sessions, 2 patients"
    model = dialog.model
    ids = [model.index(r, 0).data(PATIENT_ID_ROLE) for r in range(model.rowCount())]
    assert ids == [recall_clinic["risky"], recall_clinic["zoe"], recall_clinic["zoe"]]
    assert dialog.stack.currentWidget() is dialog.table
    assert dialog.findChild(QWidget, "recallRows") is dialog.table
    assert model.index(0, COL_PATIENT).data() == "Mara Quist"
    assert model.index(0, COL_PHONE).data() == "+44 20 7946 0958"
    assert model.index(1, COL_AREAS).data() == "Cheeks, Neck"
    assert (
        model.index(0, COL_DATE).data().startswith((TODAY - timedelta(days=8)).strftime("%d/%m/%Y"))
    )
    assert dialog.export_button.isEnabled()
    screenshot(dialog, "lot_recall", tmp_path)


def test_lot_given_on_opening_is_searched_at_once(
    qtbot: QtBot, ctx: DeskContext, recall_clinic: dict[str, Any]
) -> None:
    dialog = _dialog(qtbot, ctx, "ls-0042")  # case does not matter when nothing matches exactly
    _wait(qtbot, dialog)
    assert dialog.summary.text() == "Lot LS-0042 (LipoSculpt): 1 session, 1 patient"
    assert dialog.model.rowCount() == 1


def test_double_click_asks_for_the_patient(
    qtbot: QtBot, ctx: DeskContext, recall_clinic: dict[str, Any]
) -> None:
    dialog = _dialog(qtbot, ctx, "HA-2291")
    _wait(qtbot, dialog)
    rect = dialog.table.visualRect(dialog.model.index(0, COL_PATIENT))
    with qtbot.waitSignal(dialog.patientActivated) as opened:
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [recall_clinic["risky"]]

    dialog.table.selectRow(2)
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.patientActivated) as opened:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened.args == [recall_clinic["zoe"]]
    assert dialog.isVisible() and not dialog.searching


def test_csv_export_writes_safe_cells(
    qtbot: QtBot,
    ctx: DeskContext,
    recall_clinic: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, ctx, "HA-2291")
    _wait(qtbot, dialog)
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "recall"), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["recall-HA-2291.csv"]
    out = tmp_path / "recall.csv"
    assert out.exists()
    assert "Saved 3 rows" in dialog.message.text()

    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert len(rows) == 4
    header, risky = rows[0], rows[1]
    cells = dict(zip(header, risky, strict=True))
    assert cells["Patient"] == "Mara Quist"
    assert cells["Phone"] == "'+44 20 7946 0958"
    assert cells["Address"].startswith("'=HYPERLINK")
    for row in rows:
        for cell in row:
            assert not cell.startswith(_TRIGGERS), cell


def test_export_failure_is_shown_in_a_warning(
    qtbot: QtBot,
    ctx: DeskContext,
    recall_clinic: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, ctx, "HA-2291")
    _wait(qtbot, dialog)
    target = tmp_path / "missing-folder" / "recall.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    assert dialog.export_csv() is None
    [message] = warnings
    assert "not exported" in message and "Cannot write" in message
    assert not target.exists()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.export_csv() is None  # cancelled: nothing happens
    assert len(warnings) == 1


def test_unknown_lot_says_so_clearly(
    qtbot: QtBot, ctx: DeskContext, recall_clinic: dict[str, Any]
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.lot_edit, "NOPE-1")
    with qtbot.waitSignal(dialog.finished_search, timeout=5000):
        qtbot.keyClick(dialog.lot_edit, Qt.Key.Key_Return)
    assert dialog.message.isVisible()
    assert dialog.message.text() == "No lot numbered 'NOPE-1' is on record."
    assert dialog.model.rowCount() == 0 and dialog.summary.text() == ""
    assert not dialog.export_button.isEnabled()
    assert dialog.isVisible()  # Return searched; it did not close the dialog


def test_empty_lot_number_is_not_searched(qtbot: QtBot, ctx: DeskContext) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.search_lot() is False
    assert dialog.message.text() == "Type the lot number to recall."


def test_lot_without_done_sessions(
    qtbot: QtBot, db: Database, ctx: DeskContext, recall_clinic: dict[str, Any]
) -> None:
    from mesodesk.services import products

    c: Clinic = recall_clinic["clinic"]
    products.create_lot(db, c.ha, "HA-9999", TODAY + timedelta(days=300), actor=ACTOR)
    dialog = _dialog(qtbot, ctx, "HA-9999")
    _wait(qtbot, dialog)
    assert dialog.summary.text() == "Lot HA-9999 (HydraMeso 2%): 0 sessions, 0 patients"
    assert dialog.stack.currentWidget() is dialog.hint
    assert "No done session used this lot" in dialog.hint.text()
    assert not dialog.export_button.isEnabled()


def test_model_without_widgets(db: Database, recall_clinic: dict[str, Any]) -> None:
    from mesodesk.services.recall import recall

    model = RecallRowTableModel()
    model.set_rows(recall(db, "HA-2291", actor=ACTOR).rows)
    assert model.rowCount() == 3 and model.columnCount() == 6
    assert "lot HA-2291" in model.index(1, COL_AREAS).data(Qt.ItemDataRole.ToolTipRole)
    assert "2 High St" in model.index(0, COL_PATIENT).data(Qt.ItemDataRole.ToolTipRole)


def test_default_file_name() -> None:
    assert default_file_name("HA-2291") == "recall-HA-2291.csv"
    assert default_file_name("../a b/c") == "recall-a_b_c.csv"
    assert default_file_name("  ") == "recall-lot.csv"

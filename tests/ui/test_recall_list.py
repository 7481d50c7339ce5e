"""The recall list page: loading in a worker, sorting, filtering, CSV export and plan-next."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.domain.enums import SessionStatus
from mesodesk.services import courses, patients, settings
from mesodesk.services.dto import PatientInput
from mesodesk.store.engine import Database
from mesodesk.store.models import TreatmentSession
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.recall import (
    COL_DUE,
    COL_KIND,
    COL_OVERDUE,
    COL_PATIENT,
    RecallTableModel,
)
from mesodesk.ui.pages.recall_list import RecallListPage
from tests.factories import ACTOR, Clinic, add_session, make_clinic

ROOT = Path(__file__).resolve().parents[2]
LONDON = ZoneInfo("Europe/London")
TODAY = date.today()


@pytest.fixture
def clinic(db: Database) -> Clinic:
    settings.put(db, "clinic.time_zone", "Europe/London", actor=ACTOR)
    # Open every day, so that dates counted back from today are always bookable.
    every_day = {
        day: [["08:00", "20:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    }
    settings.put(db, "clinic.opening_hours", {"weekly": every_day}, actor=ACTOR)
    return make_clinic(db)


@pytest.fixture
def ctx(db: Database, clinic: Clinic) -> DeskContext:
    return DeskContext(db, practitioner_id=clinic.doctor, practitioner_name=ACTOR)


def _patient(db: Database, given: str, family: str, phone: str = "") -> int:
    return patients.create_patient(db, PatientInput(given, family, phone=phone), actor=ACTOR).id


def _finished_course(db: Database, c: Clinic, patient: int, last: date, maintenance: int) -> int:
    """A two-session course 14 days apart, both done, the last one on ``last``."""
    first = last - timedelta(days=14)
    data = courses.CourseInput(
        patient_id=patient,
        solution_type_id=c.types["vitamin_mineral"],
        practitioner_id=c.doctor,
        areas=("cheeks",),
        indications=("dull_skin",),
        sessions=2,
        interval_days=14,
        maintenance_interval_days=maintenance,
        start_date=first,
        preferred_time=time(10),
        preferred_weekday=None,
        title="Dull skin: Cheeks",
    )
    starts = [
        datetime.combine(first, time(10), tzinfo=LONDON),
        datetime.combine(last, time(10), tzinfo=LONDON),
    ]
    course_id = courses.create_course(db, data, starts, actor=ACTOR)
    with db.begin() as s:
        for row in s.scalars(
            select(TreatmentSession).where(TreatmentSession.course_id == course_id)
        ):
            row.status = SessionStatus.DONE
    return course_id


@pytest.fixture
def recalls(db: Database, clinic: Clinic) -> dict[str, int]:
    due = _patient(db, "Dora", "Due", "+44 7700 900123")
    overdue = _patient(db, "=cmd", "Overdue")
    booked = _patient(db, "Bea", "Booked")
    _finished_course(db, clinic, due, TODAY - timedelta(days=115), 120)  # due in 5 days
    _finished_course(db, clinic, overdue, TODAY - timedelta(days=150), 120)  # 30 days late
    _finished_course(db, clinic, booked, TODAY - timedelta(days=130), 120)
    add_session(
        db,
        clinic,
        datetime.combine(TODAY + timedelta(days=9), time(11)),
        status="planned",
        patient=booked,
    )
    return {"due": due, "overdue": overdue, "booked": booked}


def _open(qtbot: QtBot, ctx: DeskContext) -> RecallListPage:
    page = RecallListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 420)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(
        lambda: not page.is_loading() and page.stack.currentWidget() is not page.loading_label
    )
    return page


def _names(page: RecallListPage) -> list[str]:
    return [page.model.row_at(r).patient_name for r in range(page.model.rowCount())]


def test_recall_list_shows_the_due_patient_and_exports_safe_csv(
    qtbot: QtBot, ctx: DeskContext, recalls: dict[str, int], tmp_path: Path, monkeypatch: Any
) -> None:
    page = RecallListPage(ctx)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.loading_label
    assert page.loading_label.text() == "Loading…"
    page.resize(1100, 420)
    page.show()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.table)

    assert page.table.objectName() == "recallList"
    assert _names(page) == ["=cmd Overdue", "Dora Due"]  # by due date, most overdue first
    model = page.model
    assert model.data(model.index(1, COL_KIND)) == "Maintenance due"
    assert model.data(model.index(1, COL_OVERDUE)) == "in 5 days"
    assert model.data(model.index(0, COL_OVERDUE)) == "30 days late"
    assert "Bea Booked" not in _names(page)

    page.table.sortByColumn(COL_DUE, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Dora Due", "=cmd Overdue"]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(courses.MAINTENANCE_OVERDUE))
    assert _names(page) == ["=cmd Overdue"]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(courses.NO_NEXT_SESSION))
    assert page.stack.currentWidget() is page.empty_label
    page.kind_combo.setCurrentIndex(0)
    page.late_combo.setCurrentIndex(page.late_combo.findData(31))
    assert _names(page) == ["Dora Due", "=cmd Overdue"]  # 30 days late: still shown
    page.late_combo.setCurrentIndex(page.late_combo.findData(-1))
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
    page.table.selectRow(1)
    page.grab().save(str(folder / "recall_list.png"))

    out = tmp_path / "recall.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV files (*.csv)")
    )
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=cmd Overdue" in text
    assert ",=cmd" not in text
    assert "Dora Due" in text and "+44 7700 900123" in text
    assert "Bea Booked" not in text


def test_export_errors_are_shown(
    qtbot: QtBot, ctx: DeskContext, recalls: dict[str, int], tmp_path: Path, monkeypatch: Any
) -> None:
    page = _open(qtbot, ctx)
    missing = tmp_path / "no such folder" / "recall.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "Cannot write" in warnings[0]
    assert not missing.exists()


def test_plan_next_emits_the_patient_and_a_proposed_slot(
    qtbot: QtBot, ctx: DeskContext, recalls: dict[str, int]
) -> None:
    page = _open(qtbot, ctx)
    row = _names(page).index("Dora Due")
    page.table.selectRow(row)
    assert page.plan_button.isEnabled()

    with qtbot.waitSignal(page.planRequested) as blocker:
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)

    patient_id, proposed = blocker.args
    assert patient_id == recalls["due"]
    assert isinstance(proposed, datetime)
    assert proposed.date() >= TODAY + timedelta(days=5)
    assert proposed.time() == time(10) or proposed.date() > TODAY + timedelta(days=5)


def test_empty_state_and_refresh_after_a_change(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, db: Database
) -> None:
    page = _open(qtbot, ctx)
    assert page.stack.currentWidget() is page.empty_label
    assert "Nobody to call" in page.empty_label.text()
    assert not page.export_button.isEnabled() and not page.plan_button.isEnabled()

    _finished_course(db, clinic, clinic.patient, TODAY - timedelta(days=200), 120)
    from mesodesk.ui.bus import bus

    bus().changed.emit("session")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.stack.currentWidget() is page.table


def test_model_without_widgets() -> None:
    item = courses.RecallItem(
        kind=courses.NO_NEXT_SESSION,
        patient_id=1,
        patient_name="Ann Lee",
        phone="",
        course_id=2,
        course_title="Acne: Cheeks",
        last_session=None,
        due_date=date(2026, 5, 1),
        days_overdue=0,
    )
    model = RecallTableModel()
    model.set_items([item])
    assert model.data(model.index(0, COL_PATIENT)) == "Ann Lee"
    assert model.data(model.index(0, COL_OVERDUE)) == "due today"
    assert model.data(model.index(0, COL_DUE)) == "2026-05-01"
    assert model.counts()[courses.NO_NEXT_SESSION] == 1
    lapsed = replace(item, patient_name="Old Timer", days_overdue=400)
    model.set_items([item, lapsed])
    model.set_late_limit(366)
    assert [model.row_at(r).patient_name for r in range(model.rowCount())] == ["Ann Lee"]
    model.set_late_limit(None)
    model.sort(COL_OVERDUE, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).patient_name == "Old Timer"

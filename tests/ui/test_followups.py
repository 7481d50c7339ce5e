"""The follow-ups page: a useful window, one row per patient, calls recorded from the page,
loading in a worker, sorting, filtering, CSV export and plan-next. The clinic's date is
injected, so nothing depends on the real date."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.domain.enums import SessionStatus
from mesodesk.services import courses, patients, settings
from mesodesk.services.courses import ContactOutcome, FollowUpView
from mesodesk.services.dto import PatientInput
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, TreatmentSession
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.followups import (
    COL_CONTACT,
    COL_DUE,
    COL_KIND,
    COL_OVERDUE,
    COL_PATIENT,
    FollowUpTableModel,
)
from mesodesk.ui.pages.followups import FollowUpsPage
from tests.factories import ACTOR, Clinic, add_session, make_clinic

ROOT = Path(__file__).resolve().parents[2]
LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 9, 1)


@pytest.fixture
def clinic(db: Database) -> Clinic:
    settings.put(db, "clinic.time_zone", "Europe/London", actor=ACTOR)
    every_day = {
        day: [["08:00", "20:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    }
    settings.put(db, "clinic.opening_hours", {"weekly": every_day}, actor=ACTOR)
    return make_clinic(db)


@pytest.fixture
def ctx(db: Database, clinic: Clinic) -> DeskContext:
    return DeskContext(db, practitioner_id=clinic.doctor, practitioner_name=ACTOR.name, user=ACTOR)


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
        courses.update_course_status(s, course_id, actor=ACTOR)
    return course_id


@pytest.fixture
def people(db: Database, clinic: Clinic) -> dict[str, int]:
    due = _patient(db, "Dora", "Due", "+44 7700 900123")
    overdue = _patient(db, "=cmd", "Overdue")
    lapsed = _patient(db, "Larry", "Lapsed")
    booked = _patient(db, "Bea", "Booked")
    _finished_course(db, clinic, due, TODAY - timedelta(days=115), 120)  # due in 5 days
    _finished_course(db, clinic, overdue, TODAY - timedelta(days=150), 120)  # 30 days late
    _finished_course(db, clinic, lapsed, TODAY - timedelta(days=400), 120)  # 280 days late
    _finished_course(db, clinic, booked, TODAY - timedelta(days=130), 120)
    add_session(
        db,
        clinic,
        datetime.combine(TODAY + timedelta(days=9), time(11)),
        status="planned",
        patient=booked,
    )
    return {"due": due, "overdue": overdue, "lapsed": lapsed, "booked": booked}


def _page(qtbot: QtBot, ctx: DeskContext) -> FollowUpsPage:
    page = FollowUpsPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 440)
    return page


def _open(qtbot: QtBot, ctx: DeskContext) -> FollowUpsPage:
    page = _page(qtbot, ctx)
    page.show()
    qtbot.waitExposed(page)
    _wait_loaded(qtbot, page)
    return page


def _wait_loaded(qtbot: QtBot, page: FollowUpsPage) -> None:
    qtbot.waitUntil(
        lambda: not page.is_loading() and page.stack.currentWidget() is not page.loading_label
    )


def _names(page: FollowUpsPage) -> list[str]:
    return [page.model.row_at(r).patient_name for r in range(page.model.rowCount())]


def _select(page: FollowUpsPage, name: str) -> None:
    page.table.selectRow(_names(page).index(name))


def test_the_page_opens_on_a_useful_window_and_a_control_widens_it(
    qtbot: QtBot, ctx: DeskContext, people: dict[str, int], tmp_path: Path, monkeypatch: Any
) -> None:
    page = _page(qtbot, ctx)
    assert page.stack.currentWidget() is page.loading_label
    page.show()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.table)

    assert page.table.objectName() == "followupList"
    assert _names(page) == ["=cmd Overdue", "Dora Due"]  # the lapsed patient is left out
    model = page.model
    assert model.data(model.index(1, COL_KIND)) == "Maintenance due"
    assert model.data(model.index(1, COL_OVERDUE)) == "in 5 days"
    assert model.data(model.index(0, COL_OVERDUE)) == "30 days late"
    assert "Bea Booked" not in _names(page)

    page.window_combo.setCurrentIndex(page.window_combo.findData(-1))  # however late
    qtbot.waitUntil(lambda: "Larry Lapsed" in _names(page))
    assert _names(page) == ["Larry Lapsed", "=cmd Overdue", "Dora Due"]
    page.window_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: "Larry Lapsed" not in _names(page))

    page.table.sortByColumn(COL_DUE, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Dora Due", "=cmd Overdue"]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(courses.MAINTENANCE_OVERDUE))
    assert _names(page) == ["=cmd Overdue"]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(courses.NO_NEXT_SESSION))
    assert page.stack.currentWidget() is page.empty_label
    page.kind_combo.setCurrentIndex(0)
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
    page.table.selectRow(1)
    page.grab().save(str(folder / "followups.png"))

    out = tmp_path / "follow-ups.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV files (*.csv)")
    )
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=cmd Overdue" in text
    assert ",=cmd" not in text
    assert "Dora Due" in text and "+44 7700 900123" in text
    assert "Bea Booked" not in text and "Larry Lapsed" not in text


def test_recording_a_call_hides_the_patient_until_the_next_due_date(
    qtbot: QtBot, ctx: DeskContext, db: Database, people: dict[str, int]
) -> None:
    page = _open(qtbot, ctx)
    _select(page, "Dora Due")
    assert page.called_button.isEnabled()
    page.contact_date.setDate(QDate(2026, 8, 31))

    qtbot.mouseClick(page.called_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not page.is_loading() and "Dora Due" not in _names(page))
    assert _names(page) == ["=cmd Overdue"]
    page.view_combo.setCurrentIndex(page.view_combo.findData(FollowUpView.CONTACTED))
    qtbot.waitUntil(lambda: not page.is_loading() and _names(page) == ["Dora Due"])
    assert page.model.data(page.model.index(0, COL_CONTACT)) == "Called 31/08/2026"
    with db.read() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity == "followup_contact"))
    assert event is not None and event.actor == ACTOR.name
    assert event.after is not None and event.after["patient_id"] == people["due"]


def test_an_opt_out_is_listed_apart(qtbot: QtBot, ctx: DeskContext, people: dict[str, int]) -> None:
    page = _open(qtbot, ctx)
    _select(page, "=cmd Overdue")
    qtbot.mouseClick(page.opted_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_loading() and _names(page) == ["Dora Due"])

    page.view_combo.setCurrentIndex(page.view_combo.findData(FollowUpView.OPTED_OUT))
    qtbot.waitUntil(lambda: not page.is_loading() and _names(page) == ["=cmd Overdue"])
    assert page.model.data(page.model.index(0, COL_CONTACT)).startswith("Opted out")


def test_export_errors_are_shown(
    qtbot: QtBot, ctx: DeskContext, people: dict[str, int], tmp_path: Path, monkeypatch: Any
) -> None:
    page = _open(qtbot, ctx)
    missing = tmp_path / "no such folder" / "follow-ups.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "Cannot write" in warnings[0]
    assert not missing.exists()


def test_plan_next_emits_the_patient_and_a_proposed_slot(
    qtbot: QtBot, ctx: DeskContext, people: dict[str, int]
) -> None:
    page = _open(qtbot, ctx)
    _select(page, "Dora Due")
    assert page.plan_button.isEnabled()

    with qtbot.waitSignal(page.planRequested) as blocker:
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)

    patient_id, proposed = blocker.args
    assert patient_id == people["due"]
    assert isinstance(proposed, datetime)
    assert proposed.date() >= TODAY + timedelta(days=5)


def test_empty_state_and_refresh_after_a_change(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, db: Database
) -> None:
    page = _open(qtbot, ctx)
    assert page.stack.currentWidget() is page.empty_label
    assert "Nobody to call" in page.empty_label.text()
    assert not page.export_button.isEnabled() and not page.plan_button.isEnabled()
    assert not page.called_button.isEnabled()

    _finished_course(db, clinic, clinic.patient, TODAY - timedelta(days=150), 120)
    from mesodesk.ui.bus import bus

    bus().changed.emit("session")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.stack.currentWidget() is page.table


def test_model_without_widgets() -> None:
    item = courses.FollowUpItem(
        kind=courses.NO_NEXT_SESSION,
        patient_id=1,
        patient_name="Ann Lee",
        phone="",
        course_id=2,
        course_title="Acne: Cheeks",
        last_session=None,
        due_date=date(2026, 5, 1),
        days_overdue=0,
        reasons=2,
    )
    model = FollowUpTableModel()
    model.set_items([item])
    assert model.data(model.index(0, COL_PATIENT)) == "Ann Lee"
    assert model.data(model.index(0, COL_KIND)) == "No next session (+1 more)"
    assert model.data(model.index(0, COL_OVERDUE)) == "due today"
    assert model.data(model.index(0, COL_DUE)) == "2026-05-01"
    assert model.data(model.index(0, COL_CONTACT)) == ""
    assert model.counts()[courses.NO_NEXT_SESSION] == 1


def test_after_a_call_nobody_else_is_selected_for_the_next_click(
    qtbot: QtBot, ctx: DeskContext, people: dict[str, int]
) -> None:
    """The called patient leaves the list; the row that moves up must not become the one a
    second click of "Called" records a call for."""
    page = _open(qtbot, ctx)
    _select(page, "Dora Due")
    qtbot.mouseClick(page.called_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_loading() and "Dora Due" not in _names(page))
    assert _names(page) == ["=cmd Overdue"]
    assert page.selected_item() is None
    assert not page.called_button.isEnabled()
    assert page.record_contact(ContactOutcome.CALLED) is False

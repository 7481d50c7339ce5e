"""The chart's safety surface: screening in the header, incomplete records, printing aftercare."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mesodesk.services.dto import ProfileInput
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.sessions import COL_STATUS
from mesodesk.ui.pages.patient_chart import PatientChart
from tests.factories import add_session, make_clinic


def _chart(qtbot: QtBot, ctx: DeskContext, patient_id: int) -> PatientChart:
    chart = PatientChart(ctx, patient_id)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_header_shows_screening_of_the_next_planned_session(qtbot: QtBot, db: Database) -> None:
    c = make_clinic(db, profile=ProfileInput(pregnant_or_breastfeeding=True, needle_anxiety=True))
    add_session(db, c, datetime.now() + timedelta(days=7), status="planned")
    chart = _chart(qtbot, DeskContext(db), c.patient)
    assert chart.findings_label.isVisible()
    text = chart.findings_label.text()
    assert "Pregnancy or breastfeeding" in text and "Stop" in text
    assert "Fear of needles" in text


def test_no_findings_no_panel(qtbot: QtBot, db: Database) -> None:
    c = make_clinic(db)
    chart = _chart(qtbot, DeskContext(db), c.patient)
    assert not chart.findings_label.isVisible()


def test_done_session_without_consent_is_marked_incomplete_and_prints(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make_clinic(db)
    done = add_session(db, c, datetime(2026, 11, 2, 10, 0))
    planned = add_session(db, c, datetime.now() + timedelta(days=3), status="planned")
    chart = _chart(qtbot, DeskContext(db), c.patient)
    rows = {chart.sessions_model.row_at(r).id: r for r in range(chart.sessions_model.rowCount())}
    status = chart.sessions_model.index(rows[done], COL_STATUS)
    assert "incomplete" in status.data()
    assert "consent" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert "incomplete" not in chart.sessions_model.index(rows[planned], COL_STATUS).data()

    printed: list[list[int]] = []
    monkeypatch.setattr(
        "mesodesk.ui.printing.preview_aftercare", lambda parent, ctx, ids: printed.append(ids)
    )
    chart.tabs.setCurrentIndex(1)
    chart.session_view.selectRow(rows[planned])
    assert not chart.print_action.isEnabled()
    chart.session_view.selectRow(rows[done])
    assert chart.print_action.isEnabled()
    chart.print_action.trigger()
    assert printed == [[done]]


def test_upcoming_sessions_export_as_ics(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    c = make_clinic(db)
    add_session(db, c, datetime.now() + timedelta(days=9), status="planned")
    chart = _chart(qtbot, DeskContext(db), c.patient)
    target = tmp_path / "appointments.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert chart.export_ics() == target
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 1

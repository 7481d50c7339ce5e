"""The chart's safety surface: screening in the header, incomplete records, printing aftercare."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mesodesk.services import settings
from mesodesk.services.dto import ProfileInput
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.sessions import COL_FLAGS, COL_STATUS
from mesodesk.ui.pages.patient_chart import PatientChart
from tests.factories import ACTOR, add_session, ha_cheeks, make_clinic


def _chart(qtbot: QtBot, ctx: DeskContext, patient_id: int) -> PatientChart:
    chart = PatientChart(ctx, patient_id)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_header_shows_screening_of_the_next_planned_session(qtbot: QtBot, db: Database) -> None:
    c = make_clinic(db, profile=ProfileInput(pregnant_or_breastfeeding=True, needle_anxiety=True))
    add_session(db, c, datetime.now() + timedelta(days=7), status="planned")
    chart = _chart(qtbot, DeskContext(db, user=ACTOR), c.patient)
    assert chart.findings_label.isVisible()
    text = chart.findings_label.text()
    assert "Pregnancy or breastfeeding" in text and "Stop" in text
    assert "Fear of needles" in text


def test_no_findings_no_panel(qtbot: QtBot, db: Database) -> None:
    c = make_clinic(db)
    chart = _chart(qtbot, DeskContext(db, user=ACTOR), c.patient)
    assert not chart.findings_label.isVisible()


def test_done_session_without_consent_is_marked_incomplete_and_prints(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make_clinic(db)
    # A clinic that does not require consent before "done": the gap is still flagged.
    settings.put(db, "consent_required_for_done", False, actor=ACTOR)
    done = add_session(db, c, datetime(2026, 11, 2, 10, 0), consent=False)
    planned = add_session(db, c, datetime.now() + timedelta(days=3), status="planned")
    chart = _chart(qtbot, DeskContext(db, user=ACTOR), c.patient)
    rows = {chart.sessions_model.row_at(r).id: r for r in range(chart.sessions_model.rowCount())}
    flags = chart.sessions_model.index(rows[done], COL_FLAGS)
    assert chart.sessions_model.index(rows[done], COL_STATUS).data() == "Done"
    assert "No consent" in flags.data()
    assert "consent" in flags.data(Qt.ItemDataRole.ToolTipRole)
    assert chart.sessions_model.index(rows[planned], COL_FLAGS).data() == ""

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
    chart = _chart(qtbot, DeskContext(db, user=ACTOR), c.patient)
    target = tmp_path / "appointments.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert chart.export_ics() == target
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 1


def test_flags_of_a_done_session_are_visible_in_its_row(qtbot: QtBot, db: Database) -> None:
    """No consent, a stop overridden, no lot: said in the row itself, not in a tooltip."""
    from mesodesk.services import consent

    c = make_clinic(db, profile=ProfileInput(pregnant_or_breastfeeding=True))
    settings.put(db, "consent_required_for_done", False, actor=ACTOR)
    flagged = add_session(
        db,
        c,
        datetime(2025, 3, 4, 10, 0),
        consent=False,
        lines=(ha_cheeks(c, lot=False),),
        override_reason="Delivered in 2023, no longer breastfeeding: confirmed by her GP",
    )
    version = consent.version_for(db, (ha_cheeks(c),))
    assert version is not None
    clean = add_session(
        db,
        c,
        datetime(2025, 2, 4, 10, 0),
        consent_template_id=version.id,
        override_reason="Delivered in 2023, no longer breastfeeding: confirmed by her GP",
    )
    chart = _chart(qtbot, DeskContext(db, user=ACTOR), c.patient)
    chart.resize(1100, 720)
    chart.tabs.setCurrentIndex(1)
    view = chart.session_view
    qtbot.waitUntil(view.isVisible)

    def visible_text(session_id: int) -> list[str]:
        row = next(
            r
            for r in range(view.model().rowCount())
            if view.model().index(r, 0).data(Qt.ItemDataRole.UserRole) == session_id
        )
        return [
            str(view.model().index(row, column).data() or "")
            for column in range(view.model().columnCount())
            if not view.isColumnHidden(column)
        ]

    shown = visible_text(flagged)
    assert "No consent · Override · No lot" in shown
    assert "Done" in shown
    assert "No consent" not in " ".join(visible_text(clean))
    assert "No lot" not in " ".join(visible_text(clean))
    # The Flags column is wide enough to show its chips whole, not elided.
    text = "No consent · Override · No lot"
    assert view.columnWidth(COL_FLAGS) > view.fontMetrics().horizontalAdvance(text)
    assert view.visualRect(view.model().index(0, COL_FLAGS)).right() < view.viewport().width()

"""The patient chart: header alerts, sessions newest first, archiving, change history."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QTableView
from sqlalchemy import select

from mesodesk.domain.validation import age_on
from mesodesk.services import patients
from mesodesk.services.audit import utcnow
from mesodesk.services.dto import PatientInput
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, Patient, SessionTreatment, TreatmentSession
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.sessions import (
    COL_AREAS,
    COL_DATE,
    COL_PATIENT,
    COL_PRODUCTS,
    COL_STATUS,
    COL_VOLUME,
)
from mesodesk.ui.pages.patient_chart import PatientChart
from tests.factories import ACTOR
from tests.services.test_chart import (
    Clinic,
    _amend,
    add_session,
    count_queries,
    fill_chart,
    make_clinic,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ctx(db: Database) -> DeskContext:
    return DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR)


def open_chart(qtbot, ctx: DeskContext, patient_id: int) -> PatientChart:  # type: ignore[no-untyped-def]
    chart = PatientChart(ctx, patient_id)
    qtbot.addWidget(chart)
    chart.resize(1100, 720)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def badges(chart: PatientChart) -> dict[str, str]:
    """Badge text -> kind, in the order shown."""
    found = [w for w in chart.findChildren(QLabel, "alertBadge") if not w.isHidden()]
    found.sort(key=lambda w: w.mapTo(chart, w.rect().topLeft()).x())
    return {w.text(): str(w.property("kind")) for w in found}


def cell(view: QTableView, row: int, column: int) -> str:
    return str(view.model().index(row, column).data() or "")


# --- header ---------------------------------------------------------------------------------


def test_header_shows_name_age_and_alert_badges(qtbot, ctx: DeskContext) -> None:
    c = make_clinic(ctx.db)
    chart = open_chart(qtbot, ctx, c.patient)

    assert chart.objectName() == "patientChart"
    assert chart.name_label.text() == "Hélène Marchand"
    age = age_on(date(1984, 3, 14), date.today())
    details = chart.details_label.text()
    assert f"{age} years old" in details
    assert "born 14/03/1984" in details and "+33 6 12 34 56 78" in details
    shown = badges(chart)
    assert list(shown) == ["Allergies: latex, lidocaine", "Blood thinners", "Needle anxiety"]
    assert shown["Blood thinners"] == "alert" and shown["Needle anxiety"] == "caution"
    assert not chart.archived_banner.isVisible()
    assert chart.profile_stack.currentWidget() is chart.profile_details


def test_every_contraindication_gets_a_badge(qtbot, ctx: DeskContext) -> None:
    from mesodesk.services.dto import ProfileInput

    c = make_clinic(ctx.db)
    patients.record_profile(
        ctx.db,
        c.patient,
        ProfileInput(
            pregnant_or_breastfeeding=True,
            keloid_tendency=True,
            autoimmune_disease=True,
            autoimmune_notes="Hashimoto's thyroiditis",
        ),
        actor=ACTOR,
    )
    chart = open_chart(qtbot, ctx, c.patient)
    assert list(badges(chart)) == [
        "Pregnant or breastfeeding",
        "Keloid tendency",
        "Autoimmune disease",
    ]
    assert chart.profile_history_model.rowCount() == 2  # the newer version first
    assert "Autoimmune disease" in cell(chart.profile_history_view, 0, 2)
    assert "Allergies: latex, lidocaine" in cell(chart.profile_history_view, 1, 2)


def test_a_new_patient_shows_what_to_do_in_each_tab(qtbot, ctx: DeskContext) -> None:
    patient = patients.create_patient(ctx.db, PatientInput("Jan", "Nowak"), actor=ACTOR)
    chart = open_chart(qtbot, ctx, patient.id)

    assert "age unknown" in chart.details_label.text()
    assert list(badges(chart)) == ["No medical profile recorded"]
    assert chart.profile_stack.currentWidget() is chart.profile_empty
    for tab, hint in [
        (1, lambda: chart.sessions_empty),
        (2, lambda: chart.course_list.empty_label),
        (3, lambda: chart.events_empty),
    ]:
        chart.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda hint=hint: hint().isVisible())
    assert "New session…" in chart.sessions_empty.text()
    assert not chart.history_button.isEnabled()


def test_header_buttons_emit_the_patient_id(qtbot, ctx: DeskContext) -> None:
    c = make_clinic(ctx.db)
    chart = open_chart(qtbot, ctx, c.patient)
    with qtbot.waitSignal(chart.editRequested) as edit:
        qtbot.mouseClick(chart.edit_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(chart.newSessionRequested) as new:
        qtbot.mouseClick(chart.new_session_button, Qt.MouseButton.LeftButton)
    assert edit.args == [c.patient] and new.args == [c.patient]


# --- sessions -------------------------------------------------------------------------------


def test_sessions_tab_lists_newest_first_with_areas_products_and_volume(
    qtbot, ctx: DeskContext
) -> None:
    c = fill_chart(ctx.db, count=12)
    chart = open_chart(qtbot, ctx, c.patient)
    chart.tabs.setCurrentIndex(1)
    view = chart.findChild(QTableView, "sessionList")
    assert view is chart.session_view
    qtbot.waitUntil(view.isVisible)

    assert view.model().rowCount() == 12
    assert view.isColumnHidden(COL_PATIENT)
    ids = [view.model().index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(12)]
    assert ids == c.sessions  # built newest first
    starts = [chart.sessions_model.row_at(r).starts_at for r in range(12)]
    assert starts == sorted(starts, reverse=True)
    assert cell(view, 0, COL_STATUS) == "Planned" and cell(view, 3, COL_STATUS) == "No-show"
    assert cell(view, 1, COL_AREAS) == "Cheeks, Neck"
    assert cell(view, 1, COL_PRODUCTS) == "VitaGlow C+, HydraMeso 2%"
    assert cell(view, 1, COL_VOLUME) == "3.50 ml"
    assert cell(view, 1, COL_DATE) == ctx.format_date(starts[1])
    assert chart.tabs.tabText(1) == "Sessions (12)"
    # The short columns are fitted to their widest text.
    metrics = view.fontMetrics()
    for column in (COL_DATE, COL_STATUS, COL_AREAS, COL_VOLUME):
        widest = max(metrics.horizontalAdvance(cell(view, r, column)) for r in range(12))
        assert view.columnWidth(column) > widest, column


def test_double_click_or_enter_opens_a_session(qtbot, ctx: DeskContext) -> None:
    c = fill_chart(ctx.db, count=4)
    chart = open_chart(qtbot, ctx, c.patient)
    chart.tabs.setCurrentIndex(1)
    view = chart.session_view
    qtbot.waitUntil(view.isVisible)

    rect = view.visualRect(view.model().index(2, COL_AREAS))
    # Qt 6 item views only accept a double click on the index that was pressed first.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(chart.sessionActivated) as clicked:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [c.sessions[2]]

    view.setFocus()
    view.selectRow(1)
    with qtbot.waitSignal(chart.sessionActivated) as entered:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert entered.args == [c.sessions[1]]


def test_chart_refreshes_when_a_session_is_recorded(qtbot, ctx: DeskContext) -> None:
    c = fill_chart(ctx.db, count=3)
    chart = open_chart(qtbot, ctx, c.patient)
    # Recorded as done: a past day, since a session is done only once it has taken place.
    add_session(ctx.db, c, datetime(2025, 6, 2, 15, 0))
    bus().changed.emit("session")
    qtbot.waitUntil(lambda: chart.sessions_model.rowCount() == 4)
    assert chart.tabs.tabText(1) == "Sessions (4)"


def test_change_history_shows_create_and_amend(qtbot, ctx: DeskContext) -> None:
    c = fill_chart(ctx.db, count=3)
    amended = c.sessions[1]
    _amend(ctx.db, c, amended, notes="Slight redness on the left cheek.")
    chart = open_chart(qtbot, ctx, c.patient)
    chart.tabs.setCurrentIndex(1)
    chart.session_view.selectRow(1)
    assert chart.history_button.isEnabled()

    qtbot.mouseClick(chart.history_button, Qt.MouseButton.LeftButton)
    dialog = chart.history_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)

    rows = dialog.rows
    actions = [r.action for r in rows if r.action]
    assert actions == ["Amended (corrected after review)", "Recorded"]  # newest first
    assert rows[0].actor == "Dr Tomás Vidal"
    note = next(r for r in rows if r.field == "Notes")
    assert (note.before, note.after) == ("", "Slight redness on the left cheek.")
    created_fields = {r.field for r in rows[1:]}
    assert {"Date and time", "Practitioner", "Status", "Treatments"} <= created_fields
    assert dialog.model.rowCount() == len(rows)
    dialog.close()


# --- archiving ------------------------------------------------------------------------------


def test_archive_asks_for_a_reason_and_writes_the_audit(
    qtbot, ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make_clinic(ctx.db)
    chart = open_chart(qtbot, ctx, c.patient)
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return ("  Moved abroad  ", True)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    with qtbot.waitSignal(bus().changed) as changed:
        qtbot.mouseClick(chart.archive_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["patient"]
    assert "Hélène Marchand" in asked[0]
    qtbot.waitUntil(chart.archived_banner.isVisible)
    assert "Moved abroad" in chart.archived_banner.text()
    assert chart.archive_button.text() == "Restore…"
    assert not chart.new_session_button.isEnabled()

    with ctx.db.read() as s:
        patient = s.get(Patient, c.patient)
        assert patient is not None and patient.archived_at is not None
        assert patient.archive_reason == "Moved abroad"
        audit = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "patient",
                AuditEvent.entity_id == c.patient,
                AuditEvent.action == "archive",
            )
        ).all()
    assert len(audit) == 1 and audit[0].actor == ACTOR.name
    assert audit[0].after is not None and audit[0].after["archive_reason"] == "Moved abroad"


@pytest.mark.parametrize("reply", [("", True), ("Moved abroad", False)])
def test_archive_needs_a_reason_and_can_be_cancelled(
    qtbot, ctx: DeskContext, monkeypatch: pytest.MonkeyPatch, reply: tuple[str, bool]
) -> None:
    c = make_clinic(ctx.db)
    chart = open_chart(qtbot, ctx, c.patient)
    warnings: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: reply)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(str(a[2])))

    assert chart.archive() is False
    assert bool(warnings) == (reply[1] is True)
    with ctx.db.read() as s:
        patient = s.get(Patient, c.patient)
        assert patient is not None and patient.archived_at is None
    assert not chart.archived_banner.isVisible()


def test_an_archived_patient_can_be_restored(
    qtbot, ctx: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make_clinic(ctx.db)
    patients.archive_patient(ctx.db, c.patient, "Duplicate record", actor=ACTOR)
    chart = open_chart(qtbot, ctx, c.patient)
    assert chart.archived_banner.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(chart.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not chart.archived_banner.isVisible())
    assert patients.get_patient(ctx.db, c.patient, actor=ACTOR).archived_at is None


# --- courses and adverse events -------------------------------------------------------------


def test_courses_and_adverse_events_tabs(qtbot, ctx: DeskContext) -> None:
    c = fill_chart(ctx.db, count=12)
    chart = open_chart(qtbot, ctx, c.patient)

    chart.tabs.setCurrentIndex(2)
    qtbot.waitUntil(chart.course_list.isVisible)
    [card] = chart.course_list.cards
    # sessions 0..5 are in the course: 0 planned, 3 no-show, the other four done
    assert card.title_label.text() == "Face rejuvenation"
    assert card.summary_label.text().startswith("4 of 6 done · 1 missed")
    assert card.badge.text() == "In progress"

    chart.tabs.setCurrentIndex(3)
    qtbot.waitUntil(chart.event_view.isVisible)
    view = chart.event_view
    assert view.model().rowCount() == 2
    assert cell(view, 0, 1) == "Swelling" and cell(view, 0, 4) == "Not resolved"
    assert cell(view, 1, 2) == "Moderate" and cell(view, 1, 4).startswith("Resolved ")
    assert chart.tabs.tabText(3) == "Adverse events (2, 1 open)"


# --- speed ----------------------------------------------------------------------------------


def _bulk_sessions(db: Database, c: Clinic, count: int) -> None:
    """Sessions written straight to the tables: the service would take far longer for 500."""
    now = utcnow()
    start = datetime(2015, 1, 5, 9)
    with db.begin() as s:
        rows = [
            TreatmentSession(
                patient_id=c.patient,
                practitioner_id=c.doctors["ruiz"],
                starts_at=start + timedelta(days=7 * n),
                status="done",
                created_at=now,
                updated_at=now,
                treatments=[
                    SessionTreatment(
                        position=0,
                        area_id=c.areas["cheeks"],
                        product_id=c.products["vit"],
                        product_lot_id=c.lots["vit"],
                        volume_ml=Decimal("2.00"),
                    )
                ],
            )
            for n in range(count)
        ]
        s.add_all(rows)


def test_a_patient_with_500_sessions_opens_with_few_queries(qtbot, ctx: DeskContext) -> None:
    """The chart reads a fixed handful of queries whatever the history (the time it takes is
    the benchmarks' business, B4)."""
    few = make_clinic(ctx.db)
    _bulk_sessions(ctx.db, few, 5)
    many = make_clinic(ctx.db)
    _bulk_sessions(ctx.db, many, 500)

    chart_few = open_chart(qtbot, ctx, few.patient)
    chart_many = open_chart(qtbot, ctx, many.patient)
    with count_queries(ctx.db) as small:
        chart_few.refresh()
    with count_queries(ctx.db) as large:
        chart_many.refresh()
    assert chart_many.sessions_model.rowCount() == 500
    assert chart_few.sessions_model.rowCount() == 5
    # A fixed handful: patient, profiles, sessions, courses, events, and the screening of
    # the next planned treatment (rule switches, profile, next session); the account check
    # and the audit of the view (chain head, row, new head); and each of the six reads the
    # chart makes checks the signed-in account again (one primary-key read each).
    assert len(large) == len(small) <= 23


# --- look -----------------------------------------------------------------------------------


def test_screenshots_of_a_filled_chart(qtbot, ctx: DeskContext, tmp_path: Path) -> None:
    c = fill_chart(ctx.db, count=12)
    _amend(ctx.db, c, c.sessions[1], notes="Slight redness on the left cheek.")
    chart = open_chart(qtbot, ctx, c.patient)
    chart.resize(1180, 740)
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(exist_ok=True)
    names = ["profile", "sessions", "courses", "adverse_events"]
    for index, name in enumerate(names):
        chart.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: chart.tabs.currentIndex() == i)
        if name == "sessions":
            chart.session_view.selectRow(1)
        suffix = "" if name == "sessions" else f"_{name}"
        target = folder / f"patient_chart{suffix}.png"
        assert chart.grab().save(str(target))
        assert target.stat().st_size > 10_000
    chart.tabs.setCurrentIndex(1)
    dialog = chart.show_session_history()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.grab().save(str(folder / "patient_chart_history.png"))
    dialog.close()

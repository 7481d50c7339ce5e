"""Adverse events in the UI: the editor's severe-event question, the open list, resolving."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.services import adverse_events as event_service
from mesodesk.services import patients
from mesodesk.services.adverse_events import AdverseEventInput
from mesodesk.services.dto import PatientInput
from mesodesk.store.engine import Database
from mesodesk.store.models import AdverseEvent, AuditEvent
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.adverse_event_editor import AdverseEventEditor
from mesodesk.ui.models.adverse_events import (
    COL_FOLLOW_UP,
    COL_PATIENT,
    COL_SEVERITY,
    EVENT_ID_ROLE,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    SEVERITY_COLOURS,
    OpenEventTableModel,
)
from mesodesk.ui.pages.adverse_events import AdverseEventsPage, ResolveEventDialog
from tests.factories import ACTOR, Clinic, add_session

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()


def _day(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


def _typed(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture(autouse=True)
def _no_real_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def session(db: Database, clinic: Clinic) -> int:
    return add_session(db, clinic, datetime.combine(_day(6), time(10)))


def _editor(qtbot: QtBot, ctx: DeskContext, session_id: int, event_id: int | None = None):
    editor = AdverseEventEditor(ctx, session_id, event_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _save(qtbot: QtBot, editor: AdverseEventEditor | ResolveEventDialog) -> None:
    buttons = editor.buttons
    button = buttons.button(QDialogButtonBox.StandardButton.Save) or buttons.button(
        QDialogButtonBox.StandardButton.Ok
    )
    _click(qtbot, button)


def _rows(db: Database) -> list[AdverseEvent]:
    with db.read() as s:
        return list(s.scalars(select(AdverseEvent).order_by(AdverseEvent.id)))


def _record(db: Database, session_id: int, **values: object) -> int:
    data = {
        "session_id": session_id,
        "side_effect_code": "bruising",
        "onset_date": _day(5),
        "severity": "moderate",
        "action_taken": "Arnica gel, cold compresses.",
        **values,
    }
    return event_service.record_event(db, AdverseEventInput(**data), actor=ACTOR)  # type: ignore[arg-type]


# --- the editor -----------------------------------------------------------------------------


def test_severe_event_is_blocked_until_the_authority_question_is_answered(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: Clinic, session: int, tmp_path: Path
) -> None:
    editor = _editor(qtbot, ctx, session)
    assert editor.objectName() == "adverseEventEditor"
    assert "Zo" in editor.context_label.text()
    assert editor.onset.text() == _typed(_day(6))  # the session's day
    assert not editor.authority_group.isVisible()

    editor.type_combo.setCurrentIndex(editor.type_combo.findData("allergic_reaction"))
    assert editor.type_hint.isVisible() and "complication" in editor.type_hint.text()
    editor.onset.edit.clear()
    qtbot.keyClicks(editor.onset.edit, _typed(_day(5)))
    _click(qtbot, editor.severity_buttons["severe"])  # type: ignore[index]
    assert editor.authority_group.isVisible()
    qtbot.keyClicks(editor.description, "Hives on both cheeks and the neck.")
    qtbot.keyClicks(editor.action_taken, "Oral antihistamine; GP informed.")
    qtbot.keyClicks(editor.follow_up.edit, _typed(_day(-2)))

    _save(qtbot, editor)
    assert _rows(db) == []
    assert editor.isVisible()
    assert "Yes or No" in editor.errors.text("reported_to_authority")
    assert editor.errors.banner.isVisible()
    # Nothing typed was lost.
    assert editor.type_combo.currentData() == "allergic_reaction"
    assert editor.description.toPlainText() == "Hives on both cheeks and the neck."
    assert editor.follow_up.text() == _typed(_day(-2))
    screenshot(editor, "adverse_event_severe", tmp_path)

    _click(qtbot, editor.reported_yes)
    with qtbot.waitSignal(editor.saved) as saved:
        _save(qtbot, editor)
    assert not editor.isVisible()
    [row] = _rows(db)
    assert saved.args == [row.id]
    assert (row.side_effect_code, row.severity, row.reported_to_authority) == (
        "allergic_reaction",
        "severe",
        True,
    )
    assert (row.patient_id, row.session_id) == (clinic.patient, session)
    assert (row.onset_date, row.follow_up_date, row.resolved_date) == (_day(5), _day(-2), None)
    assert row.action_taken == "Oral antihistamine; GP informed."
    with db.read() as s:
        [entry] = s.scalars(select(AuditEvent).where(AuditEvent.entity == "adverse_event"))
        assert (entry.action, entry.actor) == ("create", ACTOR.name)


def test_onset_starts_at_the_session_day_and_is_checked_against_it(
    qtbot: QtBot, db: Database, ctx: DeskContext, session: int
) -> None:
    editor = _editor(qtbot, ctx, session)
    assert editor.onset.text() == _typed(_day(6))
    assert editor.onset.fallback_day == _day(6)  # the calendar opens there too
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("bruising"))
    _click(qtbot, editor.severity_buttons["mild"])  # type: ignore[index]

    editor.onset.edit.selectAll()
    qtbot.keyClicks(editor.onset.edit, _typed(_day(7)))  # the day before the session
    _save(qtbot, editor)
    assert editor.errors.text("onset_date") == (
        f"The onset cannot be before the session it follows ({_day(6):%d %b %Y})."
    )
    assert editor.onset.text() == _typed(_day(7)) and _rows(db) == []

    editor.onset.edit.selectAll()
    qtbot.keyClicks(editor.onset.edit, "31/02/2026")
    _save(qtbot, editor)
    assert editor.errors.text("onset_date") == "The date 31/02/2026 does not exist."
    assert editor.onset.text() == "31/02/2026" and _rows(db) == []


def test_alt_letters_reach_the_fields(qtbot: QtBot, ctx: DeskContext, session: int) -> None:
    editor = _editor(qtbot, ctx, session)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    for key, field in (
        (Qt.Key.Key_O, editor.onset.edit),
        (Qt.Key.Key_E, editor.description),
        (Qt.Key.Key_A, editor.action_taken),
        (Qt.Key.Key_F, editor.follow_up.edit),
        (Qt.Key.Key_T, editor.type_combo),
    ):
        qtbot.keyClick(editor, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(field.hasFocus)


def test_refused_save_keeps_what_was_typed(
    qtbot: QtBot, db: Database, ctx: DeskContext, session: int
) -> None:
    editor = _editor(qtbot, ctx, session)
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("swelling"))
    _click(qtbot, editor.severity_buttons["mild"])  # type: ignore[index]
    editor.onset.edit.clear()
    qtbot.keyClicks(editor.onset.edit, _typed(_day(9)))  # before the session
    qtbot.keyClicks(editor.description, "Puffy lower eyelids.")
    qtbot.keyClicks(editor.follow_up.edit, "31/02/2x")
    qtbot.keyClicks(editor.outcome, "Settling.")

    _save(qtbot, editor)
    assert editor.errors.text("follow_up_date") == "Type the date as dd/mm/yyyy."
    assert _rows(db) == []

    editor.follow_up.edit.clear()
    qtbot.keyClicks(editor.follow_up.edit, _typed(_day(1)))
    qtbot.keyClicks(editor.resolved.edit, _typed(_day(10)))
    _save(qtbot, editor)  # now the service refuses the dates
    assert "before the session" in editor.errors.text("onset_date")
    assert "before its onset" in editor.errors.text("resolved_date")
    assert editor.errors.text("follow_up_date") == ""
    assert _rows(db) == []
    assert editor.onset.text() == _typed(_day(9))
    assert editor.description.toPlainText() == "Puffy lower eyelids."
    assert editor.outcome.toPlainText() == "Settling."
    assert editor.resolved.text() == _typed(_day(10))
    assert editor.severity() == "mild" and not editor.authority_group.isVisible()

    editor.onset.edit.clear()
    qtbot.keyClicks(editor.onset.edit, _typed(_day(5)))
    editor.resolved.edit.clear()
    qtbot.keyClicks(editor.resolved.edit, _typed(_day(2)))
    assert editor.save() is not None
    [row] = _rows(db)
    assert (row.onset_date, row.resolved_date, row.outcome) == (_day(5), _day(2), "Settling.")
    assert row.reported_to_authority is None


def test_editing_an_event_loads_and_audits_the_change(
    qtbot: QtBot, db: Database, ctx: DeskContext, session: int
) -> None:
    event_id = _record(db, session, severity="severe", reported_to_authority=False)
    editor = _editor(qtbot, ctx, session, event_id)
    assert editor.type_combo.currentData() == "bruising"
    assert editor.severity() == "severe" and editor.reported() is False
    assert editor.authority_group.isVisible()
    assert not editor.is_dirty()

    _click(qtbot, editor.reported_yes)
    assert editor.is_dirty()
    assert editor.save() == event_id
    assert event_service.get_event(db, event_id, actor=ACTOR).reported_to_authority is True
    with db.read() as s:
        update = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "adverse_event").order_by(AuditEvent.id)
        ).all()[-1]
    assert update.action == "update"
    assert update.before and update.after
    assert (update.before["reported_to_authority"], update.after["reported_to_authority"]) == (
        False,
        True,
    )


# --- the open list --------------------------------------------------------------------------


@pytest.fixture
def four_events(db: Database, clinic: Clinic, session: int) -> dict[str, int]:
    other = patients.create_patient(
        db, PatientInput("Ines", "Moreau", phone="+33 6 12 34 56 78"), actor=ACTOR
    ).id
    third = patients.create_patient(
        db, PatientInput("Hannah", "Becker", phone="+49 30 1234567"), actor=ACTOR
    ).id
    theirs = add_session(db, clinic, datetime.combine(_day(12), time(9)), patient=other)
    hers = add_session(db, clinic, datetime.combine(_day(3), time(16)), patient=third)
    return {
        "overdue": _record(
            db,
            theirs,
            side_effect_code="infection",
            severity="severe",
            reported_to_authority=True,
            onset_date=_day(10),
            follow_up_date=_day(2),
            action_taken="Oral antibiotics started; swab sent.",
        ),
        "today": _record(db, session, side_effect_code="swelling", follow_up_date=TODAY),
        "later": _record(
            db,
            hers,
            side_effect_code="uneven_results",
            severity="mild",
            onset_date=_day(1),
            follow_up_date=_day(-12),
            action_taken="Review when the swelling has settled.",
        ),
        "undated": _record(db, session, severity="mild", follow_up_date=None),
    }


@pytest.fixture
def page(qtbot: QtBot, ctx: DeskContext) -> AdverseEventsPage:
    widget = AdverseEventsPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ids(page: AdverseEventsPage) -> list[int]:
    return [r.id for r in page.model.rows()]


def test_empty_page_says_there_is_nothing_open(page: AdverseEventsPage) -> None:
    assert page.stack.currentWidget() is page.empty
    assert "No open adverse events" in page.empty.text()
    assert not page.resolve_button.isEnabled()


def test_open_list_orders_and_highlights_overdue(
    qtbot: QtBot, db: Database, ctx: DeskContext, four_events: dict[str, int], tmp_path: Path
) -> None:
    page = AdverseEventsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 420)
    page.show()
    qtbot.waitExposed(page)
    table = page.findChild(QWidget, "openAdverseEvents")
    assert table is page.table and page.stack.currentWidget() is table
    assert _ids(page) == [four_events[k] for k in ("overdue", "today", "later", "undated")]
    assert "4 open events" in page.summary.text() and "1 follow-up overdue" in page.summary.text()

    model = page.model
    overdue = model.index(0, COL_FOLLOW_UP)
    assert "2 days overdue" in overdue.data()
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == QBrush(OVERDUE_FOREGROUND)
    assert overdue.data(Qt.ItemDataRole.BackgroundRole) == QBrush(OVERDUE_BACKGROUND)
    assert model.index(1, COL_FOLLOW_UP).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(3, COL_FOLLOW_UP).data() == "Not set"
    assert model.index(0, COL_PATIENT).data() == "Ines Moreau"
    assert model.index(0, COL_SEVERITY).data() == "Severe"
    assert model.index(0, COL_SEVERITY).data(Qt.ItemDataRole.ForegroundRole) == QBrush(
        SEVERITY_COLOURS["severe"]
    )
    assert model.index(0, 0).data(EVENT_ID_ROLE) == four_events["overdue"]
    screenshot(page, "adverse_events_open", tmp_path)

    # A new event recorded elsewhere appears once the bus fires.
    editor = _editor(qtbot, ctx, model.rows()[0].session_id)
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("redness"))
    _click(qtbot, editor.severity_buttons["mild"])  # type: ignore[index]
    assert editor.save() is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)


def test_model_without_widgets(four_events: dict[str, int], db: Database) -> None:
    model = OpenEventTableModel()
    model.set_rows(event_service.open_events(db, actor=ACTOR, today=TODAY), TODAY)
    assert model.rowCount() == 4 and model.columnCount() == 7
    assert model.overdue_count() == 1
    assert model.index(1, COL_FOLLOW_UP).data().endswith("· today")


def test_resolve_from_the_page_removes_the_event(
    qtbot: QtBot, db: Database, page: AdverseEventsPage, four_events: dict[str, int]
) -> None:
    page.refresh()
    assert page.select_event(four_events["overdue"])
    assert page.resolve_button.isEnabled()
    _click(qtbot, page.resolve_button)
    dialog = page.dialog
    assert isinstance(dialog, ResolveEventDialog) and dialog.isVisible()
    assert dialog.resolved_on.text() == _typed(TODAY)

    _save(qtbot, dialog)  # no outcome yet: refused, dialog stays
    assert "outcome" in dialog.errors.text("outcome")
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.outcome, "Cleared after the antibiotics.")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)

    qtbot.waitUntil(lambda: four_events["overdue"] not in _ids(page))
    assert page.model.rowCount() == 3 and page.model.overdue_count() == 0
    record = event_service.get_event(db, four_events["overdue"], actor=ACTOR)
    assert (record.outcome, record.resolved_date) == ("Cleared after the antibiotics.", TODAY)


def test_enter_opens_the_editor_and_chart_action_emits_the_patient(
    qtbot: QtBot, page: AdverseEventsPage, four_events: dict[str, int], clinic: Clinic
) -> None:
    page.refresh()
    page.select_event(four_events["today"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, AdverseEventEditor))
    editor = page.dialog
    assert isinstance(editor, AdverseEventEditor)
    assert editor.event_id == four_events["today"]
    assert editor.type_combo.currentData() == "swelling"
    editor.reject()
    qtbot.waitUntil(lambda: page.dialog is None)

    assert page.action_chart in page.table.actions()
    with qtbot.waitSignal(page.patientActivated) as opened:
        page.action_chart.trigger()
    assert opened.args == [clinic.patient]


def test_double_click_opens_the_editor(
    qtbot: QtBot, page: AdverseEventsPage, four_events: dict[str, int]
) -> None:
    page.refresh()
    rect = page.table.visualRect(page.model.index(2, COL_PATIENT))
    # A real double-click starts with a press on the same cell, which the view checks.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(page.dialog, AdverseEventEditor))
    assert page.dialog.event_id == four_events["later"]  # type: ignore[union-attr]

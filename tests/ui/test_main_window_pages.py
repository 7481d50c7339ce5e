"""Every page of the desk opens from the main window, with the contract objectNames present."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mesodesk.app import open_main_window
from mesodesk.store.engine import Database, url_for_path
from tests.factories import ACTOR, add_session, make_clinic


@pytest.fixture
def window(qtbot: QtBot, db: Database, db_path: Path, frozen_now: datetime):  # type: ignore[no-untyped-def]
    c = make_clinic(db)
    # Today (the pinned clock's day) has one session done at 09:00; one is booked ahead.
    add_session(db, c, frozen_now.replace(hour=9, minute=0))
    add_session(db, c, frozen_now + timedelta(days=2), status="planned")
    win = open_main_window(url_for_path(db_path), user=ACTOR.login)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    yield win
    win.db.dispose()  # type: ignore[attr-defined]


def test_each_page_opens_from_the_navigation(qtbot: QtBot, window: QWidget) -> None:
    from mesodesk.ui import main_window as mw

    expected = {
        mw.PAGE_TODAY: "todayList",
        mw.PAGE_CALENDAR: "calendarView",
        mw.PAGE_FOLLOWUPS: "followupList",
        mw.PAGE_EVENTS: "openAdverseEvents",
    }
    for page, name in expected.items():
        row = mw.NAVIGATION_ORDER.index(page)
        window.navigation.setCurrentRow(row)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda page=page: window.stack.currentIndex() == page)  # type: ignore[attr-defined]
        found = window.findChild(QObject, name)
        assert found is not None, name
        page_widget = window.stack.currentWidget()  # type: ignore[attr-defined]
        assert page_widget.isAncestorOf(found)
        qtbot.waitUntil(page_widget.isVisible)
    today = window.findChild(QWidget, "todayList")
    assert today is not None
    window.navigation.setCurrentRow(mw.NAVIGATION_ORDER.index(mw.PAGE_TODAY))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: today.isVisible() and today.model().rowCount() == 1)
    assert window.findChild(QObject, "actionPrintAftercare") is not None


def test_settings_and_lot_recall_open_from_the_menus(qtbot: QtBot, window: QWidget) -> None:
    window.action_settings.trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(QWidget, "settingsDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()
    window.lot_recall("HA-2291")  # type: ignore[attr-defined]
    recall = window.findChild(QWidget, "lotRecallDialog")
    assert recall is not None
    qtbot.waitUntil(recall.isVisible)
    recall.close()


def test_a_calendar_slot_asks_for_the_patient_then_opens_the_session(
    qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[int, object, object]] = []
    monkeypatch.setattr(
        window,
        "_open_session_editor",
        lambda patient, session, *, starts_at=None, practitioner_id=None: opened.append(
            (patient, starts_at, practitioner_id)
        ),
    )
    start = datetime(2026, 12, 1, 10, 30)
    window.book_slot(7, start)  # type: ignore[attr-defined]
    assert "Choose the patient" in window.statusBar().currentMessage()  # type: ignore[attr-defined]
    window.patients_page.patientActivated.emit(1)  # type: ignore[attr-defined]
    assert opened == [(1, start, 7)]

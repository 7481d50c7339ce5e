"""The clinic calendar: columns per practitioner, keyboard, drag-and-drop moves and bookings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QAction as QAction_
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mesodesk.domain import clock as domain_clock
from mesodesk.domain.accounts import User
from mesodesk.domain.checklist import all_ticked
from mesodesk.domain.schedule import DEFAULT_HOURS, OpeningHours
from mesodesk.services import catalog, courses, patients, practitioners, sessions, settings
from mesodesk.services.dto import (
    PatientInput,
    PractitionerRecord,
    SessionInput,
    SessionSummary,
    TreatmentInput,
)
from mesodesk.store.engine import Database
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.pages.calendar import DAY, WEEK, CalendarPage, CalendarView
from mesodesk.ui.pages.calendar.layout import (
    CalendarColumn,
    build_columns,
    closed_spans,
    grid_span,
    place,
    week_start,
)
from mesodesk.ui.pages.calendar.loader import CalendarCache, load_calendar
from tests.factories import ACTOR, consent_for

MONDAY = week_start(date.today()) + timedelta(days=21)
"""A Monday three weeks ahead: sessions there are still planned and can move."""


class Clinic:
    """Two practitioners and their patients, recorded through the services."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.zone = settings.clinic_zone(db)
        self.ana = practitioners.create_practitioner(db, "Dr Ana Ruiz", actor=ACTOR).id
        self.bea = practitioners.create_practitioner(db, "Dr Bea Costa", actor=ACTOR).id
        self.area = catalog.areas(db)[0]
        self._names = iter(
            f"{given} {family}"
            for family in ("Martin", "Dupont", "Berg", "Weber", "Sommer", "Costa", "Klein")
            for given in ("Lea", "Marie", "Jonas", "Tom", "Nina", "Paul")
        )

    def at(self, day: date, hhmm: str) -> datetime:
        hour, minute = (int(part) for part in hhmm.split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone)

    def patient(self) -> int:
        given, family = next(self._names).split(" ", 1)
        return patients.create_patient(self.db, PatientInput(given, family), actor=ACTOR).id

    def session(
        self,
        hhmm: str,
        practitioner: int | None,
        *,
        day: date = MONDAY,
        status: str = "planned",
        minutes: int = 45,
        patient: int | None = None,
    ) -> int:
        done = status == "done"
        lines = (TreatmentInput(self.area.id),) if done else ()
        when = self.at(day, hhmm)
        # A done session is recorded after it took place: "now" is that evening.
        with domain_clock.frozen(when + timedelta(hours=12)) if done else nullcontext():
            record = sessions.create_session(
                self.db,
                SessionInput(
                    patient if patient is not None else self.patient(),
                    when,
                    duration_minutes=minutes,
                    practitioner_id=practitioner,
                    status=status,
                    treatments=lines,
                    checklist=all_ticked() if done else None,
                    consent_template_id=consent_for(self.db, lines) if done else None,
                ),
                actor=ACTOR,
            )
        return record.id

    def course(self, first: datetime, count: int, interval_days: int) -> list[int]:
        """A course of ``count`` planned sessions with Ana, ``interval_days`` apart."""
        solution = catalog.solution_types(self.db)[0]
        indication = catalog.indications(self.db)[0]
        data = courses.CourseInput(
            patient_id=self.patient(),
            solution_type_id=solution.id,
            practitioner_id=self.ana,
            areas=(self.area.code,),
            indications=(indication.code,),
            sessions=count,
            interval_days=interval_days,
            maintenance_interval_days=None,
            start_date=first.date(),
            preferred_time=first.time().replace(tzinfo=None),
            preferred_weekday=None,
            title="Test course",
        )
        starts = [first + timedelta(days=interval_days * n) for n in range(count)]
        course_id = courses.create_course(self.db, data, starts, actor=ACTOR)
        rows = [
            s
            for s in sessions.sessions_for_patient(self.db, data.patient_id, actor=ACTOR)
            if s.course_id == course_id
        ]
        return [s.id for s in sorted(rows, key=lambda s: s.starts_at)]

    def start_of(self, session_id: int) -> datetime:
        return sessions.get_session(self.db, session_id, actor=ACTOR).starts_at

    def practitioner_of(self, session_id: int) -> int | None:
        return sessions.get_session(self.db, session_id, actor=ACTOR).practitioner_id


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return Clinic(db)


@pytest.fixture(autouse=True)
def _no_real_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal box would block the offscreen run; tests that care patch their own."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def page(qtbot: QtBot, db: Database, clinic: Clinic) -> Iterator[CalendarPage]:
    widget = CalendarPage(DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR))
    qtbot.addWidget(widget)
    widget.view.now = lambda zone: datetime.combine(MONDAY, time(8, 30), tzinfo=zone)
    widget.day = MONDAY
    widget.resize(1100, 900)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(qtbot, widget)
    yield widget
    # Loads run on the thread pool; let them finish before the database goes away.
    QThreadPool.globalInstance().waitForDone(10_000)


def wait_loaded(qtbot: QtBot, page: CalendarPage) -> None:
    qtbot.waitUntil(lambda: not page.loading and bool(page.view.columns), timeout=5000)


def show(qtbot: QtBot, page: CalendarPage, *, mode: str = DAY, day: date = MONDAY) -> None:
    """Reload from the database (after test data was added) and wait for the grid."""
    page.day = day
    page.cache.clear()
    if page.mode != mode:
        page.set_mode(mode)
    else:
        page.refresh()
    wait_loaded(qtbot, page)


def column_span(view: CalendarView, day: date, practitioner: int | None) -> tuple[int, int]:
    cell = view.slot_rect(day, practitioner, time(view.span[0] // 60))
    assert cell is not None
    return cell.left(), cell.right()


def visible_rect(view: CalendarView, session_id: int) -> Any:
    rect = view.session_rect(session_id)
    assert rect is not None, f"session {session_id} is not shown"
    view.ensure_visible(rect)
    rect = view.session_rect(session_id)
    assert rect is not None
    return rect


def visible_slot(view: CalendarView, day: date, practitioner: int | None, at: time) -> Any:
    rect = view.slot_rect(day, practitioner, at)
    assert rect is not None
    view.ensure_visible(rect)
    rect = view.slot_rect(day, practitioner, at)
    assert rect is not None
    return rect


def drag(qtbot: QtBot, view: CalendarView, start: QPoint, end: QPoint) -> None:
    """Press, move in a few steps and release, as a hand would."""
    target = view.viewport()
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
    for n in range(1, 6):
        qtbot.mouseMove(target, start + (end - start) * n / 5)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=end)


# --- showing the day and the week -------------------------------------------------------


def test_day_view_shows_sessions_in_their_practitioners_columns(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    early = clinic.session("09:00", clinic.ana)
    late = clinic.session("10:30", clinic.bea, minutes=60)
    other_day = clinic.session("09:00", clinic.ana, day=MONDAY + timedelta(days=1))
    show(qtbot, page)
    view = page.view

    assert view.objectName() == "calendarView"
    assert view.accessibleName()
    assert [(c.day, c.practitioner_id) for c in view.columns] == [
        (MONDAY, clinic.ana),  # practitioners in name order
        (MONDAY, clinic.bea),
    ]
    assert view.session_rect(other_day) is None

    for session_id, who, at, minutes in (
        (early, clinic.ana, time(9), 45),
        (late, clinic.bea, time(10, 30), 60),
    ):
        rect = visible_rect(view, session_id)
        left, right = column_span(view, MONDAY, who)
        assert left <= rect.left() and rect.right() <= right + 1
        slot = view.slot_rect(MONDAY, who, at)
        assert slot is not None
        assert abs(rect.top() - slot.top()) <= 2
        assert abs(rect.height() - slot.height() * minutes / 15) <= 4
        found = view.session_at(rect.center())
        assert found is not None and found.id == session_id
    assert "2 sessions" in page.summary.text()


def test_week_view_has_seven_days_and_the_filter_narrows_it(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    monday = clinic.session("09:00", clinic.ana)
    friday = clinic.session("15:00", clinic.bea, day=MONDAY + timedelta(days=4))
    show(qtbot, page, mode=WEEK, day=MONDAY + timedelta(days=2))
    view = page.view

    assert page.visible_range() == (MONDAY, 7)
    assert len(view.columns) == 14
    assert sorted({c.day for c in view.columns}) == [MONDAY + timedelta(days=n) for n in range(7)]
    assert view.session_rect(monday) is not None and view.session_rect(friday) is not None
    friday_rect = visible_rect(view, friday)
    left, right = column_span(view, MONDAY + timedelta(days=4), clinic.bea)
    assert left <= friday_rect.center().x() <= right

    assert page.set_practitioner_filter(clinic.ana)
    assert len(view.columns) == 7
    assert {c.practitioner_id for c in view.columns} == {clinic.ana}
    assert view.session_rect(monday) is not None
    assert view.session_rect(friday) is None
    assert page.set_practitioner_filter(None)
    assert len(view.columns) == 14


def test_closed_hours_and_sessions_outside_them_widen_the_grid(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    hours = OpeningHours.from_setting(
        {"weekly": {d: [["09:00", "13:00"], ["14:00", "18:00"]] for d in ("mon", "tue")}}
    )
    settings.put(clinic.db, "clinic.opening_hours", hours.to_setting(), actor=ACTOR)
    show(qtbot, page)
    assert page.view.span == (9 * 60, 18 * 60)
    late = clinic.session("19:00", clinic.ana)
    show(qtbot, page)
    assert page.view.span == (9 * 60, 20 * 60)
    assert page.view.session_rect(late) is not None
    lunch = visible_slot(page.view, MONDAY, clinic.ana, time(13, 15))
    assert "Closed" in page.view.tooltip_at(lunch.center())


def test_the_grid_follows_changes_announced_on_the_bus(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    show(qtbot, page)
    added = clinic.session("11:00", clinic.bea)
    assert page.view.session_rect(added) is None
    bus().changed.emit("session")
    qtbot.waitUntil(lambda: page.view.session_rect(added) is not None, timeout=5000)


# --- keyboard -----------------------------------------------------------------------------


def test_keyboard_moves_between_days_weeks_and_back_to_today(
    qtbot: QtBot, page: CalendarPage
) -> None:
    view = page.view
    view.setFocus()
    page.day = MONDAY + timedelta(days=3)
    page.refresh()

    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert page.day == MONDAY + timedelta(days=4)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert page.day == MONDAY + timedelta(days=2)
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert page.day == MONDAY  # the view's clock says today is MONDAY

    qtbot.keyClick(view, Qt.Key.Key_W)
    assert page.mode == WEEK and page.week_button.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert page.visible_range() == (MONDAY + timedelta(days=7), 7)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert page.visible_range() == (MONDAY, 7)
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert page.mode == DAY and page.visible_range() == (MONDAY, 1)
    wait_loaded(qtbot, page)
    assert "Monday" in page.date_label.text() or str(MONDAY.day) in page.date_label.text()


def test_arrows_move_the_cursor_and_cross_into_the_next_day(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    show(qtbot, page)
    view = page.view
    view.setFocus()
    view.set_cursor(0, 4)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.cursor_cell() == (0, 5)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.cursor_cell() == (1, 5)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # past the last practitioner: the next day
    assert page.day == MONDAY + timedelta(days=1)
    wait_loaded(qtbot, page)
    assert view.cursor_cell() == (0, 5)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert page.day == MONDAY
    wait_loaded(qtbot, page)
    assert view.cursor_cell() == (len(view.columns) - 1, 5)


def test_enter_opens_a_session_or_books_the_free_slot(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    booked = clinic.session("10:00", clinic.ana)
    show(qtbot, page)
    view = page.view
    view.setFocus()
    column = view.column_number(MONDAY, clinic.ana)
    assert column is not None
    ten = (10 * 60 - view.span[0]) // 15

    view.set_cursor(column, ten + 1)  # 10:15, inside the 45-minute session
    with qtbot.waitSignal(page.sessionActivated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [sessions.get_session(clinic.db, booked, actor=ACTOR).patient_id, booked]

    view.set_cursor(column, ten + 3)  # 10:45, free again
    with qtbot.waitSignal(page.slotRequested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert asked.args == [clinic.ana, clinic.at(MONDAY, "10:45")]


# --- booking by selecting slots ---------------------------------------------------------


def test_dragging_over_free_slots_asks_for_a_session_there(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    show(qtbot, page)
    view = page.view
    start = visible_slot(view, MONDAY, clinic.bea, time(14)).center()
    end = visible_slot(view, MONDAY, clinic.bea, time(14, 45)).center()
    with qtbot.waitSignal(page.slotRequested) as asked:
        drag(qtbot, view, start, end)
    assert asked.args == [clinic.bea, clinic.at(MONDAY, "14:00")]
    assert view.requested_minutes == 60


def test_double_click_on_a_free_slot_asks_for_a_session(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    show(qtbot, page)
    cell = visible_slot(page.view, MONDAY, clinic.ana, time(16, 30))
    with qtbot.waitSignal(page.slotRequested) as asked:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert asked.args == [clinic.ana, clinic.at(MONDAY, "16:30")]


# --- moving sessions ----------------------------------------------------------------------


def test_dragging_a_planned_session_moves_it_in_time_and_to_another_practitioner(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    moving = clinic.session("09:00", clinic.ana)
    show(qtbot, page)
    view = page.view
    block = visible_rect(view, moving)
    grab = QPoint(block.center().x(), block.top() + 4)  # grabbed near its top edge
    target = view.slot_rect(MONDAY, clinic.bea, time(11))
    assert target is not None
    drop = QPoint(target.center().x(), target.top() + 4)

    with qtbot.waitSignal(bus().changed):
        drag(qtbot, view, grab, drop)

    assert clinic.start_of(moving) == clinic.at(MONDAY, "11:00")
    assert clinic.practitioner_of(moving) == clinic.bea
    wait_loaded(qtbot, page)
    moved = visible_rect(view, moving)
    left, right = column_span(view, MONDAY, clinic.bea)
    assert left <= moved.center().x() <= right
    assert "Moved" in page.info.text()


def test_a_drop_snaps_to_the_quarter_hour(qtbot: QtBot, page: CalendarPage, clinic: Clinic) -> None:
    moving = clinic.session("09:00", clinic.ana)
    show(qtbot, page)
    view = page.view
    block = visible_rect(view, moving)
    grab = QPoint(block.center().x(), block.top() + 2)
    slot = view.slot_rect(MONDAY, clinic.ana, time(12, 30))
    assert slot is not None
    drop = QPoint(grab.x(), slot.top() + slot.height() // 3)  # a few minutes past 12:30
    drag(qtbot, view, grab, drop)
    assert clinic.start_of(moving) == clinic.at(MONDAY, "12:30")


def test_an_overlapping_drop_is_refused_with_a_warning_and_changes_nothing(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic, warnings_shown: list[str]
) -> None:
    moving = clinic.session("09:00", clinic.ana)
    clinic.session("10:30", clinic.bea, minutes=60)
    show(qtbot, page)
    view = page.view
    block = visible_rect(view, moving)
    grab = QPoint(block.center().x(), block.top() + 2)
    target = view.slot_rect(MONDAY, clinic.bea, time(11))
    assert target is not None
    events: list[str] = []
    bus().changed.connect(events.append)
    try:
        drag(qtbot, view, grab, QPoint(target.center().x(), target.top() + 2))
    finally:
        bus().changed.disconnect(events.append)

    assert len(warnings_shown) == 1
    assert "already" in warnings_shown[0] and "Nothing was changed" in warnings_shown[0]
    assert clinic.start_of(moving) == clinic.at(MONDAY, "09:00")
    assert clinic.practitioner_of(moving) == clinic.ana
    assert events == []
    assert view.session_rect(moving) is not None


def test_done_sessions_cannot_be_dragged(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic, warnings_shown: list[str]
) -> None:
    done = clinic.session("09:00", clinic.ana, status="done")
    show(qtbot, page)
    view = page.view
    block = visible_rect(view, done)
    assert "never moved" in view.tooltip_at(block.center())
    target = view.slot_rect(MONDAY, clinic.ana, time(12))
    assert target is not None
    requests: list[Any] = []
    view.moveRequested.connect(lambda *args: requests.append(args))
    target_point = QPoint(block.center().x(), target.center().y())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=block.center())
    qtbot.mouseMove(view.viewport(), target_point)
    assert view.viewport().cursor().shape() == Qt.CursorShape.ForbiddenCursor
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target_point)
    assert requests == []
    assert clinic.start_of(done) == clinic.at(MONDAY, "09:00")

    # The page refuses it too if asked directly (the same path a drop takes).
    assert not page.move_session(done, clinic.at(MONDAY, "12:00"))
    assert warnings_shown and "never moved" in warnings_shown[-1]
    assert clinic.start_of(done) == clinic.at(MONDAY, "09:00")


def test_moving_a_course_session_asks_and_yes_shifts_the_later_ones(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, third = clinic.course(clinic.at(MONDAY, "09:00"), 3, interval_days=14)
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    show(qtbot, page, mode=WEEK)
    wednesday = MONDAY + timedelta(days=2)
    block = visible_rect(page.view, first)
    target = visible_slot(page.view, wednesday, clinic.ana, time(9))
    block = visible_rect(page.view, first)
    drag(qtbot, page.view, QPoint(block.center().x(), block.top() + 2), target.center())

    assert len(asked) == 1
    assert "Shift the course's 2 later sessions to keep the interval?" in asked[0]
    assert clinic.start_of(first) == clinic.at(wednesday, "09:00")
    second_start = clinic.start_of(second)
    third_start = clinic.start_of(third)
    assert (second_start.date() - wednesday).days >= 14
    assert (third_start.date() - second_start.date()).days >= 14


def test_no_moves_only_the_session_and_cancel_moves_nothing(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = clinic.course(clinic.at(MONDAY, "09:00"), 2, interval_days=14)
    before = clinic.start_of(second)
    show(qtbot, page)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))

    assert not page.move_session(first, clinic.at(MONDAY + timedelta(days=2), "09:00"))
    assert clinic.start_of(first) == clinic.at(MONDAY, "09:00")

    assert page.move_session(first, clinic.at(MONDAY + timedelta(days=2), "09:00"))
    assert clinic.start_of(first) == clinic.at(MONDAY + timedelta(days=2), "09:00")
    assert clinic.start_of(second) == before


# --- the data behind the grid (no widgets) ----------------------------------------------


def _summary(
    session_id: int, starts: datetime, minutes: int = 45, practitioner: int | None = 1
) -> SessionSummary:
    return SessionSummary(
        id=session_id,
        patient_id=session_id,
        patient_name=f"Patient {session_id}",
        starts_at=starts,
        status="planned",
        practitioner_name="Dr Ana Ruiz",
        areas="Cheeks",
        products="HydraMeso 2%",
        total_volume_ml=Decimal("1.5"),
        practitioner_id=practitioner,
        duration_minutes=minutes,
    )


def test_overlapping_sessions_share_the_column_in_lanes_and_crowds_overflow() -> None:
    zone = ZoneInfo("Europe/London")

    def at(hhmm: str) -> datetime:
        hour, minute = (int(part) for part in hhmm.split(":"))
        return datetime.combine(MONDAY, time(hour, minute), tzinfo=zone)

    columns = [CalendarColumn(MONDAY, 1, "Dr Ana Ruiz")]
    rows = [_summary(1, at("09:00")), _summary(2, at("09:30")), _summary(3, at("10:00"))]
    placements, overflows = place(rows, columns, max_lanes=4)
    lanes = {p.session.id: (p.lane, p.lanes) for p in placements}
    assert lanes == {1: (0, 2), 2: (1, 2), 3: (0, 2)}
    assert overflows == []

    crowd = [_summary(10 + n, at("09:00")) for n in range(6)]
    placements, overflows = place(crowd, columns, max_lanes=3)
    assert len(placements) == 2
    assert [len(cell.sessions) for cell in overflows] == [4]


def test_span_closed_hours_columns_and_the_range_cache(db: Database) -> None:
    zone = settings.clinic_zone(db)
    assert grid_span(DEFAULT_HOURS, False, []) == (8 * 60, 20 * 60)
    assert grid_span(DEFAULT_HOURS, True, []) == (9 * 60, 18 * 60)
    early = _summary(1, datetime.combine(MONDAY, time(7, 10), tzinfo=zone))
    assert grid_span(DEFAULT_HOURS, True, [early]) == (7 * 60, 18 * 60)
    assert closed_spans(DEFAULT_HOURS, MONDAY, (8 * 60, 20 * 60)) == [(480, 540), (1080, 1200)]
    assert closed_spans(DEFAULT_HOURS, MONDAY + timedelta(days=6), (480, 1200)) == [(480, 1200)]

    people = practitioners.list_practitioners(db)
    unassigned = _summary(2, datetime.combine(MONDAY, time(9), tzinfo=zone), practitioner=None)
    columns = build_columns(MONDAY, 7, people, [unassigned], None, "Unassigned")
    assert len(columns) == 7 * (len(people) + 1)

    cache = CalendarCache()
    week = load_calendar(db, MONDAY, 7, ACTOR)
    assert cache.put(week)
    day = cache.get(MONDAY + timedelta(days=2), 1)
    assert day is not None and day.first_day == MONDAY + timedelta(days=2) and day.days == 1
    version = cache.version
    cache.clear()
    assert cache.get(MONDAY, 7) is None
    assert not cache.put(week, version)  # loaded before the change: dropped


def test_a_busy_week_paints_every_session(qtbot: QtBot) -> None:
    """5 practitioners x 16 sessions a day x 7 days, painted from memory (its speed is a
    benchmark's business, not a unit test's)."""
    zone = ZoneInfo("Europe/London")
    view = CalendarView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.now = lambda z: datetime.combine(MONDAY + timedelta(days=2), time(11), tzinfo=z)
    people = [PractitionerRecord(n, f"Dr Number {n}", "", False) for n in range(1, 6)]
    rows = [
        _summary(
            (day * 5 + who) * 100 + n,
            datetime.combine(MONDAY + timedelta(days=day), time(8), tzinfo=zone)
            + timedelta(minutes=30 * n),
            minutes=30,
            practitioner=who,
        )
        for day in range(7)
        for who in range(1, 6)
        for n in range(16)
    ]
    columns = build_columns(MONDAY, 7, people, rows, None, "Unassigned")
    view.set_content(columns, rows, DEFAULT_HOURS, True, zone, first_day=MONDAY, days=7)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().repaint()  # the first paint lays the week out
    for _ in range(2):
        view.viewport().repaint()  # repaints raise nothing (qt_default_raising)
    assert len(rows) == 560


def test_only_the_visible_range_is_loaded_and_neighbours_come_from_the_cache(
    qtbot: QtBot, page: CalendarPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mesodesk.ui.pages.calendar import loader as calendar_loader

    loaded: list[tuple[date, int]] = []

    def spy(db: Database, first_day: date, days: int, actor: User) -> Any:
        loaded.append((first_day, days))
        return load_calendar(db, first_day, days, actor)

    monkeypatch.setattr(calendar_loader, "load_calendar", spy)
    show(qtbot, page, mode=WEEK)
    qtbot.waitUntil(lambda: len(page.cache) == 3, timeout=5000)  # the week, and ahead
    weeks = [item for item in loaded if item[1] == 7]  # a day load may have been under way
    assert weeks[0] == (MONDAY, 7)
    assert sorted(weeks) == [(MONDAY + timedelta(days=7 * n), 7) for n in (-1, 0, 1)]

    count = len(loaded)
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)  # already loaded: shown at once
    assert not page.loading and page.visible_range() == (MONDAY + timedelta(days=7), 7)
    qtbot.keyClick(page.view, Qt.Key.Key_D)  # a day of a loaded week needs no query
    assert not page.loading and page.visible_range() == (MONDAY + timedelta(days=7), 1)
    assert all(days == 7 for _first, days in loaded[count:])  # only weeks ahead, if any


# --- a readable week, the keyboard, cancelling ------------------------------------------


def test_a_week_of_four_practitioners_is_readable_at_1600_by_1000(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    """28 practitioner-days no longer squeeze into the width: columns keep a readable width
    and the week scrolls sideways; every block shows its patient's name."""
    people = [
        clinic.ana,
        clinic.bea,
        practitioners.create_practitioner(clinic.db, "Dr Carla Weiss", actor=ACTOR).id,
        practitioners.create_practitioner(clinic.db, "Dr Dora Lind", actor=ACTOR).id,
    ]
    booked = [
        clinic.session(hhmm, who, day=MONDAY + timedelta(days=offset), minutes=45)
        for offset in range(5)
        for who in people
        for hhmm in ("09:00", "14:00")  # everyone busy at the same time
    ]
    booked.append(clinic.session("16:00", people[2], day=MONDAY + timedelta(days=2), minutes=15))
    page.resize(1600, 1000)
    show(qtbot, page, mode=WEEK)
    view = page.view
    view.viewport().repaint()

    assert len(view.columns) == 28
    assert view.column_width() >= 90
    assert view.horizontalScrollBar().maximum() > 0  # the rest of the week is a scroll away
    for session_id in booked:
        rect = visible_rect(view, session_id)
        assert rect.width() >= 90, session_id
        name = sessions.get_session(clinic.db, session_id, actor=ACTOR).patient_name
        lines = view.session_lines(session_id)
        assert lines, f"nothing drawn on session {session_id}"
        assert any(name[:6] in line for line in lines), (name, lines)  # whole or elided
    friday = view.slot_rect(MONDAY + timedelta(days=4), people[3], time(9))
    assert friday is not None


def test_arrows_step_over_sessions_and_enter_opens_like_a_double_click(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    booked = clinic.session("10:00", clinic.ana, minutes=45)
    show(qtbot, page)
    view = page.view
    view.setFocus()
    column = view.column_number(MONDAY, clinic.ana)
    assert column is not None
    ten = (10 * 60 - view.span[0]) // 15
    view.set_cursor(column, ten - 1)  # 09:45, free

    qtbot.keyClick(view, Qt.Key.Key_Down)
    session = view.cursor_session()
    assert session is not None and session.id == booked
    qtbot.keyClick(view, Qt.Key.Key_Down)  # past the whole session: 10:45
    assert view.cursor_cell() == (column, ten + 3) and view.cursor_session() is None
    qtbot.keyClick(view, Qt.Key.Key_Up)  # back onto the session, at its start
    assert view.cursor_cell() == (column, ten)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.cursor_cell() == (column, ten - 1)
    qtbot.keyClick(view, Qt.Key.Key_Down)

    with qtbot.waitSignal(page.sessionActivated) as by_key:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    block = visible_rect(view, booked)
    with qtbot.waitSignal(page.sessionActivated) as by_mouse:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=block.center())
    assert by_key.args == by_mouse.args
    assert by_key.args == [sessions.get_session(clinic.db, booked, actor=ACTOR).patient_id, booked]


def test_ctrl_b_and_insert_book_the_selected_free_slot(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    clinic.session("10:00", clinic.bea)
    show(qtbot, page)
    view = page.view
    view.setFocus()
    assert "Ctrl+B" in page.action_book.toolTip() and "Insert" in page.action_book.toolTip()
    column = view.column_number(MONDAY, clinic.bea)
    assert column is not None
    ten = (10 * 60 - view.span[0]) // 15

    view.set_cursor(column, ten - 2)  # 09:30, free
    with qtbot.waitSignal(page.slotRequested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert asked.args == [clinic.bea, clinic.at(MONDAY, "09:30")]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.slotRequested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert asked.args == [clinic.bea, clinic.at(MONDAY, "09:45")]

    qtbot.keyClick(view, Qt.Key.Key_Down)  # onto the 10:00 session: nothing to book
    requests: list[Any] = []
    page.slotRequested.connect(lambda *args: requests.append(args))
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert requests == []
    assert "taken" in page.info.text()


def test_cancelling_from_the_calendar_offers_a_replacement_and_books_it(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    cancelled = clinic.session("11:00", clinic.ana)
    done = clinic.session("09:00", clinic.bea, status="done")
    show(qtbot, page)
    view = page.view
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Called in sick", True))
    monkeypatch.setattr(QMessageBox, "question", question)

    # The menu offers it for a planned session, not for a done one.
    menu = view.context_menu(visible_rect(view, done).center())
    assert menu is not None
    assert menu.findChild(QAction_, "calendarMenuCancel") is None
    menu = view.context_menu(visible_rect(view, cancelled).center())
    assert menu is not None and menu.findChild(QAction_, "calendarMenuCancel") is not None

    view.setFocus()
    column = view.column_number(MONDAY, clinic.ana)
    assert column is not None
    view.set_cursor(column, (11 * 60 - view.span[0]) // 15)
    qtbot.keyClick(view, Qt.Key.Key_Delete)

    old = sessions.get_session(clinic.db, cancelled, actor=ACTOR)
    assert old.status == "cancelled"
    assert len(asked) == 1 and "Book a new session for" in asked[0]
    replacement = [
        s
        for s in sessions.sessions_for_patient(clinic.db, old.patient_id, actor=ACTOR)
        if s.status == "planned"
    ]
    assert len(replacement) == 1
    assert replacement[0].practitioner_id == clinic.ana
    assert replacement[0].starts_at.date() > old.starts_at.date()
    assert "Cancelled" in page.info.text() and "Replacement booked" in page.info.text()


def test_dragging_still_moves_a_session_in_the_scrolled_week_of_four(
    qtbot: QtBot, page: CalendarPage, clinic: Clinic
) -> None:
    carla = practitioners.create_practitioner(clinic.db, "Dr Carla Weiss", actor=ACTOR).id
    dora = practitioners.create_practitioner(clinic.db, "Dr Dora Lind", actor=ACTOR).id
    thursday = MONDAY + timedelta(days=3)
    moving = clinic.session("09:00", carla, day=thursday)
    page.resize(1600, 1000)
    show(qtbot, page, mode=WEEK)
    view = page.view
    assert view.horizontalScrollBar().maximum() > 0
    block = visible_rect(view, moving)
    target = visible_slot(view, thursday, dora, time(11))
    block = visible_rect(view, moving)
    with qtbot.waitSignal(bus().changed):
        drag(qtbot, view, QPoint(block.center().x(), block.top() + 2), target.center())
    assert clinic.start_of(moving) == clinic.at(thursday, "11:00")
    assert clinic.practitioner_of(moving) == dora

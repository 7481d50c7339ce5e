"""The course editor driven from the keyboard, and the course progress cards of the chart."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.domain.enums import CourseStatus, SessionStatus
from mesodesk.services import courses, settings
from mesodesk.services.dto import ProfileInput
from mesodesk.store.engine import Database
from mesodesk.store.models import Course, TreatmentSession
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.course_editor import BLOCK_NOTE, CourseEditor
from mesodesk.ui.widgets.course_progress import CourseProgressList
from tests.factories import ACTOR, Clinic, add_session, make_clinic

ROOT = Path(__file__).resolve().parents[2]
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def clinic(db: Database) -> Clinic:
    settings.put(db, "clinic.time_zone", "Europe/London", actor=ACTOR)
    return make_clinic(db, profile=ProfileInput(pregnant_or_breastfeeding=True))


@pytest.fixture
def ctx(db: Database, clinic: Clinic) -> DeskContext:
    return DeskContext(db, practitioner_id=clinic.doctor, practitioner_name=ACTOR.name, user=ACTOR)


def _shots(tmp_path: Path) -> Path:
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _next_monday(after: date) -> date:
    return after + timedelta(days=7 - after.weekday())


def _press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key)


def _type(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def _open(qtbot: QtBot, ctx: DeskContext, patient: int) -> CourseEditor:
    editor = CourseEditor(ctx, patient)
    qtbot.addWidget(editor)
    editor.resize(1100, 760)
    editor.show()
    editor.activateWindow()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.type_combo)
    return editor


def test_plan_a_course_every_two_weeks_with_the_keyboard(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, db: Database
) -> None:
    editor = _open(qtbot, ctx, clinic.patient)
    saved: list[int] = []
    editor.saved.connect(saved.append)

    _type(qtbot, "Hyal")
    assert editor.type_combo.currentText() == "Hyaluronic acid"
    assert editor.sessions_spin.value() == 4  # the catalog's default for the type
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.indications_list
    _type(qtbot, "Skin")  # type-ahead: Skin rejuvenation
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.areas_list
    _type(qtbot, "Cheeks")
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Down, 4)  # Around the mouth, Jawline, Scalp, Neck
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab, 2)  # past the optional title
    assert QApplication.focusWidget() is editor.sessions_spin
    _type(qtbot, "6")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "14")
    _press(qtbot, Qt.Key.Key_Tab, 2)  # keep the maintenance interval
    assert QApplication.focusWidget() is editor.practitioner_combo
    _press(qtbot, Qt.Key.Key_Down)  # from Dr Ana Ruiz (the desk's practitioner) to Dr Bea Costa
    _press(qtbot, Qt.Key.Key_Tab, 2)  # keep the start date
    _type(qtbot, "Tu")
    assert editor.weekday_combo.currentData() == 1

    _press(qtbot, Qt.Key.Key_Return)  # the default button: Propose dates

    assert editor.collect().indications == ("skin_rejuvenation",)
    assert editor.collect().areas == ("cheeks", "neck")
    starts = editor.proposal()
    assert len(starts) == 6
    assert editor.proposals.topLevelItemCount() == 6
    assert {s.weekday() for s in starts} == {1}
    assert QApplication.focusWidget() is editor.create_button

    _press(qtbot, Qt.Key.Key_Return)  # now the default: Create course

    assert editor.result() == QDialog.DialogCode.Accepted
    assert len(saved) == 1
    with db.read() as s:
        course = s.get(Course, saved[0])
        assert course is not None
        assert (course.planned_sessions, course.interval_days) == (6, 14)
        rows = s.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == saved[0])
            .order_by(TreatmentSession.starts_at)
        ).all()
        assert len(rows) == 6
        assert {r.status for r in rows} == {SessionStatus.PLANNED}
        assert {r.practitioner_id for r in rows} == {clinic.second_doctor}
        assert all(
            (b.starts_at - a.starts_at).days >= 13 for a, b in zip(rows, rows[1:], strict=False)
        )
        assert all(len(r.treatments) == 2 for r in rows)


def test_proposals_findings_and_a_refused_save_that_keeps_the_form(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, db: Database, tmp_path: Path
) -> None:
    monday = _next_monday(date.today() + timedelta(days=3))
    add_session(db, clinic, datetime.combine(monday, time(10)), status="planned", patient=_jane(db))
    editor = _open(qtbot, ctx, clinic.patient)
    editor.type_combo.setCurrentIndex(editor.type_combo.findText("Hyaluronic acid"))
    _tick(editor.indications_list, "Skin rejuvenation")
    _tick(editor.areas_list, "Cheeks")
    _tick(editor.areas_list, "Forehead")
    editor.start_edit.setDate(editor.start_edit.date().addDays((monday - date.today()).days))
    editor.sessions_spin.setValue(6)

    qtbot.mouseClick(editor.propose_button, Qt.MouseButton.LeftButton)

    assert editor.proposals.topLevelItem(0).text(4) == "nearest free slot"
    assert editor.proposals.topLevelItem(1).text(4) == ""
    assert editor.proposals.topLevelItem(0).text(3) == "09:15"
    text = editor.findings_label.text()
    assert BLOCK_NOTE in text and "#a8231b" in text
    assert any(f.level == "block" for f in editor.findings())
    editor.grab().save(str(_shots(tmp_path) / "course_editor_proposals.png"))

    taken = editor.proposal()[1]
    add_session(db, clinic, taken.replace(tzinfo=None), status="planned", patient=_jane(db, "Ann"))
    qtbot.mouseClick(editor.create_button, Qt.MouseButton.LeftButton)

    assert editor.isVisible()
    assert "Session 2" in editor.message_label.text()
    assert "is now taken" in editor.message_label.text()
    assert editor.sessions_spin.value() == 6
    assert editor.collect().areas == ("forehead", "cheeks")
    assert editor.collect().indications == ("skin_rejuvenation",)
    with db.read() as s:
        assert s.scalar(select(Course.id)) is None

    editor.sessions_spin.setValue(5)  # any change asks for new dates
    assert editor.proposal() == [] and not editor.create_button.isEnabled()


def test_bad_input_is_shown_inline(qtbot: QtBot, ctx: DeskContext, clinic: Clinic) -> None:
    editor = _open(qtbot, ctx, clinic.patient)
    qtbot.mouseClick(editor.propose_button, Qt.MouseButton.LeftButton)
    message = editor.message_label.text()
    assert "Tick at least one indication." in message
    assert "Tick at least one treatment area." in message
    assert editor.proposal() == []
    assert QApplication.focusWidget() is editor.indications_list


def test_course_progress_cards(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    today = date.today()
    done_id = _course(db, clinic, today - timedelta(days=120), 4, done=4)
    open_id = _course(db, clinic, today - timedelta(days=30), 6, done=2, missed=1)
    widget = CourseProgressList(ctx)
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.set_patient(clinic.patient)
    widget.show()
    qtbot.waitExposed(widget)

    cards = {card.course.id: card for card in widget.cards}
    summary = cards[open_id].summary_label.text()
    assert summary.startswith("2 of 6 done · 1 missed · next ")
    assert cards[open_id].badge.text() == "In progress"
    assert cards[open_id].timeline.marks() == [
        "done",
        "done",
        "no_show",
        "planned",
        "planned",
        "planned",
        "to_plan",  # the missed session still has to be replaced
    ]
    assert cards[done_id].badge.text() == "Completed"
    assert "maintenance due" in cards[done_id].summary_label.text()
    widget.grab().save(str(_shots(tmp_path) / "course_progress.png"))

    with qtbot.waitSignal(widget.newCourseRequested):
        qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Moved abroad", True))
    kinds: list[str] = []
    bus().changed.connect(kinds.append)
    try:
        with qtbot.waitSignal(widget.courseChanged):
            cards[open_id].abandon_action.trigger()
    finally:
        bus().changed.disconnect(kinds.append)
    assert "course" in kinds
    progress = {c.id: c for c in courses.course_progress(db, clinic.patient, actor=ACTOR)}
    assert progress[open_id].status == CourseStatus.ABANDONED
    assert progress[open_id].status_reason == "Moved abroad"
    card = next(c for c in widget.cards if c.course.id == open_id)
    assert card.badge.text() == "Abandoned"
    assert not card.abandon_action.isVisible() and card.reopen_action.isVisible()


def test_empty_course_list(qtbot: QtBot, ctx: DeskContext, clinic: Clinic) -> None:
    widget = CourseProgressList(ctx)
    qtbot.addWidget(widget)
    widget.set_patient(clinic.patient)
    assert widget.cards == []
    assert not widget.empty_label.isHidden()


# --- helpers -------------------------------------------------------------------------------


def _jane(db: Database, given: str = "Jane") -> int:
    from mesodesk.services import patients
    from mesodesk.services.dto import PatientInput

    return patients.create_patient(db, PatientInput(given, "Doe"), actor=ACTOR).id


def _tick(widget: Any, name: str) -> None:
    [item] = widget.findItems(name, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Checked)


def _course(db: Database, c: Clinic, first: date, count: int, *, done: int, missed: int = 0) -> int:
    """A course planned from ``first`` every 14 days with its first sessions already held."""
    data = courses.CourseInput(
        patient_id=c.patient,
        solution_type_id=c.types["hyaluronic_acid"],
        practitioner_id=c.doctor,
        areas=("cheeks",),
        indications=("skin_rejuvenation",),
        sessions=count,
        interval_days=14,
        maintenance_interval_days=120,
        start_date=first,
        preferred_time=time(10),
        preferred_weekday=None,
    )
    now = datetime.combine(first, time(7), tzinfo=LONDON)
    course_id = courses.create_course(
        db, data, courses.propose(db, data, now=now, actor=ACTOR), actor=ACTOR
    )
    with db.begin() as s:
        rows = s.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.course_id == course_id)
            .order_by(TreatmentSession.starts_at)
        ).all()
        for row in rows[:done]:
            row.status = SessionStatus.DONE
        for row in rows[done : done + missed]:
            row.status = SessionStatus.NO_SHOW
    return course_id


def _laid_out(layout: QLayout) -> list[QWidget]:
    out: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            out.extend(_laid_out(item.layout()))
    return out


def _layout_problems(top: QWidget) -> list[str]:
    """Visible widgets placed by one layout that overlap, or get less than they ask for."""
    found: list[str] = []
    for host in [top, *top.findChildren(QWidget)]:
        layout = host.layout()
        if layout is None or not host.isVisible():
            continue
        widgets = [w for w in _laid_out(layout) if w.isVisible()]
        for n, a in enumerate(widgets):
            name = a.objectName() or f"{type(a).__name__} {getattr(a, 'text', str)()!r}"
            if a.width() < a.sizeHint().width():
                found.append(f"{name} is narrower than it asks ({a.width()} px)")
            if a.height() < a.minimumSizeHint().height():
                found.append(f"{name} is squeezed ({a.height()} px high)")
            for b in widgets[n + 1 :]:
                if a.geometry().intersects(b.geometry()):
                    found.append(f"{name} overlaps {b.objectName() or type(b).__name__}")
    return found


def test_nothing_overlaps_or_is_clipped_after_proposing_at_the_default_size(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    editor = CourseEditor(ctx, clinic.patient)
    qtbot.addWidget(editor)
    editor.show()  # the default size: no resize
    qtbot.waitExposed(editor)
    assert _layout_problems(editor) == []
    editor.type_combo.setCurrentIndex(editor.type_combo.findText("Hyaluronic acid"))
    _tick(editor.indications_list, "Skin rejuvenation")
    _tick(editor.areas_list, "Cheeks")

    qtbot.mouseClick(editor.propose_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(editor.proposals.isVisible)
    assert editor.findings_label.text()  # the pregnancy stop is shown
    assert _layout_problems(editor) == []
    assert editor.weekday_combo.width() >= editor.weekday_combo.sizeHint().width()


def test_the_indications_follow_the_solution_type(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    editor = _open(qtbot, ctx, clinic.patient)

    def shown() -> list[str]:
        return [
            editor.indications_list.item(r).text() for r in range(editor.indications_list.count())
        ]

    editor.type_combo.setCurrentIndex(editor.type_combo.findText("Lipolytic"))
    assert shown() == ["Cellulite", "Localised fat"]
    _tick(editor.indications_list, "Cellulite")
    editor.type_combo.setCurrentIndex(editor.type_combo.findText("Hyaluronic acid"))
    assert "Cellulite" not in shown() and "Skin rejuvenation" in shown()
    assert editor.collect().indications == ()  # a tick on a hidden indication is dropped
    _tick(editor.indications_list, "Skin rejuvenation")
    editor.type_combo.setCurrentIndex(editor.type_combo.findText("PRP (platelet-rich plasma)"))
    assert shown() == ["Skin rejuvenation", "Hair loss / alopecia"]
    assert editor.collect().indications == ("skin_rejuvenation",)  # still listed: kept

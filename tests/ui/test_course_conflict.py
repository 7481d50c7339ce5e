"""Two desks change one course's status: the course cards show the conflict dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.domain.accounts import Role
from mesodesk.domain.enums import CourseStatus
from mesodesk.services import courses
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.conflict import ConflictDialog
from mesodesk.ui.widgets.course_progress import CourseProgressList
from tests.factories import ACTOR, Clinic, desk_user, make_clinic


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return make_clinic(db)


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    desk = Database.connect(db.url)
    yield desk
    desk.dispose()


@pytest.fixture
def course(db: Database, clinic: Clinic) -> int:
    first = date.today() + timedelta(days=7)
    data = courses.CourseInput(
        patient_id=clinic.patient,
        solution_type_id=clinic.types["hyaluronic_acid"],
        practitioner_id=clinic.doctor,
        areas=("cheeks",),
        indications=("skin_rejuvenation",),
        sessions=3,
        interval_days=14,
        maintenance_interval_days=120,
        start_date=first,
        preferred_time=time(10),
        preferred_weekday=None,
    )
    now = datetime.combine(date.today(), time(7))
    return courses.create_course(
        db, data, courses.propose(db, data, now=now, actor=ACTOR), actor=ACTOR
    )


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The buttons to click in the conflict dialogs, in order (what is left when done)."""
    queue: list[str] = []

    def exec_(self: ConflictDialog) -> int:
        rows = [
            tuple(self.table.item(r, c).text() for c in range(3))
            for r in range(self.table.rowCount())
        ]
        assert rows == [("Status", "Completed", "Abandoned")]
        assert "reception" in self.table.horizontalHeaderItem(1).text()
        getattr(self, queue.pop(0)).click()
        return int(self.result())

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Moved abroad", True))
    return queue


def _cards(qtbot: QtBot, db: Database, clinic: Clinic) -> CourseProgressList:
    widget = CourseProgressList(DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR))
    qtbot.addWidget(widget)
    widget.set_patient(clinic.patient)
    widget.show()
    return widget


def _they_complete(other_desk: Database, course: int) -> None:
    courses.set_course_status(
        other_desk,
        course,
        CourseStatus.COMPLETED,
        actor=desk_user(other_desk, "reception", Role.RECEPTION, Role.PRACTITIONER),
    )


def _status(db: Database, clinic: Clinic, course: int) -> str:
    return next(
        c for c in courses.course_progress(db, clinic.patient, actor=ACTOR) if c.id == course
    ).status


def test_cancel_then_keep_mine_overwrites_audited(
    qtbot: QtBot,
    db: Database,
    other_desk: Database,
    clinic: Clinic,
    course: int,
    answers: list[str],
) -> None:
    widget = _cards(qtbot, db, clinic)
    _they_complete(other_desk, course)
    answers.append("cancel")
    widget.cards[0].abandon_action.trigger()
    assert answers == [] and _status(db, clinic, course) == CourseStatus.COMPLETED
    answers.append("keep_mine")
    with qtbot.waitSignal(widget.courseChanged):
        widget.cards[0].abandon_action.trigger()
    assert _status(db, clinic, course) == CourseStatus.ABANDONED
    with db.read() as s:
        actions = s.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity == "course", AuditEvent.entity_id == course)
            .order_by(AuditEvent.id)
        ).all()
    assert actions[-1] == "overwrite"


def test_take_theirs_shows_their_status(
    qtbot: QtBot,
    db: Database,
    other_desk: Database,
    clinic: Clinic,
    course: int,
    answers: list[str],
) -> None:
    widget = _cards(qtbot, db, clinic)
    _they_complete(other_desk, course)
    answers.append("take_theirs")
    widget.cards[0].abandon_action.trigger()
    assert _status(db, clinic, course) == CourseStatus.COMPLETED
    assert widget.cards[0].badge.text() == "Completed"

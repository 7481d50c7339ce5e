"""The patient's courses at a glance: status badge, counts, next session and a timeline strip."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import CourseStatus, SessionStatus
from mesodesk.services import courses as course_service
from mesodesk.services.courses import CourseProgress
from mesodesk.services.errors import EditConflict, ServiceError
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.conflict import Resolution, resolve_conflict
from mesodesk.ui.labels import QT_TRANSLATE_NOOP
from mesodesk.ui.ops import report_failure

DONE_GREEN = QColor("#1f7a3a")
PLANNED_GREY = QColor("#455a64")
ARRIVED_BLUE = QColor("#0b57a4")
MISSED_RED = QColor("#b3261e")
TO_PLAN = QColor("#b0b7bd")

STATUS_STYLE: dict[str, tuple[str, str, str]] = {
    CourseStatus.PLANNED: (QT_TRANSLATE_NOOP("CourseCard", "Planned"), "#37474f", "#eceff1"),
    CourseStatus.IN_PROGRESS: (
        QT_TRANSLATE_NOOP("CourseCard", "In progress"),
        "#0b57a4",
        "#e3f0fc",
    ),
    CourseStatus.COMPLETED: (QT_TRANSLATE_NOOP("CourseCard", "Completed"), "#1b6e20", "#e6f4ea"),
    CourseStatus.ABANDONED: (QT_TRANSLATE_NOOP("CourseCard", "Abandoned"), "#5f6368", "#efefef"),
}
"""Label, text colour and background of each course status badge."""

_STATUS_WORDS: dict[str, str] = {
    SessionStatus.DONE: QT_TRANSLATE_NOOP("TimelineStrip", "done"),
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("TimelineStrip", "planned"),
    SessionStatus.ARRIVED: QT_TRANSLATE_NOOP("TimelineStrip", "arrived"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("TimelineStrip", "cancelled"),
    SessionStatus.NO_SHOW: QT_TRANSLATE_NOOP("TimelineStrip", "missed"),
}


def _short_moment(moment: datetime, today: date) -> str:
    """ "Tue 1 Dec 10:00" (with the year when it is not this year), in the user's language."""
    pattern = "ddd d MMM" if moment.year == today.year else "ddd d MMM yyyy"
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)
    return f"{day} {QLocale().toString(QTime(moment.hour, moment.minute), 'HH:mm')}"


def _short_date(day: date, today: date) -> str:
    pattern = "d MMM" if day.year == today.year else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


class TimelineStrip(QWidget):
    """One mark per session in time order: done filled green, booked hollow, missed a red
    cross; faint dotted circles for the sessions the course still has to plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseTimeline")
        self._marks: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_course(self, course: CourseProgress, today: date) -> None:
        self._marks = [status for _, status in course.timeline]
        still_open = course.status in (CourseStatus.PLANNED, CourseStatus.IN_PROGRESS)
        self._marks += ["to_plan"] * (course.remaining if still_open else 0)
        lines = [
            self.tr("{n}. {date}: {status}").format(
                n=n, date=_short_date(day, today), status=self.tr(_STATUS_WORDS.get(st, st))
            )
            for n, (day, st) in enumerate(course.timeline, start=1)
        ]
        if self._marks.count("to_plan"):
            lines.append(self.tr("{n} still to plan").format(n=self._marks.count("to_plan")))
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    def marks(self) -> list[str]:
        return list(self._marks)

    def _diameter(self) -> int:
        return max(10, int(self.fontMetrics().height() * 0.8))

    def sizeHint(self) -> QSize:
        d = self._diameter()
        return QSize(max(1, len(self._marks)) * (d + d // 2) + 4, d + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._diameter() + 6, self._diameter() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = self._diameter()
        gap = d // 2
        y = (self.height() - d) / 2
        for n, mark in enumerate(self._marks):
            box = QRectF(2 + n * (d + gap), y, d, d)
            if box.right() > self.width():
                break  # a very long course in a narrow chart: the tooltip has the rest
            self._paint_mark(painter, box, mark)
        painter.end()

    @staticmethod
    def _paint_mark(painter: QPainter, box: QRectF, mark: str) -> None:
        inner = box.adjusted(1, 1, -1, -1)
        if mark == SessionStatus.DONE:
            painter.setPen(QPen(DONE_GREEN, 1.5))
            painter.setBrush(DONE_GREEN)
            painter.drawEllipse(inner)
        elif mark in (SessionStatus.CANCELLED, SessionStatus.NO_SHOW):
            pen = QPen(MISSED_RED, 2.2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            cross = inner.adjusted(1.5, 1.5, -1.5, -1.5)
            painter.drawLine(cross.topLeft(), cross.bottomRight())
            painter.drawLine(
                QPointF(cross.left(), cross.bottom()), QPointF(cross.right(), cross.top())
            )
        elif mark == "to_plan":
            pen = QPen(TO_PLAN, 1.2)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(inner)
        else:  # planned or arrived: booked, not done yet
            colour = ARRIVED_BLUE if mark == SessionStatus.ARRIVED else PLANNED_GREY
            painter.setPen(QPen(colour, 1.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(inner)


class CourseCard(QFrame):
    """One course: title, status badge, counts and next session, timeline, and a menu."""

    abandonClicked = Signal(int)
    reopenClicked = Signal(int)

    def __init__(self, course: CourseProgress, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.course = course
        self.setObjectName("courseCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#courseCard { border: 1px solid #d0d7de; border-radius: 6px;"
            " background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)

        top = QHBoxLayout()
        self.title_label = QLabel(course.title or self.tr("Course"))
        self.title_label.setObjectName("courseTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.badge = QLabel()
        self.badge.setObjectName("courseStatus")
        text, fg, bg = STATUS_STYLE.get(course.status, (course.status, "#37474f", "#eceff1"))
        self.badge.setText(self.tr(text))
        self.badge.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border-radius: 8px; padding: 1px 8px;"
            " font-weight: 600; }"
        )
        if course.status_reason:
            self.badge.setToolTip(course.status_reason)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("courseMenu")
        self.menu_button.setText("⋯")
        self.menu_button.setAccessibleName(self.tr("Course actions"))
        self.menu_button.setToolTip(self.tr("Course actions"))
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        menu = QMenu(self.menu_button)
        self.abandon_action = QAction(self.tr("Mark &abandoned…"), menu)
        self.abandon_action.setObjectName("actionAbandonCourse")
        self.abandon_action.triggered.connect(lambda: self.abandonClicked.emit(course.id))
        self.reopen_action = QAction(self.tr("&Reopen course"), menu)
        self.reopen_action.setObjectName("actionReopenCourse")
        self.reopen_action.triggered.connect(lambda: self.reopenClicked.emit(course.id))
        menu.addAction(self.abandon_action)
        menu.addAction(self.reopen_action)
        self.menu_button.setMenu(menu)
        closed = course.status in (CourseStatus.ABANDONED, CourseStatus.COMPLETED)
        self.abandon_action.setVisible(course.status != CourseStatus.ABANDONED)
        self.reopen_action.setVisible(closed)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.badge)
        top.addWidget(self.menu_button)
        layout.addLayout(top)

        details = [course.solution_type_name, course.practitioner_name]
        details.append(self.tr("every {n} days").format(n=course.interval_days))
        self.details_label = QLabel(" · ".join(d for d in details if d))
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        muted = self.details_label.palette()
        muted.setColor(muted.ColorRole.WindowText, QColor("#5f6368"))
        self.details_label.setPalette(muted)
        layout.addWidget(self.details_label)

        self.summary_label = QLabel(self.summary(course, today))
        self.summary_label.setObjectName("courseSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        open_course = course.status in (CourseStatus.PLANNED, CourseStatus.IN_PROGRESS)
        if open_course and course.next_session is None:
            self.summary_label.setStyleSheet("QLabel { color: #8a5300; }")
        layout.addWidget(self.summary_label)

        self.timeline = TimelineStrip()
        self.timeline.set_course(course, today)
        layout.addWidget(self.timeline)

    def summary(self, course: CourseProgress, today: date) -> str:
        """ "3 of 6 done · 1 missed · next Tue 1 Dec 10:00"."""
        parts = [
            self.tr("{done} of {total} done").format(
                done=course.done_count, total=course.planned_sessions
            )
        ]
        if course.missed_count:
            parts.append(self.tr("{n} missed").format(n=course.missed_count))
        if course.next_session is not None:
            parts.append(
                self.tr("next {when}").format(when=_short_moment(course.next_session, today))
            )
        elif course.status == CourseStatus.COMPLETED and course.maintenance_due is not None:
            parts.append(
                self.tr("maintenance due {date}").format(
                    date=_short_date(course.maintenance_due, today)
                )
            )
        elif course.status in (CourseStatus.PLANNED, CourseStatus.IN_PROGRESS):
            parts.append(self.tr("no next session booked"))
        elif course.status == CourseStatus.ABANDONED and course.status_reason:
            parts.append(course.status_reason)
        return " · ".join(parts)


class CourseProgressList(QWidget):
    """The patient's courses as cards, newest first, with a "New course…" button.

    With a ``ctx`` the widget loads courses itself (:meth:`set_patient`) and marks them
    abandoned or reopens them through the courses service; without one it only shows what
    :meth:`set_courses` gives it and emits :attr:`abandonRequested` for the owner to act on.
    """

    newCourseRequested = Signal()
    abandonRequested = Signal(int, str)
    """(course_id, reason), when the widget has no ``ctx`` to do it itself."""
    courseChanged = Signal(int)
    """A course's status was changed here (with a ``ctx``)."""

    def __init__(self, ctx: DeskContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("courseProgressList")
        self._patient_id: int | None = None
        self._courses: list[CourseProgress] = []
        self.cards: list[CourseCard] = []

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.heading = QLabel(self.tr("Courses"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.new_button = QPushButton(self.tr("&New course…"))
        self.new_button.setObjectName("newCourseButton")
        self.new_button.clicked.connect(self.newCourseRequested)
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.new_button)
        root.addLayout(bar)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.setSpacing(8)
        self.empty_label = QLabel(
            self.tr("No courses yet. Plan one with <b>New course…</b> to book its sessions.")
        )
        self.empty_label.setObjectName("coursesEmpty")
        self.empty_label.setWordWrap(True)
        self._body_layout.addWidget(self.empty_label)
        self._body_layout.addStretch(1)
        self._scroll.setWidget(self._body)
        root.addWidget(self._scroll, 1)

    # --- content ----------------------------------------------------------------------------

    def set_patient(self, patient_id: int) -> None:
        """Load and show a patient's courses (needs a ``ctx``)."""
        if self.ctx is None:
            raise RuntimeError("CourseProgressList.set_patient needs a DeskContext")
        self._patient_id = patient_id
        self.set_courses(
            course_service.course_progress(self.ctx.db, patient_id, actor=self.ctx.actor)
        )

    def reload(self) -> None:
        if self._patient_id is not None:
            self.set_patient(self._patient_id)

    def set_courses(self, courses: Sequence[CourseProgress], *, today: date | None = None) -> None:
        self._courses = list(courses)
        day = today or date.today()
        for card in self.cards:
            self._body_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for position, course in enumerate(self._courses):
            card = CourseCard(course, day, self._body)
            card.abandonClicked.connect(self._abandon)
            card.reopenClicked.connect(self._reopen)
            self._body_layout.insertWidget(position, card)
            self.cards.append(card)
        self.empty_label.setVisible(not self._courses)
        self.heading.setText(
            self.tr("Courses ({n})").format(n=len(self._courses))
            if self._courses
            else self.tr("Courses")
        )

    def courses(self) -> list[CourseProgress]:
        return list(self._courses)

    # --- actions ----------------------------------------------------------------------------

    def _abandon(self, course_id: int) -> None:
        course = next((c for c in self._courses if c.id == course_id), None)
        if course is None:
            return
        booked = course.planned_count
        prompt = self.tr("Why is “{title}” abandoned?").format(title=course.title)
        if booked:
            prompt += "\n" + self.tr(
                "Its planned sessions still to come are cancelled (they stay in the record)."
            )
        reason, ok = QInputDialog.getText(self, self.tr("Mark course abandoned"), prompt)
        if not ok:
            return
        if self.ctx is None:
            self.abandonRequested.emit(course_id, reason.strip())
            return
        self._set_status(course_id, CourseStatus.ABANDONED, reason)

    def _reopen(self, course_id: int) -> None:
        if self.ctx is None:
            return
        self._set_status(course_id, CourseStatus.IN_PROGRESS, "")

    def _status_text(self, _field: str, value: object) -> str:
        label = STATUS_STYLE.get(str(value), (str(value), "", ""))[0]
        return QCoreApplication.translate("CourseCard", label)

    def _set_status(
        self, course_id: int, status: CourseStatus, reason: str, *, overwrite: bool = False
    ) -> None:
        """Change the status from the version this list shows; another desk's newer change
        is shown in the conflict dialog (keep mine overwrites, audited; take theirs reloads)."""
        assert self.ctx is not None
        shown = next((c for c in self._courses if c.id == course_id), None)
        try:
            course_service.set_course_status(
                self.ctx.db,
                course_id,
                status,
                actor=self.ctx.actor,
                reason=reason,
                expected_version=shown.version if shown is not None else None,
                overwrite=overwrite,
            )
        except EditConflict as conflict:
            choice = resolve_conflict(
                self, conflict, {"status": self.tr("Status")}, self._status_text
            )
            if choice == Resolution.KEEP_MINE:
                self._set_status(course_id, status, reason, overwrite=True)
            elif choice == Resolution.TAKE_THEIRS:
                self.reload()
                self.courseChanged.emit(course_id)
            return
        except ServiceError as error:
            report_failure(self, error, title=self.tr("Course"), operation="set_course_status")
            return
        self.reload()
        self.courseChanged.emit(course_id)
        bus().changed.emit("course")

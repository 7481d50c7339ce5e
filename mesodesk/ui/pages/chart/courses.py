"""The chart's Courses tab: course cards, built when first shown, and the .ics export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import failure_reason, log_failure, report_failure
from mesodesk.ui.pages.chart.common import SPACING

if TYPE_CHECKING:
    from mesodesk.ui.widgets.course_progress import CourseProgressList


class CoursesTab(QWidget):
    """Course cards are many small widgets (a painted timeline each): they are built when
    the tab is first shown and refilled only when shown after a change."""

    def __init__(self, ctx: DeskContext, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient_id = patient_id
        self.course_list: CourseProgressList | None = None
        self.stale = True
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, SPACING, 0, 0)
        self.ics_button = QPushButton(self.tr("Send appointments to the patient (.ics)…"))
        self.ics_button.setObjectName("exportIcsButton")
        self.ics_button.setToolTip(
            self.tr("A calendar file of the upcoming sessions, for the patient's phone")
        )
        self.ics_button.clicked.connect(self.export_ics)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.ics_button)
        self._layout.addStretch(1)
        self._layout.addLayout(bar)

    def show_courses(self) -> None:
        """Build (once) and fill the course cards when their data changed."""
        from mesodesk.services import courses as course_service

        if self.course_list is None:
            from mesodesk.ui.widgets.course_progress import CourseProgressList

            self.course_list = CourseProgressList(self.ctx, self)
            self.course_list.newCourseRequested.connect(self.new_course)
            self._layout.insertWidget(0, self.course_list, 1)
            stretch = self._layout.itemAt(1)
            if stretch is not None and stretch.spacerItem() is not None:
                self._layout.removeItem(stretch)
        if self.stale:
            self.stale = False
            try:
                progress = course_service.course_progress(
                    self.ctx.db, self.patient_id, actor=self.ctx.actor
                )
            except Exception as error:  # shown in place; the rest of the chart stays usable
                self.course_list.empty_label.setText(
                    failure_reason(error, "pages.chart.courses.show_courses")
                )
                return
            self.course_list.set_courses(progress)

    def new_course(self) -> None:
        """Plan a course of sessions for this patient (proposed dates shown before saving)."""
        from mesodesk.ui.dialogs.course_editor import CourseEditor

        editor = CourseEditor(self.ctx, self.patient_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()

    def export_ics(self) -> Path | None:
        """Save the patient's upcoming sessions as an .ics calendar file."""
        from mesodesk.services.courses import ics_file_name
        from mesodesk.services.files import write_file

        try:
            suggested = ics_file_name(self.ctx.db, self.patient_id)
        except Exception as error:  # the setting could not be read: no name is the safe choice
            log_failure(error, "pages.chart.courses.ics_file_name")
            suggested = "appointments.ics"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save appointments"),
            suggested,
            self.tr("Calendar file (*.ics)"),
        )
        if not target:
            return None
        try:
            from mesodesk.services.courses import upcoming_ics

            data = upcoming_ics(self.ctx.db, self.patient_id, actor=self.ctx.actor)
            return write_file(data, Path(target))
        except Exception as error:  # nothing is lost: say why and let the user choose again
            report_failure(
                self,
                error,
                title=self.tr("Save appointments"),
                operation="pages.chart.courses.export_ics",
            )
            return None

"""Whether moving a course session takes the course's later planned sessions along."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mesodesk.services import courses
from mesodesk.services.errors import ServiceError
from mesodesk.ui.context import DeskContext
from mesodesk.ui.widgets.inline_errors import describe


def ask_to_shift(
    parent: QWidget,
    ctx: DeskContext,
    session_id: int,
    *,
    title: str,
    refuse: Callable[[str], None],
) -> bool | None:
    """Whether to shift the course's later sessions too; None when the user cancels.

    Sessions outside a course (or with no later planned one) are not asked about (False).
    A failure to look them up goes to ``refuse`` and counts as a cancel.
    """
    try:
        later = courses.later_planned_in_course(ctx.db, session_id)
    except ServiceError as error:
        refuse(describe(error))
        return None
    if not later:
        return False
    n = len(later)
    question = (
        QCoreApplication.translate(
            "CourseShift", "Shift the course's 1 later session to keep the interval?"
        )
        if n == 1
        else QCoreApplication.translate(
            "CourseShift", "Shift the course's {n} later sessions to keep the interval?"
        ).format(n=n)
    )
    details = QCoreApplication.translate(
        "CourseShift",
        "Yes moves them too where the interval would shrink; No moves only this "
        "session; Cancel leaves everything as it is.",
    )
    buttons = (
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent, title, question + "\n\n" + details, buttons, QMessageBox.StandardButton.Yes
    )
    if answer not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
        return None
    return answer == QMessageBox.StandardButton.Yes

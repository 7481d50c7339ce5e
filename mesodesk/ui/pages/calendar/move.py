"""Moving a session from the calendar (and, if the user agrees, its course's later ones)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from mesodesk.services import courses
from mesodesk.services.errors import ServiceError, ValidationFailed
from mesodesk.ui.bus import bus
from mesodesk.ui.pages.calendar.text import long_moment, why_fixed
from mesodesk.ui.widgets import course_shift
from mesodesk.ui.widgets.inline_errors import describe, shown

if TYPE_CHECKING:
    from mesodesk.ui.pages.calendar.page import CalendarPage


def move_session(
    page: CalendarPage, session_id: int, new_start: datetime, practitioner_id: int | None
) -> bool:
    """Move a session shown on ``page``; True if moved. See :meth:`CalendarPage.move_session`."""
    row = page.view.session(session_id)
    if row is None:
        return False
    reason = why_fixed(row)
    if reason:
        refuse(page, reason)
        return False
    target = practitioner_id if practitioner_id is not None else row.practitioner_id
    if target is None and row.practitioner_id is not None:
        refuse(
            page,
            QCoreApplication.translate(
                "CalendarPage", "Drop the session in a practitioner's column."
            ),
        )
        return False
    change_practitioner = target != row.practitioner_id
    if new_start == row.starts_at and not change_practitioner:
        return False
    shift = ask_to_shift(page, session_id)
    if shift is None:
        return False
    chosen = target if change_practitioner else None
    try:
        moves = courses.plan_move(
            page.ctx.db,
            session_id,
            new_start,
            practitioner_id=chosen,
            shift_following=shift,
            actor=page.ctx.actor,
        )
        if not moves:
            return False
        courses.apply_moves(page.ctx.db, moves, practitioner_id=chosen, actor=page.ctx.actor)
    except ValidationFailed as error:
        refuse(page, " ".join(map(shown, error.errors.values())) or describe(error))
        return False
    except (ServiceError, ValueError) as error:
        refuse(page, describe(error))
        return False
    name = ""
    starts = {m.session_id: m.new_start for m in moves}
    if change_practitioner:
        name = next((p.display_name for p in page.practitioners if p.id == target), "")
        page.view.show_moved(starts, (session_id, target, name))
    else:
        page.view.show_moved(starts, None)
    others = len(moves) - 1
    text = QCoreApplication.translate("CalendarPage", "Moved {patient} to {when}.").format(
        patient=row.patient_name, when=long_moment(new_start.astimezone(page.view.zone))
    )
    if name:
        text += " " + QCoreApplication.translate("CalendarPage", "Now with {who}.").format(who=name)
    if others:
        text += " " + (
            QCoreApplication.translate("CalendarPage", "1 later course session moved too.")
            if others == 1
            else QCoreApplication.translate(
                "CalendarPage", "{n} later course sessions moved too."
            ).format(n=others)
        )
    page.set_info(text)
    bus().changed.emit("session")
    return True


def ask_to_shift(page: CalendarPage, session_id: int) -> bool | None:
    """Whether to shift the course's later sessions too; None when the user cancels.

    Sessions outside a course (or with no later planned one) are not asked about.
    """
    return course_shift.ask_to_shift(
        page,
        page.ctx,
        session_id,
        title=QCoreApplication.translate("CalendarPage", "Move session"),
        refuse=lambda message: refuse(page, message),
    )


def refuse(page: CalendarPage, message: str) -> None:
    """The one place a refused move is reported."""
    QMessageBox.warning(
        page,
        QCoreApplication.translate("CalendarPage", "Session not moved"),
        message + "\n\n" + QCoreApplication.translate("CalendarPage", "Nothing was changed."),
    )

"""Cancelling a session from the calendar, then offering a replacement slot as a no-show does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.session_rules import CANCELLABLE
from mesodesk.services import sessions as session_service
from mesodesk.ui.bus import Change
from mesodesk.ui.ops import run_op
from mesodesk.ui.pages.calendar.text import long_moment
from mesodesk.ui.widgets.replacement import offer_replacement

if TYPE_CHECKING:
    from mesodesk.ui.pages.calendar.page import CalendarPage


def cancel_session(page: CalendarPage, session_id: int) -> bool:
    """Ask for a reason, cancel the session, then offer its replacement; True if cancelled."""
    row = page.view.session(session_id)
    if row is None:
        return False
    if row.status not in CANCELLABLE:
        page.set_info(
            QCoreApplication.translate(
                "CalendarPage", "This session is {status} and cannot be cancelled."
            ).format(status=SessionStatus(row.status).label.lower())
        )
        return False
    when = long_moment(row.starts_at.astimezone(page.view.zone))
    reason, ok = QInputDialog.getText(
        page,
        QCoreApplication.translate("CalendarPage", "Cancel session"),
        QCoreApplication.translate(
            "CalendarPage",
            "Cancel {patient}'s session of {when}.\n\nReason (optional), e.g. “called in sick”:",
        ).format(patient=row.patient_name, when=when),
    )
    if not ok:
        return False
    cancelled = run_op(
        page,
        lambda: session_service.set_status(
            page.ctx.db, row.id, SessionStatus.CANCELLED, actor=page.ctx.actor, reason=reason
        ),
        changes=Change.SESSIONS,
        title=QCoreApplication.translate("CalendarPage", "Session not cancelled"),
    )
    if not cancelled.succeeded:  # refused (e.g. changed meanwhile): said why, nothing changed
        return False
    done = QCoreApplication.translate(
        "CalendarPage", "Cancelled {patient}'s session of {when}."
    ).format(patient=row.patient_name, when=when)
    page.set_info(done)
    offer_replacement(
        page,
        page.ctx,
        row.id,
        row.patient_name,
        inform=lambda text: page.set_info(done + " " + text),
    )
    return True

"""After a cancellation or a no-show: offer the nearest free slot and book it when accepted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mesodesk.services import courses as course_service
from mesodesk.ui.bus import Change
from mesodesk.ui.context import DeskContext
from mesodesk.ui.locale_format import clock_time
from mesodesk.ui.ops import failure_reason, run_op


def offer_replacement(
    parent: QWidget,
    ctx: DeskContext,
    session_id: int,
    patient_name: str,
    *,
    inform: Callable[[str], None],
) -> int | None:
    """Propose the free slot the courses service finds for a missed session; book it on Yes.

    ``inform`` gets the outcome line (booked, or no slot found); a refusal (the slot was
    taken meanwhile) goes through the operation helper's one failure path.
    Returns the new session's id, or None when nothing was booked. The missed session is
    already recorded, so a failed proposal only informs.
    """
    try:
        slot = course_service.replacement_slot(ctx.db, session_id, actor=ctx.actor)
    except Exception as error:  # the cancellation stands; the proposal is a courtesy
        inform(failure_reason(error, "replacement_slot"))
        return None
    if slot is None:
        inform(
            QCoreApplication.translate(
                "Replacement", "No free slot found in the next weeks for a replacement."
            )
        )
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Replacement", "Book a replacement?"),
        QCoreApplication.translate(
            "Replacement", "Book a new session for {name} on {day} at {time}?"
        ).format(name=patient_name, day=ctx.format_date(slot.date()), time=clock_time(slot)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    booked = run_op(
        parent,
        lambda: course_service.book_replacement(ctx.db, session_id, slot, actor=ctx.actor),
        changes=Change.SESSIONS,
        title=QCoreApplication.translate("Replacement", "Book a replacement"),
    )
    if not booked.succeeded:  # e.g. the slot was taken meanwhile: said, logged, nothing changed
        return None
    inform(
        QCoreApplication.translate("Replacement", "Replacement booked on {day} at {time}.").format(
            day=ctx.format_date(slot.date()), time=clock_time(slot)
        )
    )
    return int(booked.result)

"""What saving a session may ask or offer besides the form: the stops' reasons, shifting the
course's later sessions, and a replacement for a cancelled or missed session."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.session_rules import MISSED, MOVABLE
from mesodesk.services import courses, sessions
from mesodesk.services.dto import SessionInput, SessionRecord
from mesodesk.services.errors import ServiceError, ValidationFailed
from mesodesk.ui.bus import Change, bus
from mesodesk.ui.dialogs.session_editor.lines import LINE_PREFIX, TreatmentLine
from mesodesk.ui.dialogs.session_editor.override import OverrideDialog
from mesodesk.ui.ops import log_failure
from mesodesk.ui.widgets.course_shift import ask_to_shift
from mesodesk.ui.widgets.inline_errors import describe, nothing_saved, shown
from mesodesk.ui.widgets.replacement import offer_replacement

if TYPE_CHECKING:
    from mesodesk.ui.dialogs.session_editor.dialog import SessionEditor


LINE_KEY = re.compile(r"^treatments\[(\d+)\]\.")
"""A refusal about a line the service numbered (from 1, in the order sent)."""


def confirm_override(editor: SessionEditor, data: SessionInput) -> SessionInput | None:
    """Marking done over screening stops: the practitioner confirms, with a reason per stop.

    Returns ``data`` with ``override_reasons`` set, ``data`` unchanged when there is no stop
    (or the session is not being marked done), or None when she cancels (what she typed is
    kept for the next attempt; nothing is saved).
    """
    stops = editor.findings_panel.blocks()
    if data.status != SessionStatus.DONE or not stops:
        return data
    record = editor.record
    known: dict[str, str] = {}
    if record is not None:
        known = {f.key: f.override_reason for f in record.findings if f.override_reason}
        if not known and record.override_reason and len(stops) == 1:
            known = {stops[0].key: record.override_reason}  # kept before reasons per stop
    known.update(editor.typed_reasons)
    dialog = OverrideDialog(stops, known, editor)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    editor.typed_reasons.update(dialog.typed())
    dialog.deleteLater()
    if not accepted:
        return None
    return replace(data, override_reason="", override_reasons=dialog.reasons())


def ask_amendment_reason(editor: SessionEditor) -> str | None:
    """Amending a done session: the reason, "" when none is given, None when cancelled."""
    record = editor.record
    if record is None or record.status != SessionStatus.DONE:
        return ""
    reason, ok = QInputDialog.getText(
        editor,
        QCoreApplication.translate("SessionEditor", "Amend a done session"),
        QCoreApplication.translate(
            "SessionEditor",
            "This session is already done; the change is kept in its history.\n"
            "Reason for the amendment (optional):",
        ),
    )
    if not ok:
        editor.show_message(
            QCoreApplication.translate("SessionEditor", "Not saved: the amendment was cancelled."),
            "info",
        )
        return None
    return str(reason)


def plan_course_shift(editor: SessionEditor, data: SessionInput) -> list[courses.Move] | None:
    """The later course sessions to move with this one's new time (asked first, as the
    calendar does): [] to move none, None when the user cancels or the plan is refused."""
    record = editor.record
    if (
        record is None
        or record.course_id is None
        or record.status not in MOVABLE
        or data.status not in MOVABLE
    ):
        return []
    zone = editor.zone
    if sessions.to_utc(data.starts_at, zone) == sessions.to_utc(record.starts_at, zone):
        return []
    refusals: list[str] = []
    shift = ask_to_shift(
        editor,
        editor.ctx,
        record.id,
        title=QCoreApplication.translate("SessionEditor", "Move session"),
        refuse=refusals.append,
    )
    if shift is None:
        editor.show_message(
            " ".join(
                [
                    QCoreApplication.translate(
                        "SessionEditor", "Not saved: the move was cancelled."
                    ),
                    *refusals,
                ]
            ),
            "info",
        )
        return None
    if not shift:
        return []
    try:
        moves = courses.plan_move(
            editor.ctx.db,
            record.id,
            data.starts_at,
            practitioner_id=data.practitioner_id,
            shift_following=True,
            actor=editor.ctx.actor,
        )
    except ValidationFailed as refused:
        editor.show_refusal(refused)
        return None
    except (ServiceError, ValueError) as error:
        editor.show_message(
            nothing_saved(
                error, QCoreApplication.translate("SessionEditor", "Nothing was saved. {reason}")
            ),
            "error",
        )
        return None
    return moves[1:]


def apply_course_shift(editor: SessionEditor, moves: list[courses.Move]) -> str:
    """Move the later course sessions once this one is saved; the line saying what happened."""
    if not moves:
        return ""
    try:
        courses.apply_moves(editor.ctx.db, moves, actor=editor.ctx.actor)
    except Exception as error:  # the session itself is saved; say that the rest is not
        log_failure(error, "apply_moves")
        return QCoreApplication.translate(
            "SessionEditor", "The course's later sessions were not moved: {reason}"
        ).format(reason=describe(error))
    bus().notify(Change.SESSIONS)
    return (
        QCoreApplication.translate("SessionEditor", "1 later course session moved too.")
        if len(moves) == 1
        else QCoreApplication.translate(
            "SessionEditor", "{n} later course sessions moved too."
        ).format(n=len(moves))
    )


def offer_replacement_if_missed(
    editor: SessionEditor, before: str | None, record: SessionRecord, text: str, level: str
) -> None:
    """A session just cancelled (or marked missed) in the editor: offer a replacement slot,
    as the Today list and the calendar do."""
    if record.status not in MISSED or before == record.status:
        return
    offer_replacement(
        editor,
        editor.ctx,
        record.id,
        record.patient_name,
        inform=lambda line: editor.show_message(text + "\n" + line, level),
    )


def show_refusal(
    editor: SessionEditor, refused: ValidationFailed, sent: list[TreatmentLine]
) -> None:
    """The service's refusals next to their fields: a line's at that line (``sent`` are the
    lines in the order the service numbered them), the rest at their field."""
    messages: list[str] = []
    for key, message in refused.errors.items():
        text = shown(message)
        match = LINE_KEY.match(key)
        if match is not None and 1 <= int(match.group(1)) <= len(sent):
            line = sent[int(match.group(1)) - 1]
            line.set_error(text)
            number = editor.lines.index(line) + 1
            messages.append(
                QCoreApplication.translate("SessionEditor", "Line {n}: {problem}").format(
                    n=number, problem=LINE_PREFIX.sub("", text)
                )
            )
        else:
            editor.form.show_error(key, text)
            messages.append(text)
    editor.show_message(
        QCoreApplication.translate("SessionEditor", "Nothing was saved.")
        + "\n"
        + "\n".join(messages),
        "error",
    )

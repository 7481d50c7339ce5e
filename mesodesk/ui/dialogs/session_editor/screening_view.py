"""The session editor's live screening: the treatment as typed, against the patient's history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mesodesk.domain.accounts import Permission
from mesodesk.services import consent, safety, sessions
from mesodesk.ui.widgets.inline_errors import describe

if TYPE_CHECKING:
    from mesodesk.ui.dialogs.session_editor.dialog import SessionEditor


def screen_as_typed(editor: SessionEditor) -> None:
    """Show the findings and the consent version for the lines as typed.

    The front desk sees no findings (saving screens in the service all the same).
    """
    lines = editor.form.treatment_inputs()
    user = editor.ctx.user
    if user is None or not user.can(Permission.VIEW_CLINICAL):
        return
    try:
        when = sessions.to_utc(editor.form.appointment.starts_at(), editor.zone)
        findings = safety.screen(
            editor.ctx.db,
            editor.patient_id,
            lines,
            when,
            anaesthetic=editor.form.observations.anaesthetic_text(),
            actor=user,
        )
        version = consent.version_for(editor.ctx.db, lines, editor.patient_id)
    except Exception as error:  # screening must never lose the form; say it plainly
        editor.show_message(
            QCoreApplication.translate("SessionEditor", "Screening could not run: {reason}").format(
                reason=describe(error)
            ),
            "warning",
        )
        return
    editor.findings_panel.set_findings(findings, screened=bool(lines))
    editor.consent_panel.set_version(version)

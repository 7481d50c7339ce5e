"""What the window shows each role: pages, actions and the parts of editors it may use.

The services refuse what a role may not do; this only keeps the window from offering it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QListView, QWidget

from mesodesk.domain.accounts import Permission, User
from mesodesk.ui.main_window.navigation import (
    PAGE_BACKUPS,
    PAGE_CALENDAR,
    PAGE_CHART,
    PAGE_EVENTS,
    PAGE_FOLLOWUPS,
    PAGE_OVERVIEW,
    PAGE_PATIENTS,
    PAGE_PRODUCTS,
    PAGE_TODAY,
)

if TYPE_CHECKING:
    from mesodesk.ui.dialogs.patient_editor import PatientEditor
    from mesodesk.ui.dialogs.session_editor import SessionEditor

PAGE_NEEDS: dict[int, frozenset[Permission]] = {
    PAGE_TODAY: frozenset({Permission.ARRIVAL, Permission.BOOK}),
    PAGE_PATIENTS: frozenset({Permission.VIEW_PATIENTS}),
    PAGE_CHART: frozenset({Permission.VIEW_CLINICAL}),
    PAGE_CALENDAR: frozenset({Permission.BOOK}),
    PAGE_FOLLOWUPS: frozenset({Permission.RECALL}),
    PAGE_EVENTS: frozenset({Permission.VIEW_CLINICAL}),
    PAGE_PRODUCTS: frozenset({Permission.EDIT_PRODUCTS}),
    PAGE_OVERVIEW: frozenset({Permission.VIEW_CLINICAL, Permission.CLINIC_SETTINGS}),
    PAGE_BACKUPS: frozenset({Permission.BACKUPS}),
}
"""A page shows when the user holds any one of its permissions."""

ACTION_NEEDS: dict[str, frozenset[Permission]] = {
    "actionNewPatient": frozenset({Permission.EDIT_CONTACT}),
    "actionFindPatient": frozenset({Permission.VIEW_PATIENTS}),
    "actionNewSession": frozenset({Permission.BOOK}),
    "actionImportPatients": frozenset({Permission.EDIT_CONTACT}),
    "actionBackup": frozenset({Permission.BACKUPS}),
    "actionCheck": frozenset({Permission.BACKUPS}),
    "actionPractitioners": frozenset({Permission.PRACTITIONERS}),
    "actionSettings": frozenset(
        {Permission.CLINIC_SETTINGS, Permission.SCREENING_RULES, Permission.TEXTS}
    ),
    "actionLotRecall": frozenset({Permission.RECALL}),
    "actionToday": PAGE_NEEDS[PAGE_TODAY],
    "actionCalendar": PAGE_NEEDS[PAGE_CALENDAR],
    "actionProducts": PAGE_NEEDS[PAGE_PRODUCTS],
    "actionFollowUps": PAGE_NEEDS[PAGE_FOLLOWUPS],
    "actionAdverseEvents": PAGE_NEEDS[PAGE_EVENTS],
    "actionOverview": PAGE_NEEDS[PAGE_OVERVIEW],
    "actionBackupsPage": PAGE_NEEDS[PAGE_BACKUPS],
    "actionRestore": frozenset({Permission.RESTORE}),
    "actionMarkDone": frozenset({Permission.MARK_DONE}),
    "actionAccounts": frozenset({Permission.ACCOUNTS}),
    "actionAudit": frozenset({Permission.VIEW_AUDIT}),
    "actionRecordHistory": frozenset({Permission.VIEW_AUDIT}),
}
"""Window actions (by object name) and the permissions of which the user needs one."""


def may(user: User | None, needs: frozenset[Permission]) -> bool:
    return user is not None and any(user.can(permission) for permission in needs)


def may_see_page(user: User | None, page: int) -> bool:
    return may(user, PAGE_NEEDS[page])


def first_page(user: User | None) -> int:
    """Where a user's desk opens: the patient list, else the first page their role shows."""
    for page in (PAGE_PATIENTS, PAGE_TODAY, PAGE_PRODUCTS, PAGE_OVERVIEW):
        if may_see_page(user, page):
            return page
    return PAGE_PATIENTS


def restrict_session_editor(editor: SessionEditor, user: User) -> None:
    """Reception books and receives: no medical parts, and a session is not marked done."""
    if not user.can(Permission.VIEW_CLINICAL):
        form = editor.form
        for part in (
            form.treatments,
            form.map_section,
            form.findings_panel,
            form.checklist_panel,
            form.consent_panel,
            form.observations,
        ):
            part.hide()
    if not user.can(Permission.MARK_DONE):
        combo = editor.status_combo
        view = combo.view()
        row = combo.findData("done")
        if row >= 0 and isinstance(view, QListView):
            view.setRowHidden(row, True)
    if not user.can(Permission.EDIT_CLINICAL) and not user.can(Permission.BOOK):
        for button in (editor.save_button, editor.save_close_button):
            button.setEnabled(False)


def restrict_patient_editor(editor: PatientEditor, user: User) -> None:
    """Contact details only for a role that does not see medical records."""
    if user.can(Permission.VIEW_CLINICAL):
        return
    group = editor.findChild(QGroupBox, "medicalProfileGroup")
    if isinstance(group, QWidget):
        group.hide()

"""A window opened read-only (a read-only or damaged file): a banner, and no way to start an edit.

Nothing that starts a change is offered: the window's editing actions are disabled and the
pages' editing buttons and actions are hidden (hidden, not disabled, because a page enables
its buttons again as the selection moves), so nobody types a whole form to fail at saving.
A change tried some other way is refused by the context (``WindowContext.actor``) in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from mesodesk.services.errors import ServiceError
from mesodesk.ui import theme

WINDOW_EDITING_ACTIONS = (
    "actionNewPatient",
    "actionNewSession",
    "actionImportPatients",
    "actionPractitioners",
    "actionAccounts",
    "actionSettings",
)
"""The window's actions that start a change."""

PAGE_EDITING_NAMES = frozenset(
    {
        # patients and the chart
        "patientNewButton",
        "editPatientButton",
        "newSessionButton",
        "archivePatientButton",
        "recordAdverseEventButton",
        "newCourseButton",
        "actionAbandonCourse",
        "actionReopenCourse",
        # today and the calendar
        "actionMarkArrived",
        "actionMarkDone",
        "actionMarkNoShow",
        "actionCalendarBook",
        "actionCalendarCancel",
        # follow-ups and adverse events
        "actionPlanNextSession",
        "followupPlanNext",
        "followupCalled",
        "followupNotInterested",
        "followupOptedOut",
        "followupContactDate",
        "actionEditEvent",
        "actionResolveEvent",
        "editEvent",
        "resolveEvent",
        # products and lots
        "newProduct",
        "editProduct",
        "archiveProduct",
        "addLot",
        "archiveLot",
        # backups: the policy is a setting (backing up and restoring stay possible)
        "saveBackupPolicy",
        "backupPolicy",
    }
)
"""objectNames of the pages' buttons and actions that start a change."""


class DatabaseReadOnly(ServiceError):
    """A change was tried in a window that opened its database read-only."""


def refusal(reason: str) -> str:
    return QCoreApplication.translate(
        "ReadOnly", "{0} Nothing can be changed in this window."
    ).format(reason)


def make_banner(parent: QWidget | None = None) -> QLabel:
    """The banner across the top of a read-only window (hidden until needed)."""
    banner = QLabel(parent)
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setStyleSheet(theme.READ_ONLY_BANNER_STYLE)
    banner.hide()
    return banner


def hide_editing(root: QWidget) -> int:
    """Hide every editing button and action under ``root``; how many were hidden."""
    hidden = 0
    for button in root.findChildren(QAbstractButton):
        if button.objectName() in PAGE_EDITING_NAMES:
            button.hide()
            button.setEnabled(False)
            hidden += 1
    for action in root.findChildren(QAction):
        if action.objectName() in PAGE_EDITING_NAMES:
            action.setVisible(False)
            action.setEnabled(False)
            hidden += 1
    for widget in root.findChildren(QWidget):
        if widget.objectName() in PAGE_EDITING_NAMES and not isinstance(widget, QAbstractButton):
            widget.setEnabled(False)
            hidden += 1
    return hidden


def show_editing(root: QWidget) -> None:
    """Undo ``hide_editing`` (the database became writable again after a restore)."""
    for button in root.findChildren(QAbstractButton):
        if button.objectName() in PAGE_EDITING_NAMES:
            button.show()
            button.setEnabled(True)
    for action in root.findChildren(QAction):
        if action.objectName() in PAGE_EDITING_NAMES:
            action.setVisible(True)
            action.setEnabled(True)
    for widget in root.findChildren(QWidget):
        if widget.objectName() in PAGE_EDITING_NAMES and not isinstance(widget, QAbstractButton):
            widget.setEnabled(True)

"""The window and the account at its desk: a fresh desk when someone else signs in, and the
window kept in step when an admin changes the signed-in account (here or at another desk).

The services already go by the account as stored; this keeps what the window offers honest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mesodesk.domain.accounts import Permission, User
from mesodesk.services import accounts
from mesodesk.ui.ops import log_failure
from mesodesk.ui.signin.roles import first_page

if TYPE_CHECKING:
    from mesodesk.ui.main_window.window import MainWindow


def close_chart(window: MainWindow) -> None:
    window.chart_host.clear()
    window.current_patient_id = None
    window.action_new_session.setEnabled(False)
    window.action_record_history.setEnabled(False)


def fresh_desk(window: MainWindow, user: User) -> None:
    """Another user signed in: a fresh desk for their role (what was open is closed)."""
    window.apply_user(user)
    window._pending_slot = None
    close_chart(window)
    window.patients_page.search.clear()
    window.apply_role()
    window.show_page(first_page(user))
    window.refresh()


def follow_account(window: MainWindow) -> None:
    """The signed-in account was perhaps changed: a deactivated account locks the desk (what
    was left open is kept, as for any lock); other roles change what the window offers."""
    user = window.ctx.user
    if user is None or window.desk_lock.is_locked:
        return
    try:
        stored = accounts.as_stored(window.db, user)
    except Exception as error:  # the services still refuse; try again at the next change
        log_failure(error, "follow_account")
        return
    if stored is None:
        window.desk_lock.lock(
            switching=True,
            reason=QCoreApplication.translate(
                "MainWindow",
                "{0}'s account has been deactivated, so the desk is locked. Work left "
                "open is kept; sign in with an active account.",
            ).format(user.name),
        )
        return
    if stored == user:
        return
    window.desk_lock.user = stored
    window.apply_user(stored)
    if not stored.can(Permission.VIEW_CLINICAL) and window.chart_host.chart is not None:
        close_chart(window)
    window.apply_role()
    if stored.roles != user.roles:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "Your account's roles were changed: the window now offers what they allow.",
            ),
            15_000,
        )

"""The window offers each role only what it may do (the services refuse the rest)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QGroupBox, QListView
from pytestqt.qtbot import QtBot

from mesodesk.app import open_main_window
from mesodesk.domain.accounts import Role, User
from mesodesk.services.patients import get_patient
from mesodesk.store.engine import Database, url_for_path
from mesodesk.ui.dialogs.patient_editor import PatientEditor
from mesodesk.ui.dialogs.session_editor import SessionEditor
from mesodesk.ui.main_window import (
    PAGE_CALENDAR,
    PAGE_CHART,
    PAGE_EVENTS,
    PAGE_PATIENTS,
    PAGE_PRODUCTS,
    PAGE_TODAY,
    navigation_row,
)
from tests.factories import ACTOR, TEST_PASSWORD, Clinic, make_user

Opener = Callable[[User], Any]


@pytest.fixture
def open_as(qtbot: QtBot, db_path: Path, clinic: Clinic) -> Iterator[Opener]:
    windows: list[Any] = []

    def opener(user: User) -> Any:
        window = open_main_window(url_for_path(db_path), user=user)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.db.dispose()


def shown(window: Any, name: str) -> bool:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return bool(action.isVisible())


def page_listed(window: Any, page: int) -> bool:
    return not window.navigation.item(navigation_row(page)).isHidden()


def test_reception_books_and_receives_but_sees_no_medical_notes(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic
) -> None:
    window = open_as(make_user(db, Role.RECEPTION, login="rita"))
    for name in ("actionNewPatient", "actionFindPatient", "actionToday", "actionLotRecall"):
        assert shown(window, name), name
    for name in (
        "actionSettings",
        "actionAccounts",
        "actionAudit",
        "actionPractitioners",
        "actionBackup",
        "actionAdverseEvents",
        "actionRecordHistory",
    ):
        assert not shown(window, name), name
    for page in (PAGE_TODAY, PAGE_PATIENTS, PAGE_CALENDAR):
        assert page_listed(window, page)
    for page in (PAGE_CHART, PAGE_EVENTS, PAGE_PRODUCTS):
        assert not page_listed(window, page)

    window.show_page(PAGE_TODAY)
    assert shown(window, "actionMarkArrived") and not shown(window, "actionMarkDone")

    window.open_patient(clinic.patient)  # from the list: contact details, not the chart
    assert window.chart_host.chart is None
    editor = window.findChild(PatientEditor)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    group = editor.findChild(QGroupBox, "medicalProfileGroup")
    assert group is not None and not group.isVisible()
    editor.done(0)

    window._open_session_editor(clinic.patient, None)
    session = window.findChild(SessionEditor)
    assert session is not None
    qtbot.waitUntil(session.isVisible)
    assert not session.form.treatments.isVisible()
    assert not session.form.map_section.isVisible(), "the injection map is clinical"
    assert not session.form.observations.isVisible()
    view = session.status_combo.view()
    assert isinstance(view, QListView)
    assert view.isRowHidden(session.status_combo.findData("done")), "no mark done"
    assert not view.isRowHidden(session.status_combo.findData("arrived"))
    session.done(0)


def test_a_practitioner_works_clinically_but_manages_no_accounts(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic
) -> None:
    window = open_as(make_user(db, Role.PRACTITIONER, login="ines", practitioner_id=clinic.doctor))
    assert "Dr Ana Ruiz" in window.practitioner_label.text(), "books as their own record"
    assert window.ctx.practitioner_id == clinic.doctor
    for name in ("actionNewSession", "actionAdverseEvents", "actionProducts"):
        assert shown(window, name), name
    for name in ("actionAccounts", "actionAudit", "actionRecordHistory", "actionSettings"):
        assert not shown(window, name), name
    window.show_page(PAGE_TODAY)
    assert shown(window, "actionMarkDone")
    window.open_patient(clinic.patient)
    assert window.chart_host.chart is not None


def test_an_admin_only_manages_the_clinic(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic
) -> None:
    window = open_as(make_user(db, Role.ADMIN, login="manager"))
    for name in ("actionAccounts", "actionAudit", "actionSettings", "actionBackup"):
        assert shown(window, name), name
    for name in ("actionNewSession", "actionNewPatient", "actionAdverseEvents", "actionToday"):
        assert not shown(window, name), name
    assert not page_listed(window, PAGE_CHART)
    window.open_patient(clinic.patient)
    assert window.chart_host.chart is None and window.findChild(PatientEditor) is None
    assert "does not open" in window.statusBar().currentMessage()


def test_switching_user_applies_the_new_role(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic
) -> None:
    make_user(db, Role.RECEPTION, login="rita")
    window = open_as(ACTOR)
    assert shown(window, "actionAccounts")
    window.open_patient(clinic.patient)
    window.switch_user()
    form = window.desk_lock.screen.form
    form.login.setText("rita")
    form.password.setText(TEST_PASSWORD)
    form.attempt()
    assert not window.desk_lock.is_locked
    assert not shown(window, "actionAccounts") and not shown(window, "actionSettings")
    assert window.chart_host.chart is None and not page_listed(window, PAGE_CHART)
    assert window.stack.currentIndex() == PAGE_PATIENTS


def test_reception_edits_a_patients_phone_without_the_medical_profile(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic
) -> None:
    """The contact details load and save for a role that may not read the profile."""
    from mesodesk.services import patients

    profile_before = patients.current_profile(db, clinic.patient, actor=ACTOR)
    window = open_as(make_user(db, Role.RECEPTION, login="rita"))
    window.edit_patient(clinic.patient)
    editor = window.findChild(PatientEditor)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    assert (
        editor.family_name.text()
        == patients.get_patient(db, clinic.patient, actor=ACTOR).family_name
    )
    assert not editor.banner.isVisible(), editor.banner.text()
    editor.phone.clear()
    qtbot.keyClicks(editor.phone, "+33 6 11 22 33 44")
    assert editor.save()
    assert patients.get_patient(db, clinic.patient, actor=ACTOR).phone == "+33 6 11 22 33 44"
    assert patients.current_profile(db, clinic.patient, actor=ACTOR) == profile_before


def test_reception_sets_the_sheet_language_among_the_contact_details(
    qtbot: QtBot,
    open_as: Opener,
    db: Database,
    clinic: Clinic,
) -> None:
    window: Any = open_as(make_user(db, Role.RECEPTION, login="rita"))
    window.open_patient(clinic.patient)  # reception gets the contact details, not the chart
    editor = window.findChild(PatientEditor)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    medical = editor.findChild(QGroupBox, "medicalProfileGroup")
    assert medical is not None and not medical.isVisible()
    assert editor.language.isVisible() and editor.language.isEnabled()
    editor.language.setFocus()
    qtbot.waitUntil(editor.language.hasFocus)
    qtbot.keyClicks(editor.language, "F")  # "Français"
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert get_patient(db, clinic.patient, actor=ACTOR).language == "fr"


def test_the_chart_offers_the_record_to_a_practitioner(
    qtbot: QtBot,
    open_as: Opener,
    db: Database,
    clinic: Clinic,
) -> None:
    doctor = make_user(db, Role.PRACTITIONER, login="ines", practitioner_id=clinic.doctor)
    window: Any = open_as(doctor)
    window.open_patient(clinic.patient)
    chart = window.chart_host.chart
    assert chart is not None
    qtbot.waitUntil(chart.header.record_button.isVisible)
    assert chart.record_action.isVisible()


def test_the_sidebar_keeps_every_page_name_whole_after_a_switch_and_a_chart(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic
) -> None:
    """An admin's sidebar lists fewer pages; a practitioner's longer names must still fit,
    with the chart open: in French the chart's width once squeezed the sidebar to a cut
    "Événements indésir…"."""
    from PySide6.QtCore import QLocale

    from mesodesk.ui import language
    from mesodesk.ui.main_window.navigation import sidebar_width

    before = QLocale()
    language.apply_language("fr")
    try:
        _sidebar_after_switch(qtbot, open_as, db, clinic, sidebar_width)
    finally:
        language.remove_translations()
        QLocale.setDefault(before)


def _sidebar_after_switch(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic, sidebar_width: Any
) -> None:
    make_user(db, Role.PRACTITIONER, login="ines", practitioner_id=clinic.doctor)
    window = open_as(make_user(db, Role.ADMIN, login="ada"))
    window.resize(1280, 800)
    window.switch_user()
    form = window.desk_lock.screen.form
    form.login.setText("ines")
    form.password.setText(TEST_PASSWORD)
    form.attempt()
    window.open_patient(clinic.patient)
    qtbot.waitUntil(lambda: window.chart_host.chart is not None)
    needed = sidebar_width(window.navigation)
    qtbot.waitUntil(lambda: window.navigation.width() >= needed)


def test_roles_changed_at_another_desk_reach_the_open_window(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic
) -> None:
    """An admin takes the clinical role away at another desk: the open window follows
    (its chart closes, the clinical menus go) without anyone signing in again."""
    from mesodesk.services import accounts

    paula = make_user(db, Role.PRACTITIONER, login="paula", practitioner_id=clinic.doctor)
    window = open_as(paula)
    window.open_patient(clinic.patient)
    assert window.chart_host.chart is not None and shown(window, "actionAdverseEvents")

    other_desk = Database.connect(db.url)
    try:
        accounts.set_roles(
            other_desk, actor=ACTOR, account_id=paula.id, roles=frozenset({Role.RECEPTION})
        )
    finally:
        other_desk.dispose()
    qtbot.waitUntil(lambda: not shown(window, "actionAdverseEvents"), timeout=10_000)
    assert window.ctx.user.roles == {Role.RECEPTION}
    assert window.chart_host.chart is None and not page_listed(window, PAGE_CHART)
    assert window.stack.currentIndex() != PAGE_CHART
    assert "roles were changed" in window.statusBar().currentMessage()
    assert not window.desk_lock.is_locked, "the same person carries on, with the new roles"
    window.open_patient(clinic.patient)  # now as reception: the contact details
    editor = window.findChild(PatientEditor)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    editor.done(0)


def test_an_account_deactivated_at_another_desk_locks_its_window(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic
) -> None:
    from mesodesk.services import accounts

    make_user(db, Role.RECEPTION, login="rita")
    paula = make_user(db, Role.PRACTITIONER, login="paula", practitioner_id=clinic.doctor)
    window = open_as(paula)
    other_desk = Database.connect(db.url)
    try:
        accounts.deactivate_account(other_desk, actor=ACTOR, account_id=paula.id)
    finally:
        other_desk.dispose()
    qtbot.waitUntil(lambda: window.desk_lock.is_locked, timeout=10_000)
    screen = window.desk_lock.screen
    assert "deactivated" in screen.who.text() and paula.name in screen.who.text()
    assert not screen.other_button.isVisible()
    assert screen.form.login.text() == "", "the login starts empty: someone else signs in"
    assert screen.form.button.text() == "&Sign in"

    qtbot.keyClicks(screen.form.login, "paula")  # the deactivated account cannot come back
    qtbot.keyClicks(screen.form.password, TEST_PASSWORD)
    qtbot.keyClick(screen.form.password, Qt.Key.Key_Return)
    assert window.desk_lock.is_locked
    screen.form.login.clear()
    screen.form.password.clear()
    qtbot.keyClicks(screen.form.login, "rita")
    qtbot.keyClicks(screen.form.password, TEST_PASSWORD)
    qtbot.keyClick(screen.form.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.desk_lock.is_locked)
    assert window.ctx.user.login == "rita"


def test_an_admin_who_drops_their_own_clinical_role_sees_the_window_follow(
    qtbot: QtBot, open_as: Opener, db: Database, clinic: Clinic
) -> None:
    """Changed in this window's own Accounts dialog: the window follows at once (not only
    when the change feed next reports it)."""
    from mesodesk.ui.dialogs.accounts import AccountsDialog

    both = make_user(
        db, Role.ADMIN, Role.PRACTITIONER, login="owner", practitioner_id=clinic.doctor
    )
    window = open_as(both)
    window.live.stop()  # only the dialog's own notice can update the window
    assert shown(window, "actionAdverseEvents")
    window.manage_accounts()
    dialog = window.findChild(AccountsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.refresh()
    assert dialog.select_login("owner")
    qtbot.mouseClick(dialog.roles_button, Qt.MouseButton.LeftButton)
    editor = next(e for e in dialog.findChildren(QDialog) if e.objectName() == "accountEditor")
    qtbot.waitUntil(editor.isVisible)
    qtbot.mouseClick(editor.roles[Role.PRACTITIONER], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shown(window, "actionAdverseEvents"))
    assert window.ctx.user.roles == {Role.ADMIN}
    assert shown(window, "actionAccounts")
    dialog.done(0)

"""The main window's menu bar, built from the window's actions."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from mesodesk.ui.icons import icon
from mesodesk.ui.main_window.navigation import (
    PAGE_EVENTS,
    PAGE_FOLLOWUPS,
    PAGE_OVERVIEW,
    PAGE_PRODUCTS,
)

if TYPE_CHECKING:
    from mesodesk.ui.main_window.window import MainWindow


def build_menus(window: MainWindow) -> None:
    """The menu bar: every action here is also tested by tests/ui/test_main_window_menus.py."""
    bar = window.menuBar()
    fill_menu(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&File")),
        window.action_switch_user,
        window.action_change_password,
        window.action_lock,
        None,
        window.action_import,
        window.action_backup,
        window.action_restore,
        window.action_check,
        None,
        window.action_quit,
    )
    fill_menu(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Patients")),
        window.action_new_patient,
        window.action_find_patient,
        None,
        window.action_record_history,
    )
    fill_menu(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Sessions")),
        window.action_new_session,
    )
    fill_menu(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Clinic")),
        window.add_action(
            QCoreApplication.translate("MainWindow", "Products && lots"),
            "actionProducts",
            lambda: window.show_page(PAGE_PRODUCTS),
        ),
        window.action_lot_recall,
        window.action_practitioners,
        window.action_accounts,
        window.action_audit,
        None,
        window.action_settings,
    )
    pages = [
        window.add_action(text, name, partial(window.show_page, page))
        for page, name, text in (
            (
                PAGE_FOLLOWUPS,
                "actionFollowUps",
                QCoreApplication.translate("MainWindow", "&Follow-ups"),
            ),
            (
                PAGE_EVENTS,
                "actionAdverseEvents",
                QCoreApplication.translate("MainWindow", "Open &adverse events"),
            ),
            (
                PAGE_OVERVIEW,
                "actionOverview",
                QCoreApplication.translate("MainWindow", "&Overview"),
            ),
        )
    ]
    fill_menu(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&View")),
        window.action_today,
        window.action_calendar,
        *pages,
        window.action_backups_page,
        window.action_refresh,
    )
    action_about = window.add_action(
        QCoreApplication.translate("MainWindow", "&About mesodesk"), "actionAbout", window.about
    )
    action_about.setIcon(icon("help-about"))
    fill_menu(bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")), action_about)


def fill_menu(menu: QMenu, *actions: QAction | None) -> None:
    """Fill ``menu``; ``None`` is a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)

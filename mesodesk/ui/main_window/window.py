"""The main window: navigation, menus and actions; each page lives in its own module."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from mesodesk.domain.accounts import Permission, User
from mesodesk.services.database import Database
from mesodesk.ui.bus import Change, bus
from mesodesk.ui.icons import icon
from mesodesk.ui.live import LiveRefresh
from mesodesk.ui.main_window.accounts_follow import follow_account, fresh_desk
from mesodesk.ui.main_window.lazy_pages import build_lazy_page
from mesodesk.ui.main_window.menus import build_menus
from mesodesk.ui.main_window.navigation import (
    NAVIGATION_ORDER,
    PAGE_BACKUPS,
    PAGE_CALENDAR,
    PAGE_CHART,
    PAGE_EVENTS,
    PAGE_FOLLOWUPS,
    PAGE_ICONS,
    PAGE_OVERVIEW,
    PAGE_PATIENTS,
    PAGE_PRODUCTS,
    PAGE_TODAY,
    ChartHost,
    navigation_row,
    sidebar_width,
)
from mesodesk.ui.main_window.people import DeskPeople
from mesodesk.ui.ops import run_op
from mesodesk.ui.pages.patients import PatientsPage
from mesodesk.ui.signin.roles import (
    ACTION_NEEDS,
    first_page,
    may,
    may_see_page,
    restrict_patient_editor,
    restrict_session_editor,
)

if TYPE_CHECKING:
    from mesodesk.ui.pages.overview import OverviewPage
    from mesodesk.ui.pages.products import ProductsPage


class MainWindow(DeskPeople):
    """The clinic desk. ``ready`` fires once the window has painted with its data loaded."""

    ready = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, user: User | None = None
    ) -> None:
        super().__init__(db, parent, user)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("mesodesk"))
        self.resize(1280, 800)
        self._ready_sent = False
        self.current_patient_id: int | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(280)
        labels = {
            PAGE_TODAY: self.tr("Today"),
            PAGE_PATIENTS: self.tr("Patients"),
            PAGE_CHART: self.tr("Patient chart"),
            PAGE_CALENDAR: self.tr("Calendar"),
            PAGE_FOLLOWUPS: self.tr("Follow-ups"),
            PAGE_EVENTS: self.tr("Adverse events"),
            PAGE_PRODUCTS: self.tr("Products & lots"),
            PAGE_OVERVIEW: self.tr("Overview"),
            PAGE_BACKUPS: self.tr("Backups"),
        }
        for page in NAVIGATION_ORDER:
            item = QListWidgetItem(icon(PAGE_ICONS[page]), labels[page])
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.navigation.addItem(item)

        self.stack = QStackedWidget()
        self.patients_page = PatientsPage(self.ctx, self)
        self.patients_page.find_shortcut.setEnabled(False)  # the window's Ctrl+F serves
        self.chart_host = ChartHost(self)
        # The other pages are built on first visit, so their imports stay off the start-up
        # path; the stack holds an empty widget in their place until then.
        self.products_page: ProductsPage | None = None
        self.overview: OverviewPage | None = None
        self.pages: dict[int, QWidget] = {}
        self._pending_slot: tuple[int | None, datetime] | None = None
        for page in range(len(NAVIGATION_ORDER)):
            if page == PAGE_PATIENTS:
                self.stack.addWidget(self.patients_page)
            elif page == PAGE_CHART:
                self.stack.addWidget(self.chart_host)
            else:
                self.stack.addWidget(QWidget())

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([sidebar_width(self.navigation), 1100])
        self.setCentralWidget(self.with_banner(self.splitter))

        self._build_actions()
        build_menus(self)
        self._add_status_widgets(self._location())

        self.navigation.currentRowChanged.connect(self._on_navigation)
        self.patients_page.patientActivated.connect(self._on_patient_chosen)
        self.chart_host.back.connect(lambda: self.show_page(PAGE_PATIENTS))
        bus().changes.connect(self._on_data_changed)
        self.live = LiveRefresh(db, self)  # other desks' saves reach the views (ui.live)
        self.live.start()
        self.patients_page.installEventFilter(self)
        self.apply_user(user)
        self.apply_role()
        self.show_page(first_page(user))
        self._restore_state()
        self._start_signin()

    # --- construction ---------------------------------------------------------------------

    def _location(self) -> str:
        path = self.db.path
        where = str(path) if path else self.db.engine.url.render_as_string(hide_password=True)
        return self.tr("Database: {0}").format(where)

    def _build_actions(self) -> None:
        self.action_new_patient = self.add_action(
            self.tr("&New patient…"),
            "actionNewPatient",
            self.new_patient,
            QKeySequence.StandardKey.New,
        )
        self.action_new_patient.setIcon(icon("document-new"))
        self.action_find_patient = self.add_action(
            self.tr("&Find patient"),
            "actionFindPatient",
            self.find_patient,
            QKeySequence.StandardKey.Find,
        )
        self.action_find_patient.setIcon(icon("edit-find"))
        self.action_new_session = self.add_action(
            self.tr("New &session…"),
            "actionNewSession",
            self.new_session,
            QKeySequence("Ctrl+Shift+N"),
        )
        self.action_new_session.setEnabled(False)
        self.action_import = self.add_action(
            self.tr("&Import patients…"), "actionImportPatients", self.import_patients
        )
        self.action_backup = self.add_action(
            self.tr("&Back up database…"), "actionBackup", self.back_up
        )
        self.action_backup.setIcon(icon("drive-harddisk"))
        self.action_restore = self.add_action(
            self.tr("&Restore from a backup…"), "actionRestore", self.open_restore
        )
        self.action_restore.setEnabled(self.db.is_sqlite)
        self.action_backups_page = self.add_action(
            self.tr("&Backups"), "actionBackupsPage", lambda: self.show_page(PAGE_BACKUPS)
        )
        self.action_backups_page.setIcon(icon(PAGE_ICONS[PAGE_BACKUPS]))
        self.action_check = self.add_action(
            self.tr("&Check database"), "actionCheck", self.check_database
        )
        self.action_practitioners = self.add_action(
            self.tr("&Practitioners…"), "actionPractitioners", self.manage_practitioners
        )
        self.action_refresh = self.add_action(
            self.tr("&Refresh"), "actionRefresh", self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.action_settings = self.add_action(
            self.tr("Clinic &settings…"),
            "actionSettings",
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
        )
        self.action_lot_recall = self.add_action(
            self.tr("&Lot recall…"), "actionLotRecall", self.lot_recall
        )
        self.action_today = self.add_action(
            self.tr("&Today"),
            "actionToday",
            lambda: self.show_page(PAGE_TODAY),
            QKeySequence("Ctrl+1"),
        )
        self.action_calendar = self.add_action(
            self.tr("&Calendar"),
            "actionCalendar",
            lambda: self.show_page(PAGE_CALENDAR),
            QKeySequence("Ctrl+2"),
        )
        self._build_people_actions()
        self.action_quit = self.add_action(
            self.tr("&Quit"), "actionQuit", self.close, QKeySequence.StandardKey.Quit
        )

    # --- navigation -----------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        if page == PAGE_CHART and self.chart_host.chart is None:
            page = PAGE_PATIENTS
        if page == PAGE_PRODUCTS and self.products_page is None:
            from mesodesk.ui.pages.products import ProductsPage

            self.products_page = ProductsPage(self.ctx, self)
            self.products_page.patientActivated.connect(self.open_patient)
            self._replace(PAGE_PRODUCTS, self.products_page)
            self.guard_page(self.products_page)
        if page == PAGE_OVERVIEW and self.overview is None:
            from mesodesk.ui.pages.overview import OverviewPage

            self.overview = OverviewPage(self.db, self.ctx.actor, self)
            self._replace(PAGE_OVERVIEW, self.overview)
        if page == PAGE_OVERVIEW and self.overview is not None:
            self.overview.refresh()
        if (
            page in (PAGE_TODAY, PAGE_CALENDAR, PAGE_FOLLOWUPS, PAGE_EVENTS, PAGE_BACKUPS)
            and page not in self.pages
        ):
            try:
                widget = self._build_page(page)
            except Exception as error:  # a page that cannot load says why; the desk stays up
                self.report(error, f"open page {page}")
                return
            self.pages[page] = widget
            self._replace(page, widget)
            self.guard_page(widget)
            self.apply_role()
        self.stack.setCurrentIndex(page)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(navigation_row(page))
        self.navigation.blockSignals(False)
        # The chart's row shows while a chart is open; the Patients row always shows.
        self._update_navigation()

    def _update_navigation(self) -> None:
        """The sidebar shows the pages the role may use; the chart's row while one is open."""
        user = self.ctx.user
        for page in NAVIGATION_ORDER:
            item = self.navigation.item(navigation_row(page))
            if item is not None:
                hidden = not may_see_page(user, page)
                item.setHidden(hidden or (page == PAGE_CHART and self.chart_host.chart is None))
        # A wide page (the chart) must not squeeze the sidebar below its longest name.
        self.navigation.setMinimumWidth(sidebar_width(self.navigation))

    def apply_role(self) -> None:
        """Hide the pages and actions the signed-in user's role may not use."""
        user = self.ctx.user
        for action in self.findChildren(QAction):  # the pages' own actions too
            needs = ACTION_NEEDS.get(action.objectName())
            if needs is not None:
                action.setVisible(may(user, needs))
        self._update_navigation()
        if not may_see_page(user, self.stack.currentIndex()):
            self.show_page(first_page(user))

    def start_desk(self, user: User) -> None:
        """Another user signed in: a fresh desk for their role (what was open is closed)."""
        fresh_desk(self, user)

    def _build_page(self, page: int) -> QWidget:
        return build_lazy_page(self, page)

    def _replace(self, index: int, widget: QWidget) -> None:
        old = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def _on_patient_chosen(self, patient_id: int) -> None:
        """A patient picked from the list: their chart, or the session a slot was waiting for."""
        if self._pending_slot is not None:
            practitioner_id, start = self._pending_slot
            self._pending_slot = None
            self.statusBar().clearMessage()
            self._open_session_editor(
                patient_id, None, starts_at=start, practitioner_id=practitioner_id
            )
            return
        self.open_patient(patient_id)

    def book_slot(self, practitioner_id: object, start: object) -> None:
        """A free calendar slot was chosen: ask for the patient, then open a new session."""
        if not isinstance(start, datetime) or self.refuse_if_read_only():
            return
        self._pending_slot = (practitioner_id if isinstance(practitioner_id, int) else None, start)
        self.show_page(PAGE_PATIENTS)
        self.patients_page.focus_search()
        self.statusBar().showMessage(
            self.tr("Choose the patient for the new session on {0} at {1:%H:%M}.").format(
                self.ctx.format_date(start), start
            )
        )

    def plan_next_session(self, patient_id: int, proposed: object) -> None:
        """From the recall list: a new planned session at the proposed time."""
        start = proposed if isinstance(proposed, datetime) else None
        self._open_session_editor(patient_id, None, starts_at=start)

    def open_settings(self) -> None:
        if not self.ensure_signed_in():
            return
        from mesodesk.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def lot_recall(self, lot_number: str = "") -> None:
        from mesodesk.ui.dialogs.lot_recall import LotRecallDialog

        dialog = LotRecallDialog(self.ctx, lot_number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.patientActivated.connect(self.open_patient)
        dialog.open()

    def _on_navigation(self, row: int) -> None:
        item = self.navigation.item(row)
        if item is not None:
            self.show_page(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_patient(self, patient_id: int) -> None:
        """The patient's chart; a role without medical records gets their contact details."""
        user = self.ctx.user
        if user is None:
            return
        if not user.can(Permission.VIEW_CLINICAL):
            if user.can(Permission.EDIT_CONTACT):
                self.edit_patient(patient_id)
            else:
                self.statusBar().showMessage(
                    self.tr("Your role does not open patients' records."), 8000
                )
            return
        from mesodesk.ui.pages.patient_chart import PatientChart

        chart = PatientChart(self.ctx, patient_id, self)
        chart.editRequested.connect(self.edit_patient)
        chart.newSessionRequested.connect(self.new_session_for)
        chart.sessionActivated.connect(self.open_session)
        self.chart_host.set_chart(chart)
        self.guard_page(chart)
        self.current_patient_id = patient_id
        self.action_new_session.setEnabled(not self.ctx.file_read_only)
        self.action_record_history.setEnabled(True)
        self.show_page(PAGE_CHART)

    # --- actions ---------------------------------------------------------------------------

    def new_patient(self) -> None:
        if not self.ensure_signed_in():
            return
        self.show_page(PAGE_PATIENTS)
        self.patients_page.new_patient()

    def find_patient(self) -> None:
        self.show_page(PAGE_PATIENTS)
        self.patients_page.focus_search()

    def edit_patient(self, patient_id: int) -> None:
        if self.refuse_if_read_only():
            return
        from mesodesk.ui.dialogs.patient_editor import PatientEditor

        editor = PatientEditor(self.ctx, patient_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.ctx.user is not None:
            restrict_patient_editor(editor, self.ctx.user)
        editor.open()

    def new_session(self) -> None:
        if self.current_patient_id is not None:
            self.new_session_for(self.current_patient_id)

    def new_session_for(self, patient_id: int) -> None:
        if self.ensure_signed_in():
            self._open_session_editor(patient_id, None)

    def open_session(self, session_id: int) -> None:
        from mesodesk.services.sessions import get_session

        run_op(
            self,
            lambda: get_session(self.db, session_id, actor=self.ctx.actor),
            changes=(),
            on_done=lambda record: self._open_session_editor(record.patient_id, session_id),
        )

    def _open_session_editor(
        self,
        patient_id: int,
        session_id: int | None,
        *,
        starts_at: datetime | None = None,
        practitioner_id: int | None = None,
    ) -> None:
        from mesodesk.ui.dialogs.session_editor import SessionEditor

        if self.refuse_if_read_only():
            return
        try:
            editor = SessionEditor(
                self.ctx,
                patient_id,
                session_id,
                self,
                starts_at=starts_at,
                practitioner_id=practitioner_id,
            )
        except Exception as error:  # e.g. the session was archived meanwhile
            self.report(error, f"open session editor {session_id}")
            return
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.ctx.user is not None:
            restrict_session_editor(editor, self.ctx.user)
        editor.open()

    def import_patients(self) -> None:
        if not self.ensure_signed_in():
            return
        from mesodesk.ui.dialogs.import_patients import ImportPatientsDialog

        ImportPatientsDialog(self.ctx, self).open()

    def manage_practitioners(self) -> None:
        if not self.ensure_signed_in():
            return
        from mesodesk.ui.dialogs.practitioners import PractitionersDialog

        dialog = PractitionersDialog(self.ctx, self)
        dialog.finished.connect(lambda _result: self.apply_user(self.ctx.user))
        dialog.open()

    def reload_pages(self) -> None:
        """After a restore: the lazily built pages and the chart are built again on demand."""
        current = self.stack.currentIndex()
        for page in [*self.pages, PAGE_PRODUCTS, PAGE_OVERVIEW]:
            self._replace(page, QWidget())
        self.pages.clear()
        self.products_page = self.overview = None
        if self.chart_host.chart is not None:
            self.chart_host.holder.removeWidget(self.chart_host.chart)
            self.chart_host.chart.deleteLater()
            self.chart_host.chart = None
        self.current_patient_id = None
        self.action_new_session.setEnabled(False)
        bus().notify(Change.ALL)
        self.show_page(current)

    def refresh(self) -> None:
        self.patients_page.refresh()
        if self.overview is not None and self.stack.currentWidget() is self.overview:
            self.overview.refresh()
        chart = self.chart_host.chart
        if chart is not None:
            chart.refresh()  # type: ignore[attr-defined]

    def _on_data_changed(self, changes: object) -> None:
        if isinstance(changes, frozenset) and changes & {Change.PRACTITIONERS, Change.ALL}:
            follow_account(self)  # accounts are announced with the practitioners
        if self.overview is not None and self.stack.currentWidget() is self.overview:
            self.overview.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ready once the patient list paints, or the sign-in screen of a window opened locked.
        desk_lock = getattr(self, "desk_lock", None)
        screen = desk_lock.screen if desk_lock is not None else None
        if event.type() == QEvent.Type.Paint and watched in (self.patients_page, screen):
            if not self._ready_sent:
                self._ready_sent = True
                self.ready.emit()
        return super().eventFilter(watched, event)

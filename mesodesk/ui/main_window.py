"""The main window: navigation, menus and the pages of the clinic desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk import __version__
from mesodesk.services import sessions as session_service
from mesodesk.services.dto import ClinicOverview
from mesodesk.store.engine import Database
from mesodesk.ui import workers
from mesodesk.ui.bus import bus
from mesodesk.ui.icons import icon
from mesodesk.ui.models.sessions import COL_PRODUCTS, SessionTableModel


class FigureCard(QFrame):
    """A labelled number on the overview page."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setForegroundRole(self.caption.foregroundRole())
        self.caption.setStyleSheet("color: palette(dark);")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(f"{value:,}".replace(",", "\u202f"))


class OverviewPage(QWidget):
    """Start page: how many patients and sessions, and the latest sessions."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("overviewPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)

        title = QLabel(self.tr("Clinic overview"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.patients_card = FigureCard(self.tr("Active patients"))
        self.archived_card = FigureCard(self.tr("Archived patients"))
        self.sessions_card = FigureCard(self.tr("Sessions recorded"))
        for card in (self.patients_card, self.archived_card, self.sessions_card):
            cards.addWidget(card)
        cards.addStretch(1)
        layout.addLayout(cards)

        recent_title = QLabel(self.tr("Recent sessions"))
        recent_font = recent_title.font()
        recent_font.setBold(True)
        recent_title.setFont(recent_font)
        layout.addWidget(recent_title)

        self.recent_model = SessionTableModel(self)
        self.recent_view = QTableView()
        self.recent_view.setObjectName("recentSessions")
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.recent_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.recent_view.setAlternatingRowColors(True)
        self.recent_view.verticalHeader().hide()
        header = self.recent_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_PRODUCTS, QHeaderView.ResizeMode.Stretch)

        self.empty_hint = QLabel(
            self.tr(
                "<p><b>No sessions recorded yet.</b></p>"
                "<p>Sessions appear here as soon as they are saved.<br>"
                "To try mesodesk with sample data, run "
                "<code>mesodesk seed-demo --db FILE --patients 200</code> "
                "and open that file.</p>"
            )
        )
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("recentSessionsEmpty")
        self.recent_stack = QStackedWidget()
        self.recent_stack.addWidget(self.recent_view)
        self.recent_stack.addWidget(self.empty_hint)
        layout.addWidget(self.recent_stack, 1)

    def refresh(self) -> ClinicOverview:
        data = session_service.overview(self.db)
        self.patients_card.set_value(data.patients)
        self.archived_card.set_value(data.archived_patients)
        self.sessions_card.set_value(data.sessions)
        self.recent_model.set_rows(data.recent)
        self.recent_stack.setCurrentWidget(self.recent_view if data.recent else self.empty_hint)
        if data.recent:
            self.recent_view.resizeColumnsToContents()
        return data


class MainWindow(QMainWindow):
    """The clinic desk. ``ready`` fires once the window has painted with its data loaded."""

    ready = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        self.resize(1200, 780)
        self._loaded = False
        self._ready_sent = False

        self.overview = OverviewPage(db, self)
        self.setCentralWidget(self.overview)
        self._build_menus()
        self.location_label = QLabel(self._location())
        self.statusBar().addPermanentWidget(self.location_label)
        bus().changed.connect(self._on_data_changed)
        self.overview.installEventFilter(self)
        self._restore_state()

    # --- construction ---------------------------------------------------------------------

    def _title(self) -> str:
        return self.tr("mesodesk")

    def _location(self) -> str:
        path = self.db.path
        return self.tr("Database: {0}").format(
            str(path) if path else self.db.engine.url.render_as_string()
        )

    def _build_menus(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&File"))
        self.action_backup = QAction(icon("drive-harddisk"), self.tr("&Back up database…"), self)
        self.action_backup.setObjectName("actionBackup")
        self.action_backup.triggered.connect(self.back_up)
        self.action_backup.setEnabled(self.db.is_sqlite)
        menu_file.addAction(self.action_backup)
        self.action_check = QAction(self.tr("&Check database"), self)
        self.action_check.setObjectName("actionCheck")
        self.action_check.triggered.connect(self.check_database)
        menu_file.addAction(self.action_check)
        menu_file.addSeparator()
        action_quit = QAction(icon("application-exit"), self.tr("&Quit"), self)
        action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        action_quit.triggered.connect(self.close)
        menu_file.addAction(action_quit)

        self.menu_patients = self.menuBar().addMenu(self.tr("&Patients"))
        self.menu_sessions = self.menuBar().addMenu(self.tr("&Sessions"))
        menu_view = self.menuBar().addMenu(self.tr("&View"))
        action_refresh = QAction(icon("view-refresh"), self.tr("&Refresh"), self)
        action_refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        action_refresh.triggered.connect(self.refresh)
        menu_view.addAction(action_refresh)
        self.menu_patients.addAction(action_refresh)
        self.menu_sessions.addAction(action_refresh)

        menu_help = self.menuBar().addMenu(self.tr("&Help"))
        action_about = QAction(icon("help-about"), self.tr("&About mesodesk"), self)
        action_about.triggered.connect(self.about)
        menu_help.addAction(action_about)

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.overview.refresh()
        self._loaded = True

    def _on_data_changed(self, _what: str) -> None:
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.overview and event.type() == QEvent.Type.Paint and self._loaded:
            if not self._ready_sent:
                self._ready_sent = True
                self.ready.emit()
        return super().eventFilter(watched, event)

    # --- actions ---------------------------------------------------------------------------

    def back_up(self) -> None:
        source = self.db.path
        if source is None:
            return
        suggested = str(source.with_name(f"{source.stem}-backup.sqlite3"))
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            suggested,
            self.tr("mesodesk backup (*.sqlite3 *.bak)"),
        )
        if not target:
            return
        from mesodesk.store.backup import online_backup

        self.statusBar().showMessage(self.tr("Backing up…"))
        workers.start(
            online_backup,
            source,
            Path(target),
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Backup written to {0}").format(path), 8000
            ),
            on_error=self.show_error,
        )

    def check_database(self) -> None:
        from mesodesk.services.health import check_database

        problems = check_database(self.db)
        if problems:
            QMessageBox.warning(self, self.tr("Database check"), "\n".join(problems))
        else:
            QMessageBox.information(
                self,
                self.tr("Database check"),
                self.tr(
                    "No problems found: integrity, foreign keys, schema and audit are in order."
                ),
            )

    def show_error(self, message: str) -> None:
        """The one place errors from actions and workers reach the user."""
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("mesodesk"), message)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About mesodesk"),
            self.tr(
                "mesodesk {0}\nRecords, planning and aftercare sheets for mesotherapy clinics."
            ).format(__version__),
        )

    # --- window state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: object) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)  # type: ignore[arg-type]

"""The overview page: how many patients and sessions, and the latest sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.accounts import User
from mesodesk.services import sessions as session_service
from mesodesk.services import settings as settings_service
from mesodesk.services.database import Database
from mesodesk.services.dto import ClinicOverview
from mesodesk.ui.locale_format import count_text
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
        self.value.setText(count_text(value))


class OverviewPage(QWidget):
    """Start page: how many patients and sessions, and the latest sessions."""

    def __init__(self, db: Database, actor: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
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

        self.empty_hint = QLabel()
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("recentSessionsEmpty")
        self.recent_stack = QStackedWidget()
        self.recent_stack.addWidget(self.recent_view)
        self.recent_stack.addWidget(self.empty_hint)
        layout.addWidget(self.recent_stack, 1)

    def refresh(self) -> ClinicOverview:
        data = session_service.overview(self.db, actor=self.actor)
        self.patients_card.set_value(data.patients)
        self.archived_card.set_value(data.archived_patients)
        self.sessions_card.set_value(data.sessions)
        self.recent_model.date_format = str(settings_service.get(self.db, "clinic.date_format"))
        self.recent_model.set_rows(data.recent)
        self.recent_stack.setCurrentWidget(self.recent_view if data.recent else self.empty_hint)
        if not data.recent:
            self.empty_hint.setText(self._empty_text(data))
        if data.recent:
            self.recent_view.resizeColumnsToContents()
        return data

    def _empty_text(self, data: ClinicOverview) -> str:
        """What to do next on a clinic with no session yet, in the window's own words."""
        if not data.patients and not data.archived_patients:
            return self.tr(
                "<p><b>No patients yet.</b></p>"
                "<p>Add the first patient with <b>New patient</b> (Ctrl+N) on the Patients "
                "page; the sessions you record appear here.</p>"
            )
        return self.tr(
            "<p><b>No sessions recorded yet.</b></p>"
            "<p>Open a patient's chart and choose <b>New session</b> (Ctrl+Shift+N); "
            "sessions appear here as soon as they are saved.</p>"
        )

"""The desk's pages: their order in the sidebar, their names and icons, and the chart's holder."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

(
    PAGE_PATIENTS,
    PAGE_CHART,
    PAGE_PRODUCTS,
    PAGE_OVERVIEW,
    PAGE_TODAY,
    PAGE_CALENDAR,
    PAGE_FOLLOWUPS,
    PAGE_EVENTS,
    PAGE_BACKUPS,
) = range(9)
"""Indexes into the window's page stack."""
NAVIGATION_ORDER = (
    PAGE_TODAY,
    PAGE_PATIENTS,
    PAGE_CHART,
    PAGE_CALENDAR,
    PAGE_FOLLOWUPS,
    PAGE_EVENTS,
    PAGE_PRODUCTS,
    PAGE_OVERVIEW,
    PAGE_BACKUPS,
)
"""The sidebar's rows, top to bottom (a row is ``NAVIGATION_ORDER.index(page)``)."""

PAGE_ICONS = {
    PAGE_TODAY: "go-jump-today",
    PAGE_PATIENTS: "system-users",
    PAGE_CHART: "document-open",
    PAGE_CALENDAR: "x-office-calendar",
    PAGE_FOLLOWUPS: "appointment-new",
    PAGE_EVENTS: "dialog-warning",
    PAGE_PRODUCTS: "drive-harddisk",
    PAGE_OVERVIEW: "view-statistics",
    PAGE_BACKUPS: "document-save",
}
"""Freedesktop icon names; each page has its own (see ``mesodesk.ui.icons`` for fallbacks)."""


def navigation_row(page: int) -> int:
    return NAVIGATION_ORDER.index(page)


class ChartHost(QWidget):
    """Holds the open patient's chart under a bar that leads back to the patient list."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 0)
        self.back_button = QPushButton(self.tr("← Patient list"))
        self.back_button.setObjectName("backToPatients")
        self.back_button.clicked.connect(self.back)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.holder = QVBoxLayout()
        layout.addLayout(self.holder, 1)
        self.chart: QWidget | None = None

    def clear(self) -> None:
        """No chart open (another user signed in)."""
        if self.chart is not None:
            self.holder.removeWidget(self.chart)
            self.chart.deleteLater()
            self.chart = None

    def set_chart(self, chart: QWidget) -> None:
        if self.chart is not None:
            self.holder.removeWidget(self.chart)
            self.chart.deleteLater()
        self.chart = chart
        self.holder.addWidget(chart)


def sidebar_width(navigation: QListWidget) -> int:
    """The sidebar's width showing its longest page name whole (in any language), 180 to 280."""
    frame = navigation.frameWidth() * 2 + 12
    return max(180, min(280, navigation.sizeHintForColumn(0) + frame))

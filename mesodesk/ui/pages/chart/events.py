"""The chart's Adverse events tab: complications reported after a session."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QStackedWidget, QVBoxLayout, QWidget

from mesodesk.services.chart import AdverseEventRecord
from mesodesk.ui.context import DeskContext
from mesodesk.ui.pages.chart.common import SPACING, Column, RecordTableModel, empty_hint, table


class EventsTab(QWidget):
    """The list of a patient's adverse events (most recent onset first), or a hint."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        severities = {
            "mild": QCoreApplication.translate("EventsTab", "Mild"),
            "moderate": QCoreApplication.translate("EventsTab", "Moderate"),
            "severe": QCoreApplication.translate("EventsTab", "Severe"),
        }

        def resolved(e: AdverseEventRecord) -> str:
            if e.resolved_date is None:
                return QCoreApplication.translate("EventsTab", "Not resolved")
            return QCoreApplication.translate("EventsTab", "Resolved {0}").format(
                ctx.format_date(e.resolved_date)
            )

        def details(e: AdverseEventRecord) -> str:
            parts = [
                e.description,
                e.action_taken
                and QCoreApplication.translate("EventsTab", "Action: {0}").format(e.action_taken),
            ]
            return "\n".join(p for p in parts if p)

        self.model: RecordTableModel[AdverseEventRecord] = RecordTableModel(
            [
                Column(
                    QCoreApplication.translate("EventsTab", "Onset"),
                    lambda e: ctx.format_date(e.onset_date),
                ),
                Column(
                    QCoreApplication.translate("EventsTab", "Type"),
                    lambda e: e.side_effect_name,
                    details,
                ),
                Column(
                    QCoreApplication.translate("EventsTab", "Severity"),
                    lambda e: severities.get(e.severity, e.severity),
                ),
                Column(
                    QCoreApplication.translate("EventsTab", "Outcome"),
                    lambda e: e.outcome or "—",
                    lambda e: e.outcome,
                ),
                Column(QCoreApplication.translate("EventsTab", "Resolved"), resolved),
            ],
            self,
        )
        self.view = table("adverseEventList")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = empty_hint(
            QCoreApplication.translate(
                "EventsTab",
                "<p><b>No adverse events recorded.</b></p>"
                "<p>Reactions seen during a session are noted in that session; complications "
                "reported later are listed here.</p>",
            ),
            "adverseEventsEmpty",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack)

    def show_events(self, events: Sequence[AdverseEventRecord]) -> None:
        self.model.set_rows(events)
        self.stack.setCurrentWidget(self.view if events else self.empty)

"""The change history of one session: every audited version, field by field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services.chart import FieldChange, SessionVersion
from mesodesk.ui.context import DeskContext
from mesodesk.ui.pages.chart.common import SPACING, Column, RecordTableModel, table, title


class SessionHistoryDialog(QDialog):
    """The audit versions of one session: who changed what, and when."""

    def __init__(
        self,
        ctx: DeskContext,
        heading: str,
        versions: Sequence[SessionVersion],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionHistoryDialog")
        self.setWindowTitle(self.tr("Change history"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(title(heading))
        layout.addWidget(
            QLabel(
                self.tr(
                    "Every saved version of this session is kept. Each entry lists the fields "
                    "that changed."
                )
            )
        )
        self.rows = self._rows(ctx, versions)
        self.model: RecordTableModel[HistoryRow] = RecordTableModel(
            [
                Column(self.tr("When"), lambda r: r.when),
                Column(self.tr("By"), lambda r: r.actor),
                Column(self.tr("Action"), lambda r: r.action),
                Column(self.tr("Field"), lambda r: r.field),
                Column(self.tr("Before"), lambda r: r.before, lambda r: r.before),
                Column(self.tr("After"), lambda r: r.after, lambda r: r.after),
            ],
            self,
            top=True,
        )
        self.model.set_rows(self.rows)
        self.view = table("sessionHistory")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _rows(self, ctx: DeskContext, versions: Sequence[SessionVersion]) -> list[HistoryRow]:
        actions = {
            "create": self.tr("Recorded"),
            "update": self.tr("Changed"),
            "amend": self.tr("Amended"),
        }
        rows: list[HistoryRow] = []
        for version in reversed(versions):  # newest first, like the sessions list
            record = version.record
            when = ctx.format_date(version.occurred_at)
            action = actions.get(record.action, record.action)
            if version.reason:
                action = self.tr("{0} ({1})").format(action, version.reason)
            changes = version.changes or (FieldChange("", "", self.tr("(no visible change)")),)
            for number, change in enumerate(changes):
                first = number == 0
                rows.append(
                    HistoryRow(
                        when=when if first else "",
                        actor=record.actor if first else "",
                        action=action if first else "",
                        field=self._field_label(change.field),
                        before=change.before,
                        after=change.after,
                    )
                )
        return rows

    def _field_label(self, field: str) -> str:
        labels = {
            "starts_at": self.tr("Date and time"),
            "duration_minutes": self.tr("Duration (min)"),
            "practitioner_id": self.tr("Practitioner"),
            "status": self.tr("Status"),
            "status_reason": self.tr("Status reason"),
            "course_id": self.tr("Course"),
            "patient_id": self.tr("Patient"),
            "anaesthetic_used": self.tr("Topical anaesthetic"),
            "anaesthetic_product": self.tr("Anaesthetic product"),
            "immediate_reactions": self.tr("Immediate reactions"),
            "notes": self.tr("Notes"),
            "treatments": self.tr("Treatments"),
        }
        return labels.get(field, field.replace("_", " ").capitalize())


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One changed field; when, by and action are given on a version's first row only."""

    when: str
    actor: str
    action: str
    field: str
    before: str
    after: str

"""The chart's Profile tab: the current medical profile, and every version recorded before."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services.dto import ProfileRecord
from mesodesk.ui.pages.chart.common import (
    SPACING,
    Column,
    RecordTableModel,
    empty_hint,
    table,
    title,
)
from mesodesk.ui.pages.chart.header import LocalTime
from mesodesk.ui.theme import PLACEHOLDER_STYLE


@dataclass(frozen=True, slots=True)
class ProfileRow:
    """One recorded version of the profile, summed up in a line."""

    recorded: str
    by: str
    summary: str


class ProfileTab(QWidget):
    """What the practitioner reads before treating: allergies, medications, conditions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING // 2)

        layout.addWidget(title(self.tr("Current medical profile")))
        self.details = QWidget()
        self.details.setObjectName("profileDetails")
        self.form = QFormLayout(self.details)
        self.form.setContentsMargins(SPACING, 0, SPACING, 0)
        self.form.setHorizontalSpacing(2 * SPACING)
        self.form.setVerticalSpacing(SPACING // 2)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.empty = empty_hint(
            self.tr(
                "<p><b>No medical profile recorded.</b></p>"
                "<p>Use <b>Edit patient…</b> to record allergies, medications and other "
                "contraindications before the first session.</p>"
            ),
            "profileEmpty",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.details)
        self.stack.addWidget(self.empty)
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.stack)

        self.history = QWidget()
        history_layout = QVBoxLayout(self.history)
        history_layout.setContentsMargins(0, SPACING, 0, 0)
        history_layout.setSpacing(SPACING // 2)
        history_layout.addWidget(title(self.tr("Profile history")))
        self.history_model: RecordTableModel[ProfileRow] = RecordTableModel(
            [
                Column(self.tr("Recorded"), lambda r: r.recorded),
                Column(self.tr("By"), lambda r: r.by),
                Column(self.tr("What was recorded"), lambda r: r.summary, lambda r: r.summary),
            ],
            self,
        )
        self.history_view = table("profileHistory")
        self.history_view.setModel(self.history_model)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        history_layout.addWidget(self.history_view, 1)
        layout.addWidget(self.history, 1)
        layout.addStretch(0)  # takes the space while there is no history to show

    def show_profile(
        self,
        profile: ProfileRecord | None,
        history: Sequence[ProfileRecord],
        *,
        local: LocalTime,
        area_names: Mapping[str, str],
    ) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.stack.setCurrentWidget(self.empty if profile is None else self.details)
        if profile is not None:
            for label, value in self._lines(profile, local, area_names):
                text = QLabel(value)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                caption = QLabel(label)
                caption.setStyleSheet(PLACEHOLDER_STYLE)
                self.form.addRow(caption, text)
        self.history.setVisible(bool(history))
        self.history_model.set_rows(
            [
                ProfileRow(
                    recorded=local(p.recorded_at), by=p.recorded_by, summary=self._summary(p)
                )
                for p in history
            ]
        )

    def _yes_no(self, value: bool, details: str = "") -> str:
        text = self.tr("Yes") if value else self.tr("No")
        return f"{text} — {details.strip()}" if value and details.strip() else text

    def _lines(
        self, p: ProfileRecord, local: LocalTime, area_names: Mapping[str, str]
    ) -> list[tuple[str, str]]:
        none = self.tr("None recorded")
        allergies = ", ".join(p.allergens)
        if p.allergies_text.strip():
            allergies = (
                f"{allergies} — {p.allergies_text.strip()}" if allergies else p.allergies_text
            )
        skin = p.skin_conditions_text.strip()
        if p.skin_condition_areas:
            where = ", ".join(area_names.get(a, a) for a in p.skin_condition_areas)
            skin = self.tr("{0} (areas: {1})").format(skin or self.tr("Yes"), where)
        medications = p.medications_text.strip() or none
        if p.on_blood_thinners:
            medications = self.tr("{0} — takes blood thinners").format(medications)
        return [
            (self.tr("Allergies"), allergies or none),
            (self.tr("Medications"), medications),
            (self.tr("Autoimmune disease"), self._yes_no(p.autoimmune_disease, p.autoimmune_notes)),
            (self.tr("Keloid tendency"), self._yes_no(p.keloid_tendency)),
            (self.tr("Skin conditions"), skin or none),
            (self.tr("Pregnant or breastfeeding"), self._yes_no(p.pregnant_or_breastfeeding)),
            (self.tr("Needle anxiety"), self._yes_no(p.needle_anxiety)),
            (self.tr("Notes"), p.notes.strip() or "—"),
            (
                self.tr("Recorded"),
                self.tr("{0} by {1}").format(
                    local(p.recorded_at), p.recorded_by or self.tr("unknown")
                ),
            ),
        ]

    def _summary(self, p: ProfileRecord) -> str:
        parts = []
        if p.allergens or p.allergies_text.strip():
            parts.append(
                self.tr("allergies: {0}").format(", ".join(p.allergens) or p.allergies_text.strip())
            )
        if p.on_blood_thinners:
            parts.append(self.tr("blood thinners"))
        elif p.medications_text.strip():
            parts.append(self.tr("medications"))
        if p.autoimmune_disease:
            parts.append(self.tr("autoimmune disease"))
        if p.keloid_tendency:
            parts.append(self.tr("keloid tendency"))
        if p.skin_conditions_text.strip() or p.skin_condition_areas:
            parts.append(self.tr("skin conditions"))
        if p.pregnant_or_breastfeeding:
            parts.append(self.tr("pregnant or breastfeeding"))
        if p.needle_anxiety:
            parts.append(self.tr("needle anxiety"))
        if p.notes.strip():
            parts.append(self.tr("notes"))
        text = "; ".join(parts) or self.tr("nothing of note")
        return text[:1].upper() + text[1:]

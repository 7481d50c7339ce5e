"""What screening says about the treatment as typed, and the reasons stored for going ahead."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services.dto import FindingRecord
from mesodesk.ui.theme import CAUTION_TEXT, CLEAR_TEXT, STOP_TEXT, findings_frame_style

LEVEL_STYLE = {
    "block": (STOP_TEXT, "Stop"),
    "warn": (CAUTION_TEXT, "Caution"),
    "info": ("palette(text)", "Note"),
}

FINDING_ROWS = 3
"""Findings the panel shows without scrolling: its height is reserved, so nothing below moves
when findings appear or go."""


def findings_html(findings: Sequence[FindingRecord]) -> str:
    """Findings as a compact list, worst first, with user text escaped."""
    rows = []
    for f in findings:
        colour, word = LEVEL_STYLE.get(f.level, LEVEL_STYLE["info"])
        rows.append(
            f"<tr><td style='color:{colour}; font-weight:bold; padding-right:8px'>"
            f"{escape(word)}</td><td><b>{escape(f.title)}</b> — {escape(f.message)}</td></tr>"
        )
    return "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"


class FindingsPanel(QGroupBox):
    """What screening says about the planned treatment, and the override reason for a block."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Screening"), parent)
        self.setObjectName("findingsPanel")
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("findingsList")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The list scrolls inside a space kept for it: findings never push the form down.
        self.summary_area = QScrollArea()
        self.summary_area.setObjectName("findingsArea")
        self.summary_area.setWidgetResizable(True)
        self.summary_area.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary_area.setWidget(self.summary)
        row_height = self.fontMetrics().lineSpacing() + 6
        self.summary_area.setFixedHeight(FINDING_ROWS * row_height + 4)
        layout.addWidget(self.summary_area)
        self.override_label = QLabel(
            self.tr(
                "To mark the session done despite a stop, the practitioner confirms it and "
                "records why for each stop (kept with the session and in the audit)."
            )
        )
        self.override_label.setObjectName("overrideNote")
        self.override_label.setWordWrap(True)
        self.override_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recorded_label = QLabel()
        self.recorded_label.setObjectName("overrideRecorded")
        self.recorded_label.setWordWrap(True)
        self.recorded_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recorded_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Hidden without a stop, but its room stays: a stop appearing moves nothing.
        policy = self.override_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.override_label.setSizePolicy(policy)
        self.recorded_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.override_label)
        layout.addWidget(self.recorded_label)
        self._findings: list[FindingRecord] = []
        self.set_findings([])
        self.recorded_label.hide()

    @property
    def findings(self) -> list[FindingRecord]:
        return list(self._findings)

    def has_blocks(self) -> bool:
        return any(f.level == "block" for f in self._findings)

    def blocks(self) -> list[FindingRecord]:
        """The stops among the findings, in the order shown."""
        return [f for f in self._findings if f.level == "block"]

    def set_findings(self, findings: Sequence[FindingRecord], *, screened: bool = True) -> None:
        """Show ``findings``; ``screened`` False: nothing was entered yet to screen against."""
        self._findings = list(findings)
        if not self._findings and not screened:
            self.summary.setText(
                escape(self.tr("Screening runs as soon as a treated area or product is chosen."))
            )
        elif not self._findings:
            self.summary.setText(
                f"<span style='color:{CLEAR_TEXT}'>"
                + escape(self.tr("Nothing found against this treatment in the medical history."))
                + "</span>"
            )
        else:
            self.summary.setText(findings_html(self._findings))
        blocks = self.has_blocks()
        self.override_label.setVisible(blocks)
        self.setStyleSheet(findings_frame_style(blocks))

    def show_recorded(
        self, reasons: Sequence[tuple[str, str]], by: str, when: str, legacy: str = ""
    ) -> None:
        """Show the reasons already stored with the session: (stop title, reason) per stop,
        or the one ``legacy`` text of a session recorded before reasons were kept per stop."""
        if not reasons and not legacy:
            self.recorded_label.hide()
            return
        lines = [
            self.tr("Went ahead despite a stop — {by}, {when}:").format(
                by=by or self.tr("unknown"), when=when
            )
        ]
        lines.extend(f"• {title}: {reason}" for title, reason in reasons)
        if not reasons:
            lines.append(legacy)
        self.recorded_label.setText("\n".join(lines))
        self.recorded_label.setStyleSheet(f"color: {CAUTION_TEXT}")
        self.recorded_label.show()

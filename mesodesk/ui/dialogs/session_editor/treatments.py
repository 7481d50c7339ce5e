"""The treatment table of the session editor: its lines, adding and removing, and the totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services.dto import TreatmentRecord
from mesodesk.ui.dialogs.session_editor.combos import WheelGuard, heading
from mesodesk.ui.dialogs.session_editor.lines import EditorData, TreatmentLine, totals_by_product
from mesodesk.ui.locale_format import decimal_text
from mesodesk.ui.theme import ERROR_STYLE

COLUMN_STRETCH = (4, 4, 4, 6, 0, 3, 0, 0, 0)
"""Names and lots share the spare width; numbers, the gauge and Remove keep their size."""


def format_ml(value: Decimal) -> str:
    return decimal_text(value, 2, trim=False)


class TreatmentsBox(QGroupBox):
    """The lines in a grid (fields, then each line's message), with Add line and the totals."""

    line_added = Signal(object)
    lines_changed = Signal()

    def __init__(self, data: EditorData, guard: WheelGuard, parent: QWidget | None = None):
        super().__init__(self.tr("Treatments"), parent)
        self.setObjectName("treatmentsBox")
        self._data = data
        self._guard = guard
        self._day = date.today()
        self.lines: list[TreatmentLine] = []
        layout = QVBoxLayout(self)
        self.table = QWidget()
        self.table.setObjectName("treatmentTable")
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(4)
        self.grid.setHorizontalSpacing(6)
        headings = [
            self.tr("Area"),
            self.tr("Solution type"),
            self.tr("Product"),
            self.tr("Lot"),
            self.tr("Volume (ml)"),
            self.tr("Technique"),
            self.tr("Depth (mm)"),
            self.tr("Needle"),
        ]
        for column, text in enumerate(headings):
            label = heading(text)
            self.grid.addWidget(label, 0, column)
            # Headings never clip, even over the narrow number columns.
            width = label.fontMetrics().horizontalAdvance(text) + 8
            self.grid.setColumnMinimumWidth(column, width)
        for column, stretch in enumerate(COLUMN_STRETCH):
            self.grid.setColumnStretch(column, stretch)
        layout.addWidget(self.table)

        self.error_label = QLabel()
        self.error_label.setObjectName("error_treatments")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        footer = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("Add &line"))
        self.add_line_button.setObjectName("addTreatmentLine")
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.setToolTip(self.tr("Add another treated area"))
        self.add_line_button.clicked.connect(self._add_clicked)
        footer.addWidget(self.add_line_button, 0, Qt.AlignmentFlag.AlignTop)
        footer.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        # On the left, so a narrow (scaled) window never pushes the totals out of sight.
        self.totals_label = QLabel()
        self.totals_label.setObjectName("sessionTotals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        footer.addWidget(self.totals_label)
        footer.addStretch(1)
        layout.addLayout(footer)
        self.update_totals()

    def add_line(self) -> TreatmentLine:
        line = TreatmentLine(self._data, self.table, self._guard)
        line.set_session_day(self._day)
        line.changed.connect(self._on_line_changed)
        line.remove_requested.connect(self.remove_line)
        self.lines.append(line)
        self.relayout()
        self._on_line_changed()
        return line

    def _add_clicked(self) -> None:
        line = self.add_line()
        self.line_added.emit(line)

    def remove_line(self, line: TreatmentLine) -> None:
        if len(self.lines) <= 1:
            return
        index = self.lines.index(line)
        self.lines.remove(line)
        for widget in line.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        line.deleteLater()
        self.relayout()
        self._on_line_changed()
        target = self.lines[min(index, len(self.lines) - 1)]
        target.area.setFocus(Qt.FocusReason.OtherFocusReason)

    def replace_lines(self, records: list[TreatmentRecord], *, read_only: bool) -> None:
        """Show ``records`` as the lines (one blank line when there are none); read-only while
        they are derived from the injection map's marks."""
        for line in self.lines:
            for widget in line.widgets():
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
            line.deleteLater()
        self.lines = []
        for record in records:
            self.add_line().load(record)
        if not self.lines:
            self.add_line()
        for line in self.lines:
            for widget in line.inputs():
                widget.setEnabled(not read_only)
        self.add_line_button.setEnabled(not read_only)
        self._on_line_changed()

    def relayout(self) -> None:
        """Lines sit two grid rows apart (fields, then the line's message) in list order."""
        for line in self.lines:
            for widget in line.widgets():
                self.grid.removeWidget(widget)
        for number, line in enumerate(self.lines):
            row = 1 + 2 * number
            for column, widget in enumerate(line.inputs()):
                self.grid.addWidget(widget, row, column)
                widget.show()
            self.grid.addWidget(line.message, row + 1, 0, 1, len(line.inputs()))
            line.message.setVisible(bool(line.message.text()))
            line.area.setAccessibleName(self.tr("Area of line {n}").format(n=number + 1))
            line.remove_button.setEnabled(len(self.lines) > 1)

    def set_session_day(self, day: date) -> None:
        """Lot expiry is judged on the day of the session."""
        self._day = day
        for line in self.lines:
            line.set_session_day(day)

    def set_error(self, text: str) -> None:
        """A refusal about the lines as a whole ("treatments"), shown under the table."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def totals(self) -> dict[str, Decimal]:
        """What the totals box shows: product name to total volume in ml."""
        return totals_by_product([(line.product_label(), line.volume_ml) for line in self.lines])

    def update_totals(self) -> None:
        totals = self.totals()
        if not totals:
            self.totals_label.setText(
                escape(self.tr("Volumes per product add up here as you fill the lines."))
            )
            return

        def row(name: str, total: Decimal, bold: bool = False) -> str:
            ml = escape(self.tr("{ml} ml").format(ml=format_ml(total)))
            cells = f"<td>{escape(name)}</td><td align='right'>&nbsp;&nbsp;&nbsp;{ml}</td>"
            return f"<tr style='font-weight: bold'>{cells}</tr>" if bold else f"<tr>{cells}</tr>"

        rows = "".join(row(name, total) for name, total in totals.items())
        if len(totals) > 1:
            rows += row(self.tr("All products"), sum(totals.values(), Decimal(0)), bold=True)
        self.totals_label.setText(f"<table cellspacing='0' cellpadding='1'>{rows}</table>")

    def _on_line_changed(self) -> None:
        self.update_totals()
        if self.error_label.isVisible() and any(not line.is_blank() for line in self.lines):
            self.set_error("")
        self.lines_changed.emit()

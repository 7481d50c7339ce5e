"""Going ahead despite screening stops: every stop listed, each with its own reason."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.reasons import reason_problem
from mesodesk.services.dto import FindingRecord
from mesodesk.ui.theme import ERROR_STYLE, STOP_TEXT
from mesodesk.ui.widgets.inline_errors import shown as in_window_language


class OverrideDialog(QDialog):
    """Lists the stops; OK (going ahead) is enabled once every stop has a reason of real content.

    ``reasons`` prefill the fields by stop key (reasons stored with the session, or typed in
    an earlier attempt). Cancel keeps what was typed in :meth:`typed` for the next attempt.
    """

    def __init__(
        self,
        stops: Sequence[FindingRecord],
        reasons: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Go ahead despite screening stops?"))
        self.stops = list(stops)
        root = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Screening says stop. To mark this session done, record for each stop why it "
                "is safe to go ahead. The reasons are kept with the session, on the chart and "
                "in the audit."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        root.addWidget(intro)

        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        self.edits: list[QLineEdit] = []
        self.problem_labels: list[QLabel] = []
        for index, stop in enumerate(self.stops):
            rows.addWidget(self._stop_row(index, stop, reasons.get(stop.key, "")))
        rows.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(body)
        root.addWidget(area, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button: QPushButton = ok
        self.ok_button.setText(self.tr("&Go ahead and save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * (10 + 6 * len(stops)))
        self._update()
        if self.edits:
            self.edits[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _stop_row(self, index: int, stop: FindingRecord, reason: str) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        title = QLabel(stop.title)
        title.setObjectName(f"overrideStop_{index}")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet(f"color: {STOP_TEXT}; font-weight: bold")
        message = QLabel(stop.message)
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        edit = QLineEdit(reason)
        edit.setObjectName(f"overrideReason_{index}")
        edit.setAccessibleName(
            self.tr("Reason for going ahead despite: {stop}").format(stop=stop.title)
        )
        edit.setPlaceholderText(
            self.tr("e.g. pregnancy test negative today; patient's GP agreed in writing")
        )
        # One mnemonic per row would clash beyond a few stops: the label names the field
        # for screen readers, Tab moves from one reason to the next.
        label = QLabel(self.tr("Why it is safe to go ahead:"))
        label.setBuddy(edit)
        problem = QLabel()
        problem.setObjectName(f"overrideProblem_{index}")
        problem.setStyleSheet(ERROR_STYLE)
        problem.setWordWrap(True)
        problem.setTextFormat(Qt.TextFormat.PlainText)
        policy = problem.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        problem.setSizePolicy(policy)
        problem.hide()
        edit.textChanged.connect(self._update)
        for widget in (title, message, label, edit, problem):
            layout.addWidget(widget)
        self.edits.append(edit)
        self.problem_labels.append(problem)
        return box

    def _update(self) -> None:
        ready = True
        for edit, label in zip(self.edits, self.problem_labels, strict=True):
            problem = reason_problem(edit.text())
            ready = ready and problem is None
            # An untouched empty field says nothing yet; the disabled button says enough.
            shown = problem if problem is not None and edit.text().strip() else ""
            label.setText(in_window_language(shown) if shown else "")
            label.setVisible(bool(shown))
        self.ok_button.setEnabled(ready)

    def typed(self) -> dict[str, str]:
        """What is in the fields now, by stop key (also after Cancel)."""
        return {
            stop.key: edit.text()
            for stop, edit in zip(self.stops, self.edits, strict=True)
            if edit.text().strip()
        }

    def reasons(self) -> tuple[tuple[str, str], ...]:
        """(stop key, reason) for every stop, as the service takes them."""
        return tuple(
            (stop.key, " ".join(edit.text().split()))
            for stop, edit in zip(self.stops, self.edits, strict=True)
        )

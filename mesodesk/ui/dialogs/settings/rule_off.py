"""Confirming that a blocking screening rule goes off, with the reason kept in the audit."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.reasons import MAX_REASON_LENGTH, reason_problem
from mesodesk.services.safety import RuleState
from mesodesk.ui.dialogs.settings.common import make_banner, make_label
from mesodesk.ui.theme import BANNER_STYLE, ERROR_STYLE
from mesodesk.ui.widgets.inline_errors import shown


class RuleOffDialog(QDialog):
    """Asks "switch it off anyway?" and why; "Switch off" is enabled once the reason says
    something (the service checks the same rule)."""

    def __init__(self, state: RuleState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("ruleOffDialog")
        self.setWindowTitle(self.tr("Switch off a blocking rule"))
        warning = make_banner("ruleOffWarning", self, BANNER_STYLE)
        warning.setText(
            self.tr(
                "“{title}” stops treatments that are unsafe for the patient. Switched off, "
                "screening will no longer warn about it at all, for every patient."
            ).format(title=state.rule.title)
        )
        warning.show()
        self.reason = QLineEdit(self)
        self.reason.setObjectName("ruleOffReason")
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("e.g. Our clinic treats men only"))
        label = QLabel(self.tr("&Why is it switched off? (kept in the audit log)"), self)
        label.setBuddy(self.reason)
        self.problem = make_label("", self)
        self.problem.setObjectName("ruleOffProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(
            self.tr("&Switch off"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setObjectName("ruleOffConfirm")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("ruleOffCancel")
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(warning)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())
        self._check()

    def reason_text(self) -> str:
        return " ".join(self.reason.text().split())

    @Slot()
    def _check(self) -> None:
        text = self.reason_text()
        problem = reason_problem(text)
        self.confirm_button.setEnabled(problem is None)
        # Said only once something is typed: an empty box needs no scolding.
        self.problem.setText(shown(problem) if problem and text else "")
        self.problem.setVisible(bool(problem and text))

    def accept(self) -> None:
        if reason_problem(self.reason_text()) is None:
            super().accept()

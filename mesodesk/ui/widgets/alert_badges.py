"""A row of a patient's alert badges (``domain.session_rules.alert_badges``), for any page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mesodesk.domain.session_rules import Alert
from mesodesk.ui.theme import badge_style

_ALLERGIES = "Allergies: "


def _fixed_texts() -> dict[str, str]:
    """The domain's fixed alert texts, translated (each literal here for lupdate)."""
    return {
        "No medical profile recorded": QCoreApplication.translate(
            "AlertBadges", "No medical profile recorded"
        ),
        "Record one with Edit patient… before treating.": QCoreApplication.translate(
            "AlertBadges", "Record one with Edit patient… before treating."
        ),
        "Blood thinners": QCoreApplication.translate("AlertBadges", "Blood thinners"),
        "Pregnant or breastfeeding": QCoreApplication.translate(
            "AlertBadges", "Pregnant or breastfeeding"
        ),
        "Keloid tendency": QCoreApplication.translate("AlertBadges", "Keloid tendency"),
        "Autoimmune disease": QCoreApplication.translate("AlertBadges", "Autoimmune disease"),
        "Needle anxiety": QCoreApplication.translate("AlertBadges", "Needle anxiety"),
        "No alerts in the medical profile": QCoreApplication.translate(
            "AlertBadges", "No alerts in the medical profile"
        ),
    }


def alert_text(text: str) -> str:
    """An alert's text in the user's language; a text not known here is shown as it is."""
    if text.startswith(_ALLERGIES):
        names = text[len(_ALLERGIES) :]
        if names == "see profile":
            names = QCoreApplication.translate("AlertBadges", "see profile")
        return QCoreApplication.translate("AlertBadges", "Allergies: {0}").format(names)
    return _fixed_texts().get(text, text)


def badge_label(alert: Alert, parent: QWidget | None = None) -> QLabel:
    """A rounded label for one alert; the text always says what it is, colour only helps.

    Its object name is ``alertBadge`` and its ``kind`` property the alert's kind
    ("alert", "caution" or "hint"), for style sheets and tests.
    """
    kind = str(alert.kind.value)
    label = QLabel(alert_text(alert.text), parent)
    label.setObjectName("alertBadge")
    label.setProperty("kind", kind)
    label.setStyleSheet(badge_style(kind))
    label.setToolTip(alert_text(alert.detail) if alert.detail else "")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AlertBadges(QWidget):
    """Badges side by side, most serious first, left-aligned; ``set_alerts`` replaces them."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6) -> None:
        super().__init__(parent)
        self.setObjectName("alertBadges")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(spacing)
        self._layout.addStretch(1)
        self.alerts: tuple[Alert, ...] = ()

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        if tuple(alerts) == self.alerts:
            return
        self.alerts = tuple(alerts)
        while self._layout.count() > 1:  # the last item is the stretch
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not only when the event loop deletes it
                widget.deleteLater()
        for position, alert in enumerate(self.alerts):
            self._layout.insertWidget(position, badge_label(alert, self))

    def labels(self) -> list[QLabel]:
        """The badges shown, in order."""
        out = []
        for position in range(self._layout.count() - 1):
            item = self._layout.itemAt(position)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                out.append(widget)
        return out

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels()]

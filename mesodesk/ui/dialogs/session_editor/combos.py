"""Small helpers the session editor's fields share: combo choices, sizes and the wheel guard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget


def index_of(combo: QComboBox, value: object) -> int:
    """The row whose data is ``value``, or -1."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


def select(combo: QComboBox, value: object) -> bool:
    """Make the row holding ``value`` current; False when there is none."""
    index = index_of(combo, value)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True


def widen_popup(combo: QComboBox) -> None:
    """Narrow combos still show their whole entries when opened."""
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 8)


def compact(combo: QComboBox, chars: int) -> None:
    """A combo as wide as ``chars`` characters at least, growing with the spare width."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


def heading(text: str) -> QLabel:
    """A bold column heading that never widens its column."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class WheelGuard(QObject):
    """Scrolling the form must not change a field the pointer happens to cross: an unfocused
    combo or spin box passes the wheel on to the form's scroll bar instead."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.target: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        if self.target is not None:
            QCoreApplication.sendEvent(self.target, event)
        return True

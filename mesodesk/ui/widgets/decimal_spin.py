"""A spin box for volumes and depths written the clinic's way: ``2,5`` in French, ``2.5`` in English."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox showing the locale's decimal point with no trailing zeros.

    Both "." and "," typed are taken as the decimal point (a keypad's "." in French gives
    2,5, never 25): these small quantities have no thousands to group.
    """

    def normalised(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text.replace("," if point == "." else ".", point)

    def validate(self, text: str, pos: int) -> Any:
        return super().validate(self.normalised(text), pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self.normalised(text))

    def textFromValue(self, value: float) -> str:
        locale = QLocale(self.locale())
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        text = locale.toString(value, "f", self.decimals())
        point = locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text

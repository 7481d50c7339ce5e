"""What the tabs of the Settings dialog share: labels, banners, forms, roles and a change hook."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from mesodesk.services.sessions import from_utc
from mesodesk.ui.context import DeskContext
from mesodesk.ui.theme import BANNER_STYLE
from mesodesk.ui.widgets.inline_errors import InlineErrors

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_STYLE = "color: palette(placeholder-text);"
TITLE_STYLE = "font-weight: 600;"


def make_label(text: str, parent: QWidget, *, note: bool = False, wrap: bool = True) -> QLabel:
    """A plain-text label; ``note`` greys it as a secondary remark."""
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if note:
        label.setStyleSheet(NOTE_STYLE)
    return label


def make_banner(name: str, parent: QWidget, style: str = BANNER_STYLE) -> QLabel:
    """A hidden message strip, shown with setText() + show()."""
    label = make_label("", parent)
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.hide()
    return label


def make_form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(8)
    return form


def add_field_row(
    form: QFormLayout, text: str, errors: InlineErrors, key: str, widget: QWidget
) -> None:
    """A form row whose label's mnemonic focuses ``widget`` itself, not the wrapper that
    carries its error line."""
    label = QLabel(text, form.parentWidget())
    label.setBuddy(widget)
    form.addRow(label, errors.field(key, widget))


def local_text(ctx: DeskContext, stored: datetime | None, zone: ZoneInfo) -> str:
    """A naive-UTC timestamp from the database in the clinic's zone and date format."""
    if stored is None:
        return ""
    return ctx.format_date(from_utc(stored, zone).replace(tzinfo=None))


class Changes:
    """A plain-Python "changed" hook for notifications sent on every keystroke.

    Not a Qt ``Signal``: with PySide6 6.12 on CPython 3.11 every Python-side ``emit()`` drops
    a reference to ``True`` (the value it returns), and the interpreter aborts once the count
    reaches zero, after a few thousand keystrokes. Rare emits (``bus().changed``) stay
    signals.
    """

    def __init__(self) -> None:
        self._callbacks: list[Callable[[], None]] = []

    def connect(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)

    def emit(self) -> None:
        for callback in self._callbacks:
            callback()

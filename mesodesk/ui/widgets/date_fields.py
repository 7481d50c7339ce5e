"""Date and date-time fields: the whole text is typed in the clinic's format, a calendar helps.

Unlike QDateTimeEdit's sections, what is typed is what is read: select all and type
"10/12/2026 09:15" and the field holds that day and time. A date that does not exist is said
so under the field, and the typing stays for the user to correct.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.date_entry import DateEntryError, EntryProblem, read_date, read_date_time
from mesodesk.domain.search import format_date
from mesodesk.ui.locale_format import (
    date_format_hint,
    date_time_hint,
    locale_date,
    locale_date_time,
)
from mesodesk.ui.theme import ERROR_STYLE


class CalendarPopup(QCalendarWidget):
    """A calendar in its own popup window: Enter or a click picks, Escape closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(False)
        self.clicked.connect(self._pick)
        self.activated.connect(self._pick)

    @Slot(QDate)
    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class _TypedDateField(QWidget):
    """The line edit, the calendar button and the message line shared by both fields."""

    edited = Signal()
    """The user changed the text (typing or the calendar); ``value()`` may now differ."""

    def __init__(
        self,
        date_format: str,
        parent: QWidget | None,
        object_name: str,
        placeholder: str,
        *,
        messages: bool,
    ) -> None:
        super().__init__(parent)
        self.date_format = date_format
        self._messages = messages
        self.fallback_day: date | None = None
        """The day the calendar opens on while the field holds none (today by default)."""
        self.edit = QLineEdit(self)
        self.edit.setObjectName(object_name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMaxLength(len(placeholder) + 4)
        self.edit.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setObjectName(f"{object_name}Calendar")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(
            QCoreApplication.translate("DateField", "Pick the date on a calendar (Alt+Down)")
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.calendar = CalendarPopup(self)
        self.calendar.picked.connect(self._picked)
        self.message = QLabel(self)
        self.message.setObjectName(f"{object_name}Message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        # A label's mnemonic reaches the line edit through this widget.
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self.check)

    def text(self) -> str:
        return self.edit.text().strip()

    def problem(self) -> str:
        """What is wrong with the text, in the user's words ("" when it reads)."""
        raise NotImplementedError

    def check(self) -> bool:
        """Show under the field what is wrong with the text; True when it reads."""
        problem = self.problem()
        self.show_message(problem)
        return not problem

    def show_message(self, text: str) -> None:
        """``text`` under the field ("" hides it); fields of a form with its own error labels
        (``messages=False``) leave that to the form."""
        if not self._messages:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def describe(self, problem: EntryProblem) -> str:
        example = self.edit.placeholderText()
        if problem == EntryProblem.NO_SUCH_DATE:
            return QCoreApplication.translate(
                "DateField", "The date {date} does not exist."
            ).format(date=self.text().split(" ")[0])
        if problem == EntryProblem.NO_TIME:
            return QCoreApplication.translate("DateField", "Add the time, as {example}.").format(
                example=example
            )
        if problem == EntryProblem.NO_SUCH_TIME:
            return QCoreApplication.translate(
                "DateField", "That time does not exist; use 00:00 to 23:59."
            )
        return QCoreApplication.translate("DateField", "Type the date as {example}.").format(
            example=example
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return False
            opens = event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down
                and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            )
            if opens:
                self.open_calendar()
                return True
        return False

    @Slot()
    def open_calendar(self) -> None:
        shown = self.shown_date() or self.fallback_day or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def shown_date(self) -> date | None:
        raise NotImplementedError

    def _picked(self, day: QDate) -> None:
        raise NotImplementedError

    @Slot()
    def _on_text_edited(self) -> None:
        # A message goes as soon as the text reads; a new one waits for the end of the typing.
        if self.message.isVisible() and not self.problem():
            self.show_message("")
        self.edited.emit()


class DateField(_TypedDateField):
    """A date typed in the clinic's format (or left empty), with a calendar to pick from.

    Its form shows what is wrong with the text (see ``problem()``), unless ``messages``."""

    def __init__(
        self,
        date_format: str,
        parent: QWidget | None,
        object_name: str,
        *,
        messages: bool = False,
    ) -> None:
        hint = date_format_hint(date_format)
        super().__init__(date_format, parent, object_name, hint, messages=messages)
        self.edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)

    def value(self) -> date | None:
        """The date typed; None when empty; :class:`DateEntryError` when it is not a date."""
        if not self.text():
            return None
        try:
            return read_date(self.text(), self.date_format)
        except DateEntryError:  # the locale's own short date is read too
            day = locale_date(self.text())
            if day is None:
                raise
            return day

    def problem(self) -> str:
        try:
            self.value()
        except DateEntryError as error:
            return self.describe(error.problem)
        return ""

    def set_value(self, value: date | None) -> None:
        self.edit.setText(format_date(value, self.date_format))
        self.show_message("")

    def shown_date(self) -> date | None:
        try:
            return self.value()
        except DateEntryError:
            return None

    def _picked(self, day: QDate) -> None:
        self.set_value(date(day.year(), day.month(), day.day()))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edited.emit()


class DateTimeField(_TypedDateField):
    """A day and time typed whole ("10/12/2026 09:15"); the calendar changes only the day."""

    def __init__(self, date_format: str, parent: QWidget | None, object_name: str) -> None:
        hint = date_time_hint(date_format)
        super().__init__(date_format, parent, object_name, hint, messages=True)
        self._last = datetime(2000, 1, 1, 9, 0)

    def value(self) -> datetime | None:
        """What the text says, or None while it is not a date and time."""
        try:
            moment = self.read()
        except DateEntryError:
            return None
        self._last = moment
        return moment

    def read(self) -> datetime:
        """The text in the clinic's format, or the locale's short date and a time."""
        try:
            return read_date_time(self.text(), self.date_format)
        except DateEntryError:
            moment = locale_date_time(self.text())
            if moment is None:
                raise
            return moment

    def last_value(self) -> datetime:
        """The text's date and time, or the last one it held while it is being corrected."""
        return self.value() or self._last

    def problem(self) -> str:
        try:
            self.read()
        except DateEntryError as error:
            return self.describe(error.problem)
        return ""

    def set_value(self, value: datetime) -> None:
        value = value.replace(second=0, microsecond=0, tzinfo=None)
        self._last = value
        self.edit.setText(f"{format_date(value.date(), self.date_format)} {value:%H:%M}")
        self.show_message("")

    def shown_date(self) -> date | None:
        return self.last_value().date()

    def _picked(self, day: QDate) -> None:
        # The time typed (or last read) stays; only the day changes.
        clock: time = self.last_value().time()
        self.set_value(datetime.combine(date(day.year(), day.month(), day.day()), clock))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edited.emit()

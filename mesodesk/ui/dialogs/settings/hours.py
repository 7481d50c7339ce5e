"""The Opening hours tab of the Settings dialog: the weekly hours and the closed dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.schedule import DEFAULT_HOURS, WEEKDAY_KEYS, OpeningHours
from mesodesk.services import settings as settings_service
from mesodesk.services.settings import HOURS_KEY
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.settings.common import DATE_ROLE, Changes, make_banner, make_label
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import HINT_STYLE, SETTINGS_PAST_TEXT


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _hhmm(value: QTime) -> str:
    return value.toString("HH:mm")


class _DayRow:
    """One weekday: closed, or one or two opening periods."""

    def __init__(self, page: OpeningHoursPage, key: str, name: str, grid: QGridLayout, row: int):
        self.key = key
        self.page = page
        self.label = QLabel(name, page)
        self.closed = QCheckBox(QCoreApplication.translate("OpeningHoursPage", "Closed"), page)
        self.closed.setObjectName(f"closed_{key}")
        # Created in reading order, which is also the Tab order.
        first = (self._time(f"opens_{key}_1"), self._time(f"closes_{key}_1"))
        second = (self._time(f"opens_{key}_2"), self._time(f"closes_{key}_2"))
        self.opens = (first[0], second[0])
        self.closes = (first[1], second[1])
        self.add_second = QPushButton(
            QCoreApplication.translate("OpeningHoursPage", "+ second interval"), page
        )
        self.add_second.setObjectName(f"addInterval_{key}")
        self.add_second.setAutoDefault(False)
        self.add_second.setToolTip(
            QCoreApplication.translate(
                "OpeningHoursPage", "Add a second period, e.g. after a lunch break."
            )
        )
        self.add_second.clicked.connect(self.show_second)
        self.remove_second = QToolButton(page)
        self.remove_second.setObjectName(f"removeInterval_{key}")
        self.remove_second.setText("×")
        self.remove_second.setToolTip(
            QCoreApplication.translate("OpeningHoursPage", "Remove the second period")
        )
        self.remove_second.setAccessibleName(
            QCoreApplication.translate("OpeningHoursPage", "Remove the second period")
        )
        self.remove_second.clicked.connect(self.hide_second)

        periods = QWidget(page)
        second_row = QHBoxLayout(periods)
        second_row.setContentsMargins(0, 0, 0, 0)
        second_row.setSpacing(6)
        second_row.addWidget(self.opens[1])
        second_row.addWidget(QLabel("–", periods))
        second_row.addWidget(self.closes[1])
        second_row.addWidget(self.remove_second)
        second_row.addStretch(1)
        adder = QWidget(page)
        adder_row = QHBoxLayout(adder)
        adder_row.setContentsMargins(0, 0, 0, 0)
        adder_row.addWidget(self.add_second)
        adder_row.addStretch(1)
        self.second = QStackedWidget(page)
        self.second.addWidget(adder)
        self.second.addWidget(periods)
        self.second.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.closed, row, 1)
        grid.addWidget(self.opens[0], row, 2)
        grid.addWidget(QLabel("–", page), row, 3)
        grid.addWidget(self.closes[0], row, 4)
        grid.addWidget(self.second, row, 5)
        self.closed.toggled.connect(self.sync)
        self.closed.toggled.connect(page.touched)
        for edit in (*self.opens, *self.closes):
            edit.timeChanged.connect(page.touched)

    def _time(self, name: str) -> QTimeEdit:
        edit = QTimeEdit(self.page)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name.replace("_", " "))
        return edit

    @property
    def has_second(self) -> bool:
        return self.second.currentIndex() == 1

    @Slot()
    def show_second(self) -> None:
        """Split a day that spans lunch into morning and afternoon; else add one after it."""
        opens, closes = self.opens[0].time(), self.closes[0].time()
        if opens < QTime(13, 0) and closes > QTime(14, 0):
            self.closes[0].setTime(QTime(13, 0))
            self.opens[1].setTime(QTime(14, 0))
            self.closes[1].setTime(closes)
        else:
            self.opens[1].setTime(min(closes.addSecs(3600), QTime(23, 0)))
            self.closes[1].setTime(min(closes.addSecs(4 * 3600), QTime(23, 59)))
        self.second.setCurrentIndex(1)
        self.opens[1].setFocus(Qt.FocusReason.OtherFocusReason)
        self.page.changed.emit()

    @Slot()
    def hide_second(self) -> None:
        self.second.setCurrentIndex(0)
        self.add_second.setFocus(Qt.FocusReason.OtherFocusReason)
        self.page.changed.emit()

    @Slot()
    def sync(self) -> None:
        open_ = not self.closed.isChecked()
        for edit in (self.opens[0], self.closes[0]):
            edit.setEnabled(open_)
        self.second.setEnabled(open_)
        self.label.setEnabled(open_)

    def value(self) -> list[list[str]]:
        if self.closed.isChecked():
            return []
        periods = [[_hhmm(self.opens[0].time()), _hhmm(self.closes[0].time())]]
        if self.has_second:
            periods.append([_hhmm(self.opens[1].time()), _hhmm(self.closes[1].time())])
        return periods

    def set_value(self, periods: Sequence[tuple[time, time]]) -> None:
        self.closed.setChecked(not periods)
        first = periods[0] if periods else (time(9), time(18))
        self.opens[0].setTime(_qtime(first[0]))
        self.closes[0].setTime(_qtime(first[1]))
        if len(periods) > 1:
            self.opens[1].setTime(_qtime(periods[1][0]))
            self.closes[1].setTime(_qtime(periods[1][1]))
        self.second.setCurrentIndex(1 if len(periods) > 1 else 0)
        self.sync()

    def widgets(self) -> list[QWidget]:
        return [
            self.closed,
            self.opens[0],
            self.closes[0],
            self.add_second,
            self.opens[1],
            self.closes[1],
            self.remove_second,
        ]


class OpeningHoursPage(QWidget):
    """The weekly opening hours and the dates the clinic is closed; saved on Apply."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = Changes()
        """Called after every edit and after loading or saving."""
        self.setObjectName("hoursPage")
        self._baseline: dict[str, Any] = {}
        self._loading = False
        self._build()
        self.load()

    def _build(self) -> None:
        self.error = make_banner("hoursError", self)
        self.notice = make_banner("hoursNotice", self, HINT_STYLE)
        intro = make_label(
            self.tr(
                "Sessions are proposed and booked only inside these hours. Give a day a second "
                "period for a lunch break, or tick Closed."
            ),
            self,
            note=True,
        )

        weekly = QGroupBox(self.tr("Weekly hours"), self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for column, text in ((2, self.tr("Opens")), (4, self.tr("Closes"))):
            grid.addWidget(make_label(text, weekly, note=True, wrap=False), 0, column)
        self.days = {
            key: _DayRow(self, key, name, grid, row + 1)
            for row, (key, name) in enumerate(zip(WEEKDAY_KEYS, names, strict=True))
        }
        grid.setColumnStretch(6, 1)
        self.copy_monday = QPushButton(self.tr("Copy &Monday to Tuesday–Friday"), weekly)
        self.copy_monday.setObjectName("copyMonday")
        self.copy_monday.setAutoDefault(False)
        self.copy_monday.clicked.connect(self.copy_monday_to_weekdays)
        weekly_layout = QVBoxLayout(weekly)
        weekly_layout.addLayout(grid)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_monday)
        copy_row.addStretch(1)
        weekly_layout.addSpacing(6)
        weekly_layout.addLayout(copy_row)
        weekly_layout.addStretch(1)

        closed = QGroupBox(self.tr("Closed dates"), self)
        self.closed_dates = QListWidget(closed)
        self.closed_dates.setObjectName("closedDates")
        self.closed_dates.setAccessibleName(self.tr("Dates the clinic is closed"))
        self.closed_dates.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.closed_dates.itemSelectionChanged.connect(self._sync_buttons)
        self.closed_date_edit = QDateEdit(closed)
        self.closed_date_edit.setObjectName("closedDateEdit")
        self.closed_date_edit.setCalendarPopup(True)
        self.closed_date_edit.setDisplayFormat(self.ctx.date_format.replace("mm", "MM"))
        self.closed_date_edit.setDate(QDate.currentDate())
        self.add_closed_button = QPushButton(self.tr("A&dd"), closed)
        self.add_closed_button.setObjectName("addClosedDate")
        self.add_closed_button.setAutoDefault(False)
        self.add_closed_button.clicked.connect(self.add_closed_date)
        self.remove_closed_button = QPushButton(self.tr("Remo&ve selected"), closed)
        self.remove_closed_button.setObjectName("removeClosedDate")
        self.remove_closed_button.setAutoDefault(False)
        self.remove_closed_button.clicked.connect(self.remove_selected_dates)
        add_row = QHBoxLayout()
        add_row.addWidget(self.closed_date_edit, 1)
        add_row.addWidget(self.add_closed_button)
        closed_layout = QVBoxLayout(closed)
        closed_layout.addWidget(
            make_label(self.tr("Bank holidays, training days, holidays…"), closed, note=True)
        )
        closed_layout.addLayout(add_row)
        closed_layout.addWidget(self.closed_dates, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_closed_button)
        closed_layout.addLayout(remove_row)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(weekly, 3)
        columns.addWidget(closed, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addLayout(columns, 1)
        self._sync_buttons()

    @Slot()
    def touched(self) -> None:
        if not self._loading:
            self.changed.emit()

    # --- data -----------------------------------------------------------------------------

    def load(self) -> None:
        self.error.hide()
        self.notice.hide()
        notes: list[str] = []
        try:
            stored = settings_service.get(self.ctx.db, HOURS_KEY)
        except Exception as error:  # shown; the defaults stay editable
            stored = None
            notes.append(
                self.tr("The opening hours could not be read: {reason}").format(
                    reason=failure_reason(error, "dialogs.settings.hours.load")
                )
            )
        try:
            hours = OpeningHours.from_setting(stored)
        except ValueError as error:
            hours = DEFAULT_HOURS
            notes.append(
                self.tr(
                    "The stored opening hours could not be used ({reason}); the usual hours "
                    "are shown instead."
                ).format(reason=error)
            )
        self._loading = True
        for index, row in enumerate(self.days.values()):
            periods = hours.weekly[index]
            if len(periods) > 2:
                notes.append(
                    self.tr(
                        "{day} has {count} periods; only the first two are shown and will be kept."
                    ).format(day=row.label.text(), count=len(periods))
                )
            row.set_value(periods[:2])
        self.closed_dates.clear()
        for day in sorted(hours.closed_dates):
            self._add_date_item(day)
        self._loading = False
        if notes:
            self.notice.setText("\n".join(notes))
            self.notice.show()
        self._baseline = self.value()
        self._sync_buttons()
        self.changed.emit()

    def value(self) -> dict[str, Any]:
        """The hours as shown, in the JSON shape of the setting (not yet checked)."""
        return {
            "weekly": {key: row.value() for key, row in self.days.items()},
            "closed_dates": sorted(self.closed_date_values()),
        }

    def closed_date_values(self) -> list[str]:
        items = (self.closed_dates.item(i) for i in range(self.closed_dates.count()))
        return [str(item.data(DATE_ROLE)) for item in items]

    def is_dirty(self) -> bool:
        return self.value() != self._baseline

    def validate(self) -> bool:
        self.error.hide()
        try:
            OpeningHours.from_setting(self.value())
        except ValueError as error:
            self.error.setText(self.tr("Opening hours not saved: {reason}").format(reason=error))
            self.error.show()
            return False
        return True

    def changes(self) -> dict[str, Any]:
        """The hours to store when they differ from the stored ones (checked first)."""
        if not self.is_dirty():
            return {}
        return {HOURS_KEY: OpeningHours.from_setting(self.value()).to_setting()}

    def mark_saved(self) -> None:
        """After the dialog saved :meth:`changes`: the hours shown are the stored ones."""
        self._baseline = self.value()
        self.notice.hide()
        self.changed.emit()

    def show_error(self, message: str) -> None:
        self.error.setText(self.tr("Opening hours not saved: {reason}").format(reason=message))
        self.error.show()

    # --- editing --------------------------------------------------------------------------

    @Slot()
    def copy_monday_to_weekdays(self) -> None:
        monday = self.days["mon"]
        periods = [(time.fromisoformat(a), time.fromisoformat(b)) for a, b in monday.value()]
        for key in ("tue", "wed", "thu", "fri"):
            self.days[key].set_value(periods)
        self.changed.emit()

    def _add_date_item(self, day: date) -> QListWidgetItem:
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        item = QListWidgetItem(f"{weekday} {self.ctx.format_date(day)}")
        item.setData(DATE_ROLE, day.isoformat())
        if day < date.today():
            item.setForeground(QBrush(QColor(SETTINGS_PAST_TEXT)))
            item.setToolTip(self.tr("In the past; kept for the record."))
        position = 0
        while position < self.closed_dates.count():
            if str(self.closed_dates.item(position).data(DATE_ROLE)) > day.isoformat():
                break
            position += 1
        self.closed_dates.insertItem(position, item)
        return item

    @Slot()
    def add_closed_date(self, day: date | None = None) -> None:
        """Add ``day`` (or the date chosen next to the button) once; the list stays sorted."""
        if not isinstance(day, date):
            chosen = self.closed_date_edit.date().toPython()
            assert isinstance(chosen, date)
            day = chosen
        for row in range(self.closed_dates.count()):
            item = self.closed_dates.item(row)
            if item.data(DATE_ROLE) == day.isoformat():
                self._select_only(item)
                return
        self._select_only(self._add_date_item(day))
        self.changed.emit()

    def _select_only(self, item: QListWidgetItem) -> None:
        self.closed_dates.clearSelection()
        self.closed_dates.setCurrentItem(item)
        item.setSelected(True)
        self._sync_buttons()

    @Slot()
    def remove_selected_dates(self) -> None:
        for item in self.closed_dates.selectedItems():
            self.closed_dates.takeItem(self.closed_dates.row(item))
        self._sync_buttons()
        self.changed.emit()

    @Slot()
    def _sync_buttons(self) -> None:
        self.remove_closed_button.setEnabled(bool(self.closed_dates.selectedItems()))

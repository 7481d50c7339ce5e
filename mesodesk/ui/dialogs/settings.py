"""The Settings dialog: clinic details, opening hours, patient texts and screening rules."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    QLocale,
    QSignalBlocker,
    QSize,
    Qt,
    QTime,
    QTimer,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPixmap, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import templates as text_domain
from mesodesk.domain.schedule import DEFAULT_HOURS, WEEKDAY_KEYS, OpeningHours
from mesodesk.domain.screening import Level
from mesodesk.domain.search import DATE_FORMATS, format_date
from mesodesk.services import safety
from mesodesk.services import settings as settings_service
from mesodesk.services import templates as template_service
from mesodesk.services.database import Database
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.safety import RuleState
from mesodesk.services.sessions import from_utc
from mesodesk.services.templates import TemplateVersion
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.unsaved import ask_to_save
from mesodesk.ui.theme import BANNER_STYLE, ERROR_STYLE, HINT_STYLE
from mesodesk.ui.widgets.inline_errors import InlineErrors, describe

TAB_NAMES = ("clinic", "hours", "aftercare", "consent", "rules")
"""What ``SettingsDialog(tab=...)`` accepts, in the order of the tabs."""

CLINIC_KEYS = (
    "clinic.name",
    "clinic.address",
    "clinic.phone",
    "clinic.emergency_contact",
    "clinic.time_zone",
    "clinic.date_format",
    "clinic.paper_size",
)
HOURS_KEY = "clinic.opening_hours"
LOGO_KEY = "clinic.logo"
PREVIEW_DELAY_MS = 400
"""The preview is rendered this long after the last keystroke, never on every keystroke."""

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2
_NOTE_STYLE = "color: palette(placeholder-text);"
_EDITED_COLOUR = QColor("#1565c0")
_PAST_COLOUR = QColor("#757575")
_LEVEL_COLOURS = {Level.BLOCK: "#c62828", Level.WARN: "#b26a00", Level.INFO: "#1565c0"}
_TITLE_STYLE = "font-weight: 600;"


def _label(text: str, parent: QWidget, *, note: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if note:
        label.setStyleSheet(_NOTE_STYLE)
    return label


def _banner(name: str, parent: QWidget, style: str = BANNER_STYLE) -> QLabel:
    label = _label("", parent)
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.hide()
    return label


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(8)
    return form


def _local(ctx: DeskContext, stored: datetime | None, zone: ZoneInfo) -> str:
    """A naive-UTC timestamp from the database in the clinic's zone and date format."""
    if stored is None:
        return ""
    return ctx.format_date(from_utc(stored, zone).replace(tzinfo=None))


def consent_sample_pdf(db: Database, key: str, label: str, paragraphs: Sequence[str]) -> bytes:
    """A consent form for an invented patient, showing how an edited consent text prints."""
    from mesodesk.documents.consent import render_consent
    from mesodesk.documents.data import ConsentForm
    from mesodesk.services.aftercare import clinic_header

    values = settings_service.get_all(db)
    date_format = str(values["clinic.date_format"])
    today = datetime.now(settings_service.clinic_zone(db)).date()
    form = ConsentForm(
        clinic=clinic_header(db),
        patient_name="Sample Patient",
        date_of_birth=format_date(date(1985, 3, 31), date_format),
        treatment="Mesotherapy" if key == text_domain.GENERAL else f"Mesotherapy with {label}",
        session_date=format_date(today, date_format),
        paragraphs=tuple(paragraphs),
        version_label=f"Preview of the consent text “{label}” (not saved)",
        practitioner="Your practitioner",
        paper_size=str(values["clinic.paper_size"]),
    )
    return bytes(render_consent(form))


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


# --- Clinic -----------------------------------------------------------------------------------


class ClinicPage(QWidget):
    """Name, contact details, time zone, date format, paper size and logo; saved on Apply."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = Changes()
        """Called after every edit (per keystroke) and after loading or saving."""
        self.setObjectName("clinicPage")
        self.errors = InlineErrors(self)
        self._zones = sorted(available_timezones())
        self._zone_by_folded = {zone.casefold(): zone for zone in self._zones}
        self._saved: dict[str, Any] = {}
        self._saved_logo: bytes | None = None
        self._logo: bytes | None = None
        """The logo as chosen in the dialog; written on Apply."""
        self._build()
        self.load()

    def _build(self) -> None:
        metrics = self.fontMetrics()
        details = QGroupBox(self.tr("Clinic details"), self)
        form = _form(details)

        self.name = QLineEdit(details)
        self.name.setObjectName("clinicName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("As printed on aftercare sheets and consent forms"))
        form.addRow(self.tr("Clinic &name"), self.errors.field("clinic.name", self.name))

        self.address = QPlainTextEdit(details)
        self.address.setObjectName("clinicAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(metrics.lineSpacing() * 3 + 14)
        form.addRow(self.tr("A&ddress"), self.errors.field("clinic.address", self.address))

        self.phone = QLineEdit(details)
        self.phone.setObjectName("clinicPhone")
        self.phone.setMaxLength(60)
        self.phone.setPlaceholderText(self.tr("e.g. +44 20 7946 0958"))
        form.addRow(self.tr("&Phone"), self.errors.field("clinic.phone", self.phone))

        self.emergency_contact = QLineEdit(details)
        self.emergency_contact.setObjectName("clinicEmergencyContact")
        self.emergency_contact.setMaxLength(200)
        self.emergency_contact.setPlaceholderText(
            self.tr("After-hours number or what to do, printed near the warning signs")
        )
        form.addRow(
            self.tr("&Emergency / after hours"),
            self.errors.field("clinic.emergency_contact", self.emergency_contact),
        )

        regional = QGroupBox(self.tr("Time, dates and paper"), self)
        form2 = _form(regional)
        self.time_zone = QComboBox(regional)
        self.time_zone.setObjectName("clinicTimeZone")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(self._zones)
        self.time_zone.setMaxVisibleItems(16)
        self.time_zone.setMinimumContentsLength(24)
        completer = self.time_zone.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.time_zone.setToolTip(
            self.tr("Type part of a city, e.g. “Paris”, and pick the zone from the list.")
        )
        self.time_zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.time_zone.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form2.addRow(self.tr("&Time zone"), self.errors.field("clinic.time_zone", self.time_zone))

        self.date_format = QComboBox(regional)
        self.date_format.setObjectName("clinicDateFormat")
        example = date(2026, 3, 31)
        for key in DATE_FORMATS:
            self.date_format.addItem(
                self.tr("{format}   (e.g. {example})").format(
                    format=key, example=format_date(example, key)
                ),
                key,
            )
        self.date_format.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date_format.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form2.addRow(
            self.tr("&Date format"), self.errors.field("clinic.date_format", self.date_format)
        )

        self.paper_size = QComboBox(regional)
        self.paper_size.setObjectName("clinicPaperSize")
        self.paper_size.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_size.addItem(self.tr("Letter (8.5 × 11 in)"), "Letter")
        self.paper_size.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.paper_size.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form2.addRow(
            self.tr("Pa&per size"), self.errors.field("clinic.paper_size", self.paper_size)
        )

        logo_box = QGroupBox(self.tr("Logo"), self)
        self.logo_preview = QLabel(logo_box)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setFixedSize(
            QSize(metrics.averageCharWidth() * 34, metrics.lineSpacing() * 6)
        )
        self.choose_logo_button = QPushButton(self.tr("&Choose logo…"), logo_box)
        self.choose_logo_button.setObjectName("chooseLogo")
        self.choose_logo_button.setAutoDefault(False)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("&Remove"), logo_box)
        self.remove_logo_button.setObjectName("removeLogo")
        self.remove_logo_button.setAutoDefault(False)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.logo_info = _label("", logo_box, note=True)
        self.logo_info.setObjectName("logoInfo")
        self.logo_error = _label("", logo_box)
        self.logo_error.setObjectName("error_clinic.logo")
        self.logo_error.setStyleSheet(ERROR_STYLE)
        self.logo_error.hide()
        hint = _label(
            self.tr(
                "PNG or JPEG under 1 MB, printed at the top of aftercare sheets and consent "
                "forms. A wide logo on a white or transparent background prints best."
            ),
            logo_box,
            note=True,
        )
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.logo_preview, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        logo_layout = QVBoxLayout(logo_box)
        logo_layout.addLayout(row)
        logo_layout.addWidget(self.logo_info)
        logo_layout.addWidget(self.logo_error)
        logo_layout.addWidget(hint)

        left = QVBoxLayout()
        left.addWidget(details)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(regional)
        right.addWidget(logo_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.errors.banner)
        layout.addLayout(columns, 1)

        for signal in (
            self.name.textChanged,
            self.address.textChanged,
            self.phone.textChanged,
            self.emergency_contact.textChanged,
            self.time_zone.currentTextChanged,
            self.date_format.currentIndexChanged,
            self.paper_size.currentIndexChanged,
        ):
            signal.connect(self._touched)

    @Slot()
    def _touched(self) -> None:
        self.changed.emit()

    # --- data -----------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored settings; what was typed and not applied is dropped."""
        try:
            values = settings_service.get_all(self.ctx.db)
            logo = settings_service.logo(self.ctx.db)
        except Exception as error:  # the page stays usable; saving will retry the database
            self.errors.show_banner(
                self.tr("The settings could not be read: {reason}").format(reason=describe(error))
            )
            values, logo = dict(settings_service.DEFAULTS), None
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.name,
                self.address,
                self.phone,
                self.emergency_contact,
                self.time_zone,
                self.date_format,
                self.paper_size,
            )
        ]
        self.name.setText(str(values["clinic.name"] or ""))
        self.address.setPlainText(str(values["clinic.address"] or ""))
        self.phone.setText(str(values["clinic.phone"] or ""))
        self.emergency_contact.setText(str(values["clinic.emergency_contact"] or ""))
        self.time_zone.setCurrentText(str(values["clinic.time_zone"] or ""))
        index = self.date_format.findData(values["clinic.date_format"])
        self.date_format.setCurrentIndex(max(0, index))
        self.paper_size.setCurrentIndex(
            max(0, self.paper_size.findData(values["clinic.paper_size"]))
        )
        del blockers
        self._saved = {key: values[key] for key in CLINIC_KEYS}
        self._saved_logo = logo
        self._logo = logo
        self._show_logo()
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        """The clinic settings as typed, keyed like the settings service."""
        zone = self.time_zone.currentText().strip()
        return {
            "clinic.name": self.name.text().strip(),
            "clinic.address": self.address.toPlainText().strip(),
            "clinic.phone": self.phone.text().strip(),
            "clinic.emergency_contact": self.emergency_contact.text().strip(),
            "clinic.time_zone": self._zone_by_folded.get(zone.casefold(), zone),
            "clinic.date_format": self.date_format.currentData(),
            "clinic.paper_size": self.paper_size.currentData(),
        }

    def changed_keys(self) -> list[str]:
        values = self.values()
        keys = [key for key in CLINIC_KEYS if values[key] != self._saved.get(key)]
        if self._logo != self._saved_logo:
            keys.append(LOGO_KEY)
        return keys

    def is_dirty(self) -> bool:
        return bool(self.changed_keys())

    def validate(self) -> bool:
        """Check what was typed and mark the fields at fault; nothing is written."""
        self.errors.clear()
        errors: dict[str, str] = {}
        zone = self.values()["clinic.time_zone"]
        if not zone:
            errors["clinic.time_zone"] = self.tr("Choose the clinic's time zone.")
        elif zone not in self._zone_by_folded.values():
            errors["clinic.time_zone"] = self.tr(
                "“{zone}” is not a time zone: pick one from the list, e.g. Europe/London."
            ).format(zone=zone)
        if errors:
            self.errors.show(errors)
            self._focus_first(errors)
            return False
        return True

    def save(self) -> bool:
        """Write the changed settings, one audited change each; on failure keep the form."""
        values = self.values()
        for key in self.changed_keys():
            try:
                if key == LOGO_KEY:
                    settings_service.set_logo(self.ctx.db, self._logo, actor=self.ctx.actor)
                    self._saved_logo = self._logo
                else:
                    settings_service.put(self.ctx.db, key, values[key], actor=self.ctx.actor)
                    self._saved[key] = values[key]
            except ValidationFailed as failure:
                errors = dict(failure.errors)
                if LOGO_KEY in errors:  # a logo problem stays next to the logo
                    self._logo_problem(errors.pop(LOGO_KEY))
                self.errors.show(errors)
                self._focus_first(errors)
                return False
            except Exception as error:  # a locked or full database: what was typed stays
                self.errors.show_banner(
                    self.tr("Not saved: {reason}").format(reason=describe(error))
                )
                return False
            if key == "clinic.date_format":
                self.ctx.date_format = str(values[key])
        self._show_logo()
        self.changed.emit()
        return True

    def _focus_first(self, errors: Mapping[str, str]) -> None:
        fields = {"clinic.time_zone": self.time_zone, "clinic.name": self.name}
        for key in errors:
            if key in fields:
                fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- logo -----------------------------------------------------------------------------

    @Slot()
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the clinic logo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> bool:
        """Take ``path`` as the new logo (saved on Apply); a bad file keeps the current one."""
        self.logo_error.hide()
        try:
            data = path.read_bytes()
        except OSError as error:
            self._logo_problem(
                self.tr("{name} could not be read: {reason}").format(
                    name=path.name, reason=describe(error)
                )
            )
            return False
        problem = settings_service.logo_error(data)
        if problem is not None:
            self._logo_problem(
                self.tr("{name} was not used: {reason}").format(name=path.name, reason=problem)
            )
            return False
        self._logo = data
        self._show_logo()
        self.changed.emit()
        return True

    @Slot()
    def remove_logo(self) -> None:
        self.logo_error.hide()
        self._logo = None
        self._show_logo()
        self.changed.emit()

    def _logo_problem(self, message: str) -> None:
        self.logo_error.setText(message)
        self.logo_error.show()

    def _show_logo(self) -> None:
        pending = self._logo != self._saved_logo
        self.remove_logo_button.setEnabled(self._logo is not None)
        if self._logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_info.setText(
                self.tr("The logo will be removed when you press OK or Apply.") if pending else ""
            )
            self.logo_info.setVisible(pending)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(self._logo))
        ratio = self.devicePixelRatioF()
        room = self.logo_preview.size() - QSize(12, 12)
        scaled = pixmap.scaled(
            room * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.logo_preview.setPixmap(scaled)
        info = self.tr("{width} × {height} pixels, {size} KB").format(
            width=pixmap.width(), height=pixmap.height(), size=max(1, len(self._logo) // 1024)
        )
        if pending:
            info += " — " + self.tr("saved when you press OK or Apply")
        self.logo_info.setText(info)
        self.logo_info.show()

    @property
    def pending_logo(self) -> bytes | None:
        """The logo shown (chosen but maybe not saved yet)."""
        return self._logo


# --- Opening hours ----------------------------------------------------------------------------


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
        self.closed = QCheckBox(page.tr("Closed"), page)
        self.closed.setObjectName(f"closed_{key}")
        # Created in reading order, which is also the Tab order.
        first = (self._time(f"opens_{key}_1"), self._time(f"closes_{key}_1"))
        second = (self._time(f"opens_{key}_2"), self._time(f"closes_{key}_2"))
        self.opens = (first[0], second[0])
        self.closes = (first[1], second[1])
        self.add_second = QPushButton(page.tr("+ second interval"), page)
        self.add_second.setObjectName(f"addInterval_{key}")
        self.add_second.setAutoDefault(False)
        self.add_second.setToolTip(page.tr("Add a second period, e.g. after a lunch break."))
        self.add_second.clicked.connect(self.show_second)
        self.remove_second = QToolButton(page)
        self.remove_second.setObjectName(f"removeInterval_{key}")
        self.remove_second.setText("×")
        self.remove_second.setToolTip(page.tr("Remove the second period"))
        self.remove_second.setAccessibleName(page.tr("Remove the second period"))
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
        self.error = _banner("hoursError", self)
        self.notice = _banner("hoursNotice", self, HINT_STYLE)
        intro = _label(
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
            grid.addWidget(_label(text, weekly, note=True, wrap=False), 0, column)
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
        self.add_closed_button = QPushButton(self.tr("&Add"), closed)
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
            _label(self.tr("Bank holidays, training days, holidays…"), closed, note=True)
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
                    reason=describe(error)
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

    def save(self) -> bool:
        if not self.validate():
            return False
        value = self.value()
        hours = OpeningHours.from_setting(value)
        try:
            settings_service.put(self.ctx.db, HOURS_KEY, hours.to_setting(), actor=self.ctx.actor)
        except Exception as error:  # the hours shown stay as set
            self.error.setText(self.tr("Not saved: {reason}").format(reason=describe(error)))
            self.error.show()
            return False
        self._baseline = value
        self.notice.hide()
        self.changed.emit()
        return True

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
            item.setForeground(QBrush(_PAST_COLOUR))
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
            day = self.closed_date_edit.date().toPython()
        assert isinstance(day, date)
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


# --- Aftercare and consent texts --------------------------------------------------------------


def _paragraphs(text: str) -> list[str]:
    """Consent paragraphs: separated by an empty line; line breaks inside one are joined."""
    blocks = re.split(r"\n\s*\n", text)
    return [" ".join(block.split()) for block in blocks if block.strip()]


class TemplatePage(QWidget):
    """Edit the versioned aftercare or consent texts, with their history and a live preview.

    Saving never overwrites: it adds a version, so documents already printed keep naming the
    text they used. Older versions are shown read-only.
    """

    def __init__(self, ctx: DeskContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.changed = Changes()
        """Called after every keystroke in the editors."""
        self.sections = text_domain.SECTIONS[kind]
        self.setObjectName(f"{kind}Page")
        self.key: str | None = None
        self.label = ""
        self.versions: list[TemplateVersion] = []
        """The versions of the open key, newest (the one in use) first."""
        self.viewing: TemplateVersion | None = None
        """The older version shown read-only, or None while editing the current text."""
        self.preview_generation = 0
        """How many previews were rendered: tests wait for it to grow."""
        self._preview_buffer: QBuffer | None = None
        self._preview_stale = True
        self._restore_scroll: int | None = None
        self._zone = settings_service.clinic_zone(ctx.db)
        self.errors = InlineErrors(self)
        self.preview_timer = QTimer(self)
        self.preview_timer.setObjectName(f"{kind}PreviewTimer")
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.render_preview)
        self._build()
        self._load_keys()
        first = self._first_key_item()
        if first is not None:
            self.keys.setCurrentItem(first)

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        metrics = self.fontMetrics()
        kind = self.kind

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.keys = QTreeWidget(left)
        self.keys.setObjectName(f"{kind}Keys")
        self.keys.setColumnCount(2)
        self.keys.setHeaderLabels([self.tr("Text"), self.tr("In use")])
        self.keys.setRootIsDecorated(False)
        self.keys.setIndentation(metrics.averageCharWidth() * 2)
        self.keys.setUniformRowHeights(True)
        self.keys.setAlternatingRowColors(True)
        header = self.keys.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.keys.currentItemChanged.connect(self._on_key_changed)
        self.history = QListWidget(left)
        self.history.setObjectName(f"{kind}History")
        self.history.setAccessibleName(self.tr("Versions of this text"))
        self.history.setToolTip(self.tr("Select an older version to read it."))
        self.history.setMaximumHeight(metrics.lineSpacing() * 9)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setAlternatingRowColors(True)
        self.history.setSpacing(1)
        self.history.currentRowChanged.connect(self._on_history_changed)
        left_layout.addWidget(_label(self.tr("Texts"), left, wrap=False))
        left_layout.addWidget(self.keys, 1)
        left_layout.addWidget(_label(self.tr("Versions (newest first)"), left, wrap=False))
        left_layout.addWidget(self.history)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.title = _label("", middle)
        self.title.setObjectName(f"{kind}Title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.info = _label("", middle, note=True)
        self.info.setObjectName(f"{kind}Info")
        self.pages = QStackedWidget(middle)
        middle_layout.addWidget(self.title)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        middle_layout.addLayout(info_row)
        middle_layout.addWidget(self.errors.banner)
        middle_layout.addWidget(self.pages, 1)

        editing = QWidget(self.pages)
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.setSpacing(4)
        self.editors: dict[str, QPlainTextEdit] = {}
        for section in self.sections:
            edit = QPlainTextEdit(editing)
            edit.setObjectName(f"{kind}_{section}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(metrics.lineSpacing() * 3 + 12)
            section_label = _label(self.tr(text_domain.SECTION_LABELS[section]), editing)
            section_label.setStyleSheet(_TITLE_STYLE)
            section_label.setBuddy(edit)
            edit.setAccessibleName(section_label.text())
            edit.textChanged.connect(self._on_text_changed)
            self.editors[section] = edit
            editing_layout.addWidget(section_label)
            editing_layout.addWidget(self.errors.field(section, edit), 1)
        if self.kind == text_domain.CONSENT:
            hint = self.tr(
                "Separate paragraphs with an empty line; line breaks inside a paragraph are "
                "joined when printed. The patient signs under the whole text."
            )
        else:
            hint = self.tr(
                "One item per line; empty lines are ignored. A sheet prints the general text "
                "followed by the texts of the solution types and areas treated, without repeats."
            )
        self.hint = _label(hint, editing, note=True)
        self.hint.setObjectName(f"{kind}Hint")
        editing_layout.addWidget(self.hint)
        self.save_button = QPushButton(self.tr("&Save as new version"), editing)
        self.save_button.setObjectName(f"{kind}Save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("&Undo changes"), editing)
        self.discard_button.setObjectName(f"{kind}Discard")
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard)
        self.reset_button = QPushButton(self.tr("Reset to &default…"), middle)
        self.reset_button.setObjectName(f"{kind}Reset")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset_to_default)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        info_row.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        editing_layout.addLayout(buttons)
        self.status = _label("", editing, note=True)
        self.status.setObjectName(f"{kind}Status")
        editing_layout.addWidget(self.status)
        self.pages.addWidget(editing)

        old = QWidget(self.pages)
        old_layout = QVBoxLayout(old)
        old_layout.setContentsMargins(0, 0, 0, 0)
        self.old_notice = _banner(f"{kind}OldNotice", old, HINT_STYLE)
        self.old_notice.show()
        self.old_text = QPlainTextEdit(old)
        self.old_text.setObjectName(f"{kind}OldVersion")
        self.old_text.setReadOnly(True)
        self.old_text.setAccessibleName(self.tr("Older version (read-only)"))
        self.use_old_button = QPushButton(self.tr("Copy into the &editor"), old)
        self.use_old_button.setObjectName(f"{kind}UseOld")
        self.use_old_button.setAutoDefault(False)
        self.use_old_button.setToolTip(
            self.tr("Edit this older text; saving it adds a new version.")
        )
        self.use_old_button.clicked.connect(self.use_old_version)
        self.back_button = QPushButton(self.tr("&Back to the text in use"), old)
        self.back_button.setObjectName(f"{kind}BackToCurrent")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.history.setCurrentRow(0))
        old_buttons = QHBoxLayout()
        old_buttons.addWidget(self.use_old_button)
        old_buttons.addWidget(self.back_button)
        old_buttons.addStretch(1)
        old_layout.addWidget(self.old_notice)
        old_layout.addWidget(self.old_text, 1)
        old_layout.addLayout(old_buttons)
        self.pages.addWidget(old)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_document = QPdfDocument(self)
        self.preview_document.statusChanged.connect(self._on_preview_status)
        self.preview = QPdfView(right)
        self.preview.setObjectName(f"{kind}Preview")
        self.preview.setAccessibleName(self.tr("Print preview"))
        self.preview.setDocument(self.preview_document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview_note = _label("", right, note=True)
        self.preview_note.setObjectName(f"{kind}PreviewNote")
        what = (
            self.tr("Preview: consent form for a sample patient")
            if self.kind == text_domain.CONSENT
            else self.tr("Preview: sheet for a sample patient")
        )
        preview_title = _label(what, right)
        preview_title.setToolTip(
            self.tr("A real sheet also prints the general text and that of each area treated.")
        )
        right_layout.addWidget(preview_title)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.preview_note)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((left, 0), (middle, 1), (right, 1)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        char = metrics.averageCharWidth()
        left.setMinimumWidth(char * 28)
        right.setMinimumWidth(char * 30)
        self.splitter.setSizes([char * 46, char * 68, char * 56])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter, 1)

    # --- keys and versions ----------------------------------------------------------------

    def _load_keys(self) -> None:
        blocker = QSignalBlocker(self.keys)
        self.keys.clear()
        try:
            keys = template_service.editable_keys(self.ctx.db, self.kind)
            versions = {
                key: template_service.current(self.ctx.db, self.kind, key) for key, _ in keys
            }
        except Exception as error:  # the page says so; nothing can be edited
            self.errors.show_banner(
                self.tr("The texts could not be read: {reason}").format(reason=describe(error))
            )
            return
        groups = {
            "solution": self.tr("Solution types"),
            "region": self.tr("Regions"),
            "area": self.tr("Areas"),
        }
        parents: dict[str, QTreeWidgetItem] = {}
        for key, label in keys:
            group = key.split(":", 1)[0] if ":" in key else ""
            if group in groups and group not in parents:
                heading = QTreeWidgetItem(self.keys, [groups[group]])
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                heading.setFirstColumnSpanned(True)
                heading.setExpanded(True)
                parents[group] = heading
            parent = parents.get(group)
            if parent is not None:
                item = QTreeWidgetItem(parent, [label, ""])
            else:
                item = QTreeWidgetItem(self.keys, [label, ""])
            item.setData(0, KEY_ROLE, key)
            item.setToolTip(0, label)
            self._show_key_state(item, versions.get(key))
        self.keys.expandAll()
        del blocker

    def _show_key_state(self, item: QTreeWidgetItem, version: TemplateVersion | None) -> None:
        if version is None:
            item.setText(1, self.tr("no text"))
            item.setForeground(1, QBrush(_PAST_COLOUR))
            return
        if version.source == "edited":
            item.setText(1, self.tr("edited v{n}").format(n=version.version))
            item.setForeground(1, QBrush(_EDITED_COLOUR))
        else:
            item.setText(1, self.tr("default v{n}").format(n=version.version))
            item.setForeground(1, QBrush())
        item.setToolTip(1, self._version_text(version))

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            if item.data(0, KEY_ROLE):
                found.append(item)
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.keys.topLevelItemCount()):
            walk(self.keys.topLevelItem(index))
        return found

    def _first_key_item(self) -> QTreeWidgetItem | None:
        items = self._items()
        return items[0] if items else None

    def _item_for(self, key: str | None) -> QTreeWidgetItem | None:
        return next((i for i in self._items() if i.data(0, KEY_ROLE) == key), None)

    def key_status(self, key: str) -> str:
        """What the list says about ``key``, e.g. "edited · v2"."""
        item = self._item_for(key)
        return item.text(1) if item is not None else ""

    def select_key(self, key: str) -> bool:
        """Open ``key`` as if clicked; False if it is unknown or the user kept the edits."""
        item = self._item_for(key)
        if item is None:
            return False
        self.keys.setCurrentItem(item)
        return self.key == key

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_key_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        key = current.data(0, KEY_ROLE) if current is not None else None
        if not key or key == self.key:
            return
        if not self.confirm_leave():
            item = self._item_for(self.key)
            with QSignalBlocker(self.keys):
                self.keys.setCurrentItem(item)
            return
        self.open_key(str(key))

    def open_key(self, key: str) -> None:
        """Show the text in use for ``key``, ready to edit (unsaved edits are dropped)."""
        self.errors.clear()
        self.status.clear()
        try:
            versions = template_service.history(self.ctx.db, self.kind, key)
        except Exception as error:  # the previous text stays on screen
            self.errors.show_banner(
                self.tr("This text could not be read: {reason}").format(reason=describe(error))
            )
            return
        self.key = key
        item = self._item_for(key)
        self.label = item.text(0) if item is not None else key
        self.versions = versions
        self.viewing = None
        self._fill_editors(self.current.body if self.current is not None else {})
        self._fill_history()
        self.pages.setCurrentIndex(0)
        self._update_state()
        self._schedule_preview()

    @property
    def current(self) -> TemplateVersion | None:
        """The version in use for the open key."""
        return self.versions[0] if self.versions else None

    def _fill_editors(self, body: Mapping[str, Sequence[str]]) -> None:
        for section, edit in self.editors.items():
            lines = list(body.get(section, ()))
            with QSignalBlocker(edit):
                edit.setPlainText(self._join(lines))
        self._on_text_changed()

    def _join(self, lines: Sequence[str]) -> str:
        return ("\n\n" if self.kind == text_domain.CONSENT else "\n").join(lines)

    def _fill_history(self) -> None:
        with QSignalBlocker(self.history):
            self.history.clear()
            for index, version in enumerate(self.versions):
                text = self._version_text(version, two_lines=True)
                if index == 0:
                    text = text.replace("\n", "  " + self.tr("(in use)") + "\n", 1)
                item = QListWidgetItem(text, self.history)
                item.setToolTip(self._version_text(version))
                item.setData(Qt.ItemDataRole.UserRole, version.id)
                if index == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.history.setCurrentRow(0)

    def _version_text(self, version: TemplateVersion, *, two_lines: bool = False) -> str:
        when = _local(self.ctx, version.created_at, self._zone)
        if version.source == "edited":
            what = self.tr("v{n} edited").format(n=version.version)
            who = self.tr("by {who}, {when}").format(who=version.created_by, when=when)
        elif version.created_by == "system":
            what = self.tr("v{n} default text").format(n=version.version)
            who = self.tr("supplied with mesodesk, {when}").format(when=when)
        else:
            what = self.tr("v{n} default text").format(n=version.version)
            who = self.tr("reset by {who}, {when}").format(who=version.created_by, when=when)
        return f"{what}\n{who}" if two_lines else f"{what} {who}"

    @Slot(int)
    def _on_history_changed(self, row: int) -> None:
        if row <= 0 or row >= len(self.versions):
            self.viewing = None
            self.pages.setCurrentIndex(0)
        else:
            version = self.versions[row]
            self.viewing = version
            self.old_notice.setText(
                self.tr(
                    "{version} — read-only. Documents printed with it keep naming it; to use "
                    "this text again, copy it into the editor and save."
                ).format(version=self._version_text(version))
            )
            self.old_text.setPlainText(self._readable(version.body))
            self.pages.setCurrentIndex(1)
        self._update_state()
        self._schedule_preview()

    def _readable(self, body: Mapping[str, Sequence[str]]) -> str:
        if self.kind == text_domain.CONSENT:
            return self._join(list(body.get("paragraphs", ())))
        parts = []
        for section in self.sections:
            lines = body.get(section, ())
            items = "\n".join(f"  • {line}" for line in lines) or "  " + self.tr("(nothing)")
            parts.append(f"{self.tr(text_domain.SECTION_LABELS[section])}\n{items}")
        return "\n\n".join(parts)

    # --- editing --------------------------------------------------------------------------

    def edited_body(self) -> dict[str, list[str]]:
        """The text in the editors, one list of items per section."""
        parse = _paragraphs if self.kind == text_domain.CONSENT else text_domain.from_lines
        return {section: parse(edit.toPlainText()) for section, edit in self.editors.items()}

    def is_dirty(self) -> bool:
        if self.key is None:
            return False
        saved = self.current.body if self.current is not None else {}
        normalise = text_domain.normalise
        return normalise(self.kind, self.edited_body()) != normalise(self.kind, saved)

    @Slot()
    def _on_text_changed(self) -> None:
        self._update_state()
        if self.viewing is None:
            self._schedule_preview()
        self.changed.emit()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        title = self.label
        if dirty:
            title += "  " + self.tr("(unsaved changes)")
        self.title.setText(title)
        current = self.current
        if current is None:
            self.info.setText(
                self.tr(
                    "No text of its own: patients sign the “Every treatment” text. A text "
                    "written here replaces it for this solution type, so include everything "
                    "the patient signs."
                )
                if self.kind == text_domain.CONSENT
                else self.tr(
                    "No text of its own yet: sheets print the general text and the other "
                    "texts that apply."
                )
            )
        elif current.source == "edited":
            self.info.setText(
                self.tr("In use: version {n}, edited by {who} on {when}.").format(
                    n=current.version,
                    who=current.created_by,
                    when=_local(self.ctx, current.created_at, self._zone),
                )
            )
        else:
            self.info.setText(
                self.tr("In use: the default text supplied with mesodesk (version {n}).").format(
                    n=current.version
                )
            )
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.reset_button.setEnabled(
            self.key is not None and (dirty or current is None or current.source != "default")
        )
        item = self._item_for(self.key)
        if item is not None:
            font = item.font(0)
            font.setItalic(dirty)
            item.setFont(0, font)

    @Slot()
    def save(self) -> bool:
        """Store the edited text as a new version; on failure the text stays as typed."""
        if self.key is None:
            return True
        self.errors.clear()
        if not self.is_dirty():
            self.status.setText(self.tr("Nothing to save: the text is unchanged."))
            return True
        try:
            version = template_service.save(
                self.ctx.db, self.kind, self.key, self.edited_body(), actor=self.ctx.actor
            )
        except ValidationFailed as failure:
            self.errors.show(failure.errors)
            return False
        except Exception as error:  # what was typed stays; the user can retry
            self.errors.show_banner(self.tr("Not saved: {reason}").format(reason=describe(error)))
            return False
        self._after_change(version)
        self.status.setText(
            self.tr("Saved as version {n}; earlier versions stay on record.").format(
                n=version.version
            )
        )
        return True

    @Slot()
    def discard(self) -> None:
        """Put back the text in use."""
        self.errors.clear()
        self._fill_editors(self.current.body if self.current is not None else {})
        self.status.clear()

    @Slot()
    def reset_to_default(self) -> bool:
        """After confirmation, go back to the packaged text (added as a new version)."""
        if self.key is None:
            return False
        message = self.tr(
            "Go back to the text supplied with mesodesk for “{label}”? The current text stays "
            "in the version history."
        ).format(label=self.label)
        if self.is_dirty():
            message += "\n\n" + self.tr("Your unsaved changes to this text will be lost.")
        answer = QMessageBox.question(
            self,
            self.tr("Reset to default"),
            message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.errors.clear()
        try:
            version = template_service.reset_to_default(
                self.ctx.db, self.kind, self.key, actor=self.ctx.actor
            )
        except Exception as error:  # nothing changed
            self.errors.show_banner(self.tr("Not reset: {reason}").format(reason=describe(error)))
            return False
        self._after_change(version)
        self.status.setText(
            self.tr("The default text is in use again (version {n}).").format(n=version.version)
        )
        return True

    def _after_change(self, version: TemplateVersion) -> None:
        assert self.key is not None
        self.open_key(self.key)
        item = self._item_for(self.key)
        if item is not None:
            self._show_key_state(item, version)
        bus().changed.emit("settings")

    @Slot()
    def use_old_version(self) -> None:
        if self.viewing is None:
            return
        body = self.viewing.body
        self.history.setCurrentRow(0)
        self._fill_editors(body)
        self.status.setText(
            self.tr("The text of an older version is in the editor; save to use it.")
        )

    def confirm_leave(self) -> bool:
        """Before the edited text is left: save, discard or stay. True when it may be left."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved text"),
            self.tr(
                "The text “{label}” has changes that are not saved. Save them as a new version?"
            ).format(label=self.label),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    # --- preview --------------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        self.preview_timer.start()

    @Slot()
    def render_preview(self) -> None:
        """Render the text shown (edited or older) for a sample patient into the preview."""
        if self.key is None:
            return
        if not self.isVisible():
            self._preview_stale = True
            return
        self._preview_stale = False
        body: Mapping[str, Sequence[str]] = (
            self.viewing.body if self.viewing is not None else self.edited_body()
        )
        # Rendered on the GUI thread: a one-page sheet takes 20-40 ms, and only after a pause
        # in typing, so a worker would add more machinery than it saves.
        try:
            if self.kind == text_domain.CONSENT:
                paragraphs = list(body.get("paragraphs", ()))
                data = consent_sample_pdf(self.ctx.db, self.key, self.label, paragraphs)
            else:
                from mesodesk.services.aftercare import sample_pdf

                data = sample_pdf(
                    self.ctx.db, self.key, {s: list(body.get(s, ())) for s in self.sections}
                )
        except Exception as error:  # the editor stays usable; the preview says why
            self.preview_note.setText(
                self.tr("The preview could not be made: {reason}").format(reason=describe(error))
            )
            self.preview_note.show()
            return
        self._load_pdf(data)
        self.preview_generation += 1

    def _load_pdf(self, data: bytes) -> None:
        self._restore_scroll = self.preview.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.preview_document.close()
        self.preview_document.load(buffer)
        # QPdfDocument reads from the device while it renders: the buffer lives until the
        # next preview replaces it.
        previous, self._preview_buffer = self._preview_buffer, buffer
        if previous is not None:
            previous.close()
            previous.deleteLater()
        self.preview_note.setText(
            self.tr("Updated {time}; the preview follows your typing.").format(
                time=datetime.now().strftime("%H:%M:%S")
            )
        )

    @Slot(QPdfDocument.Status)
    def _on_preview_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready and self._restore_scroll is not None:
            self.preview.verticalScrollBar().setValue(self._restore_scroll)
            self._restore_scroll = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview_stale:
            self.preview_timer.start()


# --- Screening rules --------------------------------------------------------------------------


class RulesPage(QWidget):
    """The screening rules with their on/off switches; each switch is saved at once."""

    COL_RULE, COL_LEVEL, COL_DESCRIPTION, COL_CHANGED = range(4)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rulesPage")
        self.states: list[RuleState] = []
        self._zone = settings_service.clinic_zone(ctx.db)
        self._build()
        self.load()

    def _build(self) -> None:
        self.error = _banner("rulesError", self)
        intro = _label(
            self.tr(
                "Screening compares each planned treatment with the patient's medical profile. "
                "Block: the treatment should not go ahead. Warn: check with the patient before "
                "treating. Info: for the practitioner's attention. A switch takes effect at "
                "once and is recorded in the audit log."
            ),
            self,
            note=True,
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("screeningRules")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rule (tick to use)"),
                self.tr("Level"),
                self.tr("Why"),
                self.tr("Last change"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_RULE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_CHANGED, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._fit_rows)
        self.table.itemChanged.connect(self._on_item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        try:
            states = safety.rule_states(self.ctx.db)
        except Exception as error:  # shown; the table keeps what it had
            self._show_error(
                self.tr("The rules could not be read: {reason}").format(reason=describe(error))
            )
            return
        self.states = states
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(states))
            for row, state in enumerate(states):
                self._fill_row(row, state)
        self._fit_rows()

    def _fill_row(self, row: int, state: RuleState) -> None:
        rule = state.rule
        title = QTableWidgetItem(rule.title)
        title.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        title.setCheckState(Qt.CheckState.Checked if state.enabled else Qt.CheckState.Unchecked)
        title.setData(KEY_ROLE, rule.id)
        title.setToolTip(self.tr("Message shown: {message}").format(message=rule.message))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        level = QTableWidgetItem(self._level_text(rule.level))
        level.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        level.setForeground(QBrush(QColor(_LEVEL_COLOURS.get(rule.level, "#000000"))))
        level.setFont(font)
        description = QTableWidgetItem(rule.description)
        description.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        description.setToolTip(rule.message)
        changed = QTableWidgetItem(self._changed_text(state))
        changed.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if not state.enabled:
            for item in (title, description, changed):
                item.setForeground(QBrush(_PAST_COLOUR))
        for column, item in (
            (self.COL_RULE, title),
            (self.COL_LEVEL, level),
            (self.COL_DESCRIPTION, description),
            (self.COL_CHANGED, changed),
        ):
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _level_text(self, level: str) -> str:
        return {
            Level.BLOCK: self.tr("Block"),
            Level.WARN: self.tr("Warn"),
            Level.INFO: self.tr("Info"),
        }.get(Level(level), str(level))

    def _changed_text(self, state: RuleState) -> str:
        if state.changed_at is None:
            return self.tr("as supplied")
        verb = self.tr("switched on") if state.enabled else self.tr("switched off")
        return self.tr("{verb} by {who}\non {when}").format(
            verb=verb,
            who=state.changed_by or self.tr("unknown"),
            when=_local(self.ctx, state.changed_at, self._zone),
        )

    @Slot()
    def _fit_rows(self) -> None:
        self.table.resizeRowsToContents()
        padding = self.fontMetrics().height() // 2
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + padding)

    def row_of(self, rule_id: str) -> int:
        return next((i for i, s in enumerate(self.states) if s.rule.id == rule_id), -1)

    def rule_item(self, rule_id: str) -> QTableWidgetItem | None:
        row = self.row_of(rule_id)
        return self.table.item(row, self.COL_RULE) if row >= 0 else None

    def changed_text(self, rule_id: str) -> str:
        row = self.row_of(rule_id)
        item = self.table.item(row, self.COL_CHANGED) if row >= 0 else None
        return item.text() if item is not None else ""

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != self.COL_RULE:
            return
        row = item.row()
        state = self.states[row]
        enabled = item.checkState() == Qt.CheckState.Checked
        if enabled == state.enabled:
            return
        self.error.hide()
        if not enabled and state.rule.level == Level.BLOCK and not self._confirm_off(state):
            self._put_back(row, state)
            return
        try:
            safety.set_rule_enabled(self.ctx.db, state.rule.id, enabled, actor=self.ctx.actor)
            states = safety.rule_states(self.ctx.db)
        except Exception as error:  # the switch goes back to what is stored
            self._put_back(row, state)
            self._show_error(self.tr("Not changed: {reason}").format(reason=describe(error)))
            return
        self.states = states
        with QSignalBlocker(self.table):
            self._fill_row(row, states[row])
        self._fit_rows()
        bus().changed.emit("settings")

    def _confirm_off(self, state: RuleState) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Switch off a blocking rule"),
            self.tr(
                "“{title}” stops treatments that are unsafe for the patient. Switched off, "
                "screening will no longer warn about it at all.\n\nSwitch it off anyway?"
            ).format(title=state.rule.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _put_back(self, row: int, state: RuleState) -> None:
        with QSignalBlocker(self.table):
            self._fill_row(row, state)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


# --- The dialog -------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Everything a clinic sets up once: details, hours, patient texts and screening rules.

    Clinic details and opening hours are saved with OK or Apply (only the settings that
    changed, each audited). Texts are saved per text as new versions, and rule switches at
    once; both are audited by their services.
    """

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, tab: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setSizeGripEnabled(True)
        self._build()
        self.show_tab(tab or TAB_NAMES[0])
        self._update_buttons()
        self._size_to_screen()

    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.clinic = ClinicPage(self.ctx, self.tabs)
        self.hours = OpeningHoursPage(self.ctx, self.tabs)
        self.aftercare = TemplatePage(self.ctx, text_domain.AFTERCARE, self.tabs)
        self.consent = TemplatePage(self.ctx, text_domain.CONSENT, self.tabs)
        self.rules = RulesPage(self.ctx, self.tabs)
        self._pages: dict[str, QWidget] = {
            "clinic": self.clinic,
            "hours": self.hours,
            "aftercare": self.aftercare,
            "consent": self.consent,
            "rules": self.rules,
        }
        titles = {
            "clinic": self.tr("&Clinic"),
            "hours": self.tr("Opening &hours"),
            "aftercare": self.tr("&Aftercare texts"),
            "consent": self.tr("C&onsent texts"),
            "rules": self.tr("Screening &rules"),
        }
        for name in TAB_NAMES:
            self.tabs.addTab(self._pages[name], titles[name])
        self.clinic.changed.connect(self._update_buttons)
        self.hours.changed.connect(self._update_buttons)

        self.status = _label("", self, note=True)
        self.status.setObjectName("settingsStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        self.buttons.setObjectName("settingsButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.setToolTip(self.tr("Save the clinic details and opening hours"))
        self.apply_button.clicked.connect(self.apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter in a text box must not close the dialog; OK is pressed on purpose.
        for button in (self.ok_button, self.apply_button, self.cancel_button):
            button.setAutoDefault(False)
        self.ok_button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _size_to_screen(self) -> None:
        """About 1200x760 at 100 %, never larger than the screen, scaled with the font."""
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 176
        height = metrics.height() * 48
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    # --- public API -----------------------------------------------------------------------

    def show_tab(self, name: str) -> None:
        """Bring a tab to the front: one of :data:`TAB_NAMES` (others show the first tab)."""
        self.tabs.setCurrentWidget(self._pages.get(name, self.clinic))

    def current_tab(self) -> str:
        widget = self.tabs.currentWidget()
        return next(name for name, page in self._pages.items() if page is widget)

    def text_pages(self) -> tuple[TemplatePage, TemplatePage]:
        return (self.aftercare, self.consent)

    def is_dirty(self) -> bool:
        """Whether anything typed is not saved yet (details, hours or a text)."""
        return (
            self.clinic.is_dirty()
            or self.hours.is_dirty()
            or any(page.is_dirty() for page in self.text_pages())
        )

    @Slot()
    def apply(self) -> bool:
        """Save the changed clinic details and hours; nothing is written unless all are valid."""
        self.status.clear()
        pages: list[tuple[str, ClinicPage | OpeningHoursPage]] = [
            ("clinic", self.clinic),
            ("hours", self.hours),
        ]
        invalid = [name for name, page in pages if not page.validate()]
        if invalid:
            self.show_tab(invalid[0])
            self.status.setText(self.tr("Nothing was saved: please correct the marked fields."))
            return False
        saved = False
        ok = True
        for name, page in pages:
            if not page.is_dirty():
                continue
            if not page.save():
                self.show_tab(name)
                ok = False
                break
            saved = True
        if saved:
            bus().changed.emit("settings")
            self.status.setText(self.tr("Settings saved."))
        self._update_buttons()
        return ok

    def accept(self) -> None:
        if not self.apply():
            return
        for page in self.text_pages():
            if page.is_dirty():
                self.show_tab("aftercare" if page is self.aftercare else "consent")
                if not page.confirm_leave():
                    return
        super().accept()

    def reject(self) -> None:
        """Cancel, Escape and the close button: ask before throwing typed changes away."""
        if not self.is_dirty():
            super().reject()
            return
        answer = ask_to_save(
            self, self.tr("Some settings have changes that are not saved. Save them now?")
        )
        if answer == QMessageBox.StandardButton.Discard:
            super().reject()
            return
        if answer != QMessageBox.StandardButton.Save or not self.apply():
            return
        for page in self.text_pages():
            if not page.save():
                self.show_tab("aftercare" if page is self.aftercare else "consent")
                return
        self.done(QDialog.DialogCode.Accepted)

    @Slot()
    def _update_buttons(self) -> None:
        self.apply_button.setEnabled(self.clinic.is_dirty() or self.hours.is_dirty())

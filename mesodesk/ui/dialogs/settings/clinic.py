"""The Clinic tab of the Settings dialog: name, contacts, time zone, date format, paper, logo."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QByteArray, QSignalBlocker, QSize, Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.languages import LANGUAGES
from mesodesk.domain.search import DATE_FORMATS, format_date
from mesodesk.services import settings as settings_service
from mesodesk.services.settings import (
    AFTERCARE_MAP_KEY,
    CONSENT_REQUIRED_KEY,
    IDLE_LOCK_MINUTES_KEY,
    IDLE_LOCK_RANGE,
    LANGUAGE_KEY,
    LOGO_KEY,
    NAMES_IN_FILE_NAMES_KEY,
    UI_LANGUAGE_KEY,
)
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.settings.common import Changes, add_field_row, make_form, make_label
from mesodesk.ui.dialogs.settings.fields import Field, changed_signal, show_value, typed_value
from mesodesk.ui.dialogs.settings.regional import language_combo, language_note, time_zone_combo
from mesodesk.ui.locale_format import date_format_hint
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import ERROR_STYLE
from mesodesk.ui.widgets.inline_errors import InlineErrors, shown

CLINIC_KEYS = (
    "clinic.name",
    "clinic.address",
    "clinic.phone",
    "clinic.emergency_contact",
    "clinic.time_zone",
    "clinic.date_format",
    "clinic.paper_size",
    LANGUAGE_KEY,
    CONSENT_REQUIRED_KEY,
    NAMES_IN_FILE_NAMES_KEY,
    IDLE_LOCK_MINUTES_KEY,
    AFTERCARE_MAP_KEY,
    UI_LANGUAGE_KEY,
)


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
        form = make_form(details)

        self.name = QLineEdit(details)
        self.name.setObjectName("clinicName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("As printed on aftercare sheets and consent forms"))
        add_field_row(form, self.tr("Clinic &name"), self.errors, "clinic.name", self.name)

        self.address = QPlainTextEdit(details)
        self.address.setObjectName("clinicAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(metrics.lineSpacing() * 3 + 14)
        add_field_row(form, self.tr("Addre&ss"), self.errors, "clinic.address", self.address)

        self.phone = QLineEdit(details)
        self.phone.setObjectName("clinicPhone")
        self.phone.setMaxLength(60)
        self.phone.setPlaceholderText(self.tr("e.g. +44 20 7946 0958"))
        add_field_row(form, self.tr("&Phone"), self.errors, "clinic.phone", self.phone)

        self.emergency_contact = QLineEdit(details)
        self.emergency_contact.setObjectName("clinicEmergencyContact")
        self.emergency_contact.setMaxLength(200)
        self.emergency_contact.setPlaceholderText(
            self.tr("After-hours number or what to do, printed near the warning signs")
        )
        add_field_row(
            form,
            self.tr("&Emergency / after hours"),
            self.errors,
            "clinic.emergency_contact",
            self.emergency_contact,
        )

        regional = QGroupBox(self.tr("Time, dates and paper"), self)
        form2 = make_form(regional)
        self.time_zone = time_zone_combo(regional, self._zones)
        add_field_row(form2, self.tr("&Time zone"), self.errors, "clinic.time_zone", self.time_zone)

        self.date_format = QComboBox(regional)
        self.date_format.setObjectName("clinicDateFormat")
        example = date(2026, 3, 31)
        for key in DATE_FORMATS:
            self.date_format.addItem(
                self.tr("{format}   (e.g. {example})").format(
                    format=date_format_hint(key), example=format_date(example, key)
                ),
                key,
            )
        self.date_format.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date_format.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        add_field_row(
            form2, self.tr("&Date format"), self.errors, "clinic.date_format", self.date_format
        )

        self.paper_size = QComboBox(regional)
        self.paper_size.setObjectName("clinicPaperSize")
        self.paper_size.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_size.addItem(self.tr("Letter (8.5 × 11 in)"), "Letter")
        self.paper_size.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.paper_size.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        add_field_row(
            form2, self.tr("Paper si&ze"), self.errors, "clinic.paper_size", self.paper_size
        )
        self.idle_lock = QSpinBox(regional)
        self.idle_lock.setObjectName("idleLockMinutes")
        self.idle_lock.setRange(*IDLE_LOCK_RANGE)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setToolTip(
            self.tr("With no keyboard or mouse use for this long, the desk locks itself.")
        )
        add_field_row(
            form2, self.tr("Lock after &idle"), self.errors, IDLE_LOCK_MINUTES_KEY, self.idle_lock
        )
        self.language = language_combo(regional)
        add_field_row(
            form2, self.tr("Window lang&uage"), self.errors, UI_LANGUAGE_KEY, self.language
        )
        form2.addRow("", language_note(regional))

        self.sheet_language = QComboBox(regional)
        self.sheet_language.setObjectName("clinicLanguage")
        for code, name in LANGUAGES.items():  # own names, as on the patient's form
            self.sheet_language.addItem(name, code)
        self.sheet_language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        add_field_row(
            form2,
            self.tr("Patients without a lan&guage get sheets in"),
            self.errors,
            LANGUAGE_KEY,
            self.sheet_language,
        )

        logo_box = QGroupBox(self.tr("Logo"), self)
        self.logo_preview = QLabel(logo_box)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setFixedSize(
            QSize(metrics.averageCharWidth() * 34, metrics.lineSpacing() * 6)
        )
        self.choose_logo_button = QPushButton(self.tr("Choose &logo…"), logo_box)
        self.choose_logo_button.setObjectName("chooseLogo")
        self.choose_logo_button.setAutoDefault(False)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remo&ve"), logo_box)
        self.remove_logo_button.setObjectName("removeLogo")
        self.remove_logo_button.setAutoDefault(False)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.logo_info = make_label("", logo_box, note=True)
        self.logo_info.setObjectName("logoInfo")
        self.logo_error = make_label("", logo_box)
        self.logo_error.setObjectName("error_clinic.logo")
        self.logo_error.setStyleSheet(ERROR_STYLE)
        self.logo_error.hide()
        hint = make_label(
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

        sessions = QGroupBox(self.tr("Sessions"), self)
        self.consent_required = QCheckBox(
            self.tr("Consent must be recorded before a session is mar&ked done"), sessions
        )
        self.consent_required.setObjectName("consentRequiredForDone")
        self.consent_required.setToolTip(
            self.tr(
                "When ticked, a session without recorded consent cannot be marked done. "
                "Untick only if your clinic records consent elsewhere."
            )
        )
        self.names_in_file_names = QCheckBox(
            self.tr("Put patients' names in the &file names offered for saving"), sessions
        )
        self.names_in_file_names.setObjectName("namesInFileNames")
        self.names_in_file_names.setToolTip(
            self.tr(
                "Unticked, aftercare sheets are named by date, time and session number and "
                "calendar files by patient number, so a folder listing, a backup drive or a "
                "synced folder shows no patient's name."
            )
        )
        sessions_layout = QVBoxLayout(sessions)
        sessions_layout.addWidget(self.consent_required)
        sessions_layout.addWidget(self.names_in_file_names)
        self.aftercare_map = QCheckBox(
            self.tr("Show the injection &map on aftercare sheets"), sessions
        )
        self.aftercare_map.setObjectName("aftercareShowMap")
        self.aftercare_map.setToolTip(
            self.tr("A small diagram of where the injections were given, for sessions with marks.")
        )
        sessions_layout.addWidget(self.aftercare_map)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(details)
        left.addWidget(sessions)
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

        self._fields: dict[str, Field] = {
            "clinic.name": self.name,
            "clinic.address": self.address,
            "clinic.phone": self.phone,
            "clinic.emergency_contact": self.emergency_contact,
            "clinic.date_format": self.date_format,
            "clinic.paper_size": self.paper_size,
            LANGUAGE_KEY: self.sheet_language,
            CONSENT_REQUIRED_KEY: self.consent_required,
            NAMES_IN_FILE_NAMES_KEY: self.names_in_file_names,
            IDLE_LOCK_MINUTES_KEY: self.idle_lock,
            AFTERCARE_MAP_KEY: self.aftercare_map,
            UI_LANGUAGE_KEY: self.language,
        }
        """Every setting but the time zone (typed or picked), shown and read the same way."""
        for widget in (*self._fields.values(), self.time_zone):
            changed_signal(widget).connect(self._touched)

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
                self.tr("The settings could not be read: {reason}").format(
                    reason=failure_reason(error, "dialogs.settings.clinic.load")
                )
            )
            values, logo = dict(settings_service.DEFAULTS), None
        blockers = [QSignalBlocker(w) for w in (*self._fields.values(), self.time_zone)]
        for key, widget in self._fields.items():
            show_value(widget, values[key])
        self.time_zone.setCurrentText(str(values["clinic.time_zone"] or ""))
        del blockers
        self._saved = {key: values[key] for key in CLINIC_KEYS}
        self._saved_logo = logo
        self._logo = logo
        self._show_logo()
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        """The clinic settings as typed, keyed like the settings service."""
        zone = self.time_zone.currentText().strip()
        typed = {key: typed_value(widget) for key, widget in self._fields.items()}
        return {**typed, "clinic.time_zone": self._zone_by_folded.get(zone.casefold(), zone)}

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

    def changes(self) -> dict[str, Any]:
        """What differs from the stored settings, keyed like the settings service (a new
        logo as its bytes, a removed one as None)."""
        values = self.values()
        return {key: self._logo if key == LOGO_KEY else values[key] for key in self.changed_keys()}

    def mark_saved(self) -> None:
        """After the dialog saved :meth:`changes`: they are the stored values now."""
        values = self.values()
        self._saved = {key: values[key] for key in CLINIC_KEYS}
        self._saved_logo = self._logo
        self.ctx.date_format = str(values["clinic.date_format"])
        self._show_logo()
        self.changed.emit()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Mark the fields the service refused; a logo problem stays next to the logo."""
        errors = dict(errors)
        if LOGO_KEY in errors:
            self._logo_problem(shown(errors.pop(LOGO_KEY)))
        self.errors.show(errors)
        self._focus_first(errors)

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
                    name=path.name,
                    reason=failure_reason(error, "dialogs.settings.clinic.load_logo_file"),
                )
            )
            return False
        problem = settings_service.logo_error(data)
        if problem is not None:
            self._logo_problem(
                self.tr("{name} was not used: {reason}").format(
                    name=path.name, reason=shown(problem)
                )
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

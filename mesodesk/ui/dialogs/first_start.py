"""The setup shown on a new clinic's first start: details, hours, first practitioner."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, QTime, QTimeZone, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.accounts import Role, User
from mesodesk.domain.schedule import WEEKDAY_KEYS
from mesodesk.services import accounts
from mesodesk.services import settings as settings_service
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.first_start import FirstStartInput, FirstStartResult, complete_first_start
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import failure_reason, log_failure
from mesodesk.ui.signin.first_admin import FirstAdminBox
from mesodesk.ui.theme import ERROR_STYLE
from mesodesk.ui.widgets.inline_errors import InlineErrors

OPEN_DAYS = ("mon", "tue", "wed", "thu", "fri")
"""The days ticked at first: a clinic open Monday to Friday."""


def default_zone() -> str:
    """The computer's time zone when it names a real zone, else the settings' default."""
    system = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    if system in available_timezones() and system not in ("UTC", "Etc/UTC"):
        return system
    return str(settings_service.DEFAULTS["clinic.time_zone"])


class FirstStartDialog(QDialog):
    """A short form for an empty clinic; "Start" saves everything in one go (or nothing).

    A clinic without accounts also creates its first admin here (``user`` is then that
    account, signed in); a clinic set up before accounts existed gets only that part.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_data: FirstStartResult | None = None
        self.user: User | None = None
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome to mesodesk"))
        self.errors = InlineErrors(self)
        self._zones = sorted(available_timezones())
        self.needs_clinic = settings_service.needs_first_start(ctx.db)
        self.account: FirstAdminBox | None = None
        if not accounts.has_accounts(ctx.db):
            self.account = FirstAdminBox(
                ctx.db, self.errors, self, choose_practitioner=not self.needs_clinic
            )
        self._build()
        if self.account is not None:
            self.account.also_treats.toggled.connect(self._admin_treats)
            self.account.name.textChanged.connect(lambda _text: self._admin_treats())
            self.main_layout.insertWidget(2, self.account)
            if not self.needs_clinic:
                self.intro.setText(
                    self.tr(
                        "mesodesk now has accounts: everyone signs in with their own. "
                        "Create yours first; it manages the clinic and the others' accounts."
                    )
                )
            self.account.focus()
        self._show_clinic(self.needs_clinic or self.account is None)

    def _show_clinic(self, shown: bool) -> None:
        for part in (self.clinic_box, self.hours_box, self.people_box, self.demo_catalog):
            part.setVisible(shown)

    @Slot()
    def _admin_treats(self) -> None:
        """ "I also treat patients": the setup's first practitioner is the admin."""
        if self.account is None or self.account.practitioner is not None:
            return
        treats = self.account.also_treats.isChecked()
        self.practitioner.setReadOnly(treats)
        if treats:
            self.practitioner.setText(self.account.name.text().strip())

    def _row(self, form: QFormLayout, text: str, key: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)  # the input itself, so the mnemonic focuses it
        form.addRow(label, self.errors.field(key, widget))

    def _build(self) -> None:
        self.intro = intro = QLabel(
            self.tr(
                "A few details to start. They are printed on aftercare sheets and consent "
                "forms, and can be changed later in Clinic → Settings."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.clinic_box = clinic = QGroupBox(self.tr("Your clinic"), self)
        form = QFormLayout(clinic)
        self.name = QLineEdit(clinic)
        self.name.setObjectName("firstStartName")
        self.name.setMaxLength(settings_service.TEXT_LIMITS["clinic.name"])
        self._row(form, self.tr("Clinic &name"), "clinic.name", self.name)
        self.address = QPlainTextEdit(clinic)
        self.address.setObjectName("firstStartAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self._row(form, self.tr("Addr&ess"), "clinic.address", self.address)
        self.phone = QLineEdit(clinic)
        self.phone.setObjectName("firstStartPhone")
        self.phone.setMaxLength(settings_service.TEXT_LIMITS["clinic.phone"])
        self.phone.setPlaceholderText(self.tr("The number patients call"))
        self._row(form, self.tr("&Phone"), "clinic.phone", self.phone)
        self.emergency = QLineEdit(clinic)
        self.emergency.setObjectName("firstStartEmergency")
        self.emergency.setMaxLength(settings_service.TEXT_LIMITS["clinic.emergency_contact"])
        self.emergency.setPlaceholderText(self.tr("After-hours number or what to do"))
        self._row(form, self.tr("&After hours"), "clinic.emergency_contact", self.emergency)
        self.time_zone = QComboBox(clinic)
        self.time_zone.setObjectName("firstStartTimeZone")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(self._zones)
        self.time_zone.setCurrentText(default_zone())
        completer = self.time_zone.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._row(form, self.tr("&Time zone"), "clinic.time_zone", self.time_zone)

        self.hours_box = hours = QGroupBox(self.tr("Opening hours"), self)
        hours_layout = QVBoxLayout(hours)
        days_row = QHBoxLayout()
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        self.days: dict[str, QCheckBox] = {}
        for key, name in zip(WEEKDAY_KEYS, names, strict=True):
            box = QCheckBox(name, hours)
            box.setObjectName(f"firstStartDay_{key}")
            box.setChecked(key in OPEN_DAYS)
            self.days[key] = box
            days_row.addWidget(box)
        days_row.addStretch(1)
        times_row = QHBoxLayout()
        self.opens = QTimeEdit(QTime(9, 0), hours)
        self.opens.setObjectName("firstStartOpens")
        self.opens.setDisplayFormat("HH:mm")
        self.closes = QTimeEdit(QTime(18, 0), hours)
        self.closes.setObjectName("firstStartCloses")
        self.closes.setDisplayFormat("HH:mm")
        opens_label = QLabel(self.tr("&Opens"), hours)
        opens_label.setBuddy(self.opens)
        closes_label = QLabel(self.tr("C&loses"), hours)
        closes_label.setBuddy(self.closes)
        for widget in (opens_label, self.opens, closes_label, self.closes):
            times_row.addWidget(widget)
        times_row.addStretch(1)
        self.hours_error = QLabel(hours)
        self.errors.labels[settings_service.HOURS_KEY] = self.hours_error
        self.hours_error.setObjectName(f"error_{settings_service.HOURS_KEY}")
        self.hours_error.setWordWrap(True)
        self.hours_error.setStyleSheet(ERROR_STYLE)
        self.hours_error.hide()
        hours_layout.addLayout(days_row)
        hours_layout.addLayout(times_row)
        hours_layout.addWidget(self.hours_error)
        hours_note = QLabel(
            self.tr("Lunch breaks and closed dates can be added later in Settings."), hours
        )
        hours_note.setWordWrap(True)
        hours_layout.addWidget(hours_note)

        self.people_box = people = QGroupBox(self.tr("First practitioner"), self)
        people_form = QFormLayout(people)
        self.practitioner = QLineEdit(people)
        self.practitioner.setObjectName("firstStartPractitioner")
        self.practitioner.setPlaceholderText(self.tr("e.g. Dr Ana Ruiz"))
        self._row(people_form, self.tr("Na&me"), "practitioner", self.practitioner)
        self.practitioner_title = QLineEdit(people)
        self.practitioner_title.setObjectName("firstStartPractitionerTitle")
        self.practitioner_title.setPlaceholderText(self.tr("e.g. Aesthetic physician"))
        self._row(people_form, self.tr("T&itle"), "practitioner_title", self.practitioner_title)

        self.demo_catalog = QCheckBox(
            self.tr("Load the &demo catalog of products (examples you can edit or archive)"),
            self,
        )
        self.demo_catalog.setObjectName("firstStartDemoCatalog")

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("firstStartSave")
        self.later_button = self.buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setObjectName("firstStartLater")
        self.later_button.setToolTip(self.tr("Ask again at the next start"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.errors.banner)
        layout.addWidget(clinic)
        layout.addWidget(hours)
        layout.addWidget(people)
        layout.addWidget(self.demo_catalog)
        layout.addWidget(self.buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def opening_hours(self) -> dict[str, object]:
        """The hours as ticked, in the JSON shape of the opening-hours setting."""
        period = [self.opens.time().toString("HH:mm"), self.closes.time().toString("HH:mm")]
        return {
            "weekly": {key: [period] if box.isChecked() else [] for key, box in self.days.items()}
        }

    def setup_input(self) -> FirstStartInput:
        """What was typed and ticked, for the first-start service."""
        zone = self.time_zone.currentText().strip()
        by_folded = {z.casefold(): z for z in self._zones}
        return FirstStartInput(
            clinic_name=self.name.text(),
            phone=self.phone.text(),
            practitioner_name=self.practitioner.text(),
            address=self.address.toPlainText(),
            emergency_contact=self.emergency.text(),
            time_zone=by_folded.get(zone.casefold(), zone),
            opening_hours=self.opening_hours(),
            practitioner_title=self.practitioner_title.text(),
            load_demo_catalog=self.demo_catalog.isChecked(),
        )

    @Slot()
    def save(self) -> bool:
        """Create the first account (when the clinic has none), then save the clinic in one
        transaction as that account; on a refusal the form says what to correct, and what
        was saved already is not asked for again."""
        self.errors.clear()
        if self.account is not None and self.user is None:
            problems = self.account.problems()
            if problems:
                self.errors.show(problems)
                return False
            if not self._create_account():
                return False
        if self.needs_clinic and not self._save_clinic():
            return False
        if self.account is not None and self.result_data is not None:
            self._link_practitioner(self.result_data.practitioner.id)
        self.accept()
        return True

    def _create_account(self) -> bool:
        assert self.account is not None
        try:
            self.user = self.account.create_account()
        except ValidationFailed as failure:
            self.errors.show(dict(failure.errors))
            return False
        except Exception as error:  # nothing was saved; the form stays filled in
            self.errors.show_banner(
                self.tr("Your account was not created: {reason}").format(
                    reason=failure_reason(error, "dialogs.first_start.account")
                )
            )
            return False
        self.ctx.user = self.user
        self.account.setEnabled(False)  # created: a refused clinic is corrected on its own
        return True

    def _link_practitioner(self, practitioner_id: int) -> None:
        """ "I also treat patients": the admin becomes the setup's first practitioner."""
        if self.account is None or self.user is None:
            return
        if not self.account.also_treats.isChecked() or self.account.practitioner is not None:
            return
        roles = self.user.roles | {Role.PRACTITIONER}
        try:
            accounts.set_roles(
                self.ctx.db,
                actor=self.user,
                account_id=self.user.id,
                roles=roles,
                practitioner_id=practitioner_id,
            )
        except Exception as error:  # the admin can link it later in Accounts…
            log_failure(error, "dialogs.first_start.link_practitioner")
            return
        self.user = replace(self.user, roles=roles, practitioner_id=practitioner_id)
        self.ctx.user = self.user

    def _save_clinic(self) -> bool:
        data = self.setup_input()
        try:
            result = complete_first_start(self.ctx.db, data, actor=self.ctx.actor)
        except ValidationFailed as failure:
            self.errors.show(dict(failure.errors))
            return False
        except Exception as error:  # nothing was saved; the form stays filled in
            self.errors.show_banner(
                self.tr("Nothing was saved: {reason}").format(
                    reason=failure_reason(error, "dialogs.first_start.save")
                )
            )
            return False
        self.result_data = result
        self.ctx.practitioner_id = result.practitioner.id
        self.ctx.practitioner_name = result.practitioner.display_name
        bus().changed.emit("settings")
        self.needs_clinic = False
        self._show_clinic(False)  # saved: a refused account is corrected on its own
        return True

    def reject(self) -> None:
        typed = self.name.text().strip() or self.practitioner.text().strip()
        if self.account is not None:
            typed = typed or self.account.name.text().strip() or self.account.login.text().strip()
        if typed:
            answer = QMessageBox.question(
                self,
                self.tr("Set up later"),
                self.tr("Leave the setup? Nothing is saved; it opens again at the next start."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def offer_first_start(ctx: DeskContext, parent: QWidget | None = None, *, ask: bool = True) -> bool:
    """On an empty clinic (and when the user may be asked), run the setup; True when saved."""
    if not ask:
        return False
    try:
        needed = settings_service.needs_first_start(ctx.db)
    except Exception as error:  # an unreadable database is reported by the pages that read it
        log_failure(error, "needs_first_start")
        return False
    if not needed and accounts.has_accounts(ctx.db):
        return False
    return FirstStartDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted

"""The Settings dialog: its tabs, and OK / Apply / Cancel over the clinic details and hours."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import templates as text_domain
from mesodesk.services import settings as settings_service
from mesodesk.services.errors import EditConflict, ValidationFailed
from mesodesk.services.settings import HOURS_KEY
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.conflict import Resolution, resolve_conflict
from mesodesk.ui.dialogs.settings.clinic import ClinicPage
from mesodesk.ui.dialogs.settings.common import make_label
from mesodesk.ui.dialogs.settings.hours import OpeningHoursPage
from mesodesk.ui.dialogs.settings.rules import RulesPage
from mesodesk.ui.dialogs.settings.templates import TemplatePage
from mesodesk.ui.dialogs.unsaved import ask_to_save
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.widgets.inline_errors import shown

TAB_NAMES = ("clinic", "hours", "aftercare", "consent", "rules")
"""What ``SettingsDialog(tab=...)`` accepts, in the order of the tabs."""


class SettingsDialog(QDialog):
    """Everything a clinic sets up once: details, hours, patient texts and screening rules.

    Clinic details and opening hours are saved with OK or Apply: the settings that changed,
    all in one transaction with one audit row, or none. Texts are saved per text as new versions, and rule switches at
    once; both are audited by their services.
    """

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, tab: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._versions = self._stored_versions()
        """The settings' versions as the pages loaded them (see ``services.conflicts``)."""
        self._overwrite = False
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

        self.status = make_label("", self, note=True)
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
        changes = {**self.clinic.changes(), **self.hours.changes()}
        if changes:
            overwrite, self._overwrite = self._overwrite, False
            try:
                settings_service.save_settings(
                    self.ctx.db,
                    changes,
                    actor=self.ctx.actor,
                    expected_versions=self._versions,
                    overwrite=overwrite,
                )
            except ValidationFailed as failure:
                self._show_refusal(failure.errors)
                return False
            except EditConflict as conflict:
                return self._on_conflict(conflict)
            except Exception as error:  # a locked or full database: what was typed stays
                self.status.setText(
                    self.tr("Nothing was saved: {reason}").format(
                        reason=failure_reason(error, "dialogs.settings.dialog.apply")
                    )
                )
                return False
            self.clinic.mark_saved()
            self.hours.mark_saved()
            self._versions = self._stored_versions()
            bus().changed.emit("settings")
            self.status.setText(self.tr("Settings saved."))
        self._update_buttons()
        return True

    def _stored_versions(self) -> dict[str, int]:
        try:
            return settings_service.versions(self.ctx.db)
        except Exception as error:  # no versions: a save then simply applies
            failure_reason(error, "dialogs.settings.dialog.versions")
            return {}

    def _on_conflict(self, conflict: EditConflict) -> bool:
        """Another desk changed some of the same settings: show them, do as the user says.

        Only the settings changed here are ever sent, so the other desk's other changes are
        kept either way; "take theirs and re-apply mine" keeps its changes to the rest and
        leaves yours typed here, to check and apply.
        """
        labels = {
            "clinic.name": self.tr("Clinic name"),
            "clinic.address": self.tr("Address"),
            "clinic.phone": self.tr("Phone"),
            "clinic.emergency_contact": self.tr("Emergency contact"),
            "clinic.time_zone": self.tr("Time zone"),
            "clinic.date_format": self.tr("Date format"),
            "clinic.paper_size": self.tr("Paper size"),
            "clinic.logo": self.tr("Logo"),
            HOURS_KEY: self.tr("Opening hours"),
            settings_service.CONSENT_REQUIRED_KEY: self.tr("Consent required"),
        }
        choice = resolve_conflict(self, conflict, labels)
        if choice == Resolution.KEEP_MINE:
            self._overwrite = True
            return self.apply()
        if choice == Resolution.TAKE_THEIRS:
            self._versions = self._stored_versions()
            self.status.setText(
                self.tr("The other desk's changes are kept; yours are still here: apply to save.")
            )
            return False
        self.status.setText(
            self.tr("Nothing was saved: another desk changed these settings. Apply to decide.")
        )
        return False

    def _show_refusal(self, errors: Mapping[str, str]) -> None:
        """The service refused some values: mark them on their tabs; nothing was saved."""
        clinic_errors = {key: text for key, text in errors.items() if key != HOURS_KEY}
        if HOURS_KEY in errors:
            self.hours.show_error(shown(errors[HOURS_KEY]))
        if clinic_errors:
            self.clinic.show_errors(clinic_errors)
        self.show_tab("clinic" if clinic_errors else "hours")
        self.status.setText(self.tr("Nothing was saved: please correct the marked fields."))

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

"""The Settings dialog, one module per tab: clinic, opening hours, texts and screening rules."""

from mesodesk.services.settings import HOURS_KEY, LOGO_KEY
from mesodesk.ui.dialogs.settings.clinic import CLINIC_KEYS, ClinicPage
from mesodesk.ui.dialogs.settings.common import Changes
from mesodesk.ui.dialogs.settings.dialog import TAB_NAMES, SettingsDialog
from mesodesk.ui.dialogs.settings.hours import OpeningHoursPage
from mesodesk.ui.dialogs.settings.rules import RulesPage
from mesodesk.ui.dialogs.settings.template_preview import consent_sample_pdf
from mesodesk.ui.dialogs.settings.templates import TemplatePage

__all__ = [
    "CLINIC_KEYS",
    "HOURS_KEY",
    "LOGO_KEY",
    "TAB_NAMES",
    "Changes",
    "ClinicPage",
    "OpeningHoursPage",
    "RulesPage",
    "SettingsDialog",
    "TemplatePage",
    "consent_sample_pdf",
]

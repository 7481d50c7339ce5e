"""The patient chart: header with alerts, then profile, sessions, courses and adverse events."""

from mesodesk.ui.pages.chart.history import SessionHistoryDialog
from mesodesk.ui.pages.chart.page import PatientChart

__all__ = ["PatientChart", "SessionHistoryDialog"]

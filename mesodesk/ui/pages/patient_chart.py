"""The old import path of the patient chart, which now lives in ``mesodesk.ui.pages.chart``."""

from mesodesk.ui.pages.chart import PatientChart, SessionHistoryDialog

__all__ = ["PatientChart", "SessionHistoryDialog"]

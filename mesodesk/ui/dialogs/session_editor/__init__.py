"""The session editor, split by part: appointment, treatment lines, safety, observations.

``from mesodesk.ui.dialogs.session_editor import SessionEditor`` stays the way in.
"""

from mesodesk.ui.dialogs.session_editor.checklist import ChecklistPanel, ConsentPanel
from mesodesk.ui.dialogs.session_editor.dialog import SessionEditor
from mesodesk.ui.dialogs.session_editor.findings import FindingsPanel, findings_html
from mesodesk.ui.dialogs.session_editor.lines import (
    TreatmentLine,
    spin_decimal,
    totals_by_product,
)
from mesodesk.ui.theme import CAUTION_TEXT as AMBER

__all__ = [
    "AMBER",
    "ChecklistPanel",
    "ConsentPanel",
    "FindingsPanel",
    "SessionEditor",
    "TreatmentLine",
    "findings_html",
    "spin_decimal",
    "totals_by_product",
]

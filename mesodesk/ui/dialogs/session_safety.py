"""The old home of the session editor's safety panels; they live in ``session_editor`` now."""

from mesodesk.ui.dialogs.session_editor.checklist import ChecklistPanel, ConsentPanel
from mesodesk.ui.dialogs.session_editor.findings import FindingsPanel, findings_html

__all__ = ["ChecklistPanel", "ConsentPanel", "FindingsPanel", "findings_html"]

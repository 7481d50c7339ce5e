"""The patient editor package: the form's widgets, the editor that loads and saves them."""

from mesodesk.ui.dialogs.patient_editor.editor import PatientEditor
from mesodesk.ui.dialogs.patient_editor.form import PatientForm, split_allergens

__all__ = ["PatientEditor", "PatientForm", "split_allergens"]

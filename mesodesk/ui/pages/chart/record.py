"""The chart's "Patient record…" action: the whole record rendered in a worker, then shown
in the PDF preview with Print… and Save as PDF…."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from mesodesk.domain.accounts import Permission
from mesodesk.services import record_export
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import Operation, run_op


def _tr(text: str) -> str:
    return QCoreApplication.translate("PatientRecord", text)


class PatientRecordAction(QAction):
    """Renders the patient's record (a 500-session record takes a few seconds, so in a
    worker) and opens the preview; the export is audited by the service. Hidden (with its
    shortcut) for a role that may not export records."""

    def __init__(self, ctx: DeskContext, patient_id: int, parent: QWidget) -> None:
        super().__init__(_tr("Patient &record…"), parent)
        self.setObjectName("patientRecordAction")
        self.setToolTip(_tr("Everything on record about this patient, to print or save as PDF"))
        self.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.ctx = ctx
        self.patient_id = patient_id
        self.widget = parent
        self.preview: QObject | None = None
        """The open preview dialog, or None (tests reach it here)."""
        self.job: Operation | None = None
        self.triggered.connect(self.open_record)
        # Offered only to a role that may export records (the service refuses the others);
        # the chart is made anew for each user who signs in.
        self.setVisible(ctx.user is not None and ctx.user.can(Permission.EXPORT_RECORD))

    def open_record(self) -> None:
        if self.job is not None and self.job.succeeded is None:
            return  # already being made: one preview, not two
        self.setEnabled(False)
        self.job = run_op(
            self.widget,
            partial(record_export.record_pdf, self.ctx.db, self.patient_id, actor=self.ctx.actor),
            changes=(),
            background=True,
            failure=_tr("The patient record could not be made"),
            title=_tr("Patient record"),
            on_done=self._show,
            on_failed=lambda _error: self.setEnabled(True),
        )

    def _show(self, pdf: bytes) -> None:
        from mesodesk.ui.dialogs.pdf_preview import PdfPreviewDialog

        self.setEnabled(True)
        dialog = PdfPreviewDialog(
            pdf,
            title=_tr("Patient record"),
            suggested_name=f"patient-record_{self.patient_id}.pdf",
            parent=self.widget,
        )
        dialog.setObjectName("patientRecordPreview")
        self.preview = dialog
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self, _result: int) -> None:
        dialog, self.preview = self.preview, None
        if dialog is not None:
            dialog.deleteLater()

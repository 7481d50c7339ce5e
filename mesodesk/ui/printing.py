"""Opening the PDF preview for aftercare sheets and consent forms, and recording prints."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mesodesk.services import aftercare, consent
from mesodesk.services.dto import TreatmentInput
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def _warn(parent: QWidget | None, error: BaseException) -> None:
    from mesodesk.cli import describe

    QMessageBox.warning(parent, _tr("Cannot prepare the document"), describe(error))


def show_aftercare(
    parent: QWidget | None, ctx: DeskContext, prepared: Sequence[aftercare.PreparedSheet]
) -> None:
    """Preview already prepared sheets as one document; printing or saving is recorded."""
    from mesodesk.ui.dialogs.pdf_preview import PdfPreviewDialog

    try:
        pdf = aftercare.render(prepared)
    except Exception as error:  # a sheet that cannot render must say why, never crash
        _warn(parent, error)
        return
    if len(prepared) == 1:
        title = _tr("Aftercare sheet: {name}").format(name=prepared[0].patient_name)
        name = aftercare.file_name(prepared[0])
    else:
        title = _tr("Aftercare sheets: {n} patients").format(n=len(prepared))
        name = f"aftercare_{prepared[0].starts_at:%Y-%m-%d}_{len(prepared)}-sheets.pdf"
    dialog = PdfPreviewDialog(pdf, title=title, suggested_name=name, parent=parent)

    def record(output: str) -> None:
        try:
            aftercare.record_printed(ctx.db, prepared, output=output, actor=ctx.actor)
        except Exception as error:
            _warn(parent, error)
            return
        bus().changed.emit("session")

    dialog.printed.connect(lambda: record("print"))
    dialog.saved.connect(lambda _path: record("pdf"))
    dialog.exec()


def preview_aftercare(parent: QWidget | None, ctx: DeskContext, session_ids: Sequence[int]) -> None:
    """Prepare and preview the aftercare sheets of ``session_ids`` (one print job)."""
    try:
        prepared = aftercare.prepare(ctx.db, session_ids)
    except Exception as error:
        _warn(parent, error)
        return
    show_aftercare(parent, ctx, prepared)


def preview_consent(
    parent: QWidget | None,
    ctx: DeskContext,
    *,
    patient_id: int,
    lines: Sequence[TreatmentInput],
    template_id: int,
    session_date: str = "",
    practitioner_id: int | None = None,
) -> None:
    """Preview the consent form for signing."""
    from mesodesk.ui.dialogs.pdf_preview import PdfPreviewDialog

    try:
        form = consent.form(
            ctx.db,
            patient_id,
            lines,
            template_id,
            session_date=session_date,
            practitioner_id=practitioner_id,
        )
        pdf = consent.render(form)
    except Exception as error:
        _warn(parent, error)
        return
    dialog = PdfPreviewDialog(
        pdf,
        title=_tr("Consent form: {name}").format(name=form.patient_name),
        suggested_name="consent.pdf",
        parent=parent,
    )
    dialog.exec()

"""Opening the PDF preview for aftercare sheets and consent forms, and recording prints."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mesodesk.services import aftercare, consent
from mesodesk.services.dto import TreatmentInput
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import log_failure, report_failure


def _warn(parent: QWidget | None, error: BaseException, operation: str) -> None:
    report_failure(
        parent,
        error,
        title=QCoreApplication.translate("Printing", "Cannot prepare the document"),
        operation=operation,
    )


def show_aftercare(
    parent: QWidget | None,
    ctx: DeskContext,
    prepared: Sequence[aftercare.PreparedSheet],
    *,
    pdf: bytes | None = None,
    title: str | None = None,
    on_recorded: Callable[[str], None] | None = None,
    on_record_error: Callable[[BaseException], None] | None = None,
    on_open: Callable[[QWidget | None], None] | None = None,
) -> None:
    """Preview sheets as one document; printing is recorded as printed, saving as saved.

    What the service warns of (a clinic without name or phone) shows above the preview.
    ``pdf`` is the already rendered document (batches are rendered in a worker);
    ``on_recorded`` gets "print" or "pdf" once the record is written; ``on_open`` is told
    of the open dialog, then of None when it closes.
    """
    from mesodesk.ui.dialogs.pdf_preview import PdfPreviewDialog

    if pdf is None:
        try:
            pdf = aftercare.render(prepared)
        except Exception as error:  # a sheet that cannot render must say why, never crash
            _warn(parent, error, "aftercare.render")
            return
    if title is None:
        title = (
            QCoreApplication.translate("Printing", "Aftercare sheet: {name}").format(
                name=prepared[0].patient_name
            )
            if len(prepared) == 1
            else QCoreApplication.translate("Printing", "Aftercare sheets: {n} patients").format(
                n=len(prepared)
            )
        )
    try:
        name = aftercare.suggested_file_name(ctx.db, prepared)
    except Exception as error:  # the setting could not be read: no name is the safe choice
        log_failure(error, "aftercare.suggested_file_name")
        single = len(prepared) == 1
        name = aftercare.file_name(prepared[0]) if single else aftercare.batch_file_name(prepared)
    warnings = list(dict.fromkeys(w for sheet in prepared for w in sheet.warnings))
    dialog = PdfPreviewDialog(
        pdf, title=title, suggested_name=name, parent=parent, warnings=warnings
    )

    def record(output: str) -> None:
        try:
            aftercare.record_printed(ctx.db, prepared, output=output, actor=ctx.actor)
        except Exception as error:
            if on_record_error is not None:
                on_record_error(error)
            else:
                _warn(parent, error, "aftercare.record_output")
            return
        bus().changed.emit("session")
        if on_recorded is not None:
            on_recorded(output)

    dialog.printed.connect(lambda: record("print"))
    dialog.saved.connect(lambda _path: record("pdf"))
    if on_open is not None:
        on_open(dialog)
    try:
        dialog.exec()
    finally:
        if on_open is not None:
            on_open(None)
        dialog.deleteLater()


def preview_aftercare(parent: QWidget | None, ctx: DeskContext, session_ids: Sequence[int]) -> None:
    """Prepare and preview the aftercare sheets of ``session_ids`` (one print job)."""
    try:
        prepared = aftercare.prepare(ctx.db, session_ids, actor=ctx.actor)
    except Exception as error:
        _warn(parent, error, "aftercare.prepare")
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
            actor=ctx.actor,
        )
        pdf = consent.render(form)
    except Exception as error:
        _warn(parent, error, "consent.render")
        return
    dialog = PdfPreviewDialog(
        pdf,
        title=QCoreApplication.translate("Printing", "Consent form: {name}").format(
            name=form.patient_name
        ),
        suggested_name="consent.pdf",
        parent=parent,
    )
    dialog.exec()

"""The PDF preview: shows the real aftercare PDF, saves identical bytes, prints every page."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mesodesk.domain.checklist import all_ticked
from mesodesk.services import aftercare, catalog, consent, patients, practitioners, sessions
from mesodesk.services.dto import PatientInput, SessionInput, TreatmentInput
from mesodesk.store.engine import Database
from mesodesk.ui.dialogs.pdf_preview import (
    PAGE_SIZE_KEY,
    PRINTER_NAME_KEY,
    PdfPreviewDialog,
    print_pdf,
)
from tests.factories import ACTOR

DAY = date(2026, 3, 10)
"""A past day: a session is done only once it has started."""


def _done_session(db: Database, given: str, family: str, hour: int, practitioner: int) -> int:
    areas = {a.code: a.id for a in catalog.areas(db)}
    types = {t.code: t.id for t in catalog.solution_types(db)}
    patient = patients.create_patient(db, PatientInput(given, family), actor=ACTOR)
    lines = (
        TreatmentInput(
            areas["cheeks"], solution_type_id=types["hyaluronic_acid"], volume_ml=Decimal("1.5")
        ),
    )
    version = consent.version_for(db, lines)
    record = sessions.create_session(
        db,
        SessionInput(
            patient.id,
            datetime.combine(DAY, datetime.min.time()).replace(hour=hour),
            practitioner_id=practitioner,
            status="done",
            checklist=all_ticked(),
            treatments=lines,
            consent_template_id=version.id if version else None,
        ),
        actor=ACTOR,
    )
    return record.id


@pytest.fixture
def two_sheets(db: Database) -> bytes:
    """One PDF holding the aftercare sheets of two done sessions (one page each)."""
    doc = practitioners.create_practitioner(db, "Dr Ana Ruiz", actor=ACTOR)
    ids = [
        _done_session(db, "Marie", "Dupont", 10, doc.id),
        _done_session(db, "Jonas", "Berg", 11, doc.id),
    ]
    return aftercare.render(aftercare.prepare(db, ids, actor=ACTOR))


def _page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def dialog(qtbot: QtBot, two_sheets: bytes) -> PdfPreviewDialog:
    widget = PdfPreviewDialog(
        two_sheets, title="Aftercare sheets", suggested_name="2026-11-21_aftercare.pdf"
    )
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _print_to(path: Path, seen: list[QPrinter], page_size: QPageSize.PageSizeId | None = None):
    """A stand-in for QPrintDialog.exec: the user picks "print to file" (and a paper size)."""

    def exec_(self: QPrintDialog) -> int:
        printer = self.printer()
        seen.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if page_size is not None:
            printer.setPageSize(QPageSize(page_size))
        return QDialog.DialogCode.Accepted

    return exec_


def test_the_real_pdf_is_shown_page_by_page(qtbot: QtBot, dialog: PdfPreviewDialog) -> None:
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.page_count == 2
    assert dialog.page_label.text() == "Page 1 of 2"
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.windowTitle() == "Aftercare sheets"
    fit = dialog.zoom_factor()
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.zoom_factor() == pytest.approx(fit * 1.25)
    assert dialog.zoom_label.text().endswith("%")
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    assert dialog.zoom_factor() == pytest.approx(fit / 1.25)
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_one_page_and_unreadable_pdfs(qtbot: QtBot, db: Database) -> None:
    doc = practitioners.create_practitioner(db, "Dr Ana Ruiz", actor=ACTOR)
    one = aftercare.render(
        aftercare.prepare(db, [_done_session(db, "Ana", "Lima", 9, doc.id)], actor=ACTOR)
    )
    single = PdfPreviewDialog(one, title="Sheet", suggested_name="a.pdf")
    qtbot.addWidget(single)
    assert single.page_count == 1
    assert single.page_label.text() == "1 page"
    broken = PdfPreviewDialog(b"not a pdf", title="Broken", suggested_name="b.pdf")
    qtbot.addWidget(broken)
    assert broken.document.status() == QPdfDocument.Status.Error
    assert not broken.print_button.isEnabled()
    assert broken.save_button.isEnabled()
    assert "could not be shown" in broken.page_label.text()


def test_save_as_pdf_writes_the_same_bytes(
    qtbot: QtBot,
    dialog: PdfPreviewDialog,
    two_sheets: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def choose(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(tmp_path / "sheets"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "sheets.pdf"
    assert blocker.args == [str(target)]
    assert target.read_bytes() == two_sheets
    assert asked[0].endswith("2026-11-21_aftercare.pdf")
    # The next save starts in the folder used last time.
    dialog.save_as()
    assert asked[1] == str(tmp_path / "2026-11-21_aftercare.pdf")


def test_saving_where_nothing_can_be_written_warns_and_keeps_the_dialog(
    qtbot: QtBot,
    dialog: PdfPreviewDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    not_a_folder = folder / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    target = not_a_folder / "sheets.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved == []
    assert len(warnings) == 1
    assert "Cannot write" in warnings[0] and "Choose another folder" in warnings[0]
    assert dialog.isVisible()
    assert not target.exists()
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]  # no half-written file


def test_cancelling_the_save_dialog_does_nothing(
    dialog: PdfPreviewDialog, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    assert dialog.save_as() is None
    assert saved == [] and warnings == []


def test_print_pdf_prints_every_page(two_sheets: bytes, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(two_sheets, printer) == 2
    assert _page_count((tmp_path / "printed.pdf").read_bytes()) == 2


def test_print_pdf_respects_the_page_range(two_sheets: bytes, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "second.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_pdf(two_sheets, printer) == 1
    assert _page_count((tmp_path / "second.pdf").read_bytes()) == 1


def test_print_button_prints_and_remembers_the_paper(
    qtbot: QtBot,
    dialog: PdfPreviewDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    QSettings().remove("print")
    seen: list[QPrinter] = []
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", _print_to(out, seen, QPageSize.PageSizeId.Letter))
    with qtbot.waitSignal(dialog.printed):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, as chosen
    assert QSettings().value(PAGE_SIZE_KEY) == "Letter"
    # Printing to a file names no printer; nothing is remembered for it.
    assert QSettings().value(PRINTER_NAME_KEY) is None

    # The next print job starts on the paper chosen last time.
    monkeypatch.setattr(QPrintDialog, "exec", _print_to(tmp_path / "again.pdf", seen))
    assert dialog.print_() is True
    assert seen[1].pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter


def test_first_print_uses_the_paper_of_the_pdf_and_ignores_a_missing_printer(
    qtbot: QtBot, dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings().remove("print")
    QSettings().setValue(PRINTER_NAME_KEY, "Printer that was unplugged")
    seen: list[QPrinter] = []
    monkeypatch.setattr(QPrintDialog, "exec", _print_to(tmp_path / "a4.pdf", seen))
    assert dialog.print_() is True
    assert seen[0].pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert seen[0].printerName() != "Printer that was unplugged"
    assert QSettings().value(PAGE_SIZE_KEY) == "A4"


def test_cancelled_print_emits_nothing(
    dialog: PdfPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    printed: list[bool] = []
    dialog.printed.connect(lambda: printed.append(True))
    assert dialog.print_() is False
    assert printed == []

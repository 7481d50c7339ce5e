"""Preview of a generated PDF (the real bytes, through QtPdf), with printing and saving."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSettings,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QPageSize,
    QPainter,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.filenames import safe_file_name
from mesodesk.services.errors import ServiceError
from mesodesk.services.files import write_file
from mesodesk.ui.ops import log_failure, report_failure
from mesodesk.ui.theme import HINT_STYLE

PRINTER_NAME_KEY = "print/printerName"
PAGE_SIZE_KEY = "print/pageSize"
SAVE_FOLDER_KEY = "print/saveFolder"

MAX_RENDER_DPI = 300
"""Pages are rasterised at the printer's resolution, but at most this: a "high resolution"
printer reports 600-1200 dpi, and an A4 page at 1200 dpi is a 550 MB image. 300 dpi keeps
small print sharp on paper at a twentieth of the memory."""

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0


class PrintError(Exception):
    """The PDF could not be sent to the printer; the message says why."""


def load_pdf(document: QPdfDocument, pdf: bytes) -> QBuffer:
    """Load ``pdf`` into ``document``; keep the returned buffer alive as long as the document."""
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """Zero-based pages the print dialog asked for (its page range is one-based)."""
    ranges = printer.pageRanges()
    if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
        return list(range(count))
    return [page for page in range(count) if ranges.contains(page + 1)]


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the pages of a loaded ``document`` onto ``printer``; returns the pages printed.

    Each page is scaled to fit the printer's page rectangle (in device pixels) with its
    aspect ratio kept, centred, and rasterised at the printer's resolution (capped at
    ``MAX_RENDER_DPI``).
    """
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintError(
            QCoreApplication.translate("PdfPreviewDialog", "The document is not ready to print.")
        )
    pages = _pages_to_print(printer, document.pageCount())
    if not pages:
        raise PrintError(
            QCoreApplication.translate(
                "PdfPreviewDialog", "The chosen page range contains no page."
            )
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate(
                "PdfPreviewDialog",
                "The printer could not be started. Check that it is switched on.",
            )
        )
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        raster = min(1.0, MAX_RENDER_DPI / max(printer.resolution(), 1))
        for position, page in enumerate(pages):
            if position and not printer.newPage():
                raise PrintError(
                    QCoreApplication.translate(
                        "PdfPreviewDialog", "The printer refused a new page."
                    )
                )
            size: QSizeF = document.pagePointSize(page)
            if size.isEmpty():
                continue
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            target.moveCenter(QRectF(0, 0, area.width(), area.height()).center())
            image = document.render(
                page,
                QSize(
                    max(1, round(target.width() * raster)), max(1, round(target.height() * raster))
                ),
            )
            # QtPdf leaves the paper transparent; paint it white so every device agrees.
            painter.fillRect(target, QColor("white"))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print the PDF ``pdf`` on ``printer`` (already set up); returns the pages printed."""
    document = QPdfDocument()
    buffer = load_pdf(document, pdf)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise PrintError(
                QCoreApplication.translate("PdfPreviewDialog", "The PDF could not be read.")
            )
        return print_document(document, printer)
    finally:
        document.close()
        buffer.close()


def restore_printer_settings(printer: QPrinter, fallback_size: QSizeF | None = None) -> None:
    """Choose the printer and paper used last time; else paper matching ``fallback_size``."""
    settings = QSettings()
    name = str(settings.value(PRINTER_NAME_KEY, "") or "")
    # Naming a printer that is gone would leave an invalid printer behind.
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    remembered = str(settings.value(PAGE_SIZE_KEY, "") or "")
    size_id = getattr(QPageSize.PageSizeId, remembered, None) if remembered else None
    if size_id is None and fallback_size is not None and not fallback_size.isEmpty():
        size_id = QPageSize.id(fallback_size.toSize(), QPageSize.SizeMatchPolicy.FuzzyMatch)
    if size_id is not None and size_id != QPageSize.PageSizeId.Custom:
        printer.setPageSize(QPageSize(size_id))


def remember_printer_settings(printer: QPrinter) -> None:
    settings = QSettings()
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        settings.setValue(PRINTER_NAME_KEY, printer.printerName())
    size_id = printer.pageLayout().pageSize().id()
    if size_id != QPageSize.PageSizeId.Custom:
        settings.setValue(PAGE_SIZE_KEY, size_id.name)


class PdfPreviewDialog(QDialog):
    """Shows a PDF as it will print; Print… and Save as PDF… report success by signal.

    The caller records what happened by connecting ``printed`` (emitted after the pages went
    to the printer) and ``saved`` (emitted with the path after the file was written), then
    calls ``exec()`` or ``open()``. Failures are explained here and emit nothing.
    """

    printed = Signal()
    saved = Signal(str)

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        warnings: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.pdf = bytes(pdf)
        self.title = title
        # Offered by both the save and the print dialog (printing to a file): it must be a
        # name every system accepts; a title such as "Aftercare sheet: Zoë" is not.
        self.suggested_name = safe_file_name(suggested_name)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.resize(self._initial_size())

        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._on_status)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setStyleSheet("QPdfView { background: palette(mid); }")
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageCount")
        self.zoom_out_button = QPushButton(self.tr("−"), self)
        self.zoom_out_button.setObjectName("zoomOut")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = QPushButton(self.tr("+"), self)
        self.zoom_in_button.setObjectName("zoomIn")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.fit_button = QPushButton(self.tr("Fit &width"), self)
        self.fit_button.setObjectName("fitWidth")
        self.fit_button.clicked.connect(self.fit_width)

        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printPdf")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setObjectName("closePreview")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        tools = QHBoxLayout()
        tools.setSpacing(6)
        tools.addWidget(self.page_label)
        tools.addStretch(1)
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        # What is missing before this goes to the patient (e.g. the clinic's phone number):
        # said before the Print button is pressed, not after.
        self.warnings_label = QLabel("\n".join(warnings), self)
        self.warnings_label.setObjectName("printWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet(HINT_STYLE)
        self.warnings_label.setVisible(bool(warnings))
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence.StandardKey.Print, self.print_),
            (QKeySequence.StandardKey.Save, self.save_as),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        self.buffer = load_pdf(self.document, self.pdf)
        self._on_status(self.document.status())

    def _initial_size(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(760, 900)
        space = screen.availableGeometry()
        return QSize(min(820, space.width() - 80), min(1000, space.height() - 80))

    # --- state ----------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @Slot(QPdfDocument.Status)
    def _on_status(self, status: QPdfDocument.Status) -> None:
        ready = status == QPdfDocument.Status.Ready
        for widget in (
            self.print_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
        ):
            widget.setEnabled(ready)
        self._update_page_label()
        self._update_zoom_label()
        if status == QPdfDocument.Status.Error:
            self.page_label.setText(self.tr("This PDF could not be shown; you can still save it."))

    @Slot()
    def _update_page_label(self) -> None:
        count = self.page_count
        if count <= 0:
            self.page_label.setText("")
        elif count == 1:
            self.page_label.setText(self.tr("1 page"))
        else:
            current = self.view.pageNavigator().currentPage() + 1
            self.page_label.setText(
                self.tr("Page {current} of {count}").format(current=current, count=count)
            )

    def _fit_factor(self) -> float:
        """The zoom that fit-to-width shows (QPdfView keeps reporting 1.0 in that mode)."""
        if self.page_count <= 0:
            return 1.0
        width = self.document.pagePointSize(0).width() * self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        return max(MIN_ZOOM, available / width) if width > 0 else 1.0

    def zoom_factor(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        return self._fit_factor()

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)} %")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_zoom_label()  # fit-to-width zooms with the window

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, factor)))
        self._update_zoom_label()

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(self.zoom_factor() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(self.zoom_factor() / ZOOM_STEP)

    @Slot()
    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_label()

    # --- output ---------------------------------------------------------------------------

    @Slot()
    def print_(self) -> bool:
        """Ask for a printer, print every page (or the chosen range); emits ``printed``."""
        if self.document.status() != QPdfDocument.Status.Ready:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.suggested_name).stem)
        # The PDF carries its own margins: print it at its true size on the whole sheet.
        printer.setFullPage(True)
        restore_printer_settings(printer, self.document.pagePointSize(0))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.title))
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_document(self.document, printer)
        except PrintError as error:
            log_failure(error, "pdf_preview.print")  # the printer's own words are shown
            QMessageBox.warning(self, self.tr("Not printed"), str(error))
            return False
        remember_printer_settings(printer)
        self.printed.emit()
        return True

    def _save_folder(self) -> str:
        folder = str(QSettings().value(SAVE_FOLDER_KEY, "") or "")
        if folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    @Slot()
    def save_as(self) -> str | None:
        """Ask where to save, write the bytes atomically; emits ``saved`` with the path."""
        start = str(Path(self._save_folder()) / self.suggested_name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_file(self.pdf, path)
        except (ServiceError, OSError) as error:
            report_failure(
                self,
                error,
                failure=self.tr("{0}\n\nChoose another folder and try again."),
                title=self.tr("Not saved"),
                operation="pdf_preview.save",
            )
            return None
        QSettings().setValue(SAVE_FOLDER_KEY, str(path.parent))
        self.saved.emit(str(path))
        return str(path)

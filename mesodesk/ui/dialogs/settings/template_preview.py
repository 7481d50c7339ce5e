"""The print preview beside a text being edited: a sample sheet, re-rendered after a pause."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mesodesk.domain import templates as text_domain
from mesodesk.domain.languages import split_key
from mesodesk.domain.search import format_date
from mesodesk.services import settings as settings_service
from mesodesk.services.database import Database
from mesodesk.ui.dialogs.settings.common import make_label
from mesodesk.ui.ops import failure_reason

PREVIEW_DELAY_MS = 400
"""The preview is rendered this long after the last keystroke, never on every keystroke."""

PreviewSource = Callable[[], tuple[str, str, Mapping[str, Sequence[str]]] | None]
"""What to preview: (text key, its label, the body shown), or None when no text is open."""


def consent_sample_pdf(db: Database, key: str, label: str, paragraphs: Sequence[str]) -> bytes:
    """A consent form for an invented patient, showing how an edited consent text prints."""
    from mesodesk.documents.consent import render_consent
    from mesodesk.documents.data import ConsentForm
    from mesodesk.services.aftercare import clinic_header

    key, language = split_key(key)  # "general@fr": the French text being edited
    values = settings_service.get_all(db)
    date_format = str(values["clinic.date_format"])
    today = datetime.now(settings_service.clinic_zone(db)).date()
    form = ConsentForm(
        clinic=clinic_header(db),
        patient_name="Sample Patient",
        date_of_birth=format_date(date(1985, 3, 31), date_format),
        treatment="Mesotherapy" if key == text_domain.GENERAL else f"Mesotherapy with {label}",
        session_date=format_date(today, date_format),
        paragraphs=tuple(paragraphs),
        version_label=f"Preview of the consent text “{label}” (not saved)",
        practitioner="Your practitioner",
        paper_size=str(values["clinic.paper_size"]),
        language=language,
    )
    return bytes(render_consent(form))


class TemplatePreview(QWidget):
    """A sample aftercare sheet or consent form showing the text as typed (or an old version).

    ``schedule()`` after each keystroke; the sheet is rendered once typing pauses, and only
    while the pane is visible (a hidden tab renders when it is shown).
    """

    def __init__(
        self, db: Database, kind: str, source: PreviewSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.source = source
        self.generation = 0
        """How many previews were rendered: tests wait for it to grow."""
        self._buffer: QBuffer | None = None
        self._stale = True
        self._restore_scroll: int | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName(f"{kind}PreviewTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.render_now)

        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._on_status)
        self.view = QPdfView(self)
        self.view.setObjectName(f"{kind}Preview")
        self.view.setAccessibleName(self.tr("Print preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.note = make_label("", self, note=True)
        self.note.setObjectName(f"{kind}PreviewNote")
        what = (
            self.tr("Preview: consent form for a sample patient")
            if kind == text_domain.CONSENT
            else self.tr("Preview: sheet for a sample patient")
        )
        title = make_label(what, self)
        title.setToolTip(
            self.tr("A real sheet also prints the general text and that of each area treated.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def schedule(self) -> None:
        self.timer.start()

    @Slot()
    def render_now(self) -> None:
        """Render what the source gives for a sample patient into the preview."""
        shown = self.source()
        if shown is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        key, label, body = shown
        # Rendered on the GUI thread: a one-page sheet takes 20-40 ms, and only after a pause
        # in typing, so a worker would add more machinery than it saves.
        try:
            if self.kind == text_domain.CONSENT:
                paragraphs = list(body.get("paragraphs", ()))
                data = consent_sample_pdf(self.db, key, label, paragraphs)
            else:
                from mesodesk.services.aftercare import sample_pdf

                sections = text_domain.SECTIONS[self.kind]
                data = sample_pdf(self.db, key, {s: list(body.get(s, ())) for s in sections})
        except Exception as error:  # the editor stays usable; the preview says why
            self.note.setText(
                self.tr("The preview could not be made: {reason}").format(
                    reason=failure_reason(error, "dialogs.settings.template_preview.render_now")
                )
            )
            self.note.show()
            return
        self._load_pdf(data)
        self.generation += 1

    def _load_pdf(self, data: bytes) -> None:
        self._restore_scroll = self.view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(buffer)
        # QPdfDocument reads from the device while it renders: the buffer lives until the
        # next preview replaces it.
        previous, self._buffer = self._buffer, buffer
        if previous is not None:
            previous.close()
            previous.deleteLater()
        self.note.setText(
            self.tr("Updated {time}; the preview follows your typing.").format(
                time=datetime.now().strftime("%H:%M:%S")
            )
        )

    @Slot(QPdfDocument.Status)
    def _on_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready and self._restore_scroll is not None:
            self.view.verticalScrollBar().setValue(self._restore_scroll)
            self._restore_scroll = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.timer.start()

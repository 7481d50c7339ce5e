"""Asking what a photo shows: its view, before or after, the session, and the consent given."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.photos import PhotoConsent, PhotoPhase, PhotoView
from mesodesk.services.dto import SessionSummary
from mesodesk.services.photos import PhotoDetails
from mesodesk.ui.pages.chart.photos.common import consent_label, phase_label, view_label


class PhotoDetailsDialog(QDialog):
    """One form for importing files (``count`` > 0) and for correcting one photo."""

    def __init__(
        self,
        sessions: Sequence[SessionSummary],
        session_label: Callable[[SessionSummary], str],
        *,
        count: int = 0,
        initial: PhotoDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoDetailsDialog")
        if count:
            self.setWindowTitle(self.tr("Import %n photo(s)", "", count))
        else:
            self.setWindowTitle(self.tr("Photo details"))
        initial = initial or PhotoDetails(view=PhotoView.FRONT)
        self.view = QComboBox()
        self.view.setObjectName("photoView")
        for view in PhotoView:
            self.view.addItem(view_label(view), view)
        self.view.setCurrentIndex(self.view.findData(initial.view))
        self.phase = QComboBox()
        self.phase.setObjectName("photoPhase")
        for phase in PhotoPhase:
            self.phase.addItem(phase_label(phase), phase)
        self.phase.setCurrentIndex(self.phase.findData(initial.phase))
        self.session = QComboBox()
        self.session.setObjectName("photoSession")
        self.session.addItem(self.tr("No particular session"), None)
        for summary in sessions:
            self.session.addItem(session_label(summary), summary.id)
        found = self.session.findData(initial.session_id)
        self.session.setCurrentIndex(max(found, 0))
        self.consent = QComboBox()
        self.consent.setObjectName("photoConsent")
        for consent in PhotoConsent:
            self.consent.addItem(consent_label(consent), consent)
        self.consent.setCurrentIndex(self.consent.findData(initial.consent))
        self.note = QLineEdit(initial.note)
        self.note.setObjectName("photoNote")
        self.note.setMaxLength(500)
        form = QFormLayout()
        form.addRow(self.tr("&View:"), self.view)
        form.addRow(self.tr("&Before or after:"), self.phase)
        form.addRow(self.tr("&Session:"), self.session)
        form.addRow(self.tr("&Patient agreed to:"), self.consent)
        form.addRow(self.tr("&Note:"), self.note)
        privacy = QLabel(
            self.tr(
                "mesodesk keeps a cleaned copy: the picture is turned upright and its camera "
                "data (EXIF, GPS position, maker notes) is removed."
            )
        )
        privacy.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import") if count else self.tr("Save"))
        ok.setObjectName("photoDetailsOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if count:
            layout.addWidget(privacy)
        layout.addWidget(buttons)

    def details(self) -> PhotoDetails:
        return PhotoDetails(
            view=PhotoView(self.view.currentData()),
            phase=PhotoPhase(self.phase.currentData()),
            consent=PhotoConsent(self.consent.currentData()),
            session_id=self.session.currentData(),
            note=self.note.text(),
        )

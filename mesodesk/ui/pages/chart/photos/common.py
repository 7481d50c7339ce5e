"""What the gallery's parts share: labels of views, phases and consent, and the caption."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mesodesk.domain.photos import VIEW_LABELS, PhotoConsent, PhotoPhase, PhotoView
from mesodesk.services.photos import PhotoSummary


def view_label(view: PhotoView) -> str:
    return QCoreApplication.translate("PhotoView", VIEW_LABELS[view])


def phase_label(phase: PhotoPhase) -> str:
    labels = {
        PhotoPhase.BEFORE: QCoreApplication.translate("PhotoPhase", "Before"),
        PhotoPhase.AFTER: QCoreApplication.translate("PhotoPhase", "After"),
    }
    return labels[phase]


def consent_label(consent: PhotoConsent) -> str:
    labels = {
        PhotoConsent.CLINICAL: QCoreApplication.translate("PhotoConsent", "Clinical record only"),
        PhotoConsent.MARKETING: QCoreApplication.translate(
            "PhotoConsent", "Also teaching and marketing"
        ),
    }
    return labels[consent]


def caption(photo: PhotoSummary, date_text: str) -> str:
    """Two short lines under a thumbnail: the view and phase, then the date (★ = marketing)."""
    star = " ★" if photo.consent is PhotoConsent.MARKETING else ""
    return f"{view_label(photo.view)} · {phase_label(photo.phase)}{star}\n{date_text}"

"""The core's fixed labels (statuses, techniques, sides, mark kinds, diagram names) for lupdate.

The domain names them in English and never imports Qt; the window translates them with
``QCoreApplication.translate(<context>, label)``. Each label is listed here so that lupdate
extracts it in that context; tests/ui/test_translations.py fails when one is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LABELS = (
    QT_TRANSLATE_NOOP("SessionStatus", "Planned"),
    QT_TRANSLATE_NOOP("SessionStatus", "Arrived"),
    QT_TRANSLATE_NOOP("SessionStatus", "Done"),
    QT_TRANSLATE_NOOP("SessionStatus", "Cancelled"),
    QT_TRANSLATE_NOOP("SessionStatus", "No-show"),
    QT_TRANSLATE_NOOP("Technique", "Nappage"),
    QT_TRANSLATE_NOOP("Technique", "Papule"),
    QT_TRANSLATE_NOOP("Technique", "Point by point"),
    QT_TRANSLATE_NOOP("Technique", "Linear / retrograde"),
    QT_TRANSLATE_NOOP("Side", "Right"),
    QT_TRANSLATE_NOOP("Side", "Left"),
    QT_TRANSLATE_NOOP("Side", "Midline"),
    QT_TRANSLATE_NOOP("MarkKind", "Point"),
    QT_TRANSLATE_NOOP("MarkKind", "Line"),
    QT_TRANSLATE_NOOP("MarkKind", "Grid (nappage)"),
    QT_TRANSLATE_NOOP("Diagram", "Face, front"),
    QT_TRANSLATE_NOOP("Diagram", "Face, left profile"),
    QT_TRANSLATE_NOOP("Diagram", "Face, right profile"),
    QT_TRANSLATE_NOOP("Diagram", "Neck and décolletage"),
    QT_TRANSLATE_NOOP("Diagram", "Body, front"),
    QT_TRANSLATE_NOOP("Diagram", "Body, back"),
    QT_TRANSLATE_NOOP("Diagram", "Hands (backs)"),
    QT_TRANSLATE_NOOP("Diagram", "Scalp, from above"),
    QT_TRANSLATE_NOOP("InjectionMap", "#"),
    QT_TRANSLATE_NOOP("InjectionMap", "Diagram"),
    QT_TRANSLATE_NOOP("InjectionMap", "Kind"),
    QT_TRANSLATE_NOOP("InjectionMap", "Area"),
    QT_TRANSLATE_NOOP("InjectionMap", "Side"),
    QT_TRANSLATE_NOOP("InjectionMap", "Product"),
    QT_TRANSLATE_NOOP("InjectionMap", "Lot"),
    QT_TRANSLATE_NOOP("InjectionMap", "Volume"),
    QT_TRANSLATE_NOOP("InjectionMap", "Needle"),
)


def status_text(status: str) -> str:
    """A session status ("no_show") as the window shows it, in its language."""
    from mesodesk.domain.enums import SessionStatus

    try:
        return QCoreApplication.translate("SessionStatus", SessionStatus(status).label)
    except ValueError:
        return status

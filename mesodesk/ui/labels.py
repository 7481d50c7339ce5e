"""The core's fixed labels (statuses, techniques, sides, mark kinds, diagram names) for lupdate.

The domain names them in English and never imports Qt; the window translates them with
``QCoreApplication.translate(<context>, label)``. Each label is listed here so that lupdate
extracts it in that context; tests/ui/test_translations.py fails when one is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context`` (the name lupdate looks for); returns it as is.

    Typed ``str``, unlike PySide6's own (``object``), for tables of labels.
    """
    return text


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
    QT_TRANSLATE_NOOP("PhotoView", "Front"),
    QT_TRANSLATE_NOOP("PhotoView", "45° left"),
    QT_TRANSLATE_NOOP("PhotoView", "Left profile"),
    QT_TRANSLATE_NOOP("PhotoView", "45° right"),
    QT_TRANSLATE_NOOP("PhotoView", "Right profile"),
    QT_TRANSLATE_NOOP("PhotoView", "Body, front"),
    QT_TRANSLATE_NOOP("PhotoView", "Body, back"),
    QT_TRANSLATE_NOOP("PhotoView", "Body, left side"),
    QT_TRANSLATE_NOOP("PhotoView", "Body, right side"),
    QT_TRANSLATE_NOOP("PhotoView", "Close-up"),
    QT_TRANSLATE_NOOP("ChecklistPanel", "Consultation held and expectations discussed"),
    QT_TRANSLATE_NOOP("ChecklistPanel", "Medical history reviewed today"),
    QT_TRANSLATE_NOOP("ChecklistPanel", "Blood thinners stopped as advised (or not taking any)"),
    QT_TRANSLATE_NOOP("ChecklistPanel", "No alcohol or smoking in the last few days"),
    QT_TRANSLATE_NOOP("ChecklistPanel", "No sunburn or irritation on the area"),
    QT_TRANSLATE_NOOP("ChecklistPanel", "No recent peel or laser treatment on the area"),
    QT_TRANSLATE_NOOP("ChecklistPanel", "Skin cleansed and disinfected"),
    QT_TRANSLATE_NOOP("TemplatePage", "What to expect"),
    QT_TRANSLATE_NOOP("TemplatePage", "Please do"),
    QT_TRANSLATE_NOOP("TemplatePage", "Please avoid"),
    QT_TRANSLATE_NOOP("TemplatePage", "Call the clinic about"),
    QT_TRANSLATE_NOOP("TemplatePage", "Consent text"),
    QT_TRANSLATE_NOOP("OldVersionPane", "What to expect"),
    QT_TRANSLATE_NOOP("OldVersionPane", "Please do"),
    QT_TRANSLATE_NOOP("OldVersionPane", "Please avoid"),
    QT_TRANSLATE_NOOP("OldVersionPane", "Call the clinic about"),
    QT_TRANSLATE_NOOP("OldVersionPane", "Consent text"),
    QT_TRANSLATE_NOOP("TodayTableModel", "lot numbers"),
    QT_TRANSLATE_NOOP("TodayTableModel", "consent"),
    QT_TRANSLATE_NOOP("TodayTableModel", "checklist"),
    QT_TRANSLATE_NOOP("DateFormat", "dd/mm/yyyy"),
    QT_TRANSLATE_NOOP("DateFormat", "mm/dd/yyyy"),
    QT_TRANSLATE_NOOP("DateFormat", "yyyy-mm-dd"),
    QT_TRANSLATE_NOOP("DateFormat", "dd.mm.yyyy"),
    QT_TRANSLATE_NOOP("DateFormat", "hh:mm"),
)


def status_text(status: str) -> str:
    """A session status ("no_show") as the window shows it, in its language."""
    from mesodesk.domain.enums import SessionStatus

    try:
        return QCoreApplication.translate("SessionStatus", SessionStatus(status).label)
    except ValueError:
        return status

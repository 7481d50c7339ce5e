"""The patient's aftercare sheet as a PDF: one sheet, or a batch with each sheet on new pages."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from mesodesk.documents._layout import (
    ACCENT,
    ALERT,
    ALERT_CONTACT,
    ALERT_HEAD,
    ALERT_ITEM,
    ALERT_TINT,
    CELL,
    CELL_HEAD,
    CELL_HEAD_RIGHT,
    CELL_RIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    RULE,
    TINT,
    Part,
    build_pdf,
    bullet,
    clinic_header,
    facts_table,
    frame_width,
    heading,
    markup,
    page_size,
    section,
    table_style,
    title_block,
)
from mesodesk.documents.data import AftercareSheet, TreatedLine
from mesodesk.documents.fonts import register_fonts
from mesodesk.documents.injection_map import map_flowable
from mesodesk.documents.labels import label
from mesodesk.domain.injection_map import Mark
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message

__all__ = ["render_aftercare", "render_aftercare_batch"]

TITLE = label("en", "aftercare.title")
INTRO = label("en", "aftercare.intro")

_COLUMNS: tuple[tuple[str, float], ...] = (
    ("area", 0.25),
    ("solution_type", 0.21),
    ("product", 0.25),
    ("lot_number", 0.16),
    ("volume", 0.13),
)
"""TreatedLine field (its header is the label "col.<field>") and share of the width. Columns
empty on every line are dropped (the area column always stays)."""
KEEP_WITH_TABLE: float = 25 * mm
"""Room the table's heading needs below it (its header row and a line or two) on the page."""


def render_aftercare(sheet: AftercareSheet) -> bytes:
    """One aftercare sheet as PDF bytes (A4 or Letter as the sheet says)."""
    return build_pdf(
        [_part(sheet)],
        title=label(sheet.language, "aftercare.doc", name=sheet.patient_name),
        author=sheet.clinic.name,
        subject=label(sheet.language, "aftercare.title"),
    )


def render_aftercare_batch(sheets: Sequence[AftercareSheet]) -> bytes:
    """Several sheets in one PDF; each starts on a new page and numbers its own pages."""
    if not sheets:
        raise ValueError(Message(QT_TRANSLATE_NOOP("messages", "no aftercare sheets to print")))
    if len(sheets) == 1:
        return render_aftercare(sheets[0])
    language = sheets[0].language
    return build_pdf(
        [_part(sheet) for sheet in sheets],
        title=label(language, "aftercare.batch", count=len(sheets)),
        author=sheets[0].clinic.name,
        subject=label(language, "aftercare.title"),
    )


def _part(sheet: AftercareSheet) -> Part:
    register_fonts()  # Paragraph resolves its fonts when built, before the PDF is
    width = frame_width(sheet.paper_size)
    top, treated = _top(sheet, width), _treated(sheet, width)
    box = _call_box(sheet, width)
    # What the patient must find at once, on page 1 of every sheet: when to call and the
    # numbers to call, then the next visit; the longer advice lists follow. A treated table
    # too long to leave room for the box above the foot of page 1 comes after the box.
    room = page_size(sheet.paper_size)[1] - MARGIN_TOP - MARGIN_BOTTOM
    if box is None or _height([*top, *treated, Spacer(0, 8), box], width) <= room:
        # All of it fits on page 1, so nothing measured here is split by the layout and the
        # measured flowables can be printed as they are.
        story = top + treated + _urgent(sheet, width, box)
    else:
        # Wrapping leaves state in a flowable that spoils a later split: build afresh.
        top, treated = _top(sheet, width), _treated(sheet, width)
        story = top + _urgent(sheet, width, _call_box(sheet, width)) + [Spacer(0, 4)] + treated
    advice, lang = sheet.advice, sheet.language
    story += section(label(lang, "expect"), advice.expect)
    story += section(label(lang, "do"), advice.do)
    story += section(label(lang, "avoid"), advice.avoid)
    return Part(
        story=story,
        paper=sheet.paper_size,
        footer=sheet.reference,
        running_head=label(
            lang, "aftercare.running", name=sheet.patient_name, date=sheet.session_date
        ),
        language=lang,
    )


def _top(sheet: AftercareSheet, width: float) -> list[Flowable]:
    lang = sheet.language
    return [
        *clinic_header(sheet.clinic, width, lang),
        *title_block(label(lang, "aftercare.title"), label(lang, "aftercare.intro")),
        facts_table(
            [
                [
                    (label(lang, "patient"), sheet.patient_name),
                    (label(lang, "treatment_date"), sheet.session_date),
                    (label(lang, "practitioner"), sheet.practitioner),
                ]
            ],
            [width * 0.38, width * 0.31, width * 0.31],
        ),
    ]


def _treated(sheet: AftercareSheet, width: float) -> list[Flowable]:
    if not sheet.lines:
        return []
    return [
        CondPageBreak(KEEP_WITH_TABLE),  # the heading never sits alone at a page's foot
        heading(label(sheet.language, "done_today")),
        Spacer(0, 2),
        _treated_table(sheet.lines, width, sheet.language),
        *_map(sheet, width),
    ]


def _map(sheet: AftercareSheet, width: float) -> list[Flowable]:
    """Where the injections went, small, when the clinic prints the map on the sheet."""
    if not sheet.map_marks:
        return []
    marks = [Mark(diagram, kind, points) for diagram, kind, points in sheet.map_marks]
    used = len(dict.fromkeys(m.diagram for m in marks))
    drawing = map_flowable(marks, min(width, used * 40 * mm), numbers=False)
    drawing.hAlign = "LEFT"
    return [Spacer(0, 6), KeepTogether([heading(label(sheet.language, "map.where")), drawing])]


def _urgent(sheet: AftercareSheet, width: float, call_box: Table | None) -> list[Flowable]:
    out: list[Flowable] = []
    if call_box is not None:
        out += [Spacer(0, 8), KeepTogether([call_box])]
    if sheet.next_appointments:
        plural = len(sheet.next_appointments) > 1
        title = label(sheet.language, "next_many" if plural else "next_one")
        out += section(title, sheet.next_appointments)
    return out


def _height(flowables: Sequence[Flowable], width: float) -> float:
    """How tall ``flowables`` stand one after the other in a frame ``width`` wide."""
    canv = Canvas(io.BytesIO())  # some flowables measure text through a canvas
    total = 0.0
    for item in flowables:
        total += item.wrapOn(canv, width, 10_000)[1] + item.getSpaceBefore() + item.getSpaceAfter()
    return total


def _treated_table(lines: Sequence[TreatedLine], width: float, language: str) -> Table:
    columns = [
        column
        for index, column in enumerate(_COLUMNS)
        if index == 0 or any(getattr(line, column[0]).strip() for line in lines)
    ]
    share = sum(column[1] for column in columns)
    right = {"volume"}
    header = [
        Paragraph(label(language, f"col.{field}"), CELL_HEAD_RIGHT if field in right else CELL_HEAD)
        for field, _ in columns
    ]
    rows: list[list[Flowable]] = [header]
    for line in lines:
        rows.append(
            [
                Paragraph(markup(getattr(line, field)), CELL_RIGHT if field in right else CELL)
                for field, _ in columns
            ]
        )
    table = Table(
        rows,
        colWidths=[width * part / share for _, part in columns],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def _call_box(sheet: AftercareSheet, width: float) -> Table | None:
    """The highlighted warning box: when to call, and the numbers to call."""
    items = sheet.advice.call
    phone = sheet.clinic.phone.strip()
    emergency = sheet.clinic.emergency_contact.strip()
    if not (items or phone or emergency):
        return None
    lang = sheet.language
    title = label(lang, "call_if" if items else "call_any")
    rows: list[list[Flowable]] = [[Paragraph(title, ALERT_HEAD)]]
    rows += [[bullet(item, ALERT_ITEM)] for item in items]
    contacts: list[str] = []
    if phone:
        contacts.append(f"<b>{label(lang, 'clinic_phone')}</b> " + markup(sheet.clinic.phone))
    if emergency:
        contacts.append(
            f"<b>{label(lang, 'urgent')}</b> "
            + markup(sheet.clinic.emergency_contact, multiline=True)
        )
    rows += [[Paragraph(text, ALERT_CONTACT)] for text in contacts]
    last_item = len(items)
    style = [
        ("BACKGROUND", (0, 0), (-1, -1), ALERT_TINT),
        ("BOX", (0, 0), (-1, -1), 1.2, ALERT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
    ]
    if contacts:
        style.append(("TOPPADDING", (0, last_item + 1), (-1, last_item + 1), 7))
        style.append(("BOTTOMPADDING", (0, last_item), (-1, last_item), 7))
        if items:
            style.append(("LINEABOVE", (0, last_item + 1), (-1, last_item + 1), 0.5, ALERT))
    table = Table(rows, colWidths=[width], repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table

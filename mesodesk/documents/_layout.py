"""Shared PDF machinery: safe user text, cached styles, the clinic header and the page footer."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    ImageAndFlowables,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mesodesk.documents.data import ClinicHeader
from mesodesk.documents.fonts import BOLD, FAMILY, REGULAR, register_fonts
from mesodesk.documents.labels import label
from mesodesk.documents.scripts import display_order, with_fallback
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

# --- user text -----------------------------------------------------------------------------

_DROP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""C0/C1 controls (except tab and newlines), lone surrogates and non-characters."""
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Explicit embeddings, overrides and isolates: the bidi algorithm orders each line from its
letters, and a stray override must not turn the rest of a line around."""


def clean(text: str) -> str:
    """User text with control characters removed, newlines unified and tabs as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _BIDI_CONTROLS.sub("", _DROP.sub("", text))


def markup(text: str, *, multiline: bool = False) -> str:
    """User text as literal Paragraph content: nothing in it is ever read as markup.

    Right-to-left runs are shaped and put in display order, and characters DejaVu Sans
    lacks are set in the fallback font (``documents.scripts``). With ``multiline`` each
    line of the input stays a line (``<br/>``); otherwise newlines are ordinary spaces.
    """
    text = clean(text)
    if not multiline:
        return with_fallback(display_order(text.replace("\n", " ")))
    lines = (line.strip() for line in text.split("\n"))
    return "<br/>".join(with_fallback(display_order(line)) for line in lines if line)


def plain(text: str) -> str:
    """User text for PDF metadata: one line, no controls."""
    return " ".join(clean(text).split())


# --- styles (built once) -------------------------------------------------------------------

INK = colors.HexColor("#1f2428")
MUTED = colors.HexColor("#5f6b73")
ACCENT = colors.HexColor("#1d6470")
TINT = colors.HexColor("#eef4f5")
RULE = colors.HexColor("#c5d2d5")
ALERT = colors.HexColor("#9c2f2f")
ALERT_TINT = colors.HexColor("#fbf0ee")

MARGIN_X: float = 18 * mm
MARGIN_TOP: float = 13 * mm
MARGIN_BOTTOM: float = 20 * mm
FOOTER_RULE_Y: float = 13 * mm
FOOTER_MAX_HEIGHT = 20.0
RUNNING_HEAD_HEIGHT = 9.5
LOGO_MAX_WIDTH: float = 55 * mm
LOGO_MAX_HEIGHT: float = 24 * mm
HEADER_MAX_HEIGHT: float = 60 * mm
"""Clinic details taller than this flow around the logo instead of sitting beside it."""

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "LETTER": LETTER}


def _style(name: str, parent: ParagraphStyle | None = None, **kw: Any) -> ParagraphStyle:
    if parent is not None:
        return ParagraphStyle(name, parent=parent, **kw)
    base: dict[str, Any] = {
        "fontName": FAMILY,
        "bulletFontName": FAMILY,
        "fontSize": 10,
        "leading": 13.5,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "allowWidows": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = _style("md-body")
SMALL = _style("md-small", fontSize=8.5, leading=11, textColor=MUTED)
TITLE = _style("md-title", fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT, spaceAfter=3)
INTRO = _style("md-intro", fontSize=9, leading=12, textColor=MUTED, spaceAfter=8)
HEADING = _style(
    "md-heading",
    fontName=BOLD,
    fontSize=11.5,
    leading=15,
    textColor=ACCENT,
    spaceBefore=9,
    spaceAfter=3,
)
BULLET = _style(
    "md-bullet", fontSize=9.5, leading=12.5, leftIndent=13, bulletIndent=2, spaceAfter=1.5
)
CLINIC_NAME = _style("md-clinic", fontName=BOLD, fontSize=17, leading=21, spaceAfter=2)
CLINIC_LINE = _style("md-clinic-line", fontSize=9, leading=12, textColor=MUTED)
LABEL = _style("md-label", fontSize=7.5, leading=9.5, textColor=MUTED)
VALUE = _style("md-value", fontName=BOLD, fontSize=10.5, leading=13.5)
CELL = _style("md-cell", fontSize=9, leading=11.5)
CELL_RIGHT = _style("md-cell-right", parent=CELL, alignment=TA_RIGHT)
CELL_HEAD = _style("md-cell-head", fontName=BOLD, fontSize=8, leading=10, textColor=ACCENT)
CELL_HEAD_RIGHT = _style("md-cell-head-right", parent=CELL_HEAD, alignment=TA_RIGHT)
ALERT_HEAD = _style("md-alert-head", fontName=BOLD, fontSize=11.5, leading=15, textColor=ALERT)
ALERT_ITEM = _style("md-alert-item", parent=BULLET, spaceAfter=0)
ALERT_CONTACT = _style("md-alert-contact", fontSize=10, leading=13.5)
FOOTER = _style("md-footer", fontSize=7, leading=9, textColor=MUTED)
FOOTER_FONT_SIZE = 7.5


def page_size(paper: str) -> tuple[float, float]:
    """Page size for "A4" or "Letter" (any case)."""
    try:
        return PAGE_SIZES[paper.strip().upper()]
    except KeyError:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown paper size {paper!r}: use 'A4' or 'Letter'"),
                paper=paper,
            )
        ) from None


def frame_width(paper: str) -> float:
    return page_size(paper)[0] - 2 * MARGIN_X


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cells use the embedded font (reportlab's default is Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), *commands])


# --- building blocks -----------------------------------------------------------------------


def heading(text: str) -> Paragraph:
    """A section heading from our own (trusted, plain) wording."""
    return Paragraph(escape(text), HEADING)


def bullet(text: str, style: ParagraphStyle = BULLET) -> Paragraph:
    """One list item of user text."""
    return Paragraph(markup(text), style, bulletText="•")


def section(title: str, items: Sequence[str]) -> list[Flowable]:
    """Heading and bulleted items; the heading never ends a page alone. Empty → nothing."""
    if not items:
        return []
    paragraphs = [bullet(item) for item in items]
    return [KeepTogether([heading(title), paragraphs[0]]), *paragraphs[1:]]


def logo_flowable(data: bytes | None) -> Image | None:
    """The clinic logo scaled to fit its box, or None (also when the bytes are no image)."""
    if not data:
        return None
    try:
        logo = Image(io.BytesIO(data), hAlign="RIGHT")
        px_width, px_height = float(logo.imageWidth), float(logo.imageHeight)
    except Exception:  # a sheet without its logo beats no sheet at all
        log.warning("clinic logo could not be read; printing without it", exc_info=True)
        return None
    if px_width <= 0 or px_height <= 0:
        return None
    scale = min(LOGO_MAX_WIDTH / px_width, LOGO_MAX_HEIGHT / px_height)
    logo.drawWidth, logo.drawHeight = px_width * scale, px_height * scale
    return logo


def clinic_header(clinic: ClinicHeader, width: float, language: str = "en") -> list[Flowable]:
    """Clinic name, address and phone on the left, the logo (if any) on the right, a rule."""
    text: list[Flowable] = [Paragraph(markup(clinic.name), CLINIC_NAME)]
    if clinic.address.strip():
        text.append(Paragraph(markup(clinic.address, multiline=True), CLINIC_LINE))
    if clinic.phone.strip():
        text.append(Paragraph(label(language, "phone") + " " + markup(clinic.phone), CLINIC_LINE))
    logo = logo_flowable(clinic.logo)
    block: list[Flowable] = text
    if logo is not None:
        gap = 6 * mm
        text_width = width - logo.drawWidth - gap
        text_height = sum(
            item.wrap(text_width, HEADER_MAX_HEIGHT)[1] + item.getSpaceAfter() for item in text
        )
        if text_height <= HEADER_MAX_HEIGHT:
            block = [_side_by_side(text, logo, text_width, width - text_width)]
        else:
            # A row this tall would have to split, which reportlab's tables handle badly
            # beside an image; flowing the text around the logo splits cleanly.
            block = [ImageAndFlowables(logo, text, imageLeftPadding=gap, imageBottomPadding=0)]
    return [
        *block,
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=5, spaceAfter=9),
    ]


def _side_by_side(text: list[Flowable], logo: Image, text_width: float, logo_width: float) -> Table:
    """Clinic details on the left, the logo on the right, both centred on one line."""
    table = Table([[text, logo]], colWidths=[text_width, logo_width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def title_block(title: str, intro: str = "") -> list[Flowable]:
    """The document title and an optional intro line, both our own wording."""
    out: list[Flowable] = [Paragraph(escape(title), TITLE)]
    if intro:
        out.append(Paragraph(escape(intro), INTRO))
    else:
        out.append(Spacer(0, 6))
    return out


def facts_table(rows: Sequence[Sequence[tuple[str, str]]], widths: Sequence[float]) -> Table:
    """A tinted band of label-over-value cells, one line of cells per row of ``rows``.

    Labels are our own wording, values are user text.
    """
    data: list[list[Paragraph]] = []
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]
    for facts in rows:
        top = len(data)
        data.append([Paragraph(escape(label), LABEL) for label, _ in facts])
        data.append([Paragraph(markup(value), VALUE) for _, value in facts])
        style += [
            ("TOPPADDING", (0, top), (-1, top), 7 if top == 0 else 3),
            ("BOTTOMPADDING", (0, top), (-1, top), 1),
            ("TOPPADDING", (0, top + 1), (-1, top + 1), 0),
            ("BOTTOMPADDING", (0, top + 1), (-1, top + 1), 8 if top + 2 == 2 * len(rows) else 3),
        ]
    table = Table(data, colWidths=list(widths), splitInRow=1)
    table.setStyle(table_style(style))
    return table


# --- document assembly ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Part:
    """One document inside a PDF: it starts on a new page and numbers its own pages."""

    story: list[Flowable]
    paper: str
    footer: str
    """User text for the left of the footer (reference or version label)."""
    running_head: str = ""
    """User text at the top of the part's pages after the first, so a loose page 2 still says
    whose it is."""
    language: str = "en"
    """The language of the "Page n of m" label (documents.labels)."""


class _PartStart(Flowable):  # type: ignore[misc]
    """Zero-size marker placed first in each part, so pages know which part they belong to."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Document(BaseDocTemplate):  # type: ignore[misc]
    part = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _PartStart):
            self.part = flowable.index


def _note_part(canv: Any, doc: _Document) -> None:
    canv.mesodesk_part = doc.part


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end, then adds what needs the page count of each part:
    the footer with "Page n of m" and, from page 2 on, the running head."""

    def __init__(self, *args: Any, parts: Sequence[Part], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.mesodesk_part = 0
        self._parts = parts
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["mesodesk_part"] for state in self._held)
        numbers: Counter[int] = Counter()
        for state in self._held:
            self.__dict__.update(state)
            part = self._parts[self.mesodesk_part]
            numbers[self.mesodesk_part] += 1
            number = numbers[self.mesodesk_part]
            total = totals[self.mesodesk_part]
            draw_footer(self, part.footer, number, total, part.language)
            if number > 1 and part.running_head.strip():
                draw_running_head(self, part.running_head)
            Canvas.showPage(self)
        Canvas.save(self)


def _fitted(text: str, width: float, height: float) -> KeepInFrame:
    """User text as one small paragraph, shrunk if it would not fit ``width`` × ``height``."""
    return KeepInFrame(width, height, [Paragraph(markup(text), FOOTER)])


def draw_footer(canv: Any, text: str, number: int, total: int, language: str = "en") -> None:
    """A hairline, the part's footer text (left, shrunk if huge) and "Page n of m" (right)."""
    width = canv._pagesize[0]
    left, right = MARGIN_X, width - MARGIN_X
    page = label(language, "page", number=number, total=total)
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(left, FOOTER_RULE_Y, right, FOOTER_RULE_Y)
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, FOOTER_FONT_SIZE)
    canv.drawRightString(right, FOOTER_RULE_Y - 10, page)
    if text.strip():
        room = right - left - stringWidth(page, REGULAR, FOOTER_FONT_SIZE) - 8 * mm
        box = _fitted(text, room, FOOTER_MAX_HEIGHT)
        _, height = box.wrapOn(canv, room, FOOTER_MAX_HEIGHT)
        box.drawOn(canv, left, FOOTER_RULE_Y - 3 - height)
    canv.restoreState()


def draw_running_head(canv: Any, text: str) -> None:
    """One small line above the body frame of continuation pages."""
    width, height = canv._pagesize
    room = width - 2 * MARGIN_X
    box = _fitted(text, room, RUNNING_HEAD_HEIGHT)
    box.wrapOn(canv, room, RUNNING_HEAD_HEIGHT)
    canv.saveState()
    box.drawOn(canv, MARGIN_X, height - 9 * mm)  # 4 mm clear of the body frame
    canv.restoreState()


def _template(paper: str) -> PageTemplate:
    width, height = page_size(paper)
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    return PageTemplate(
        id=paper.strip().upper(), frames=[frame], pagesize=(width, height), onPageEnd=_note_part
    )


def build_pdf(parts: Sequence[Part], *, title: str, author: str, subject: str) -> bytes:
    """Lay the parts out one after the other (each from a new page) and return the PDF."""
    if not parts:
        raise ValueError(Message(QT_TRANSLATE_NOOP("messages", "nothing to print")))
    register_fonts()
    papers = list(dict.fromkeys(part.paper.strip().upper() for part in parts))
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story += [NextPageTemplate(part.paper.strip().upper()), PageBreak()]
        story.append(_PartStart(index))
        story.extend(part.story)
    out = io.BytesIO()
    doc = _Document(
        out,
        pageTemplates=[_template(paper) for paper in papers],
        pagesize=page_size(papers[0]),
        title=plain(title),
        author=plain(author),
        subject=plain(subject),
        creator="mesodesk",
        initialFontName=REGULAR,
        initialFontSize=10,
    )
    doc.build(story, canvasmaker=partial(_FooterCanvas, parts=parts))
    return out.getvalue()

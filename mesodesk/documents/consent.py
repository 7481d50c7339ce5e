"""The consent form as a PDF: who, what, the consent text of one version, and signature lines."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from mesodesk.documents._layout import (
    BODY,
    INK,
    LABEL,
    RULE,
    SMALL,
    Part,
    build_pdf,
    clinic_header,
    facts_table,
    frame_width,
    markup,
    table_style,
    title_block,
)
from mesodesk.documents.data import ConsentForm
from mesodesk.documents.fonts import register_fonts
from mesodesk.documents.labels import label

__all__ = ["render_consent"]

TITLE = label("en", "consent.title")
INTRO = label("en", "consent.intro")

_PARAGRAPH = BODY.clone("md-consent-paragraph", spaceAfter=7, leading=14)
_SIGNED_NAME = BODY.clone("md-signed-name", fontSize=9.5, leading=12.5)


def render_consent(form: ConsentForm) -> bytes:
    """The consent form as PDF bytes (A4 or Letter as the form says)."""
    register_fonts()  # Paragraph resolves its fonts when built, before the PDF is
    width = frame_width(form.paper_size)
    lang = form.language
    story: list[Flowable] = [
        *clinic_header(form.clinic, width, lang),
        *title_block(label(lang, "consent.title"), label(lang, "consent.intro")),
        facts_table(
            [
                [
                    (label(lang, "patient"), form.patient_name),
                    (label(lang, "date_of_birth"), form.date_of_birth),
                ],
                [
                    (label(lang, "treatment"), form.treatment),
                    (label(lang, "session_date"), form.session_date),
                ],
            ],
            [width * 0.62, width * 0.38],
        ),
    ]
    if form.extra_lines:
        story += [Spacer(0, 4), _extra_box(form.extra_lines, width)]
    story.append(Spacer(0, 12))
    body = [Paragraph(markup(text, multiline=True), _PARAGRAPH) for text in form.paragraphs]
    signatures = _signatures(form, width)
    if body:
        # The last paragraph stays with the signatures: a signature never stands alone.
        story += body[:-1]
        story.append(KeepTogether([body[-1], Spacer(0, 14), *signatures]))
    else:
        story += signatures
    return build_pdf(
        [
            Part(
                story=story,
                paper=form.paper_size,
                footer=form.version_label,
                running_head=label(
                    lang, "consent.running", name=form.patient_name, dob=form.date_of_birth
                ),
                language=lang,
            )
        ],
        title=label(lang, "consent.doc", name=form.patient_name),
        author=form.clinic.name,
        subject=label(lang, "consent.title"),
    )


def _extra_box(lines: tuple[str, ...], width: float) -> Table:
    table = Table(
        [[Paragraph(markup(line, multiline=True), BODY)] for line in lines],
        colWidths=[width],
        splitInRow=1,
    )
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return table


def _signatures(form: ConsentForm, width: float) -> list[Flowable]:
    """Two columns (patient, practitioner): signature line, printed name, date line."""
    gap = 12
    column = (width - gap) / 2
    lang = form.language
    sign, name, day = (label(lang, key) for key in ("signature", "name", "date"))
    rows = [
        [
            Paragraph(f"<b>{label(lang, 'patient')}</b>", BODY),
            "",
            Paragraph(f"<b>{label(lang, 'practitioner')}</b>", BODY),
        ],
        ["", "", ""],
        [Paragraph(sign, LABEL), "", Paragraph(sign, LABEL)],
        [
            Paragraph(markup(form.patient_name), _SIGNED_NAME),
            "",
            Paragraph(markup(form.practitioner), _SIGNED_NAME),
        ],
        [Paragraph(name, LABEL), "", Paragraph(name, LABEL)],
        ["", "", ""],
        [Paragraph(day, LABEL), "", Paragraph(day, LABEL)],
    ]
    table = Table(
        rows,
        colWidths=[column, gap, column],
        rowHeights=[None, 34, None, None, None, 26, None],
        splitInRow=1,
        hAlign="LEFT",
    )
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 3), (-1, 3), 8),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
    ]
    for row in (1, 3, 5):
        for col in (0, 2):
            style.append(("LINEBELOW", (col, row), (col, row), 0.7, INK))
    table.setStyle(table_style(style))
    out: list[Flowable] = [table]
    if form.consented_at.strip():
        out += [
            Spacer(0, 10),
            Paragraph(label(lang, "consented", when=markup(form.consented_at)) + ".", SMALL),
        ]
    return out

"""The consent form PDF: content, any-script names, signature block, flow, footer."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mesodesk.documents.consent import render_consent
from mesodesk.documents.data import ConsentForm
from tests.documents.test_aftercare_pdf import (
    CLINIC,
    NAMES,
    all_text,
    assert_words_inside_margins,
    font_entries,
    ink_share,
    page_texts,
    png_bytes,
    render_png,
)

PARAGRAPHS = (
    "The practitioner has explained how the treatment is done, what it can and cannot "
    "achieve, and that more than one session may be needed.",
    "I understand that redness, swelling, small bumps and bruising are common and usually "
    "settle within days, and that infection or an allergic reaction can happen but is rare.",
    "I have told the practitioner about my health, my medicines and my allergies.",
    "I have been able to ask questions and I may withdraw my consent before treatment.",
)


def consent_form(**changes: Any) -> ConsentForm:
    form = ConsentForm(
        clinic=CLINIC,
        patient_name="Жанна Щербакова",
        date_of_birth="04/03/1985",
        treatment="Mesotherapy with hyaluronic acid: cheeks, neck",
        session_date="21/11/2026",
        paragraphs=PARAGRAPHS,
        version_label="Consent text v3 (hyaluronic acid), 12/10/2026",
        practitioner="Dr Ana Ruiz",
        extra_lines=("Recorded allergies: penicillin, nickel",),
    )
    return replace(form, **changes)


def test_consent_prints_everything_it_was_given() -> None:
    form = consent_form()
    texts = page_texts(render_consent(form))
    assert len(texts) == 1
    text = texts[0]
    for expected in (
        "Clínica Lumière",
        "Consent to treatment",
        form.patient_name,
        form.date_of_birth,
        form.treatment,
        form.session_date,
        *form.extra_lines,
        *form.paragraphs,
        form.practitioner,
        form.version_label,
        "Page 1 of 1",
    ):
        assert expected in text
    assert text.count("Signature") == 2
    assert "Consent recorded" not in text


def test_reading_order_puts_signatures_after_the_text() -> None:
    text = all_text(render_consent(consent_form()))
    order = [
        "Consent to treatment",
        "Жанна Щербакова",
        "Recorded allergies",
        PARAGRAPHS[0],
        PARAGRAPHS[-1],
        "Patient Practitioner",
        "Signature",
    ]
    positions = [text.index(item) for item in order]
    assert positions == sorted(positions)


def test_recorded_consent_is_printed_under_the_signatures() -> None:
    text = all_text(render_consent(consent_form(consented_at="21/11/2026 14:02")))
    assert "Consent recorded on 21/11/2026 14:02." in text
    assert text.index("Signature") < text.index("Consent recorded on")


def test_missing_practitioner_and_extras_still_leave_lines_to_fill_in() -> None:
    form = consent_form(practitioner="", extra_lines=(), paragraphs=())
    text = all_text(render_consent(form))
    assert text.count("Signature") == 2
    assert text.count("Date") >= 2
    assert "Recorded allergies" not in text


def test_metadata_and_fonts() -> None:
    pdf = render_consent(consent_form(patient_name="Řehoř <Šťastný>"))
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    assert info.title == "Consent – Řehoř <Šťastný>"
    assert info.author == "Clínica Lumière"
    names = {str(font["/BaseFont"]) for font in font_entries(pdf)}
    assert names and all("DejaVuSans" in name for name in names)
    assert b"Helvetica" not in pdf


@pytest.mark.parametrize("name", NAMES)
def test_any_name_prints_on_the_consent(name: str) -> None:
    form = consent_form(
        patient_name=name,
        practitioner=f"Dr {name}",
        treatment=f"Mesotherapy for {name}",
        extra_lines=(f"Allergy noted by {name}",),
        paragraphs=(f"I, {name}, agree.",),
        version_label=f"Version {name}",
        clinic=replace(CLINIC, name=f"Clinic {name}"),
    )
    text = all_text(render_consent(form))
    for expected in (
        name,
        f"Dr {name}",
        f"Mesotherapy for {name}",
        f"Allergy noted by {name}",
        f"I, {name}, agree.",
        f"Version {name}",
        f"Clinic {name}",
    ):
        assert expected in text


def test_long_consent_flows_and_keeps_the_last_paragraph_with_the_signatures() -> None:
    paragraphs = tuple(
        f"Paragraph {i:02d}: " + "the treatment and its risks were explained to me. " * 6
        for i in range(30)
    )
    form = consent_form(paragraphs=paragraphs, consented_at="21/11/2026 14:02")
    pdf = render_consent(form)
    texts = page_texts(pdf)
    assert len(texts) >= 2
    last = texts[-1]
    assert "Paragraph 29:" in last and "Signature" in last and "Consent recorded" in last
    assert all("Signature" not in text for text in texts[:-1])
    continued = f"Consent to treatment: {form.patient_name}, born {form.date_of_birth} (continued)"
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert form.version_label in text
        assert (continued in text) == (number > 1)
    joined = " ".join(texts)
    for i in range(30):
        assert joined.count(f"Paragraph {i:02d}:") == 1
    assert_words_inside_margins(pdf)


def test_multiline_paragraph_keeps_its_line_breaks() -> None:
    form = consent_form(paragraphs=("First line of the clause.\nSecond line of the clause.",))
    page = PdfReader(io.BytesIO(render_consent(form))).pages[0]
    lines = page.extract_text().splitlines()
    assert "First line of the clause." in lines
    assert "Second line of the clause." in lines


def test_letter_consent_with_logo(tmp_path: Path, qapp: Any) -> None:
    form = consent_form(paper_size="Letter", clinic=replace(CLINIC, logo=png_bytes(300, 300)))
    pdf = render_consent(form)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.width)) == 612
    assert ink_share(render_png(pdf, tmp_path)) > 0.02

"""User text is data: markup, entities, controls, huge words and odd scripts print literally."""

from __future__ import annotations

import builtins
import io
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from mesodesk.documents.aftercare import render_aftercare
from mesodesk.documents.consent import render_consent
from mesodesk.documents.data import Advice, TreatedLine
from tests.documents.test_aftercare_pdf import (
    CLINIC,
    all_text,
    assert_words_inside_margins,
    norm,
    page_texts,
    png_bytes,
    typical_sheet,
)
from tests.documents.test_consent_pdf import consent_form

MARKUP = [
    "<",
    ">",
    "&",
    "&amp;",
    "&lt;b&gt; &#169; &#x41; &nbsp; &bogus;",
    '<img src="/etc/passwd"/>',
    '<link href="javascript:alert(1)">x</link>',
    '<a href="file:///etc/passwd">x</a>',
    '<a name="top"/><link destination="top">jump</link>',
    '<font color="red" size="40">',
    '<onDraw name="x"/>',
    "<para>",
    "</para>",
    "<br/>",
    "]]>",
    "<![CDATA[x]]>",
    "<!-- note -->",
    "<b>bold?</b> <i>it</i> <u>u</u> <super>2</super>",
    "<?xml version='1.0'?>",
    "a < b && c > d; 5% \"quoted\" 'single'",
    "(unbalanced \\ parens ) /Launch /URI /JavaScript",
]
"""Printable strings: each must appear in the extracted text exactly as given."""

CONTROLS = [
    ("\x00", ""),
    ("A\x00B", "AB"),
    ("\x01\x02\x03\x1b[31mred", "[31mred"),
    ("x\x7f\x85\x9fy", "xy"),
    ("line1\nline2\r\nline3\rline4", "line1 line2 line3 line4"),
    ("\ttabbed\tvalue", "tabbed value"),
    ("lone \ud800 surrogate \udfff", "lone surrogate"),
    ("non\ufffe\uffffchar", "nonchar"),
]
"""(input, what must be printed once whitespace is normalised)."""

ASTRAL_AND_RTL = [
    ("Anna 😀 Lee", ["Anna", "Lee"]),
    ("👩🏽‍⚕️🧴💉", []),
    ("𝔘𝔫𝔦 Maths 𐌀", ["Maths"]),
    ("Dr שלום עולם Lee", ["Dr", "Lee"]),
    ("مرحبا بالعالم Ali", ["Ali"]),
    ("\u202eevil\u202c reversed", ["reversed"]),
]
"""(input, fragments that must still print intact)."""

LONG_WORDS = ["x" * 200, "W" * 200, "Ж" * 200]


def _line(**values: str) -> TreatedLine:
    base = {"area": "Neck", "solution_type": "Peptides", "product": "P", "lot_number": "L1"}
    return TreatedLine(**{**base, "volume": "1 ml", **values})


AFTERCARE_FIELDS: dict[str, Callable[[str], Any]] = {
    "clinic.name": lambda v: typical_sheet(clinic=replace(CLINIC, name=v)),
    "clinic.address": lambda v: typical_sheet(clinic=replace(CLINIC, address=v)),
    "clinic.phone": lambda v: typical_sheet(clinic=replace(CLINIC, phone=v)),
    "clinic.emergency": lambda v: typical_sheet(clinic=replace(CLINIC, emergency_contact=v)),
    "patient_name": lambda v: typical_sheet(patient_name=v),
    "session_date": lambda v: typical_sheet(session_date=v),
    "practitioner": lambda v: typical_sheet(practitioner=v),
    "line.area": lambda v: typical_sheet(lines=(_line(area=v),)),
    "line.solution_type": lambda v: typical_sheet(lines=(_line(solution_type=v),)),
    "line.product": lambda v: typical_sheet(lines=(_line(product=v),)),
    "line.lot_number": lambda v: typical_sheet(lines=(_line(lot_number=v),)),
    "line.volume": lambda v: typical_sheet(lines=(_line(volume=v),)),
    "advice.expect": lambda v: typical_sheet(advice=Advice(expect=(v,))),
    "advice.do": lambda v: typical_sheet(advice=Advice(do=(v,))),
    "advice.avoid": lambda v: typical_sheet(advice=Advice(avoid=(v,))),
    "advice.call": lambda v: typical_sheet(advice=Advice(call=(v,))),
    "next_appointment": lambda v: typical_sheet(next_appointments=(v,)),
    "reference": lambda v: typical_sheet(reference=v),
}

CONSENT_FIELDS: dict[str, Callable[[str], Any]] = {
    "clinic.name": lambda v: consent_form(clinic=replace(CLINIC, name=v)),
    "clinic.address": lambda v: consent_form(clinic=replace(CLINIC, address=v)),
    "patient_name": lambda v: consent_form(patient_name=v),
    "date_of_birth": lambda v: consent_form(date_of_birth=v),
    "treatment": lambda v: consent_form(treatment=v),
    "session_date": lambda v: consent_form(session_date=v),
    "paragraph": lambda v: consent_form(paragraphs=("First clause.", v)),
    "version_label": lambda v: consent_form(version_label=v),
    "practitioner": lambda v: consent_form(practitioner=v),
    "consented_at": lambda v: consent_form(consented_at=v),
    "extra_line": lambda v: consent_form(extra_lines=(v,)),
}

FIELDS: list[tuple[str, Callable[[str], Any], Callable[[Any], bytes]]] = [
    *((f"aftercare.{name}", make, render_aftercare) for name, make in AFTERCARE_FIELDS.items()),
    *((f"consent.{name}", make, render_consent) for name, make in CONSENT_FIELDS.items()),
]
FIELD_IDS = [name for name, _, _ in FIELDS]


# --- guards ---------------------------------------------------------------------------------


@pytest.fixture
def file_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Opening anything under /etc or a file: URL is refused and recorded while rendering."""
    import reportlab.lib.utils as rl_utils

    attempts: list[str] = []

    def suspicious(target: Any) -> bool:
        text = os.fsdecode(target) if isinstance(target, (str, bytes, os.PathLike)) else ""
        return "passwd" in text or text.startswith(("file:", "/etc/")) or "javascript" in text

    real_open, real_os_open = builtins.open, os.open
    real_open_for_read = rl_utils.open_for_read

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if suspicious(file):
            attempts.append(str(file))
            raise PermissionError(f"test forbids opening {file!r}")
        return real_open(file, *args, **kwargs)

    def guarded_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if suspicious(path):
            attempts.append(str(path))
            raise PermissionError(f"test forbids opening {path!r}")
        return real_os_open(path, *args, **kwargs)

    def guarded_open_for_read(name: Any, *args: Any, **kwargs: Any) -> Any:
        if suspicious(name):
            attempts.append(str(name))
            raise PermissionError(f"test forbids reading {name!r}")
        return real_open_for_read(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name.startswith("reportlab") and getattr(module, "open_for_read", None) is (
            real_open_for_read
        ):
            monkeypatch.setattr(module, "open_for_read", guarded_open_for_read)
    yield attempts


ACTIVE_KEYS = {"/Annots", "/A", "/AA", "/OpenAction", "/URI", "/Launch", "/JS", "/JavaScript"}
ACTIVE_NAMES = {"/Link", "/URI", "/Launch", "/JavaScript", "/GoToR", "/SubmitForm", "/Annot"}


def active_content(pdf: bytes) -> list[str]:
    """Every annotation, link or action anywhere in the PDF's object graph."""
    reader = PdfReader(io.BytesIO(pdf))
    found: list[str] = []
    seen: set[int] = set()
    stack: list[Any] = [reader.trailer]
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            found += [str(key) for key in obj if key in ACTIVE_KEYS]
            stack += list(obj.values())
        elif isinstance(obj, ArrayObject):
            stack += list(obj)
        elif isinstance(obj, NameObject) and obj in ACTIVE_NAMES:
            found.append(str(obj))
    for page in reader.pages:
        if "/Annots" in page:
            found.append("/Annots")
    if b"/Annots" in pdf:
        found.append("raw /Annots")
    return found


def no_space(text: str) -> str:
    return "".join(text.split())


def body_text(pdf: bytes) -> str:
    """The pages' text without their furniture (footer, running head, the table header
    repeated on a new page), so that a table cell split over two pages reads as one."""
    out = []
    for number, text in enumerate(page_texts(pdf), start=1):
        body = text.split(f"Page {number} of ")[0]
        if number > 1:
            body = re.sub(r"^Treated area( Solution type)?( Product)?( Lot)?( Volume)?", "", body)
        out.append(body)
    return " ".join(out)


# --- the corpus in every field --------------------------------------------------------------


@pytest.mark.parametrize(("field", "make", "render"), FIELDS, ids=FIELD_IDS)
def test_markup_prints_literally_and_does_nothing(
    field: str,
    make: Callable[[str], Any],
    render: Callable[[Any], bytes],
    file_attempts: list[str],
) -> None:
    for value in MARKUP:
        pdf = render(make(value))
        # Narrow cells may break a long token across lines, so compare without whitespace:
        # markup that was interpreted would lose characters and still fail here.
        assert no_space(value) in no_space(all_text(pdf)), (field, value)
        assert active_content(pdf) == [], (field, value)
    assert file_attempts == []


@pytest.mark.parametrize(("field", "make", "render"), FIELDS, ids=FIELD_IDS)
def test_control_characters_are_dropped_without_harm(
    field: str, make: Callable[[str], Any], render: Callable[[Any], bytes]
) -> None:
    for value, printed in CONTROLS:
        pdf = render(make(value))
        text = all_text(pdf)
        if printed:
            assert no_space(printed) in no_space(text), (field, value)
        assert "\x00" not in text and "\x1b" not in text
        assert active_content(pdf) == []


@pytest.mark.parametrize(("field", "make", "render"), FIELDS, ids=FIELD_IDS)
def test_astral_and_right_to_left_text_do_not_break_the_page(
    field: str, make: Callable[[str], Any], render: Callable[[Any], bytes]
) -> None:
    for value, fragments in ASTRAL_AND_RTL:
        text = all_text(render(make(value)))
        for fragment in fragments:
            assert fragment in text, (field, value)
        # The rest of the document is intact around it.
        assert "Page 1 of" in text
        assert "Clínica Lumière" in text or field.endswith("clinic.name")


@pytest.mark.parametrize(("field", "make", "render"), FIELDS, ids=FIELD_IDS)
def test_long_unbroken_words_wrap_inside_the_margins(
    field: str, make: Callable[[str], Any], render: Callable[[Any], bytes]
) -> None:
    for word in LONG_WORDS:
        pdf = render(make(word))
        # A cell as tall as this one may split over two pages (the warning box goes first).
        found = no_space(all_text(pdf)) + "|" + no_space(body_text(pdf))
        assert word in found, (field, word[:5])
        assert_words_inside_margins(pdf)


@pytest.mark.parametrize("with_logo", [False, True])
def test_enormous_text_everywhere_still_lays_out(with_logo: bool) -> None:
    huge = "Ω" * 3000
    words = " ".join(["lorem"] * 1500)
    clinic = replace(
        CLINIC,
        name=huge,
        address=words,
        phone=huge,
        emergency_contact=words,
        logo=png_bytes(200, 100) if with_logo else None,
    )
    sheet = typical_sheet(
        clinic=clinic,
        patient_name=huge,
        practitioner=words,
        lines=(_line(area=huge, product=words, lot_number=huge),),
        advice=Advice(do=(huge, words), call=(huge,)),
        reference=huge,
    )
    pdf = render_aftercare(sheet)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 2
    assert no_space(all_text(pdf)).count(huge) >= 5
    assert_words_inside_margins(pdf)
    form = consent_form(clinic=clinic, patient_name=huge, treatment=words, paragraphs=(huge,))
    assert huge in no_space(all_text(render_consent(form)))


def test_title_metadata_is_the_literal_name() -> None:
    for value in MARKUP:
        info = PdfReader(io.BytesIO(render_aftercare(typical_sheet(patient_name=value)))).metadata
        assert info is not None
        assert info.title == f"Aftercare – {norm(value)}"


# --- the guards themselves can fail ---------------------------------------------------------


def test_file_guard_sees_reportlab_following_raw_markup(file_attempts: list[str]) -> None:
    """Unescaped, the <img> tag makes reportlab read the file: what escaping prevents."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    with pytest.raises(Exception):  # noqa: B017 - reportlab wraps the PermissionError
        Paragraph('<img src="/etc/passwd" width="10" height="10"/>', ParagraphStyle("t")).wrap(
            100, 100
        )
    assert file_attempts


def test_active_content_check_sees_a_real_link() -> None:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.linkURL("javascript:alert(1)", (10, 10, 100, 30))
    canvas.showPage()
    canvas.save()
    assert {"/Annots", "/URI"} <= set(active_content(out.getvalue()))


# --- fuzz -----------------------------------------------------------------------------------


def _right_to_left_block(char: str) -> bool:
    code = ord(char)
    return (
        0x0590 <= code <= 0x08FF
        or 0xFB1D <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
        or unicodedata.bidirectional(char) in ("R", "AL", "AN")
    )


def _alphabet() -> tuple[list[str], list[str]]:
    """Word characters (letters, numbers, punctuation, symbols) and the spaces between words.

    Only characters both DejaVu faces draw; nothing from the right-to-left script blocks
    (printed in logical order without a bidi engine, and pypdf reorders the run around them on
    extraction, even for neutral signs such as U+0606 ARABIC-INDIC CUBE ROOT).
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from mesodesk.documents.fonts import BOLD, covered_characters

    word, space = [], []
    for char in sorted(covered_characters()):
        if ord(char) > 0xFFFF or _right_to_left_block(char):
            continue
        category = unicodedata.category(char)
        if category == "Zs" and char != "\u00a0":
            space.append(char)
        elif category[0] in "LNPS" and stringWidth(char, BOLD, 9) <= 13:
            word.append(char)
    return word, space


WORD_CHARS, SPACE_CHARS = _alphabet()
_word = st.text(alphabet=st.sampled_from(WORD_CHARS), min_size=1, max_size=8)
phrases = st.lists(st.tuples(_word, st.sampled_from(SPACE_CHARS)), min_size=1, max_size=4).map(
    lambda parts: "".join(word + space for word, space in parts).strip()
)
"""Up to four words of at most eight characters, each at most 13 pt wide at 9 pt: no word is
wider than the narrowest column (the product cell, ~113 pt), so wrapping only ever happens
between words and whitespace normalisation is exact."""


def test_fuzz_alphabet_is_broad() -> None:
    assert len(WORD_CHARS) > 3000
    for sample in "aZ9ŁżŘİğıΩжЩ€%&<>§©":
        assert sample in WORD_CHARS
    assert " " in SPACE_CHARS and "\u2003" in SPACE_CHARS


@settings(
    max_examples=int(os.environ.get("MESODESK_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(name=phrases, product=phrases, advice=phrases)
def test_fuzz_any_text_prints(name: str, product: str, advice: str) -> None:
    sheet = typical_sheet(
        patient_name=name,
        lines=(_line(product=product),),
        advice=Advice(do=(advice,)),
    )
    pdf = render_aftercare(sheet)
    text = all_text(pdf)
    for value in (name, product, advice):
        assert norm(value) in text
    assert active_content(pdf) == []

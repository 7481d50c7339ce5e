"""The aftercare sheet PDF: content, any-script names, embedded fonts, flow, batches, pixels."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mesodesk.documents.aftercare import render_aftercare, render_aftercare_batch
from mesodesk.documents.data import Advice, AftercareSheet, ClinicHeader, TreatedLine
from tests.documents.sample_sheet import CLINIC, SHEET

ROOT = Path(__file__).resolve().parents[2]
MM = 72 / 25.4

NAMES = [
    "Hélène Dupré-Gaël",
    "Łódź Żółć",
    "Řehoř Šťastný",
    "İğdır Şişli ğ ı",
    "Αλέξανδρος Παπαδόπουλος",
    "Жанна Щербакова",
    "Søren Ågård Æbelø",
    "Nguyễn Thị Ánh",
]

# --- helpers shared with the other document tests ------------------------------------------


def norm(text: str) -> str:
    """Whitespace runs (spaces, newlines) collapsed to one space; nothing else changed."""
    return " ".join(text.split())


def page_texts(pdf: bytes) -> list[str]:
    return [norm(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def png_bytes(width: int, height: int, colour: tuple[int, int, int] = (29, 100, 112)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def typical_sheet(**changes: Any) -> AftercareSheet:
    return replace(SHEET, **changes)


def long_sheet(**changes: Any) -> AftercareSheet:
    """30 treated lines and 25 items in every advice section."""
    lines = tuple(
        TreatedLine(
            f"Area {i:02d} lower left",
            "Hyaluronic acid",
            f"Product {i:02d} long trade name",
            f"LOT-{i:04d}",
            f"{i / 10:.1f} ml",
        )
        for i in range(1, 31)
    )
    advice = Advice(
        expect=tuple(
            f"Expected reaction number {i:02d} that settles by itself." for i in range(25)
        ),
        do=tuple(f"Helpful step number {i:02d} for the skin." for i in range(25)),
        avoid=tuple(f"Irritating habit number {i:02d} to skip." for i in range(25)),
        call=tuple(f"Warning sign number {i:02d}." for i in range(25)),
    )
    return typical_sheet(lines=lines, advice=advice, **changes)


def font_entries(pdf: bytes) -> list[dict[str, Any]]:
    """Every font dictionary used by any page (resolved)."""
    fonts: list[dict[str, Any]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            fonts.append(ref.get_object())
    return fonts


# --- content --------------------------------------------------------------------------------


def test_typical_sheet_prints_everything_it_was_given() -> None:
    sheet = typical_sheet()
    pdf = render_aftercare(sheet)
    assert pdf.startswith(b"%PDF-")
    texts = page_texts(pdf)
    assert len(texts) == 1
    text = texts[0]
    expected = [
        "Clínica Lumière",
        "Calle de Alcalá 123, 2º izq.",
        "28009 Madrid",
        "+34 910 555 123",
        "Aftercare after your treatment",
        sheet.patient_name,
        sheet.session_date,
        sheet.practitioner,
        "Vitamins & minerals",
        "HydraBoost 1%",
        "HB-0931",
        "2.0 ml",
        "What to expect",
        "Please do",
        "Please avoid for the next few days",
        "Call the clinic if",
        "Evenings and weekends: +34 600 555 999",
        "Your next appointment",
        *sheet.advice.expect,
        *sheet.advice.do,
        *sheet.advice.avoid,
        *sheet.advice.call,
        *sheet.next_appointments,
        sheet.reference,
        "Page 1 of 1",
    ]
    missing = [item for item in expected if item not in text]
    assert not missing


def test_sections_follow_the_reading_order() -> None:
    text = all_text(render_aftercare(typical_sheet()))
    order = [
        "Clínica Lumière",
        "Aftercare after your treatment",
        "Małgorzata Żółć",
        "What was done today",
        # When to call and the next visit come before the longer advice lists, so that
        # they are on page 1 of every sheet.
        "Call the clinic if",
        "Your next appointment",
        "What to expect",
        "Please do",
        "Please avoid for the next few days",
    ]
    positions = [text.index(item) for item in order]
    assert positions == sorted(positions)


def test_call_box_holds_the_warning_signs_and_both_numbers() -> None:
    text = all_text(render_aftercare(typical_sheet()))
    box = text[text.index("Call the clinic if") : text.index("Your next appointment")]
    assert "You get a fever, a rash or any trouble breathing." in box
    assert "+34 910 555 123" in box
    assert "Evenings and weekends: +34 600 555 999" in box


def test_empty_sections_are_left_out() -> None:
    sheet = typical_sheet(
        lines=(),
        advice=Advice(do=("Drink plenty of water.",)),
        next_appointments=(),
    )
    text = all_text(render_aftercare(sheet))
    assert "Please do" in text
    assert "Drink plenty of water." in text
    for absent in (
        "What was done today",
        "What to expect",
        "Please avoid",
        "Call the clinic if",
        "Your next appointment",
    ):
        assert absent not in text
    # No warning items, but the numbers are still there to call.
    assert "+34 600 555 999" in text


def test_no_call_box_without_items_or_numbers() -> None:
    clinic = ClinicHeader(name="Quiet Clinic")
    sheet = typical_sheet(clinic=clinic, advice=Advice(do=("Rest.",)))
    text = all_text(render_aftercare(sheet))
    assert "Call the clinic" not in text
    assert "Worried" not in text


def test_columns_empty_on_every_line_are_dropped() -> None:
    sheet = typical_sheet(lines=(TreatedLine("Scalp", "PRP"), TreatedLine("Hands", "Peptides")))
    text = all_text(render_aftercare(sheet))
    assert "Treated area Solution type" in text
    assert "Lot" not in text.split("What was done today")[1].split("What to expect")[0]
    assert "Volume" not in text


def test_several_appointments_use_the_plural_heading() -> None:
    sheet = typical_sheet(next_appointments=("Monday 7 December", "Monday 21 December"))
    text = all_text(render_aftercare(sheet))
    assert "Your next appointments" in text
    assert "Monday 7 December" in text and "Monday 21 December" in text


def test_metadata_is_plain_text() -> None:
    sheet = typical_sheet(patient_name="Ann <b>&amp;\x07 Lee")
    info = PdfReader(io.BytesIO(render_aftercare(sheet))).metadata
    assert info is not None
    assert info.title == "Aftercare – Ann <b>&amp; Lee"
    assert info.author == "Clínica Lumière"


def test_unknown_paper_size_is_refused() -> None:
    with pytest.raises(ValueError, match="paper size"):
        render_aftercare(typical_sheet(paper_size="A5"))


@pytest.mark.parametrize(
    ("paper", "size"),
    [("A4", (595.28, 841.89)), ("Letter", (612.0, 792.0)), ("letter", (612.0, 792.0))],
)
def test_paper_size(paper: str, size: tuple[float, float]) -> None:
    page = PdfReader(io.BytesIO(render_aftercare(typical_sheet(paper_size=paper)))).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size, abs=0.1)


# --- any name prints ------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_any_name_prints(name: str) -> None:
    clinic = replace(CLINIC, name=f"Klinika {name}", address=f"ul. {name} 5\n00-001 Miasto")
    sheet = typical_sheet(
        clinic=clinic,
        patient_name=name,
        practitioner=f"Dr {name}",
        lines=(TreatedLine(name, name, name, name, "1 ml"),),
        advice=Advice(do=(f"Advice for {name}.",), call=(f"Warning for {name}.",)),
        next_appointments=(f"Monday with {name}",),
        reference=f"Ref {name}",
    )
    text = all_text(render_aftercare(sheet))
    for expected in (
        name,
        f"Klinika {name}",
        f"ul. {name} 5",
        f"Dr {name}",
        f"Advice for {name}.",
        f"Warning for {name}.",
        f"Monday with {name}",
        f"Ref {name}",
    ):
        assert expected in text


def test_fonts_are_embedded_dejavu_and_never_helvetica() -> None:
    pdf = render_aftercare(typical_sheet(patient_name="Жанна Щербакова"))
    fonts = font_entries(pdf)
    assert fonts
    names = {str(font["/BaseFont"]) for font in fonts}
    assert all("DejaVuSans" in name for name in names), names
    assert any(name.endswith("DejaVuSans-Bold") for name in names)
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program itself is in the file
    assert b"Helvetica" not in pdf
    assert b"/Type1" not in pdf


def test_rendering_does_not_import_qt_and_package_import_skips_reportlab() -> None:
    code = (
        "import sys, mesodesk, mesodesk.documents, mesodesk.documents.data\n"
        "assert not any(m.startswith('reportlab') for m in sys.modules), 'reportlab early'\n"
        "from mesodesk.documents.aftercare import render_aftercare\n"
        "from mesodesk.documents.consent import render_consent\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


# --- flow over pages ------------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("with_logo", [False, True])
def test_typical_sheet_fits_one_page(paper: str, with_logo: bool) -> None:
    clinic = replace(CLINIC, logo=png_bytes(360, 200) if with_logo else None)
    pdf = render_aftercare(typical_sheet(paper_size=paper, clinic=clinic))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_long_sheet_flows_onto_more_pages_with_the_table_header_repeated() -> None:
    sheet = long_sheet()
    texts = page_texts(render_aftercare(sheet))
    assert len(texts) >= 2
    header = "Treated area Solution type Product Lot Volume"
    table_pages = [i for i, text in enumerate(texts) if "LOT-" in text]
    assert len(table_pages) >= 2, "the 30-line table should split over two pages"
    for i in table_pages:
        assert header in texts[i]
        assert texts[i].index(header) < texts[i].index("LOT-")
    everything = " ".join(texts)
    for line in sheet.lines:
        assert everything.count(line.lot_number) == 1  # no row lost or printed twice
    for item in (*sheet.advice.expect, *sheet.advice.do, *sheet.advice.avoid):
        assert everything.count(item) == 1
    for item in sheet.advice.call:
        assert everything.count(item) == 1
    total = len(texts)
    continued = f"Aftercare for {sheet.patient_name}, {sheet.session_date} (continued)"
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
        assert sheet.reference in text
        # A loose continuation page still says whose it is.
        assert (continued in text) == (number > 1)


def test_section_heading_is_never_the_last_line_of_a_page() -> None:
    texts = page_texts(render_aftercare(long_sheet()))
    headings = ("What to expect", "Please do", "Please avoid for the next few days")
    for text in texts:
        body = text.split(" Page ")[0].rstrip()  # footer text comes after the body
        body = body.replace("Session 4711, aftercare v3", "").rstrip()
        assert not body.endswith(headings)


def test_treated_table_heading_moves_with_its_table() -> None:
    """Push the table heading down the page a line at a time: it never ends a page alone."""
    header = "Treated area Solution type Product Lot Volume"
    seen_on_page_two = False
    for lines in range(36, 58):
        address = "\n".join(f"Line {i}" for i in range(lines))
        texts = page_texts(render_aftercare(typical_sheet(clinic=replace(CLINIC, address=address))))
        page = next(i for i, text in enumerate(texts) if "What was done today" in text)
        seen_on_page_two |= page == 1
        assert header in texts[page] and "Cheeks" in texts[page], lines
    assert seen_on_page_two  # the range really crossed the foot of page 1


def test_very_long_item_text_wraps_inside_the_page() -> None:
    words = " ".join(["hydration"] * 400)
    sheet = typical_sheet(advice=Advice(do=(words,)), lines=(TreatedLine(words[:900]),))
    pdf = render_aftercare(sheet)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    assert_words_inside_margins(pdf)


def assert_words_inside_margins(pdf: bytes, margin_mm: float = 18) -> None:
    """Every word's box (pdftotext -bbox) lies inside the page's side margins."""
    result = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    )
    html = result.stdout.decode()
    pages = re.findall(r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', html, re.S)
    assert pages
    for width, body in pages:
        left, right = margin_mm * MM - 0.5, float(width) - margin_mm * MM + 0.5
        for x_min, x_max in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', body
        ):
            assert left <= float(x_min) and float(x_max) <= right, (x_min, x_max)


# --- batches --------------------------------------------------------------------------------


def test_batch_starts_each_sheet_on_a_new_page_and_numbers_pages_per_sheet() -> None:
    sheets = [
        typical_sheet(patient_name="Anna Alpha", reference="ref-A"),
        long_sheet(patient_name="Boris Beta", reference="ref-B"),
        typical_sheet(patient_name="Chloé Gamma", reference="ref-C", paper_size="Letter"),
    ]
    reader = PdfReader(io.BytesIO(render_aftercare_batch(sheets)))
    texts = [norm(page.extract_text()) for page in reader.pages]
    owners = []
    for text in texts:
        refs = [ref for ref in ("ref-A", "ref-B", "ref-C") if ref in text]
        assert len(refs) == 1, text[-80:]
        owners.append(refs[0])
    assert owners == sorted(owners)  # each sheet's pages are together, in order
    counts = {ref: owners.count(ref) for ref in ("ref-A", "ref-B", "ref-C")}
    assert counts["ref-A"] == 1 and counts["ref-C"] == 1 and counts["ref-B"] >= 2
    start = 0
    for sheet in sheets:
        pages = texts[start : start + counts[sheet.reference]]
        assert sheet.patient_name in pages[0]  # the session block opens the sheet
        assert "Aftercare after your treatment" in pages[0]
        for number, text in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in text
            assert sheet.patient_name in text
        others = [s.patient_name for s in sheets if s is not sheet]
        assert not any(other in text for other in others for text in pages)
        start += len(pages)
    sizes = [round(float(page.mediabox.width)) for page in reader.pages]
    assert sizes[-1] == 612 and set(sizes[:-1]) == {595}


def test_batch_of_one_is_the_single_sheet_and_empty_batch_is_refused() -> None:
    single = page_texts(render_aftercare_batch([typical_sheet()]))
    assert single == page_texts(render_aftercare(typical_sheet()))
    with pytest.raises(ValueError):
        render_aftercare_batch([])


# --- logo -----------------------------------------------------------------------------------


def drawn_images(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) in points of every image drawn on page 1."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    content = page.get_contents()
    assert content is not None
    data = content.get_data().decode("latin-1")
    found = re.findall(r"([-\d.]+) 0 0 ([-\d.]+) [-\d.]+ [-\d.]+ cm\s*/(\S+) Do", data)
    return [(float(w), float(h)) for w, h, _ in found]


@pytest.mark.parametrize(("px_w", "px_h"), [(2000, 100), (100, 2000), (40, 40), (1200, 800)])
def test_logo_is_scaled_into_its_box(px_w: int, px_h: int) -> None:
    pdf = render_aftercare(typical_sheet(clinic=replace(CLINIC, logo=png_bytes(px_w, px_h))))
    images = drawn_images(pdf)
    assert len(images) == 1
    width, height = images[0]
    assert width <= 60 * MM + 0.01 and height <= 35 * MM + 0.01
    assert width / height == pytest.approx(px_w / px_h, rel=0.01)
    assert max(width / (60 * MM), height / (35 * MM)) > 0.6  # fills its box, not a stamp


@pytest.mark.parametrize("address_lines", [12, 60])
def test_logo_beside_long_clinic_details(address_lines: int) -> None:
    """Details up to the header limit sit beside the logo; longer ones flow around it."""
    address = "\n".join(f"Address line {i:02d}" for i in range(address_lines))
    sheet = typical_sheet(clinic=replace(CLINIC, address=address, logo=png_bytes(300, 300)))
    pdf = render_aftercare(sheet)
    text = all_text(pdf)
    for i in range(address_lines):
        assert text.count(f"Address line {i:02d}") == 1
    assert sheet.patient_name in text
    assert len(drawn_images(pdf)) == 1
    assert_words_inside_margins(pdf)


def test_unreadable_logo_prints_the_sheet_without_it(caplog: pytest.LogCaptureFixture) -> None:
    sheet = typical_sheet(clinic=replace(CLINIC, logo=b"\x89PNG but not really"))
    pdf = render_aftercare(sheet)
    assert drawn_images(pdf) == []
    assert sheet.patient_name in all_text(pdf)
    assert "logo" in caplog.text


# --- pixels ---------------------------------------------------------------------------------


def render_png(pdf: bytes, tmp_path: Path, page: int = 1) -> Path:
    if shutil.which("pdftoppm") is None:  # pragma: no cover - poppler-utils is installed in CI
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile"]
        + [str(source), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    return tmp_path / "page.png"


def ink_share(png: Path, top: float = 0.0, bottom: float = 1.0) -> float:
    """Share of clearly non-white pixels in a horizontal band of the image (every 2nd pixel)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull()
    inked = total = 0
    for y in range(int(image.height() * top), int(image.height() * bottom), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            total += 1
            if min(colour.red(), colour.green(), colour.blue()) < 200:
                inked += 1
    return inked / total


def test_rendered_page_is_not_blank(qapp: Any, tmp_path: Path) -> None:
    png = render_png(render_aftercare(typical_sheet()), tmp_path)
    assert ink_share(png) > 0.02
    assert ink_share(png, 0.0, 0.12) > 0.01  # the clinic header
    assert ink_share(png, 0.94, 1.0) > 0.0005  # the footer
    assert ink_share(png, 0.0, 0.03) == 0.0  # and nothing clipped at the top edge


def test_blank_page_check_can_fail(qapp: Any, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.showPage()
    canvas.save()
    assert ink_share(render_png(out.getvalue(), tmp_path)) == 0.0

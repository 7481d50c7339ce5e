"""Reading a rendered PDF back as the patient would: its text, whitespace folded."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """All pages' text, runs of whitespace folded to one space."""
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)

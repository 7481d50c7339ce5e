"""Offered file names are valid on Windows, macOS and Linux."""

from __future__ import annotations

import re

import pytest

from mesodesk.domain.filenames import MAX_NAME_LENGTH, safe_file_name

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Aftercare sheet: Zoë Łukasiewicz.pdf", "Aftercare sheet - Zoë Łukasiewicz.pdf"),
        ("aftercare_2026-11-21_1430_session-42.pdf", "aftercare_2026-11-21_1430_session-42.pdf"),
        ('a<b>c"d/e\\f|g?h*i.pdf', "a_b_c_d_e_f_g_h_i.pdf"),
        ("CON.pdf", "CON_.pdf"),
        ("lpt1", "lpt1_"),
        ("   .hidden. ", "hidden"),
        ("", "document"),
        (":::", "document"),
        ("report.  ", "report"),
        ("tab\there\nnewline.pdf", "tab_here_newline.pdf"),
    ],
)
def test_names(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


@pytest.mark.parametrize(
    "name", ["x" * 400 + ".pdf", "Sheet: " + "Ж" * 300, 'CON:<>|"', "\x00\x01.pdf", "a" * 121]
)
def test_always_valid(name: str) -> None:
    out = safe_file_name(name)
    assert out and not WINDOWS_FORBIDDEN.search(out)
    assert len(out) <= MAX_NAME_LENGTH
    assert not out.endswith((" ", ".")) and not out.startswith((" ", "."))
    assert out.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "LPT1", "COM1"}
    if name.endswith(".pdf"):
        assert out.endswith(".pdf")

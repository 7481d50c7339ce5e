"""CSV cells that spreadsheet programs will never run as formulas."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""Characters that make Excel, LibreOffice or Sheets read a cell as a formula (including
their full-width forms, which some spreadsheet programs also accept)."""


def safe_cell(value: object) -> str:
    """The cell text, with a leading apostrophe when it could start a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_TRIGGERS):
        return "'" + text
    return text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A whole CSV document (UTF-8 text, CRLF line ends) with every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()

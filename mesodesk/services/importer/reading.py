"""Reading a patient CSV file: its encoding, its lines and its header."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.importer.report import ALIASES, COLUMNS, REQUIRED, ImportFileError

MAX_LINE_CHARS = 1_000_000
"""A longer physical line is not a spreadsheet row; reading stops there."""
_CHUNK_BYTES = 1 << 16
_SEPARATORS = (",", ";", "\t")
_CONTROLS = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")


def detect_encoding(path: Path) -> str:
    """The file's encoding, reading it once in chunks; refuses empty and binary files."""
    with path.open("rb") as f:
        head = f.read(4)
    if not head:
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} is empty: there is no header line and no patient."
                ),
                name=path.name,
            )
        )
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8-sig", "cp1252"]
    for encoding in candidates:
        if encoding == "cp1252":
            _refuse_damaged_utf8(path)
        try:
            chars = _scan(path, encoding)
        except UnicodeDecodeError:
            continue
        if chars == 0:
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name} is empty: there is no header line and no patient."
                    ),
                    name=path.name,
                )
            )
        return encoding
    raise ImportFileError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} is not a text file in a known encoding; save it from the spreadsheet as CSV UTF-8.",
            ),
            name=path.name,
        )
    )


def _refuse_damaged_utf8(path: Path) -> None:
    """Refuse a UTF-8 file with a few invalid bytes, naming their lines.

    Such a file is not Windows-1252: read that way, every correct accented letter would
    turn into two wrong ones ("Jérôme" into "JÃ©rÃ´me"). It is UTF-8 when its valid
    multi-byte sequences are at least as many as its invalid bytes; a real Windows-1252
    file has almost none of the former.
    """
    valid, invalid, lines = _utf8_damage(path)
    if not invalid or valid < invalid:
        return
    raise ImportFileError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} is UTF-8 text but has bytes that are not valid UTF-8 on {line_list}; read as another encoding its accented letters would be garbled. Correct those lines, or save the file again as CSV UTF-8, and import it again.",
            ),
            name=path.name,
            line_list=_line_list(lines),
        )
    )


def _utf8_damage(path: Path) -> tuple[int, int, list[int]]:
    """Valid multi-byte UTF-8 characters, invalid bytes, and the first lines holding the
    latter (line 1 is the first), reading the file in bounded pieces."""
    valid = invalid = 0
    lines: list[int] = []
    line = 1
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    with path.open("rb") as f:
        while True:
            piece = f.readline(_CHUNK_BYTES)
            if b"\x00" in piece:  # binary data: not for this check to judge
                return 0, 0, []
            text = decoder.decode(piece, final=not piece or piece.endswith(b"\n"))
            bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
            valid += sum(1 for ch in text if ch > "\x7f") - bad
            if bad:
                invalid += bad
                if len(lines) < 10 and (not lines or lines[-1] != line):
                    lines.append(line)
            if not piece:
                return valid, invalid, lines
            if piece.endswith(b"\n"):
                line += 1


def _line_list(lines: list[int]) -> str:
    """ "line 4", "lines 4 and 7", "lines 2, 4 and 7" (the first ten at most)."""
    if len(lines) == 1:
        return Message(QT_TRANSLATE_NOOP("messages", "line {number}"), number=lines[0])
    shown = ", ".join(str(n) for n in lines[:-1])
    if len(lines) >= 10:
        return Message(
            QT_TRANSLATE_NOOP("messages", "lines {shown} and {last} (and maybe more)"),
            shown=shown,
            last=lines[-1],
        )
    return Message(
        QT_TRANSLATE_NOOP("messages", "lines {shown} and {last}"), shown=shown, last=lines[-1]
    )


def _scan(path: Path, encoding: str) -> int:
    """Decode the whole file (bounded memory); the number of characters it holds."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    chars = controls = 0
    with path.open("rb") as f:
        while True:
            chunk = f.read(_CHUNK_BYTES)
            text = decoder.decode(chunk, final=not chunk)
            if "\x00" in text:
                _not_text(path)
            chars += len(text)
            controls += len(_CONTROLS.findall(text))
            if controls > 16 and controls * 100 > chars:
                _not_text(path)
            if not chunk:
                return chars


def _not_text(path: Path) -> NoReturn:
    raise ImportFileError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} does not look like a spreadsheet saved as text (CSV); it holds binary data.",
            ),
            name=path.name,
        )
    )


def read_lines(stream: io.TextIOBase, name: str) -> Iterator[str]:
    """Physical lines, refusing any line too long to be a spreadsheet row."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE_CHARS)
        if not line:
            return
        number += 1
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Line {number} of {name} is longer than {limit:,} characters; this is not a patient spreadsheet.",
                    ),
                    number=number,
                    name=name,
                    limit=MAX_LINE_CHARS,
                )
            )
        yield line


def _column_name(header: str) -> str:
    key = header.strip().strip('"').strip().lower().replace(" ", "_").replace("-", "_")
    while "__" in key:
        key = key.replace("__", "_")
    return ALIASES.get(key, key)


def header_cells(line: str, separator: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=separator), [])
    except csv.Error:
        return []


def choose_separator(header_line: str) -> str:
    """The separator under which the header names the most known columns."""

    def score(separator: str) -> tuple[int, int]:
        cells = header_cells(header_line, separator)
        return sum(1 for c in cells if _column_name(c) in COLUMNS), len(cells)

    return max(_SEPARATORS, key=score)


def _expected() -> str:
    optional = [c for c in COLUMNS if c not in REQUIRED]
    return f"{', '.join(REQUIRED)} (required), {', '.join(optional)}"


def map_header(cells: list[str], name: str) -> tuple[dict[str, int], dict[str, str], list[str]]:
    """Column -> cell index, column -> header as written, and the ignored headers."""
    index: dict[str, int] = {}
    written: dict[str, str] = {}
    ignored: list[str] = []
    for i, cell in enumerate(cells):
        column = _column_name(cell)
        if column in COLUMNS:
            if column in index:
                raise ImportFileError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{name} has two columns for {column} ({first!r} and {other!r}); keep one.",
                        ),
                        name=name,
                        column=column,
                        first=written[column],
                        other=cell.strip(),
                    )
                )
            index[column] = i
            written[column] = cell.strip()
        elif cell.strip():
            ignored.append(cell.strip()[:40])
    missing = [c for c in REQUIRED if c not in index]
    if missing:
        found = ", ".join(repr(c.strip()[:30]) for c in cells[:12] if c.strip()) or Message(
            QT_TRANSLATE_NOOP("messages", "nothing")
        )
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The first line of {name} must name the columns; {columns} is missing. "
                    "Expected columns: {expected}. Found: {found}.",
                )
                if len(missing) == 1
                else QT_TRANSLATE_NOOP(
                    "messages",
                    "The first line of {name} must name the columns; {columns} are missing. "
                    "Expected columns: {expected}. Found: {found}.",
                ),
                name=name,
                columns=" and ".join(missing),
                expected=_expected(),
                found=found,
            )
        )
    return index, written, ignored


def csv_error(error: csv.Error, line: int, name: str) -> ImportFileError:
    detail = str(error)
    if "field larger than field limit" in detail:
        return ImportFileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Line {line} of {name} has a cell longer than {field_size_limit:,} characters; a quote may be missing its closing quote.",
                ),
                line=line,
                name=name,
                field_size_limit=csv.field_size_limit(),
            )
        )
    return ImportFileError(
        Message(
            QT_TRANSLATE_NOOP("messages", "Line {line} of {name} cannot be read as CSV: {detail}."),
            line=line,
            name=name,
            detail=detail,
        )
    )

"""Importing existing patients from a CSV spreadsheet, in one transaction with one audit row.

The file
--------
The first line names the columns; the order does not matter. Header names ignore case,
surrounding spaces, and spaces or hyphens in place of underscores ("Given name" is
``given_name``). Columns that are not listed here are ignored and named in the report.

====================  ========  ==========================================================
Column                Required  Content
====================  ========  ==========================================================
``given_name``        yes       Given (first) name. Also accepted: ``first_name``,
                                ``firstname``, ``forename``.
``family_name``       yes       Family name. Also accepted: ``last_name``, ``lastname``,
                                ``surname``.
``date_of_birth``     no        ``yyyy-mm-dd`` (1985-03-12) or ``dd/mm/yyyy`` (12/03/1985).
                                Also accepted: ``dob``, ``birth_date``, ``birthdate``.
``sex``               no        ``female``/``f``, ``male``/``m`` or ``other``/``o``/``x``;
                                empty if unknown. Also accepted: ``gender``.
``phone``             no        Digits, spaces and an optional leading +.
                                Also accepted: ``telephone``, ``mobile``.
``email``             no        name@example.com. Also accepted: ``e_mail``.
``address``           no        Free text; may run over several lines inside quotes.
``notes``             no        Free text; may run over several lines inside quotes.
====================  ========  ==========================================================

- Encoding: UTF-8, with or without a byte-order mark (BOM); UTF-16 with a BOM (Excel's
  "Unicode text"); a file that is not valid UTF-8 is read as Windows-1252.
- Separator: comma, semicolon (European Excel) or tab, recognised from the header line.
  Cells may be quoted ("Dupont, Marie"), and quoted cells may contain separators, doubled
  quotes and line breaks.
- Blank lines, and lines whose cells are all empty, are skipped.
- Cell text is stored exactly as written (after trimming spaces). A cell that starts with
  ``=``, ``+``, ``-`` or ``@`` is plain text to mesodesk, never a formula.

What is imported
----------------
Each row is checked with the same rules as the patient form. A row that breaks a rule is
not imported and is reported with its line number (line 1 is the header) and the reason.
A row with the same name (ignoring accents and case) and the same date of birth as an
existing patient, or as an earlier row of the file, is a duplicate: it is not imported and
is reported with the patient or line it matches. Every other row is imported, all in one
transaction with one audit entry. With ``all_or_nothing=True`` (``--all-or-nothing``)
nothing at all is imported when any row is refused.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mesodesk.domain.text import sort_key
from mesodesk.services import audit
from mesodesk.services.dto import PatientInput
from mesodesk.services.errors import ServiceError
from mesodesk.services.patients import (
    count_list_prefixes,
    list_prefix_rows,
    search_terms,
    validate,
)
from mesodesk.store.engine import Database
from mesodesk.store.models import Patient, PatientListPrefix, PatientSearchTerm

COLUMNS = (
    "given_name",
    "family_name",
    "date_of_birth",
    "sex",
    "phone",
    "email",
    "address",
    "notes",
)
REQUIRED = ("given_name", "family_name")
ALIASES = {
    "first_name": "given_name",
    "firstname": "given_name",
    "forename": "given_name",
    "givenname": "given_name",
    "last_name": "family_name",
    "lastname": "family_name",
    "surname": "family_name",
    "familyname": "family_name",
    "dob": "date_of_birth",
    "birth_date": "date_of_birth",
    "birthdate": "date_of_birth",
    "dateofbirth": "date_of_birth",
    "gender": "sex",
    "telephone": "phone",
    "mobile": "phone",
    "e_mail": "email",
}
SEX_VALUES = {
    "f": "female",
    "female": "female",
    "m": "male",
    "male": "male",
    "o": "other",
    "x": "other",
    "other": "other",
}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")

MAX_LINE_CHARS = 1_000_000
"""A longer physical line is not a spreadsheet row; reading stops there."""
MAX_PROBLEMS = 1000
"""Problems and duplicates listed in the report; the counts include the rest."""
BATCH_ROWS = 500
_CHUNK_BYTES = 1 << 16
_SEPARATORS = (",", ";", "\t")
_SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_CONTROLS = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")
_LENGTH_LIMITS = {"phone": 40, "email": 200}

Progress = Callable[[int, int], None]


class ImportFileError(ServiceError):
    """The file as a whole cannot be imported; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A refused row: its first line in the file (the header is line 1) and why."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class DuplicateRow:
    """A row that matches an existing patient or an earlier row; it was not imported."""

    line: int
    name: str
    """The name as written in the row."""
    patient_id: int | None
    """The existing patient it matches, or None when it matches an earlier row of the file."""
    patient_name: str
    """The name of that patient, or of that earlier row."""
    same_as_line: int | None = None
    """The earlier row of the file it matches."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    file_name: str
    imported: int
    problems: tuple[RowProblem, ...]
    """The first ``MAX_PROBLEMS`` refused rows; ``rejected`` counts them all."""
    duplicates: tuple[DuplicateRow, ...]
    """The first ``MAX_PROBLEMS`` duplicates; ``duplicate_count`` counts them all."""
    rejected: int
    duplicate_count: int
    rows_read: int
    all_or_nothing: bool = False
    rolled_back: bool = False
    """True when ``all_or_nothing`` was asked and a refused row stopped the whole import."""
    encoding: str = "utf-8"
    separator: str = ","
    ignored_columns: tuple[str, ...] = ()

    @property
    def separator_name(self) -> str:
        return _SEPARATOR_NAMES.get(self.separator, self.separator)

    def summary(self) -> str:
        """One line for a status bar or the command line."""
        if self.rolled_back:
            return (
                f"Nothing imported from {self.file_name}: {self.rejected} row(s) refused "
                "and all-or-nothing was asked."
            )
        text = f"Imported {self.imported} patient(s) from {self.file_name}"
        extras = []
        if self.rejected:
            extras.append(f"{self.rejected} row(s) refused")
        if self.duplicate_count:
            extras.append(f"{self.duplicate_count} duplicate(s) skipped")
        return text + (f"; {', '.join(extras)}." if extras else ".")


# --- reading the file ----------------------------------------------------------------------


def _detect_encoding(path: Path) -> str:
    """The file's encoding, reading it once in chunks; refuses empty and binary files."""
    with path.open("rb") as f:
        head = f.read(4)
    if not head:
        raise ImportFileError(f"{path.name} is empty: there is no header line and no patient.")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8-sig", "cp1252"]
    for encoding in candidates:
        try:
            chars = _scan(path, encoding)
        except UnicodeDecodeError:
            continue
        if chars == 0:
            raise ImportFileError(f"{path.name} is empty: there is no header line and no patient.")
        return encoding
    raise ImportFileError(
        f"{path.name} is not a text file in a known encoding; "
        "save it from the spreadsheet as CSV UTF-8."
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
        f"{path.name} does not look like a spreadsheet saved as text (CSV); it holds binary data."
    )


def _lines(stream: io.TextIOBase, name: str) -> Iterator[str]:
    """Physical lines, refusing any line too long to be a spreadsheet row."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE_CHARS)
        if not line:
            return
        number += 1
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            raise ImportFileError(
                f"Line {number} of {name} is longer than {MAX_LINE_CHARS:,} characters; "
                "this is not a patient spreadsheet."
            )
        yield line


def _column_name(header: str) -> str:
    key = header.strip().strip('"').strip().lower().replace(" ", "_").replace("-", "_")
    while "__" in key:
        key = key.replace("__", "_")
    return ALIASES.get(key, key)


def _header_cells(line: str, separator: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=separator), [])
    except csv.Error:
        return []


def _choose_separator(header_line: str) -> str:
    """The separator under which the header names the most known columns."""

    def score(separator: str) -> tuple[int, int]:
        cells = _header_cells(header_line, separator)
        return sum(1 for c in cells if _column_name(c) in COLUMNS), len(cells)

    return max(_SEPARATORS, key=score)


def _expected() -> str:
    optional = [c for c in COLUMNS if c not in REQUIRED]
    return f"{', '.join(REQUIRED)} (required), {', '.join(optional)}"


def _map_header(cells: list[str], name: str) -> tuple[dict[str, int], dict[str, str], list[str]]:
    """Column -> cell index, column -> header as written, and the ignored headers."""
    index: dict[str, int] = {}
    written: dict[str, str] = {}
    ignored: list[str] = []
    for i, cell in enumerate(cells):
        column = _column_name(cell)
        if column in COLUMNS:
            if column in index:
                raise ImportFileError(
                    f"{name} has two columns for {column} ({written[column]!r} and "
                    f"{cell.strip()!r}); keep one."
                )
            index[column] = i
            written[column] = cell.strip()
        elif cell.strip():
            ignored.append(cell.strip()[:40])
    missing = [c for c in REQUIRED if c not in index]
    if missing:
        found = ", ".join(repr(c.strip()[:30]) for c in cells[:12] if c.strip()) or "nothing"
        raise ImportFileError(
            f"The first line of {name} must name the columns; {' and '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} missing. Expected columns: {_expected()}. "
            f"Found: {found}."
        )
    return index, written, ignored


def _csv_error(error: csv.Error, line: int, name: str) -> ImportFileError:
    detail = str(error)
    if "field larger than field limit" in detail:
        return ImportFileError(
            f"Line {line} of {name} has a cell longer than {csv.field_size_limit():,} "
            "characters; a quote may be missing its closing quote."
        )
    return ImportFileError(f"Line {line} of {name} cannot be read as CSV: {detail}.")


# --- checking one row -------------------------------------------------------------------


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return repr(value if len(value) <= 40 else value[:39] + "…")


def _cell(value: str) -> str:
    """A cell's text, trimmed, with its line breaks written the one way the program uses."""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def _parse_date(text: str) -> date | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _row_input(
    values: dict[str, str], written: dict[str, str], today: date
) -> tuple[PatientInput | None, str]:
    """The patient a row describes, or None and the reason it is refused."""
    reasons: list[str] = []

    def label(column: str) -> str:
        return written.get(column, column)

    dob: date | None = None
    dob_text = values.get("date_of_birth", "")
    if dob_text:
        dob = _parse_date(dob_text)
        if dob is None:
            reasons.append(
                f"{label('date_of_birth')}: {_shown(dob_text)} is not a date; "
                "write it as 1985-03-12 or 12/03/1985."
            )
    sex: str | None = None
    sex_text = values.get("sex", "")
    if sex_text:
        sex = SEX_VALUES.get(sex_text.lower())
        if sex is None:
            reasons.append(f"{label('sex')}: {_shown(sex_text)} is not female, male or other.")
    for column in ("given_name", "family_name"):
        if "\n" in values.get(column, "") or "\r" in values.get(column, ""):
            reasons.append(f"{label(column)}: the name runs over several lines.")
    for column, limit in _LENGTH_LIMITS.items():
        if len(values.get(column, "")) > limit:
            reasons.append(f"{label(column)}: longer than {limit} characters.")
    data = PatientInput(
        given_name=values.get("given_name", ""),
        family_name=values.get("family_name", ""),
        date_of_birth=dob,
        sex=sex,
        phone=values.get("phone", ""),
        email=values.get("email", ""),
        address=values.get("address", ""),
        notes=values.get("notes", ""),
    )
    for column, message in validate(data, today).items():
        if not any(r.startswith(label(column) + ":") for r in reasons):
            reasons.append(f"{label(column)}: {message}")
    if reasons:
        return None, " ".join(reasons)
    return data, ""


# --- writing ---------------------------------------------------------------------------------


class _Rollback(Exception):
    """Leaves the import transaction without committing (all-or-nothing)."""


def _existing_duplicate(s: Session, key: str, dob: date | None) -> tuple[int, str] | None:
    row = s.execute(
        select(Patient.id, Patient.given_name, Patient.family_name)
        .where(Patient.sort_key == key, Patient.date_of_birth == dob)
        .order_by(Patient.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    return row[0], f"{row[1]} {row[2]}".strip()


def _insert_batch(s: Session, batch: list[PatientInput]) -> list[int]:
    now = audit.utcnow()
    rows: list[dict[str, Any]] = [
        {
            "given_name": p.given_name,
            "family_name": p.family_name,
            "date_of_birth": p.date_of_birth,
            "sex": p.sex,
            "phone": p.phone,
            "email": p.email,
            "address": p.address,
            "notes": p.notes,
            "sort_key": sort_key(p.family_name, p.given_name),
            "created_at": now,
            "updated_at": now,
            "archived_at": None,
            "archive_reason": "",
        }
        for p in batch
    ]
    ids = [
        int(i)
        for i in s.scalars(
            insert(Patient).returning(Patient.id, sort_by_parameter_order=True), rows
        )
    ]
    terms: list[dict[str, Any]] = []
    prefixes: list[dict[str, Any]] = []
    for patient_id, row, p in zip(ids, rows, batch, strict=True):
        found = list(dict.fromkeys(search_terms(p.given_name, p.family_name, p.phone)))
        terms += [{"term": term, "patient_id": patient_id} for term in found]
        prefixes += list_prefix_rows(patient_id, row["sort_key"], found)
    if terms:
        s.execute(insert(PatientSearchTerm), terms)
    if prefixes:
        s.execute(insert(PatientListPrefix), prefixes)
        count_list_prefixes(s, Counter(row["prefix"] for row in prefixes))
    return ids


def import_patients(
    db: Database,
    path: str | Path,
    *,
    actor: str,
    all_or_nothing: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import the patients of a CSV file (see the module documentation for its columns).

    Raises ImportFileError, with a one-line message, when the file as a whole cannot be
    read: missing, empty, binary, wrong headers, or broken CSV. ``progress(done, total)``
    is called with bytes read while the file is imported.
    """
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise ImportFileError(f"{path} is a folder, not a CSV file.")
        total = path.stat().st_size
        encoding = _detect_encoding(path)
        raw = path.open("rb")
    except OSError as error:
        raise ImportFileError(f"Cannot read {name}: {error.strerror or error}.") from error
    today = today or date.today()
    with raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        lines = _lines(text, name)
        header_line = ""
        line_number = 0
        for candidate in lines:
            line_number += 1
            if candidate.strip():
                header_line = candidate
                break
        if not header_line:
            raise ImportFileError(f"{name} holds only blank lines: there is no header line.")
        separator = _choose_separator(header_line)
        index, written, ignored = _map_header(_header_cells(header_line, separator), name)
        width = len(_header_cells(header_line, separator))

        reader = csv.reader(lines, delimiter=separator)
        problems: list[RowProblem] = []
        duplicates: list[DuplicateRow] = []
        rejected = duplicate_count = rows_read = imported = 0
        seen: dict[tuple[str, date | None], tuple[int, str]] = {}
        pending: list[PatientInput] = []

        def flush(s: Session) -> None:
            nonlocal imported
            if pending:
                imported += len(_insert_batch(s, pending))
                pending.clear()

        def refuse(line: int, reason: str) -> None:
            nonlocal rejected
            rejected += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append(RowProblem(line, reason))

        try:
            with db.begin() as s:
                while True:
                    start = line_number + reader.line_num + 1
                    try:
                        cells = next(reader)
                    except StopIteration:
                        break
                    except csv.Error as error:
                        raise _csv_error(error, start, name) from error
                    if not any(c.strip() for c in cells):
                        continue
                    rows_read += 1
                    if any(c.strip() for c in cells[width:]):
                        refuse(
                            start,
                            f"the row has {len(cells)} cells but the header names {width}; "
                            "a separator or quote may be out of place.",
                        )
                        continue
                    values = {
                        column: _cell(cells[i]) if i < len(cells) else ""
                        for column, i in index.items()
                    }
                    data, reason = _row_input(values, written, today)
                    if data is None:
                        refuse(start, reason)
                        continue
                    key = (sort_key(data.family_name, data.given_name), data.date_of_birth)
                    shown = f"{data.given_name} {data.family_name}"
                    earlier = seen.get(key)
                    match = None if earlier else _existing_duplicate(s, key[0], key[1])
                    if earlier is not None or match is not None:
                        duplicate_count += 1
                        if len(duplicates) < MAX_PROBLEMS:
                            if earlier is not None:
                                duplicates.append(
                                    DuplicateRow(start, shown, None, earlier[1], earlier[0])
                                )
                            elif match is not None:
                                duplicates.append(DuplicateRow(start, shown, match[0], match[1]))
                        continue
                    seen[key] = (start, shown)
                    if not (all_or_nothing and rejected):
                        pending.append(data)
                        if len(pending) >= BATCH_ROWS:
                            flush(s)
                    if progress is not None and rows_read % BATCH_ROWS == 0:
                        progress(min(raw.tell(), total), total)
                if all_or_nothing and rejected:
                    raise _Rollback
                flush(s)
                if imported:
                    audit.record(
                        s,
                        actor=actor,
                        action="import",
                        entity="patient",
                        entity_id=None,
                        after={
                            "file": name,
                            "imported": imported,
                            "rejected": rejected,
                            "duplicates": duplicate_count,
                        },
                    )
        except _Rollback:
            imported = 0
        except UnicodeDecodeError as error:  # the scan passed, so the file changed meanwhile
            raise ImportFileError(f"{name} changed while it was being imported.") from error
    if progress is not None:
        progress(total, total)
    return ImportReport(
        file_name=name,
        imported=imported,
        problems=tuple(problems),
        duplicates=tuple(duplicates),
        rejected=rejected,
        duplicate_count=duplicate_count,
        rows_read=rows_read,
        all_or_nothing=all_or_nothing,
        rolled_back=all_or_nothing and rejected > 0,
        encoding=encoding,
        separator=separator,
        ignored_columns=tuple(ignored),
    )

"""The import itself: read the file, check each row, write the good ones.

The rows are committed in parts of about a fifth of a second each (``services.batches``),
each part with its own audit row, so that desks saving meanwhile wait a moment, not the
length of the import. ``all_or_nothing`` keeps one transaction instead: nothing is written
unless every row is good, and the write lock is held for the whole import (the README and
the import dialog say so).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.text import sort_key
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.batches import TimedBatches
from mesodesk.services.dto import PatientInput
from mesodesk.services.importer.reading import (
    choose_separator,
    csv_error,
    detect_encoding,
    header_cells,
    map_header,
    read_lines,
)
from mesodesk.services.importer.report import (
    MAX_PROBLEMS,
    DuplicateRow,
    ImportFileError,
    ImportReport,
    Progress,
    RowProblem,
)
from mesodesk.services.importer.rows import cell_text, existing_duplicate, insert_batch, row_input
from mesodesk.store.engine import Database

BATCH_ROWS = 500
BATCH_SECONDS = 0.2
"""How long one committed part of an import may write (see ``services.batches``)."""


class _Rollback(Exception):
    """Leaves the import transaction without committing (all-or-nothing)."""


def import_patients(
    db: Database,
    path: str | Path,
    *,
    actor: User,
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
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{path} is a folder, not a CSV file."), path=path
                )
            )
        total = path.stat().st_size
        encoding = detect_encoding(path)
        raw = path.open("rb")
    except OSError as error:
        raise ImportFileError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Cannot read {name}: {reason}."),
                name=name,
                reason=error.strerror or error,
            )
        ) from error
    today = today or date.today()
    with raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as text:
        lines = read_lines(text, name)
        header_line = ""
        line_number = 0
        for candidate in lines:
            line_number += 1
            if candidate.strip():
                header_line = candidate
                break
        if not header_line:
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{name} holds only blank lines: there is no header line."
                    ),
                    name=name,
                )
            )
        separator = choose_separator(header_line)
        index, written, ignored = map_header(header_cells(header_line, separator), name)
        width = len(header_cells(header_line, separator))

        reader = csv.reader(lines, delimiter=separator)
        problems: list[RowProblem] = []
        duplicates: list[DuplicateRow] = []
        rejected = duplicate_count = rows_read = imported = 0
        seen: dict[tuple[str, date | None], tuple[int, str]] = {}
        pending: list[PatientInput] = []
        part_imported = parts = 0

        def flush(s: Session) -> None:
            nonlocal imported, part_imported
            if pending:
                ids = insert_batch(s, pending)
                audit.record_many(
                    s,
                    actor=actor,
                    action="create",
                    entity="patient",
                    items=[(patient_id, None, {"imported_from": name}) for patient_id in ids],
                )
                imported += len(ids)
                part_imported += len(ids)
                pending.clear()

        def end_part(s: Session) -> None:
            """Write the part's rows and its audit row, in the part's transaction."""
            nonlocal part_imported, parts
            if all_or_nothing and rejected:
                raise _Rollback
            require(s, actor, Permission.EDIT_CONTACT)  # each part: deactivated meanwhile?
            flush(s)
            if part_imported:
                parts += 1
                # Rejected and duplicate rows so far; "part" numbers the committed parts.
                after = {
                    "file": name,
                    "imported": part_imported,
                    "rejected": rejected,
                    "duplicates": duplicate_count,
                    "part": parts,
                }
                audit.record(
                    s,
                    actor=actor,
                    action="import",
                    entity="patient",
                    entity_id=None,
                    after=after,
                )
            part_imported = 0

        def refuse(line: int, reason: str) -> None:
            nonlocal rejected
            rejected += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append(RowProblem(line, reason))

        job = TimedBatches(
            db, budget=None if all_or_nothing else BATCH_SECONDS, before_commit=end_part
        )
        try:
            with job:
                require(job.session, actor, Permission.EDIT_CONTACT)
                while True:
                    if job.due():
                        job.commit()
                    s = job.session
                    start = line_number + reader.line_num + 1
                    try:
                        cells = next(reader)
                    except StopIteration:
                        break
                    except csv.Error as error:
                        raise csv_error(error, start, name) from error
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
                        column: cell_text(cells[i]) if i < len(cells) else ""
                        for column, i in index.items()
                    }
                    data, reason = row_input(values, written, today)
                    if data is None:
                        refuse(start, reason)
                        continue
                    key = (sort_key(data.family_name, data.given_name), data.date_of_birth)
                    shown = f"{data.given_name} {data.family_name}"
                    earlier = seen.get(key)
                    match = None if earlier else existing_duplicate(s, key[0], key[1])
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
        except _Rollback:
            imported = 0
        except UnicodeDecodeError as error:  # the scan passed, so the file changed meanwhile
            raise ImportFileError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{name} changed while it was being imported."),
                    name=name,
                )
            ) from error
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

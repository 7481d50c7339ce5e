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
  "Unicode text"); a file with no valid UTF-8 accented letters is read as Windows-1252, and
  a UTF-8 file with a few invalid bytes is refused, naming their lines.
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

from mesodesk.services.importer.reading import MAX_LINE_CHARS
from mesodesk.services.importer.report import (
    ALIASES,
    COLUMNS,
    MAX_PROBLEMS,
    REQUIRED,
    DuplicateRow,
    ImportFileError,
    ImportReport,
    Progress,
    RowProblem,
)
from mesodesk.services.importer.rows import SEX_VALUES
from mesodesk.services.importer.run import BATCH_ROWS, import_patients

__all__ = [
    "ALIASES",
    "BATCH_ROWS",
    "COLUMNS",
    "MAX_LINE_CHARS",
    "MAX_PROBLEMS",
    "REQUIRED",
    "SEX_VALUES",
    "DuplicateRow",
    "ImportFileError",
    "ImportReport",
    "Progress",
    "RowProblem",
    "import_patients",
]

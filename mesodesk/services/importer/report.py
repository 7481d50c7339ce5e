"""What an import reads and reports: the known columns, refused rows, duplicates, the summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mesodesk.services.errors import ServiceError

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
MAX_PROBLEMS = 1000
"""Problems and duplicates listed in the report; the counts include the rest."""
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}
SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}

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
    def encoding_name(self) -> str:
        """The encoding as people know it: UTF-8, UTF-16 or Windows-1252."""
        return ENCODING_NAMES.get(self.encoding, self.encoding)

    @property
    def separator_name(self) -> str:
        return SEPARATOR_NAMES.get(self.separator, self.separator)

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

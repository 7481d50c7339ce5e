"""What every page and dialog of the desk needs: the database and who is working."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mesodesk.domain.accounts import User
from mesodesk.domain.search import format_date
from mesodesk.services.database import Database
from mesodesk.services.errors import ServiceError


class NoPractitionerChosen(ServiceError):
    """A change was tried while nobody is signed in at this desk."""


def no_practitioner_message() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "MainWindow",
        "Nobody is signed in at this desk, so nothing was read or changed. Sign in, "
        "then try again.",
    )


@dataclass
class DeskContext:
    """Shared by the pages of one window; ``actor`` (the signed-in ``user``) is passed to
    every service call, which checks its permissions and writes it into the audit.

    ``practitioner_id`` / ``practitioner_name`` are who new sessions are booked with by
    default (the signed-in practitioner, or the one the desk chose).
    """

    db: Database
    practitioner_id: int | None = None
    practitioner_name: str = ""
    date_format: str = "dd/mm/yyyy"
    user: User | None = None

    @property
    def actor(self) -> User:
        if self.user is None:
            raise NoPractitionerChosen(no_practitioner_message())
        return self.user

    @property
    def signed_in(self) -> bool:
        return self.user is not None

    def format_date(self, value: object) -> str:
        # datetime is imported above, not here: a function-level import costs ~20 µs a call
        # under PySide's import hook, and a chart formats hundreds of dates.
        if isinstance(value, datetime):
            return f"{format_date(value.date(), self.date_format)} {value:%H:%M}"
        if isinstance(value, date):
            return format_date(value, self.date_format)
        return ""

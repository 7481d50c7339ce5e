"""What every page and dialog of the desk needs: the database and who is working."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mesodesk.domain.search import format_date
from mesodesk.services.database import Database


@dataclass
class DeskContext:
    """Shared by the pages of one window; ``actor`` is written into every audit row."""

    db: Database
    practitioner_id: int | None = None
    practitioner_name: str = ""
    date_format: str = "dd/mm/yyyy"

    @property
    def actor(self) -> str:
        return self.practitioner_name or "desk"

    def format_date(self, value: object) -> str:
        # datetime is imported above, not here: a function-level import costs ~20 µs a call
        # under PySide's import hook, and a chart formats hundreds of dates.
        if isinstance(value, datetime):
            return f"{format_date(value.date(), self.date_format)} {value:%H:%M}"
        if isinstance(value, date):
            return format_date(value, self.date_format)
        return ""

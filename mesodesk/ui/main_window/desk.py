"""Who works at this desk: the window's context refuses changes while nobody is signed in."""

from __future__ import annotations

from dataclasses import dataclass

from mesodesk.domain.accounts import User
from mesodesk.ui.context import DeskContext, NoPractitionerChosen, no_practitioner_message
from mesodesk.ui.main_window.read_only import DatabaseReadOnly, refusal

__all__ = ["NoPractitionerChosen", "WindowContext", "no_practitioner_message"]


@dataclass
class WindowContext(DeskContext):
    """The window's ``DeskContext``: while nobody is signed in, asking for the ``actor`` of a
    change raises ``NoPractitionerChosen``; on a read-only file, ``DatabaseReadOnly``. Every
    page's failure path shows either as a message, and nothing is written.
    """

    file_read_only: str = ""
    """Why the database file is open read-only ("" when it is writable): no change is tried."""

    @property
    def actor(self) -> User:
        if self.file_read_only:
            raise DatabaseReadOnly(refusal(self.file_read_only))
        return super().actor

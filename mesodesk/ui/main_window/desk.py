"""Who works at this desk: the window's context refuses changes while nobody is chosen."""

from __future__ import annotations

from dataclasses import dataclass

from mesodesk.domain.accounts import User
from mesodesk.ui.context import DeskContext, NoPractitionerChosen, no_practitioner_message

__all__ = ["NoPractitionerChosen", "WindowContext", "no_practitioner_message"]


@dataclass
class WindowContext(DeskContext):
    """The window's ``DeskContext``: once locked, no change is signed as "desk".

    ``locked`` is set when the practitioner dialog is cancelled; until someone is chosen,
    asking for the ``actor`` of a change raises ``NoPractitionerChosen``, which every
    page's failure path shows as a message, and nothing is written.
    """

    locked: bool = False

    @property
    def actor(self) -> User:
        if self.locked and not self.practitioner_name:
            raise NoPractitionerChosen(no_practitioner_message())
        return super().actor

    @property
    def read_only(self) -> bool:
        return self.locked and not self.practitioner_name

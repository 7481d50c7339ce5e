"""Errors that services raise for the user to read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Localize, Message, Translate, render


class ServiceError(Exception):
    """A refused action, with a message for the user."""


class NotFound(ServiceError):
    pass


@dataclass
class ValidationFailed(ServiceError):
    """Input was refused; ``errors`` maps a field name to its message."""

    errors: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.summary())

    def summary(self, translate: Translate | None = None, localize: Localize | None = None) -> str:
        """Every field's message on one line (English unless ``translate`` is given)."""
        parts = (f"{k}: {render(v, translate, localize)}" for k, v in self.errors.items())
        return "; ".join(parts) or render(
            Message(QT_TRANSLATE_NOOP("messages", "invalid input")), translate, localize
        )


class OutputError(ServiceError):
    """A file could not be written (read-only folder, full disk, missing folder ...)."""


def output_error(error: OSError, path: object) -> OutputError:
    reason = error.strerror or type(error).__name__
    return OutputError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "Cannot write {path}: {reason}. Nothing was saved there."
            ),
            path=path,
            reason=reason,
        )
    )


class PermissionDenied(ServiceError):
    """The signed-in user's role does not allow this; nothing was read or changed."""


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field where the stored record (theirs) and the editor's values (yours) differ."""

    field: str
    theirs: object
    yours: object


class EditConflict(ServiceError):
    """Another desk saved this record after the editor loaded it; nothing was written.

    ``differences`` lists, field by field, the stored value (theirs) beside the editor's
    (yours); ``version`` is the stored version, for a save that keeps the editor's values;
    ``saved_by`` and ``saved_at`` say who saved theirs and when (the audit's account name).
    """

    def __init__(
        self,
        entity: str,
        entity_id: int | str | None,
        version: int,
        differences: tuple[FieldDifference, ...] = (),
        message: str = "",
        saved_by: str = "",
        saved_at: datetime | None = None,
    ) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.version = version
        self.differences = differences
        self.saved_by = saved_by
        """The account name the audit records for the newer save ("" when unknown)."""
        self.saved_at = saved_at
        """When it was saved (naive UTC), from the same audit row."""
        who = saved_by or "Someone at another desk"
        super().__init__(
            message
            or f"{who} saved this record after you opened it. "
            "Nothing of yours was saved yet: compare the changes, then choose what to keep."
        )


class OtherDatabase(ServiceError):
    """The backup is a copy of another database (another clinic's, or one recreated at the
    same path); restoring it over this one is refused unless forced."""

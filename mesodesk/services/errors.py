"""Errors that services raise for the user to read."""

from __future__ import annotations

from dataclasses import dataclass, field

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

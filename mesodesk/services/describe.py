"""The one line a person reads for any error: used by the window and the command line alike."""

from __future__ import annotations

from mesodesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    Localize,
    Message,
    Translate,
    message_of,
)


def describe(
    error: BaseException, translate: Translate | None = None, localize: Localize | None = None
) -> str:
    """One line for any error, preferring the storage and service messages.

    English by default; ``translate`` (key -> translated template) and ``localize`` (value, spec
    -> text) render the error's :class:`~mesodesk.domain.messages.Message` in the user's language.
    """
    from mesodesk.services.errors import ValidationFailed

    if isinstance(error, ValidationFailed):  # field by field
        return " ".join(error.summary(translate, localize).split())
    return " ".join(message(error).render(translate, localize).split())


def message(error: BaseException) -> Message:
    """The Message a person should read for ``error`` (see :func:`describe`)."""
    from mesodesk.services.errors import ServiceError
    from mesodesk.store.errors import StorageError, translate

    if isinstance(error, StorageError | ServiceError):
        return message_of(error)
    storage_error = translate(error)
    if storage_error is not None:
        return message_of(storage_error)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return Message(
                QT_TRANSLATE_NOOP("messages", "{reason} ({path})"),
                reason=reason,
                path=error.filename,
            )
        return Message("{reason}", reason=reason)
    return Message(
        QT_TRANSLATE_NOOP("messages", "unexpected {kind}: {error}"),
        kind=type(error).__name__,
        error=str(error),
    )


def says_nothing_changed(error: BaseException) -> bool:
    """Whether ``error``'s own message already says that nothing was saved or changed (the
    storage and permission messages do), so that a caller does not say it twice. Decided on
    the English message, whatever language it is shown in."""
    return "nothing was" in str(message(error)).casefold()

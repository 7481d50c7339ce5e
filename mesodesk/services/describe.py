"""The one line a person reads for any error: used by the window and the command line alike."""

from __future__ import annotations


def describe(error: BaseException) -> str:
    """One line for any error, preferring the storage and service messages."""
    from mesodesk.services.errors import ServiceError
    from mesodesk.store.errors import StorageError, translate

    if isinstance(error, StorageError | ServiceError):
        return " ".join(str(error).split())
    storage_error = translate(error)
    if storage_error is not None:
        return " ".join(str(storage_error).split())
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}"
    return f"unexpected {type(error).__name__}: {error}".replace("\n", " ")

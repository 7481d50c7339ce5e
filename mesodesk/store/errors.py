"""Storage errors with a message a person can act on, and the translation from driver errors."""

from __future__ import annotations

import sqlite3

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message


class StorageError(Exception):
    """A problem with the database that the user must be told about in one line."""

    def __init__(self, message: str = "") -> None:
        # A Message keeps its key and arguments for translation; its English is one line.
        super().__init__(
            message if isinstance(message, Message) else " ".join(str(message).split())
        )

    def __str__(self) -> str:
        return " ".join(super().__str__().split())


class DatabaseMissing(StorageError):
    pass


class NotADatabase(StorageError):
    pass


class NewerSchema(StorageError):
    pass


class DatabaseLocked(StorageError):
    pass


class DiskFull(StorageError):
    pass


class DatabaseUnreadable(StorageError):
    pass


class DamagedDatabase(NotADatabase):
    """The file is a mesodesk database whose pages are damaged: it is not written to."""


class ReadOnlyDatabase(StorageError):
    """The file, or the folder holding it, may not be written: open it read-only to look."""


class IntegrityProblem(StorageError):
    pass


def translate(error: BaseException, where: str = "the database") -> StorageError | None:
    """Map a driver error to a StorageError, or None when it is not a storage problem."""
    if isinstance(error, StorageError):
        return error
    if where == "the database":  # marked by Database.begin() with the file it concerns
        marked = getattr(error, "mesodesk_database", None)
        where = (
            str(marked)
            if marked is not None
            else Message(QT_TRANSLATE_NOOP("messages", "the database"))
        )
    from sqlalchemy import exc as sa_exc  # here, so that the window's lock check stays light

    orig = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        text = str(orig).lower()
        if code == sqlite3.SQLITE_FULL or "full" in text:
            return DiskFull(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The disk holding {where} is full; nothing was saved. Free some space and try again.",
                    ),
                    where=where,
                )
            )
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
            return DatabaseLocked(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{where} is locked by another program; nothing was saved. Try again in a moment.",
                    ),
                    where=where,
                )
            )
        if code == sqlite3.SQLITE_NOTADB or "not a database" in text:
            return NotADatabase(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{where} is not a mesodesk database (not an SQLite file)."
                    ),
                    where=where,
                )
            )
        if code == sqlite3.SQLITE_READONLY or "readonly" in text:
            return ReadOnlyDatabase(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{where} is read-only (the file or its folder may not be written); nothing was saved.",
                    ),
                    where=where,
                )
            )
        if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM) or ("unable to open" in text):
            return DatabaseUnreadable(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{where} cannot be opened for reading and writing."
                    ),
                    where=where,
                )
            )
        if code == sqlite3.SQLITE_CORRUPT or "malformed" in text:
            return DamagedDatabase(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{where} is damaged (SQLite reports it as malformed)."
                    ),
                    where=where,
                )
            )
        if code == sqlite3.SQLITE_IOERR or "disk i/o" in text:
            return DatabaseUnreadable(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The disk holding {where} reported an input/output error."
                    ),
                    where=where,
                )
            )
    if orig is not None and type(orig).__module__.startswith("psycopg"):
        server = _server_error(orig, where)
        if server is not None:
            return server
    if isinstance(error, sa_exc.IntegrityError):
        return IntegrityProblem(
            Message(
                QT_TRANSLATE_NOOP("messages", "The change was refused by {where}: {orig}"),
                where=where,
                orig=orig,
            )
        )
    if isinstance(error, sa_exc.OperationalError):
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{where} reported a problem: {orig}"),
                where=where,
                orig=orig,
            )
        )
    return None


def _server_error(orig: BaseException, where: str) -> StorageError | None:
    """A PostgreSQL (psycopg) error that is about the server rather than the change."""
    state = getattr(orig, "sqlstate", None)
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if state is None and type(orig).__name__ == "OperationalError":
        return DatabaseUnreadable(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The database server cannot be reached ({first}); check the address, the network and that the server is running.",
                ),
                first=first,
            )
        )
    if state == "53100":
        return DiskFull(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The server's disk holding {where} is full; nothing was saved."
                ),
                where=where,
            )
        )
    if state in ("28000", "28P01"):
        return DatabaseUnreadable(
            Message(
                QT_TRANSLATE_NOOP("messages", "The database server refused the login: {first}"),
                first=first,
            )
        )
    return None

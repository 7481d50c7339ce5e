"""What every command shares: the one-line error, the database options, opening the database."""

from __future__ import annotations

import argparse
import calendar
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from mesodesk.services.errors import ServiceError

if TYPE_CHECKING:
    from mesodesk.store.engine import Database
    from mesodesk.store.locks import FileLock

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

Handler = Callable[[argparse.Namespace], int]


class CliError(ServiceError):
    """Ends the command with one line on stderr and exit status 1."""


def add_db_options(
    parser: argparse.ArgumentParser, *, url: bool = False, required: bool = False
) -> None:
    """``--db PATH`` (and, where the command supports a server, ``--database-url URL``)."""
    if not url:
        parser.add_argument("--db", metavar="PATH", required=required, help="SQLite database file")
        return
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument("--db", metavar="PATH", help="SQLite database file")
    group.add_argument(
        "--database-url", metavar="URL", help="SQLAlchemy URL, e.g. postgresql://host/clinic"
    )


def status(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def database_url(args: argparse.Namespace) -> str:
    """The SQLAlchemy URL named by ``--db PATH`` or ``--database-url URL``."""
    from mesodesk.store.engine import url_for_path

    url: str | None = getattr(args, "database_url", None)
    if url:
        return url
    if not args.db:
        raise CliError("name the database with --db PATH or --database-url URL")
    return url_for_path(args.db)


def database_label(args: argparse.Namespace) -> str:
    """How messages name the database: the file, or the server URL without its password."""
    url: str | None = getattr(args, "database_url", None)
    if url:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    return str(args.db)


def open_from_args(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The migrated database the command names (``create`` only for commands that may).

    An SQLite file is held with a writer's shared lock until the command ends, so that a
    restore cannot replace it under the command (see store.locks).
    """
    from mesodesk.services.database import open_database

    url = database_url(args)
    hold_writer_lock(url)
    return open_database(url, create=create)


def open_existing(path: str) -> Database:
    from mesodesk.services.database import open_database
    from mesodesk.store.engine import url_for_path

    url = url_for_path(path)
    hold_writer_lock(url)
    return open_database(url, create=False)


HELD: list[FileLock] = []
"""The locks the running command holds; ``main`` lets go of them when the command ends."""


def hold_writer_lock(url: str) -> None:
    """Take the shared writer lock on the SQLite file ``url`` names (nothing for a server)."""
    from mesodesk.store.engine import sqlite_path
    from mesodesk.store.locks import writer_lock

    path = sqlite_path(url)
    if path is None or not path.parent.is_dir():
        return  # opening reports the missing folder
    HELD.append(writer_lock(path))


def release_locks() -> None:
    while HELD:
        HELD.pop().release()


def iso_day(option: str, text: str) -> date:
    """A YYYY-MM-DD option value; a well-formed date that does not exist is named as such."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if match is None:
        raise CliError(f"{option} must look like 2026-11-21, not {text!r}")
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        raise CliError(f"{option} {text}: there is no month {month}; months run from 01 to 12")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise CliError(
            f"{option} {text}: that date does not exist "
            f"({calendar.month_name[month]} {year} has {last} days)"
        )
    return date(year, month, day)

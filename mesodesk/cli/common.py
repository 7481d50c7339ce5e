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
    from mesodesk.domain.accounts import User
    from mesodesk.store.engine import Database

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
    """The migrated database the command names (``create`` only for commands that may)."""
    from mesodesk.services.database import open_database

    return open_database(database_url(args), create=create)


def open_existing(path: str) -> Database:
    from mesodesk.services.database import open_database
    from mesodesk.store.engine import url_for_path

    return open_database(url_for_path(path), create=False)


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


def add_user_options(parser: argparse.ArgumentParser) -> None:
    """``--user NAME`` and ``--password-stdin``: who runs a command that reads or changes
    patient data (the password is asked on the terminal, never given as an option)."""
    parser.add_argument(
        "--user", metavar="NAME", help="sign in as this account (the password is asked for)"
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (scheduled jobs)",
    )


class PasswordReader:
    """Reads passwords from the terminal (getpass, never echoed) or, with
    ``--password-stdin``, one line of standard input each."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise CliError(
                    "--password-stdin: standard input ended before the password; give each "
                    "password on its own line"
                )
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise CliError(
                "no terminal to ask for the password on; pipe it in with --password-stdin"
            )
        import getpass

        return getpass.getpass(prompt)


def password_reader(args: argparse.Namespace) -> PasswordReader:
    return PasswordReader(bool(getattr(args, "password_stdin", False)))


def sign_in(db: Database, args: argparse.Namespace) -> User:
    """The account named by ``--user``, signed in with its password (audited as a login).

    Refused with one line when ``--user`` is missing, the database has no account yet, or
    the login fails.
    """
    from mesodesk.services import accounts

    if not accounts.has_accounts(db):
        raise CliError(
            "this database has no accounts yet; create the first admin with "
            "`mesodesk user add --role admin --name NAME LOGIN`, then sign in with --user"
        )
    login = getattr(args, "user", None)
    if not login:
        raise CliError(
            "sign in with --user NAME (the password is asked for, or read with --password-stdin)"
        )
    password = password_reader(args).read(f"Password for {login}: ")
    return accounts.login(db, login, password)

"""The clinic server: ``move-to-server`` copies a clinic from its SQLite file to PostgreSQL."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.cli.common import Handler, add_user_options, database_label, sign_in

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers
    from mesodesk.domain.accounts import User
    from mesodesk.services.transfer import Progress, TransferReport


def register(sub: Subparsers) -> dict[str, Handler]:
    move = sub.add_parser(
        "move-to-server",
        help="copy a clinic from its SQLite file into an empty PostgreSQL database, verified",
        description="Copies every table in batches, then compares row counts and a checksum "
        "per table and checks the audit. The file is only read and is kept.",
    )
    move.add_argument("--db", metavar="FILE", required=True, help="the clinic's SQLite file")
    move.add_argument(
        "--database-url",
        metavar="URL",
        required=True,
        help="the empty server database, e.g. postgresql://mesodesk@server/clinic",
    )
    add_user_options(move)
    return {"move-to-server": cmd_move_to_server}


def progress_printer() -> Progress:
    """Prints ``table: rows`` on one line of stderr as a copy goes."""

    def show(table: str, rows: int) -> None:
        print(f"\r{table}: {rows} row(s)\033[K", end="", file=sys.stderr, flush=True)

    return show


def print_report(report: TransferReport, where: str) -> None:
    print(file=sys.stderr)
    for table in report.tables:
        if table.rows:
            print(f"  {table.table}: {table.rows} row(s), sha256 {table.checksum[:16]}")
    print(
        f"Copied {report.rows} row(s) in {len(report.tables)} tables to {where}; "
        f"every table's count and checksum match, and the {report.audit_events} audit "
        "event(s) are unchanged, in order, and append-only."
    )


def cmd_move_to_server(args: argparse.Namespace) -> int:
    from mesodesk.services.transfer import move_to_server

    where = database_label(args)
    actor = sign_in_to_file(args)
    report = move_to_server(
        Path(args.db), args.database_url, actor=actor, progress=progress_printer()
    )
    print_report(report, where)
    print(f"{args.db} is unchanged; point every desk at the server with --database-url.")
    return 0


def sign_in_to_file(args: argparse.Namespace) -> User | None:
    """The admin moving the clinic, signed in against the file opened read-only (nothing is
    written there); None for a file from before accounts, or one without any yet."""
    from sqlalchemy import inspect

    from mesodesk.services.accounts import has_accounts
    from mesodesk.store.backup import check_sqlite_file
    from mesodesk.store.engine import Database

    path = Path(args.db)
    check_sqlite_file(path)
    db = Database.open_read_only(path)
    try:
        with db.engine.connect() as conn:
            accounts = inspect(conn).has_table("account")
        if args.user or (accounts and has_accounts(db)):
            return sign_in(db, args)
        return None
    finally:
        db.dispose()

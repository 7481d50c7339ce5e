"""Commands that look after the database: ``check``, ``backup`` and ``restore``, on an SQLite
file (``--db``) or a server (``--database-url``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.cli.common import Handler, add_db_options, database_label, database_url

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers


def register(sub: Subparsers) -> dict[str, Handler]:
    check = sub.add_parser("check", help="check integrity, foreign keys, schema and audit")
    add_db_options(check, url=True, required=True)

    backup = sub.add_parser(
        "backup",
        help="copy the database safely, even while it is in use (a server's clinic is "
        "written as a verified SQLite file)",
    )
    add_db_options(backup, url=True, required=True)
    backup.add_argument("--out", metavar="FILE", required=True)
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")

    restore = sub.add_parser(
        "restore",
        help="replace the database with a checked backup (on a server: into an empty database)",
    )
    add_db_options(restore, url=True, required=True)
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)
    return {"check": cmd_check, "backup": cmd_backup, "restore": cmd_restore}


def cmd_check(args: argparse.Namespace) -> int:
    import sys

    from mesodesk.services.health import check_database
    from mesodesk.store.backup import check_sqlite_file
    from mesodesk.store.engine import Database

    if args.db:
        check_sqlite_file(Path(args.db))
    where = database_label(args)
    db = Database.connect(database_url(args))
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    if problems:
        print(f"{where}: {len(problems)} problem(s) found", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"{where}: OK (integrity, foreign keys, schema at head, audit append-only)")
    _report_incomplete(database_url(args))
    return 0


def _report_incomplete(url: str) -> None:
    """Done sessions whose clinical record is incomplete: reported, not an error."""
    from mesodesk.services.safety import incomplete_done_sessions
    from mesodesk.store.engine import Database

    db = Database.connect(url)
    try:
        report = incomplete_done_sessions(db, examples=10)
    finally:
        db.dispose()
    if not report.sessions:
        print("Records: every done session has its lot numbers, consent and checklist.")
        return
    counts = ", ".join(f"{n} without {what}" for what, n in report.counts.items() if n)
    print(f"Records: {report.sessions} done session(s) are incomplete ({counts}).")
    for item in report.examples:
        print(
            f"  - session {item.session_id} of {item.starts_at:%Y-%m-%d} "
            f"({item.patient_name}): missing {', '.join(item.missing)}"
        )
    if report.sessions > len(report.examples):
        print(f"  ... and {report.sessions - len(report.examples)} more")


def cmd_backup(args: argparse.Namespace) -> int:
    from mesodesk.store.backup import online_backup

    if args.database_url:
        return _backup_server(args)
    out = online_backup(Path(args.db), Path(args.out), overwrite=args.force)
    print(f"Backup written to {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mesodesk.services.database import open_database
    from mesodesk.store.engine import url_for_path
    from mesodesk.store.restore import restore

    if args.database_url:
        return _restore_server(args)
    result = restore(Path(args.db), Path(args.source))
    open_database(url_for_path(args.db), create=False).dispose()
    if result.replaced_copy is not None:
        print(
            f"Restored {args.db} from {args.source}; the replaced file is kept at {result.replaced_copy}"
        )
    else:
        print(f"Restored {args.db} from {args.source}")
    return 0


def _backup_server(args: argparse.Namespace) -> int:
    """A server's clinic, read in one snapshot and written as a verified SQLite file."""
    from mesodesk.cli.server import print_report, progress_printer
    from mesodesk.services.database import open_database
    from mesodesk.services.transfer import export_to_file

    db = open_database(args.database_url, create=False)
    try:
        report = export_to_file(
            db, Path(args.out), overwrite=args.force, progress=progress_printer()
        )
    finally:
        db.dispose()
    print_report(report, args.out)
    print(f"Backup of {database_label(args)} written to {args.out} (an SQLite mesodesk file)")
    return 0


def _restore_server(args: argparse.Namespace) -> int:
    """A backup file copied into an empty server database (never over a clinic's data)."""
    from mesodesk.cli.server import print_report, progress_printer
    from mesodesk.services.transfer import move_to_server

    report = move_to_server(Path(args.source), args.database_url, progress=progress_printer())
    print_report(report, database_label(args))
    print(f"Restored {database_label(args)} from {args.source}")
    return 0

"""Commands that look after the database file: ``check``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.cli.common import CliError, Handler, add_db_options

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers
    from mesodesk.store.engine import Database


def register(sub: Subparsers) -> dict[str, Handler]:
    check = sub.add_parser("check", help="check integrity, foreign keys, schema and audit")
    add_db_options(check, required=True)

    backup = sub.add_parser(
        "backup", help="write a checked copy of the database, even while it is in use"
    )
    add_db_options(backup, required=True)
    where = backup.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="FILE", help="the backup file to write")
    where.add_argument(
        "--auto",
        action="store_true",
        help="into the clinic's backups folder, with its rotation and encryption (for scheduled jobs)",
    )
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.add_argument(
        "--encrypt", action="store_true", help="encrypt the copy; the passphrase is asked for"
    )
    add_passphrase_option(backup)

    restore = sub.add_parser("restore", help="replace the database with a checked backup")
    add_db_options(restore, required=True)
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)
    add_passphrase_option(restore)
    return {"check": cmd_check, "backup": cmd_backup, "restore": cmd_restore}


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the backup passphrase from the first line of standard input",
    )


def read_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    """The passphrase from standard input (--passphrase-stdin) or asked at the terminal."""
    import getpass
    import sys

    if args.passphrase_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CliError("--passphrase-stdin: standard input held no passphrase")
        return line
    if not sys.stdin.isatty():
        raise CliError("the backup is encrypted: give its passphrase with --passphrase-stdin")
    passphrase = getpass.getpass("Backup passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != passphrase:
        raise CliError("the two passphrases differ; nothing was written")
    return passphrase


def cmd_check(args: argparse.Namespace) -> int:
    import sys

    from mesodesk.services.health import check_database
    from mesodesk.store.backup import check_sqlite_file

    path = Path(args.db)
    check_sqlite_file(path)
    db = connect_for_check(path)
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    if problems:
        print(f"{path}: {len(problems)} problem(s) found", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"{path}: OK (integrity, foreign keys, schema at head, audit append-only)")
    _report_incomplete(path)
    return 0


def connect_for_check(path: Path) -> Database:
    """The database to check: as it is (no migration), read-only when it may not be written."""
    from mesodesk.store.checks import writable
    from mesodesk.store.engine import Database, url_for_path

    if writable(path) is not None:
        return Database.open_read_only(path)
    return Database.connect(url_for_path(path))


def _report_incomplete(path: Path) -> None:
    """Done sessions whose clinical record is incomplete: reported, not an error."""
    from mesodesk.services.safety import incomplete_done_sessions

    db = connect_for_check(path)
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
    from mesodesk.store.backup import take_backup_file

    passphrase = (
        read_passphrase(args, confirm=True) if args.encrypt or args.passphrase_stdin else None
    )
    if args.auto:
        return auto_backup(args, passphrase)
    written = take_backup_file(
        Path(args.db), Path(args.out), overwrite=args.force, passphrase=passphrase
    )
    print(f"Backup written to {written.path} (checked: {written.manifest.check_message})")
    return 0


def auto_backup(args: argparse.Namespace, passphrase: str | None) -> int:
    """``backup --auto``: the clinic's folder, rotation and encryption, as the window does."""
    from mesodesk.services.backups import take_backup
    from mesodesk.store.backup import check_sqlite_file
    from mesodesk.store.engine import Database

    path = Path(args.db)
    check_sqlite_file(path)
    db = Database.for_sqlite_file(path)
    try:
        info = take_backup(db, passphrase=passphrase, reason="automatic")
    finally:
        db.dispose()
    print(f"Backup written to {info.path} (checked: {info.check_message})")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mesodesk.services.backups import restore_backup
    from mesodesk.store.crypto import is_encrypted

    source = Path(args.source)
    passphrase = None
    if is_encrypted(source) or args.passphrase_stdin:
        passphrase = read_passphrase(args, confirm=False)
    result = restore_backup(Path(args.db), source, actor="restore", passphrase=passphrase)
    if result.replaced_copy is not None:
        print(
            f"Restored {args.db} from {args.source}; the replaced file is kept at {result.replaced_copy}"
        )
    else:
        print(f"Restored {args.db} from {args.source}")
    return 0

"""Commands that look after the database: ``check``, ``backup`` and ``restore``, on an SQLite
file (``--db``) or a server (``--database-url``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.cli.common import (
    CliError,
    Handler,
    add_db_options,
    add_user_options,
    database_label,
    sign_in,
)

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers
    from mesodesk.store.engine import Database


def register(sub: Subparsers) -> dict[str, Handler]:
    check = sub.add_parser("check", help="check integrity, foreign keys, schema and audit")
    add_db_options(check, url=True, required=True)

    backup = sub.add_parser(
        "backup",
        help="write a checked copy of the database, even while it is in use (a server's "
        "clinic is written as a verified SQLite file)",
    )
    add_db_options(backup, url=True, required=True)
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

    restore = sub.add_parser(
        "restore",
        help="replace the database with a checked backup (on a server: into an empty database)",
    )
    add_db_options(restore, url=True, required=True)
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)
    restore.add_argument(
        "--other-database",
        action="store_true",
        help="restore it even though it is a backup of another database (it replaces this one)",
    )
    add_passphrase_option(restore)
    add_user_options(restore)
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

    where = database_label(args)
    if args.db:
        check_sqlite_file(Path(args.db))
    db = open_for_check(args)
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    if problems:
        print(f"{where}: {len(problems)} problem(s) found", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(
        f"{where}: OK (integrity, foreign keys, schema at head and nothing added to it, "
        "audit append-only and its hash chain holds)"
    )
    _report_incomplete(args)
    return 0


def open_for_check(args: argparse.Namespace) -> Database:
    """The server the command names, or its file (see :func:`connect_for_check`)."""
    from mesodesk.store.engine import Database

    if args.database_url:
        return Database.connect(args.database_url)
    return connect_for_check(Path(args.db))


def connect_for_check(path: Path) -> Database:
    """The database to check: as it is (no migration), read-only when it may not be written
    or when it is a backup (a manifest beside it: opening it for writing would change its
    bytes, and a restore would then refuse it as altered)."""
    from mesodesk.store.checks import writable
    from mesodesk.store.engine import Database, url_for_path
    from mesodesk.store.snapshot import manifest_path

    if writable(path) is not None or manifest_path(path).exists():
        return Database.open_read_only(path)
    return Database.connect(url_for_path(path))


def _report_incomplete(args: argparse.Namespace) -> None:
    """Done sessions whose clinical record is incomplete: reported, not an error."""
    from mesodesk.services.safety import incomplete_done_sessions

    db = open_for_check(args)
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
    from mesodesk.services.database import back_up
    from mesodesk.store.snapshot import read_manifest

    passphrase = (
        read_passphrase(args, confirm=True) if args.encrypt or args.passphrase_stdin else None
    )
    if args.auto:
        return auto_backup(args, passphrase)
    db = open_backup_source(args)
    try:
        written = back_up(
            db, Path(args.out), actor="mesodesk backup", overwrite=args.force,
            passphrase=passphrase,
        )  # fmt: skip
    finally:
        db.dispose()
    manifest = read_manifest(written)
    checked = manifest.check_message if manifest is not None else "see its manifest"
    print(f"Backup written to {written} (checked: {checked})")
    return 0


def auto_backup(args: argparse.Namespace, passphrase: str | None) -> int:
    """``backup --auto``: the clinic's folder, rotation and encryption, as the window does."""
    from mesodesk.services.backups import take_backup

    db = open_backup_source(args)
    try:
        info = take_backup(db, passphrase=passphrase, reason="automatic")
    finally:
        db.dispose()
    print(f"Backup written to {info.path} (checked: {info.check_message})")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mesodesk.domain.accounts import Permission, User
    from mesodesk.services.access import require_now
    from mesodesk.services.accounts import has_accounts
    from mesodesk.services.backups import check_same_database, restore_backup
    from mesodesk.services.database import backup_problems, open_database
    from mesodesk.services.errors import OtherDatabase
    from mesodesk.store.crypto import is_encrypted
    from mesodesk.store.engine import url_for_path
    from mesodesk.store.errors import StorageError

    source = Path(args.source)
    passphrase = None
    if is_encrypted(source) or args.passphrase_stdin:
        passphrase = read_passphrase(args, confirm=False)  # first line of stdin, if piped
    else:  # a file that is no backup, or was altered, is refused before anything is opened
        problems = backup_problems(source)
        if problems:
            raise CliError(f"{source} was altered after it was written: {problems[0]}")
    if args.database_url:
        return _restore_server(args, source, passphrase)
    if not args.other_database:  # refused before anyone is asked to sign in
        try:
            check_same_database(Path(args.db), source)
        except OtherDatabase as error:
            raise CliError(f"{error} Add --other-database to restore it anyway.") from error
    actor: User | str = "mesodesk restore"
    if Path(args.db).exists():  # the clinic's admin restores over the clinic's database
        try:
            current = open_database(url_for_path(args.db), create=False)
        except StorageError:  # a damaged database is what a restore is for: nobody can sign in
            current = None
        if current is not None:
            try:
                if args.user or has_accounts(current):
                    actor = sign_in(current, args)
                    require_now(current, actor, Permission.RESTORE)
            finally:
                current.dispose()
    try:
        result = restore_backup(
            Path(args.db),
            source,
            actor=actor,
            passphrase=passphrase,
            other_database=args.other_database,
        )
    except OtherDatabase as error:
        raise CliError(f"{error} Add --other-database to restore it anyway.") from error
    if result.replaced_copy is not None:
        print(
            f"Restored {args.db} from {args.source}; the replaced file is kept at {result.replaced_copy}"
        )
    else:
        print(f"Restored {args.db} from {args.source}")
    return 0


def open_backup_source(args: argparse.Namespace) -> Database:
    """The database to back up: the file, as it is; or the server, which must hold a clinic
    at this version's schema (its backup is a verified SQLite copy)."""
    from mesodesk.services.database import open_database
    from mesodesk.store.backup import check_sqlite_file
    from mesodesk.store.engine import Database

    if args.database_url:
        return open_database(args.database_url, create=False)
    check_sqlite_file(Path(args.db))
    return Database.for_sqlite_file(Path(args.db))


def _restore_server(args: argparse.Namespace, source: Path, passphrase: str | None) -> int:
    """A backup copied into an empty server database (never over a clinic's data)."""
    from mesodesk.cli.server import print_report, progress_printer
    from mesodesk.services.backups import restore_to_server

    report = restore_to_server(
        args.database_url,
        source,
        actor="mesodesk restore",
        passphrase=passphrase,
        progress=progress_printer(),
    )
    print_report(report, database_label(args))
    print(f"Restored {database_label(args)} from {args.source}")
    return 0

"""Commands that look after the database file: ``check``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.cli.common import CliError, Handler, add_db_options, add_user_options, sign_in

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers


def register(sub: Subparsers) -> dict[str, Handler]:
    check = sub.add_parser("check", help="check integrity, foreign keys, schema and audit")
    add_db_options(check, required=True)

    backup = sub.add_parser("backup", help="copy the database safely, even while it is in use")
    add_db_options(backup, required=True)
    backup.add_argument("--out", metavar="FILE", required=True)
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")

    restore = sub.add_parser("restore", help="replace the database with a checked backup")
    add_db_options(restore, required=True)
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)
    add_user_options(restore)
    return {"check": cmd_check, "backup": cmd_backup, "restore": cmd_restore}


def cmd_check(args: argparse.Namespace) -> int:
    import sys

    from mesodesk.services.health import check_database
    from mesodesk.store.backup import check_sqlite_file
    from mesodesk.store.engine import Database, url_for_path

    path = Path(args.db)
    check_sqlite_file(path)
    db = Database.connect(url_for_path(path))
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    if problems:
        print(f"{path}: {len(problems)} problem(s) found", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(
        f"{path}: OK (integrity, foreign keys, schema at head and nothing added to it, "
        "audit append-only and its hash chain holds)"
    )
    _report_incomplete(path)
    return 0


def _report_incomplete(path: Path) -> None:
    """Done sessions whose clinical record is incomplete: reported, not an error."""
    from mesodesk.services.safety import incomplete_done_sessions
    from mesodesk.store.engine import Database, url_for_path

    db = Database.connect(url_for_path(path))
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
    from mesodesk.store.backup import check_sqlite_file
    from mesodesk.store.engine import Database

    check_sqlite_file(Path(args.db))
    db = Database.for_sqlite_file(Path(args.db))
    try:
        out = back_up(db, Path(args.out), actor="mesodesk backup", overwrite=args.force)
    finally:
        db.dispose()
    print(f"Backup written to {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mesodesk.domain.accounts import Permission, User
    from mesodesk.services.access import require_now
    from mesodesk.services.accounts import has_accounts
    from mesodesk.services.database import backup_problems, open_database, restore_backup
    from mesodesk.store.engine import url_for_path
    from mesodesk.store.errors import StorageError

    problems = backup_problems(Path(args.source))  # a file that is no backup: refused first
    if problems:
        raise CliError(f"{args.source} was altered after it was written: {problems[0]}")
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
    replaced = restore_backup(Path(args.db), Path(args.source), actor=actor)
    if replaced is not None:
        print(f"Restored {args.db} from {args.source}; the replaced file is kept at {replaced}")
    else:
        print(f"Restored {args.db} from {args.source}")
    return 0

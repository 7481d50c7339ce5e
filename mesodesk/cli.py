"""Command-line front end. Qt is imported only by the ``gui`` command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk import __version__
from mesodesk.services.describe import describe
from mesodesk.services.errors import ServiceError

if TYPE_CHECKING:
    from datetime import date

    from mesodesk.store.engine import Database

COMMANDS = (
    "gui",
    "seed-demo",
    "check",
    "backup",
    "restore",
    "import-patients",
    "aftercare",
    "recall",
)


class CliError(ServiceError):
    """Ends the command with one line on stderr and exit status 1."""


def _add_db_options(parser: argparse.ArgumentParser, *, url: bool = False) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--db", metavar="PATH", help="SQLite database file")
    if url:
        group.add_argument(
            "--database-url", metavar="URL", help="SQLAlchemy URL, e.g. postgresql://host/clinic"
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mesodesk",
        description="Patient records, treatment sessions and aftercare sheets for "
        "mesotherapy clinics. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"mesodesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the main window (the default)")
    _add_db_options(gui, url=True)
    gui.add_argument(
        "--quit-after-ready",
        action="store_true",
        help="exit with status 0 once the window is painted and its data loaded",
    )

    seed = sub.add_parser("seed-demo", help="fill a database with a realistic demo clinic")
    seed.add_argument("--db", metavar="PATH", required=True)
    seed.add_argument("--patients", type=int, required=True, metavar="N")
    seed.add_argument("--seed", type=int, default=1, metavar="S")
    seed.add_argument(
        "--force", action="store_true", help="add the demo even if the database has patients"
    )

    check = sub.add_parser("check", help="check integrity, foreign keys, schema and audit")
    check.add_argument("--db", metavar="PATH", required=True)

    backup = sub.add_parser("backup", help="copy the database safely, even while it is in use")
    backup.add_argument("--db", metavar="PATH", required=True)
    backup.add_argument("--out", metavar="FILE", required=True)
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")

    restore = sub.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("--db", metavar="PATH", required=True)
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)

    imp = sub.add_parser(
        "import-patients", help="import patients from a CSV file (columns: see README)"
    )
    imp.add_argument("--db", metavar="PATH", required=True)
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="import nothing at all when any row is refused",
    )

    after = sub.add_parser(
        "aftercare", help="write aftercare sheets as PDF (one session, or a day's done sessions)"
    )
    after.add_argument("--db", metavar="PATH", required=True)
    which = after.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=int, metavar="ID", help="one session's sheet")
    which.add_argument(
        "--date", metavar="YYYY-MM-DD", help="one sheet per done session of that day"
    )
    after.add_argument(
        "--out", metavar="FILE.pdf | DIR", required=True, help="the PDF (--session) or folder"
    )

    rec = sub.add_parser("recall", help="list every patient and session that received a lot")
    rec.add_argument("--db", metavar="PATH", required=True)
    rec.add_argument("--lot", metavar="LOT", required=True)
    rec.add_argument("--out", metavar="FILE.csv", help="also write the list as CSV")
    return parser


def _normalise(argv: list[str]) -> list[str]:
    """``mesodesk --db x`` means ``mesodesk gui --db x``."""
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        return ["gui", *argv]
    return argv


def _status(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- commands ----------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from mesodesk.app import run_gui

    return run_gui(
        db_path=args.db, database_url=args.database_url, quit_after_ready=args.quit_after_ready
    )


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from mesodesk.services.database import open_database
    from mesodesk.services.demo import DemoRefused, seed_demo
    from mesodesk.store.engine import url_for_path

    if args.patients < 1:
        raise CliError("--patients must be at least 1")
    db = open_database(url_for_path(args.db), create=True)
    try:
        last: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            percent = 100 * done // max(total, 1)
            if last.get(stage) != percent:
                last[stage] = percent
                print(f"\r{stage}: {percent:3d}%", end="", file=sys.stderr, flush=True)

        try:
            summary = seed_demo(
                db, patients=args.patients, seed=args.seed, progress=progress, force=args.force
            )
        except DemoRefused as error:
            raise CliError(
                f"{error} Nothing was added; use --force to add the demo anyway."
            ) from None
    finally:
        db.dispose()
    print(file=sys.stderr)
    print(
        f"Created {summary.patients} patients, {summary.sessions} sessions, "
        f"{summary.products} products and {summary.lots} lots in {args.db}"
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
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
    print(f"{path}: OK (integrity, foreign keys, schema at head, audit append-only)")
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
    from mesodesk.store.backup import online_backup

    out = online_backup(Path(args.db), Path(args.out), overwrite=args.force)
    print(f"Backup written to {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mesodesk.services.database import open_database
    from mesodesk.store.engine import url_for_path
    from mesodesk.store.restore import restore

    result = restore(Path(args.db), Path(args.source))
    open_database(url_for_path(args.db), create=False).dispose()
    if result.replaced_copy is not None:
        print(
            f"Restored {args.db} from {args.source}; the replaced file is kept at {result.replaced_copy}"
        )
    else:
        print(f"Restored {args.db} from {args.source}")
    return 0


def cmd_import_patients(args: argparse.Namespace) -> int:
    from mesodesk.services.database import open_database
    from mesodesk.services.importer import import_patients
    from mesodesk.store.engine import url_for_path

    db = open_database(url_for_path(args.db), create=False)
    try:
        report = import_patients(
            db, Path(args.file), actor="import-patients", all_or_nothing=args.all_or_nothing
        )
    finally:
        db.dispose()
    print(f"Read {report.file_name} as {report.encoding_name} ({report.separator_name}-separated).")
    print(report.summary())
    for problem in report.problems:
        print(f"  line {problem.line}: {problem.reason}", file=sys.stderr)
    for dup in report.duplicates:
        what = dup.patient_name or f"line {dup.same_as_line}"
        print(f"  line {dup.line}: {dup.name} is a duplicate of {what}; skipped", file=sys.stderr)
    if report.rejected:
        outcome = "nothing was imported" if report.rolled_back else "they were not imported"
        _status(
            f"mesodesk: {report.rejected} row(s) refused ({outcome}); "
            "correct them and import those rows again."
        )
        return 1
    return 0


def _open_existing(path: str) -> Database:
    from mesodesk.services.database import open_database
    from mesodesk.store.engine import url_for_path

    return open_database(url_for_path(path), create=False)


def _iso_day(option: str, text: str) -> date:
    """A YYYY-MM-DD option value; a well-formed date that does not exist is named as such."""
    import calendar
    import re
    from datetime import date

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


def cmd_aftercare(args: argparse.Namespace) -> int:
    from mesodesk.services import aftercare

    day = _iso_day("--date", args.date) if args.date is not None else None
    db = _open_existing(args.db)
    try:
        # Told after the sheets are written, so that a failure stays one line on its own.
        warnings = aftercare.clinic_warnings(aftercare.clinic_header(db))
        if day is None:
            out = aftercare.export_session(db, args.session, Path(args.out), actor="cli")
            print(f"Aftercare sheet for session {args.session} written to {out}")
            paths = [out]
        else:
            paths = aftercare.export_day(db, day, Path(args.out), actor="cli")
    finally:
        db.dispose()
    if paths:
        for warning in warnings:
            _status(f"mesodesk: warning: {warning}")
    if day is None:
        return 0
    if not paths:
        print(f"No done sessions on {day:%Y-%m-%d}; no sheets written.")
    else:
        print(f"{len(paths)} aftercare sheet(s) for {day:%Y-%m-%d} written to {args.out}")
    return 0


def cmd_recall(args: argparse.Namespace) -> int:
    from mesodesk.services import recall

    db = _open_existing(args.db)
    try:
        result = recall.recall(db, args.lot)
        written = recall.export_csv(db, result, Path(args.out)) if args.out else None
    finally:
        db.dispose()
    print(recall.summary(result))
    if written is not None:
        print(f"Written to {written}")
    else:
        for row in result.rows:
            print(
                f"{row.starts_at:%Y-%m-%d %H:%M}  session {row.session_id}  "
                f"{row.patient_name}  {row.phone or '-'}  {row.email or '-'}  {row.areas}"
            )
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "seed-demo": cmd_seed_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "import-patients": cmd_import_patients,
    "aftercare": cmd_aftercare,
    "recall": cmd_recall,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_normalise(list(sys.argv[1:] if argv is None else argv)))
    handler = HANDLERS[args.command]
    try:
        status = handler(args)
        sys.stdout.flush()  # a reader that went away shows here, not at interpreter exit
        return status
    except BrokenPipeError:
        # `mesodesk check ... | head -1`: the reader has what it wanted; stop quietly, with
        # the status of a process ended by SIGPIPE as shells expect.
        _discard_stdout()
        return 141
    except KeyboardInterrupt:
        _status("mesodesk: interrupted")
        return 130
    except Exception as error:  # every failure is one line, never a traceback
        _status(f"mesodesk: error: {one_line(error)}")
        return 1


def one_line(error: BaseException) -> str:
    """The error as one line, even when describing it needs a library that is missing."""
    if isinstance(error, ImportError):
        missing = error.name or "a module"
        return (
            f"a library mesodesk needs cannot be loaded ({missing}: {error}); "
            "reinstall mesodesk (pip install --force-reinstall mesodesk)"
        ).replace("\n", " ")
    try:
        return describe(error)
    except Exception:  # describe itself failed (a broken install): never a second traceback
        return f"unexpected {type(error).__name__}: {error}".replace("\n", " ")


def _discard_stdout() -> None:
    """Point stdout at the null device, so that the flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout: nothing left to silence
        pass

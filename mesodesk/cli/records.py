"""Commands that read or write patients' records: import, aftercare sheets and lot recall."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.cli.common import (
    Handler,
    add_db_options,
    add_user_options,
    iso_day,
    open_from_args,
    sign_in,
    status,
)

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers


def register(sub: Subparsers) -> dict[str, Handler]:
    imp = sub.add_parser(
        "import-patients", help="import patients from a CSV file (columns: see README)"
    )
    add_db_options(imp, url=True, required=True)
    add_user_options(imp)
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="import nothing at all when any row is refused",
    )

    after = sub.add_parser(
        "aftercare", help="write aftercare sheets as PDF (one session, or a day's done sessions)"
    )
    add_db_options(after, url=True, required=True)
    add_user_options(after)
    which = after.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=int, metavar="ID", help="one session's sheet")
    which.add_argument(
        "--date", metavar="YYYY-MM-DD", help="one sheet per done session of that day"
    )
    after.add_argument(
        "--out", metavar="FILE.pdf | DIR", required=True, help="the PDF (--session) or folder"
    )

    rec = sub.add_parser("recall", help="list every patient and session that received a lot")
    add_db_options(rec, url=True, required=True)
    add_user_options(rec)
    rec.add_argument("--lot", metavar="LOT", required=True)
    rec.add_argument("--out", metavar="FILE.csv", help="also write the list as CSV")
    return {
        "import-patients": cmd_import_patients,
        "aftercare": cmd_aftercare,
        "recall": cmd_recall,
    }


def cmd_import_patients(args: argparse.Namespace) -> int:
    from mesodesk.services.importer import import_patients

    db = open_from_args(args)
    try:
        user = sign_in(db, args)
        report = import_patients(
            db, Path(args.file), actor=user, all_or_nothing=args.all_or_nothing
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
        status(
            f"mesodesk: {report.rejected} row(s) refused ({outcome}); "
            "correct them and import those rows again."
        )
        return 1
    return 0


def cmd_aftercare(args: argparse.Namespace) -> int:
    from mesodesk.services import aftercare

    day = iso_day("--date", args.date) if args.date is not None else None
    db = open_from_args(args)
    try:
        user = sign_in(db, args)
        # Told after the sheets are written, so that a failure stays one line on its own.
        warnings = aftercare.clinic_warnings(aftercare.clinic_header(db))
        if day is None:
            out = aftercare.export_session(db, args.session, Path(args.out), actor=user)
            print(f"Aftercare sheet for session {args.session} written to {out}")
            paths = [out]
        else:
            paths = aftercare.export_day(db, day, Path(args.out), actor=user)
    finally:
        db.dispose()
    if paths:
        for warning in warnings:
            status(f"mesodesk: warning: {warning}")
    if day is None:
        return 0
    if not paths:
        print(f"No done sessions on {day:%Y-%m-%d}; no sheets written.")
    else:
        print(f"{len(paths)} aftercare sheet(s) for {day:%Y-%m-%d} written to {args.out}")
    return 0


def cmd_recall(args: argparse.Namespace) -> int:
    from mesodesk.services import recall

    db = open_from_args(args)
    try:
        user = sign_in(db, args)
        result = recall.recall(db, args.lot, actor=user)
        written = recall.export_csv(db, result, Path(args.out), actor=user) if args.out else None
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

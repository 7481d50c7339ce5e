"""Commands that give a patient's record away: the record PDF, the GDPR archive and FHIR."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.cli.common import (
    CliError,
    Handler,
    add_db_options,
    add_user_options,
    open_from_args,
    sign_in,
)

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers


def register(sub: Subparsers) -> dict[str, Handler]:
    rec = sub.add_parser("record", help="write one patient's whole record as a PDF")
    add_db_options(rec, url=True, required=True)
    rec.add_argument("--patient", type=int, metavar="ID", required=True)
    rec.add_argument("--out", metavar="FILE.pdf", required=True)
    add_user_options(rec)

    gdpr = sub.add_parser(
        "export-patient",
        help="write one patient's record as a ZIP archive (record.json and record.pdf), "
        "for a GDPR access or portability request",
    )
    add_db_options(gdpr, url=True, required=True)
    gdpr.add_argument("--patient", type=int, metavar="ID", required=True)
    gdpr.add_argument("--out", metavar="FILE.zip", required=True)
    add_user_options(gdpr)

    fhir = sub.add_parser(
        "export-fhir", help="write the clinic's records (or one patient's) as a FHIR R4 Bundle"
    )
    add_db_options(fhir, url=True, required=True)
    fhir.add_argument("--patient", type=int, metavar="ID", help="only this patient")
    fhir.add_argument("--out", metavar="FILE.json", required=True)
    add_user_options(fhir)
    return {"record": cmd_record, "export-patient": cmd_export_patient, "export-fhir": cmd_fhir}


def _out(args: argparse.Namespace, suffix: str) -> Path:
    out = Path(args.out)
    if out.is_dir():
        raise CliError(f"--out {out} is a folder; name the {suffix} file to write")
    if not out.parent.is_dir():
        raise CliError(f"--out {out}: the folder {out.parent} does not exist")
    return out


def cmd_record(args: argparse.Namespace) -> int:
    from mesodesk.services import record_export

    out = _out(args, "PDF")
    db = open_from_args(args)
    try:
        user = sign_in(db, args)
        path = record_export.write_record_pdf(db, args.patient, out, actor=user)
    finally:
        db.dispose()
    print(f"Record of patient {args.patient} written to {path}")
    return 0


def cmd_export_patient(args: argparse.Namespace) -> int:
    from mesodesk.services import record_export

    out = _out(args, "ZIP")
    db = open_from_args(args)
    try:
        user = sign_in(db, args)
        path = record_export.export_patient(db, args.patient, out, actor=user)
    finally:
        db.dispose()
    print(f"Export of patient {args.patient} (record.json, record.pdf) written to {path}")
    return 0


def cmd_fhir(args: argparse.Namespace) -> int:
    from mesodesk.services.fhir import export_fhir

    out = _out(args, "JSON")
    db = open_from_args(args)
    try:
        user = sign_in(db, args)
        result = export_fhir(db, out, patient_id=args.patient, actor=user)
    finally:
        db.dispose()
    print(
        f"FHIR R4 Bundle with {result.entries} resources for {result.patients} patient(s) "
        f"written to {result.path}"
    )
    return 0

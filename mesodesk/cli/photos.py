"""Clinical photo commands: ``photo-import`` and ``photo-export``."""

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
from mesodesk.domain.photos import PhotoConsent, PhotoPhase, PhotoView, parse_view

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers


def register(sub: Subparsers) -> dict[str, Handler]:
    imp = sub.add_parser(
        "photo-import",
        help="add photos to a patient's record (EXIF and GPS removed); prints the new ids",
    )
    add_db_options(imp, url=True, required=True)
    imp.add_argument("--patient", type=int, required=True, metavar="ID")
    imp.add_argument("--session", type=int, metavar="ID", help="the session they belong to")
    imp.add_argument(
        "--view", required=True, metavar="VIEW", help=", ".join(v.value for v in PhotoView)
    )
    imp.add_argument(
        "--phase", choices=[p.value for p in PhotoPhase], default=PhotoPhase.BEFORE.value
    )
    imp.add_argument(
        "--consent",
        choices=[c.value for c in PhotoConsent],
        default=PhotoConsent.CLINICAL.value,
        help="clinical record only (default), or also teaching and marketing",
    )
    imp.add_argument("files", nargs="+", metavar="FILE", help="JPEG or PNG files")
    add_user_options(imp)

    exp = sub.add_parser("photo-export", help="write one stored photo to a file")
    add_db_options(exp, url=True, required=True)
    exp.add_argument("--photo", type=int, required=True, metavar="ID")
    exp.add_argument("--out", required=True, metavar="FILE", help="a file, or a folder")
    add_user_options(exp)
    return {"photo-import": cmd_photo_import, "photo-export": cmd_photo_export}


def cmd_photo_import(args: argparse.Namespace) -> int:
    from mesodesk.services import photos

    try:
        view = parse_view(args.view)
    except ValueError as error:
        raise CliError(f"--view: {error}") from None
    details = photos.PhotoDetails(
        view=view,
        phase=PhotoPhase(args.phase),
        consent=PhotoConsent(args.consent),
        session_id=args.session,
    )
    db = open_from_args(args)
    try:
        user = sign_in(db, args)
        ids = photos.import_files(
            db,
            actor=user,
            patient_id=args.patient,
            paths=[Path(name) for name in args.files],
            details=details,
        )
    finally:
        db.dispose()
    for photo_id in ids:
        print(photo_id)
    return 0


def cmd_photo_export(args: argparse.Namespace) -> int:
    from mesodesk.services import photos

    db = open_from_args(args)
    try:
        user = sign_in(db, args)
        written = photos.export_photo(db, actor=user, photo_id=args.photo, out=Path(args.out))
    finally:
        db.dispose()
    print(f"Photo {args.photo} written to {written}")
    return 0

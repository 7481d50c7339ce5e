"""Commands that open the window or fill a database: ``gui`` and ``seed-demo``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from mesodesk.cli.common import (
    CliError,
    Handler,
    add_db_options,
    add_user_options,
    database_label,
    open_from_args,
    sign_in,
)

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers


def register(sub: Subparsers) -> dict[str, Handler]:
    gui = sub.add_parser("gui", help="open the main window (the default)")
    add_db_options(gui, url=True)
    gui.add_argument(
        "--quit-after-ready",
        action="store_true",
        help="exit with status 0 once the window is painted and its data loaded",
    )

    seed = sub.add_parser("seed-demo", help="fill a database with a realistic demo clinic")
    add_db_options(seed, url=True, required=True)
    seed.add_argument("--patients", type=int, required=True, metavar="N")
    seed.add_argument("--seed", type=int, default=1, metavar="S")
    seed.add_argument(
        "--force", action="store_true", help="add the demo even if the database has patients"
    )
    seed.add_argument(
        "--password",
        metavar="P",
        default="demo",
        help="password of the demo's accounts (admin, reception, one per practitioner), "
        "created on a database without accounts; default: demo",
    )
    add_user_options(seed)
    return {"gui": cmd_gui, "seed-demo": cmd_seed_demo}


def cmd_gui(args: argparse.Namespace) -> int:
    from mesodesk.app import run_gui

    return run_gui(
        db_path=args.db, database_url=args.database_url, quit_after_ready=args.quit_after_ready
    )


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from mesodesk.services.demo import DemoRefused, seed_demo

    if args.patients < 1:
        raise CliError("--patients must be at least 1")
    db = open_from_args(args, create=True)
    try:
        from mesodesk.services.accounts import has_accounts

        user = sign_in(db, args) if args.user or has_accounts(db) else None
        last: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            percent = 100 * done // max(total, 1)
            if last.get(stage) != percent:
                last[stage] = percent
                print(f"\r{stage}: {percent:3d}%", end="", file=sys.stderr, flush=True)

        try:
            summary = seed_demo(
                db,
                patients=args.patients,
                seed=args.seed,
                progress=progress,
                force=args.force,
                actor=user,
                demo_password=args.password,
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
        f"{summary.products} products and {summary.lots} lots in {database_label(args)}"
    )
    if user is None:
        print(
            "Demo accounts: admin, reception and one per practitioner (mesodesk user list); "
            "their password is the one given with --password (default: demo)."
        )
    return 0

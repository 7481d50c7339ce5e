"""The ``mesodesk`` program: one parser made of every command module, one-line failures."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from mesodesk import __version__
from mesodesk.cli import accounts, desk, exports, photos, records, server, storage
from mesodesk.cli.common import Handler, release_locks, status
from mesodesk.cli.language import describe

# Each command module registers its sub-commands; add a new module here.
MODULES = (desk, storage, records, accounts, photos, server, exports)


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = argparse.ArgumentParser(
        prog="mesodesk",
        description="Patient records, treatment sessions and aftercare sheets for "
        "mesotherapy clinics. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"mesodesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    for module in MODULES:
        handlers.update(module.register(sub))
    return parser, handlers


def command_names() -> tuple[str, ...]:
    return tuple(build_parser()[1])


def normalise(argv: list[str]) -> list[str]:
    """``mesodesk --db x`` means ``mesodesk gui --db x``."""
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        return ["gui", *argv]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    parser, handlers = build_parser()
    args = parser.parse_args(normalise(list(sys.argv[1:] if argv is None else argv)))
    handler = handlers[args.command]
    try:
        result = handler(args)
        sys.stdout.flush()  # a reader that went away shows here, not at interpreter exit
        return result
    except BrokenPipeError:
        # `mesodesk check ... | head -1`: the reader has what it wanted; stop quietly, with
        # the status of a process ended by SIGPIPE as shells expect.
        discard_stdout()
        return 141
    except KeyboardInterrupt:
        status("mesodesk: interrupted")
        return 130
    except Exception as error:  # every failure is one line, never a traceback
        status(f"mesodesk: error: {one_line(error)}")
        return 1
    finally:
        release_locks()


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


def discard_stdout() -> None:
    """Point stdout at the null device, so that the flush at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout: nothing left to silence
        pass

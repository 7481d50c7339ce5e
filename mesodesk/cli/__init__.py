"""Command-line front end. Qt is imported only by the ``gui`` command."""

from __future__ import annotations

from mesodesk.cli.common import CliError
from mesodesk.cli.main import build_parser, command_names, main, one_line

__all__ = ["COMMANDS", "CliError", "build_parser", "command_names", "main", "one_line"]

COMMANDS = command_names()

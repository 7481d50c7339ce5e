"""Entry point for ``python main.py``: the same program as ``mesodesk``."""

import sys

from mesodesk.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Entry point for ``python -m mesodesk``."""

import sys

from mesodesk.cli import main

sys.exit(main())

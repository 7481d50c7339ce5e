"""Colours and style sheets in one place: every page and dialog takes its look from here.

Widgets name a role ("error", "banner", "hint"...), never a hex colour, so a change of
palette (or a high-contrast theme) is one edit.
"""

from __future__ import annotations

# --- the palette -----------------------------------------------------------------------------
ERROR_TEXT = "#c62828"
ERROR_DARK = "#8e0000"
ERROR_BG = "#fdecea"
ERROR_BORDER = "#f5c2c0"
WARN_TEXT = "#6d4c00"
WARN_BG = "#fff4d6"
WARN_BORDER = "#f0d48a"
OK_TEXT = "#1b6e20"
OK_BG = "#e6f4ea"
INFO_TEXT = "#0d3c61"
INFO_BG = "#e8f1fb"
INFO_BORDER = "#b6cfe8"
MUTED_TEXT = "#6b6b6b"

# --- style sheets ----------------------------------------------------------------------------
ERROR_STYLE = f"color: {ERROR_TEXT};"
BANNER_STYLE = (
    f"QLabel {{ color: {ERROR_DARK}; background: {ERROR_BG}; border: 1px solid {ERROR_BORDER};"
    " border-radius: 4px; padding: 8px; }"
)
HINT_STYLE = (
    f"QLabel {{ color: {WARN_TEXT}; background: {WARN_BG}; border: 1px solid {WARN_BORDER};"
    " border-radius: 4px; padding: 6px; }"
)
INFO_STYLE = (
    f"QLabel {{ color: {INFO_TEXT}; background: {INFO_BG}; border: 1px solid {INFO_BORDER};"
    " border-radius: 4px; padding: 6px; }"
)
OK_STYLE = f"QLabel {{ color: {OK_TEXT}; background: {OK_BG}; border-radius: 4px; padding: 6px; }}"
MUTED_STYLE = f"color: {MUTED_TEXT};"

# --- products ---------------------------------------------------------------------------------
LOT_EXPIRING_BG = "#fff1c2"
LOT_EXPIRED_BG = "#fde0dc"
LOT_EXPIRED_TEXT = "#b71c1c"
ARCHIVED_TEXT = "#757575"

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

# --- calendar ---------------------------------------------------------------------------------
# Session blocks as (fill, bar, text): planned blue, arrived amber, done green, cancelled grey
# (also striped), no-show red.
CALENDAR_PLANNED = ("#dce8fb", "#1f5fbf", "#0f2340")
CALENDAR_ARRIVED = ("#ffe8b8", "#b86e00", "#3b2500")
CALENDAR_DONE = ("#d8efda", "#2e7d32", "#11351a")
CALENDAR_CANCELLED = ("#efefef", "#9e9e9e", "#616161")
CALENDAR_NO_SHOW = ("#f9dad7", ERROR_TEXT, "#4a0e0e")
CALENDAR_TODAY_TINT = "#fff7dd"
CALENDAR_CLOSED_SHADE = "#ececec"
CALENDAR_NOW_LINE = "#e53935"
CALENDAR_OVERFLOW_FILL = "#e3e3e3"


# --- courses and follow-ups ------------------------------------------------------------------
LATE_TEXT = "#a8231b"
"""Overdue, or a refusal: dark red, readable on white and on the alternate row colour."""
DUE_TEXT = "#8a5300"
"""Due now, or a proposal that moved: dark amber."""
QUIET_TEXT = "#5f6368"
"""Not yet due: grey; the words carry the meaning."""
CLEAR_TEXT = "#1f6f3a"
"""Nothing to report: dark green."""
GROUP_HEADER_TEXT = "#37474f"
"""Headers inside a tick list (Face, Body)."""

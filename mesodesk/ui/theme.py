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

# --- patient chart and alert badges ---
ALERT_BADGE_BG = "#fde8e8"
ALERT_BADGE_TEXT = "#7f1d1d"
ALERT_BADGE_BORDER = "#e8a5a5"
CAUTION_BADGE_BG = "#fff5d6"
CAUTION_BADGE_TEXT = "#5c4300"
CAUTION_BADGE_BORDER = "#e5c770"
ARCHIVED_BG = "#eceff3"
ARCHIVED_TEXT = "#1f2933"
ARCHIVED_BORDER = "#b8c2cc"
ARCHIVED_EDGE = "#52606d"
SESSION_FLAG_TEXT = "#8a5300"
"""A done session whose record lacks something, or went ahead despite a screening stop."""

BADGE_COLOURS = {
    "alert": f"background:{ALERT_BADGE_BG}; color:{ALERT_BADGE_TEXT};"
    f" border:1px solid {ALERT_BADGE_BORDER};",
    "caution": f"background:{CAUTION_BADGE_BG}; color:{CAUTION_BADGE_TEXT};"
    f" border:1px solid {CAUTION_BADGE_BORDER};",
    "hint": "background:palette(alternate-base); color:palette(text);"
    " border:1px solid palette(mid);",
}
"""Colours of an alert badge by kind (``domain.session_rules.AlertKind``)."""


def badge_style(kind: str) -> str:
    """The style sheet of a rounded alert badge of ``kind`` (unknown kinds look like hints)."""
    colours = BADGE_COLOURS.get(kind, BADGE_COLOURS["hint"])
    return f"QLabel {{ {colours} border-radius:10px; padding:3px 10px; font-weight:600; }}"


ARCHIVED_BANNER_STYLE = (
    f"QLabel {{ background:{ARCHIVED_BG}; color:{ARCHIVED_TEXT}; border:1px solid"
    f" {ARCHIVED_BORDER}; border-left:4px solid {ARCHIVED_EDGE}; border-radius:4px;"
    " padding:6px 10px; }"
)
PLACEHOLDER_STYLE = "color: palette(placeholder-text);"

# --- today page and main window ---------------------------------------------------------------
TODAY_INFO_STYLE = (
    f"QFrame#todayInfo {{ background: {INFO_BG}; border: 1px solid {INFO_BORDER};"
    " border-radius: 4px; }"
    f"QFrame#todayInfo QLabel {{ color: {INFO_TEXT}; }}"
)
"""The Today page's message line (the frame keeps its place when empty)."""
READ_ONLY_STYLE = f"QLabel {{ color: {WARN_TEXT}; background: {WARN_BG}; padding: 2px 6px; }}"
"""The status bar's "no practitioner chosen: read-only" label."""

# --- settings ---------------------------------------------------------------------------------
SETTINGS_EDITED_TEXT = "#1565c0"
"""A text the clinic edited (against the default supplied with mesodesk)."""
SETTINGS_PAST_TEXT = "#757575"
"""Something kept for the record: a past closed date, a rule switched off, no text."""
RULE_BLOCK_TEXT = ERROR_TEXT
RULE_WARN_TEXT = "#b26a00"
RULE_INFO_TEXT = "#1565c0"

# --- products ---------------------------------------------------------------------------------
LOT_EXPIRING_BG = "#fff1c2"
LOT_EXPIRED_BG = "#fde0dc"
LOT_EXPIRED_TEXT = "#b71c1c"
ARCHIVED_TEXT = "#757575"

# --- session editor and adverse events ---
CAUTION_TEXT = "#8a5300"
"""Dark enough to read on a white background, still unmistakably "warning"."""
CAUTION_BG = "#fff4df"
STOP_TEXT = "#a8231b"
"""A refusal or a screening stop: dark red that reads on white."""
CLEAR_TEXT = "#1f6f3a"
"""Nothing found, complete, saved."""
AUTHORITY_BORDER = "#d32f2f"
SECONDARY_TEXT = "#555555"


def findings_frame_style(stop: bool) -> str:
    """The screening box: red around a stop, a quiet frame of the same size otherwise."""
    colour = STOP_TEXT if stop else "palette(mid)"
    width = 2 if stop else 1
    return (
        f"QGroupBox#findingsPanel {{ border: {width}px solid {colour}; border-radius: 4px;"
        f" margin-top: 1.2em; padding: {3 - width}px; }}"
        " QGroupBox#findingsPanel::title { subcontrol-origin: margin; left: 8px; }"
    )


AUTHORITY_STYLE = (
    f"QFrame#authorityGroup {{ background: {ERROR_BG}; border: 2px solid {AUTHORITY_BORDER};"
    " border-radius: 6px; }"
)
"""The severe-event question stands out: the answer is a legal record, not a detail."""
AUTHORITY_QUESTION_STYLE = f"color: {ERROR_DARK};"
SECONDARY_STYLE = f"color: {SECONDARY_TEXT};"


def message_style(level: str) -> str:
    """The session editor's message line: "error", "warning", "ok" or "info"."""
    colours = {
        "error": (STOP_TEXT, ERROR_BG),
        "warning": (CAUTION_TEXT, CAUTION_BG),
        "ok": (CLEAR_TEXT, "transparent"),
    }
    fg, bg = colours.get(level, ("palette(text)", "transparent"))
    return f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 6px; }}"


# --- today list ---------------------------------------------------------------------------------
TODAY_PLANNED_TEXT = GROUP_HEADER_TEXT
TODAY_ARRIVED_TEXT = "#0b57a4"
TODAY_DONE_TEXT = OK_TEXT
TODAY_NO_SHOW_TEXT = LOT_EXPIRED_TEXT
TODAY_MUTED_TEXT = MUTED_TEXT
TODAY_PENDING_TEXT = DUE_TEXT
"""A sheet not printed yet, a record that lacks something."""

# --- clinical photos ---
PHOTO_PLACEHOLDER = "#e4e7eb"
PHOTO_CANVAS_BG = "#1e1f22"
PHOTO_DIVIDER = "#ffffff"

# --- backups and read-only databases -------------------------------------------------------------
READ_ONLY_BANNER_STYLE = (
    f"QLabel {{ color: {WARN_TEXT}; background: {WARN_BG}; border: 1px solid {WARN_BORDER};"
    " padding: 8px; font-weight: bold; }"
)
"""The banner across a window whose database opened read-only."""

# --- injection map ------------------------------------------------------------------------------
MAP_MARK = "#b0306a"
"""Marks of the session being recorded (a deep rose, visible on the grey outlines)."""
MAP_MARK_SELECTED = "#0b57a4"
MAP_PREVIOUS = "#2e7d32"
"""The previous session's marks, drawn faded under this session's."""
MAP_REGION_HINT = "#0b57a4"
"""The outline of the region under the pointer or chosen for a keyboard mark."""
MAP_BACKGROUND = "#ffffff"

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

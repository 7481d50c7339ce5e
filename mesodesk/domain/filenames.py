"""File names that every desk's system accepts: Windows, macOS and Linux alike."""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_LENGTH = 120
"""Characters kept of a name (well under the 255 bytes of common file systems, with room for
a folder path on Windows)."""
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
"""Refused by Windows (and ``/`` everywhere, ``:`` by the macOS Finder), and controls."""
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)
"""Device names Windows refuses as a file name, whatever the extension."""


def safe_file_name(name: str, *, fallback: str = "document") -> str:
    """``name`` with anything a common system refuses replaced, e.g. "Sheet: Zoë" becomes
    "Sheet - Zoë"; never empty, never a reserved device name, at most
    :data:`MAX_NAME_LENGTH` characters (the extension is kept)."""
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub(lambda m: " - " if ":" in m.group() else "_", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"( - )+", " - ", text)
    text = text.strip(" .")  # Windows drops trailing dots and spaces; a leading dot hides it
    stem, dot, extension = text.rpartition(".")
    if not dot or not stem or " " in extension or len(extension) > 10:
        stem, extension = text, ""
    stem = stem.strip(" .-") or fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"{stem}_"
    suffix = f".{extension}" if extension else ""
    stem = stem[: MAX_NAME_LENGTH - len(suffix)].rstrip(" .")
    return stem + suffix

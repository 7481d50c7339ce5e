"""What counts as a real reason for a safety decision (switching off a block, an override)."""

from __future__ import annotations

import re

MIN_REASON_WORDS = 3
"""Distinct words a reason needs: "ok" or "yes yes yes" say nothing a reviewer can check."""
MAX_REASON_LENGTH = 500

_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word: two letters or more (digits and punctuation alone are not words)."""


def reason_problem(text: str) -> str | None:
    """Why ``text`` is not a reason of real content, or None when it is one."""
    reason = " ".join(text.split())
    if not reason:
        return "Give the reason."
    if len(reason) > MAX_REASON_LENGTH:
        return f"Keep the reason under {MAX_REASON_LENGTH} characters."
    words = {word.casefold() for word in _WORD.findall(reason)}
    if len(words) < MIN_REASON_WORDS:
        return (
            f"Say why in a few words (at least {MIN_REASON_WORDS} different words), "
            "so the audit shows what was decided and why."
        )
    return None

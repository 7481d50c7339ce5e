"""What counts as a real reason for a safety decision (switching off a block, an override)."""

from __future__ import annotations

import re

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message

MIN_REASON_WORDS = 3
"""Distinct words a reason needs: "ok" or "yes yes yes" say nothing a reviewer can check."""
MAX_REASON_LENGTH = 500

_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word: two letters or more (digits and punctuation alone are not words)."""


def reason_problem(text: str) -> str | None:
    """Why ``text`` is not a reason of real content, or None when it is one."""
    reason = " ".join(text.split())
    if not reason:
        return Message(QT_TRANSLATE_NOOP("messages", "Give the reason."))
    if len(reason) > MAX_REASON_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("messages", "Keep the reason under {limit} characters."),
            limit=MAX_REASON_LENGTH,
        )
    words = {word.casefold() for word in _WORD.findall(reason)}
    if len(words) < MIN_REASON_WORDS:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Say why in a few words (at least {count} different words), "
                "so the audit shows what was decided and why.",
            ),
            count=MIN_REASON_WORDS,
        )
    return None

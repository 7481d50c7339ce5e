"""Password storage (argon2id) and the rules a new password must meet."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message

MIN_LENGTH = 10
MAX_LENGTH = 1024
COMMON = frozenset(
    {
        "password12",
        "password123",
        "1234567890",
        "0123456789",
        "qwertyuiop",
        "azertyuiop",
        "letmein123",
        "welcome123",
        "iloveyou12",
        "administrator",
        "mesodesk123",
        "changeme123",
    }
)
"""Passwords long enough for the rule and still the first an attacker tries."""

_hasher = PasswordHasher()
"""argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile: t=3, m=64 MiB, p=4),
above OWASP's minimum (m=19 MiB, t=2, p=1)."""


def set_password_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Use ``hasher`` from now on (tests choose a cheaper one); returns the previous one.

    Stored hashes made with other parameters still verify and are rehashed at the next login.
    """
    global _hasher
    previous, _hasher = _hasher, hasher
    return previous


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return bool(_hasher.check_needs_rehash(stored_hash))
    except (InvalidHashError, ValueError):
        return True


_dummy: tuple[PasswordHasher, str] | None = None


def burn_time() -> None:
    """Spend the time a real check takes, so an unknown login answers no faster."""
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _hasher.hash("not a password anybody has"))
    password_matches(_dummy[1], "a wrong guess")


def password_problem(
    password: str, *, login: str | None = None, name: str | None = None
) -> str | None:
    """Why ``password`` may not be used, or None when it may."""
    if len(password) < MIN_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("messages", "The password must be at least {limit} characters long."),
            limit=MIN_LENGTH,
        )
    if len(password) > MAX_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("messages", "The password must be at most {limit} characters long."),
            limit=MAX_LENGTH,
        )
    if password.strip() != password:
        return Message(
            QT_TRANSLATE_NOOP("messages", "The password must not begin or end with a space.")
        )
    lowered = password.casefold()
    if len(set(lowered)) < 4:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The password repeats too few characters; choose a less predictable one.",
            )
        )
    if lowered in COMMON:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "That password is among the first ones an attacker tries; choose another.",
            )
        )
    for word in (login, name):
        if word and len(word) >= 3 and word.casefold().replace(" ", "") in lowered.replace(" ", ""):
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages", "The password must not contain the login or the person's name."
                )
            )
    return None

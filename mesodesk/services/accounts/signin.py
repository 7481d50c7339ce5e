"""Signing in and out: password checks, the growing delay after failures, all audited."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from mesodesk.domain import clock
from mesodesk.domain.accounts import User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit
from mesodesk.services.accounts.common import (
    LoginFailed,
    LoginThrottled,
    account_by_login,
    user_of,
)
from mesodesk.services.accounts.passwords import (
    burn_time,
    hash_password,
    needs_rehash,
    password_matches,
)
from mesodesk.services.errors import ServiceError
from mesodesk.store.engine import Database
from mesodesk.store.models_accounts import Account

FREE_ATTEMPTS = 3
"""Failures allowed before the delay starts (a mistyped password or two costs nothing)."""
MAX_DELAY_SECONDS = 300
WRONG = Message(QT_TRANSLATE_NOOP("messages", "The login name or the password is wrong."))
DEACTIVATED = Message(
    QT_TRANSLATE_NOOP("messages", "This account has been deactivated; ask the clinic's admin.")
)


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` failed attempts in a row: 1, 2, 4 ... up to 5 min."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS))


def login(db: Database, login: str, password: str, *, host: str | None = None) -> User:
    """The signed-in ``User``, or ``LoginFailed`` / ``LoginThrottled`` (audited either way)."""
    where = host if host is not None else audit.local_host()
    if db.read_only:
        return look_only_login(db, login, password, where)
    with db.begin() as s:
        outcome = attempt(s, account_by_login(s, login), login, password, where, "login")
    if isinstance(outcome, ServiceError):
        raise outcome
    return outcome


def look_only_login(db: Database, login: str, password: str, host: str) -> User:
    """Sign in to a database opened read-only (damaged, or a read-only file): the password
    is checked, but nothing can be recorded there, neither the login nor a failure."""
    with db.read() as s:
        row = account_by_login(s, login)
        if row is None:
            burn_time()
            raise LoginFailed(WRONG)
        if not password_matches(row.password_hash, password):
            raise LoginFailed(WRONG)
        if not row.active:
            raise LoginFailed(DEACTIVATED)
        return user_of(row, host=host)


def verify_password(db: Database, user: User, password: str) -> User:
    """Unlock the idle lock: ``user`` again (re-read, roles as now), or the login errors."""
    if db.read_only:
        return look_only_login(db, user.login, password, user.host)
    with db.begin() as s:
        row = s.get(Account, user.id)
        outcome = attempt(s, row, user.login, password, user.host, "unlock")
    if isinstance(outcome, ServiceError):
        raise outcome
    return outcome


def as_stored(db: Database, user: User) -> User | None:
    """``user`` as their account is stored now (roles, name, practitioner), or None once it
    has been deactivated: what an open window follows when an admin changes the account."""
    with db.read() as s:
        row = s.get(Account, user.id)
        if row is None or not row.active:
            return None
        return user_of(row, host=user.host)


def logout(db: Database, user: User) -> None:
    if db.read_only:  # a read-only database records nothing
        return
    with db.begin() as s:
        audit.record(s, actor=user, action="logout", entity="account", entity_id=user.id)


def attempt(
    s: Session, row: Account | None, typed: str, password: str, host: str, action: str
) -> User | ServiceError:
    """Check one attempt inside the caller's transaction; the result is returned, not raised,
    so that the failure count and its audit row are committed."""
    now = clock.utcnow()
    typed_login = typed.strip()[:80]

    def refuse(reason: str, error: ServiceError) -> ServiceError:
        audit.record(
            s,
            actor=typed_login or "(empty login)",
            action=f"{action}_failed",
            entity="account",
            entity_id=row.id if row is not None else None,
            after={
                "login": typed_login,
                "host": host,
                "reason": reason,
                "failed_count": row.failed_count if row is not None else None,
            },
        )
        return error

    if row is None:
        burn_time()
        return refuse("unknown login", LoginFailed(WRONG))
    if row.next_try_at is not None and row.next_try_at > now:
        wait = seconds_until(row.next_try_at, now)
        return refuse("too soon after failed attempts", throttled(wait))
    if not password_matches(row.password_hash, password):
        row.failed_count += 1
        wait = delay_after(row.failed_count)
        row.next_try_at = now + timedelta(seconds=wait) if wait else None
        return refuse("wrong password", LoginFailed(WRONG))
    if not row.active:
        return refuse("account deactivated", LoginFailed(DEACTIVATED))
    row.failed_count = 0
    row.next_try_at = None
    row.last_login_at = now
    if needs_rehash(row.password_hash):
        row.password_hash = hash_password(password)
    user = user_of(row, host=host)
    audit.record(s, actor=user, action=action, entity="account", entity_id=row.id)
    return user


def seconds_until(moment: datetime, now: datetime) -> int:
    return max(1, math.ceil((moment - now).total_seconds()))


def throttled(wait: int) -> LoginThrottled:
    return LoginThrottled(
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "Too many wrong passwords for this login: try again in {wait} seconds."
            ),
            wait=wait,
        ),
        wait,
    )


def sign_in_trusted(db: Database, login: str, *, host: str | None = None) -> User:
    """Sign ``login`` in without a password, for a caller in this process that has already
    established who is working (``open_main_window(..., user=LOGIN)``, used by tests and
    embedding code). Audited as a login ``without password``; an inactive or unknown
    account is refused like a failed login. Never reachable from the command line.
    """
    where = host if host is not None else audit.local_host()
    with db.begin() as s:
        row = account_by_login(s, login)
        if row is None or not row.active:
            raise LoginFailed(WRONG if row is None else DEACTIVATED)
        row.last_login_at = clock.utcnow()
        user = user_of(row, host=where)
        audit.record(
            s,
            actor=user,
            action="login",
            entity="account",
            entity_id=row.id,
            after={"method": "in-process, without password"},
        )
        return user

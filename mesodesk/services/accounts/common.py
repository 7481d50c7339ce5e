"""What the accounts modules share: the account row as a User, roles as text, login names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Role, User
from mesodesk.domain.accounts import parse_roles as roles_of
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.errors import NotFound, ServiceError, ValidationFailed
from mesodesk.store.models_accounts import Account

LOGIN_PATTERN = re.compile(r"[a-z0-9][a-z0-9._@-]{1,39}")


class LoginFailed(ServiceError):
    """The login name or the password is wrong (one message for both, on purpose)."""


class LoginThrottled(ServiceError):
    """Too many failed attempts: the next one is checked only after ``retry_after_seconds``."""

    def __init__(self, message: str, retry_after_seconds: int) -> None:
        super().__init__(message)
        self.retry_after_seconds = retry_after_seconds


@dataclass(frozen=True)
class AccountSummary:
    """One account as the accounts dialog lists it (never the password hash)."""

    id: int
    login: str
    name: str
    roles: frozenset[Role]
    practitioner_id: int | None
    active: bool
    last_login_at: datetime | None
    created_at: datetime


def normal_login(login: str) -> str:
    return login.strip().lower()


def check_login(login: str) -> str:
    """The login as stored (lower case), or ``ValidationFailed`` saying what is wrong."""
    normal = normal_login(login)
    if not LOGIN_PATTERN.fullmatch(normal):
        raise ValidationFailed(
            {
                "login": Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A login is 2 to 40 letters (a-z), digits, dots, dashes, underscores or @, starting with a letter or digit.",
                    )
                )
            }
        )
    return normal


def check_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationFailed(
            {"name": Message(QT_TRANSLATE_NOOP("messages", "Enter the person's name."))}
        )
    if len(clean) > 120:
        raise ValidationFailed(
            {
                "name": Message(
                    QT_TRANSLATE_NOOP("messages", "The name is longer than 120 characters.")
                )
            }
        )
    return clean


def user_of(row: Account, *, host: str = "") -> User:
    return row.as_user(host)


def summary_of(row: Account) -> AccountSummary:
    return AccountSummary(
        id=row.id,
        login=row.login,
        name=row.name,
        roles=roles_of(row.roles),
        practitioner_id=row.practitioner_id,
        active=row.active,
        last_login_at=row.last_login_at,
        created_at=row.created_at,
    )


def account_by_login(s: Session, login: str) -> Account | None:
    return s.scalar(select(Account).where(Account.login == normal_login(login)))


def get_account(s: Session, account_id: int) -> Account:
    row = s.get(Account, account_id)
    if row is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no account {account_id}."),
                account_id=account_id,
            )
        )
    return row


def count_accounts(s: Session) -> int:
    return int(s.scalar(select(func.count(Account.id))) or 0)

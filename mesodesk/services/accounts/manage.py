"""Managing accounts: the first admin, adding, listing, roles, deactivation and passwords."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, Role, User, roles_text
from mesodesk.domain.accounts import parse_roles as roles_of
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.accounts.common import (
    AccountSummary,
    account_by_login,
    check_login,
    check_name,
    count_accounts,
    get_account,
    summary_of,
    user_of,
)
from mesodesk.services.accounts.passwords import hash_password, password_matches, password_problem
from mesodesk.services.errors import ServiceError, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import Practitioner
from mesodesk.store.models_accounts import Account


class AccountsExist(ServiceError):
    """The first admin can only be created on a database without accounts."""


def has_accounts(db: Database) -> bool:
    with db.read() as s:
        return count_accounts(s) > 0


def create_first_admin(
    db: Database,
    *,
    login: str,
    name: str,
    password: str,
    also_practitioner_id: int | None = None,
) -> User:
    """The clinic's first account (admin, and practitioner when linked to one); refused once
    any account exists. Returns it signed in on this computer."""
    roles = {Role.ADMIN} | ({Role.PRACTITIONER} if also_practitioner_id is not None else set())
    with db.begin() as s:
        if count_accounts(s) > 0:
            raise AccountsExist(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This clinic already has accounts; an admin adds new ones (Accounts…).",
                    )
                )
            )
        row = insert_account(
            s,
            login=login,
            name=name,
            roles=frozenset(roles),
            password=password,
            practitioner_id=also_practitioner_id,
        )
        user = user_of(row, host=audit.local_host())
        audit.record(
            s,
            actor=user,
            action="create",
            entity="account",
            entity_id=row.id,
            after=public_snapshot(row),
        )
        return user


def add_account(
    db: Database,
    *,
    actor: User,
    login: str,
    name: str,
    roles: frozenset[Role],
    password: str,
    practitioner_id: int | None = None,
) -> User:
    with db.begin() as s:
        require(s, actor, Permission.ACCOUNTS)
        row = insert_account(
            s,
            login=login,
            name=name,
            roles=roles,
            password=password,
            practitioner_id=practitioner_id,
        )
        audit.record(
            s,
            actor=actor,
            action="create",
            entity="account",
            entity_id=row.id,
            after=public_snapshot(row),
        )
        return user_of(row)


def insert_account(
    s: Session,
    *,
    login: str,
    name: str,
    roles: frozenset[Role],
    password: str,
    practitioner_id: int | None,
    password_hash: str | None = None,
) -> Account:
    """Check and add one account inside the caller's transaction (not audited here).

    ``password_hash`` (the demo's accounts, which share one) replaces hashing ``password``
    and its rules.
    """
    errors: dict[str, str] = {}
    try:
        normal = check_login(login)
    except ValidationFailed as error:
        errors.update(error.errors)
        normal = ""
    try:
        clean = check_name(name)
    except ValidationFailed as error:
        errors.update(error.errors)
        clean = ""
    if normal and account_by_login(s, normal) is not None:
        errors["login"] = Message(
            QT_TRANSLATE_NOOP("messages", "The login {normal!r} is taken; choose another."),
            normal=normal,
        )
    if not roles:
        errors["roles"] = Message(
            QT_TRANSLATE_NOOP("messages", "Give the account at least one role.")
        )
    problem = None if password_hash else password_problem(password, login=normal, name=clean)
    if problem:
        errors["password"] = problem
    practitioner_problem = check_practitioner(s, practitioner_id)
    if practitioner_problem:
        errors["practitioner_id"] = practitioner_problem
    if errors:
        raise ValidationFailed(errors)
    now = audit.utcnow()
    row = Account(
        login=normal,
        name=clean,
        roles=roles_text(roles),
        practitioner_id=practitioner_id,
        password_hash=password_hash or hash_password(password),
        active=True,
        created_at=now,
        password_changed_at=now,
        failed_count=0,
    )
    s.add(row)
    s.flush()
    return row


def check_practitioner(s: Session, practitioner_id: int | None) -> str | None:
    if practitioner_id is None:
        return None
    if s.get(Practitioner, practitioner_id) is None:
        return Message(
            QT_TRANSLATE_NOOP("messages", "There is no practitioner {practitioner_id}."),
            practitioner_id=practitioner_id,
        )
    return None


def public_snapshot(row: Account) -> dict[str, Any]:
    """What the audit keeps of an account: never the password hash."""
    return {
        "login": row.login,
        "name": row.name,
        "roles": row.roles,
        "practitioner_id": row.practitioner_id,
        "active": row.active,
    }


def list_accounts(db: Database, *, actor: User) -> list[AccountSummary]:
    with db.read() as s:
        require(s, actor, Permission.ACCOUNTS)
        rows = s.scalars(select(Account).order_by(Account.name, Account.id))
        return [summary_of(row) for row in rows]


def active_admins(s: Session) -> list[Account]:
    rows = s.scalars(select(Account).where(Account.active.is_(True)))
    return [row for row in rows if Role.ADMIN in roles_of(row.roles)]


def keep_an_admin(s: Session, row: Account, *, active: bool, roles: frozenset[Role]) -> None:
    """Refuse a change that would leave the clinic without an active admin."""
    if active and Role.ADMIN in roles:
        return
    if [admin.id for admin in active_admins(s)] == [row.id]:
        raise ValidationFailed(
            {
                "roles": Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} is the only active admin; make someone else admin first.",
                    ),
                    name=row.name,
                )
            }
        )


def change_account(
    db: Database, actor: User, account_id: int, action: str, **values: Any
) -> AccountSummary:
    """Change ``active`` and/or roles of one account, checked and audited."""
    with db.begin() as s:
        require(s, actor, Permission.ACCOUNTS)
        row = get_account(s, account_id)
        before = public_snapshot(row)
        active = values.get("active", row.active)
        roles = values.get("roles", roles_of(row.roles))
        if not roles:
            raise ValidationFailed(
                {
                    "roles": Message(
                        QT_TRANSLATE_NOOP("messages", "Give the account at least one role.")
                    )
                }
            )
        keep_an_admin(s, row, active=active, roles=roles)
        if "practitioner_id" in values:
            problem = check_practitioner(s, values["practitioner_id"])
            if problem:
                raise ValidationFailed({"practitioner_id": problem})
            row.practitioner_id = values["practitioner_id"]
        row.active = active
        row.roles = roles_text(roles)
        after = public_snapshot(row)
        if after != before:
            audit.record(
                s,
                actor=actor,
                action=action,
                entity="account",
                entity_id=row.id,
                before=before,
                after=after,
            )
        return summary_of(row)


def deactivate_account(db: Database, *, actor: User, account_id: int) -> AccountSummary:
    """The account can no longer sign in; its history stays attributed to it."""
    return change_account(db, actor, account_id, "deactivate", active=False)


def reactivate_account(db: Database, *, actor: User, account_id: int) -> AccountSummary:
    return change_account(db, actor, account_id, "reactivate", active=True)


def set_roles(
    db: Database,
    *,
    actor: User,
    account_id: int,
    roles: frozenset[Role],
    practitioner_id: int | None = None,
) -> AccountSummary:
    return change_account(
        db, actor, account_id, "set_roles", roles=frozenset(roles), practitioner_id=practitioner_id
    )


def change_password(db: Database, *, user: User, old: str, new: str) -> None:
    """The signed-in person changes their own password (the old one confirms it is them)."""
    with db.begin() as s:
        row = get_account(s, user.id)
        if not row.active:
            raise ValidationFailed(
                {
                    "old": Message(
                        QT_TRANSLATE_NOOP("messages", "This account has been deactivated.")
                    )
                }
            )
        if not password_matches(row.password_hash, old):
            raise ValidationFailed(
                {"old": Message(QT_TRANSLATE_NOOP("messages", "The current password is wrong."))}
            )
        store_password(s, row, new, actor=user, action="change_password")


def reset_password(db: Database, *, actor: User, account_id: int, new_password: str) -> None:
    """An admin sets a new password for a forgotten one (audited, never the password)."""
    with db.begin() as s:
        require(s, actor, Permission.ACCOUNTS)
        row = get_account(s, account_id)
        store_password(s, row, new_password, actor=actor, action="reset_password")


def store_password(s: Session, row: Account, password: str, *, actor: User, action: str) -> None:
    problem = password_problem(password, login=row.login, name=row.name)
    if problem:
        raise ValidationFailed({"new": problem})
    if password_matches(row.password_hash, password):
        raise ValidationFailed(
            {
                "new": Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The new password must differ from the current one."
                    )
                )
            }
        )
    row.password_hash = hash_password(password)
    row.password_changed_at = audit.utcnow()
    row.failed_count = 0
    row.next_try_at = None
    audit.record(s, actor=actor, action=action, entity="account", entity_id=row.id)

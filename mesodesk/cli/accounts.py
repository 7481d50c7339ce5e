"""Commands for accounts and the audit: ``user add|list|deactivate|reset-password`` and
``audit verify``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from mesodesk.cli.common import (
    CliError,
    Handler,
    add_db_options,
    add_user_options,
    database_label,
    open_from_args,
    password_reader,
    sign_in,
)

if TYPE_CHECKING:
    from mesodesk.cli.common import Subparsers
    from mesodesk.domain.accounts import User
    from mesodesk.store.engine import Database

ROLE_NAMES = ("practitioner", "reception", "admin")


def register(sub: Subparsers) -> dict[str, Handler]:
    user = sub.add_parser("user", help="manage accounts (admin): add, list, deactivate, reset")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = user_sub.add_parser(
        "add",
        help="add an account (on a database without accounts: its first admin, no --user)",
    )
    add_db_options(add, url=True, required=True)
    add_user_options(add)
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", required=True, help="the person's name as the audit shows it")
    add.add_argument(
        "--role",
        action="append",
        choices=ROLE_NAMES,
        required=True,
        help="a role (repeat for several: --role practitioner --role admin)",
    )
    add.add_argument(
        "--practitioner", type=int, metavar="ID", help="link to this practitioner record"
    )

    listing = user_sub.add_parser("list", help="list the accounts")
    add_db_options(listing, url=True, required=True)
    add_user_options(listing)

    deactivate = user_sub.add_parser(
        "deactivate", help="stop an account from signing in (its history stays)"
    )
    add_db_options(deactivate, url=True, required=True)
    add_user_options(deactivate)
    deactivate.add_argument("login", metavar="LOGIN")

    reset = user_sub.add_parser("reset-password", help="set a new password for an account")
    add_db_options(reset, url=True, required=True)
    add_user_options(reset)
    reset.add_argument("login", metavar="LOGIN")

    audit = sub.add_parser("audit", help="the audit log: verify its hash chain")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify", help="walk the audit hash chain; exit 1 naming the first row that fails"
    )
    add_db_options(verify, url=True, required=True)
    return {"user": cmd_user, "audit": cmd_audit}


def cmd_user(args: argparse.Namespace) -> int:
    # `user add` may start a new clinic's database with its first admin.
    db = open_from_args(args, create=args.user_command == "add")
    try:
        action = {
            "add": user_add,
            "list": user_list,
            "deactivate": user_deactivate,
            "reset-password": user_reset_password,
        }[args.user_command]
        return action(db, args)
    finally:
        db.dispose()


def new_password(args: argparse.Namespace, login: str) -> str:
    """The new account's password: typed twice on a terminal, one line with --password-stdin."""
    from mesodesk.services.accounts import password_problem

    reader = password_reader(args)
    password = reader.read(f"New password for {login}: ")
    problem = password_problem(password, login=login)
    if problem:
        raise CliError(f"password refused: {problem}")
    if not reader.from_stdin and reader.read("Type it again: ") != password:
        raise CliError("the two passwords differ; nothing was changed")
    return password


def account_id(db: Database, actor: User, login: str) -> int:
    from mesodesk.services.accounts import list_accounts

    wanted = login.strip().lower()
    for account in list_accounts(db, actor=actor):
        if account.login == wanted:
            return account.id
    raise CliError(f"there is no account {login!r} in {db.path or 'the database'}")


def user_add(db: Database, args: argparse.Namespace) -> int:
    from mesodesk.domain.accounts import Role
    from mesodesk.services import accounts

    roles = frozenset(Role(role) for role in args.role)
    if not accounts.has_accounts(db):
        if args.user:
            raise CliError("this database has no accounts yet: leave out --user to add its first")
        if Role.ADMIN not in roles:
            raise CliError("the first account must be an admin: add --role admin")
        password = new_password(args, args.login)
        user = accounts.create_first_admin(
            db,
            login=args.login,
            name=args.name,
            password=password,
            also_practitioner_id=args.practitioner,
        )
        if roles != user.roles:  # the other roles asked for besides admin
            accounts.set_roles(
                db,
                actor=user,
                account_id=user.id,
                roles=roles,
                practitioner_id=args.practitioner,
            )
        print(f"Created the first admin, {user.login} ({user.name}), in {database_label(args)}")
        return 0
    actor = sign_in(db, args)
    password = new_password(args, args.login)
    added = accounts.add_account(
        db,
        actor=actor,
        login=args.login,
        name=args.name,
        roles=roles,
        password=password,
        practitioner_id=args.practitioner,
    )
    print(f"Added {added.login} ({added.name}; {', '.join(sorted(args.role))})")
    return 0


def user_list(db: Database, args: argparse.Namespace) -> int:
    from mesodesk.services.accounts import list_accounts

    actor = sign_in(db, args)
    for account in list_accounts(db, actor=actor):
        roles = ",".join(sorted(role.value for role in account.roles))
        state = "active" if account.active else "deactivated"
        last = f"{account.last_login_at:%Y-%m-%d %H:%M}" if account.last_login_at else "never"
        linked = f"  practitioner {account.practitioner_id}" if account.practitioner_id else ""
        print(f"{account.login}\t{account.name}\t{roles}\t{state}\tlast login {last}{linked}")
    return 0


def user_deactivate(db: Database, args: argparse.Namespace) -> int:
    from mesodesk.services.accounts import deactivate_account

    actor = sign_in(db, args)
    summary = deactivate_account(db, actor=actor, account_id=account_id(db, actor, args.login))
    print(f"Deactivated {summary.login} ({summary.name}); their history stays theirs")
    return 0


def user_reset_password(db: Database, args: argparse.Namespace) -> int:
    from mesodesk.services.accounts import reset_password

    actor = sign_in(db, args)
    target = account_id(db, actor, args.login)
    reset_password(db, actor=actor, account_id=target, new_password=new_password(args, args.login))
    print(f"New password set for {args.login.strip().lower()}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    import sys

    from mesodesk.services.audit_chain import verify_chain

    db = open_from_args(args)
    try:
        report = verify_chain(db)
    finally:
        db.dispose()
    if not report.ok:
        print(f"mesodesk: {database_label(args)}: {report.summary()}", file=sys.stderr)
        return 1
    print(f"{database_label(args)}: {report.summary()}")
    return 0

"""The demo clinic's accounts: an admin, a receptionist and one per demo practitioner."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Role, User
from mesodesk.services import audit
from mesodesk.services.accounts.common import count_accounts, user_of
from mesodesk.services.accounts.manage import insert_account, public_snapshot
from mesodesk.services.accounts.passwords import hash_password
from mesodesk.store.models import Practitioner

DEMO_PASSWORD = "demo"
"""The demo accounts' password unless another is given (a demo database only)."""


def login_for(name: str, taken: set[str]) -> str:
    """``"Dr Ana Ruiz"`` -> ``"ana.ruiz"`` (a digit added when taken)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", plain) if w and w not in ("dr", "prof", "mr")]
    base = ".".join(words)[:36] or "practitioner"
    login, n = base, 1
    while login in taken:
        n += 1
        login = f"{base}{n}"
    taken.add(login)
    return login


def add_demo_accounts(s: Session, password: str = DEMO_PASSWORD) -> User:
    """On a database without accounts: create the demo's accounts (one shared hash of
    ``password``) and return the admin, who signs the demo's audit rows."""
    assert count_accounts(s) == 0, "demo accounts only go into a database without accounts"
    shared = hash_password(password)
    taken = {"admin", "reception"}
    people: list[tuple[str, str, frozenset[Role], int | None]] = [
        ("admin", "Demo Admin", frozenset({Role.ADMIN}), None),
        ("reception", "Demo Reception", frozenset({Role.RECEPTION}), None),
    ]
    for pid, name in s.execute(select(Practitioner.id, Practitioner.display_name)):
        people.append((login_for(name, taken), name, frozenset({Role.PRACTITIONER}), pid))
    rows = [
        insert_account(
            s,
            login=login,
            name=name,
            roles=roles,
            password=password,
            practitioner_id=pid,
            password_hash=shared,
        )
        for login, name, roles, pid in people
    ]
    admin = user_of(rows[0], host=audit.local_host())
    audit.record_many(
        s,
        actor=admin,
        action="create",
        entity="account",
        items=[(row.id, None, public_snapshot(row)) for row in rows],
    )
    return admin

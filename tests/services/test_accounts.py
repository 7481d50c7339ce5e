"""Accounts: first admin, login with a growing delay, management rules, passwords, audit."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from mesodesk.domain import clock
from mesodesk.domain.accounts import Role
from mesodesk.services import accounts, settings
from mesodesk.services.errors import PermissionDenied, ValidationFailed
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.models import AuditEvent
from mesodesk.store.models_accounts import Account
from tests.factories import ACTOR, TEST_PASSWORD, make_user

NOW = datetime(2026, 5, 4, 9, 0)


@pytest.fixture
def empty(tmp_path: Path) -> Database:
    from mesodesk.services.database import open_database

    return open_database(url_for_path(tmp_path / "new.sqlite3"))


def audit_rows(db: Database, action: str) -> list[AuditEvent]:
    with db.read() as s:
        query = select(AuditEvent).where(
            AuditEvent.action == action, AuditEvent.entity == "account"
        )
        return list(s.scalars(query.order_by(AuditEvent.id)))


def test_first_admin_only_once(empty: Database) -> None:
    assert not accounts.has_accounts(empty)
    user = accounts.create_first_admin(
        empty, login="Manager", name="Mia Manager", password="quiet harbour 7"
    )
    assert user.login == "manager" and user.roles == {Role.ADMIN} and user.host
    assert accounts.has_accounts(empty)
    with pytest.raises(accounts.AccountsExist):
        accounts.create_first_admin(empty, login="other", name="Other", password="quiet harbour 8")
    (row,) = audit_rows(empty, "create")
    assert row.account_id == user.id and row.host == user.host
    assert "password" not in str(row.after) and "hash" not in str(row.after)


def test_first_admin_who_also_treats(empty: Database) -> None:

    with pytest.raises(ValidationFailed):  # no practitioner yet: refused, nothing made
        accounts.create_first_admin(
            empty, login="doc", name="Doc", password="quiet harbour 7", also_practitioner_id=9
        )
    assert not accounts.has_accounts(empty)


def test_login_is_case_insensitive_and_audited(db: Database) -> None:
    user = accounts.login(db, "DrTest", TEST_PASSWORD, host="front-desk")
    assert user.id == ACTOR.id and user.host == "front-desk"
    (row,) = audit_rows(db, "login")
    assert row.account_id == ACTOR.id and row.host == "front-desk"


def test_unknown_login_and_wrong_password_read_the_same(db: Database) -> None:
    with pytest.raises(accounts.LoginFailed) as unknown:
        accounts.login(db, "nobody", TEST_PASSWORD)
    with pytest.raises(accounts.LoginFailed) as wrong:
        accounts.login(db, "drtest", "not the password")
    assert str(unknown.value) == str(wrong.value)
    failed = audit_rows(db, "login_failed")
    assert [r.after["login"] for r in failed] == ["nobody", "drtest"]
    assert all("not the password" not in str(r.after) for r in failed)
    assert failed[1].entity_id == ACTOR.id and failed[0].account_id is None


def test_failures_slow_down_without_sleeping(db: Database) -> None:
    with clock.frozen(NOW):
        for _ in range(3):
            with pytest.raises(accounts.LoginFailed):
                accounts.login(db, "drtest", "wrong guess")
        with pytest.raises(accounts.LoginThrottled) as first:
            accounts.login(db, "drtest", TEST_PASSWORD)  # even the right one waits
        assert first.value.retry_after_seconds == 1
    with clock.frozen(NOW + timedelta(seconds=2)):
        with pytest.raises(accounts.LoginFailed):
            accounts.login(db, "drtest", "wrong again")
        with pytest.raises(accounts.LoginThrottled) as second:
            accounts.login(db, "drtest", TEST_PASSWORD)
        assert second.value.retry_after_seconds == 2
    with clock.frozen(NOW + timedelta(seconds=5)):
        assert accounts.login(db, "drtest", TEST_PASSWORD).id == ACTOR.id
    with db.read() as s:
        row = s.get(Account, ACTOR.id)
        assert row is not None and row.failed_count == 0 and row.next_try_at is None
    reasons = [r.after["reason"] for r in audit_rows(db, "login_failed")]
    assert reasons.count("too soon after failed attempts") == 2


def test_verify_password_unlocks_and_counts_as_an_attempt(db: Database) -> None:
    assert accounts.verify_password(db, ACTOR, TEST_PASSWORD).id == ACTOR.id
    with pytest.raises(accounts.LoginFailed):
        accounts.verify_password(db, ACTOR, "wrong")
    assert audit_rows(db, "unlock_failed")


def test_rehash_when_the_parameters_change(db: Database) -> None:
    previous = accounts.set_password_hasher(
        PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    )
    try:
        accounts.login(db, "drtest", TEST_PASSWORD)
        with db.read() as s:
            row = s.get(Account, ACTOR.id)
            assert row is not None and "m=2048,t=2" in row.password_hash
            assert row.password_hash.startswith("$argon2id$")
    finally:
        accounts.set_password_hasher(previous)
    accounts.login(db, "drtest", TEST_PASSWORD)


def test_default_hasher_meets_owasp_minimum() -> None:
    default = PasswordHasher()
    assert default.type.name == "ID"
    assert default.memory_cost >= 19 * 1024 and default.time_cost >= 2


def test_add_list_deactivate_reactivate(db: Database) -> None:
    anne = accounts.add_account(
        db,
        actor=ACTOR,
        login="anne",
        name="Anne Desk",
        roles=frozenset({Role.RECEPTION}),
        password="blue kettle 42",
    )
    listed = {a.login: a for a in accounts.list_accounts(db, actor=ACTOR)}
    assert listed["anne"].roles == {Role.RECEPTION} and listed["anne"].active
    accounts.deactivate_account(db, actor=ACTOR, account_id=anne.id)
    with pytest.raises(accounts.LoginFailed, match="deactivated"):
        accounts.login(db, "anne", "blue kettle 42")
    accounts.reactivate_account(db, actor=ACTOR, account_id=anne.id)
    assert accounts.login(db, "anne", "blue kettle 42").name == "Anne Desk"
    with pytest.raises(ValidationFailed, match="taken"):
        accounts.add_account(
            db,
            actor=ACTOR,
            login="ANNE",
            name="Another Anne",
            roles=frozenset({Role.RECEPTION}),
            password="blue kettle 43",
        )


def test_as_stored_follows_the_account(db: Database) -> None:
    """What an open window asks after an account change: the roles as stored now, or None
    once the account is deactivated (the host it signed in from is kept)."""
    paula = make_user(db, Role.PRACTITIONER, login="paula")
    assert accounts.as_stored(db, paula) == paula
    accounts.set_roles(db, actor=ACTOR, account_id=paula.id, roles=frozenset({Role.RECEPTION}))
    now = accounts.as_stored(db, paula)
    assert now is not None and now.roles == {Role.RECEPTION} and now.host == paula.host
    accounts.deactivate_account(db, actor=ACTOR, account_id=paula.id)
    assert accounts.as_stored(db, paula) is None


def test_the_last_admin_stays(db: Database) -> None:
    with pytest.raises(ValidationFailed, match="only active admin"):
        accounts.deactivate_account(db, actor=ACTOR, account_id=ACTOR.id)
    with pytest.raises(ValidationFailed, match="only active admin"):
        accounts.set_roles(
            db,
            actor=ACTOR,
            account_id=ACTOR.id,
            roles=frozenset({Role.PRACTITIONER}),
            practitioner_id=None,
        )
    second = make_user(db, Role.ADMIN, login="second")
    accounts.set_roles(
        db,
        actor=second,
        account_id=ACTOR.id,
        roles=frozenset({Role.RECEPTION}),
        practitioner_id=None,
    )
    listed = {a.id: a for a in accounts.list_accounts(db, actor=second)}
    assert listed[ACTOR.id].roles == {Role.RECEPTION}


def test_only_admins_manage_accounts(db: Database) -> None:
    doctor = make_user(db, Role.PRACTITIONER)
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(db, actor=doctor)
    with pytest.raises(PermissionDenied):
        accounts.reset_password(db, actor=doctor, account_id=ACTOR.id, new_password="x" * 12)
    with pytest.raises(PermissionDenied):
        accounts.add_account(
            db,
            actor=doctor,
            login="sneaky",
            name="Sneaky",
            roles=frozenset({Role.ADMIN}),
            password="blue kettle 42",
        )
    assert "sneaky" not in {a.login for a in accounts.list_accounts(db, actor=ACTOR)}


def test_change_and_reset_password(db: Database) -> None:
    doctor = make_user(db, Role.PRACTITIONER, login="doc")
    with pytest.raises(ValidationFailed, match="current password"):
        accounts.change_password(db, user=doctor, old="wrong", new="green lantern 9")
    accounts.change_password(db, user=doctor, old=TEST_PASSWORD, new="green lantern 9")
    assert accounts.login(db, "doc", "green lantern 9").id == doctor.id
    accounts.reset_password(db, actor=ACTOR, account_id=doctor.id, new_password="red lantern 10")
    assert accounts.login(db, "doc", "red lantern 10").id == doctor.id
    (reset,) = audit_rows(db, "reset_password")
    assert reset.account_id == ACTOR.id and reset.entity_id == doctor.id
    assert "lantern" not in str(reset.after) + str(reset.before)


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short", "at least 10"),
        ("aaaaaaaaaaaa", "too few"),
        ("password123", "attacker"),
        ("xxdoctorxx12", "login"),
        (" leading space", "space"),
    ],
)
def test_password_rules(password: str, problem: str) -> None:
    found = accounts.password_problem(password, login="doctor")
    assert found is not None and problem in found
    assert accounts.password_problem("a good long phrase") is None


def test_idle_lock_setting(db: Database) -> None:
    assert accounts.idle_lock_minutes(db) == 5
    settings.save_settings(db, {accounts.IDLE_LOCK_MINUTES_KEY: 15}, actor=ACTOR)
    assert accounts.idle_lock_minutes(db) == 15
    for bad in (0, 121, "10", True):
        with pytest.raises(ValidationFailed):
            settings.save_settings(db, {accounts.IDLE_LOCK_MINUTES_KEY: bad}, actor=ACTOR)


def test_the_demo_brings_its_own_accounts(empty: Database) -> None:
    from mesodesk.services import demo

    demo.seed_demo(empty, patients=2, seed=1)
    admin = accounts.login(empty, "admin", "demo")
    listed = accounts.list_accounts(empty, actor=admin)
    by_login = {a.login: a for a in listed}
    assert by_login["admin"].roles == {Role.ADMIN}
    assert by_login["reception"].roles == {Role.RECEPTION}
    treating = [a for a in listed if a.practitioner_id is not None]
    assert treating and all(a.roles == {Role.PRACTITIONER} for a in treating)
    assert accounts.login(empty, treating[0].login, "demo").practitioner_id is not None
    with empty.read() as s:
        seeded = s.scalars(select(AuditEvent).where(AuditEvent.entity == "demo")).one()
    assert seeded.account_id == admin.id
    with pytest.raises(demo.DemoRefused, match="sign in"):
        demo.seed_demo(empty, patients=2, seed=2, force=True)

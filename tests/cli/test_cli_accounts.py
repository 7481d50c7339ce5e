"""``mesodesk user ...``, ``audit verify`` and signing in with ``--user`` on the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.test_cli import assert_one_line_error, run_as, run_cli
from tests.conftest import query_rows
from tests.factories import ACTOR, TEST_PASSWORD

BOSS_PASSWORD = "lantern by the harbour"
NEW_PASSWORD = "quiet garden gate 12"


def first_admin(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    made = run_cli(
        "user", "add", "--db", str(path), "--role", "admin", "--role", "practitioner",
        "--name", "Mia Boss", "boss", "--password-stdin", input=BOSS_PASSWORD + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "first admin" in made.stdout and BOSS_PASSWORD not in made.stdout + made.stderr
    return path


def as_boss(*args: str, extra: str = "") -> tuple[int, str, str]:
    result = run_cli(
        *args, "--user", "boss", "--password-stdin", input=BOSS_PASSWORD + "\n" + extra
    )
    return result.returncode, result.stdout, result.stderr


def test_user_commands_from_the_first_admin_on(tmp_path: Path) -> None:
    path = first_admin(tmp_path)
    db = ("--db", str(path))

    # A second "first admin" is refused: accounts exist, sign in instead.
    again = run_cli(
        "user", "add", *db, "--role", "admin", "--name", "X", "x2", "--password-stdin",
        input=NEW_PASSWORD + "\n",
    )  # fmt: skip
    assert_one_line_error(again, "--user")

    status, out, err = as_boss(
        "user", "add", *db, "--role", "reception", "--name", "Rae Desk", "rae",
        extra=NEW_PASSWORD + "\n",
    )  # fmt: skip
    assert status == 0, err
    assert "Added rae" in out and NEW_PASSWORD not in out + err

    status, out, err = as_boss("user", "list", *db)
    assert status == 0, err
    lines = {line.split("\t")[0]: line for line in out.splitlines()}
    assert set(lines) == {"boss", "rae"}
    assert "admin,practitioner" in lines["boss"] and "reception\tactive" in lines["rae"]

    status, out, err = as_boss("user", "reset-password", *db, "rae", extra="another long one 7\n")
    assert status == 0, err
    status, out, err = as_boss("user", "deactivate", *db, "rae")
    assert status == 0 and "Deactivated rae" in out, err
    status, out, err = as_boss("user", "list", *db)
    assert "deactivated" in {line.split("\t")[0]: line for line in out.splitlines()}["rae"]

    # The reception account no longer signs in, and could never manage accounts.
    refused = run_cli(
        "user", "list", *db, "--user", "rae", "--password-stdin", input="another long one 7\n"
    )
    assert_one_line_error(refused, "deactivated")

    verified = run_cli("audit", "verify", *db)
    assert verified.returncode == 0 and "audit chain holds" in verified.stdout
    with sqlite3.connect(path) as conn:
        logged = " ".join(str(r) for r in conn.execute("SELECT * FROM audit_event"))
    for secret in (BOSS_PASSWORD, NEW_PASSWORD, "another long one 7"):
        assert secret not in logged


def test_weak_or_mismatched_new_passwords_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    weak = run_cli(
        "user", "add", "--db", str(path), "--role", "admin", "--name", "A", "admin",
        "--password-stdin", input="short\n",
    )  # fmt: skip
    assert_one_line_error(weak, "at least 10")
    assert "short" not in weak.stderr.replace("too short", "")
    not_admin = run_cli(
        "user", "add", "--db", str(path), "--role", "reception", "--name", "A", "a",
        "--password-stdin", input=NEW_PASSWORD + "\n",
    )  # fmt: skip
    assert_one_line_error(not_admin, "must be an admin")


def test_patient_commands_need_a_user_and_the_right_password(db_args: list[str]) -> None:
    missing = run_cli("recall", *db_args, "--lot", "X")
    assert_one_line_error(missing, "--user")
    wrong = run_cli(
        "recall", *db_args, "--lot", "X", "--user", ACTOR.login, "--password-stdin",
        input="not it\n",
    )  # fmt: skip
    assert_one_line_error(wrong, "login name or the password is wrong")
    empty = run_cli(
        "recall", *db_args, "--lot", "X", "--user", ACTOR.login, "--password-stdin",
        input="",
    )  # fmt: skip
    assert_one_line_error(empty, "standard input ended")
    no_terminal = run_cli("recall", *db_args, "--lot", "X", "--user", ACTOR.login)
    assert_one_line_error(no_terminal, "--password-stdin")
    assert TEST_PASSWORD not in wrong.stderr


def test_the_command_audit_carries_the_user(
    db_url: str, db_args: list[str], tmp_path: Path
) -> None:
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("given_name,family_name\nAnn,Lee\nBo,Kim\n", encoding="utf-8")
    result = run_as("import-patients", *db_args, str(csv_file))
    assert result.returncode == 0, result.stderr
    rows = query_rows(
        db_url,
        "SELECT action, entity_id, account_id, actor FROM audit_event "
        "WHERE entity = 'patient' ORDER BY id",
    )
    created = [r for r in rows if r[0] == "create"]
    assert len(created) == 2 and all(r[1] and r[2] == ACTOR.id for r in created)
    assert rows[-1][0] == "import" and rows[-1][3] == ACTOR.name
    logins = query_rows(db_url, "SELECT account_id FROM audit_event WHERE action = 'login'")
    assert logins == [(ACTOR.id,)]


def test_audit_verify_names_the_first_bad_row(db_url: str, db_args: list[str]) -> None:
    from tests.services.test_audit_chain import tampering

    with tampering(db_url) as conn:  # the guard dropped, one row rewritten, the guard back
        conn.execute("UPDATE audit_event SET actor = 'someone' WHERE id = 1")
    result = run_cli("audit", "verify", *db_args)
    assert_one_line_error(result, "row 1")
    checked = run_cli("check", *db_args)
    assert checked.returncode == 1 and "audit chain broken at row 1" in checked.stderr

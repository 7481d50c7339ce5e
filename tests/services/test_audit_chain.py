"""The audit hash chain: each kind of tampering is found by ``verify_chain``, ``check`` and
``audit verify``, also in a backup that is restored. Tampering drops the append-only guard
with a raw connection first, as someone holding the file (or the server's owner role)
would: on SQLite its two triggers, on PostgreSQL its trigger."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from mesodesk import cli
from mesodesk.services import patients, practitioners
from mesodesk.services.audit_chain import verify_chain
from mesodesk.services.backups import restore_backup, restore_to_server
from mesodesk.services.database import back_up, backup_problems
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.services.errors import ServiceError
from mesodesk.services.health import check_database
from mesodesk.store.engine import Database, make_engine, sqlite_path, url_for_path
from mesodesk.store.errors import StorageError
from mesodesk.store.schema_check import AUDIT_TRIGGERS_SQLITE
from mesodesk.store.snapshot import manifest_path
from tests.conftest import query_rows
from tests.factories import ACTOR

BLANK_ALLERGIES = """CREATE TRIGGER profile_tidy AFTER INSERT ON medical_profile
BEGIN UPDATE medical_profile SET allergies_text = '', allergens = '[]' WHERE id = NEW.id; END"""
BLANK_ALLERGIES_POSTGRESQL = (
    """CREATE FUNCTION profile_tidy() RETURNS trigger AS $$ BEGIN
    UPDATE medical_profile SET allergies_text = '', allergens = '[]' WHERE id = NEW.id;
    RETURN NULL; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER profile_tidy AFTER INSERT ON medical_profile
    FOR EACH ROW EXECUTE FUNCTION profile_tidy()""",
)
AUDIT_GUARD_POSTGRESQL = """CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE
ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"""
"""Migration 0001's guard on PostgreSQL (its function stays when the trigger is dropped)."""


class Raw:
    """A raw connection outside mesodesk, on either backend: ``?`` placeholders."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.server = conn.dialect.name == "postgresql"

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        return self.conn.exec_driver_sql(
            sql.replace("?", "%s") if self.server else sql, tuple(parameters)
        )


@contextmanager
def raw(url: str) -> Iterator[Raw]:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            yield Raw(conn)
    finally:
        engine.dispose()


@contextmanager
def tampering(url: str) -> Iterator[Raw]:
    """A raw connection with the audit guard dropped, put back as it was afterwards."""
    with raw(url) as conn:
        if conn.server:
            conn.execute("DROP TRIGGER audit_event_no_change ON audit_event")
        else:
            for name in AUDIT_TRIGGERS_SQLITE:
                conn.execute(f"DROP TRIGGER {name}")
        yield conn
        if conn.server:
            conn.execute(AUDIT_GUARD_POSTGRESQL)
        else:
            for sql in AUDIT_TRIGGERS_SQLITE.values():
                conn.execute(sql)


def add_blanking_trigger(url: str) -> None:
    """Someone adds a trigger that blanks allergies on every new profile."""
    with raw(url) as conn:
        for sql in BLANK_ALLERGIES_POSTGRESQL if conn.server else (BLANK_ALLERGIES,):
            conn.execute(sql)


@pytest.fixture
def busy(db: Database) -> Database:
    """A database with a little history: several audit rows of several kinds."""
    for given in ("Ana", "Ben", "Cleo"):
        patients.create_patient(db, PatientInput(given, "Moreau"), actor=ACTOR)
    practitioners.create_practitioner(db, "Dr Lee", actor=ACTOR)
    return db


def ids(url: str | Path) -> list[int]:
    if isinstance(url, Path):
        with sqlite3.connect(url) as conn:
            return [r[0] for r in conn.execute("SELECT id FROM audit_event ORDER BY id")]
    return [r[0] for r in query_rows(url, "SELECT id FROM audit_event ORDER BY id")]


def reopen(url: str) -> Database:
    return Database.connect(url)


def where(url: str) -> list[str]:
    path = sqlite_path(url)
    return ["--db", str(path)] if path is not None else ["--database-url", url]


def cli_verify(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = cli.main(["audit", "verify", *where(url)])
    out = capsys.readouterr()
    return status, (out.out + out.err).strip()


def test_a_fresh_history_holds(
    busy: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    report = verify_chain(busy)
    assert report.ok and report.rows == len(ids(db_url))
    assert check_database(busy) == []
    status, text = cli_verify(db_url, capsys)
    assert status == 0 and "audit chain holds" in text


def test_every_row_records_account_name_and_computer(busy: Database, db_url: str) -> None:
    rows = query_rows(
        db_url, "SELECT actor, account_id, host FROM audit_event WHERE entity = 'patient'"
    )
    assert rows and set(rows) == {(ACTOR.name, ACTOR.id, ACTOR.host)}


def test_one_edited_field_is_found(
    busy: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = ids(db_url)[-3]
    busy.dispose()
    with tampering(db_url) as conn:
        conn.execute("UPDATE audit_event SET actor = 'Dr Someone Else' WHERE id = ?", (target,))
    db = reopen(db_url)
    report = verify_chain(db)
    assert not report.ok and report.first_bad_id == target
    assert "changed" in report.problem
    assert any(f"row {target}" in p for p in check_database(db))
    db.dispose()
    status, text = cli_verify(db_url, capsys)
    assert status == 1 and f"row {target}" in text and len(text.splitlines()) == 1


def test_an_edited_json_value_is_found(busy: Database, db_url: str) -> None:
    target = ids(db_url)[-2]
    busy.dispose()
    with tampering(db_url) as conn:
        (after,) = conn.execute("SELECT after FROM audit_event WHERE id = ?", (target,)).fetchone()
        changed = after if isinstance(after, dict) else json.loads(after)
        changed["display_name"] = "Dr Nobody"
        conn.execute("UPDATE audit_event SET after = ? WHERE id = ?", (json.dumps(changed), target))
    db = reopen(db_url)
    assert verify_chain(db).first_bad_id == target
    db.dispose()


def test_a_deleted_row_is_found(busy: Database, db_url: str) -> None:
    rows = ids(db_url)
    busy.dispose()
    with tampering(db_url) as conn:
        conn.execute("DELETE FROM audit_event WHERE id = ?", (rows[-3],))
    db = reopen(db_url)
    report = verify_chain(db)
    assert report.first_bad_id == rows[-2] and "deleted or inserted" in report.problem
    db.dispose()


def test_rows_cut_off_the_end_are_found(busy: Database, db_url: str) -> None:
    rows = ids(db_url)
    busy.dispose()
    with tampering(db_url) as conn:
        conn.execute("DELETE FROM audit_event WHERE id >= ?", (rows[-2],))
    db = reopen(db_url)
    report = verify_chain(db)
    assert not report.ok and "newest row should be" in report.problem
    db.dispose()


def test_a_forged_row_is_found(busy: Database, db_url: str) -> None:
    busy.dispose()
    with tampering(db_url) as conn:
        last_id, last_hash = conn.execute(
            "SELECT id, row_hash FROM audit_event ORDER BY id DESC LIMIT 1"
        ).fetchone()
        conn.execute(
            "INSERT INTO audit_event (id, occurred_at, actor, account_id, host, action, entity,"
            " entity_id, prev_hash, row_hash) VALUES (?, '2026-01-01 09:00:00.000000',"
            " 'Dr Test', 1, 'test-desk', 'update', 'patient', 1, ?, ?)",
            (last_id + 1, last_hash, "f" * 64),
        )
    db = reopen(db_url)
    assert verify_chain(db).first_bad_id == last_id + 1
    db.dispose()


def test_a_forged_row_with_a_well_made_hash_still_breaks_the_head(
    busy: Database, db_url: str
) -> None:
    from mesodesk.domain.audit_chain import row_content, row_hash

    busy.dispose()
    with tampering(db_url) as conn:
        last_id, last_hash = conn.execute(
            "SELECT id, row_hash FROM audit_event ORDER BY id DESC LIMIT 1"
        ).fetchone()
        content = row_content(
            id=last_id + 1,
            occurred_at="2026-01-01T09:00:00",
            actor="Dr Test",
            account_id=1,
            host="test-desk",
            action="delete",
            entity="patient",
            entity_id=1,
            before=None,
            after=None,
        )
        conn.execute(
            "INSERT INTO audit_event (id, occurred_at, actor, account_id, host, action, entity,"
            " entity_id, prev_hash, row_hash) VALUES (?, '2026-01-01 09:00:00.000000',"
            " 'Dr Test', 1, 'test-desk', 'delete', 'patient', 1, ?, ?)",
            (last_id + 1, last_hash, row_hash(last_hash, content)),
        )
    db = reopen(db_url)
    report = verify_chain(db)
    assert not report.ok and report.first_bad_id == last_id
    db.dispose()


def test_dropping_and_recreating_the_triggers_does_not_hide_a_rewrite(
    busy: Database, db_url: str
) -> None:
    """The guard comes back exactly as it was, so the schema looks untouched: the chain
    still shows the rewritten row."""
    target = ids(db_url)[1]
    busy.dispose()
    with tampering(db_url) as conn:
        conn.execute("UPDATE audit_event SET action = 'view' WHERE id = ?", (target,))
    db = reopen(db_url)
    problems = check_database(db)
    assert not [p for p in problems if p.startswith("schema")]
    assert any(f"row {target}" in p for p in problems)
    db.dispose()


def test_a_trigger_left_dropped_or_changed_is_found(busy: Database, db_url: str) -> None:
    busy.dispose()
    with raw(db_url) as conn:
        if conn.server:  # the guard now lets every change through but one actor's
            name = "audit_event_no_change"
            conn.execute(f"DROP TRIGGER {name} ON audit_event")
            conn.execute(
                f"CREATE TRIGGER {name} BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW "
                "WHEN (OLD.actor = 'nobody') EXECUTE FUNCTION audit_event_append_only()"
            )
        else:
            name = "audit_event_no_delete"
            conn.execute(f"DROP TRIGGER {name}")
            conn.execute(
                f"CREATE TRIGGER {name} BEFORE DELETE ON audit_event WHEN OLD.actor = "
                "'nobody' BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END"
            )
    db = reopen(db_url)
    assert f"schema: trigger '{name}' has been changed" in check_database(db)
    db.dispose()


@pytest.mark.parametrize(
    "statement",
    ["ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change",
     "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$ "
     "BEGIN RETURN OLD; END; $$ LANGUAGE plpgsql"],
    ids=["disabled", "function-replaced"],
)  # fmt: skip
def test_a_server_guard_disabled_or_emptied_is_found(
    busy: Database, db_url: str, statement: str
) -> None:
    """PostgreSQL keeps a trigger's switch and its function apart from its name: a guard
    switched off, or left pointing at a function that lets everything through, is found."""
    if busy.is_sqlite:
        pytest.skip("SQLite triggers have no switch and no separate function")
    busy.dispose()
    with raw(db_url) as conn:
        conn.execute(statement)
    db = reopen(db_url)
    assert "schema: trigger 'audit_event_no_change' has been changed" in check_database(db)
    db.dispose()


def test_check_refuses_a_trigger_mesodesk_did_not_create(
    busy: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    busy.dispose()
    add_blanking_trigger(db_url)
    db = reopen(db_url)
    problems = check_database(db)
    assert "schema: trigger 'profile_tidy' on medical_profile was not created by mesodesk" in (
        problems
    )
    db.dispose()
    assert cli.main(["check", *where(db_url)]) == 1
    assert "profile_tidy" in capsys.readouterr().err


def test_check_refuses_extra_tables_views_indexes_and_columns(busy: Database, db_url: str) -> None:
    busy.dispose()
    with raw(db_url) as conn:
        conn.execute("CREATE TABLE stash (x TEXT)")
        conn.execute("CREATE VIEW everyone AS SELECT * FROM patient")
        conn.execute("CREATE INDEX ix_sneaky ON patient (email)")
        conn.execute("ALTER TABLE patient ADD COLUMN copy TEXT")
    db = reopen(db_url)
    problems = "\n".join(check_database(db))
    for name in ("table 'stash'", "view 'everyone'", "index 'ix_sneaky'", "patient.copy"):
        assert name in problems
    db.dispose()


# --- backups ------------------------------------------------------------------------------


def altered_backup(db: Database, tmp_path: Path, how: str) -> Path:
    backup = back_up(db, tmp_path / f"backup-{how}.sqlite3", actor=ACTOR)
    rows = ids(backup)
    if how == "trigger":
        with sqlite3.connect(backup) as conn:
            conn.execute(BLANK_ALLERGIES)
        return backup
    with tampering(url_for_path(backup)) as conn:
        if how == "edit":
            conn.execute("UPDATE audit_event SET actor = 'x' WHERE id = ?", (rows[2],))
        elif how == "delete":
            conn.execute("DELETE FROM audit_event WHERE id = ?", (rows[2],))
        elif how == "forge":
            conn.execute(
                "INSERT INTO audit_event (id, occurred_at, actor, action, entity, prev_hash,"
                " row_hash) VALUES (?, '2026-01-01 00:00:00', 'x', 'create', 'patient', '', '')",
                (rows[-1] + 1,),
            )
    return backup


def empty_server(request: pytest.FixtureRequest) -> str:
    """A database without tables on the test server: where a server restore goes."""
    cluster = request.getfixturevalue("pg_cluster")
    url: str = cluster.empty_database()
    request.addfinalizer(lambda: cluster.drop(url))
    return url


def server_tables(url: str) -> list[str]:
    return [
        r[0]
        for r in query_rows(
            url, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
    ]


@pytest.mark.parametrize("how", ["edit", "delete", "forge", "trigger"])
def test_an_altered_backup_is_not_restored(
    busy: Database, db_url: str, tmp_path: Path, how: str, request: pytest.FixtureRequest
) -> None:
    """Over the clinic's file, or (a clinic on a server) into an empty server database."""
    backup = altered_backup(busy, tmp_path, how)
    assert backup_problems(backup)
    server = not busy.is_sqlite
    busy.dispose()
    path = sqlite_path(db_url)
    target = empty_server(request) if server else ""

    def restore() -> None:
        if server:
            restore_to_server(target, backup, actor=ACTOR)
        else:
            assert path is not None
            restore_backup(path, backup, actor=ACTOR)

    before = path.read_bytes() if path is not None else b""
    with pytest.raises(StorageError, match="changed after it was written"):
        restore()  # its manifest's SHA-256 tells first
    manifest_path(backup).unlink()  # without the manifest, the audit chain still tells
    with pytest.raises(ServiceError, match="altered"):
        restore()
    if server:
        assert server_tables(target) == []
    else:
        assert path is not None and path.read_bytes() == before


def test_a_sound_backup_is_restored_and_the_restore_audited(
    busy: Database, db_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    backup = back_up(busy, tmp_path / "good.sqlite3", actor=ACTOR)
    server = not busy.is_sqlite
    busy.dispose()
    if server:
        target = empty_server(request)
        restore_to_server(target, backup, actor=ACTOR)
    else:
        path = sqlite_path(db_url)
        assert path is not None
        restore_backup(path, backup, actor=ACTOR)
        target = db_url
    db = reopen(target)
    assert check_database(db) == []
    actions = [r[0] for r in query_rows(target, "SELECT action FROM audit_event ORDER BY id")]
    # The backup's own audit row is written after the copy, in the database it was taken of.
    assert actions[-1] == "restore" and "backup" not in actions
    db.dispose()


@pytest.mark.sqlite_only(reason="copies a backup file over the database file by hand")
def test_an_altered_backup_restored_by_hand_is_found_by_check(
    busy: Database, db_path: Path, tmp_path: Path
) -> None:
    """Copied over the database without ``restore``: ``check`` still finds it."""
    backup = altered_backup(busy, tmp_path, "edit")
    busy.dispose()
    db_path.write_bytes(backup.read_bytes())
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db = reopen(url_for_path(db_path))
    assert any("audit chain broken" in p for p in check_database(db))
    db.dispose()


def test_profile_allergies_survive_on_a_clean_database(busy: Database) -> None:
    """The control for the blanking trigger above: allergies are kept as typed."""
    record = patients.create_patient(
        busy,
        PatientInput("Dee", "Moreau"),
        actor=ACTOR,
        profile=ProfileInput(allergies_text="latex"),
    )
    profile = patients.current_profile(busy, record.id, actor=ACTOR)
    assert profile is not None and profile.allergies_text == "latex"


def test_a_backup_of_a_broken_chain_is_kept_but_marked_as_failing_its_check(
    busy: Database, tmp_path: Path
) -> None:
    from mesodesk.store.snapshot import read_manifest

    good = back_up(busy, tmp_path / "good.sqlite3", actor=ACTOR)
    manifest = read_manifest(good)
    assert manifest is not None and manifest.check_ok
    # Someone with the file (or the server's owner role) rewrites one audit row and puts
    # the guard back.
    with tampering(busy.url) as conn:
        conn.execute("UPDATE audit_event SET actor = 'someone else' WHERE id = 2")
    broken = back_up(busy, tmp_path / "broken.sqlite3", actor=ACTOR)
    manifest = read_manifest(broken)
    assert broken.exists() and manifest is not None
    assert not manifest.check_ok and manifest.check_message.startswith("audit:")


def test_a_removed_head_row_is_rebuilt_and_the_chain_goes_on(busy: Database, db_url: str) -> None:
    """Without its head row (on a server: under an advisory lock instead of the row's), the
    next save continues the chain from its newest row."""
    with raw(db_url) as conn:
        conn.execute("DELETE FROM audit_chain_head")
    patients.create_patient(busy, PatientInput("Eve", "Moreau"), actor=ACTOR)
    report = verify_chain(busy)
    assert report.ok, report.summary()
    assert query_rows(db_url, "SELECT last_id FROM audit_chain_head") == [(ids(db_url)[-1],)]

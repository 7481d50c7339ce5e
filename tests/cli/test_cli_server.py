"""The clinic server on a real PostgreSQL: move-to-server, and check, backup and restore
with --database-url."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from mesodesk.services import demo, transfer
from mesodesk.services.database import open_database
from mesodesk.services.dto import PatientInput
from mesodesk.services.patient_list import find_patients
from mesodesk.services.patients import create_patient
from mesodesk.store import migrate
from mesodesk.store.engine import Database, url_for_path
from tests.cli.test_cli import assert_one_line_error, run_as, run_cli
from tests.factories import ACTOR
from tests.pg import Cluster


@pytest.fixture
def clinic_file(template_db: Path, tmp_path: Path) -> Path:
    """An SQLite clinic with a small demo (patients, sessions, lots, audit), closed."""
    path = tmp_path / "clinic.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(url_for_path(path))
    demo.seed_demo(db, patients=25, seed=3, today=date(2026, 11, 21), actor=ACTOR)
    create_patient(db, PatientInput("Zoë", "Łukasiewicz", phone="06 12 34 56 78"), actor=ACTOR)
    db.dispose()
    return path


@pytest.fixture
def empty_url(pg_cluster: Cluster) -> Iterator[str]:
    url = pg_cluster.empty_database()
    yield url
    pg_cluster.drop(url)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


AUDIT_TABLES = ("audit_event", "audit_chain_head")


def _verify(
    file: Path, url: str, *, then: tuple[str, ...] = (), by: str = ACTOR.name
) -> transfer.TransferReport:
    """Every table of the server equals the file's, and its audit is the file's, row for
    row, followed by exactly the rows ``then`` names (their actions, e.g. the move itself,
    signed by ``by``: ACTOR's account, or a process without one), the chain still holding."""
    from mesodesk.services.audit_chain import verify_chain
    from mesodesk.store.models import Base

    source, target = Database.open_read_only(file), Database.connect(url)  # never a write
    try:
        if not then:
            return transfer.verify_copy(source, target)
        tables = [t for t in Base.metadata.sorted_tables if t.name not in AUDIT_TABLES]
        copies = []
        with source.engine.connect() as a, target.engine.connect() as b:
            for table in tables:
                digest = transfer.table_digest(a, table)
                assert digest == transfer.table_digest(b, table), table
                copies.append(transfer.TableCopy(table.name, *digest))
            audit = Base.metadata.tables["audit_event"]
            mine = [
                transfer.canonical_row(tuple(r))
                for r in a.execute(audit.select().order_by(audit.c.id))
            ]
            theirs = b.execute(audit.select().order_by(audit.c.id)).all()
        assert [transfer.canonical_row(tuple(r)) for r in theirs[: len(mine)]] == mine
        extra = theirs[len(mine) :]
        account = ACTOR.id if by == ACTOR.name else None
        assert [(r.action, r.actor, r.account_id) for r in extra] == [
            (action, by, account) for action in then
        ]
        assert verify_chain(target).ok
        return transfer.TransferReport(tuple(copies), len(mine))
    finally:
        source.dispose()
        target.dispose()


def test_move_to_server_copies_verifies_and_keeps_the_file(
    clinic_file: Path, empty_url: str
) -> None:
    before = _digest(clinic_file)
    refused = run_cli("move-to-server", "--db", str(clinic_file), "--database-url", empty_url)
    assert_one_line_error(refused, "sign in with --user")  # the clinic has accounts
    result = run_as("move-to-server", "--db", str(clinic_file), "--database-url", empty_url)
    assert result.returncode == 0, result.stderr
    assert "every table's count and checksum match" in result.stdout
    assert "audit event(s) are unchanged" in result.stdout
    assert _digest(clinic_file) == before
    # Accounts, photos, the map and the audit arrive; the move is audited by who ran it.
    report = _verify(clinic_file, empty_url, then=("move-to-server",))
    assert report.audit_events > 0
    counts = {t.table: t.rows for t in report.tables}
    assert counts["patient"] == 26 and counts["treatment_session"] > 0

    # The server clinic works: ids continue after the copied ones, the search finds her.
    server = open_database(empty_url, create=False)
    try:
        added = create_patient(server, PatientInput("Marek", "Abel"), actor=ACTOR)
        assert added.id == 27
        assert [
            r.family_name for r in find_patients(server, "łukasie", actor=ACTOR).rows(0, 5)
        ] == ["Łukasiewicz"]
        with server.engine.connect() as conn:
            order = conn.execute(text("SELECT id FROM audit_event ORDER BY id")).scalars().all()
        assert order == sorted(order) and len(order) == report.audit_events + 2
    finally:
        server.dispose()
    assert run_cli("check", "--database-url", empty_url).returncode == 0
    verified = run_cli("audit", "verify", "--database-url", empty_url)
    assert verified.returncode == 0 and "audit chain holds" in verified.stdout
    # Its people sign in there as they did on the file.
    assert run_as("user", "list", "--database-url", empty_url).returncode == 0


def test_move_to_server_refuses_a_database_that_is_not_empty(
    clinic_file: Path, pg_cluster: Cluster
) -> None:
    url = pg_cluster.new_database()  # a migrated (empty of patients) mesodesk database
    try:
        result = run_as("move-to-server", "--db", str(clinic_file), "--database-url", url)
        assert_one_line_error(result, "is not empty")
        assert "copied into an empty database only" in result.stderr
    finally:
        pg_cluster.drop(url)


def test_move_to_server_names_bad_arguments_in_one_line(
    clinic_file: Path, empty_url: str, tmp_path: Path
) -> None:
    missing = str(tmp_path / "absent.sqlite3")
    assert_one_line_error(
        run_cli("move-to-server", "--db", missing, "--database-url", empty_url), "No database at"
    )
    assert_one_line_error(
        run_as("move-to-server", "--db", str(clinic_file), "--database-url", url_for_path(missing)),
        "must name a server database",
    )


def test_a_file_at_an_older_schema_is_moved_and_stays_as_it_was(
    clinic_file: Path, empty_url: str
) -> None:
    old = Database.connect(url_for_path(clinic_file))
    migrate.downgrade(old, "0006")
    old.dispose()
    before = _digest(clinic_file)
    result = run_cli("move-to-server", "--db", str(clinic_file), "--database-url", empty_url)
    assert result.returncode == 0, result.stderr
    assert _digest(clinic_file) == before
    assert migrate.revision_of_file(clinic_file) == "0006"
    target = Database.connect(empty_url)
    try:
        assert migrate.stored_revision(target) == migrate.HEAD_REVISION
        with target.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM patient")).scalar() == 26
    finally:
        target.dispose()


def test_copy_goes_in_batches_and_a_changed_row_is_caught(
    clinic_file: Path, empty_url: str
) -> None:
    source, target = Database.connect(url_for_path(clinic_file)), Database.connect(empty_url)
    seen: dict[str, list[int]] = {}
    try:
        transfer.copy_clinic(
            source,
            target,
            batch_rows=7,
            progress=lambda table, rows: seen.setdefault(table, []).append(rows),
        )
        assert seen["patient"] == [7, 14, 21, 26]
        with target.engine.begin() as conn:
            conn.execute(text("UPDATE patient SET phone = '0' WHERE id = 3"))
        with pytest.raises(transfer.TransferMismatch, match="patient: 26 row.*different content"):
            transfer.verify_copy(source, target)
    finally:
        source.dispose()
        target.dispose()


def test_server_backup_is_a_checked_sqlite_file_that_restores_into_an_empty_server(
    clinic_file: Path, empty_url: str, pg_cluster: Cluster, tmp_path: Path
) -> None:
    moved = run_as("move-to-server", "--db", str(clinic_file), "--database-url", empty_url)
    assert moved.returncode == 0, moved.stderr
    backup = tmp_path / "server-backup.sqlite3"
    result = run_cli("backup", "--database-url", empty_url, "--out", str(backup))
    assert result.returncode == 0, result.stderr
    assert "written to" in result.stdout
    assert backup.stat().st_mode & 0o077 == 0  # owner-only, like every backup
    assert not list(tmp_path.glob("*.partial*"))
    assert run_cli("check", "--db", str(backup)).returncode == 0
    # The server then records the backup, after the copy it took.
    _verify(backup, empty_url, then=("backup",), by="mesodesk backup")
    assert_one_line_error(
        run_cli("backup", "--database-url", empty_url, "--out", str(backup)), "already exists"
    )

    again = pg_cluster.empty_database()
    try:
        result = run_cli("restore", "--database-url", again, "--from", str(backup))
        assert result.returncode == 0, result.stderr
        # An empty server has no one to sign in: the restore is signed by the command.
        _verify(backup, again, then=("restore",), by="mesodesk restore")
        assert_one_line_error(
            run_cli("restore", "--database-url", again, "--from", str(backup)), "is not empty"
        )
    finally:
        pg_cluster.drop(again)


def test_check_on_the_server_finds_a_missing_audit_guard(pg_cluster: Cluster) -> None:
    url = pg_cluster.new_database()
    try:
        result = run_cli("check", "--database-url", url)
        assert result.returncode == 0, result.stderr
        assert "OK (integrity" in result.stdout
        db = Database.connect(url)
        with db.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER audit_event_no_change ON audit_event"))
        db.dispose()
        result = run_cli("check", "--database-url", url)
        assert result.returncode == 1
        assert "append-only triggers missing: audit_event_no_change" in result.stderr
    finally:
        pg_cluster.drop(url)


def test_a_server_that_cannot_be_reached_is_one_line(tmp_path: Path) -> None:
    url = f"postgresql://mesodesk@/clinic?host={tmp_path}"  # no server listens there
    for command in (["check"], ["seed-demo", "--patients", "1"]):
        result = run_cli(*command, "--database-url", url)
        assert_one_line_error(result, "The database server cannot be reached")


def test_a_copy_that_fails_half_way_leaves_the_server_empty(
    clinic_file: Path, empty_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import inspect

    def broken(write: object, table: object, rows: object) -> None:
        raise OSError("the network went away")

    monkeypatch.setattr(transfer, "_pg_copy", broken)
    with pytest.raises(OSError, match="network"):
        transfer.move_to_server(clinic_file, empty_url, actor=ACTOR)
    target = Database.connect(empty_url)
    try:
        with target.engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        target.dispose()
    monkeypatch.undo()
    transfer.move_to_server(clinic_file, empty_url, actor=ACTOR)  # and can simply run again
    _verify(clinic_file, empty_url, then=("move-to-server",))

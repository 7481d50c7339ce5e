"""The models match the head migration; migrations round-trip and back the file up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from mesodesk.paths import migrations_dir
from mesodesk.services.audit_chain import verify_chain
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient, patient_page
from mesodesk.store import migrate
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.errors import NewerSchema, NotADatabase
from mesodesk.store.models import Base
from tests.factories import ACTOR, add_actor_account


def test_head_constants_match_alembic_history() -> None:
    script = ScriptDirectory(str(migrations_dir()))
    assert script.get_current_head() == migrate.HEAD_REVISION
    history = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(history) == migrate.KNOWN_REVISIONS


def test_models_match_head_migration(tmp_path: Path) -> None:
    db = Database.connect(url_for_path(tmp_path / "empty.sqlite3"))
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()


def test_downgrade_then_upgrade_round_trip_with_data(db: Database) -> None:
    create_patient(db, PatientInput("Zoë", "Łukasiewicz"), actor=ACTOR)
    migrate.downgrade(db, "base")
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    assert tables == ["alembic_version"]
    migrate.upgrade(db)
    add_actor_account(db)  # the accounts went with the downgrade to base
    create_patient(db, PatientInput("Zoë", "Łukasiewicz"), actor=ACTOR)
    assert [r.given_name for r in patient_page(db, "lukas", actor=ACTOR)] == ["Zoë"]
    with db.engine.connect() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("DELETE FROM audit_event"))


@pytest.mark.sqlite_only(reason="the backup before a migration is a copy of the SQLite file")
def test_upgrade_from_0001_with_data_backs_up_first(db: Database, db_path: Path) -> None:
    """A clinic on the first release (0001) upgrades with its data and a backup made first."""
    create_patient(db, PatientInput("Ana", "Novák"), actor=ACTOR)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO treatment_session (patient_id, starts_at, duration_minutes, status,"
                " status_reason, anaesthetic_used, anaesthetic_product, immediate_reactions,"
                " notes, created_at, updated_at, override_reason, override_by) SELECT id,"
                " '2026-01-05 10:00:00', 45, 'done', '', 0, '', '[]', '', '2026-01-05',"
                " '2026-01-05', '', '' FROM patient"
            )
        )
    migrate.downgrade(db, "0001")
    assert migrate.stored_revision(db) == "0001"

    result = migrate.ensure_schema(db)

    assert result.from_revision == "0001" and result.to_revision == migrate.HEAD_REVISION
    assert result.backup is not None
    with sqlite3.connect(result.backup) as conn:
        assert conn.execute("SELECT family_name FROM patient").fetchall() == [("Novák",)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT status, override_reason, checklist, consented_at FROM treatment_session")
        ).one()
    assert tuple(row) == ("done", "", None, None)
    report = verify_chain(db)  # the rows written before the chain existed were chained
    assert report.ok and report.rows >= 1, report.summary()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db = Database.connect(url_for_path(path))
    migrate.upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(NewerSchema, match="newer mesodesk"):
        migrate.ensure_schema(db)
    db.dispose()


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE something (x)")
    db = Database.connect(url_for_path(path))
    with pytest.raises(NotADatabase, match="not a mesodesk"):
        migrate.ensure_schema(db)
    db.dispose()


def _prefix_rows(db: Database) -> list[tuple[str, str, int]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT prefix, sort_key, patient_id FROM patient_list_prefix ORDER BY 1, 2, 3")
        )
        return [(r[0], r[1], r[2]) for r in rows]


def test_upgrade_to_0003_fills_the_prefix_table_as_the_services_do(db: Database) -> None:
    """The migration's SQL backfill and the services' Python agree row for row."""
    from mesodesk.services.patients import archive_patient

    create_patient(
        db, PatientInput("Hélène", "Lefèvre-Dąbrowska", phone="+33 6 12 34"), actor=ACTOR
    )
    create_patient(db, PatientInput("Jo", "O'Neil Ávila"), actor=ACTOR)
    create_patient(db, PatientInput("Ω", "Øster"), actor=ACTOR)
    gone = create_patient(db, PatientInput("Marta", "Gone"), actor=ACTOR)
    archive_patient(db, gone.id, "Moved away.", actor=ACTOR)
    written = _prefix_rows(db)
    assert {"l", "le", "lef", "h", "he", "hel", "o", "ne", "nei", "av", "ω", "os"} <= {
        p for p, _, _ in written
    }
    assert not any(pid == gone.id for _, _, pid in written)
    assert not any(p.startswith("#") for p, _, _ in written)

    migrate.downgrade(db, "0002")
    migrate.ensure_schema(db)

    assert _prefix_rows(db) == written


def _prefix_counts(db: Database) -> list[tuple[str, int]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT prefix, patients FROM patient_list_prefix_count WHERE patients > 0")
        )
        return sorted((r[0], r[1]) for r in rows)


def test_upgrade_to_0004_counts_the_prefixes_as_the_services_do(db: Database) -> None:
    from mesodesk.services.patients import archive_patient, update_patient

    marie = create_patient(db, PatientInput("Marie", "Martin"), actor=ACTOR)
    create_patient(db, PatientInput("Martine", "Marceau", phone="06 12 34 56 78"), actor=ACTOR)
    gone = create_patient(db, PatientInput("Marta", "Gone"), actor=ACTOR)
    archive_patient(db, gone.id, "Moved away.", actor=ACTOR)
    update_patient(db, marie.id, PatientInput("Marie", "Åberg"), actor=ACTOR)
    written = _prefix_counts(db)
    assert ("mar", 2) in written and ("ab", 1) in written and ("go", 0) not in written

    migrate.downgrade(db, "0003")
    migrate.ensure_schema(db)

    assert _prefix_counts(db) == written


def test_0012_adds_the_patient_language_and_goes_back_without_losing_patients(
    db: Database,
) -> None:
    from mesodesk.services.patients import get_patient

    ana = create_patient(db, PatientInput("Ana", "Novák", language="fr"), actor=ACTOR)

    migrate.downgrade(db, "0011")
    with db.engine.connect() as conn:
        columns = [c["name"] for c in inspect(conn).get_columns("patient")]
        names = conn.execute(text("SELECT family_name FROM patient")).scalars().all()
    assert "language" not in columns and names == ["Novák"]

    migrate.ensure_schema(db)
    assert migrate.stored_revision(db) == "0012"
    assert get_patient(db, ana.id, actor=ACTOR).language is None  # the clinic's, until set

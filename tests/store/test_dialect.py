"""store.dialect: the one place that knows what differs between SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from mesodesk.store import dialect
from mesodesk.store.engine import Database


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgresql://u@h/clinic", "postgresql+psycopg://u@h/clinic"),
        (
            "postgres://u@h/clinic?sslmode=require",
            "postgresql+psycopg://u@h/clinic?sslmode=require",
        ),
        ("postgresql+psycopg://u@h/clinic", "postgresql+psycopg://u@h/clinic"),
        ("sqlite+pysqlite:////tmp/x.sqlite3", "sqlite+pysqlite:////tmp/x.sqlite3"),
    ],
)
def test_a_plain_postgresql_url_means_psycopg_3(given: str, used: str) -> None:
    assert dialect.normalise_url(given) == used
    assert Database(given).url == used


def test_both_backends_pass_the_integrity_checks_and_keep_the_audit_guard(db: Database) -> None:
    with db.engine.connect() as conn:
        assert dialect.integrity_problems(conn) == []
        assert dialect.missing_audit_triggers(conn) == []
        assert dialect.foreign_key_problems(conn) == []


def test_the_reader_runs_the_same_statement_on_both_backends(db: Database) -> None:
    from mesodesk.services.patient_list_server import server_reader

    reader = db.reader() or server_reader(db)
    rows = reader.execute("SELECT count(*) FROM patient WHERE id > ?", [0]).fetchall()
    assert [tuple(r) for r in rows] == [(0,)]
    assert reader.execute("SELECT id FROM patient WHERE id = ?", [1]).fetchone() is None

"""Connections: SQLite pragmas and foreign keys on every pooled connection; real transactions
and the append-only audit on both backends."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import exc, func, inspect, select, text

from mesodesk.store.engine import Database
from mesodesk.store.models import Patient, Practitioner


def _connections(db: Database, n: int = 4):
    """Check out ``n`` distinct pooled connections at once."""
    return [db.engine.connect() for _ in range(n)]


@pytest.mark.sqlite_only(reason="reads SQLite PRAGMAs back")
def test_pragmas_read_back_on_every_pooled_connection(db: Database) -> None:
    conns = _connections(db)
    try:
        for conn in conns:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        for conn in conns:
            conn.close()


@pytest.mark.sqlite_only(
    reason="SQLite enforces foreign keys only through a per-connection PRAGMA; PostgreSQL always does"
)
def test_orphan_row_raises_on_every_pooled_connection(db: Database) -> None:
    conns = _connections(db)
    try:
        for conn in conns:
            with pytest.raises(exc.IntegrityError):
                with conn.begin():
                    conn.execute(
                        text(
                            "INSERT INTO treatment_session (patient_id, starts_at, duration_minutes,"
                            " status, status_reason, anaesthetic_used, anaesthetic_product,"
                            " immediate_reactions, notes, created_at, updated_at) VALUES"
                            " (999999, '2026-01-01', 30, 'planned', '', 0, '', '[]', '',"
                            " '2026-01-01', '2026-01-01')"
                        )
                    )
    finally:
        for conn in conns:
            conn.close()


def test_rolled_back_outer_transaction_leaves_nothing_after_released_savepoint(
    db: Database,
) -> None:
    now = datetime(2026, 1, 1)
    with pytest.raises(RuntimeError):
        with db.begin() as s:
            with s.begin_nested():  # SAVEPOINT ... RELEASE
                s.add(Practitioner(display_name="Inside savepoint", created_at=now))
            s.add(Practitioner(display_name="Outside savepoint", created_at=now))
            s.flush()
            raise RuntimeError("abort the unit of work")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Practitioner)) == 0


def test_ddl_inside_a_transaction_is_rolled_back(db: Database) -> None:
    with db.engine.connect() as conn:
        with conn.begin() as transaction:
            conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
            transaction.rollback()
        assert not inspect(conn).has_table("scratch")


def test_audit_table_rejects_update_and_delete(db: Database) -> None:
    from mesodesk.services import audit

    with db.begin() as s:
        audit.record(s, actor="a", action="create", entity="x", entity_id=1, after={"k": 1})
    for statement in ("UPDATE audit_event SET actor = 'b'", "DELETE FROM audit_event"):
        with pytest.raises(exc.DatabaseError, match="append-only"):
            with db.engine.begin() as conn:
                conn.execute(text(statement))
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM audit_event WHERE actor = 'a'")) == 1


@pytest.mark.sqlite_only(
    reason="reads SQLite's EXPLAIN QUERY PLAN; tests/store/test_pg_search.py checks PostgreSQL's plans"
)
@pytest.mark.parametrize("include_archived", [False, True])
@pytest.mark.parametrize("typed", ["mar", "hél du", "0612 345", "12/03/1985"])
def test_patient_search_is_driven_by_an_index(
    db: Database, typed: str, include_archived: bool
) -> None:
    from mesodesk.domain.search import parse_query
    from mesodesk.services.patients import _filtered, _row_select

    query = (
        _filtered(_row_select(), parse_query(typed), include_archived)
        .order_by(Patient.sort_key, Patient.id)
        .limit(50)
    )
    compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as conn:
        steps = [str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    assert not any(step.startswith("SCAN patient") for step in steps), steps
    assert steps[0].startswith(
        ("MATERIALIZE", "SEARCH patient USING COVERING INDEX ix_patient_dob")
    )

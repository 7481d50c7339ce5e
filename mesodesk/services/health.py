"""``mesodesk check``: integrity, foreign keys, schema revision and the audit guard."""

from __future__ import annotations

from sqlalchemy import text

from mesodesk.store import dialect
from mesodesk.store.engine import Database
from mesodesk.store.migrate import HEAD_REVISION, stored_revision


def check_database(db: Database) -> list[str]:
    """Problems found in the database; an empty list means all is well."""
    problems: list[str] = []
    revision = stored_revision(db)
    if revision != HEAD_REVISION:
        problems.append(f"schema revision is {revision or 'missing'}, expected {HEAD_REVISION}")
    with db.engine.connect() as conn:
        problems.extend(dialect.integrity_problems(conn))
        missing = dialect.missing_audit_triggers(conn)
        if missing:
            problems.append("audit: append-only triggers missing: " + ", ".join(missing))
        if revision is not None:
            bad = conn.execute(
                text(
                    "SELECT count(*) FROM audit_event WHERE occurred_at IS NULL "
                    "OR actor IS NULL OR action IS NULL OR entity IS NULL"
                )
            ).scalar()
            if bad:
                problems.append(f"audit: {bad} entries lack time, actor, action or entity")
            if not problems:
                problems.extend(_probe_audit_guard(db))
    return problems


def foreign_key_problems(db: Database) -> list[str]:
    """Rows pointing to a missing row (SQLite only can hold them; PostgreSQL refuses them)."""
    with db.engine.connect() as conn:
        return dialect.foreign_key_problems(conn)


def _probe_audit_guard(db: Database) -> list[str]:
    """Insert a probe row and try to change and delete it, all inside a rolled-back transaction."""
    problems = []
    with db.engine.connect() as conn:
        transaction = conn.begin()
        try:
            probe_id = conn.execute(
                text(
                    "INSERT INTO audit_event (occurred_at, actor, action, entity) "
                    "VALUES (CURRENT_TIMESTAMP, 'check', 'probe', 'probe') RETURNING id"
                )
            ).scalar_one()
            for verb, statement in (
                ("UPDATE", "UPDATE audit_event SET actor = 'changed' WHERE id = :id"),
                ("DELETE", "DELETE FROM audit_event WHERE id = :id"),
            ):
                savepoint = conn.begin_nested()
                try:
                    conn.execute(text(statement), {"id": probe_id})
                except Exception:
                    savepoint.rollback()
                else:
                    savepoint.rollback()
                    problems.append(f"audit: the audit table accepts {verb}")
        finally:
            transaction.rollback()
    return problems

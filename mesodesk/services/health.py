"""``mesodesk check``: integrity, foreign keys, schema revision, unexpected schema objects,
the audit guard and the audit hash chain."""

from __future__ import annotations

from sqlalchemy import text

from mesodesk.services.audit_chain import verify_chain
from mesodesk.store import dialect
from mesodesk.store.engine import Database
from mesodesk.store.migrate import HEAD_REVISION, stored_revision
from mesodesk.store.schema_check import unexpected_schema


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
    if revision == HEAD_REVISION:
        from mesodesk.services.photos import check_photos

        with db.read() as s:
            problems.extend(check_photos(s))
        problems.extend(unexpected_schema(db))
        report = verify_chain(db)
        if not report.ok:
            problems.append(report.summary())
        if not problems and not db.read_only:  # the probe writes (and rolls back)
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
                    "INSERT INTO audit_event (id, occurred_at, actor, action, entity) "
                    "SELECT COALESCE(MAX(id), 0) + 1, CURRENT_TIMESTAMP, 'check', 'probe', "
                    "'probe' FROM audit_event RETURNING id"
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

"""Refusing a database whose schema holds objects mesodesk did not create.

A restored backup could carry an extra trigger (one that blanks allergies on every new
profile, say), a view or a table; the audit guard could be replaced by a same-named
trigger that does something else. ``unexpected_schema`` names each such object.
"""

from __future__ import annotations

import re

from sqlalchemy import inspect, text

from mesodesk.store.engine import Database
from mesodesk.store.models import Base

AUDIT_TRIGGERS_SQLITE = {
    "audit_event_no_update": "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
    "audit_event_no_delete": "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
}
"""The only triggers of a SQLite database, as migration 0001 creates them."""
AUDIT_TRIGGERS_POSTGRESQL = frozenset({"audit_event_no_change"})
AUDIT_FUNCTIONS_POSTGRESQL = frozenset({"audit_event_append_only"})
EXTRA_TABLES = frozenset({"alembic_version"})


def normal_sql(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().rstrip(";").casefold()


def expected_tables() -> set[str]:
    return set(Base.metadata.tables) | EXTRA_TABLES


def expected_indexes() -> dict[str, str]:
    """Index name -> table, for every index the models declare."""
    return {
        str(index.name): table.name
        for table in Base.metadata.tables.values()
        for index in table.indexes
    }


def unexpected_schema(db: Database) -> list[str]:
    """One line per table, view, index or trigger that mesodesk did not create."""
    if db.is_sqlite:
        return _sqlite(db)
    return _postgresql(db)


def _sqlite(db: Database) -> list[str]:
    problems: list[str] = []
    tables, indexes = expected_tables(), expected_indexes()
    with db.engine.connect() as conn:
        objects = conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).all()
        for kind, name, table, sql in objects:
            if kind == "table":
                if name not in tables and not name.startswith("sqlite_"):
                    problems.append(f"schema: table {name!r} was not created by mesodesk")
                elif name in Base.metadata.tables:
                    problems.extend(_columns(conn, name))
            elif kind == "view":
                problems.append(f"schema: view {name!r} was not created by mesodesk")
            elif kind == "index":
                auto = name.startswith("sqlite_autoindex_") and sql is None
                if not auto and indexes.get(name) != table:
                    problems.append(
                        f"schema: index {name!r} on {table} was not created by mesodesk"
                    )
            elif kind == "trigger":
                expected = AUDIT_TRIGGERS_SQLITE.get(name)
                if expected is None:
                    problems.append(
                        f"schema: trigger {name!r} on {table} was not created by mesodesk"
                    )
                elif normal_sql(sql or "") != normal_sql(expected):
                    problems.append(f"schema: trigger {name!r} has been changed")
    return problems


def _columns(conn: object, table: str) -> list[str]:
    """Columns a table has beyond the model's (data could be routed into them)."""
    from sqlalchemy.engine import Connection

    assert isinstance(conn, Connection)
    expected = set(Base.metadata.tables[table].columns.keys())
    found = {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}
    return [
        f"schema: column {table}.{column} was not created by mesodesk"
        for column in sorted(found - expected)
    ]


def _postgresql(db: Database) -> list[str]:
    problems: list[str] = []
    tables = expected_tables()
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for name in inspector.get_table_names():
            if name not in tables:
                problems.append(f"schema: table {name!r} was not created by mesodesk")
        for name in inspector.get_view_names():
            problems.append(f"schema: view {name!r} was not created by mesodesk")
        indexes = expected_indexes()
        for table in inspector.get_table_names():
            for index in inspector.get_indexes(table):
                if index.get("duplicates_constraint"):  # a unique constraint's own index
                    continue
                if index["name"] and indexes.get(index["name"]) != table:
                    problems.append(
                        f"schema: index {index['name']!r} on {table} was not created by mesodesk"
                    )
        for table in inspector.get_table_names():
            if table in Base.metadata.tables:
                expected = set(Base.metadata.tables[table].columns.keys())
                found = {str(column["name"]) for column in inspector.get_columns(table)}
                problems.extend(
                    f"schema: column {table}.{column} was not created by mesodesk"
                    for column in sorted(found - expected)
                )
        problems.extend(_postgresql_triggers(conn))
        for name, table in conn.execute(
            text(
                "SELECT r.rulename, r.tablename FROM pg_rules r "
                "WHERE r.schemaname = current_schema()"
            )
        ):
            problems.append(f"schema: rule {name!r} on {table} was not created by mesodesk")
    return problems


AUDIT_TRIGGER_TYPE_POSTGRESQL = 1 | 2 | 8 | 16
"""``pg_trigger.tgtype`` of the guard: FOR EACH ROW (1), BEFORE (2), DELETE (8), UPDATE (16)."""
AUDIT_FUNCTION_BODY_POSTGRESQL = "BEGIN RAISE EXCEPTION 'audit_event is append-only'; END;"
"""The body of ``audit_event_append_only()`` as migration 0001 creates it."""


def _postgresql_triggers(conn: object) -> list[str]:
    """Triggers mesodesk did not create, and the audit guard changed, disabled or pointed
    at a changed function (PostgreSQL keeps each part in its own catalog column)."""
    from sqlalchemy.engine import Connection

    assert isinstance(conn, Connection)
    problems: list[str] = []
    triggers = conn.execute(
        text(
            "SELECT t.tgname, c.relname, p.proname, t.tgenabled, t.tgtype, "
            "t.tgqual IS NOT NULL, p.prosrc FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
    ).all()
    for name, table, function, enabled, kind, has_when, body in triggers:
        if name not in AUDIT_TRIGGERS_POSTGRESQL or function not in AUDIT_FUNCTIONS_POSTGRESQL:
            problems.append(f"schema: trigger {name!r} on {table} was not created by mesodesk")
        elif (
            table != "audit_event"
            or str(enabled) != "O"
            or int(kind) != AUDIT_TRIGGER_TYPE_POSTGRESQL
            or has_when
            or normal_sql(str(body)) != normal_sql(AUDIT_FUNCTION_BODY_POSTGRESQL)
        ):
            problems.append(f"schema: trigger {name!r} has been changed")
    return problems

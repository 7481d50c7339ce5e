"""PostgreSQL: the patient search reads index ranges, never the whole patient table (EXPLAIN),
and finds what SQLite finds, in the same order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from mesodesk.services import demo
from mesodesk.services.database import open_database
from mesodesk.services.patient_list import find_patients
from mesodesk.store.engine import Database, url_for_path
from tests.factories import ACTOR
from tests.pg import Cluster

SEARCHES = ["m", "ma", "mar", "mart", "ma d", "du", "hél", "sø", "lef dąb", "06", "0612", "zz"]
TABLES = ("patient", "patient_search_term", "patient_list_prefix")


@pytest.fixture(scope="module")
def clinics(
    pg_cluster: Cluster, template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, Database]]:
    """The same 3,000-patient demo clinic on PostgreSQL (analysed) and on SQLite."""
    url = pg_cluster.new_database()
    server = open_database(url)
    path = tmp_path_factory.mktemp("pg-search") / "clinic.sqlite3"
    path.write_bytes(template_db.read_bytes())
    file = open_database(url_for_path(path))
    for db in (server, file):
        demo.seed_demo(db, patients=3000, seed=11, today=date(2026, 11, 21), actor=ACTOR)
    with server.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    yield server, file
    server.dispose()
    file.dispose()
    pg_cluster.drop(url)


def _statements(db: Database, typed: str) -> list[tuple[str, Any]]:
    sent: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        sent.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        listing = find_patients(db, typed, actor=ACTOR)
        listing.rows(0, 50)
        listing.rows(max(listing.count - 50, 0), listing.count)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    return [(s, p) for s, p in sent if s.lstrip().upper().startswith("SELECT")]


@pytest.mark.parametrize("typed", [*SEARCHES, "15/01/1978"])
def test_search_statements_never_scan_the_patient_tables(
    clinics: tuple[Database, Database], typed: str
) -> None:
    server, _file = clinics
    statements = _statements(server, typed)
    assert statements
    with server.engine.connect() as conn:
        for statement, params in statements:
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, params))
            scans = [t for t in TABLES if f"Seq Scan on {t} " in plan + " "]
            assert not scans, (statement, plan)


def test_whole_list_pages_read_the_list_index(clinics: tuple[Database, Database]) -> None:
    """Nothing typed: the count reads the table (as a count must), every page an index range."""
    server, _file = clinics
    statements = _statements(server, "")
    # The signed-in account is read once (a primary-key lookup) before the list.
    pages = [(s, p) for s, p in statements if "count(" not in s and "FROM account" not in s]
    assert len(pages) == 2
    with server.engine.connect() as conn:
        for statement, params in pages:
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, params))
            assert "Seq Scan" not in plan, plan


@pytest.mark.parametrize("typed", ["", *SEARCHES])
def test_server_and_file_list_the_same_patients_in_the_same_order(
    clinics: tuple[Database, Database], typed: str
) -> None:
    server, file = clinics
    on_server, on_file = (
        find_patients(server, typed, actor=ACTOR),
        find_patients(file, typed, actor=ACTOR),
    )
    assert on_server.count == on_file.count
    assert on_server.rows(0, on_server.count) == on_file.rows(0, on_file.count)
    if on_server.count:
        last = on_file.rows(on_file.count - 1, on_file.count)[0].id
        assert on_server.position_of(last) in (None, on_file.position_of(last))


def test_the_searched_columns_compare_bytes(clinics: tuple[Database, Database]) -> None:
    """Migration 0010: prefix ranges are exact whatever the server's locale."""
    server, _file = clinics
    with server.engine.connect() as conn:
        collations = dict(
            conn.execute(
                text(
                    "SELECT table_name || '.' || column_name, collation_name"
                    " FROM information_schema.columns WHERE column_name IN"
                    " ('term', 'sort_key', 'prefix') AND table_schema = current_schema()"
                )
            ).all()
        )
    assert collations == {
        "patient.sort_key": "C",
        "patient_search_term.term": "C",
        "patient_list_prefix.prefix": "C",
        "patient_list_prefix.sort_key": "C",
        "patient_list_prefix_count.prefix": "C",
    }


@pytest.mark.parametrize("typed", ["m", "du", "zz"])
def test_a_short_prefix_costs_one_statement_for_its_count_and_first_rows(
    clinics: tuple[Database, Database], typed: str
) -> None:
    """On a server each statement is a round trip: a 1–3 letter search reads its count and
    its first rows together; windows past them are read by keyset as before."""
    server, file = clinics
    sent: list[tuple[str, object]] = []

    def note(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        sent.append((statement, conn.get_execution_options().get("isolation_level")))

    event.listen(server.engine, "before_cursor_execute", note)
    try:
        listing = find_patients(server, typed, actor=ACTOR)
        first = listing.rows(0, 50)
    finally:
        event.remove(server.engine, "before_cursor_execute", note)
    # Two round trips in all: the signed-in account (a primary-key read), then the list.
    # Both are plain autocommit statements: no BEGIN and COMMIT around the account's check.
    assert [("FROM account" in s, level) for s, level in sent] == [
        (True, "AUTOCOMMIT"),
        (False, "AUTOCOMMIT"),
    ], sent
    on_file = find_patients(file, typed, actor=ACTOR)
    assert (listing.count, first) == (on_file.count, on_file.rows(0, 50))
    assert listing.rows(90, 130) == on_file.rows(90, 130)
    assert listing.rows(listing.count - 5, listing.count + 5) == on_file.rows(
        on_file.count - 5, on_file.count + 5
    )

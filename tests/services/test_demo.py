"""The demo clinic: deterministic, complete, consistent and readable through the services."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mesodesk.domain.enums import CourseStatus, SessionStatus, Technique
from mesodesk.domain.validation import age_on, patient_errors
from mesodesk.services import demo
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.health import foreign_key_problems
from mesodesk.services.patients import patient_page, search_terms
from mesodesk.services.products import list_products, lot_state
from mesodesk.services.sessions import get_session, sessions_for_patient
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.models import AuditEvent, Base
from tests.factories import ACTOR

TODAY = date(2025, 6, 15)
SHOWCASE = ("Hélène", "Lefèvre-Dąbrowska")


def _copy(template: Path, target: Path) -> Database:
    shutil.copyfile(template, target)
    return Database.connect(url_for_path(target))


@pytest.fixture(scope="module")
def seeded(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A 1000-patient demo shared by the read-only tests."""
    db = _copy(template_db, tmp_path_factory.mktemp("seeded") / "demo.db")
    demo.seed_demo(db, actor=ACTOR, patients=1000, seed=7, today=TODAY)
    yield db
    db.dispose()


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def _all_tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: _rows(db, f"SELECT * FROM {table} ORDER BY 1, 2")  # noqa: S608 (our names)
        for table in demo.COLUMNS
    }


def test_columns_follow_the_models() -> None:
    for table, columns in demo.COLUMNS.items():
        assert columns == tuple(c.name for c in Base.metadata.tables[table].columns), table


def test_same_seed_gives_identical_rows_and_another_seed_differs(
    new_db: Callable[[], Database],
) -> None:
    dbs = [new_db() for _ in range(3)]
    try:
        first = demo.seed_demo(dbs[0], actor=ACTOR, patients=150, seed=3, today=TODAY)
        second = demo.seed_demo(dbs[1], actor=ACTOR, patients=150, seed=3, today=TODAY)
        other = demo.seed_demo(dbs[2], actor=ACTOR, patients=150, seed=4, today=TODAY)
        assert first == second
        tables = [_all_tables(db) for db in dbs]
        assert tables[0] == tables[1]
        assert tables[0]["patient"] != tables[2]["patient"]
        assert tables[0]["treatment_session"] != tables[2]["treatment_session"]
        assert first != other
    finally:
        for db in dbs:
            db.dispose()


@pytest.mark.sqlite_only(reason="compares the raw text the SQLite fast path stores")
def test_demo_rows_are_exactly_what_seed_demo_inserts(db: Database) -> None:
    with db.read() as s:
        context = demo.demo_context(s)
    expected: dict[str, list[tuple[Any, ...]]] = {t: [] for t in demo.COLUMNS}
    for chunk in demo.demo_rows(context, patients=40, seed=5, today=TODAY, chunk_patients=15):
        assert chunk.columns == demo.COLUMNS[chunk.table]
        expected[chunk.table].extend(chunk.rows)
    demo.seed_demo(db, actor=ACTOR, patients=40, seed=5, today=TODAY)
    for table, columns in demo.COLUMNS.items():
        stored = _rows(db, f"SELECT {', '.join(columns)} FROM {table}")  # noqa: S608
        assert sorted(stored, key=repr) == sorted(expected[table], key=repr), table


def test_portable_path_stores_the_same_values_as_the_sqlite_fast_path(
    template_db: Path, tmp_path: Path
) -> None:
    fast, portable = (_copy(template_db, tmp_path / f"{n}.db") for n in ("fast", "portable"))
    try:
        with fast.read() as s:
            context = demo.demo_context(s)
        for db, raw in ((fast, True), (portable, False)):
            with db.begin() as s:
                demo.write_rows(
                    s, demo.demo_rows(context, patients=30, seed=2, today=TODAY), raw=raw
                )
        assert _all_tables(fast) == _all_tables(portable)
    finally:
        fast.dispose()
        portable.dispose()


def test_counts_are_realistic(seeded: Database) -> None:
    (summary_after,) = _rows(seeded, "SELECT after FROM audit_event WHERE action = 'seed'")
    counts = {
        "patients": _rows(seeded, "SELECT count(*) FROM patient")[0][0],
        "sessions": _rows(seeded, "SELECT count(*) FROM treatment_session")[0][0],
        "treatments": _rows(seeded, "SELECT count(*) FROM session_treatment")[0][0],
        "products": _rows(seeded, "SELECT count(*) FROM product")[0][0],
        "lots": _rows(seeded, "SELECT count(*) FROM product_lot")[0][0],
        "practitioners": _rows(seeded, "SELECT count(*) FROM practitioner")[0][0],
        "courses": _rows(seeded, "SELECT count(*) FROM course")[0][0],
        "adverse_events": _rows(seeded, "SELECT count(*) FROM adverse_event")[0][0],
    }
    assert counts["patients"] == 1000
    assert 1000 * 7 + 500 <= counts["sessions"] <= 1000 * 13 + 500
    assert counts["sessions"] <= counts["treatments"] <= 3 * counts["sessions"]
    assert 12 <= counts["products"] <= 20
    assert 2 * counts["products"] <= counts["lots"] <= 4 * counts["products"]
    assert 4 <= counts["practitioners"] <= 6
    assert counts["courses"] > 0
    assert 0 < counts["adverse_events"] < counts["sessions"] // 50
    assert summary_after is not None

    per_patient = [
        n for (n,) in _rows(seeded, "SELECT count(*) FROM treatment_session GROUP BY patient_id")
    ]
    assert per_patient.count(500) == 1
    assert max(n for n in per_patient if n != 500) < 500
    assert sum(1 for n in per_patient if n <= 5) > sum(1 for n in per_patient if n >= 20) > 0

    archived = _rows(seeded, "SELECT count(*) FROM patient WHERE archived_at IS NOT NULL")[0][0]
    assert 5 <= archived <= 40
    profiles = _rows(seeded, "SELECT count(DISTINCT patient_id) FROM medical_profile")[0][0]
    assert 700 <= profiles < 1000
    lines = _rows(seeded, "SELECT count(*) FROM session_treatment GROUP BY session_id")
    assert {n for (n,) in lines} == {1, 2, 3}


def test_a_chain_has_enough_practitioners_for_a_working_day(db: Database) -> None:
    """30k patients: 15 practitioners, each booked for a plausible day, not for hundreds."""
    with db.read() as s:
        context = demo.demo_context(s)
    practitioners: list[tuple[Any, ...]] = []
    per_day: Counter[tuple[int, str]] = Counter()
    for chunk in demo.demo_rows(context, patients=30_000, seed=3, today=TODAY):
        if chunk.table == "practitioner":
            practitioners.extend(chunk.rows)
        elif chunk.table == "treatment_session":
            practitioner = chunk.columns.index("practitioner_id")
            starts = chunk.columns.index("starts_at")
            for row in chunk.rows:
                per_day[(row[practitioner], str(row[starts])[:10])] += 1
    assert len(practitioners) == 30_000 // demo.PATIENTS_PER_PRACTITIONER
    names = [row[1] for row in practitioners]
    assert len(set(names)) == len(names)
    busy_days = sorted(per_day.values())
    assert busy_days[len(busy_days) // 2] <= 12
    assert busy_days[int(len(busy_days) * 0.99)] <= 26


def test_exactly_one_500_session_patient_even_for_one_patient(db: Database) -> None:
    summary = demo.seed_demo(db, actor=ACTOR, patients=1, today=TODAY)
    assert summary.patients == 1
    assert summary.sessions == 500
    hits = patient_page(db, "helene", actor=ACTOR)
    assert [(p.given_name, p.family_name) for p in hits] == [SHOWCASE]


def test_accent_folded_search_finds_the_showcase_patient(seeded: Database) -> None:
    for text in ("helene", "HÉLÈNE lefevre", "dabrowska", "lefèvre-dąbrowska hel"):
        found = {
            (p.given_name, p.family_name)
            for p in patient_page(seeded, text, limit=500, actor=ACTOR)
        }
        assert SHOWCASE in found, text


def test_every_patient_has_exactly_its_search_terms(seeded: Database) -> None:
    terms: dict[int, set[str]] = {}
    for term, patient_id in _rows(seeded, "SELECT term, patient_id FROM patient_search_term"):
        terms.setdefault(int(patient_id), set()).add(str(term))
    patients = _rows(seeded, "SELECT id, given_name, family_name, phone FROM patient")
    for pid, given, family, phone in patients:
        assert terms[pid] == set(search_terms(given, family, phone)), pid


def test_names_cover_many_scripts_and_accents(seeded: Database) -> None:
    names = " ".join(
        f"{g} {f}" for g, f in _rows(seeded, "SELECT given_name, family_name FROM patient")
    )
    for letters in ("é", "ü", "ł", "ř", "ş", "ñ", "ã", "ø", "å", "ð"):
        assert any(c in names for c in letters), letters
    assert any("\u0370" <= c <= "\u03ff" for c in names)  # Greek
    assert any("\u0400" <= c <= "\u04ff" for c in names)  # Cyrillic
    greek = next(
        p
        for p in patient_page(seeded, "", limit=2000, actor=ACTOR)
        if "\u0370" <= p.family_name[0] <= "\u03ff"
    )
    assert greek in patient_page(seeded, greek.family_name.upper(), limit=2000, actor=ACTOR)


def test_patient_details_pass_the_desk_validation(seeded: Database) -> None:
    rows = _rows(
        seeded,
        "SELECT given_name, family_name, date_of_birth, phone, email, created_at FROM patient",
    )
    for given, family, dob, phone, email, created in rows:
        born = date.fromisoformat(str(dob))
        assert 18 <= age_on(born, TODAY) <= 80
        assert datetime.fromisoformat(str(created)).date() <= TODAY
        assert age_on(born, datetime.fromisoformat(str(created)).date()) >= 18
        assert str(email).isascii()
        errors = patient_errors(
            given_name=str(given),
            family_name=str(family),
            date_of_birth=born,
            phone=str(phone),
            email=str(email),
            today=TODAY,
        )
        assert errors == {}, (given, family, errors)


def test_foreign_keys_hold(seeded: Database) -> None:
    assert foreign_key_problems(seeded) == []


def test_statuses_follow_the_calendar(seeded: Database) -> None:
    today = TODAY.isoformat()
    rows = _rows(seeded, "SELECT status, starts_at FROM treatment_session")
    statuses = {str(s) for s, _ in rows}
    assert statuses <= {s.value for s in SessionStatus}
    for status, starts in rows:
        if status == SessionStatus.PLANNED:
            assert str(starts) >= today
        else:
            assert str(starts) < today
    assert {SessionStatus.DONE, SessionStatus.CANCELLED, SessionStatus.NO_SHOW} <= statuses
    courses = _rows(
        seeded,
        f"SELECT c.status, min(s.starts_at) < '{today}', max(s.starts_at) >= '{today}' "  # noqa: S608
        "FROM course c JOIN treatment_session s ON s.course_id = c.id GROUP BY c.id",
    )
    assert any(past and future for _, past, future in courses)
    assert {str(c[0]) for c in courses} <= {s.value for s in CourseStatus}
    techniques = {
        str(t) for (t,) in _rows(seeded, "SELECT DISTINCT technique FROM session_treatment")
    }
    assert techniques <= {t.value for t in Technique}
    gauges = {g for (g,) in _rows(seeded, "SELECT DISTINCT needle_gauge FROM session_treatment")}
    assert gauges <= {30, 32, 33}


def test_lots_are_valid_on_the_session_day(seeded: Database) -> None:
    bad = _rows(
        seeded,
        "SELECT t.id FROM session_treatment t JOIN product_lot l ON l.id = t.product_lot_id "
        "JOIN treatment_session s ON s.id = t.session_id "
        "WHERE l.product_id != t.product_id OR date(s.starts_at) > l.expiry_date "
        "OR s.status != 'done'",
    )
    assert bad == []
    used = _rows(seeded, "SELECT count(*) FROM session_treatment WHERE product_lot_id IS NOT NULL")
    assert used[0][0] > 0
    states = [
        lot_state(date.fromisoformat(str(e)), TODAY)
        for (e,) in _rows(seeded, "SELECT expiry_date FROM product_lot")
    ]
    assert states.count("expired") >= 3
    assert 1 <= states.count("expiring") <= 5
    assert states.count("ok") > len(states) // 3
    products = list_products(seeded)
    assert all(p.ingredients for p in products)
    assert any("lidocaine" in p.ingredients for p in products)


def test_allergic_patients_never_get_their_allergen(seeded: Database) -> None:
    import json

    ingredients = {
        pid: set(json.loads(str(i)))
        for pid, i in _rows(seeded, "SELECT id, ingredients FROM product")
    }
    rows = _rows(
        seeded,
        "SELECT m.allergens, t.product_id FROM medical_profile m "
        "JOIN treatment_session s ON s.patient_id = m.patient_id "
        "JOIN session_treatment t ON t.session_id = s.id "
        "WHERE m.allergens != '[]' AND t.product_id IS NOT NULL",
    )
    assert rows
    for allergens, product_id in rows:
        assert not set(json.loads(str(allergens))) & ingredients[product_id]


def test_sessions_read_back_through_the_services(seeded: Database) -> None:
    (hit,) = patient_page(seeded, "helene dabrowska", actor=ACTOR)
    sessions = sessions_for_patient(seeded, hit.id, actor=ACTOR)
    assert len(sessions) == 500
    assert all(isinstance(s.total_volume_ml, Decimal) for s in sessions)
    done = next(s for s in sessions if s.status == SessionStatus.DONE)
    record = get_session(seeded, done.id, actor=ACTOR)
    assert 1 <= len(record.treatments) <= 3
    for line in record.treatments:
        assert isinstance(line.volume_ml, Decimal)
        assert line.volume_ml == line.volume_ml.quantize(Decimal("0.01"))
        assert Decimal("0.5") <= line.volume_ml <= Decimal("4.0")
        assert isinstance(line.depth_mm, Decimal)
        assert line.area_name
    local = record.starts_at
    assert 9 <= local.hour <= 18
    assert local.weekday() != 6


def test_one_summary_audit_row(seeded: Database) -> None:
    with seeded.read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "seed")))
    assert len(rows) == 1
    (event,) = rows
    assert event.entity == "demo"
    assert event.after is not None and event.after["patients"] == 1000
    assert set(event.after) == set(asdict(demo.DemoSummary(0, 0, 0, 0, 0, 0, 0, 0)))
    # Not one audit row per generated record: besides the summary, only the catalog, the
    # packaged texts and the demo's clinic setup are on record.
    per_entity = dict(_rows(seeded, "SELECT entity, count(*) FROM audit_event GROUP BY entity"))
    assert set(per_entity) <= {"demo", "catalog", "document_template", "setting"}
    assert per_entity["demo"] == 1


def test_progress_and_a_second_run_appends(db: Database) -> None:
    calls: list[tuple[str, int, int]] = []
    first = demo.seed_demo(
        db, actor=ACTOR, patients=12, seed=1, today=TODAY, progress=lambda *a: calls.append(a)
    )
    assert ("patients", 12, 12) in calls
    assert calls[0][0] == "clinic" and calls[-1][0] == "saved"
    second = demo.seed_demo(
        db, actor=ACTOR, patients=12, seed=1, today=TODAY + timedelta(days=1), force=True
    )
    assert _rows(db, "SELECT count(*) FROM patient")[0][0] == 24
    assert _rows(db, "SELECT count(*) FROM treatment_session")[0][0] == (
        first.sessions + second.sessions
    )
    assert foreign_key_problems(db) == []
    assert len(_rows(db, "SELECT id FROM audit_event WHERE action = 'seed'")) == 2


def test_negative_count_is_refused(db: Database) -> None:
    with pytest.raises(ValidationFailed):
        demo.seed_demo(db, actor=ACTOR, patients=-1, today=TODAY)


def test_short_prefix_search_lists_what_the_general_search_lists(seeded: Database) -> None:
    """The ordered prefix table answers 1- to 3-letter searches exactly like the term index."""
    from mesodesk.domain.search import parse_query
    from mesodesk.services import patient_list

    conn = seeded.reader()
    assert conn is not None
    typed = ["m", "ma", "mar", "du", "hél", "sø", "Ł", "ż", "ö", "o", "a", "zz", "é"]
    for text in typed:
        short = patient_list.find_patients(seeded, text, actor=ACTOR)
        assert type(short).__name__ == "PrefixList", text
        general = patient_list._search(seeded, conn, parse_query(text), False)
        assert short.count == general.count, text
        assert short.plain_rows(0, short.count) == general.plain_rows(0, general.count), text
        # Pages read from the middle and backwards from the end agree with the full read.
        middle, end = short.count // 2, short.count
        assert short.plain_rows(middle, middle + 7) == general.plain_rows(middle, middle + 7)
        assert short.plain_rows(end - 5, end) == general.plain_rows(end - 5, end)
        for patient_id in [r[0] for r in general.plain_rows(0, 3)]:
            assert short.position_of(patient_id) == general.position_of(patient_id)


def test_prefix_rows_are_exactly_the_active_patients_name_prefixes(seeded: Database) -> None:
    from mesodesk.domain.search import list_prefixes

    terms: dict[int, list[str]] = {}
    for term, pid in _rows(seeded, "SELECT term, patient_id FROM patient_search_term"):
        terms.setdefault(pid, []).append(term)
    keys = dict(_rows(seeded, "SELECT id, sort_key FROM patient WHERE archived_at IS NULL"))
    expected = sorted(
        (prefix, keys[pid], pid) for pid in keys for prefix in list_prefixes(terms.get(pid, []))
    )
    stored = sorted(_rows(seeded, "SELECT prefix, sort_key, patient_id FROM patient_list_prefix"))
    assert stored == expected
    assert len(stored) > 3 * len(keys)
    counted = dict(_rows(seeded, "SELECT prefix, patients FROM patient_list_prefix_count"))
    assert counted == Counter(prefix for prefix, _, _ in stored)

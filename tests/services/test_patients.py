"""Patient services: validation, audit in the same transaction, search, dated profiles."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mesodesk.services import patients
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, MedicalProfile, Patient
from tests.factories import ACTOR


def _audit_rows(db: Database, entity: str) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.entity == entity)))


def test_create_writes_patient_and_audit_together(db: Database) -> None:
    record = patients.create_patient(
        db, PatientInput("Hélène", "Müller", date(1985, 3, 12), phone="06 12 34 56 78"), actor=ACTOR
    )
    rows = _audit_rows(db, "patient")
    assert [(r.action, r.entity_id, r.actor) for r in rows] == [("create", record.id, ACTOR.name)]
    assert rows[0].after is not None and rows[0].after["family_name"] == "Müller"
    assert rows[0].occurred_at <= datetime.utcnow() + timedelta(seconds=1)


def test_invalid_input_is_refused_with_messages_per_field_and_nothing_written(db: Database) -> None:
    future = date.today() + timedelta(days=3)
    with pytest.raises(ValidationFailed) as caught:
        patients.create_patient(
            db, PatientInput(" ", "", future, phone="call me", email="nope@"), actor=ACTOR
        )
    assert set(caught.value.errors) == {
        "given_name",
        "family_name",
        "date_of_birth",
        "phone",
        "email",
    }
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == 0
    assert _audit_rows(db, "patient") == []


def test_implausible_age_is_refused(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught:
        patients.create_patient(db, PatientInput("Old", "Person", date(1890, 1, 1)), actor=ACTOR)
    assert "older than" in caught.value.errors["date_of_birth"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("helene", ["Müller"]),
        ("HÉL", ["Müller"]),
        ("muller", ["Müller"]),
        ("mul hel", ["Müller"]),
        ("0612", ["Müller"]),
        ("+33 612", ["Müller"]),
        ("12/03/1985", ["Müller"]),
        ("lukas", ["Łukasiewicz"]),
        ("dvor", ["Dvořák"]),
        ("zzz", []),
    ],
)
def test_search_ignores_accents_and_case_and_finds_phone_and_birth_date(
    db: Database, typed: str, expected: list[str]
) -> None:
    patients.create_patient(
        db,
        PatientInput("Hélène", "Müller", date(1985, 3, 12), phone="+33 6 12 34 56 78"),
        actor=ACTOR,
    )
    patients.create_patient(db, PatientInput("Zoë", "Łukasiewicz", date(1990, 1, 2)), actor=ACTOR)
    patients.create_patient(db, PatientInput("Antonín", "Dvořák"), actor=ACTOR)
    assert [r.family_name for r in patients.patient_page(db, typed, actor=ACTOR)] == expected
    assert patients.count_patients(db, typed, actor=ACTOR) == len(expected)


def test_a_patient_matching_a_prefix_twice_is_listed_once(db: Database) -> None:
    patients.create_patient(db, PatientInput("Marie", "Martin"), actor=ACTOR)
    assert len(patients.patient_page(db, "mar", actor=ACTOR)) == 1
    assert patients.count_patients(db, "mar", actor=ACTOR) == 1


def test_list_is_ordered_by_family_name_and_pages(db: Database) -> None:
    for family in ["Özdemir", "Abadie", "Émond", "Zeller", "Dubois"]:
        patients.create_patient(db, PatientInput("A", family), actor=ACTOR)
    first = patients.patient_page(db, limit=3, actor=ACTOR)
    second = patients.patient_page(db, offset=3, limit=3, actor=ACTOR)
    assert [r.family_name for r in first + second] == [
        "Abadie",
        "Dubois",
        "Émond",
        "Özdemir",
        "Zeller",
    ]


def test_archive_needs_a_reason_hides_the_patient_and_is_audited(db: Database) -> None:
    record = patients.create_patient(db, PatientInput("Jan", "Nowak"), actor=ACTOR)
    with pytest.raises(ValidationFailed):
        patients.archive_patient(db, record.id, "  ", actor=ACTOR)
    patients.archive_patient(db, record.id, "Moved abroad", actor=ACTOR)
    assert patients.patient_page(db, "nowak", actor=ACTOR) == []
    assert [
        r.archived for r in patients.patient_page(db, "nowak", include_archived=True, actor=ACTOR)
    ] == [True]
    archive = [r for r in _audit_rows(db, "patient") if r.action == "archive"]
    assert archive[0].after is not None and archive[0].after["archive_reason"] == "Moved abroad"


def test_update_rewrites_search_terms_and_audits_before_and_after(db: Database) -> None:
    record = patients.create_patient(db, PatientInput("Ana", "Silva"), actor=ACTOR)
    patients.update_patient(db, record.id, PatientInput("Ana", "Sousa"), actor=ACTOR)
    assert patients.patient_page(db, "silva", actor=ACTOR) == []
    assert [r.id for r in patients.patient_page(db, "sousa", actor=ACTOR)] == [record.id]
    update = [r for r in _audit_rows(db, "patient") if r.action == "update"][0]
    assert update.before is not None and update.before["family_name"] == "Silva"
    assert update.after is not None and update.after["family_name"] == "Sousa"


def test_duplicates_are_found_by_folded_name_and_birth_date(db: Database) -> None:
    patients.create_patient(db, PatientInput("José", "García", date(1970, 5, 5)), actor=ACTOR)
    found = patients.possible_duplicates(
        db, PatientInput("jose", "GARCIA", date(1970, 5, 5)), actor=ACTOR
    )
    assert [r.family_name for r in found] == ["García"]
    assert (
        patients.possible_duplicates(
            db, PatientInput("jose", "garcia", date(1971, 5, 5)), actor=ACTOR
        )
        == []
    )


def test_profile_versions_are_kept_and_readable_as_of_a_date(db: Database) -> None:
    record = patients.create_patient(db, PatientInput("Eva", "Horváth"), actor=ACTOR)
    first = patients.record_profile(
        db, record.id, ProfileInput(allergens=("lidocaine",), on_blood_thinners=True), actor=ACTOR
    )
    second = patients.record_profile(
        db, record.id, ProfileInput(pregnant_or_breastfeeding=True), actor=ACTOR
    )
    history = patients.profile_history(db, record.id, actor=ACTOR)
    assert [p.id for p in history] == [second.id, first.id]
    assert first.recorded_at is not None and second.recorded_at is not None
    as_of_first = patients.profile_as_of(db, record.id, first.recorded_at, actor=ACTOR)
    assert as_of_first is not None and as_of_first.allergens == ("lidocaine",)
    assert as_of_first.on_blood_thinners and not as_of_first.pregnant_or_breastfeeding
    latest = patients.profile_as_of(db, record.id, date.today(), actor=ACTOR)
    assert latest is not None and latest.pregnant_or_breastfeeding
    assert patients.profile_as_of(db, record.id, date(2000, 1, 1), actor=ACTOR) is None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MedicalProfile)) == 2


# --- the patient list (services.patient_list) ----------------------------------------------


def _clinic(db: Database) -> list[int]:
    """A small clinic with tied names (same sort key), accents, phones and archived patients."""
    people = [
        ("Marie", "Martin", date(1980, 1, 2), "06 11 22 33 44"),
        ("Marie", "Martin", date(1991, 5, 6), ""),  # same sort key: ordered by id
        ("Hélène", "Dupont", date(1984, 3, 9), "+33 6 12 34 56 78"),
        ("Jürgen", "Müller", date(1969, 11, 23), "+49 30 901820"),
        ("Zoë", "Ødegaard", None, ""),
        ("Ana", "Silva", date(1978, 1, 15), "+351 912 345 678"),
        ("Marc", "Arnaud", None, ""),
        ("Søren", "Kierkegård", date(1962, 5, 5), ""),
        ("Martine", "Durand", date(1975, 9, 9), "01 42 68 53 00"),
        ("Dmitri", "Ivanov", date(1979, 4, 4), ""),
    ]
    people += [(f"Given{n:02d}", f"Family{n % 7}", None, "") for n in range(30)]
    ids = [
        patients.create_patient(db, PatientInput(given, family, born, phone=phone), actor=ACTOR).id
        for given, family, born, phone in people
    ]
    for gone in (ids[1], ids[6], ids[15]):
        patients.archive_patient(db, gone, "moved away", actor=ACTOR)
    return ids


SEARCHES = ["", "mar", "ma d", "helene", "sø", "0612", "15/01/1978", "family3", "zzz"]


@pytest.mark.parametrize("include_archived", [False, True])
@pytest.mark.parametrize("typed", SEARCHES)
def test_listing_matches_the_portable_query_in_count_and_order(
    db: Database, typed: str, include_archived: bool
) -> None:
    from mesodesk.services.patient_list import find_patients

    _clinic(db)
    listing = find_patients(db, typed, include_archived=include_archived, actor=ACTOR)
    expected = patients.patient_page(
        db, typed, limit=1000, include_archived=include_archived, actor=ACTOR
    )
    assert listing.count == len(expected)
    assert listing.count == patients.count_patients(
        db, typed, include_archived=include_archived, actor=ACTOR
    )
    assert listing.rows(0, listing.count) == expected
    for patient in expected:  # every row can be found again by id (exact for a search)
        position = listing.position_of(patient.id)
        assert position is None or expected[position] == patient


@pytest.mark.parametrize("include_archived", [False, True])
def test_whole_list_pages_read_in_any_order_are_the_right_rows(
    db: Database, include_archived: bool
) -> None:
    """Jumps to the end, back to the middle, forwards and backwards from known pages."""
    from mesodesk.services.patient_list import find_patients

    _clinic(db)
    expected = patients.patient_page(db, limit=1000, include_archived=include_archived, actor=ACTOR)
    listing = find_patients(db, include_archived=include_archived, actor=ACTOR)
    count = listing.count
    assert count == len(expected) == (40 if include_archived else 37)
    for start, stop in [(count - 5, count), (20, 25), (25, 30), (15, 20), (0, 5), (33, 40)]:
        assert listing.rows(start, stop) == expected[start:stop], (start, stop)
    assert listing.rows(count - 1, count + 10) == expected[-1:]  # the last patient, clipped
    assert listing.rows(count, count + 5) == []


def test_search_order_follows_renames_new_and_archived_patients(db: Database) -> None:
    from mesodesk.services.patient_list import find_patients

    ids = _clinic(db)
    before = find_patients(db, "mar", actor=ACTOR)  # reads the list order
    assert [r.family_name for r in before.rows(0, before.count)] == ["Durand", "Martin"]
    # Commits through another connection (these services) change the order the list reads.
    patients.update_patient(db, ids[0], PatientInput("Marie", "Aaberg"), actor=ACTOR)
    added = patients.create_patient(db, PatientInput("Marek", "Abel"), actor=ACTOR)
    patients.archive_patient(db, ids[8], "moved away", actor=ACTOR)  # Martine Durand
    after = find_patients(db, "mar", actor=ACTOR)
    expected = patients.patient_page(db, "mar", limit=100, actor=ACTOR)
    assert after.rows(0, after.count) == expected
    assert [r.family_name for r in expected][:2] == ["Aaberg", "Abel"]
    assert after.position_of(added.id) == 1
    assert after.position_of(ids[8]) is None


def _prefix_counts(db: Database) -> tuple[dict[str, int], dict[str, int]]:
    """(the kept counts, less prefixes left at zero; the counts of the prefix rows)."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        kept = conn.execute(text("SELECT prefix, patients FROM patient_list_prefix_count"))
        rows = conn.execute(
            text("SELECT prefix, count(*) FROM patient_list_prefix GROUP BY prefix")
        )
        return {p: n for p, n in kept if n}, {p: n for p, n in rows}


def test_prefix_counts_follow_new_renamed_archived_restored_and_imported_patients(
    db: Database, tmp_path: Path
) -> None:
    from mesodesk.services.importer import import_patients
    from mesodesk.services.patient_list import find_patients

    ids = _clinic(db)
    kept, actual = _prefix_counts(db)
    assert kept == actual and kept["mar"] == 2  # Marie Martin, Martine Durand (active)
    patients.update_patient(db, ids[0], PatientInput("Marie", "Aaberg"), actor=ACTOR)
    patients.update_patient(db, ids[2], PatientInput("Maëlle", "Dupont"), actor=ACTOR)
    patients.archive_patient(db, ids[8], "moved away", actor=ACTOR)
    patients.restore_patient(db, ids[1], actor=ACTOR)
    source = tmp_path / "patients.csv"
    source.write_text("family_name,given_name\nMarsh,Ann\nMarsh,Bea\nAbel,Marta\n", "utf-8")
    import_patients(db, source, actor=ACTOR)
    kept, actual = _prefix_counts(db)
    assert kept == actual
    # Marie Aaberg, Marie Martin (restored), Marsh ×2 and Marta Abel; Maëlle Dupont.
    assert kept["mar"] == 5 and kept["mae"] == 1 and "hel" not in kept
    listing = find_patients(db, "mar", actor=ACTOR)
    assert listing.count == 5 == len(patients.patient_page(db, "mar", limit=100, actor=ACTOR))
    assert find_patients(db, "hel", actor=ACTOR).count == 0


@pytest.mark.sqlite_only(
    reason="traces the statements of the SQLite reader; tests/store/test_pg_search.py checks PostgreSQL's plans"
)
def test_search_reads_only_index_ranges_once_the_order_is_known(db: Database) -> None:
    """The statements a keystroke sends never scan patient or patient_search_term."""
    from mesodesk.services.patient_list import find_patients

    _clinic(db)
    find_patients(db, "xyzw", actor=ACTOR).rows(
        0, 5
    )  # reads the list order once (a pass over its index)
    conn = db.reader()
    assert conn is not None
    sent: list[str] = []
    conn.set_trace_callback(sent.append)
    try:
        for typed in ["mar", "mart", "ma d", "sø", "0612", "15/01/1978"]:
            listing = find_patients(db, typed, actor=ACTOR)
            listing.rows(0, listing.count)
    finally:
        conn.set_trace_callback(None)
    selects = [s for s in sent if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 10
    for statement in selects:
        plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + statement)]
        tables = ("patient", "patient_search_term", "patient_list_prefix")
        scans = [p for p in plan if p.startswith("SCAN ") and p.split()[1] in tables]
        assert not scans, (statement, plan)


@pytest.mark.sqlite_only(
    reason="compares the SQLite fast path with the portable queries on one SQLite file"
)
def test_other_databases_get_the_same_listing_through_the_portable_queries(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mesodesk.services.patient_list import find_patients

    _clinic(db)
    fast = {t: find_patients(db, t, actor=ACTOR) for t in SEARCHES}
    monkeypatch.setattr(Database, "reader", lambda self: None)  # as for PostgreSQL
    for typed, listing in fast.items():
        portable = find_patients(db, typed, actor=ACTOR)
        assert type(portable) is not type(listing)
        assert portable.count == listing.count
        assert portable.rows(0, portable.count) == listing.rows(0, listing.count)

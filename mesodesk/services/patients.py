"""Patients: create, edit, archive, search, and their dated medical profiles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, Select, case, delete, func, insert, select, text
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.languages import language_problem, normalise_language
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.search import (
    PatientQuery,
    list_prefixes,
    name_terms,
    parse_query,
    phone_terms,
)
from mesodesk.domain.text import sort_key
from mesodesk.domain.validation import patient_errors
from mesodesk.services import audit, conflicts
from mesodesk.services.access import require
from mesodesk.services.dto import (
    PatientInput,
    PatientRecord,
    PatientRow,
    ProfileInput,
)
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.profiles import (
    add_profile,
    current_profile,
    no_patient,
    profile_as_of,
    profile_history,
    profile_values,
    record_profile,
)
from mesodesk.store.engine import Database
from mesodesk.store.models import Patient, PatientListPrefix, PatientSearchTerm

_TERM_END = "\U0010ffff"


def _clean(data: PatientInput) -> PatientInput:
    return PatientInput(
        given_name=data.given_name.strip(),
        family_name=data.family_name.strip(),
        date_of_birth=data.date_of_birth,
        sex=data.sex or None,
        phone=data.phone.strip(),
        email=data.email.strip(),
        address=data.address.strip(),
        notes=data.notes,
        language=normalise_language(data.language),
    )


def validate(data: PatientInput, today: date | None = None) -> dict[str, str]:
    errors = patient_errors(
        given_name=data.given_name,
        family_name=data.family_name,
        date_of_birth=data.date_of_birth,
        phone=data.phone,
        email=data.email,
        today=today or date.today(),
    )
    problem = language_problem(normalise_language(data.language))
    if problem is not None:
        errors["language"] = problem
    return errors


def search_terms(given_name: str, family_name: str, phone: str) -> list[str]:
    return [t[:120] for t in name_terms(given_name, family_name) + phone_terms(phone)]


def _write_terms(s: Session, patient: Patient) -> None:
    s.execute(delete(PatientSearchTerm).where(PatientSearchTerm.patient_id == patient.id))
    terms = search_terms(patient.given_name, patient.family_name, patient.phone)
    if terms:
        s.execute(insert(PatientSearchTerm), [{"term": t, "patient_id": patient.id} for t in terms])
    _write_list_prefixes(s, patient, terms)


def _write_list_prefixes(s: Session, patient: Patient, terms: list[str] | None = None) -> None:
    """The patient's rows in ``patient_list_prefix``: its short name prefixes under its
    current sort key while it is active, none while archived; the per-prefix counts move
    with them."""
    old = s.scalars(
        delete(PatientListPrefix)
        .where(PatientListPrefix.patient_id == patient.id)
        .returning(PatientListPrefix.prefix)
    ).all()
    rows: list[dict[str, Any]] = []
    if patient.archived_at is None:
        if terms is None:
            terms = search_terms(patient.given_name, patient.family_name, patient.phone)
        rows = list_prefix_rows(patient.id, patient.sort_key, terms)
    if rows:
        s.execute(insert(PatientListPrefix), rows)
    change = Counter(row["prefix"] for row in rows)
    change.subtract(old)
    count_list_prefixes(s, change)


def list_prefix_rows(patient_id: int, key: str, terms: list[str]) -> list[dict[str, Any]]:
    return [
        {"prefix": prefix, "sort_key": key, "patient_id": patient_id}
        for prefix in list_prefixes(terms)
    ]


_COUNT_PREFIX = text(
    "INSERT INTO patient_list_prefix_count (prefix, patients) VALUES (:prefix, :change)"
    " ON CONFLICT (prefix) DO UPDATE"
    " SET patients = patient_list_prefix_count.patients + excluded.patients"
)
"""Add ``change`` to one prefix's count (SQLite and PostgreSQL alike)."""

RECOUNT_LIST_PREFIXES = (
    "DELETE FROM patient_list_prefix_count",
    "INSERT INTO patient_list_prefix_count (prefix, patients)"
    " SELECT prefix, count(*) FROM patient_list_prefix GROUP BY prefix",
)
"""Every prefix's count again from ``patient_list_prefix`` (in its key order, no sort)."""


def count_list_prefixes(s: Session, change: Mapping[str, int]) -> None:
    """Move ``patient_list_prefix_count`` by ``change`` (prefix → rows added, less removed):
    call it in the transaction that wrote those rows."""
    params = [{"prefix": p, "change": n} for p, n in sorted(change.items()) if n]
    if params:
        s.execute(_COUNT_PREFIX, params)


def recount_list_prefixes(s: Session) -> None:
    """Rebuild every count (after a bulk insert of prefix rows, such as the demo clinic)."""
    for sql in RECOUNT_LIST_PREFIXES:
        s.execute(text(sql))


def _record(p: Patient) -> PatientRecord:
    return PatientRecord(
        id=p.id,
        given_name=p.given_name,
        family_name=p.family_name,
        date_of_birth=p.date_of_birth,
        sex=p.sex,
        phone=p.phone,
        email=p.email,
        address=p.address,
        notes=p.notes,
        created_at=p.created_at,
        updated_at=p.updated_at,
        archived_at=p.archived_at,
        archive_reason=p.archive_reason,
        version=p.version,
        language=p.language,
    )


def _load(s: Session, patient_id: int) -> Patient:
    patient = s.get(Patient, patient_id)
    if patient is None:
        raise no_patient(patient_id)
    return patient


def create_patient(
    db: Database,
    data: PatientInput,
    *,
    actor: User,
    profile: ProfileInput | None = None,
) -> PatientRecord:
    data = _clean(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    now = audit.utcnow()
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CONTACT)
        if profile is not None and profile != ProfileInput():
            require(s, actor, Permission.EDIT_CLINICAL)
        patient = Patient(
            **asdict(data),
            sort_key=sort_key(data.family_name, data.given_name),
            created_at=now,
            updated_at=now,
        )
        s.add(patient)
        s.flush()
        _write_terms(s, patient)
        audit.record(
            s,
            actor=actor,
            action="create",
            entity="patient",
            entity_id=patient.id,
            after=audit.snapshot(patient),
        )
        if profile is not None:
            add_profile(s, patient.id, profile, actor=actor, at=now)
        return _record(patient)


def update_patient(
    db: Database,
    patient_id: int,
    data: PatientInput,
    *,
    actor: User,
    expected_version: int | None = None,
    overwrite: bool = False,
) -> PatientRecord:
    """Save the patient's details. ``expected_version`` is the version the editor loaded:
    a newer stored one raises ``EditConflict`` unless ``overwrite`` (audited as such)."""
    data = _clean(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    with conflicts.same_moment("patient", patient_id), db.begin() as s:
        require(s, actor, Permission.EDIT_CONTACT)
        patient = _load(s, patient_id)
        yours = asdict(data)
        overwrote = conflicts.check(
            s,
            entity="patient",
            entity_id=patient_id,
            stored=patient.version,
            expected=expected_version,
            theirs={key: getattr(patient, key) for key in yours},
            yours=yours,
            overwrite=overwrite,
        )
        before = audit.snapshot(patient)
        for key, value in asdict(data).items():
            setattr(patient, key, value)
        patient.sort_key = sort_key(data.family_name, data.given_name)
        after = audit.snapshot(patient)
        if audit.changed(before, after):
            patient.updated_at = audit.utcnow()
            _write_terms(s, patient)
            audit.record(
                s,
                actor=actor,
                action=conflicts.action(overwrote),
                entity="patient",
                entity_id=patient.id,
                before=before,
                after=audit.snapshot(patient),
            )
            s.flush()
        return _record(patient)


def archive_patient(db: Database, patient_id: int, reason: str, *, actor: User) -> PatientRecord:
    if not reason.strip():
        raise ValidationFailed(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP("messages", "Give a reason for archiving this patient.")
                )
            }
        )
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CONTACT)
        patient = _load(s, patient_id)
        before = audit.snapshot(patient)
        patient.archived_at = audit.utcnow()
        patient.archive_reason = reason.strip()
        _write_list_prefixes(s, patient)
        audit.record(
            s,
            actor=actor,
            action="archive",
            entity="patient",
            entity_id=patient.id,
            before=before,
            after=audit.snapshot(patient),
        )
        return _record(patient)


def restore_patient(db: Database, patient_id: int, *, actor: User) -> PatientRecord:
    with db.begin() as s:
        require(s, actor, Permission.EDIT_CONTACT)
        patient = _load(s, patient_id)
        before = audit.snapshot(patient)
        patient.archived_at = None
        patient.archive_reason = ""
        _write_list_prefixes(s, patient)
        audit.record(
            s,
            actor=actor,
            action="restore",
            entity="patient",
            entity_id=patient.id,
            before=before,
            after=audit.snapshot(patient),
        )
        return _record(patient)


def get_patient(db: Database, patient_id: int, *, actor: User) -> PatientRecord:
    with db.read() as s:
        require(s, actor, Permission.VIEW_PATIENTS)
        return _record(_load(s, patient_id))


def possible_duplicates(
    db: Database, data: PatientInput, *, exclude_id: int | None = None, actor: User
) -> list[PatientRow]:
    """Patients with the same folded name and the same date of birth."""
    key = sort_key(data.family_name, data.given_name)
    query = _row_select().where(Patient.sort_key == key)
    query = query.where(Patient.date_of_birth == data.date_of_birth)
    if exclude_id is not None:
        query = query.where(Patient.id != exclude_id)
    with db.read() as s:
        require(s, actor, Permission.VIEW_PATIENTS)
        return [_row(r) for r in s.execute(query.limit(20))]


# --- search and listing -------------------------------------------------------------------


def _row_select() -> Select[int, str, str, date | None, str, datetime | None]:
    return select(
        Patient.id,
        Patient.family_name,
        Patient.given_name,
        Patient.date_of_birth,
        Patient.phone,
        Patient.archived_at,
    )


def _row(r: Row[int, str, str, date | None, str, datetime | None]) -> PatientRow:
    return PatientRow(r[0], r[1], r[2], r[3], r[4], r[5] is not None)


def _term_ids(prefix: str) -> Select[int]:
    return (
        select(PatientSearchTerm.patient_id)
        .where(PatientSearchTerm.term >= prefix, PatientSearchTerm.term < prefix + _TERM_END)
        .distinct()
    )


def _filtered(query: Select, q: PatientQuery, include_archived: bool) -> Select:  # type: ignore[type-arg]
    """Restrict ``query`` (over Patient) to a search.

    A search is driven by the index: the matching ids come first and the patient rows are
    joined to them with CROSS JOIN, which SQLite (and any SQL database) reads as a fixed join
    order, so the planner never walks the whole patient list looking for matches.
    """
    prefixes = sorted(q.name_prefixes, key=len, reverse=True)
    if q.phone_prefix:
        prefixes.insert(0, q.phone_prefix)
    driver: Select[int] | None = None
    if q.date_of_birth is not None:
        driver = select(Patient.id.label("patient_id")).where(
            Patient.date_of_birth == q.date_of_birth
        )
    elif prefixes:
        driver = _term_ids(prefixes[0])
    if driver is not None:
        ids = driver.subquery("matches")
        query = query.select_from(ids.join(Patient, Patient.id == ids.c.patient_id, full=False))
        query = query.where(Patient.id == ids.c.patient_id)
    for prefix in prefixes[1:]:
        query = query.where(Patient.id.in_(_term_ids(prefix)))
    if not include_archived:
        if driver is None:
            query = query.where(Patient.archived_at.is_(None))
        else:
            # Written so that no index applies: the ids above must drive the search.
            query = query.where(case((Patient.archived_at.is_(None), 1), else_=0) == 1)
    return query


def count_patients(
    db: Database,
    text: str = "",
    *,
    include_archived: bool = False,
    date_format: str = "dd/mm/yyyy",
    actor: User,
) -> int:
    q = parse_query(text, date_format)
    query = _filtered(select(func.count()).select_from(Patient), q, include_archived)
    with db.read() as s:
        require(s, actor, Permission.VIEW_PATIENTS)
        return int(s.execute(query).scalar_one())


def patient_page(
    db: Database,
    text: str = "",
    *,
    offset: int = 0,
    limit: int = 50,
    include_archived: bool = False,
    date_format: str = "dd/mm/yyyy",
    actor: User,
) -> list[PatientRow]:
    """One page of the patient list for a search text, ordered by family then given name."""
    q = parse_query(text, date_format)
    query = _filtered(_row_select(), q, include_archived)
    query = query.order_by(Patient.sort_key, Patient.id).offset(offset).limit(limit)
    with db.read() as s:
        require(s, actor, Permission.VIEW_PATIENTS)
        return [_row(r) for r in s.execute(query)]


__all__ = [
    "archive_patient",
    "count_patients",
    "create_patient",
    "current_profile",
    "get_patient",
    "patient_page",
    "possible_duplicates",
    "profile_as_of",
    "profile_history",
    "profile_values",
    "record_profile",
    "restore_patient",
    "update_patient",
]

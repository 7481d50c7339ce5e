"""One CSV row: checked with the patient form's rules, then written in batches."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mesodesk.domain.search import no_such_day
from mesodesk.domain.text import sort_key
from mesodesk.services import audit
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import (
    count_list_prefixes,
    list_prefix_rows,
    search_terms,
    validate,
)
from mesodesk.store.models import Patient, PatientListPrefix, PatientSearchTerm

SEX_VALUES = {
    "f": "female",
    "female": "female",
    "m": "male",
    "male": "male",
    "o": "other",
    "x": "other",
    "other": "other",
}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")

_LENGTH_LIMITS = {"phone": 40, "email": 200}


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return repr(value if len(value) <= 40 else value[:39] + "…")


def cell_text(value: str) -> str:
    """A cell's text, trimmed, with its line breaks written the one way the program uses."""
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def _parse_date(text: str) -> date | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def row_input(
    values: dict[str, str], written: dict[str, str], today: date
) -> tuple[PatientInput | None, str]:
    """The patient a row describes, or None and the reason it is refused."""
    reasons: list[str] = []

    def label(column: str) -> str:
        return written.get(column, column)

    dob: date | None = None
    dob_text = values.get("date_of_birth", "")
    if dob_text:
        dob = _parse_date(dob_text)
        if dob is None and no_such_day(dob_text):
            reasons.append(
                f"{label('date_of_birth')}: {_shown(dob_text)} does not exist; "
                "check the day and the month."
            )
        elif dob is None:
            reasons.append(
                f"{label('date_of_birth')}: {_shown(dob_text)} is not a date; "
                "write it as 1985-03-12 or 12/03/1985."
            )
    sex: str | None = None
    sex_text = values.get("sex", "")
    if sex_text:
        sex = SEX_VALUES.get(sex_text.lower())
        if sex is None:
            reasons.append(f"{label('sex')}: {_shown(sex_text)} is not female, male or other.")
    for column in ("given_name", "family_name"):
        if "\n" in values.get(column, "") or "\r" in values.get(column, ""):
            reasons.append(f"{label(column)}: the name runs over several lines.")
    for column, limit in _LENGTH_LIMITS.items():
        if len(values.get(column, "")) > limit:
            reasons.append(f"{label(column)}: longer than {limit} characters.")
    data = PatientInput(
        given_name=values.get("given_name", ""),
        family_name=values.get("family_name", ""),
        date_of_birth=dob,
        sex=sex,
        phone=values.get("phone", ""),
        email=values.get("email", ""),
        address=values.get("address", ""),
        notes=values.get("notes", ""),
    )
    for column, message in validate(data, today).items():
        if not any(r.startswith(label(column) + ":") for r in reasons):
            reasons.append(f"{label(column)}: {message}")
    if reasons:
        return None, " ".join(reasons)
    return data, ""


def existing_duplicate(s: Session, key: str, dob: date | None) -> tuple[int, str] | None:
    row = s.execute(
        select(Patient.id, Patient.given_name, Patient.family_name)
        .where(Patient.sort_key == key, Patient.date_of_birth == dob)
        .order_by(Patient.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    return row[0], f"{row[1]} {row[2]}".strip()


def insert_batch(s: Session, batch: list[PatientInput]) -> list[int]:
    now = audit.utcnow()
    rows: list[dict[str, Any]] = [
        {
            "given_name": p.given_name,
            "family_name": p.family_name,
            "date_of_birth": p.date_of_birth,
            "sex": p.sex,
            "phone": p.phone,
            "email": p.email,
            "address": p.address,
            "notes": p.notes,
            "sort_key": sort_key(p.family_name, p.given_name),
            "created_at": now,
            "updated_at": now,
            "archived_at": None,
            "archive_reason": "",
        }
        for p in batch
    ]
    ids = [
        int(i)
        for i in s.scalars(
            insert(Patient).returning(Patient.id, sort_by_parameter_order=True), rows
        )
    ]
    terms: list[dict[str, Any]] = []
    prefixes: list[dict[str, Any]] = []
    for patient_id, row, p in zip(ids, rows, batch, strict=True):
        found = list(dict.fromkeys(search_terms(p.given_name, p.family_name, p.phone)))
        terms += [{"term": term, "patient_id": patient_id} for term in found]
        prefixes += list_prefix_rows(patient_id, row["sort_key"], found)
    if terms:
        s.execute(insert(PatientSearchTerm), terms)
    if prefixes:
        s.execute(insert(PatientListPrefix), prefixes)
        count_list_prefixes(s, Counter(row["prefix"] for row in prefixes))
    return ids

"""The admin's audit view: who saw or changed a patient's record, by account, by day, CSV."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from mesodesk.domain import clock
from mesodesk.domain.accounts import Role
from mesodesk.services import chart, patients, recall
from mesodesk.services.audit_view import audit_entries, export_audit_csv
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.services.errors import PermissionDenied, ValidationFailed
from mesodesk.store.engine import Database
from tests.factories import ACTOR, add_session, make_clinic, make_user


def test_who_saw_or_changed_a_patient(db: Database, tmp_path: Path) -> None:
    c = make_clinic(db)
    other = patients.create_patient(db, PatientInput("Other", "Person"), actor=ACTOR)
    doctor = make_user(db, Role.PRACTITIONER, login="doc", name="Dr Doc")
    patients.record_profile(db, c.patient, ProfileInput(allergies_text="latex"), actor=doctor)
    session = add_session(db, c, datetime.now() - timedelta(days=1))
    chart.chart_data(db, c.patient, actor=doctor)
    chart.chart_data(db, other.id, actor=doctor)
    result = recall.recall(db, "HA-2291", actor=ACTOR)
    recall.export_csv(db, result, tmp_path / "recall.csv", actor=ACTOR)

    entries = audit_entries(db, actor=ACTOR, patient_id=c.patient)
    seen = {(e.action, e.entity) for e in entries}
    assert {
        ("create", "patient"),
        ("create", "medical_profile"),
        ("create", "session"),
        ("view", "patient"),
        ("export", "lot_recall"),
    } <= seen
    assert all(e.entity_id != other.id or e.entity != "patient" for e in entries)
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    views = [e for e in entries if e.action == "view"]
    assert [(v.actor, v.account_id, v.host) for v in views] == [("Dr Doc", doctor.id, "test-desk")]
    assert session in {e.entity_id for e in entries if e.entity == "session"}


def test_by_account_and_by_day(db: Database) -> None:
    doctor = make_user(db, Role.PRACTITIONER, login="doc")
    with clock.frozen(datetime(2026, 3, 1, 9, 0)):
        patients.create_patient(db, PatientInput("Early", "One"), actor=doctor)
    with clock.frozen(datetime(2026, 3, 3, 9, 0)):
        patients.create_patient(db, PatientInput("Late", "One"), actor=doctor)
        patients.create_patient(db, PatientInput("By", "Admin"), actor=ACTOR)
    mine = audit_entries(db, actor=ACTOR, account_id=doctor.id)
    assert {e.after["given_name"] for e in mine if e.after} == {"Early", "Late"}
    day = audit_entries(db, actor=ACTOR, day_from=date(2026, 3, 3), day_to=date(2026, 3, 3))
    assert {e.after["given_name"] for e in day if e.after and "given_name" in e.after} == {
        "Late",
        "By",
    }
    with pytest.raises(ValidationFailed):
        audit_entries(db, actor=ACTOR, day_from=date(2026, 3, 3), day_to=date(2026, 3, 1))


def test_only_admins_see_the_audit(db: Database) -> None:
    for role in (Role.PRACTITIONER, Role.RECEPTION):
        with pytest.raises(PermissionDenied):
            audit_entries(db, actor=make_user(db, role))


def test_csv_export_is_formula_safe_and_audited(db: Database, tmp_path: Path) -> None:
    patients.create_patient(db, PatientInput('=HYPERLINK("x")', "Smith"), actor=ACTOR)
    out = export_audit_csv(db, actor=ACTOR, path=tmp_path / "audit.csv")
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0][:3] == ["id", "time (UTC)", "who"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    (latest,) = audit_entries(db, actor=ACTOR, limit=1)
    assert (latest.action, latest.entity, latest.after["file"]) == ("export", "audit", "audit.csv")

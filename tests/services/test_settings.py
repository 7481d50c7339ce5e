"""Clinic settings: one batch is one transaction with one audit row, all or nothing."""

from __future__ import annotations

import io
from typing import Any

import pytest
from sqlalchemy import select

from mesodesk.services import patients, settings
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from tests.factories import ACTOR


def _png(size: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (size, size), (21, 101, 192)).save(out, "PNG")
    return out.getvalue()


def _setting_audit(db: Database) -> list[AuditEvent]:
    with db.read() as s:
        rows = list(
            s.scalars(
                select(AuditEvent).where(AuditEvent.entity == "setting").order_by(AuditEvent.id)
            )
        )
        s.expunge_all()
        return rows


GOOD = {
    "clinic.name": "Clinique Lumière",
    "clinic.phone": "+44 20 7946 0000",
    "clinic.time_zone": "Europe/Paris",
    "clinic.opening_hours": {"weekly": {"mon": [["09:00", "17:00"]]}},
    "consent_required_for_done": False,
}


def test_a_good_batch_is_written_with_one_audit_row_listing_every_key(db: Database) -> None:
    written = settings.save_settings(db, GOOD, actor=ACTOR)

    assert set(written) == set(GOOD)
    values = settings.get_all(db)
    assert values["clinic.name"] == "Clinique Lumière"
    assert values["clinic.time_zone"] == "Europe/Paris"
    assert values["consent_required_for_done"] is False
    [row] = _setting_audit(db)
    assert row.actor == ACTOR.name
    assert row.after is not None and sorted(row.after["keys"]) == sorted(GOOD)
    assert row.after["values"]["clinic.phone"] == "+44 20 7946 0000"
    assert row.before == {"values": {key: None for key in GOOD}}


def test_unchanged_keys_are_neither_written_nor_audited(db: Database) -> None:
    settings.save_settings(db, GOOD, actor=ACTOR)
    again = settings.save_settings(db, {**GOOD, "clinic.name": "Belle Peau"}, actor=ACTOR)
    assert again == ("clinic.name",)
    rows = _setting_audit(db)
    assert len(rows) == 2
    assert rows[1].before == {"values": {"clinic.name": "Clinique Lumière"}}
    assert settings.save_settings(db, GOOD | {"clinic.name": "Belle Peau"}, actor=ACTOR) == ()
    assert len(_setting_audit(db)) == 2


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("clinic.time_zone", "Mars/Olympus"),
        ("clinic.paper_size", "A3"),
        ("clinic.date_format", "yy/m/d"),
        ("clinic.opening_hours", {"weekly": {"wed": [["18:00", "08:00"]]}}),
        ("clinic.logo", b"not a picture"),
        ("clinic.name", "x" * 121),
        ("consent_required_for_done", "yes"),
        ("clinic.colour", "pink"),
    ],
)
def test_a_batch_whose_last_key_is_invalid_saves_nothing(
    db: Database, key: str, value: Any
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        settings.save_settings(db, {**GOOD, key: value}, actor=ACTOR)

    assert list(refused.value.errors) == [key]
    assert settings.get_all(db)["clinic.name"] == ""
    assert settings.get(db, "clinic.opening_hours") is None
    assert _setting_audit(db) == []


def test_a_write_that_fails_halfway_leaves_nothing_saved(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_audit(*_a: Any, **_k: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(settings.audit, "record", broken_audit)
    with pytest.raises(OSError, match="disk full"):
        settings.save_settings(db, GOOD, actor=ACTOR)
    monkeypatch.undo()

    assert settings.get_all(db)["clinic.name"] == ""
    assert settings.consent_required(db) is True
    assert _setting_audit(db) == []


def test_the_logo_is_stored_as_base64_and_audited_by_digest(db: Database) -> None:
    logo = _png(64)
    settings.save_settings(db, {"clinic.logo": logo}, actor=ACTOR)
    assert settings.logo(db) == logo
    [row] = _setting_audit(db)
    assert row.after is not None
    assert row.after["values"]["clinic.logo"]["bytes"] == len(logo)
    settings.set_logo(db, None, actor=ACTOR)
    assert settings.logo(db) is None


def test_the_tiny_logo_is_refused_by_its_own_rule(db: Database) -> None:
    # 1x1 pixel is under the printable minimum: refused like any bad logo.
    with pytest.raises(ValidationFailed) as refused:
        settings.set_logo(db, _png(1), actor=ACTOR)
    assert "too small" in refused.value.errors["clinic.logo"]


def test_consent_is_required_for_done_unless_the_clinic_says_otherwise(db: Database) -> None:
    assert settings.consent_required(db) is True
    settings.put(db, "consent_required_for_done", False, actor=ACTOR)
    assert settings.consent_required(db) is False


def test_first_start_is_needed_only_for_an_unnamed_clinic_without_patients(
    db: Database,
) -> None:
    assert settings.needs_first_start(db)
    patients.create_patient(db, PatientInput("Ana", "Ruiz"), actor=ACTOR, profile=ProfileInput())
    assert not settings.needs_first_start(db)


def test_a_named_clinic_needs_no_first_start(db: Database) -> None:
    settings.put(db, "clinic.name", "Belle Peau", actor=ACTOR)
    assert not settings.needs_first_start(db)

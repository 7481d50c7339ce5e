"""Sessions: two areas from two lots, lot expiry rules, amendments kept in the audit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from mesodesk.domain import clock
from mesodesk.domain.accounts import Role
from mesodesk.domain.checklist import all_ticked
from mesodesk.services import catalog, patients, practitioners, products, sessions, settings
from mesodesk.services.dto import PatientInput, SessionInput, TreatmentInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, TreatmentSession
from tests.factories import ACTOR, consent_for, make_user


@pytest.fixture
def clinic(db: Database) -> dict[str, int]:
    areas = {a.code: a.id for a in catalog.areas(db)}
    types = {t.code: t.id for t in catalog.solution_types(db)}
    patient = patients.create_patient(db, PatientInput("Maëlle", "Lefèvre"), actor=ACTOR)
    doc = practitioners.create_practitioner(db, "Dr Ana Ruiz", actor=ACTOR)
    ha = products.create_product(
        db, "HydraMeso 2%", types["hyaluronic_acid"], ["hyaluronic acid"], actor=ACTOR
    )
    vit = products.create_product(
        db, "VitaGlow", types["vitamin_mineral"], ["vitamin C"], actor=ACTOR
    )
    today = date.today()
    return {
        "patient": patient.id,
        "doc": doc.id,
        "face": areas["cheeks"],
        "neck": areas["neck"],
        "ha": ha.id,
        "vit": vit.id,
        "ha_lot": products.create_lot(
            db, ha.id, "HA-1", today + timedelta(days=300), actor=ACTOR
        ).id,
        "vit_lot": products.create_lot(
            db, vit.id, "VG-7", today + timedelta(days=200), actor=ACTOR
        ).id,
        "old_lot": products.create_lot(
            db, ha.id, "HA-0", today - timedelta(days=1), actor=ACTOR
        ).id,
        "soon_lot": products.create_lot(
            db, vit.id, "VG-9", today + timedelta(days=10), actor=ACTOR
        ).id,
        "consent": consent_for(db, (TreatmentInput(areas["cheeks"], product_id=ha.id),)) or 0,
    }


@pytest.fixture(autouse=True)
def _evening() -> Iterator[None]:
    """Sessions here are booked at 10:00 today; "now" is the same evening, so they are past."""
    with clock.frozen(datetime.combine(date.today(), time(20, 0))):
        yield


def _input(
    c: dict[str, int], *, lots: tuple[int, int], status: str = "done", notes: str = ""
) -> SessionInput:
    return SessionInput(
        patient_id=c["patient"],
        starts_at=datetime.combine(date.today(), datetime.min.time()).replace(hour=10),
        practitioner_id=c["doc"],
        status=status,
        notes=notes,
        checklist=all_ticked(),
        consent_template_id=c["consent"] or None,
        treatments=(
            TreatmentInput(
                c["face"],
                product_lot_id=lots[0],
                volume_ml=Decimal("1.50"),
                technique="nappage",
                depth_mm=Decimal("1.5"),
                needle_gauge=32,
            ),
            TreatmentInput(
                c["neck"],
                product_lot_id=lots[1],
                volume_ml=Decimal("2.25"),
                technique="papule",
                needle_gauge=30,
            ),
        ),
    )


def test_session_with_two_areas_from_two_lots(db: Database, clinic: dict[str, int]) -> None:
    record = sessions.create_session(
        db, _input(clinic, lots=(clinic["ha_lot"], clinic["vit_lot"])), actor=ACTOR
    )
    assert [t.lot_number for t in record.treatments] == ["HA-1", "VG-7"]
    assert [t.product_name for t in record.treatments] == ["HydraMeso 2%", "VitaGlow"]
    assert record.total_volume_ml == Decimal("3.75")
    assert record.treatments[0].solution_type_name == "Hyaluronic acid"
    summary = sessions.sessions_for_patient(db, clinic["patient"], actor=ACTOR)
    assert summary[0].areas == "Cheeks, Neck"
    assert summary[0].products == "HydraMeso 2%, VitaGlow"
    assert summary[0].total_volume_ml == Decimal("3.75")


def test_expired_lot_is_refused_and_nothing_saved(db: Database, clinic: dict[str, int]) -> None:
    with pytest.raises(ValidationFailed) as caught:
        sessions.create_session(
            db, _input(clinic, lots=(clinic["old_lot"], clinic["vit_lot"])), actor=ACTOR
        )
    assert "expired" in caught.value.summary()
    with db.read() as s:
        assert s.scalars(select(TreatmentSession)).all() == []


def test_lot_expiring_within_30_days_is_flagged(db: Database, clinic: dict[str, int]) -> None:
    record = sessions.create_session(
        db, _input(clinic, lots=(clinic["ha_lot"], clinic["soon_lot"])), actor=ACTOR
    )
    assert any("VG-9" in w for w in record.warnings)


def test_amending_a_done_session_keeps_both_versions_in_the_audit(
    db: Database, clinic: dict[str, int]
) -> None:
    record = sessions.create_session(
        db, _input(clinic, lots=(clinic["ha_lot"], clinic["vit_lot"])), actor=ACTOR
    )
    sessions.update_session(
        db,
        record.id,
        _input(clinic, lots=(clinic["ha_lot"], clinic["vit_lot"]), notes="Mild redness"),
        actor=make_user(db, Role.PRACTITIONER, login="other", name="Dr Other"),
        reason="added note",
    )
    with db.read() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "session").order_by(AuditEvent.id)
        ).all()
    assert [r.action for r in rows] == ["create", "amend"]
    assert rows[1].before is not None and rows[1].before["notes"] == ""
    assert rows[1].after is not None and rows[1].after["notes"] == "Mild redness"
    assert rows[1].after["amendment_reason"] == "added note" and rows[1].actor == "Dr Other"
    assert len(rows[1].after["treatments"]) == 2


def test_times_are_stored_in_utc_and_shown_in_the_clinic_zone(
    db: Database, clinic: dict[str, int]
) -> None:
    settings.put(db, "clinic.time_zone", "Europe/Warsaw", actor=ACTOR)
    local = datetime(2026, 7, 1, 10, 0)
    data = _input(clinic, lots=(clinic["ha_lot"], clinic["vit_lot"]), status="planned")
    record = sessions.create_session(
        db, SessionInput(**{**_as_dict(data), "starts_at": local}), actor=ACTOR
    )
    with db.read() as s:
        stored = s.get(TreatmentSession, record.id)
        assert stored is not None and stored.starts_at == datetime(2026, 7, 1, 8, 0)
    assert record.starts_at == local.replace(tzinfo=ZoneInfo("Europe/Warsaw"))


def _as_dict(data: SessionInput) -> dict[str, object]:
    return {f: getattr(data, f) for f in SessionInput.__dataclass_fields__}

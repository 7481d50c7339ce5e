"""The injection map through the services: marks saved with the session, lines derived."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from mesodesk.domain import clock
from mesodesk.domain.checklist import all_ticked
from mesodesk.domain.injection_map import Mark, MarkKind, Side, VolumeUnit
from mesodesk.services import injection_map, products, recall, sessions, settings
from mesodesk.services.dto import ProfileInput, SessionInput, TreatmentInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from tests.factories import ACTOR, Clinic, consent_for, make_clinic
from tests.pdfs import pdf_text

RIGHT_CHEEK = (0.3, 0.56)
LEFT_CHEEK = (0.7, 0.56)
FOREHEAD = (0.5, 0.28)


def point(c: Clinic, where: tuple[float, float], ml: str, *, lot: int | None = None) -> Mark:
    return Mark(
        "face_front",
        MarkKind.POINT,
        (where,),
        product_id=c.ha,
        lot_id=lot if lot is not None else c.ha_lot,
        volume=Decimal(ml),
        needle_gauge=32,
    )


def when() -> datetime:
    return datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(hour=10)


def save(
    db: Database, c: Clinic, marks: tuple[Mark, ...] | None, *, session_id: int | None = None,
    status: str = "done", treatments: tuple[TreatmentInput, ...] = (),
) -> int:  # fmt: skip
    derived = injection_map.treatments_from_marks(marks or ())
    data = SessionInput(
        patient_id=c.patient,
        starts_at=when(),
        practitioner_id=c.doctor,
        status=status,
        treatments=treatments,
        marks=marks,
        checklist=all_ticked(),
        consent_template_id=consent_for(db, derived or treatments) if status == "done" else None,
    )
    later = when().replace(tzinfo=settings.clinic_zone(db)) + timedelta(hours=12)
    with clock.frozen(later.astimezone(UTC).replace(tzinfo=None)):
        if session_id is None:
            return sessions.create_session(db, data, actor=ACTOR).id
        return sessions.update_session(db, session_id, data, actor=ACTOR).id


def test_marks_are_saved_with_the_session_and_give_its_lines(db: Database) -> None:
    c = make_clinic(db)
    marks = (
        point(c, RIGHT_CHEEK, "0.20"),
        point(c, LEFT_CHEEK, "0.30"),
        point(c, RIGHT_CHEEK, "0.25"),
        point(c, FOREHEAD, "0.10"),
    )
    session_id = save(db, c, marks)
    stored = injection_map.session_marks(db, session_id, actor=ACTOR)
    assert [(m.area_id, m.side) for m in stored] == [
        (c.areas["cheeks"], "right"),
        (c.areas["cheeks"], "left"),
        (c.areas["cheeks"], "right"),
        (c.areas["forehead"], "midline"),
    ]
    assert stored[0].points == (RIGHT_CHEEK,)
    record = sessions.get_session(db, session_id, actor=ACTOR)
    lines = [(t.area_id, t.product_lot_id, t.volume_ml) for t in record.treatments]
    assert lines == [
        (c.areas["cheeks"], c.ha_lot, Decimal("0.75")),
        (c.areas["forehead"], c.ha_lot, Decimal("0.10")),
    ]
    assert record.treatments[0].needle_gauge == 32
    assert record.treatments[0].technique == "point_by_point"


def test_lines_typed_beside_marks_are_ignored_the_marks_are_the_source(db: Database) -> None:
    c = make_clinic(db)
    typed = (TreatmentInput(c.areas["abdomen"], product_id=c.lipo, volume_ml=Decimal(9)),)
    session_id = save(db, c, (point(c, FOREHEAD, "0.10"),), treatments=typed)
    record = sessions.get_session(db, session_id, actor=ACTOR)
    assert [t.area_id for t in record.treatments] == [c.areas["forehead"]]


def test_editing_marks_updates_the_lines_and_the_audit(db: Database) -> None:
    c = make_clinic(db)
    session_id = save(db, c, (point(c, RIGHT_CHEEK, "0.20"),), status="planned")
    moved = (point(c, FOREHEAD, "0.20"), point(c, FOREHEAD, "0.40"))
    save(db, c, moved, session_id=session_id, status="planned")
    record = sessions.get_session(db, session_id, actor=ACTOR)
    assert [(t.area_id, t.volume_ml) for t in record.treatments] == [
        (c.areas["forehead"], Decimal("0.60"))
    ]
    with db.read() as s:
        last = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "session").order_by(AuditEvent.id.desc())
        ).first()
        assert last is not None and last.after is not None
        assert [m["area_id"] for m in last.after["marks"]] == [c.areas["forehead"]] * 2
        assert last.before is not None and last.before["marks"][0]["side"] == "right"


def test_moving_a_mark_alone_is_audited(db: Database) -> None:
    c = make_clinic(db)
    session_id = save(db, c, (point(c, (0.3, 0.55), "0.20"),), status="planned")
    save(db, c, (point(c, (0.32, 0.57), "0.20"),), session_id=session_id, status="planned")
    assert injection_map.session_marks(db, session_id, actor=ACTOR)[0].points == ((0.32, 0.57),)
    with db.read() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(
                AuditEvent.entity == "session", AuditEvent.entity_id == session_id
            )
        ).all()
    assert actions == ["create", "update"]


def test_no_marks_given_keeps_the_map_and_its_lines(db: Database) -> None:
    c = make_clinic(db)
    session_id = save(db, c, (point(c, FOREHEAD, "0.10"),), status="planned")
    other = (TreatmentInput(c.areas["abdomen"], product_id=c.lipo, volume_ml=Decimal(9)),)
    save(db, c, None, session_id=session_id, status="planned", treatments=other)
    record = sessions.get_session(db, session_id, actor=ACTOR)
    assert [t.area_id for t in record.treatments] == [c.areas["forehead"]]
    assert len(injection_map.session_marks(db, session_id, actor=ACTOR)) == 1


def test_clearing_the_map_goes_back_to_lines_typed(db: Database) -> None:
    c = make_clinic(db)
    session_id = save(db, c, (point(c, FOREHEAD, "0.10"),), status="planned")
    typed = (TreatmentInput(c.areas["abdomen"], product_id=c.lipo, volume_ml=Decimal(9)),)
    save(db, c, (), session_id=session_id, status="planned", treatments=typed)
    assert injection_map.session_marks(db, session_id, actor=ACTOR) == ()
    assert [t.area_id for t in sessions.get_session(db, session_id, actor=ACTOR).treatments] == [
        c.areas["abdomen"]
    ]


def test_an_expired_lot_is_refused_through_a_mark(db: Database) -> None:
    c = make_clinic(db)
    old = products.create_lot(db, c.ha, "HA-OLD", date.today() - timedelta(days=30), actor=ACTOR)
    with pytest.raises(ValidationFailed) as refused:
        save(db, c, (point(c, FOREHEAD, "0.10", lot=old.id),))
    assert "expired" in refused.value.errors["treatments[1].lot"]


def test_screening_still_stops_a_treatment_placed_by_marks(db: Database) -> None:
    c = make_clinic(db, profile=ProfileInput(pregnant_or_breastfeeding=True))
    with pytest.raises(ValidationFailed) as refused:
        save(db, c, (point(c, FOREHEAD, "0.10"),))
    assert "override" in refused.value.errors


def test_a_mark_outside_every_region_needs_an_area(db: Database) -> None:
    c = make_clinic(db)
    with pytest.raises(ValidationFailed) as refused:
        save(db, c, (point(c, (0.02, 0.02), "0.10"),), status="planned")
    assert refused.value.errors == {
        "marks[1]": "Mark 1: choose the treated area (the mark is outside every region)."
    }
    chosen = replace(point(c, (0.02, 0.02), "0.10"), area_id=c.areas["scalp"])
    session_id = save(db, c, (chosen,), status="planned")
    assert injection_map.session_marks(db, session_id, actor=ACTOR)[0].area_id == c.areas["scalp"]


def test_a_done_session_needs_the_volume_of_every_mark(db: Database) -> None:
    c = make_clinic(db)
    blank = replace(point(c, FOREHEAD, "0.10"), volume=None)
    with pytest.raises(ValidationFailed) as refused:
        save(db, c, (point(c, FOREHEAD, "0.10"), blank))
    assert refused.value.errors["marks[2]"] == "Mark 2: record the volume injected there."


def test_the_lot_recall_finds_a_session_recorded_by_marks(db: Database) -> None:
    c = make_clinic(db)
    session_id = save(db, c, (point(c, FOREHEAD, "0.10"),))
    result = recall.recall(db, "HA-2291", actor=ACTOR)
    assert [row.session_id for row in result.rows] == [session_id]


def test_totals_per_product_and_per_area(db: Database) -> None:
    c = make_clinic(db)
    marks = (
        point(c, RIGHT_CHEEK, "0.20"),
        point(c, FOREHEAD, "0.10"),
        replace(point(c, FOREHEAD, "5"), product_id=c.lipo, lot_id=None, unit=VolumeUnit.UNITS),
    )
    session_id = save(db, c, marks, status="planned")
    sums = injection_map.totals(injection_map.session_marks(db, session_id, actor=ACTOR))
    assert sums.by_product == {c.ha: (Decimal("0.30"), 0), c.lipo: (0, Decimal(5))}
    assert sums.by_area[c.areas["forehead"]] == (Decimal("0.10"), Decimal(5))
    assert injection_map.volume_text(Decimal("0.3"), Decimal(5)) == "0.30 ml + 5 units"


def test_the_previous_session_with_marks_is_found_for_the_overlay(db: Database) -> None:
    c = make_clinic(db)
    first = save(db, c, (point(c, FOREHEAD, "0.10"),))
    later = sessions.get_session(db, first, actor=ACTOR).starts_at + timedelta(days=14)
    found, marks = injection_map.previous_marks(db, c.patient, later, actor=ACTOR)
    assert found == first and marks[0].side == Side.MIDLINE
    assert injection_map.previous_marks(db, c.patient, later, session_id=first, actor=ACTOR) == (
        None,
        (),
    )
    assert injection_map.marks_for_sessions(db, [first, 99999], actor=ACTOR) == {
        first: injection_map.session_marks(db, first, actor=ACTOR)
    }


def test_the_aftercare_sheet_shows_the_map_only_when_the_clinic_wants_it(db: Database) -> None:
    from mesodesk.services import aftercare
    from mesodesk.services.aftercare_records import sheet_from, snapshot

    c = make_clinic(db)
    session_id = save(db, c, (point(c, FOREHEAD, "0.10"), point(c, RIGHT_CHEEK, "0.2")))
    [plain] = aftercare.prepare(db, [session_id], actor=ACTOR)
    assert plain.sheet.map_marks == ()
    settings.put(db, settings.AFTERCARE_MAP_KEY, True, actor=ACTOR)
    [mapped] = aftercare.prepare(db, [session_id], actor=ACTOR)
    assert mapped.sheet.map_marks == (
        ("face_front", "point", (FOREHEAD,)),
        ("face_front", "point", (RIGHT_CHEEK,)),
    )
    pdf = aftercare.render([mapped])
    assert pdf.startswith(b"%PDF") and len(pdf) > len(aftercare.render([plain]))
    # A reprint shows what the first sheet showed.
    again, _ = sheet_from(snapshot(mapped), None)
    assert again.map_marks == mapped.sheet.map_marks
    with pytest.raises(ValidationFailed):
        settings.save_settings(db, {settings.AFTERCARE_MAP_KEY: "yes"}, actor=ACTOR)


def test_every_mark_on_the_sheet_map_has_its_line_in_the_table(db: Database) -> None:
    """A mark drawn on the sheet's map is accounted for in "What was done today"."""
    from mesodesk.services import aftercare

    c = make_clinic(db)
    settings.put(db, settings.AFTERCARE_MAP_KEY, True, actor=ACTOR)
    grid = Mark(
        "body_front",
        MarkKind.GRID,
        ((0.42, 0.34), (0.58, 0.46)),
        volume=Decimal("4"),
    )
    session_id = save(db, c, (point(c, FOREHEAD, "0.10"), grid))
    [prepared] = aftercare.prepare(db, [session_id], actor=ACTOR)
    mapped_areas = {m[0] for m in prepared.sheet.map_marks}
    assert mapped_areas == {"face_front", "body_front"}
    assert [line.area for line in prepared.sheet.lines] == ["Forehead", "Abdomen"]
    text = pdf_text(aftercare.render([prepared]))
    assert "Abdomen" in text and "4 ml" in text

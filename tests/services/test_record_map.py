"""The injection map in the patient's own record: drawn under its session in the record PDF,
listed mark by mark, and carried in the GDPR archive's JSON (valid against its schema)."""

from __future__ import annotations

import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Group, Line, Rect
from reportlab.graphics.shapes import Path as Outline
from reportlab.platypus import KeepTogether

from mesodesk.documents.fonts import register_fonts
from mesodesk.documents.record_map import ReusedMap, session_map
from mesodesk.domain.injection_map import Mark, MarkKind, default_catalog
from mesodesk.paths import resource_path
from mesodesk.services import record_export
from mesodesk.services.injection_map import session_marks
from mesodesk.store.engine import Database
from tests.factories import ACTOR, Clinic, add_session, make_clinic
from tests.services.test_injection_map import FOREHEAD, RIGHT_CHEEK, point, save
from tests.services.test_patient_record import _schema_validator


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return make_clinic(db)


def _mapped_session(db: Database, c: Clinic) -> int:
    """A done session recorded on the map: a point, a line and a nappage grid."""
    line = Mark(
        "face_front",
        MarkKind.LINE,
        ((0.62, 0.5), (0.74, 0.6)),
        product_id=c.ha,
        lot_id=c.ha_lot,
        volume=Decimal("0.3"),
        depth_mm=Decimal("1.5"),
        technique="linear_retrograde",
        needle_gauge=30,
    )
    grid = Mark(
        "face_front",
        MarkKind.GRID,
        ((0.4, 0.2), (0.6, 0.3)),
        product_id=c.ha,
        lot_id=c.ha_lot,
        volume=Decimal("0.5"),
        technique="nappage",
    )
    return save(db, c, (point(c, RIGHT_CHEEK, "0.2"), line, grid, point(c, FOREHEAD, "0.1")))


def _shapes(group: Group) -> list[object]:
    out: list[object] = []
    for item in group.contents:
        out += _shapes(item) if isinstance(item, Group) else [item]
    return out


def test_the_record_carries_each_sessions_marks(db: Database, clinic: Clinic) -> None:
    session_id = _mapped_session(db, clinic)
    record = record_export.patient_record(db, clinic.patient, actor=ACTOR)
    [session] = [s for s in record.sessions if s.id == session_id]
    stored = session_marks(db, session_id, actor=ACTOR)
    assert [(m.diagram, m.kind, m.points) for m in session.marks] == [
        (m.diagram, str(m.kind), m.points) for m in stored
    ]
    first, line, grid, _ = session.marks
    assert (first.area_code, first.side, first.lot_number, first.volume, first.unit) == (
        "cheeks",
        "right",
        "HA-2291",
        Decimal("0.20"),
        "ml",
    )
    assert (line.technique, line.depth_mm, line.needle_gauge) == ("Linear / retrograde", 1.5, 30)
    assert grid.kind == "grid" and grid.technique == "Nappage"


def test_the_map_is_drawn_under_its_session_with_numbered_marks(
    db: Database, clinic: Clinic
) -> None:
    session_id = _mapped_session(db, clinic)
    record = record_export.patient_record(db, clinic.patient, actor=ACTOR)
    [session] = [s for s in record.sessions if s.id == session_id]
    register_fonts()
    story = session_map(
        session.marks,
        480,
        lambda header, rows, widths: rows,
        session="session 2",  # type: ignore[arg-type,return-value]
    )
    kept = next(f for f in story if isinstance(f, KeepTogether))
    [drawn] = [f for f in kept._content if isinstance(f, ReusedMap)]  # type: ignore[attr-defined]
    shapes = _shapes(drawn.outline) + _shapes(drawn.marks)
    assert any(isinstance(s, Outline) for s in _shapes(drawn.outline))  # the face drawn
    assert sum(isinstance(s, Circle) for s in shapes) == 2  # the two points
    assert sum(isinstance(s, Line) for s in shapes) == 1 and any(
        isinstance(s, Rect) for s in shapes
    )
    numbers = {getattr(s, "text", None) for s in shapes}
    assert {"1", "2", "3", "4", "R", "L"} <= numbers  # marks numbered, sides labelled
    legend = story[-1]
    assert [row[0] for row in legend] == ["1", "2", "3", "4"]  # type: ignore[union-attr]

    pdf = record_export.record_pdf(db, clinic.patient, actor=ACTOR)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    text = " ".join(" ".join(pages).split())  # table cells wrap where they must
    assert f"Injection map of session {session_id} (" in text and ": 4 marks" in text
    for cell in ("Cheeks, right", "Forehead, midline", "Grid (nappage)", "0.3 ml", "30G"):
        assert cell in text
    assert "lot HA-2291" in text


def test_a_session_without_marks_prints_no_map(db: Database, clinic: Clinic) -> None:
    from datetime import datetime

    add_session(db, clinic, datetime(2026, 3, 2, 10, 0))
    pdf = record_export.record_pdf(db, clinic.patient, actor=ACTOR)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Injection map" not in text


def test_the_archive_json_has_the_marks_and_validates(
    db: Database, clinic: Clinic, tmp_path: Path
) -> None:
    session_id = _mapped_session(db, clinic)
    out = record_export.export_patient(db, clinic.patient, tmp_path / "p.zip", actor=ACTOR)
    with zipfile.ZipFile(out) as archive:
        document = json.loads(archive.read("record.json"))
    _schema_validator().validate(document)
    [session] = [s for s in document["sessions"] if s["id"] == session_id]
    first, line, grid, _ = session["marks"]
    assert first == {
        "diagram": "face_front",
        "kind": "point",
        "points": [list(RIGHT_CHEEK)],
        "area_code": "cheeks",
        "area": first["area"],
        "side": "right",
        "product_id": clinic.ha,
        "product": first["product"],
        "lot_id": clinic.ha_lot,
        "lot_number": "HA-2291",
        "volume": "0.20",
        "unit": "ml",
        "depth_mm": None,
        "technique": "",
        "needle_gauge": 32,
    }
    assert (line["kind"], line["depth_mm"], line["technique"]) == (
        "line",
        "1.5",
        "Linear / retrograde",
    )
    assert grid["kind"] == "grid" and len(grid["points"]) == 2


def test_the_schema_names_every_diagram_and_refuses_a_mark_off_the_diagram() -> None:
    import jsonschema

    schema = json.loads(resource_path("schemas", "patient-export.schema.json").read_text())
    mark = schema["properties"]["sessions"]["items"]["properties"]["marks"]["items"]
    assert mark["properties"]["diagram"]["enum"] == [d.id for d in default_catalog().diagrams]
    validator = jsonschema.Draft202012Validator(mark)
    good = {
        "diagram": "hands", "kind": "point", "points": [[0.5, 0.5]], "area_code": "hands",
        "area": "Hands", "side": "left", "product_id": None, "product": "", "lot_id": None,
        "lot_number": "", "volume": None, "unit": "ml", "depth_mm": None, "technique": "",
        "needle_gauge": None,
    }  # fmt: skip
    validator.validate(good)
    assert not validator.is_valid({**good, "points": [[1.5, 0.5]]})
    assert not validator.is_valid({**good, "kind": "spiral"})


def test_the_small_map_on_a_french_sheet_is_headed_in_french(db: Database, clinic: Clinic) -> None:
    from mesodesk.services import aftercare, patients, settings
    from mesodesk.services.dto import PatientInput

    current = patients.get_patient(db, clinic.patient, actor=ACTOR)
    patients.update_patient(
        db, clinic.patient, PatientInput(current.given_name, current.family_name, language="fr"),
        actor=ACTOR,
    )  # fmt: skip
    settings.put(db, settings.AFTERCARE_MAP_KEY, True, actor=ACTOR)
    pdf = aftercare.render(aftercare.prepare(db, [_mapped_session(db, clinic)], actor=ACTOR))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Où les injections ont été faites" in text
    assert "Where the injections" not in text

"""Chart read services: courses with session counts, adverse events, a session's history."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event

from mesodesk.domain.accounts import Role
from mesodesk.domain.checklist import all_ticked
from mesodesk.services import catalog, chart, patients, practitioners, products, sessions
from mesodesk.services.audit import utcnow
from mesodesk.services.dto import AuditRecord, PatientInput, ProfileInput, SessionInput
from mesodesk.services.dto import TreatmentInput as Line
from mesodesk.store.engine import Database
from mesodesk.store.models import AdverseEvent, Course
from tests.factories import ACTOR, consent_for, make_user


@dataclass
class Clinic:
    """Ids of a small, realistic clinic built through the services (and the ORM where no
    service exists yet: courses and adverse events)."""

    patient: int
    other_patient: int
    doctors: dict[str, int]
    areas: dict[str, int]
    types: dict[str, int]
    products: dict[str, int]
    lots: dict[str, int]
    sessions: list[int] = field(default_factory=list)
    """Newest first."""
    course: int = 0


def make_clinic(db: Database) -> Clinic:
    areas = {a.code: a.id for a in catalog.areas(db)}
    types = {t.code: t.id for t in catalog.solution_types(db)}
    patient = patients.create_patient(
        db,
        PatientInput("Hélène", "Marchand", date(1984, 3, 14), "female", "+33 6 12 34 56 78"),
        actor=ACTOR,
        profile=ProfileInput(
            allergies_text="Rash after a latex glove in 2019.",
            allergens=("latex", "lidocaine"),
            medications_text="Aspirin 100 mg daily",
            on_blood_thinners=True,
            needle_anxiety=True,
            notes="Prefers morning appointments.",
        ),
    )
    other = patients.create_patient(db, PatientInput("Jan", "Nowak"), actor=ACTOR)
    doctors = {
        "ruiz": practitioners.create_practitioner(db, "Dr Ana Ruiz", actor=ACTOR).id,
        "vidal": practitioners.create_practitioner(db, "Dr Tomás Vidal", actor=ACTOR).id,
    }
    made = {
        "ha": products.create_product(
            db, "HydraMeso 2%", types["hyaluronic_acid"], ["hyaluronic acid"], actor=ACTOR
        ),
        "vit": products.create_product(
            db, "VitaGlow C+", types["vitamin_mineral"], ["vitamin C", "zinc"], actor=ACTOR
        ),
        "lipo": products.create_product(
            db, "LipoSculpt", types["lipolytic"], ["phosphatidylcholine"], actor=ACTOR
        ),
    }
    expiry = date.today() + timedelta(days=400)
    lots = {
        key: products.create_lot(db, p.id, f"{key.upper()}-24{n}", expiry, actor=ACTOR).id
        for n, (key, p) in enumerate(made.items())
    }
    return Clinic(
        patient=patient.id,
        other_patient=other.id,
        doctors=doctors,
        areas=areas,
        types=types,
        products={k: p.id for k, p in made.items()},
        lots=lots,
    )


def add_course(db: Database, c: Clinic, patient_id: int | None = None, **values: Any) -> int:
    values = {
        "title": "Face rejuvenation",
        "solution_type_id": c.types["vitamin_mineral"],
        "practitioner_id": c.doctors["ruiz"],
        "planned_sessions": 6,
        "interval_days": 14,
        "start_date": date.today() - timedelta(days=70),
        "status": "in_progress",
        **values,
    }
    with db.begin() as s:
        course = Course(patient_id=patient_id or c.patient, created_at=utcnow(), **values)
        s.add(course)
        s.flush()
        return course.id


def add_session(
    db: Database,
    c: Clinic,
    when: datetime,
    *,
    status: str = "done",
    course: int | None = None,
    patient_id: int | None = None,
    doctor: str = "ruiz",
    notes: str = "",
) -> int:
    lines = (
        Line(c.areas["cheeks"], product_lot_id=c.lots["vit"], volume_ml=Decimal("2.00"),
             technique="nappage", depth_mm=Decimal("1.0"), needle_gauge=32),
        Line(c.areas["neck"], product_lot_id=c.lots["ha"], volume_ml=Decimal("1.50"),
             technique="papule", needle_gauge=30),
    )  # fmt: skip
    data = SessionInput(
        patient_id=patient_id or c.patient,
        starts_at=when,
        practitioner_id=c.doctors[doctor],
        status=status,
        course_id=course,
        notes=notes,
        treatments=lines if status != "cancelled" else (),
        checklist=all_ticked() if status == "done" else None,
        consent_template_id=consent_for(db, lines) if status == "done" else None,
    )
    return sessions.create_session(db, data, actor=ACTOR).id


def add_adverse_event(db: Database, c: Clinic, session_id: int, **values: Any) -> int:
    values = {
        "side_effect_code": "bruising",
        "onset_date": date.today() - timedelta(days=20),
        "severity": "moderate",
        "description": "Bruise of 2 cm on the left cheek.",
        "action_taken": "Arnica gel, cold compresses.",
        "outcome": "Faded within a week.",
        "resolved_date": date.today() - timedelta(days=13),
        **values,
    }
    with db.begin() as s:
        row = AdverseEvent(
            session_id=session_id, patient_id=c.patient, created_at=utcnow(), **values
        )
        s.add(row)
        s.flush()
        return row.id


def fill_chart(db: Database, count: int = 12) -> Clinic:
    """A patient with a profile, ``count`` sessions two weeks apart, a course and two events."""
    c = make_clinic(db)
    c.course = add_course(db, c)
    today = datetime.combine(date.today(), datetime.min.time())
    for n in range(count):
        when = today + timedelta(days=7 - 14 * n, hours=9 + n % 4)
        status = "planned" if n == 0 else "no_show" if n == 3 else "done"
        c.sessions.append(
            add_session(
                db,
                c,
                when,
                status=status,
                course=c.course if n < 6 else None,
                doctor="ruiz" if n % 3 else "vidal",
            )
        )
    add_adverse_event(db, c, c.sessions[2])
    add_adverse_event(
        db,
        c,
        c.sessions[1],
        side_effect_code="swelling",
        severity="mild",
        onset_date=date.today() - timedelta(days=6),
        outcome="",
        resolved_date=None,
        description="Swelling under the left eye.",
    )
    return c


@contextmanager
def count_queries(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def on_execute(*args: Any) -> None:
        if not args[2].lstrip().upper().startswith("BEGIN"):
            statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", on_execute)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", on_execute)


# --- courses --------------------------------------------------------------------------------


def test_courses_count_done_booked_and_missed_sessions(db: Database) -> None:
    c = make_clinic(db)
    course = add_course(db, c)
    add_course(db, c, patient_id=c.other_patient, title="Not hers")
    older = add_course(
        db,
        c,
        title="Thigh cellulite",
        solution_type_id=c.types["lipolytic"],
        start_date=date.today() - timedelta(days=400),
        status="completed",
        planned_sessions=8,
    )
    base = datetime.combine(date.today(), datetime.min.time()).replace(hour=10)
    for days, status in [(-42, "done"), (-28, "done"), (-14, "no_show"), (-13, "cancelled")]:
        add_session(db, c, base + timedelta(days=days), status=status, course=course)
    add_session(db, c, base + timedelta(days=14), status="planned", course=course)
    add_session(db, c, base - timedelta(days=5), status="done")  # not in a course

    result = chart.courses_for_patient(db, c.patient, actor=ACTOR)

    assert [r.id for r in result] == [course, older]
    first = result[0]
    assert (first.title, first.planned_sessions, first.status) == (
        "Face rejuvenation",
        6,
        "in_progress",
    )
    assert first.start_date == date.today() - timedelta(days=70) and not first.archived
    assert (first.done_count, first.planned_count, first.missed_count) == (2, 1, 2)
    assert first.solution_type_name == next(
        t.name for t in catalog.solution_types(db) if t.code == "vitamin_mineral"
    )
    assert (result[1].done_count, result[1].planned_count, result[1].missed_count) == (0, 0, 0)
    assert result[1].status == "completed" and result[1].planned_sessions == 8


def test_courses_of_a_patient_without_any(db: Database) -> None:
    c = make_clinic(db)
    assert chart.courses_for_patient(db, c.patient, actor=ACTOR) == []


# --- adverse events -------------------------------------------------------------------------


def test_adverse_events_newest_first_with_catalog_names(db: Database) -> None:
    c = fill_chart(db, count=4)
    events = chart.adverse_events_for_patient(db, c.patient, actor=ACTOR)
    assert [e.side_effect_code for e in events] == ["swelling", "bruising"]
    names = {s.code: s.name for s in catalog.side_effects(db)}
    assert events[0].side_effect_name == names["swelling"]
    assert not events[0].resolved and events[1].resolved
    assert events[1].session_id == c.sessions[2]
    assert events[1].severity == "moderate" and events[1].outcome == "Faded within a week."
    assert chart.adverse_events_for_patient(db, c.other_patient, actor=ACTOR) == []


def test_unknown_side_effect_code_falls_back_to_the_code(db: Database) -> None:
    c = make_clinic(db)
    session = add_session(db, c, datetime(2025, 5, 5, 10))
    add_adverse_event(db, c, session, side_effect_code="retired_code")
    [only] = chart.adverse_events_for_patient(db, c.patient, actor=ACTOR)
    assert only.side_effect_name == "retired_code"


# --- session history ------------------------------------------------------------------------


def _amend(db: Database, c: Clinic, session_id: int, **changes: Any) -> None:
    current = sessions.get_session(db, session_id, actor=ACTOR)
    data = SessionInput(
        patient_id=current.patient_id,
        starts_at=changes.pop("starts_at", current.starts_at),
        duration_minutes=current.duration_minutes,
        practitioner_id=changes.pop("practitioner_id", current.practitioner_id),
        status=current.status,
        course_id=current.course_id,
        notes=changes.pop("notes", current.notes),
        treatments=changes.pop(
            "treatments",
            tuple(
                Line(
                    t.area_id,
                    t.solution_type_id,
                    t.product_id,
                    t.product_lot_id,
                    t.volume_ml,
                    t.technique,
                    t.depth_mm,
                    t.needle_gauge,
                )
                for t in current.treatments
            ),
        ),
    )
    assert not changes
    sessions.update_session(
        db,
        session_id,
        data,
        actor=make_user(db, Role.PRACTITIONER, login="vidal", name="Dr Tomás Vidal"),
        reason="corrected after review",
    )


def test_session_history_lists_create_then_amend(db: Database) -> None:
    c = make_clinic(db)
    first = add_session(db, c, datetime(2025, 6, 2, 10))
    other = add_session(db, c, datetime(2025, 6, 16, 10))
    _amend(db, c, first, notes="Mild redness at the end.")

    history = chart.session_history(db, first, actor=ACTOR)

    assert all(isinstance(r, AuditRecord) for r in history)
    assert [r.action for r in history] == ["create", "amend"]
    assert {r.entity_id for r in history} == {first}
    assert history[1].actor == "Dr Tomás Vidal"
    assert history[1].before is not None and history[1].before["notes"] == ""
    assert [r.action for r in chart.session_history(db, other, actor=ACTOR)] == ["create"]
    assert chart.session_history(db, 999_999, actor=ACTOR) == []


def test_session_versions_say_what_changed_in_words(db: Database) -> None:
    c = make_clinic(db)
    first = add_session(db, c, datetime(2025, 6, 2, 10, 30))
    _amend(
        db,
        c,
        first,
        notes="Mild redness at the end.",
        practitioner_id=c.doctors["vidal"],
        treatments=(
            Line(c.areas["cheeks"], product_lot_id=c.lots["vit"], volume_ml=Decimal("2.50")),
        ),
    )

    created, amended = chart.session_versions(db, first, actor=ACTOR)

    fields = {ch.field: ch for ch in created.changes}
    assert created.record.action == "create" and created.reason == ""
    assert "notes" not in fields and "patient_id" not in fields  # empty or implied
    assert fields["starts_at"].after == "2025-06-02 10:30"  # the clinic's wall-clock time
    assert fields["practitioner_id"].after == "Dr Ana Ruiz"
    assert fields["status"].after == "Done"
    treatments = fields["treatments"].after.splitlines()
    assert len(treatments) == 2
    assert treatments[0].startswith("Cheeks: VitaGlow C+ lot VIT-241, 2.00 ml, nappage")
    assert "32G" in treatments[0]

    changed = {ch.field: ch for ch in amended.changes}
    assert set(changed) == {"notes", "practitioner_id", "treatments"}
    assert (changed["notes"].before, changed["notes"].after) == ("", "Mild redness at the end.")
    assert changed["practitioner_id"].before == "Dr Ana Ruiz"
    assert changed["practitioner_id"].after == "Dr Tomás Vidal"
    assert changed["treatments"].after == "Cheeks: VitaGlow C+ lot VIT-241, 2.50 ml"
    assert amended.reason == "corrected after review"
    assert amended.record.actor == "Dr Tomás Vidal"


def test_session_versions_use_the_given_time_format(db: Database) -> None:
    c = make_clinic(db)
    first = add_session(db, c, datetime(2025, 6, 2, 10, 30))
    [created] = chart.session_versions(
        db, first, format_moment=lambda m: m.strftime("%d.%m. %H"), actor=ACTOR
    )
    assert {ch.field: ch.after for ch in created.changes}["starts_at"] == "02.06. 10"


# --- cost ----------------------------------------------------------------------------------


def test_chart_reads_take_the_same_queries_for_few_or_many_sessions(db: Database) -> None:
    def cost(count: int) -> int:
        clinic = fill_chart(db, count=count)
        with count_queries(db) as statements:
            chart.courses_for_patient(db, clinic.patient, actor=ACTOR)
            chart.adverse_events_for_patient(db, clinic.patient, actor=ACTOR)
            sessions.sessions_for_patient(db, clinic.patient, actor=ACTOR)
        return len(statements)

    few, many = cost(3), cost(40)
    # 8 reads, plus each of the three calls reading the signed-in account once
    assert few == many <= 11, (few, many)


@pytest.mark.parametrize("status", ["planned", "arrived"])
def test_booked_sessions_count_as_planned(db: Database, status: str) -> None:
    c = make_clinic(db)
    course = add_course(db, c)
    add_session(
        db, c, datetime.combine(date.today(), datetime.min.time()), status=status, course=course
    )
    [summary] = chart.courses_for_patient(db, c.patient, actor=ACTOR)
    assert (summary.done_count, summary.planned_count, summary.missed_count) == (0, 1, 0)


def test_course_count_matches_the_course_list(db: Database) -> None:
    c = make_clinic(db)
    assert chart.course_count(db, c.patient, actor=ACTOR) == 0
    add_course(db, c)
    add_course(db, c)
    add_course(db, c, patient_id=c.other_patient, title="Not hers")
    assert (
        chart.course_count(db, c.patient, actor=ACTOR)
        == len(chart.courses_for_patient(db, c.patient, actor=ACTOR))
        == 2
    )

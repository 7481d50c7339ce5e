"""Two desks editing one record: a save over a newer version is a conflict, never lost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from mesodesk.domain.accounts import Role
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import courses, patients, products, sessions, settings
from mesodesk.services.courses import CourseInput
from mesodesk.services.dto import (
    PatientInput,
    PatientRecord,
    ProfileInput,
    SessionInput,
    SessionRecord,
    TreatmentInput,
)
from mesodesk.services.errors import EditConflict
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from tests.factories import ACTOR, add_session, desk_user, ha_cheeks, make_clinic

WHEN = datetime(2030, 3, 4, 10, 0)


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    """A second handle on the same database: another desk."""
    desk = Database.connect(db.url)
    yield desk
    desk.dispose()


def _as_input(record: PatientRecord) -> PatientInput:
    return PatientInput(
        record.given_name,
        record.family_name,
        record.date_of_birth,
        record.sex,
        record.phone,
        record.email,
        record.address,
        record.notes,
    )


def _audit_actions(db: Database, entity: str) -> list[str]:
    from sqlalchemy import select

    with db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent.action).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
            )
        )


def test_patient_saved_over_a_newer_version_is_a_conflict_with_the_differences(
    db: Database, other_desk: Database
) -> None:
    created = patients.create_patient(
        db, PatientInput("Ana", "Lopez", phone="0111 111"), actor=ACTOR
    )
    assert created.version == 1
    mine = patients.get_patient(db, created.id, actor=ACTOR)  # desk A opens the editor
    theirs = patients.update_patient(
        other_desk,
        created.id,
        replace(_as_input(mine), phone="0222 222"),
        actor=desk_user(other_desk, "reception", Role.RECEPTION),
        expected_version=mine.version,
    )
    assert theirs.version == 2
    with pytest.raises(EditConflict) as caught:
        patients.update_patient(
            db,
            created.id,
            replace(_as_input(mine), email="ana@example.org"),
            actor=ACTOR,
            expected_version=mine.version,
        )
    conflict = caught.value
    assert conflict.entity == "patient" and conflict.version == 2
    # Theirs is named by the account that saved it, as the audit records it.
    assert conflict.saved_by == "reception" and conflict.saved_at is not None
    assert str(conflict).startswith("reception saved this record after you opened it.")
    fields = {d.field: (d.theirs, d.yours) for d in conflict.differences}
    # Their new phone against my (old) phone, and my new email against their (old) one.
    assert fields == {"phone": ("0222 222", "0111 111"), "email": ("", "ana@example.org")}
    stored = patients.get_patient(db, created.id, actor=ACTOR)
    assert (stored.phone, stored.email, stored.version) == ("0222 222", "", 2)  # nothing written


def test_take_theirs_and_reapply_mine_then_keep_mine_is_audited_as_overwrite(
    db: Database, other_desk: Database
) -> None:
    created = patients.create_patient(
        db, PatientInput("Ana", "Lopez", phone="0111 111"), actor=ACTOR
    )
    patients.update_patient(
        other_desk,
        created.id,
        replace(_as_input(created), phone="0222 222"),
        actor=desk_user(other_desk, "reception", Role.RECEPTION),
    )
    # Take theirs and re-apply mine: reload, change my field, save with the new version.
    reloaded = patients.get_patient(db, created.id, actor=ACTOR)
    merged = patients.update_patient(
        db,
        created.id,
        replace(_as_input(reloaded), email="ana@example.org"),
        actor=ACTOR,
        expected_version=reloaded.version,
    )
    assert (merged.phone, merged.email, merged.version) == ("0222 222", "ana@example.org", 3)
    # Keep mine: an explicit overwrite of a newer version, audited as such.
    kept = patients.update_patient(
        db,
        created.id,
        replace(_as_input(created), phone="0333 333"),
        actor=ACTOR,
        expected_version=created.version,
        overwrite=True,
    )
    assert kept.phone == "0333 333" and kept.version == 4
    assert _audit_actions(db, "patient") == ["create", "update", "update", "overwrite"]
    with db.read() as s:  # the overwrite is signed by the account that kept its values
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (last.action, last.actor, last.account_id) == ("overwrite", ACTOR.name, ACTOR.id)


def test_a_newer_version_that_agrees_with_every_field_is_no_conflict(
    db: Database, other_desk: Database
) -> None:
    created = patients.create_patient(db, PatientInput("Ana", "Lopez"), actor=ACTOR)
    same = replace(_as_input(created), phone="0555 555")
    patients.update_patient(
        other_desk, created.id, same, actor=desk_user(other_desk, "reception", Role.RECEPTION)
    )
    saved = patients.update_patient(
        db, created.id, same, actor=ACTOR, expected_version=created.version
    )
    assert saved.phone == "0555 555"


def test_medical_profile_added_by_another_desk_is_a_conflict(
    db: Database, other_desk: Database
) -> None:
    created = patients.create_patient(
        db, PatientInput("Ana", "Lopez"), actor=ACTOR, profile=ProfileInput(allergies_text="none")
    )
    loaded = patients.current_profile(db, created.id, actor=ACTOR)
    assert loaded is not None and loaded.version == 1
    patients.record_profile(
        other_desk,
        created.id,
        ProfileInput(allergies_text="lidocaine", allergens=("lidocaine",)),
        actor=desk_user(other_desk, "Dr Other", Role.PRACTITIONER),
        expected_version=1,
    )
    with pytest.raises(EditConflict) as caught:
        patients.record_profile(
            db,
            created.id,
            ProfileInput(allergies_text="none", on_blood_thinners=True),
            actor=ACTOR,
            expected_version=loaded.version,
        )
    fields = {d.field for d in caught.value.differences}
    assert fields == {"allergies_text", "allergens", "on_blood_thinners"}
    assert caught.value.saved_by == "Dr Other"
    saved = patients.record_profile(
        db,
        created.id,
        ProfileInput(allergies_text="lidocaine", allergens=("lidocaine",), on_blood_thinners=True),
        actor=ACTOR,
        expected_version=2,
    )
    assert saved.version == 3
    assert [p.version for p in patients.profile_history(db, created.id, actor=ACTOR)] == [3, 2, 1]


def _session_input(record: SessionRecord, **changes: object) -> SessionInput:
    data = SessionInput(
        patient_id=record.patient_id,
        starts_at=record.starts_at,
        duration_minutes=record.duration_minutes,
        practitioner_id=record.practitioner_id,
        status=record.status,
        notes=record.notes,
        treatments=tuple(
            TreatmentInput(
                t.area_id,
                product_id=t.product_id,
                product_lot_id=t.product_lot_id,
                volume_ml=t.volume_ml,
            )
            for t in record.treatments
        ),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def test_session_edited_at_two_desks(db: Database, other_desk: Database) -> None:
    c = make_clinic(db)
    session_id = add_session(db, c, WHEN, status="planned", lines=(ha_cheeks(c, lot=False),))
    mine = sessions.get_session(db, session_id, actor=ACTOR)
    sessions.update_session(
        other_desk,
        session_id,
        _session_input(mine, duration_minutes=60),
        actor=desk_user(other_desk, "reception", Role.RECEPTION),
        expected_version=mine.version,
    )
    with pytest.raises(EditConflict) as caught:
        sessions.update_session(
            db,
            session_id,
            _session_input(mine, notes="Bring sunscreen."),
            actor=ACTOR,
            expected_version=mine.version,
        )
    fields = {d.field: (d.theirs, d.yours) for d in caught.value.differences}
    assert fields == {"duration_minutes": (60, 45), "notes": ("", "Bring sunscreen.")}
    assert caught.value.saved_by == "reception"
    assert sessions.get_session(db, session_id, actor=ACTOR).notes == ""


def test_a_treatment_line_changed_at_another_desk_is_a_conflict_even_in_the_same_instant(
    db: Database, other_desk: Database
) -> None:
    """Only a line's volume changes (no column of the session itself), and the clock reads
    the same for both saves (a frozen clock here; a coarse one or a clock set back at a
    desk): the version still moves on, so the stale save is a conflict, not a silent
    overwrite of the other desk's volume."""
    from decimal import Decimal

    from mesodesk.domain import clock

    c = make_clinic(db)
    with clock.frozen(datetime(2030, 3, 1, 9, 0)):
        session_id = add_session(db, c, WHEN, status="planned", lines=(ha_cheeks(c, lot=False),))
        mine = sessions.get_session(db, session_id, actor=ACTOR)
        [line] = _session_input(mine).treatments
        theirs = sessions.update_session(
            other_desk,
            session_id,
            _session_input(mine, treatments=(replace(line, volume_ml=Decimal("1")),)),
            actor=ACTOR,
            expected_version=mine.version,
        )
        assert theirs.version == mine.version + 1
        with pytest.raises(EditConflict) as caught:
            sessions.update_session(
                db,
                session_id,
                _session_input(mine, treatments=(replace(line, volume_ml=Decimal("2.5")),)),
                actor=ACTOR,
                expected_version=mine.version,
            )
    assert [d.field for d in caught.value.differences] == ["treatments"]
    stored = sessions.get_session(db, session_id, actor=ACTOR)
    assert [t.volume_ml for t in stored.treatments] == [Decimal("1.00")]


def test_status_changed_at_another_desk_is_not_overwritten(
    db: Database, other_desk: Database
) -> None:
    c = make_clinic(db)
    session_id = add_session(db, c, WHEN, status="planned", lines=(ha_cheeks(c, lot=False),))
    seen = sessions.get_session(db, session_id, actor=ACTOR)
    sessions.set_status(
        other_desk,
        session_id,
        SessionStatus.ARRIVED,
        actor=desk_user(other_desk, "reception", Role.RECEPTION),
    )
    with pytest.raises(EditConflict):
        sessions.set_status(
            db,
            session_id,
            SessionStatus.CANCELLED,
            actor=ACTOR,
            reason="patient called",
            expected_version=seen.version,
        )
    assert sessions.get_session(db, session_id, actor=ACTOR).status == "arrived"


def test_product_and_settings_conflicts(db: Database, other_desk: Database) -> None:
    c = make_clinic(db)
    loaded = next(p for p in products.list_products(db) if p.id == c.ha)
    products.update_product(
        other_desk, c.ha, "HydraMeso 2.5%", loaded.solution_type_id, loaded.ingredients,
        actor=desk_user(other_desk, "owner", Role.ADMIN), expected_version=loaded.version,
    )  # fmt: skip
    with pytest.raises(EditConflict) as caught:
        products.update_product(
            db, c.ha, loaded.name, loaded.solution_type_id, loaded.ingredients,
            notes="keep cold", actor=ACTOR, expected_version=loaded.version,
        )  # fmt: skip
    assert {d.field for d in caught.value.differences} == {"name", "notes"}
    assert caught.value.saved_by == "owner"

    seen = settings.versions(db)
    settings.save_settings(
        other_desk,
        {"clinic.name": "Clinique Rose"},
        actor=desk_user(other_desk, "owner", Role.ADMIN),
    )
    with pytest.raises(EditConflict) as conflict:
        settings.save_settings(
            db, {"clinic.name": "Rose Clinic"}, actor=ACTOR, expected_versions=seen
        )
    [difference] = conflict.value.differences
    assert conflict.value.saved_by == "owner"
    assert (difference.field, difference.theirs, difference.yours) == (
        "clinic.name",
        "Clinique Rose",
        "Rose Clinic",
    )
    # A key nobody else touched saves; keeping mine overwrites and says so.
    settings.save_settings(db, {"clinic.phone": "01 23"}, actor=ACTOR, expected_versions=seen)
    settings.save_settings(
        db, {"clinic.name": "Rose Clinic"}, actor=ACTOR, expected_versions=seen, overwrite=True
    )
    assert settings.get(db, "clinic.name") == "Rose Clinic"
    assert _audit_actions(db, "setting")[-1] == "overwrite"


def test_course_status_changed_at_another_desk(db: Database, other_desk: Database) -> None:
    c = make_clinic(db)
    data = CourseInput(
        patient_id=c.patient,
        solution_type_id=c.types["hyaluronic_acid"],
        practitioner_id=c.doctor,
        areas=("cheeks",),
        indications=("skin_rejuvenation",),
        sessions=2,
        interval_days=14,
        maintenance_interval_days=None,
        start_date=date(2030, 3, 11),
        preferred_time=time(10, 0),
        preferred_weekday=None,
    )
    now = datetime(2030, 3, 4, 8, 0, tzinfo=settings.clinic_zone(db))
    course_id = courses.create_course(
        db, data, courses.propose(db, data, now=now, actor=ACTOR), actor=ACTOR
    )
    seen = next(p for p in courses.course_progress(db, c.patient, actor=ACTOR) if p.id == course_id)
    courses.set_course_status(
        other_desk,
        course_id,
        "completed",
        actor=desk_user(other_desk, "Dr Other", Role.PRACTITIONER),
    )
    with pytest.raises(EditConflict):
        courses.set_course_status(
            db, course_id, "abandoned", actor=ACTOR, reason="moved away",
            expected_version=seen.version,
        )  # fmt: skip
    assert courses.course_progress(db, c.patient, actor=ACTOR)[0].status == "completed"
    courses.set_course_status(
        db, course_id, "abandoned", actor=ACTOR, reason="moved away",
        expected_version=seen.version, overwrite=True,
    )  # fmt: skip
    shown = courses.course_progress(db, c.patient, actor=ACTOR)[0]
    assert (shown.status, shown.status_reason) == ("abandoned", "moved away")
    assert _audit_actions(db, "course")[-1] == "overwrite"

"""Small, realistic clinic data built through the services, shared by service and UI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from mesodesk.domain import clock
from mesodesk.domain.accounts import Role, User
from mesodesk.domain.checklist import all_ticked
from mesodesk.services import catalog, patients, practitioners, products, sessions, settings
from mesodesk.services import consent as consent_service
from mesodesk.services.dto import PatientInput, ProfileInput, SessionInput, TreatmentInput
from mesodesk.store.engine import Database

TEST_PASSWORD = "correct horse battery"
"""The password of every account the tests create."""
ACTOR = User(id=1, login="drtest", name="Dr Test", roles=frozenset(Role), host="test-desk")
"""Signed in with every role; its account is the first in every test database."""


def add_actor_account(db: Database) -> None:
    """Give ``db`` the account behind ``ACTOR`` (the template database has it already)."""
    from mesodesk.services.accounts.manage import insert_account

    with db.begin() as s:
        row = insert_account(
            s,
            login=ACTOR.login,
            name=ACTOR.name,
            roles=ACTOR.roles,
            password=TEST_PASSWORD,
            practitioner_id=None,
        )
        assert row.id == ACTOR.id, "ACTOR's account must be the database's first"


def make_user(
    db: Database,
    *roles: Role,
    login: str | None = None,
    name: str | None = None,
    practitioner_id: int | None = None,
) -> User:
    """A new account with ``roles`` (for role tests), signed in at ``test-desk``."""
    from mesodesk.services.accounts.manage import insert_account

    login = login or "-".join(sorted(role.value for role in roles)) or "nobody"
    with db.begin() as s:
        row = insert_account(
            s,
            login=login,
            name=name or f"Test {login}",
            roles=frozenset(roles),
            password=TEST_PASSWORD,
            practitioner_id=practitioner_id,
        )
        return User(
            id=row.id,
            login=row.login,
            name=row.name,
            roles=frozenset(roles),
            practitioner_id=practitioner_id,
            host="test-desk",
        )


def desk_user(db: Database, name: str, *roles: Role) -> User:
    """The person at the other desk: their account's name is what the audit and the
    conflict name (made once per name and database, then reused)."""
    from mesodesk.services.accounts.common import account_by_login

    login = name.lower().replace(" ", ".")
    with db.read() as s:
        row = account_by_login(s, login)
        if row is not None:
            return row.as_user("other-desk")
    return make_user(db, *roles, login=login, name=name)


@dataclass
class Clinic:
    patient: int
    doctor: int
    second_doctor: int
    areas: dict[str, int]
    types: dict[str, int]
    ha: int
    ha_lot: int
    lipo: int
    lipo_lot: int


def make_clinic(db: Database, *, profile: ProfileInput | None = None) -> Clinic:
    areas = {a.code: a.id for a in catalog.areas(db)}
    types = {t.code: t.id for t in catalog.solution_types(db)}
    patient = patients.create_patient(
        db,
        PatientInput("Zoë", "Łukasiewicz-Öztürk", phone="+48 601 234 567"),
        actor=ACTOR,
        profile=profile or ProfileInput(),
    )
    doctor = practitioners.create_practitioner(db, "Dr Ana Ruiz", actor=ACTOR)
    second = practitioners.create_practitioner(db, "Dr Bea Costa", actor=ACTOR)
    ha = products.create_product(
        db, "HydraMeso 2%", types["hyaluronic_acid"], ["hyaluronic acid", "lidocaine"], actor=ACTOR
    )
    lipo = products.create_product(
        db, "LipoSculpt", types["lipolytic"], ["phosphatidylcholine", "deoxycholate"], actor=ACTOR
    )
    far = date.today() + timedelta(days=400)
    return Clinic(
        patient=patient.id,
        doctor=doctor.id,
        second_doctor=second.id,
        areas=areas,
        types=types,
        ha=ha.id,
        ha_lot=products.create_lot(db, ha.id, "HA-2291", far, actor=ACTOR).id,
        lipo=lipo.id,
        lipo_lot=products.create_lot(db, lipo.id, "LS-0042", far, actor=ACTOR).id,
    )


def ha_cheeks(c: Clinic, lot: bool = True) -> TreatmentInput:
    return TreatmentInput(
        c.areas["cheeks"], product_id=c.ha, product_lot_id=c.ha_lot if lot else None,
        volume_ml=Decimal("1.50"),
    )  # fmt: skip


def lipo_abdomen(c: Clinic) -> TreatmentInput:
    return TreatmentInput(
        c.areas["abdomen"], product_id=c.lipo, product_lot_id=c.lipo_lot, volume_ml=Decimal("4")
    )


def add_session(
    db: Database,
    c: Clinic,
    when: datetime,
    *,
    status: str = "done",
    lines: tuple[TreatmentInput, ...] | None = None,
    patient: int | None = None,
    doctor: int | None = None,
    consent_template_id: int | None = None,
    checklist: bool = True,
    override_reason: str = "",
    consent: bool = True,
) -> int:
    """A session through the service; a done one gets its consent unless ``consent=False``."""
    treatments = lines if lines is not None else (ha_cheeks(c),)
    if consent and consent_template_id is None and status == "done":
        consent_template_id = consent_for(db, treatments)
    data = SessionInput(
        patient_id=patient or c.patient,
        starts_at=when,
        practitioner_id=doctor or c.doctor,
        status=status,
        treatments=treatments,
        checklist=all_ticked() if checklist else None,
        consent_template_id=consent_template_id,
        override_reason=override_reason,
    )
    if status != "done":
        return sessions.create_session(db, data, actor=ACTOR).id
    # A done session is recorded once it has taken place: "now" is later that day, whatever
    # the hour the suite runs (tests that pin the clock themselves keep their own "now").
    aware = when if when.tzinfo is not None else when.replace(tzinfo=settings.clinic_zone(db))
    later = aware + timedelta(hours=12)
    with clock.frozen(max(later.astimezone(UTC).replace(tzinfo=None), clock.utcnow())):
        return sessions.create_session(db, data, actor=ACTOR).id


def consent_for(db: Database, lines: tuple[TreatmentInput, ...]) -> int | None:
    """The consent text version a patient signs for ``lines`` (what the editor records)."""
    version = consent_service.version_for(db, lines)
    return version.id if version is not None else None


def demo_practitioner(db: Database) -> User:
    """A practitioner account of a demo database (``seed-demo`` made one per practitioner),
    signed in without its password (benchmarks and demo tests)."""
    from sqlalchemy import select

    from mesodesk.services.accounts import sign_in_trusted
    from mesodesk.store.models_accounts import Account

    with db.read() as s:
        login = s.scalar(
            select(Account.login)
            .where(Account.roles.contains(Role.PRACTITIONER.value), Account.active.is_(True))
            .order_by(Account.id)
            .limit(1)
        )
    assert login is not None, "not a demo database: no practitioner account"
    return sign_in_trusted(db, login, host="bench")

"""Generating and writing the demo: ``demo_batches``/``demo_rows`` and the ``seed_demo`` service."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.enums import AuditAction
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.accounts.common import count_accounts
from mesodesk.services.batches import TimedBatches
from mesodesk.services.demo.accounts import DEMO_PASSWORD, add_demo_accounts
from mesodesk.services.demo.base import CHUNK_PATIENTS
from mesodesk.services.demo.clinic import ClinicBuilder
from mesodesk.services.demo.patients import PatientBuilder
from mesodesk.services.demo.rows import (
    ID_TABLES,
    DemoBatch,
    DemoContext,
    DemoSummary,
    ProgressFn,
    RowChunk,
    demo_context,
    next_free_ids,
)
from mesodesk.services.demo.writer import RowWriter
from mesodesk.services.errors import ServiceError, ValidationFailed
from mesodesk.services.patients import recount_list_prefixes
from mesodesk.store import dialect
from mesodesk.store.engine import Database
from mesodesk.store.models import Base, Patient, Setting


class DemoRefused(ServiceError):
    """The database already holds patients and the demo was not forced."""


SEED_BATCH_SECONDS = 0.9
"""How long one part of the demo may hold the write lock (a desk's save waits about that)."""
SEED_PART_PATIENTS = 500
"""Patients generated at a time when the demo is written in parts (a part ends between two)."""


class Generator(PatientBuilder, ClinicBuilder):
    """Builds the rows; all randomness comes from one ``random.Random(seed)``."""

    def __init__(self, context: DemoContext, seed: int, today: date) -> None:
        super().__init__(context, random.Random(seed), today)


def demo_batches(
    context: DemoContext,
    *,
    patients: int,
    seed: int = 1,
    today: date | None = None,
    chunk_patients: int = CHUNK_PATIENTS,
    free_ids: Callable[[], Mapping[str, int]] | None = None,
) -> Iterator[DemoBatch]:
    """The demo rows in insert order: first the clinic, then one batch per patient chunk.

    ``free_ids()`` (when the demo is written in parts) gives the next free ids before each
    patient chunk is generated, so that rows saved by others in between keep theirs."""
    if patients < 0:
        raise ValidationFailed(
            {
                "patients": Message(
                    QT_TRANSLATE_NOOP("messages", "The number of patients cannot be negative.")
                )
            }
        )
    generator = Generator(context, seed, today or date.today())
    generator.free_ids = free_ids
    yield DemoBatch("clinic", 1, 1, generator.clinic(patients))
    for done, chunks in generator.patients(patients, max(1, chunk_patients)):
        yield DemoBatch("patients", done, patients, chunks)


def demo_rows(
    context: DemoContext,
    *,
    patients: int,
    seed: int = 1,
    today: date | None = None,
    chunk_patients: int = CHUNK_PATIENTS,
) -> Iterator[RowChunk]:
    """The same rows as ``demo_batches``, one table chunk at a time (for benchmarks)."""
    for batch in demo_batches(
        context, patients=patients, seed=seed, today=today, chunk_patients=chunk_patients
    ):
        yield from batch.chunks


def summary_of(counts: Mapping[str, int]) -> DemoSummary:
    return DemoSummary(
        patients=counts.get("patient", 0),
        sessions=counts.get("treatment_session", 0),
        treatments=counts.get("session_treatment", 0),
        products=counts.get("product", 0),
        lots=counts.get("product_lot", 0),
        practitioners=counts.get("practitioner", 0),
        courses=counts.get("course", 0),
        adverse_events=counts.get("adverse_event", 0),
    )


def seed_demo(
    db: Database,
    *,
    patients: int,
    seed: int = 1,
    progress: ProgressFn | None = None,
    actor: User | None = None,
    today: date | None = None,
    force: bool = False,
    demo_password: str = DEMO_PASSWORD,
) -> DemoSummary:
    """Fill an already migrated database (catalog loaded) with a demo clinic.

    A database that already has patients is refused (:class:`DemoRefused`) unless ``force``:
    the demo would mix invented people into a real clinic's records. The rows are written in
    parts of about :data:`SEED_BATCH_SECONDS` (``TimedBatches``), so that the desks' saves
    wait at most about that long while the demo is written; each part is whole patients
    with their sessions, and the last part writes the single summary audit row. A failure
    half-way leaves the parts already committed (invented patients, without the summary
    row); a new run over them needs ``force``. ``progress(stage, done, total)`` is called
    after each batch.

    Without ``actor`` the database must have no account yet: the demo then gets its own
    accounts (``admin``, ``reception`` and one per demo practitioner, all with
    ``demo_password``) and its admin signs the audit. With ``actor`` (an admin of a clinic
    that has accounts) no account is added.
    """
    if patients < 0:
        raise ValidationFailed(
            {
                "patients": Message(
                    QT_TRANSLATE_NOOP("messages", "The number of patients cannot be negative.")
                )
            }
        )
    # On SQLite a writer locks the whole file: the demo lets the desks' saves in between
    # parts. On a server the desks' saves never wait for it (row locks): one transaction.
    budget = SEED_BATCH_SECONDS if db.is_sqlite else None
    with TimedBatches(db, budget=budget) as job:
        s = job.session
        if actor is not None:
            require(s, actor, Permission.CLINIC_SETTINGS)
        elif count_accounts(s):
            raise DemoRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This database has accounts: sign in as one of its admins to add the demo.",
                    )
                )
            )
        existing = int(s.scalar(select(func.count()).select_from(Patient)) or 0)
        if existing and not force:
            raise DemoRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This database already has {existing} patient(s); the demo's invented patients are only added to a database without patients.",
                    ),
                    existing=existing,
                )
            )
        context = demo_context(s)
        writer = RowWriter(s.connection())
        counts: Counter[str] = Counter()
        numbered = [0]  # the part whose ids the generator follows

        def free_ids() -> Mapping[str, int]:
            if numbered[0] == job.commits:
                return {}
            numbered[0] = job.commits
            return next_free_ids(job.session)

        for batch in demo_batches(
            context,
            patients=patients,
            seed=seed,
            today=today,
            chunk_patients=SEED_PART_PATIENTS if budget is not None else CHUNK_PATIENTS,
            free_ids=free_ids,
        ):
            for chunk in batch.chunks:
                writer.write(chunk)
                counts[chunk.table] += len(chunk.rows)
            if progress is not None:
                progress(batch.stage, batch.done, batch.total)
            if job.due():  # a desk's save goes in before the next part is generated
                job.commit()
                writer.conn = job.session.connection()
        s = job.session
        dialect.continue_sequences(
            s.connection(), [Base.metadata.tables[name] for name in ID_TABLES]
        )
        recount_list_prefixes(s)
        _name_the_demo_clinic(s)
        if actor is None:
            actor = add_demo_accounts(s, demo_password)
        summary = summary_of(counts)
        audit.record(
            s,
            actor=actor,
            action=AuditAction.SEED.value,
            entity="demo",
            entity_id=None,
            after=asdict(summary),
        )
    if progress is not None:
        progress("saved", 1, 1)
    return summary


DEMO_CLINIC = {
    "clinic.name": "Clinique Lumière (demo)",
    "clinic.address": "12 rue des Tilleuls, 69006 Lyon",
    "clinic.phone": "+33 4 72 00 00 00",
    "clinic.emergency_contact": "After hours: +33 6 00 00 00 00 (practitioner on call)",
}
"""A demo clinic has a name and phone, so its sheets print as a real clinic's would."""


def _name_the_demo_clinic(s: Session) -> None:
    """Fill the clinic's identity when it has none; a clinic's own details are never replaced."""
    for key, value in DEMO_CLINIC.items():
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        elif not row.value:
            row.value = value

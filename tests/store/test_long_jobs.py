"""A long import in another program leaves the desks' saves waiting a moment, not minutes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mesodesk.services import patients
from mesodesk.services.batches import TimedBatches
from mesodesk.services.dto import PatientInput
from mesodesk.store.engine import Database
from tests.factories import ACTOR
from tests.store.desks import start_desk, wait_for

IMPORT = r"""
import sys
from dataclasses import replace
from tests.factories import ACTOR
from pathlib import Path
from mesodesk.services.importer import import_patients
from mesodesk.store.engine import Database

url, csv_path, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
db = Database.connect(url)
(folder / "importing").touch()
report = import_patients(db, csv_path, actor=replace(ACTOR, host="import job"))
print(report.imported, report.rejected, flush=True)
db.dispose()
"""

ROWS = 4_000
DESK_THINKS = 0.1
"""Between two saves of the desk: a person does not save ten times a second, and saving
without a pause would starve the importer of the lock instead of testing it."""
GENEROUS_WAIT_SECONDS = 3.0
"""The design target is about a second; unit tests must not be timing-fragile (the
benchmark reports real figures)."""


def _csv(path: Path, rows: int) -> Path:
    lines = ["given_name,family_name,date_of_birth,phone"]
    lines += [
        f"Given{n},Family{n:06d},19{50 + n % 50}-0{1 + n % 9}-1{n % 10},+44 20 7946 {n % 10000:04d}"
        for n in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_saves_wait_briefly_while_another_program_imports(db: Database, tmp_path: Path) -> None:
    source = _csv(tmp_path / "many.csv", ROWS)
    job = start_desk(IMPORT, db.url, source, tmp_path)
    wait_for([tmp_path / "importing"], [job])
    waits: list[float] = []
    saved: list[int] = []
    while job.poll() is None:
        began = time.monotonic()
        record = patients.create_patient(db, PatientInput("Desk", f"Save{len(saved)}"), actor=ACTOR)
        waits.append(time.monotonic() - began)
        saved.append(record.id)
        time.sleep(DESK_THINKS)
    out, err = job.communicate(timeout=600)
    assert job.returncode == 0, err
    assert out.split() == [str(ROWS), "0"]
    assert len(saved) >= 3, "the import ended before the desk could save beside it"
    assert max(waits) < GENEROUS_WAIT_SECONDS, sorted(waits)[-5:]
    assert patients.count_patients(db, actor=ACTOR) == ROWS + len(saved)
    with db.read() as s:
        from sqlalchemy import func, select

        from mesodesk.store.models import AuditEvent

        parts = s.scalar(select(func.count()).where(AuditEvent.action == "import"))
    assert parts is not None and parts > 1  # committed in parts, each audited


def test_an_all_or_nothing_job_is_one_transaction(db: Database) -> None:
    with TimedBatches(db, budget=None) as job:
        assert not job.due()
        patients.count_patients(db, actor=ACTOR)
    assert job.commits == 0


def test_a_failing_part_leaves_the_committed_parts(db: Database) -> None:
    from mesodesk.store.models import Setting

    written: list[str] = []

    def write(s: object) -> None:
        written.append("part")

    try:
        with TimedBatches(db, budget=0.0, before_commit=write) as job:
            job.session.add(Setting(key="clinic.name", value="First part"))
            job.commit()
            job.session.add(Setting(key="clinic.phone", value="Second part"))
            raise RuntimeError("the job fails half-way")
    except RuntimeError:
        pass
    from mesodesk.services import settings

    assert settings.get(db, "clinic.name") == "First part"
    assert settings.get(db, "clinic.phone") == ""
    assert written == ["part"]


SEED = r"""
import sys
from datetime import date
from dataclasses import replace
from pathlib import Path
from tests.factories import ACTOR
from mesodesk.services.demo import seed_demo
from mesodesk.store.engine import Database

url, patients, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
db = Database.connect(url)
(folder / "seeding").touch()
summary = seed_demo(
    db, patients=patients, seed=1, today=date(2030, 6, 3), actor=replace(ACTOR, host="seed job"),
    force=True,  # the desk may save its first patient before the demo starts
)
print(summary.patients, flush=True)
db.dispose()
"""

SEED_PATIENTS = 6_000


@pytest.mark.sqlite_only  # on a server the demo is one transaction (desks never wait for it)
def test_saves_wait_briefly_while_another_program_seeds_the_demo(
    db: Database, tmp_path: Path
) -> None:
    job = start_desk(SEED, db.url, SEED_PATIENTS, tmp_path)
    wait_for([tmp_path / "seeding"], [job])
    waits: list[float] = []
    saved: list[int] = []
    while job.poll() is None:
        began = time.monotonic()
        record = patients.create_patient(db, PatientInput("Desk", f"Save{len(saved)}"), actor=ACTOR)
        waits.append(time.monotonic() - began)
        saved.append(record.id)
        time.sleep(DESK_THINKS)
    out, err = job.communicate(timeout=600)
    assert job.returncode == 0, err
    assert out.split() == [str(SEED_PATIENTS)]
    assert len(saved) >= 3, "the demo was written before the desk could save beside it"
    assert max(waits) < GENEROUS_WAIT_SECONDS, sorted(waits)[-5:]
    with db.read() as s:
        from sqlalchemy import func, select

        from mesodesk.store.models import Patient

        assert s.scalar(select(func.count(Patient.id))) == SEED_PATIENTS + len(saved)
    for record_id in saved:
        assert patients.get_patient(db, record_id, actor=ACTOR).given_name == "Desk"


def test_a_desk_saves_a_patient_right_after_the_demo(db: Database) -> None:
    """The demo numbers its rows itself; the ids then continue after them (on a server the
    sequences are moved on), so the next save from a desk gets a free id."""
    from datetime import date

    from mesodesk.services.demo import seed_demo

    seed_demo(db, patients=20, seed=1, today=date(2030, 6, 3), actor=ACTOR)
    record = patients.create_patient(db, PatientInput("Desk", "After"), actor=ACTOR)
    assert patients.get_patient(db, record.id, actor=ACTOR).family_name == "After"

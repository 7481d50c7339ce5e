"""Several programs writing one SQLite file at once queue for the lock instead of failing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mesodesk.store.engine import Database

WRITER = r"""
import sys
from datetime import datetime, timedelta
from mesodesk.services.database import open_database
from mesodesk.services import catalog, patients, practitioners, sessions
from mesodesk.services.dto import PatientInput, SessionInput, TreatmentInput
from mesodesk.store.engine import url_for_path
from tests.factories import ACTOR

path, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = open_database(url_for_path(path), create=False)
area = catalog.areas(db)[0].id
doctor = practitioners.create_practitioner(db, f"Dr Writer {tag}", actor=ACTOR).id
patient = patients.create_patient(db, PatientInput(f"W{tag}", "Patient"), actor=ACTOR).id
start = datetime(2027, 1, 4, 8, 0)
confirmed = []
failures = 0
for n in range(count):
    try:
        # Saving a session reads (validation, screening, slot clashes) before it writes: the
        # pattern that made a deferred BEGIN fail at once with SQLITE_BUSY beside a writer.
        record = sessions.create_session(
            db,
            SessionInput(
                patient_id=patient,
                practitioner_id=doctor,
                starts_at=start + timedelta(hours=n),
                treatments=(TreatmentInput(area),),
            ),
            actor=ACTOR,
        )
        confirmed.append(record.id)
    except Exception as error:  # counted, and the test fails on it
        failures += 1
        print("FAIL", type(error).__name__, error, file=sys.stderr)
print(" ".join(map(str, confirmed)))
print(failures)
db.dispose()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = (
        str(Path(__file__).resolve().parents[2]) + os.pathsep + env.get("PYTHONPATH", "")
    )
    return env


@pytest.mark.parametrize("writers", [2, 4])
@pytest.mark.sqlite_only(
    reason="SQLite's file lock and BEGIN IMMEDIATE; PostgreSQL's row locks are another test"
)
def test_processes_writing_at_once_all_succeed(db: Database, db_path: Path, writers: int) -> None:
    db.dispose()
    count = int(os.environ.get("MESODESK_WRITER_ROUNDS", "40"))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(n), str(count)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for n in range(writers)
    ]
    confirmed: list[int] = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        ids_line, failures = out.strip().splitlines()[-2:]
        assert int(failures) == 0, err
        confirmed += [int(x) for x in ids_line.split()]
    assert len(confirmed) == writers * count
    with sqlite3.connect(db_path) as conn:
        stored = {row[0] for row in conn.execute("SELECT id FROM treatment_session")}
        audited = {
            row[0]
            for row in conn.execute("SELECT entity_id FROM audit_event WHERE entity = 'session'")
        }
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert set(confirmed) <= stored
    assert set(confirmed) <= audited
    # Writers queued on the chain head: one unbroken audit chain, no fork.
    from mesodesk.services.audit_chain import verify_chain
    from mesodesk.store.engine import url_for_path

    check = Database.connect(url_for_path(db_path))
    try:
        report = verify_chain(check)
    finally:
        check.dispose()
    assert report.ok, report.summary()

"""Several programs writing one database at once queue for the lock instead of failing: on
SQLite for the file's write lock (BEGIN IMMEDIATE), on PostgreSQL for the audit chain's head
row (SELECT ... FOR UPDATE); either way one unbroken audit chain, no fork."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mesodesk.store.engine import Database, sqlite_path
from tests.store.desks import wait_for

WRITER = r"""
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from mesodesk.services.database import open_database
from mesodesk.services import catalog, patients, practitioners, sessions
from mesodesk.services.dto import PatientInput, SessionInput, TreatmentInput
from tests.factories import ACTOR

url, tag, count, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
db = open_database(url, create=False)
area = catalog.areas(db)[0].id
doctor = practitioners.create_practitioner(db, f"Dr Writer {tag}", actor=ACTOR).id
patient = patients.create_patient(db, PatientInput(f"W{tag}", "Patient"), actor=ACTOR).id
start = datetime(2027, 1, 4, 8, 0)
# Every writer is started, imported and set up before any of them saves, so that the saves
# overlap each other (the contention under test) rather than the others' start-up.
(folder / f"ready-{tag}").touch()
while not (folder / "go").exists():
    time.sleep(0.01)
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
def test_processes_writing_at_once_all_succeed(
    db: Database, db_url: str, writers: int, tmp_path: Path
) -> None:
    from mesodesk.services.audit_chain import verify_chain
    from tests.conftest import query_rows

    server = not db.is_sqlite
    db.dispose()
    count = int(os.environ.get("MESODESK_WRITER_ROUNDS", "40"))
    folder = tmp_path / "barrier"
    folder.mkdir()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db_url, str(n), str(count), str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for n in range(writers)
    ]
    try:
        wait_for([folder / f"ready-{n}" for n in range(writers)], procs, timeout=240)
    finally:
        (folder / "go").touch()  # a writer that is still starting never waits for ever
    confirmed: list[int] = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        ids_line, failures = out.strip().splitlines()[-2:]
        assert int(failures) == 0, err  # every save waited its turn: none failed
        confirmed += [int(x) for x in ids_line.split()]
    assert len(confirmed) == writers * count
    stored = {row[0] for row in query_rows(db_url, "SELECT id FROM treatment_session")}
    audited = {
        row[0]
        for row in query_rows(db_url, "SELECT entity_id FROM audit_event WHERE entity = 'session'")
    }
    if not server:
        path = sqlite_path(db_url)
        assert path is not None
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert set(confirmed) <= stored
    assert set(confirmed) <= audited
    # Writers queued on the chain head: one unbroken audit chain, no fork.
    check = Database.connect(db_url)
    try:
        report = verify_chain(check)
    finally:
        check.dispose()
    assert report.ok, report.summary()

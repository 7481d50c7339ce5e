"""Two desks (two processes) booking the same slot at the same moment: exactly one wins."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mesodesk.domain import clock
from mesodesk.services import patients, sessions
from mesodesk.services.dto import PatientInput, SessionInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from tests.factories import ACTOR, ha_cheeks, make_clinic
from tests.store.desks import start_desk, wait_for

DESK = r"""
import sys, time
from dataclasses import replace
from tests.factories import ACTOR
from datetime import datetime, timedelta
from pathlib import Path
from decimal import Decimal
from mesodesk.services import sessions
from mesodesk.services.dto import SessionInput, TreatmentInput
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database

url, tag, rounds, patient, doctor, area, folder = sys.argv[1:8]
folder = Path(folder)
db = Database.connect(url)
start = datetime(2030, 3, 4, 9, 0)
sessions.get_session  # the services are loaded before the first round
for n in range(int(rounds)):
    (folder / f"ready-{n}-{tag}").touch()
    go = folder / f"go-{n}"
    while not go.exists():
        pass
    data = SessionInput(
        patient_id=int(patient),
        practitioner_id=int(doctor),
        starts_at=start + timedelta(days=n),
        treatments=(TreatmentInput(int(area), volume_ml=Decimal("1")),),
    )
    try:
        record = sessions.create_session(db, data, actor=replace(ACTOR, host=f"desk {tag}"))
        print(n, "booked", record.id, flush=True)
    except ValidationFailed as error:
        print(n, "refused", error.errors.get("starts_at", str(error)), flush=True)
db.dispose()
"""

ROUNDS = 8


def test_same_slot_from_two_desks_at_once(db: Database, tmp_path: Path) -> None:
    c = make_clinic(db)
    second = patients.create_patient(db, PatientInput("Maya", "Berg"), actor=ACTOR).id
    area = ha_cheeks(c, lot=False).area_id
    procs = [
        start_desk(DESK, db.url, tag, ROUNDS, patient, c.doctor, area, tmp_path)
        for tag, patient in (("a", c.patient), ("b", second))
    ]
    for n in range(ROUNDS):
        wait_for([tmp_path / f"ready-{n}-a", tmp_path / f"ready-{n}-b"], procs)
        (tmp_path / f"go-{n}").touch()
    outcomes: dict[int, list[tuple[str, str]]] = {n: [] for n in range(ROUNDS)}
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        for line in out.splitlines():
            number, outcome, detail = line.split(" ", 2)
            outcomes[int(number)].append((outcome, detail))
    for n, results in outcomes.items():
        assert sorted(r[0] for r in results) == ["booked", "refused"], (n, results)
        refusal = next(detail for outcome, detail in results if outcome == "refused")
        # "This slot was just taken: ..." when the loser waited for the winner's lock (the
        # usual case), the plain clash when the winner had finished before it started.
        assert "Dr Ana Ruiz is already booked" in refusal, refusal
    day = datetime(2030, 3, 4, 9, 0)
    booked = [
        s
        for s in sessions.sessions_between(db, day, day + timedelta(days=ROUNDS), actor=ACTOR)
        if s.practitioner_id == c.doctor
    ]
    assert len(booked) == ROUNDS


def test_a_slot_booked_while_the_save_waited_is_just_taken(db: Database) -> None:
    """The loser's wording, without the race: the winning booking is saved after the losing
    save was asked for (the clock says so), as when it waited for the winner's lock."""
    c = make_clinic(db)
    second = patients.create_patient(db, PatientInput("Maya", "Berg"), actor=ACTOR).id
    start = datetime(2030, 3, 4, 9, 0)
    asked = datetime(2030, 3, 1, 8, 0, 0)
    line = (ha_cheeks(c, lot=False),)
    with clock.frozen(asked + timedelta(seconds=1)):
        sessions.create_session(
            db,
            SessionInput(c.patient, start, practitioner_id=c.doctor, treatments=line),
            actor=replace(ACTOR, host="desk a"),
        )
    with clock.frozen(asked), pytest.raises(ValidationFailed) as refused:
        sessions.create_session(
            db,
            SessionInput(second, start, practitioner_id=c.doctor, treatments=line),
            actor=replace(ACTOR, host="desk b"),
        )
    assert refused.value.errors["starts_at"].startswith(
        "This slot was just taken: Dr Ana Ruiz is already booked 04/03/2030 09:00-09:45"
    )

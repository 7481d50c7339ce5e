"""B15: the patient's own record and the open exports on the 100k demo (figures, no targets).

- ``record``: ``record_export.record_pdf`` of the 500-session showcase patient (gather in one
  snapshot + render), median of a few rounds, and the PDF's page count.
- ``record-maps``: the same-sized record (500 sessions) with a six-mark injection map on every
  session (face and body diagrams), against the same record without the maps, and its peak
  traced memory.
- ``fhir-1k``: ``export_fhir`` of the first 1,000 patients' worth of the whole-clinic path
  (batches of 500), time and peak traced memory against the size written.
- ``fhir-100k`` (opt-in, ``MESODESK_BENCH_FHIR=1``, ~20 minutes): the whole 100k clinic in a
  child process, its wall time and peak RSS.

Nothing fails on a time; the figures are printed (run with ``-s``).
"""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.bench.conftest import CHART_PATIENT_ID, ROOT, child_env
from tests.factories import demo_practitioner

ROUNDS = 3


def test_b9_record_pdf(db_100k: Path) -> None:
    from mesodesk.services import record_export
    from mesodesk.services.database import open_database
    from mesodesk.store.engine import url_for_path

    db = open_database(url_for_path(db_100k))
    try:
        user = demo_practitioner(db)
        samples, pdf = [], b""
        for _ in range(ROUNDS):
            start = time.perf_counter()
            pdf = record_export.record_pdf(db, CHART_PATIENT_ID, actor=user)
            samples.append(time.perf_counter() - start)
    finally:
        db.dispose()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(
        f"\nB15 record: 500-session patient, {pages} pages, median {statistics.median(samples):.2f} s"
    )
    assert pages > 50


def test_b9_fhir_slice(db_100k: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mesodesk.services import patient_record
    from mesodesk.services.database import open_database
    from mesodesk.services.fhir import export_fhir
    from mesodesk.store.engine import url_for_path

    real = patient_record.patient_ids

    def first_thousand(s):  # type: ignore[no-untyped-def]
        for index, ids in enumerate(real(s)):
            if index == 2:
                return
            yield ids

    monkeypatch.setattr("mesodesk.services.fhir.export.patient_ids", first_thousand)
    db = open_database(url_for_path(db_100k))
    try:
        user = demo_practitioner(db)
        start = time.perf_counter()
        result = export_fhir(db, tmp_path / "slice.json", actor=user)
        seconds = time.perf_counter() - start
        tracemalloc.start()
        export_fhir(db, tmp_path / "again.json", actor=user)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        db.dispose()
    size = result.path.stat().st_size
    print(
        f"\nB15 fhir-1k: {result.patients} patients, {result.entries} resources, "
        f"{size / 1e6:.1f} MB in {seconds:.1f} s; peak traced memory {peak / 1e6:.1f} MB"
    )


@pytest.mark.skipif(os.environ.get("MESODESK_BENCH_FHIR") != "1", reason="opt-in: ~20 min")
def test_b9_fhir_whole_clinic(db_100k: Path, tmp_path: Path) -> None:
    from mesodesk.services.database import open_database
    from mesodesk.services.demo.accounts import DEMO_PASSWORD
    from mesodesk.store.engine import url_for_path

    db = open_database(url_for_path(db_100k))
    try:
        login = demo_practitioner(db).login
    finally:
        db.dispose()
    out = tmp_path / "clinic.json"
    start = time.perf_counter()
    run = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "mesodesk", "export-fhir",
         "--db", str(db_100k), "--out", str(out), "--user", login, "--password-stdin"],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, check=True,
        input=DEMO_PASSWORD + "\n",
    )  # fmt: skip
    seconds = time.perf_counter() - start
    peak_mb = int(run.stderr.strip().splitlines()[-1]) / 1024
    print(
        f"\nB15 fhir-100k: {out.stat().st_size / 1e9:.2f} GB in {seconds / 60:.1f} min, "
        f"peak RSS {peak_mb:.0f} MB"
    )


def test_b9_record_pdf_with_maps(db: Any) -> None:
    from decimal import Decimal

    from sqlalchemy import select

    from mesodesk.services import record_export
    from mesodesk.store.models import TreatmentSession
    from mesodesk.store.models_map import InjectionMark
    from tests.factories import ACTOR, make_clinic
    from tests.services.test_patient_record import _many_sessions

    c = make_clinic(db)
    _many_sessions(db, c, 500)

    def timed() -> tuple[float, bytes]:
        samples, pdf = [], b""
        for _ in range(ROUNDS):
            start = time.perf_counter()
            pdf = record_export.record_pdf(db, c.patient, actor=ACTOR)
            samples.append(time.perf_counter() - start)
        return statistics.median(samples), pdf

    plain, _ = timed()
    with db.begin() as s:
        for session_id in s.scalars(select(TreatmentSession.id)):
            for i in range(6):
                s.add(
                    InjectionMark(
                        session_id=session_id, position=i,
                        diagram="face_front" if i < 4 else "body_front", kind="point",
                        geometry=[[0.3 + i * 0.05, 0.5]], side="right", area_id=c.areas["cheeks"],
                        product_id=c.ha, product_lot_id=c.ha_lot, volume=Decimal("0.1"),
                        unit="ml", needle_gauge=32,
                    )
                )  # fmt: skip
    mapped, pdf = timed()
    tracemalloc.start()
    record_export.record_pdf(db, c.patient, actor=ACTOR)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(
        f"\nB15 record-maps: 500 sessions x 6 marks, {pages} pages, {len(pdf) / 1e6:.1f} MB, "
        f"median {mapped:.2f} s (without maps {plain:.2f} s); peak traced memory {peak / 1e6:.0f} MB"
    )

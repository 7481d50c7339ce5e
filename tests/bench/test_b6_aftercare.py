"""B6: one aftercare PDF against a plain platypus document of the same length, warm and cold.

Rows:
- ``B6`` "typical sheet, warm": ``render_aftercare`` of a typical session (3 treated lines,
  14 advice items, 1 appointment, embedded DejaVu Sans) against the floor, a minimal
  ``SimpleDocTemplate`` with the same texts as the same number of paragraphs and table rows,
  in the standard (not embedded) Helvetica. Target ≤ 3× median.
- ``B6-cold`` "first sheet, new process": a fresh ``python -c`` that times, inside itself,
  importing ``mesodesk.documents.aftercare``, building the sheet and rendering it (so font
  registration included, interpreter start-up excluded). Target ≤ 0.5 s (absolute); its floor
  is the same in-process timing for the Helvetica reference (import of reportlab.platypus
  plus one build), for information.
"""

from __future__ import annotations

import io
import json
import statistics
import subprocess
import sys
from typing import Any

import pytest

from tests.bench.conftest import ROOT, child_env

ROUNDS = 40
CASE = "typical sheet, warm"
COLD_RUNS = 5
COLD_LIMIT_S = 0.5

SHEET_CODE = (ROOT / "tests" / "documents" / "sample_sheet.py").read_text(encoding="utf-8")
"""The typical session, as source so that the cold child builds exactly the same sheet."""

REFERENCE_CODE = r"""
import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

STYLES = getSampleStyleSheet()


def reference_pdf(sheet):
    # Same texts, same number of paragraphs and table rows; Helvetica, no embedding.
    body, h1, h2 = STYLES["Normal"], STYLES["Heading1"], STYLES["Heading3"]

    def p(text, style=body, **kw):
        return Paragraph(escape(text), style, **kw)

    clinic = sheet.clinic
    story = [p(clinic.name, h1), p(clinic.address, body), p("Phone " + clinic.phone)]
    story += [p("Aftercare after your treatment", h1), p("Keep this sheet.")]
    story.append(Table([[p("Patient"), p("Date"), p("Practitioner")],
                        [p(sheet.patient_name), p(sheet.session_date), p(sheet.practitioner)]]))
    story.append(p("What was done today", h2))
    rows = [[p(h) for h in ("Treated area", "Solution type", "Product", "Lot", "Volume")]]
    rows += [[p(line.area), p(line.solution_type), p(line.product), p(line.lot_number),
              p(line.volume)] for line in sheet.lines]
    story.append(Table(rows, repeatRows=1))
    advice = sheet.advice
    for title, items in (("What to expect", advice.expect), ("Please do", advice.do),
                         ("Please avoid", advice.avoid)):
        story.append(p(title, h2))
        story += [p(item, bulletText="-") for item in items]
    box = [[p("Call the clinic if")]] + [[p(item, bulletText="-")] for item in advice.call]
    box += [[p("Clinic phone: " + clinic.phone)], [p(clinic.emergency_contact)]]
    story.append(Table(box))
    story.append(p("Your next appointment", h2))
    story += [p(item, bulletText="-") for item in sheet.next_appointments]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title="Aftercare").build(story)
    return out.getvalue()
"""
"""The floor: what any platypus document of this length costs, in standard Helvetica."""


def _cold_script(imports: str, render: str) -> str:
    """A child script that times, inside itself, ``imports``, building the sheet and ``render``."""
    return "\n".join(
        [
            "import time",
            "started = time.perf_counter()",
            imports,
            SHEET_CODE,
            f"pdf = {render}",
            "elapsed = time.perf_counter() - started",
            "import json",
            "print(json.dumps({'seconds': elapsed, 'bytes': len(pdf)}))",
        ]
    )


COLD_APP = _cold_script(
    "from mesodesk.documents.aftercare import render_aftercare", "render_aftercare(SHEET)"
)
COLD_FLOOR = _cold_script(REFERENCE_CODE, "reference_pdf(SHEET)")


def _namespace(*sources: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    for source in sources:
        exec(compile(source, "<b6>", "exec"), namespace)
    return namespace


@pytest.mark.parametrize("side", ["floor", "app"])
def test_b6_warm(side: str, measure: Any, results: Any) -> None:
    from pypdf import PdfReader

    from mesodesk.documents.aftercare import render_aftercare

    ns = _namespace(SHEET_CODE, REFERENCE_CODE)
    sheet, reference_pdf = ns["SHEET"], ns["reference_pdf"]
    render = reference_pdf if side == "floor" else render_aftercare
    pdf = render(sheet)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    note = f"{side} PDF {len(pdf) / 1024:.0f} KiB" + (
        " (DejaVu subsets embedded)" if side == "app" else ""
    )
    measure("B6", CASE, side, lambda: render(sheet), rounds=ROUNDS, warmup=3, note=note)
    row = results.rows[("B6", CASE)]
    if row.ratio is not None:
        print(
            f"\n[B6] warm: app {row.app.median:.1f} ms, floor {row.floor.median:.1f} ms, "
            f"ratio {row.ratio:.2f}× (target ≤ 3×)"
        )


def _cold(code: str) -> list[float]:
    seconds: list[float] = []
    for run in range(COLD_RUNS + 1):
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=child_env(),
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout.strip().splitlines()[-1])
        assert report["bytes"] > 1000
        if run:  # the first run only warms the OS file cache
            seconds.append(report["seconds"])
    return seconds


def test_b6_cold(results: Any) -> None:
    case = "first sheet, new process"
    floor = _cold(COLD_FLOOR)
    app = _cold(COLD_APP)
    results.add("B6-cold", case, "floor", floor)
    results.add(
        "B6-cold",
        case,
        "app",
        app,
        what="cold: import + font registration + first render, timed inside a new process",
        note="floor: import reportlab.platypus + the Helvetica reference, in a new process",
    )
    row = results.rows[("B6-cold", case)]
    median = statistics.median(app)
    row.target = f"≤ {COLD_LIMIT_S * 1000:.0f} ms (absolute)"
    row.status = "PASS" if median <= COLD_LIMIT_S else "FAIL"
    print(
        f"\n[B6] cold: app {median * 1000:.0f} ms (max {max(app) * 1000:.0f} ms), "
        f"floor {statistics.median(floor) * 1000:.0f} ms, target ≤ 500 ms"
    )

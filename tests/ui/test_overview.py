"""The Overview page on a new clinic: what to do next, never a command to run."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mesodesk.services import patients
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.store.engine import Database
from mesodesk.ui.pages.overview import OverviewPage
from tests.factories import ACTOR


def _page(qtbot: QtBot, db: Database) -> OverviewPage:
    page = OverviewPage(db, ACTOR)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def test_an_empty_clinic_is_told_to_add_a_patient_not_to_run_a_command(
    qtbot: QtBot, db: Database
) -> None:
    page = _page(qtbot, db)
    assert page.empty_hint.isVisible()
    text = page.empty_hint.text()
    assert "New patient" in text and "Ctrl+N" in text
    for jargon in ("seed-demo", "mesodesk ", "--db", "run ", "<code>"):
        assert jargon not in text, jargon


def test_a_clinic_with_patients_but_no_sessions_is_told_how_to_record_one(
    qtbot: QtBot, db: Database
) -> None:
    patients.create_patient(db, PatientInput("Ana", "Ruiz"), actor=ACTOR, profile=ProfileInput())
    page = _page(qtbot, db)
    text = page.empty_hint.text()
    assert "New session" in text
    assert "seed-demo" not in text

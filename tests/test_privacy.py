"""Patients' names and notes stay out of error messages and the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc

from mesodesk import logs
from mesodesk.services.describe import describe
from mesodesk.services.dto import PatientInput
from mesodesk.services.errors import ServiceError
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database
from mesodesk.store.errors import translate
from mesodesk.store.models import Patient
from tests.factories import ACTOR

NAME = "Quirinalia"
FAMILY = "Obscura"
NOTE = "allergic to sulphites, discreet please"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(logs.ENV_DIR, str(tmp_path / "log"))
    logs.uninstall()
    path = logs.configure_logging()
    try:
        yield path
    finally:
        logs.uninstall()


def _failing_insert(db: Database) -> sa_exc.IntegrityError:
    """Insert a second patient under an id already taken: the database refuses it."""
    taken = create_patient(db, PatientInput("Ana", "Novák"), actor=ACTOR).id
    now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    with pytest.raises(sa_exc.IntegrityError) as caught, db.begin() as s:
        s.add(
            Patient(
                id=taken,
                given_name=NAME,
                family_name=FAMILY,
                notes=NOTE,
                sort_key=f"{FAMILY} {NAME}".lower(),
                created_at=now,
                updated_at=now,
            )
        )
    return caught.value


def _leaks(text: str) -> list[str]:
    return [word for word in (NAME, FAMILY, NOTE) if word in text]


def test_a_failed_statement_never_shows_its_values(db: Database) -> None:
    error = _failing_insert(db)
    assert _leaks(str(error)) == []
    assert _leaks(repr(error)) == []
    storage_error = translate(error, "the clinic's database")
    assert storage_error is not None
    assert _leaks(str(storage_error)) == []
    assert _leaks(describe(error)) == []


def test_the_log_of_a_failed_insert_names_no_patient(db: Database, log_file: Path) -> None:
    error = _failing_insert(db)
    logs.log_unexpected(error, "patients.save")
    text = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "patients.save" in text
    assert _leaks(text) == []


def test_an_error_worded_for_the_user_is_logged_by_type(log_file: Path) -> None:
    """A refusal that names the patient (for the user's eyes) keeps its words out of the log,
    also when it escapes as an uncaught exception with another error behind it."""
    try:
        try:
            raise KeyError("row 7")
        except KeyError as inner:
            raise ServiceError(f"{NAME} {FAMILY} already has a session at 09:00.") from inner
    except ServiceError as error:
        logs.excepthook(type(error), error, error.__traceback__)
    logging.getLogger(logs.LOGGER_NAME).info("patient %d opened", 42)
    text = log_file.read_text(encoding="utf-8")
    assert "mesodesk.services.errors.ServiceError" in text
    assert "KeyError: 'row 7'" in text  # the code's own words stay: they help find the bug
    assert "direct cause" in text
    assert "patient 42 opened" in text
    assert _leaks(text) == []

"""Who works at the desk: the signed-in account, never a name picked or remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mesodesk.app import open_main_window
from mesodesk.domain.accounts import Role, User
from mesodesk.services import practitioners as practitioner_service
from mesodesk.services.dto import PatientInput
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database, url_for_path
from mesodesk.store.models import Patient
from mesodesk.ui.main_window import NoPractitionerChosen
from tests.factories import ACTOR, make_user


def _window(qtbot: QtBot, db_path: Path, user: User | None) -> Any:
    window = open_main_window(url_for_path(db_path), user=user)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_the_desk_books_as_the_signed_in_users_practitioner(
    qtbot: QtBot, db: Database, db_path: Path
) -> None:
    practitioner_service.create_practitioner(db, "Dr Anna Berg", actor=ACTOR)  # not bruno's
    bruno = practitioner_service.create_practitioner(db, "Bruno Costa", actor=ACTOR)
    bruno_user = make_user(db, Role.PRACTITIONER, login="bruno", practitioner_id=bruno.id)
    window = _window(qtbot, db_path, bruno_user)
    assert (window.ctx.practitioner_id, window.ctx.practitioner_name) == (bruno.id, "Bruno Costa")
    assert window.ctx.actor == bruno_user
    window.db.dispose()
    other = _window(qtbot, db_path, make_user(db, Role.RECEPTION, login="rita"))
    assert other.ctx.practitioner_id is None and other.ctx.practitioner_name == ""
    assert not other.practitioner_label.isVisible()
    other.db.dispose()


def test_nobody_signed_in_means_nothing_is_written(
    qtbot: QtBot, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, db_path, None)
    assert window.desk_lock.is_locked
    with pytest.raises(NoPractitionerChosen):
        _ = window.ctx.actor
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text) or 0
    )
    from mesodesk.ui.ops import run_op

    run_op(
        window,
        lambda: create_patient(db, PatientInput("Eva", "Nowak"), actor=window.ctx.actor),
    )
    assert shown and "Nobody is signed in" in shown[-1]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Patient)) == 0
    window.desk_lock.unlock(ACTOR)  # teardown closes the window
    window.db.dispose()

"""Lot recall on the demo clinic: the dialog lists exactly who received the lot."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mesodesk.services import demo
from mesodesk.services.database import open_database
from mesodesk.store.engine import Database, url_for_path
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.lot_recall import LotRecallDialog
from tests.factories import ACTOR


@pytest.fixture(scope="module")
def demo_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("recall-demo") / "demo.sqlite3"
    shutil.copyfile(template_db, path)
    db = open_database(url_for_path(path))
    demo.seed_demo(db, actor=ACTOR, patients=400, seed=3, today=date(2026, 11, 21))
    yield db
    db.dispose()


def _expected(db: Database, lot_number: str) -> tuple[set[int], set[int]]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT DISTINCT s.id, s.patient_id FROM session_treatment t"
            " JOIN product_lot l ON l.id = t.product_lot_id"
            " JOIN treatment_session s ON s.id = t.session_id"
            " WHERE l.lot_number = ? AND s.status = 'done'",
            (lot_number,),
        ).all()
    return {r[0] for r in rows}, {r[1] for r in rows}


def test_recall_dialog_matches_the_database_on_demo_data(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        lots = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT l.lot_number FROM product_lot l JOIN session_treatment t"
                " ON t.product_lot_id = l.id GROUP BY l.id ORDER BY count(*) DESC LIMIT 3"
            )
        ]
    assert lots, "the demo uses lots"
    for lot in lots:
        dialog = LotRecallDialog(DeskContext(demo_db, user=ACTOR), lot)
        qtbot.addWidget(dialog)
        dialog.show()
        sessions, patients = _expected(demo_db, lot)
        qtbot.waitUntil(lambda d=dialog, n=len(sessions): d.model.rowCount() == n, timeout=10000)
        shown = dialog.model.rows()
        assert {r.session_id for r in shown} == sessions
        assert {r.patient_id for r in shown} == patients
        assert all(r.lot_number == lot for r in shown)
        assert all(r.phone or r.email for r in shown), "contact details are listed"
        dialog.close()

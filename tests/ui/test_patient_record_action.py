"""The chart's "Patient record…": rendered in a worker, previewed, saved; audited."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from mesodesk.domain.accounts import Role
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from mesodesk.ui.pages.patient_chart import PatientChart
from tests.factories import ACTOR, add_session, make_clinic, make_user


@pytest.fixture
def ctx(db: Database) -> DeskContext:
    return DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR)


def _exports(db: Database) -> list[AuditEvent]:
    with db.read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "export")))
        s.expunge_all()
        return rows


def test_patient_record_opens_in_the_preview_and_saves(
    qtbot: Any, ctx: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make_clinic(ctx.db)
    add_session(ctx.db, c, datetime(2026, 3, 2, 10, 0))
    chart = PatientChart(ctx, c.patient)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    action = chart.findChild(QAction, "patientRecordAction")
    assert action is chart.record_action and action.isEnabled()

    qtbot.mouseClick(chart.header.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: action.preview is not None, timeout=15_000)
    dialog = action.preview
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.page_count >= 1
    exports = _exports(ctx.db)
    assert [e.after["what"] for e in exports] == ["record_pdf"]  # type: ignore[index]
    assert [(e.actor, e.account_id) for e in exports] == [(ACTOR.name, ACTOR.id)]

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.pdf"), "")
    )
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = PdfReader(io.BytesIO((tmp_path / "r.pdf").read_bytes())).pages[0].extract_text()
    assert "Patient record" in text and "Łukasiewicz-Öztürk" in text and "HA-2291" in text
    dialog.reject()
    qtbot.waitUntil(lambda: action.preview is None)


def test_the_keyboard_shortcut_opens_it_too(qtbot: Any, ctx: DeskContext) -> None:
    c = make_clinic(ctx.db)
    chart = PatientChart(ctx, c.patient)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    chart.activateWindow()
    qtbot.waitUntil(chart.isActiveWindow)
    qtbot.keyClick(
        chart, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: chart.record_action.preview is not None, timeout=15_000)
    chart.record_action.preview.reject()  # type: ignore[attr-defined]


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.ADMIN])
def test_a_role_that_may_not_export_records_is_not_offered_it(
    qtbot: Any, db: Database, role: Role
) -> None:
    c = make_clinic(db)
    user = make_user(db, role, login="nope")
    chart = PatientChart(DeskContext(db, user=user), c.patient)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    assert not chart.record_action.isVisible()
    assert not chart.header.record_button.isVisible()
    chart.activateWindow()
    qtbot.waitUntil(chart.isActiveWindow)
    qtbot.keyClick(
        chart, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert chart.record_action.job is None and chart.record_action.preview is None
    assert _exports(db) == []

"""Screening, checklist and consent in the real session editor, checked down to the database."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.services import patients
from mesodesk.services.dto import ProfileInput
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, TreatmentSession
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor import SessionEditor
from mesodesk.ui.dialogs.session_editor.override import OverrideDialog
from tests.ui.test_session_editor import (
    ACTOR,
    _at_ten_today,
    _choose,
    _editor,
    _fill_line,
)
from tests.ui.test_session_editor import _evening as _evening
from tests.ui.test_session_editor import clinic as clinic
from tests.ui.test_session_editor import ctx as ctx
from tests.ui.test_session_override import answer_override, type_reason


@pytest.fixture(autouse=True)
def _no_real_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))


def _one_line(qtbot: QtBot, editor: SessionEditor, product: str = "HydraMeso", lot: str = "HA-1"):
    _at_ten_today(editor)
    _choose(editor.status_combo, "Done")
    _fill_line(qtbot, editor.lines[0], area="Cheeks", product=product, lot=lot, volume="1.0")


def _screened(qtbot: QtBot, editor: SessionEditor, *titles: str) -> None:
    editor.refresh_screening()
    qtbot.waitUntil(
        lambda: {f.title for f in editor.findings_panel.findings} >= set(titles), timeout=2000
    )


def _sessions(db: Database) -> list[TreatmentSession]:
    with db.read() as s:
        return list(s.scalars(select(TreatmentSession)))


def test_pregnant_patient_is_blocked_until_a_reason_is_given(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, Any]
) -> None:
    patients.record_profile(
        db, clinic["patient"], ProfileInput(pregnant_or_breastfeeding=True), actor=ACTOR
    )
    editor = _editor(qtbot, ctx, clinic["patient"])
    _one_line(qtbot, editor)
    qtbot.mouseClick(editor.checklist_panel.tick_all_button, Qt.MouseButton.LeftButton)
    _screened(qtbot, editor, "Pregnancy or breastfeeding")
    assert editor.findings_panel.has_blocks()
    assert editor.findings_panel.override_label.isVisible()

    # The confirmation lists the stop; cancelling it saves nothing.
    answer_override(qtbot, lambda dialog: dialog.reject())
    assert editor.save() is False
    assert "not confirmed" in editor.message_label.text()
    assert _sessions(db) == []  # nothing written, and the form keeps what was typed
    assert editor.lines[0].lot_id == clinic["ha_lot"]

    def give_reason(dialog: OverrideDialog) -> None:
        type_reason(qtbot, dialog, 0, "Negative pregnancy test today")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_override(qtbot, give_reason)
    assert editor.save() is True
    [row] = _sessions(db)
    assert row.status == "done"
    assert row.override_reason == "Pregnancy or breastfeeding: Negative pregnancy test today"
    [stop] = [f for f in row.screening_findings or [] if f["level"] == "block"]
    assert stop["override_reason"] == "Negative pregnancy test today"
    assert row.override_by == ctx.actor.name and row.override_at is not None
    assert any(f["level"] == "block" for f in row.screening_findings or [])
    with db.read() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "session", AuditEvent.entity_id == row.id)
        ).one()
    assert event.after is not None
    assert "Negative pregnancy test today" in event.after["override_reason"]


def test_allergy_blocks_the_product_with_that_ingredient_but_not_another(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, Any]
) -> None:
    patients.record_profile(
        db, clinic["patient"], ProfileInput(allergens=("Vitamin C",)), actor=ACTOR
    )
    editor = _editor(qtbot, ctx, clinic["patient"])
    _one_line(qtbot, editor, product="VitaGlow", lot="VG-7")
    _screened(qtbot, editor, "Allergy to a product ingredient")
    [block] = [f for f in editor.findings_panel.findings if f.level == "block"]
    assert block.product_id == clinic["vit"]

    _choose(editor.lines[0].solution_type, "Hyaluronic")
    _choose(editor.lines[0].product, "HydraMeso")
    _choose(editor.lines[0].lot, "HA-1")
    editor.refresh_screening()
    qtbot.waitUntil(lambda: not editor.findings_panel.has_blocks(), timeout=2000)
    qtbot.mouseClick(editor.checklist_panel.tick_all_button, Qt.MouseButton.LeftButton)
    assert editor.save() is True
    [row] = _sessions(db)
    assert row.override_reason == ""


def test_checklist_is_required_before_done_and_unticked_items_need_a_note(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, Any]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    _one_line(qtbot, editor)
    assert editor.save() is False
    assert "checklist" in editor.message_label.text().lower()
    assert _sessions(db) == []

    qtbot.mouseClick(editor.checklist_panel.tick_all_button, Qt.MouseButton.LeftButton)
    editor.checklist_panel.boxes["no_recent_peel"].setChecked(False)
    assert editor.save() is False
    assert "No recent peel" in editor.message_label.text()

    note = editor.checklist_panel.notes["no_recent_peel"]
    assert note.isEnabled()
    qtbot.keyClicks(note, "Peel 3 weeks ago on the forehead only")
    assert editor.save() is True
    [row] = _sessions(db)
    assert row.checklist is not None
    assert row.checklist["no_recent_peel"] == {
        "checked": False,
        "note": "Peel 3 weeks ago on the forehead only",
    }
    assert row.checklist["skin_prepared"]["checked"] is True


def test_consent_is_recorded_with_its_version_and_kept_on_reopening(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, Any]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    _one_line(qtbot, editor)
    qtbot.mouseClick(editor.checklist_panel.tick_all_button, Qt.MouseButton.LeftButton)
    _screened(qtbot, editor)
    version = editor.consent_panel.version
    assert version is not None and version.key == "solution:hyaluronic_acid"
    editor.consent_panel.given_check.setChecked(True)
    assert editor.save() is True
    [row] = _sessions(db)
    assert row.consent_template_id == version.id and row.consented_at is not None

    reopened = _editor(qtbot, ctx, clinic["patient"], session_id=row.id)
    assert reopened.consent_panel.given_check.isChecked()
    assert not reopened.consent_panel.given_check.isEnabled()
    assert "version" in reopened.consent_panel.version_label.text()
    assert reopened.print_action.isEnabled()  # done and saved: the sheet can print


def test_an_empty_form_does_not_say_all_clear(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, Any]
) -> None:
    """Before anything is entered there is nothing to screen: no green "nothing found"."""
    patients.record_profile(db, clinic["patient"], ProfileInput(), actor=ACTOR)
    editor = _editor(qtbot, ctx, clinic["patient"])
    editor.refresh_screening()
    assert "nothing found" not in editor.findings_panel.summary.text().lower()
    assert "as soon as" in editor.findings_panel.summary.text()
    _one_line(qtbot, editor)
    editor.refresh_screening()
    qtbot.waitUntil(lambda: "Nothing found" in editor.findings_panel.summary.text())

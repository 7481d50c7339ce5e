"""Marking a session done over screening stops: a confirmation listing every stop, each with
its own reason; the numbing product screened as it is chosen or typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mesodesk.services import catalog, patients, products, sessions
from mesodesk.services.dto import ProfileInput
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor import SessionEditor
from mesodesk.ui.dialogs.session_editor.override import OverrideDialog
from tests.ui.test_session_editor import (
    ACTOR,
    TODAY,
    _at_ten_today,
    _choose,
    _editor,
    _fill_line,
    _session_rows,
)
from tests.ui.test_session_editor import _evening as _evening
from tests.ui.test_session_editor import _no_real_modals as _no_real_modals
from tests.ui.test_session_editor import clinic as clinic
from tests.ui.test_session_editor import ctx as ctx

EMLA_TEXT = "EMLA cream (lidocaine 2.5%, prilocaine 2.5%)"
PREGNANCY = "Pregnancy or breastfeeding"
GOOD_PREGNANCY = "Pregnancy test negative this morning, result in the file"
GOOD_ALLERGY = "Allergist patch test to lidocaine negative in March, letter scanned"


def answer_override(qtbot: QtBot, steps: Callable[[OverrideDialog], None]) -> list[OverrideDialog]:
    """Run ``steps`` on the override dialog as soon as it opens (it is modal); a dialog the
    steps leave open is cancelled, so a failed step never hangs the run."""
    seen: list[OverrideDialog] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, OverrideDialog), dialog
            seen.append(dialog)
            steps(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return seen


def type_reason(qtbot: QtBot, dialog: OverrideDialog, index: int, text: str) -> None:
    edit = dialog.edits[index]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _titles(dialog: OverrideDialog) -> list[str]:
    return [stop.title for stop in dialog.stops]


@pytest.fixture
def two_stops(db: Database, clinic: dict[str, Any]) -> dict[str, Any]:
    """A pregnant patient allergic to lidocaine, and a product that contains it."""
    patients.record_profile(
        db,
        clinic["patient"],
        ProfileInput(pregnant_or_breastfeeding=True, allergens=("lidocaine",)),
        actor=ACTOR,
    )
    types = {t.code: t.id for t in catalog.solution_types(db)}
    lido = products.create_product(
        db, "LidoHyal", types["hyaluronic_acid"], ["hyaluronic acid", "lidocaine"], actor=ACTOR
    )
    products.create_lot(db, lido.id, "LH-3", TODAY + timedelta(days=200), actor=ACTOR)
    return clinic


def _ready_to_save(qtbot: QtBot, ctx: DeskContext, patient: int) -> SessionEditor:
    editor = _editor(qtbot, ctx, patient)
    _at_ten_today(editor)
    _choose(editor.status_combo, "Done")
    _fill_line(qtbot, editor.lines[0], area="Cheeks", product="LidoHyal", lot="LH-3", volume="1")
    qtbot.mouseClick(editor.checklist_panel.tick_all_button, Qt.MouseButton.LeftButton)
    editor.refresh_screening()
    assert len(editor.findings_panel.blocks()) == 2
    assert editor.findings_panel.override_label.isVisible()
    return editor


def test_each_stop_needs_its_own_reason_before_going_ahead(
    qtbot: QtBot, db: Database, ctx: DeskContext, two_stops: dict[str, Any]
) -> None:
    editor = _ready_to_save(qtbot, ctx, two_stops["patient"])
    states: list[tuple[bool, str]] = []

    def steps(dialog: OverrideDialog) -> None:
        assert PREGNANCY in _titles(dialog) and len(_titles(dialog)) == 2
        assert not dialog.ok_button.isEnabled()
        type_reason(qtbot, dialog, 0, "ok")
        states.append((dialog.ok_button.isEnabled(), dialog.problem_labels[0].text()))
        type_reason(qtbot, dialog, 1, GOOD_ALLERGY)
        states.append((dialog.ok_button.isEnabled(), dialog.problem_labels[0].text()))
        # A thin reason is not made good by a good one beside it.
        type_reason(qtbot, dialog, 0, GOOD_PREGNANCY)
        assert dialog.problem_labels[0].isHidden()
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = answer_override(qtbot, steps)
    assert editor.save() is True
    assert len(seen) == 1
    assert states[0][0] is False and "at least 3 different words" in states[0][1]
    assert states[1][0] is False

    [row] = _session_rows(db)
    record = sessions.get_session(db, row.id, actor=ACTOR)
    reasons = {f.title: f.override_reason for f in record.findings if f.level == "block"}
    pregnancy_first = _titles(seen[0])[0] == PREGNANCY
    assert reasons[PREGNANCY] == (GOOD_PREGNANCY if pregnancy_first else GOOD_ALLERGY)
    assert set(reasons.values()) == {GOOD_PREGNANCY, GOOD_ALLERGY}
    assert GOOD_PREGNANCY in record.override_reason and GOOD_ALLERGY in record.override_reason

    # On reopening, the record shows each stop with its reason; amending asks again,
    # prefilled with the stored reasons.
    reopened = _editor(qtbot, ctx, two_stops["patient"], session_id=row.id)
    shown = reopened.findings_panel.recorded_label.text()
    assert GOOD_PREGNANCY in shown and GOOD_ALLERGY in shown and PREGNANCY in shown
    qtbot.keyClicks(reopened.notes_edit, "Checked the next day.")
    prefilled: list[list[str]] = []

    def confirm(dialog: OverrideDialog) -> None:
        prefilled.append([edit.text() for edit in dialog.edits])
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_override(qtbot, confirm)
    assert reopened.save() is True
    assert sorted(prefilled[0]) == sorted([GOOD_PREGNANCY, GOOD_ALLERGY])
    again = sessions.get_session(db, row.id, actor=ACTOR)
    assert {f.override_reason for f in again.findings if f.level == "block"} == {
        GOOD_PREGNANCY,
        GOOD_ALLERGY,
    }


def test_cancel_halfway_saves_nothing_and_keeps_what_was_typed(
    qtbot: QtBot, db: Database, ctx: DeskContext, two_stops: dict[str, Any]
) -> None:
    editor = _ready_to_save(qtbot, ctx, two_stops["patient"])

    def halfway(dialog: OverrideDialog) -> None:
        type_reason(qtbot, dialog, 0, GOOD_PREGNANCY)
        cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    answer_override(qtbot, halfway)
    assert editor.save() is False
    assert _session_rows(db) == []
    assert "not confirmed" in editor.message_label.text()
    assert editor.lines[0].product_id is not None  # the form keeps what was typed
    assert editor.status_combo.currentData() == "done"

    kept: list[str] = []

    def finish(dialog: OverrideDialog) -> None:
        kept.append(dialog.edits[0].text())
        assert not dialog.ok_button.isEnabled()
        type_reason(qtbot, dialog, 1, GOOD_ALLERGY)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_override(qtbot, finish)
    assert editor.save() is True
    assert kept == [GOOD_PREGNANCY]
    [row] = _session_rows(db)
    assert row.status == "done"


def test_the_typed_anaesthetic_is_screened_at_once(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, Any]
) -> None:
    patients.record_profile(
        db, clinic["patient"], ProfileInput(allergens=("lidocaine",)), actor=ACTOR
    )
    editor = _editor(qtbot, ctx, clinic["patient"])
    _at_ten_today(editor)
    _fill_line(qtbot, editor.lines[0], area="Cheeks", product="HydraMeso", lot="HA-1", volume="1")
    editor.refresh_screening()
    assert not editor.findings_panel.has_blocks()

    combo = editor.anaesthetic_combo
    assert combo.isEditable() and not combo.isEnabled()
    assert [combo.itemText(i) for i in range(combo.count())] == catalog.anaesthetic_names()
    qtbot.mouseClick(editor.anaesthetic_check, Qt.MouseButton.LeftButton)
    assert combo.isEnabled()
    combo.setFocus()
    qtbot.keyClicks(combo, EMLA_TEXT)
    assert editor.anaesthetic_edit.text() == EMLA_TEXT  # free text stays as typed
    qtbot.waitUntil(editor.findings_panel.has_blocks, timeout=2000)
    [stop] = editor.findings_panel.blocks()
    assert "anaesthetic" in stop.message.lower()

    # Unticked, the cream is not used: no stop.
    qtbot.mouseClick(editor.anaesthetic_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.findings_panel.has_blocks(), timeout=2000)

    # Chosen from the list, it is screened the same way.
    qtbot.mouseClick(editor.anaesthetic_check, Qt.MouseButton.LeftButton)
    combo.setCurrentIndex(combo.findText("EMLA", Qt.MatchFlag.MatchContains))
    qtbot.waitUntil(editor.findings_panel.has_blocks, timeout=2000)


def test_the_anaesthetic_chosen_is_saved_and_reloaded(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, Any]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    _at_ten_today(editor)
    _fill_line(qtbot, editor.lines[0], area="Cheeks", product="HydraMeso", lot="HA-1", volume="1")
    editor.anaesthetic_check.setChecked(True)
    name = catalog.anaesthetic_names()[1]
    editor.anaesthetic_combo.setCurrentIndex(1)
    assert editor.save() is True
    [row] = _session_rows(db)
    assert row.anaesthetic_used and row.anaesthetic_product == name
    reopened = _editor(qtbot, ctx, clinic["patient"], session_id=row.id)
    assert reopened.anaesthetic_combo.currentIndex() == 1
    assert reopened.anaesthetic_edit.text() == name
    assert not reopened.is_dirty()


def test_the_editor_shows_the_patients_alerts_as_the_chart_does(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, Any]
) -> None:
    from PySide6.QtWidgets import QLabel

    patients.record_profile(
        db,
        clinic["patient"],
        ProfileInput(allergens=("lidocaine",), on_blood_thinners=True),
        actor=ACTOR,
    )
    editor = _editor(qtbot, ctx, clinic["patient"])
    badges = [b.text() for b in editor.form.alert_badges.findChildren(QLabel, "alertBadge")]
    assert badges == ["Allergies: lidocaine", "Blood thinners"]

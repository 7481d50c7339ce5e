"""The session editor driven like a practitioner would: two lots, expiry rules, amendments."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QInputDialog,
    QMessageBox,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.domain import clock
from mesodesk.domain.accounts import Role
from mesodesk.domain.checklist import all_ticked
from mesodesk.services import catalog, patients, practitioners, products, sessions, settings
from mesodesk.services.dto import PatientInput, SessionInput, TreatmentInput
from mesodesk.store.engine import Database
from mesodesk.store.errors import DatabaseLocked
from mesodesk.store.models import AuditEvent, SessionTreatment, TreatmentSession
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor import (
    AMBER,
    SessionEditor,
    TreatmentLine,
    spin_decimal,
    totals_by_product,
)
from tests.factories import ACTOR, make_user

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()


@pytest.fixture
def clinic(db: Database) -> dict[str, int]:
    areas = {a.code: a.id for a in catalog.areas(db)}
    types = {t.code: t.id for t in catalog.solution_types(db)}
    patient = patients.create_patient(db, PatientInput("Maëlle", "Lefèvre"), actor=ACTOR)
    # These tests are about lots, lines and screening; the consent rule has its own tests
    # (the clinic's setting decides, see tests/services/test_session_rules.py).
    settings.put(db, "consent_required_for_done", False, actor=ACTOR)
    practitioners.create_practitioner(db, "Dr Bea Costa", actor=ACTOR)
    doc = practitioners.create_practitioner(db, "Dr Ana Ruiz", actor=ACTOR)
    ha = products.create_product(
        db, "HydraMeso 2%", types["hyaluronic_acid"], ["hyaluronic acid"], actor=ACTOR
    )
    vit = products.create_product(
        db, "VitaGlow", types["vitamin_mineral"], ["vitamin C"], actor=ACTOR
    )
    return {
        "patient": patient.id,
        "doc": doc.id,
        "cheeks": areas["cheeks"],
        "neck": areas["neck"],
        "ha_type": types["hyaluronic_acid"],
        "vit_type": types["vitamin_mineral"],
        "ha": ha.id,
        "vit": vit.id,
        "ha_lot": products.create_lot(
            db, ha.id, "HA-1", TODAY + timedelta(days=300), actor=ACTOR
        ).id,
        "vit_lot": products.create_lot(
            db, vit.id, "VG-7", TODAY + timedelta(days=200), actor=ACTOR
        ).id,
        "old_lot": products.create_lot(
            db, ha.id, "HA-0", TODAY - timedelta(days=1), actor=ACTOR
        ).id,
        "soon_lot": products.create_lot(
            db, vit.id, "VG-9", TODAY + timedelta(days=10), actor=ACTOR
        ).id,
    }


@pytest.fixture(autouse=True)
def _evening() -> Iterator[None]:
    """ "Now" is this evening: a session at ten today has taken place and may be done."""
    with clock.frozen(datetime.combine(TODAY, datetime.min.time()).replace(hour=20)):
        yield


@pytest.fixture(autouse=True)
def _no_real_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal box would block the offscreen run; tests that care patch their own."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))


@pytest.fixture
def ctx(db: Database, clinic: dict[str, int]) -> DeskContext:
    return DeskContext(
        db=db,
        practitioner_id=clinic["doc"],
        practitioner_name="Dr Ana Ruiz",
        user=make_user(db, *Role, login="ana", name="Dr Ana Ruiz", practitioner_id=clinic["doc"]),
    )


def _editor(qtbot: QtBot, ctx: DeskContext, patient_id: int, **kwargs: Any) -> SessionEditor:
    editor = SessionEditor(ctx, patient_id, **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert index >= 0, f"{text!r} is not among {items}"
    combo.setCurrentIndex(index)


def _type(qtbot: QtBot, spin: QDoubleSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text.replace(".", spin.locale().decimalPoint()))
    spin.interpretText()


def _at_ten_today(editor: SessionEditor) -> None:
    editor.date_time_edit.set_value(datetime.combine(TODAY, datetime.min.time()).replace(hour=10))


def _fill_line(
    qtbot: QtBot,
    line: TreatmentLine,
    *,
    area: str,
    product: str,
    lot: str,
    volume: str,
    technique: str = "Nappage",
    depth: str = "",
    gauge: str = "",
) -> None:
    _choose(line.area, area)
    _choose(line.product, product)
    _choose(line.lot, lot)
    _type(qtbot, line.volume, volume)
    _choose(line.technique, technique)
    if depth:
        _type(qtbot, line.depth, depth)
    if gauge:
        _choose(line.gauge, gauge)


def _fill_two_lines(qtbot: QtBot, editor: SessionEditor, second_lot: str = "VG-7") -> None:
    _at_ten_today(editor)
    _choose(editor.status_combo, "Done")
    _fill_line(
        qtbot,
        editor.lines[0],
        area="Cheeks",
        product="HydraMeso",
        lot="HA-1",
        volume="1.5",
        depth="1.5",
        gauge="32G",
    )
    qtbot.mouseClick(editor.add_line_button, Qt.MouseButton.LeftButton)
    assert len(editor.lines) == 2
    _fill_line(
        qtbot,
        editor.lines[1],
        area="Neck",
        product="VitaGlow",
        lot=second_lot,
        volume="2.25",
        technique="Papule",
        gauge="30G",
    )
    editor.anaesthetic_check.setChecked(True)
    qtbot.keyClicks(editor.anaesthetic_edit, "Lidocaine cream 5%")
    editor.reactions_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(editor.notes_edit, "Tolerated well.")
    qtbot.mouseClick(editor.checklist_panel.tick_all_button, Qt.MouseButton.LeftButton)


def _session_rows(db: Database) -> list[TreatmentSession]:
    with db.read() as s:
        return list(s.scalars(select(TreatmentSession)).all())


def _audit(db: Database, action: str) -> list[AuditEvent]:
    with db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "session", AuditEvent.action == action
                )
            ).all()
        )


def test_conversions_never_go_through_float_arithmetic() -> None:
    assert spin_decimal(1.1, 2) == Decimal("1.10")
    assert str(spin_decimal(2.675, 2)) in {"2.67", "2.68"}
    assert spin_decimal(0.0, 2) is None
    assert totals_by_product(
        [("A", Decimal("0.10")), ("A", Decimal("0.20")), ("B", None), ("B", Decimal("1"))]
    ) == {"A": Decimal("0.30"), "B": Decimal("1")}


def test_header_and_defaults(qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    assert editor.objectName() == "sessionEditor"
    assert editor.patient_label.text() == "Maëlle Lefèvre"
    assert editor.session_id is None
    assert editor.duration_spin.value() == 45
    assert editor.practitioner_combo.currentData() == clinic["doc"]
    assert editor.status_combo.currentData() == "planned"
    assert not editor.reason_edit.isEnabled()
    assert not editor.is_dirty()
    _choose(editor.status_combo, "No-show")
    assert editor.reason_edit.isEnabled()
    assert editor.is_dirty()
    area = editor.lines[0].area
    headers = [
        area.itemText(i)
        for i in range(area.count())
        if not area.model().index(i, 0).flags() & Qt.ItemFlag.ItemIsEnabled
    ]
    assert headers == ["Face", "Body"]
    assert not editor.lines[0].lot.isEnabled()  # no product chosen yet


def test_record_two_areas_from_two_lots(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    _fill_two_lines(qtbot, editor)
    # Choosing the product set the solution type.
    assert editor.lines[0].solution_type.currentData() == clinic["ha_type"]
    assert editor.lines[1].solution_type.currentData() == clinic["vit_type"]
    with (
        qtbot.waitSignal(editor.saved, timeout=2000) as saved,
        qtbot.waitSignal(bus().changed, timeout=2000) as changed,
    ):
        qtbot.mouseClick(editor.save_close_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["session"]
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.result() == QDialog.DialogCode.Accepted
    session_id = saved.args[0]
    assert editor.session_id == session_id

    [row] = _session_rows(db)
    assert row.id == session_id and row.patient_id == clinic["patient"]
    assert row.status == "done" and row.practitioner_id == clinic["doc"]
    assert row.anaesthetic_used and row.anaesthetic_product == "Lidocaine cream 5%"
    assert row.notes == "Tolerated well."
    assert len(row.immediate_reactions) == 1
    with db.read() as s:
        lines = s.scalars(
            select(SessionTreatment)
            .where(SessionTreatment.session_id == session_id)
            .order_by(SessionTreatment.position)
        ).all()
        got = [
            (t.area_id, t.product_id, t.product_lot_id, t.volume_ml, t.technique, t.depth_mm)
            for t in lines
        ]
        gauges = [t.needle_gauge for t in lines]
    assert got == [
        (
            clinic["cheeks"],
            clinic["ha"],
            clinic["ha_lot"],
            Decimal("1.50"),
            "nappage",
            Decimal("1.5"),
        ),
        (clinic["neck"], clinic["vit"], clinic["vit_lot"], Decimal("2.25"), "papule", None),
    ]
    assert all(isinstance(v, Decimal) for v in (got[0][3], got[1][3]))
    assert gauges == [32, 30]
    [created] = _audit(db, "create")
    assert created.entity_id == session_id and created.actor == "Dr Ana Ruiz"
    record = sessions.get_session(db, session_id, actor=ACTOR)
    assert record.starts_at.replace(tzinfo=None) == datetime.combine(
        TODAY, datetime.min.time()
    ).replace(hour=10)


def test_expired_lot_is_refused_and_typed_values_kept(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    _fill_two_lines(qtbot, editor)
    line = editor.lines[0]
    _choose(line.lot, "HA-0")
    assert "(expired" in line.lot.currentText()
    assert line.message.isVisible() and "cannot be recorded" in line.message.text()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.message_label.isVisible())
    assert "Nothing was saved" in editor.message_label.text()
    assert "cannot be recorded" in editor.message_label.text()
    assert "Line 1" in editor.message_label.text()
    assert "cannot be recorded" in line.message.text()
    assert editor.isVisible() and editor.session_id is None
    assert _session_rows(db) == []
    # Everything typed is still there.
    assert line.lot_id == clinic["old_lot"]
    assert line.volume_ml == Decimal("1.50")
    assert editor.lines[1].lot_id == clinic["vit_lot"]
    assert editor.notes_edit.toPlainText() == "Tolerated well."
    assert editor.anaesthetic_edit.text() == "Lidocaine cream 5%"
    assert editor.is_dirty()

    # Choosing a good lot clears the refusal and the save goes through.
    _choose(line.lot, "HA-1")
    assert not line.message.isVisible()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(_session_rows(db)) == 1
    assert editor.isVisible() and editor.session_id is not None
    assert not editor.is_dirty()


def test_lot_expiring_within_30_days_is_flagged_but_not_refused(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    _fill_two_lines(qtbot, editor, second_lot="VG-9")
    line = editor.lines[1]
    expiry = ctx.format_date(TODAY + timedelta(days=10))
    assert line.lot.currentText() == f"VG-9 (expires {expiry})"
    colour = line.lot.itemData(line.lot.currentIndex(), Qt.ItemDataRole.ForegroundRole)
    assert colour.color() == QColor(AMBER)
    assert line.message.isVisible() and "within 30 days" in line.message.text()
    assert AMBER in line.message.styleSheet()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(_session_rows(db)) == 1
    assert "VG-9" in editor.message_label.text() and "30 days" in editor.message_label.text()


def test_totals_per_product_follow_the_lines(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    _fill_two_lines(qtbot, editor)
    qtbot.mouseClick(editor.add_line_button, Qt.MouseButton.LeftButton)
    _fill_line(
        qtbot, editor.lines[2], area="Forehead", product="HydraMeso", lot="HA-1", volume="0.8"
    )
    assert editor.totals() == {"HydraMeso 2%": Decimal("2.30"), "VitaGlow": Decimal("2.25")}
    text = editor.totals_label.text()
    assert "HydraMeso 2%" in text and "2.30 ml" in text
    assert "VitaGlow" in text and "2.25 ml" in text
    assert "All products" in text and "4.55 ml" in text

    qtbot.mouseClick(editor.lines[1].remove_button, Qt.MouseButton.LeftButton)
    assert len(editor.lines) == 2
    assert editor.totals() == {"HydraMeso 2%": Decimal("2.30")}
    assert "VitaGlow" not in editor.totals_label.text()


def test_lines_are_reachable_from_the_keyboard(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    editor.add_line_button.setFocus()
    qtbot.keyClick(editor.add_line_button, Qt.Key.Key_Space)
    assert len(editor.lines) == 2
    second = editor.lines[1]
    qtbot.waitUntil(lambda: second.area.hasFocus())
    qtbot.keyClicks(second.area, "Neck")
    assert second.area.currentData() == clinic["neck"]
    # Tab goes through the line in form order, then on to the next control.
    second.depth.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert second.gauge.hasFocus()
    qtbot.keyClick(second.gauge, Qt.Key.Key_Tab)
    assert second.remove_button.hasFocus()
    qtbot.keyClick(second.remove_button, Qt.Key.Key_Tab)
    assert editor.add_line_button.hasFocus()
    second.remove_button.setFocus()
    qtbot.keyClick(second.remove_button, Qt.Key.Key_Space)
    assert len(editor.lines) == 1
    assert not editor.lines[0].remove_button.isEnabled()  # one line always stays


def test_amending_a_done_session_asks_for_a_reason_and_is_audited(
    qtbot: QtBot,
    db: Database,
    ctx: DeskContext,
    clinic: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = sessions.create_session(
        db,
        SessionInput(
            patient_id=clinic["patient"],
            starts_at=datetime.combine(TODAY, datetime.min.time()).replace(hour=9),
            practitioner_id=clinic["doc"],
            status="done",
            checklist=all_ticked(),
            treatments=(
                TreatmentInput(
                    clinic["cheeks"], product_lot_id=clinic["ha_lot"], volume_ml=Decimal("1.50")
                ),
                TreatmentInput(
                    clinic["neck"], product_lot_id=clinic["vit_lot"], volume_ml=Decimal("2.00")
                ),
            ),
        ),
        actor=ACTOR,
    )
    editor = _editor(qtbot, ctx, clinic["patient"], session_id=record.id)
    assert editor.session_id == record.id
    assert [line.lot_id for line in editor.lines] == [clinic["ha_lot"], clinic["vit_lot"]]
    assert editor.lines[0].product_id == clinic["ha"]
    assert editor.status_combo.currentData() == "done"
    assert not editor.is_dirty()

    asked: list[str] = []

    def reason(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(str(args[1]))
        return "Volume misread from the syringe", True

    monkeypatch.setattr(QInputDialog, "getText", reason)
    _type(qtbot, editor.lines[1].volume, "1.75")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert asked, "the amendment reason was not asked for"
    [amend] = _audit(db, "amend")
    assert amend.entity_id == record.id
    assert amend.after is not None and amend.before is not None
    assert amend.after["amendment_reason"] == "Volume misread from the syringe"
    assert amend.before["treatments"][1]["volume_ml"] == "2.00"
    assert amend.after["treatments"][1]["volume_ml"] == "1.75"
    assert sessions.get_session(db, record.id, actor=ACTOR).treatments[1].volume_ml == Decimal(
        "1.75"
    )
    assert len(_session_rows(db)) == 1

    # Cancelling the reason dialog cancels the amendment.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    _type(qtbot, editor.lines[1].volume, "1.8")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(_audit(db, "amend")) == 1
    assert editor.is_dirty() and editor.lines[1].volume_ml == Decimal("1.80")


def test_a_locked_database_keeps_what_was_typed(
    qtbot: QtBot,
    db: Database,
    ctx: DeskContext,
    clinic: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    _fill_two_lines(qtbot, editor)

    def locked(*args: Any, **kwargs: Any) -> None:
        raise DatabaseLocked("the database is locked by another program; nothing was saved.")

    monkeypatch.setattr(sessions, "create_session", locked)
    qtbot.mouseClick(editor.save_close_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert "locked" in editor.message_label.text()
    assert editor.lines[1].volume_ml == Decimal("2.25")
    assert editor.notes_edit.toPlainText() == "Tolerated well."
    assert editor.is_dirty()


@pytest.mark.parametrize(
    ("answer", "visible", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, True, 0),
        (QMessageBox.StandardButton.Discard, False, 0),
        (QMessageBox.StandardButton.Save, False, 1),
    ],
)
def test_unsaved_changes_guard(
    qtbot: QtBot,
    db: Database,
    ctx: DeskContext,
    clinic: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    visible: bool,
    saved: int,
) -> None:
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    editor = _editor(qtbot, ctx, clinic["patient"])
    _at_ten_today(editor)
    _choose(editor.lines[0].area, "Cheeks")
    qtbot.keyClicks(editor.notes_edit, "Planned touch-up")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["Unsaved changes"]
    assert editor.isVisible() is visible
    assert len(_session_rows(db)) == saved
    if visible:
        assert editor.notes_edit.toPlainText() == "Planned touch-up"


def test_closing_an_unchanged_editor_asks_nothing(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    editor = _editor(qtbot, ctx, clinic["patient"])
    editor.close()
    assert not editor.isVisible()


def test_screenshot_of_a_filled_editor(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int], tmp_path: Path
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"])
    editor.resize(1180, 740)
    _fill_two_lines(qtbot, editor, second_lot="VG-9")

    def laid_out() -> None:  # nothing squeezed or clipped
        widgets = [editor.totals_label, editor.message_label]
        for line in editor.lines:
            widgets.extend(line.widgets())
        for widget in widgets:
            if widget.isVisible():
                assert widget.height() >= widget.minimumSizeHint().height(), widget.objectName()

    qtbot.waitUntil(laid_out)
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(exist_ok=True)
    target = folder / "session_editor.png"
    assert editor.grab().save(str(target))
    assert target.stat().st_size > 0

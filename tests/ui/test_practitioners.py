"""Practitioners: add, rename, archive and restore in the dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from mesodesk.services import practitioners as practitioner_service
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.practitioners import PractitionersDialog
from tests.factories import ACTOR

ROOT = Path(__file__).resolve().parents[2]


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def dialog(qtbot, ctx: DeskContext) -> PractitionersDialog:
    widget = PractitionersDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _audit(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "practitioner").order_by(AuditEvent.id)
        )
        return [(r.action, r.actor) for r in rows]


def test_empty_dialog_says_how_to_add(dialog: PractitionersDialog) -> None:
    assert dialog.list_stack.currentWidget() is dialog.empty
    assert "No practitioners yet" in dialog.empty.text()
    assert dialog.editing is None and not dialog.archive_button.isEnabled()


def test_add_then_rename(qtbot, dialog: PractitionersDialog, db: Database) -> None:
    qtbot.keyClicks(dialog.name, "Dr Anna Berg")
    qtbot.keyClicks(dialog.title, "Aesthetic physician")
    with qtbot.waitSignal(bus().changed) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["practitioner"]
    (anna,) = practitioner_service.list_practitioners(db)
    assert (anna.display_name, anna.title) == ("Dr Anna Berg", "Aesthetic physician")
    assert [r.display_name for r in dialog.records()] == ["Dr Anna Berg"]
    assert dialog.current() == anna and dialog.editing == anna
    assert dialog.list.currentItem().text() == "Dr Anna Berg — Aesthetic physician"
    assert "was added" in dialog.status.text()

    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Dr Anna Berg-Lund")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    (renamed,) = practitioner_service.list_practitioners(db)
    assert renamed.id == anna.id and renamed.display_name == "Dr Anna Berg-Lund"
    assert dialog.list.item(0).text().startswith("Dr Anna Berg-Lund")
    assert dialog.editing == renamed and dialog.name.text() == "Dr Anna Berg-Lund"
    assert _audit(db) == [("create", ACTOR.name), ("update", ACTOR.name)]

    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.editing is None and dialog.name.text() == ""
    qtbot.keyClicks(dialog.name, "Marc Petit")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [r.display_name for r in dialog.records()] == ["Dr Anna Berg-Lund", "Marc Petit"]


def test_empty_name_is_refused_inline_and_typed_title_stays(
    qtbot, dialog: PractitionersDialog, db: Database
) -> None:
    qtbot.keyClicks(dialog.name, "   ")
    qtbot.keyClicks(dialog.title, "Nurse")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("display_name") == "Enter the practitioner's name."
    assert dialog.title.text() == "Nurse"
    assert practitioner_service.list_practitioners(db, include_archived=True) == []


def test_renaming_the_current_practitioner_updates_the_desk(
    qtbot, ctx: DeskContext, db: Database
) -> None:
    me = practitioner_service.create_practitioner(db, "Dr Lee", actor=ACTOR)
    ctx.practitioner_id, ctx.practitioner_name = me.id, me.display_name
    dialog = PractitionersDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.select(me.id)
    dialog.name.setText("Dr Min-jun Lee")
    dialog.save()
    assert ctx.practitioner_name == "Dr Min-jun Lee"


def test_archive_hides_and_restore_brings_back(
    qtbot, dialog: PractitionersDialog, db: Database
) -> None:
    anna = practitioner_service.create_practitioner(db, "Anna", actor=ACTOR)
    practitioner_service.create_practitioner(db, "Bruno", actor=ACTOR)
    dialog.refresh()
    assert dialog.select(anna.id)
    assert dialog.archive_button.text() == "&Archive"
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert [r.display_name for r in dialog.records()] == ["Bruno"]
    assert [r.display_name for r in practitioner_service.list_practitioners(db)] == ["Bruno"]
    assert "archived" in dialog.status.text()

    dialog.show_archived.setChecked(True)
    assert [r.display_name for r in dialog.records()] == ["Anna", "Bruno"]
    assert dialog.list.item(0).text() == "Anna (archived)"
    assert dialog.select(anna.id)
    assert dialog.archive_button.text() == "&Restore"
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    dialog.show_archived.setChecked(False)
    assert [r.display_name for r in dialog.records()] == ["Anna", "Bruno"]
    actions = [a for a, _ in _audit(db)]
    assert actions == ["create", "create", "archive", "restore"]


def test_screenshot_of_the_practitioners_dialog(
    qtbot, dialog: PractitionersDialog, db: Database, tmp_path: Path
) -> None:
    for name, title in [
        ("Dr Anna Berg", "Aesthetic physician"),
        ("Dr Chloé Martin", "Dermatologist"),
        ("Marc Petit", "Nurse practitioner"),
        ("Dr Min-jun Lee", ""),
        ("Sofia Rossi", "Mesotherapist"),
    ]:
        practitioner_service.create_practitioner(db, name, title, actor=ACTOR)
    old = practitioner_service.create_practitioner(db, "Dr Old Locum", "Locum", actor=ACTOR)
    practitioner_service.set_archived(db, old.id, True, actor=ACTOR)
    dialog.show_archived.setChecked(True)
    dialog.refresh()
    dialog.select(dialog.records()[1].id)
    path = screenshot(dialog, "practitioners_dialog", tmp_path)
    assert path.stat().st_size > 5_000

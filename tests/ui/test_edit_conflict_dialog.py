"""Two desks edit one patient: the conflict dialog's three ways on, through the real editor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.domain.accounts import Role
from mesodesk.services import patients
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.services.errors import EditConflict, FieldDifference
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.conflict import ConflictDialog, Resolution
from mesodesk.ui.dialogs.patient_editor import PatientEditor
from tests.factories import ACTOR, desk_user


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    desk = Database.connect(db.url)
    yield desk
    desk.dispose()


@pytest.fixture
def patient(db: Database) -> int:
    return patients.create_patient(
        db,
        PatientInput("Ana", "Lopez", phone="0111 111"),
        actor=ACTOR,
        profile=ProfileInput(allergies_text="none"),
    ).id


class Shown(list[list[tuple[str, ...]]]):
    """Each conflict dialog shown (its rows); ``answer`` names the button clicked."""

    answer = "conflictCancel"

    def __init__(self) -> None:
        super().__init__()
        self.intros: list[str] = []
        """Each dialog's first line and its "theirs" column header: who saved theirs."""


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    seen = Shown()

    def exec_(self: ConflictDialog) -> int:
        assert self.objectName() == "conflictDialog"
        intro = self.findChild(QLabel, "conflictIntro")
        assert intro is not None
        seen.intros.append(f"{intro.text()} | {self.table.horizontalHeaderItem(1).text()}")
        seen.append(
            [
                tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount())
            ]
        )
        button = {
            "conflictCancel": self.cancel,
            "conflictKeepMine": self.keep_mine,
            "conflictTakeTheirs": self.take_theirs,
        }[seen.answer]
        button.click()
        return int(self.result())

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    return seen


def _open(qtbot: QtBot, db: Database, patient: int) -> PatientEditor:
    editor = PatientEditor(DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR), patient)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _retype(qtbot: QtBot, widget: object, text: str) -> None:
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def _their_phone(other_desk: Database, patient: int) -> None:
    stored = patients.get_patient(other_desk, patient)
    patients.update_patient(
        other_desk,
        patient,
        PatientInput(stored.given_name, stored.family_name, phone="0222 222"),
        actor=desk_user(other_desk, "reception", Role.RECEPTION),
    )


def test_cancel_goes_back_with_everything_typed(
    qtbot: QtBot, db: Database, other_desk: Database, patient: int, shown: Shown
) -> None:
    editor = _open(qtbot, db, patient)
    _retype(qtbot, editor.email, "ana@example.org")
    _their_phone(other_desk, patient)
    qtbot.mouseClick(
        editor.buttons.button(editor.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert shown == [[("Phone", "0222 222", "0111 111"), ("Email", "—", "ana@example.org")]]
    # Theirs is named by the account that saved it.
    [intro] = shown.intros
    assert intro.startswith("reception saved this record at ")
    assert intro.endswith("| Theirs (saved by reception)")
    assert editor.isVisible() and editor.email.text() == "ana@example.org"
    assert "another desk" in editor.banner.text()
    stored = patients.get_patient(db, patient)
    assert (stored.phone, stored.email) == ("0222 222", "")


def test_keep_mine_overwrites_and_is_audited(
    qtbot: QtBot, db: Database, other_desk: Database, patient: int, shown: Shown
) -> None:
    editor = _open(qtbot, db, patient)
    _retype(qtbot, editor.email, "ana@example.org")
    _their_phone(other_desk, patient)
    shown.answer = "conflictKeepMine"
    assert editor.save() is True
    stored = patients.get_patient(db, patient)
    assert (stored.phone, stored.email) == ("0111 111", "ana@example.org")
    with db.read() as s:
        rows = s.execute(
            select(AuditEvent.action, AuditEvent.actor, AuditEvent.account_id)
            .where(AuditEvent.entity == "patient")
            .order_by(AuditEvent.id)
        ).all()
    assert tuple(rows[-1]) == ("overwrite", ACTOR.name, ACTOR.id)  # signed by the desk's user


def test_take_theirs_and_reapply_mine_then_save(
    qtbot: QtBot, db: Database, other_desk: Database, patient: int, shown: Shown
) -> None:
    editor = _open(qtbot, db, patient)
    _retype(qtbot, editor.email, "ana@example.org")
    editor.on_blood_thinners.setChecked(True)
    _their_phone(other_desk, patient)
    patients.record_profile(
        other_desk,
        patient,
        ProfileInput(allergies_text="lidocaine"),
        actor=desk_user(other_desk, "Dr Other", Role.PRACTITIONER),
    )
    shown.answer = "conflictTakeTheirs"
    assert editor.save() is False
    # Their phone and allergies are loaded; my email and my tick are back on top.
    assert editor.phone.text() == "0222 222" and editor.email.text() == "ana@example.org"
    assert editor.allergies_text.toPlainText() == "lidocaine"
    assert editor.on_blood_thinners.isChecked()
    assert editor.save() is True
    stored = patients.get_patient(db, patient)
    assert (stored.phone, stored.email) == ("0222 222", "ana@example.org")
    profile = patients.current_profile(db, patient, actor=ACTOR)
    assert profile is not None
    assert (profile.allergies_text, profile.on_blood_thinners) == ("lidocaine", True)


def test_the_dialog_lists_field_theirs_yours_and_escape_cancels(qtbot: QtBot) -> None:
    conflict = EditConflict("session", 4, 3, (FieldDifference("duration_minutes", 60, 45),))
    dialog = ConflictDialog(conflict, {"duration_minutes": "Duration"})
    qtbot.addWidget(dialog)
    dialog.show()
    cells = [dialog.table.item(0, c).text() for c in range(3)]
    assert cells == ["Duration", "60", "45"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.resolution == Resolution.CANCEL and not dialog.isVisible()


def test_product_editor_take_theirs_then_keep_mine(
    qtbot: QtBot, db: Database, other_desk: Database, shown: Shown
) -> None:
    from mesodesk.services import catalog, products
    from mesodesk.ui.dialogs.product_editor import ProductEditor

    kind = catalog.solution_types(db)[0].id
    made = products.create_product(db, "HydraMeso", kind, ["hyaluronic acid"], actor=ACTOR)
    editor = ProductEditor(DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR), made)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.notes, "keep cold")
    products.update_product(
        other_desk,
        made.id,
        "HydraMeso 2%",
        kind,
        ["hyaluronic acid"],
        actor=desk_user(other_desk, "owner", Role.ADMIN),
    )
    shown.answer = "conflictTakeTheirs"
    assert editor.save() is None
    assert shown[-1] == [("Name", "HydraMeso 2%", "HydraMeso"), ("Notes", "—", "keep cold")]
    assert (editor.name.text(), editor.notes.toPlainText()) == ("HydraMeso 2%", "keep cold")
    products.update_product(
        other_desk,
        made.id,
        "HydraMeso 3%",
        kind,
        ["hyaluronic acid"],
        actor=desk_user(other_desk, "owner", Role.ADMIN),
    )
    shown.answer = "conflictKeepMine"
    saved = editor.save()
    assert saved is not None and (saved.name, saved.notes) == ("HydraMeso 2%", "keep cold")


def test_settings_changed_at_another_desk(
    qtbot: QtBot, db: Database, other_desk: Database, shown: Shown
) -> None:
    from mesodesk.services import settings
    from mesodesk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(DeskContext(db, practitioner_name=ACTOR.name, user=ACTOR), tab="clinic")
    qtbot.addWidget(dialog)
    dialog.show()
    _retype(qtbot, dialog.clinic.name, "Rose Clinic")
    settings.save_settings(
        other_desk,
        {"clinic.name": "Clinique Rose"},
        actor=desk_user(other_desk, "owner", Role.ADMIN),
    )
    assert dialog.apply() is False  # Cancel: nothing saved, the name still typed
    assert shown[-1] == [("Clinic name", "Clinique Rose", "Rose Clinic")]
    assert dialog.clinic.name.text() == "Rose Clinic"
    assert settings.get(db, "clinic.name") == "Clinique Rose"
    shown.answer = "conflictKeepMine"
    assert dialog.apply() is True
    assert settings.get(db, "clinic.name") == "Rose Clinic"
    with db.read() as s:
        last = s.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity == "setting")
            .order_by(AuditEvent.id.desc())
        ).first()
    assert last == "overwrite"

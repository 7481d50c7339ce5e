"""The patient editor, driven through its real widgets; the database is checked afterwards."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mesodesk.services import patients as patient_service
from mesodesk.services.dto import PatientInput, ProfileInput
from mesodesk.services.patients import (
    create_patient,
    current_profile,
    get_patient,
    profile_history,
)
from mesodesk.store.engine import Database
from mesodesk.store.errors import DatabaseLocked, DiskFull
from mesodesk.store.models import AuditEvent, MedicalProfile, Patient
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.patient_editor import PatientEditor
from tests.factories import ACTOR

ROOT = Path(__file__).resolve().parents[2]
Button = QMessageBox.StandardButton


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _audit(db: Database, entity: str) -> list[AuditEvent]:
    with db.read() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.entity == entity)).all()
        s.expunge_all()
        return list(rows)


@dataclass
class Answers:
    """The titles of the QMessageBox.question calls, and the reply to give per title."""

    asked: list[str] = field(default_factory=list)
    reply: dict[str, Button] = field(default_factory=dict)


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Patches QMessageBox.question so that no real modal box ever blocks a test.

    Autouse because pytest-qt closes dialogs at teardown, and one that still holds typed
    changes asks first; unless a test says otherwise the answer is Discard.
    """
    answers = Answers()

    def question(_parent: Any, title: str, *_a: Any, **_k: Any) -> Button:
        answers.asked.append(title)
        return answers.reply.get(title, Button.Discard)

    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


def _editor(qtbot: QtBot, ctx: DeskContext, patient_id: int | None = None) -> PatientEditor:
    editor = PatientEditor(ctx, patient_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would; QTest only knows ASCII keys, so accents go as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def _fill_identity(qtbot: QtBot, editor: PatientEditor) -> None:
    type_text(qtbot, editor.given_name, "Hélène")
    type_text(qtbot, editor.family_name, "Dupont-Lefèvre")
    qtbot.keyClicks(editor.date_of_birth, "09/03/1984")
    qtbot.keyClicks(editor.phone, "+33 6 12 34 56 78")
    qtbot.keyClicks(editor.email, "helene@example.fr")


def test_required_names_show_inline_messages_and_nothing_is_saved(
    qtbot: QtBot, ctx: DeskContext, db: Database, tmp_path: Path
) -> None:
    editor = _editor(qtbot, ctx)
    qtbot.keyClicks(editor.phone, "06 12 34")
    qtbot.keyClicks(editor.date_of_birth, "31/02/1990")
    qtbot.keyClicks(editor.email, "not-an-address")
    qtbot.keyClicks(editor.allergies_text, "Lidocaine rash in 2019")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.isVisible()
    for key in ("given_name", "family_name", "date_of_birth", "email"):
        label = editor._errors[key]
        assert label.isVisible() and label.text(), key
    assert "given name" in editor._errors["given_name"].text()
    assert "31/02/1990 does not exist" in editor._errors["date_of_birth"].text()
    assert editor.banner.isVisible()
    assert editor.focusWidget() is editor.given_name
    # Everything typed is still there.
    assert editor.phone.text() == "06 12 34"
    assert editor.email.text() == "not-an-address"
    assert editor.date_of_birth.text() == "31/02/1990"
    assert editor.allergies_text.toPlainText() == "Lidocaine rash in 2019"
    assert _count(db, Patient) == 0 and _count(db, MedicalProfile) == 0
    _screenshot(editor, tmp_path, "patient_editor_errors.png")

    # Fixing the fields clears the messages on the next save.
    qtbot.keyClicks(editor.given_name, "Ana")
    qtbot.keyClicks(editor.family_name, "Silva")
    editor.date_of_birth.clear()
    editor.email.clear()
    editor.phone.setText("+351 912 345 678")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not any(label.isVisible() for label in editor._errors.values())
    assert _count(db, Patient) == 1


def test_future_birth_date_is_refused_inline(qtbot: QtBot, ctx: DeskContext, db: Database) -> None:
    editor = _editor(qtbot, ctx)
    qtbot.keyClicks(editor.given_name, "Ana")
    qtbot.keyClicks(editor.family_name, "Silva")
    qtbot.keyClicks(editor.date_of_birth, ctx.format_date(date(date.today().year + 1, 1, 1)))
    assert editor.save() is False
    assert "future" in editor._errors["date_of_birth"].text()
    assert _count(db, Patient) == 0


def test_valid_save_creates_patient_profile_and_audit(
    qtbot: QtBot, ctx: DeskContext, db: Database, tmp_path: Path
) -> None:
    editor = _editor(qtbot, ctx)
    _fill_identity(qtbot, editor)
    editor.sex.setCurrentIndex(editor.sex.findData("female"))
    qtbot.keyClicks(editor.allergies_text, "Hives after lidocaine")
    qtbot.keyClicks(editor.allergens, "lidocaine, latex,  ")
    qtbot.keyClicks(editor.medications_text, "Aspirin 75 mg daily")
    qtbot.mouseClick(editor.on_blood_thinners, Qt.MouseButton.LeftButton)
    editor.keloid_tendency.setChecked(True)
    qtbot.keyClicks(editor.skin_conditions_text, "Rosacea")
    editor.skin_condition_areas.item(2).setCheckState(Qt.CheckState.Checked)  # cheeks
    qtbot.keyClicks(editor.profile_notes, "Prefers morning appointments")
    assert (
        editor.age.text()
        == f"age {date.today().year - 1984 - (date.today() < date(date.today().year, 3, 9))}"
    )
    _screenshot(editor, tmp_path, "patient_editor.png")

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible() and editor.result() == PatientEditor.DialogCode.Accepted
    record = saved.args[0]
    assert editor.saved_id == record.id

    patient = get_patient(ctx.db, record.id, actor=ACTOR)
    assert (patient.given_name, patient.family_name) == ("Hélène", "Dupont-Lefèvre")
    assert patient.date_of_birth == date(1984, 3, 9) and patient.sex == "female"
    assert patient.phone == "+33 6 12 34 56 78" and patient.email == "helene@example.fr"
    profile = current_profile(ctx.db, record.id, actor=ACTOR)
    assert profile is not None
    assert profile.allergens == ("latex", "lidocaine")
    assert profile.on_blood_thinners and profile.keloid_tendency
    assert not profile.pregnant_or_breastfeeding
    assert profile.skin_condition_areas == ("cheeks",)
    assert profile.recorded_by == "Dr Test"
    assert [a.action for a in _audit(db, "patient")] == ["create"]
    assert [a.action for a in _audit(db, "medical_profile")] == ["create"]
    assert _audit(db, "patient")[0].actor == "Dr Test"


def test_possible_duplicate_is_flagged_before_saving(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    create_patient(
        db,
        PatientInput("Helene", "Dupont-Lefevre", date(1984, 3, 9), phone="0611 223 344"),
        actor=ACTOR,
    )
    editor = _editor(qtbot, ctx)
    _fill_identity(qtbot, editor)
    editor.date_of_birth.editingFinished.emit()
    assert editor.duplicate_hint.isVisible()
    answers.reply["Possible duplicate"] = Button.Cancel
    assert "Dupont-Lefevre Helene (09/03/1984" in editor.duplicate_hint.text()

    assert editor.save() is False  # the question is answered Cancel
    assert answers.asked == ["Possible duplicate"]
    assert editor.isVisible() and editor.given_name.text() == "Hélène"
    assert _count(db, Patient) == 1

    answers.reply["Possible duplicate"] = Button.Save
    assert editor.save() is True
    assert _count(db, Patient) == 2


def test_unsaved_changes_guard(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    editor = _editor(qtbot, ctx)
    # Nothing typed: Escape closes without asking.
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and answers.asked == []

    editor = _editor(qtbot, ctx)
    qtbot.keyClicks(editor.given_name, "Ana")
    qtbot.keyClicks(editor.family_name, "Silva")
    answers.reply["Unsaved changes"] = Button.Cancel

    # Cancel keeps the dialog open with what was typed.
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert answers.asked == ["Unsaved changes"]
    assert editor.isVisible() and editor.family_name.text() == "Silva"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and len(answers.asked) == 2
    editor.close()
    assert editor.isVisible() and len(answers.asked) == 3

    # Discard closes and saves nothing.
    answers.reply["Unsaved changes"] = Button.Discard
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert editor.result() == PatientEditor.DialogCode.Rejected
    assert _count(db, Patient) == 0

    # Save saves, then closes.
    editor = _editor(qtbot, ctx)
    qtbot.keyClicks(editor.given_name, "Ana")
    qtbot.keyClicks(editor.family_name, "Silva")
    answers.reply["Unsaved changes"] = Button.Save
    editor.close()
    assert not editor.isVisible()
    assert editor.result() == PatientEditor.DialogCode.Accepted
    assert _count(db, Patient) == 1


def test_guard_save_with_invalid_input_keeps_the_dialog(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    editor = _editor(qtbot, ctx)
    qtbot.keyClicks(editor.given_name, "Ana")
    answers.reply["Unsaved changes"] = Button.Save
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor._errors["family_name"].isVisible()
    assert _count(db, Patient) == 0


def test_editing_the_profile_adds_a_version(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    record = create_patient(
        db,
        PatientInput("Jürgen", "Müller", date(1970, 12, 1)),
        actor=ACTOR,
        profile=ProfileInput(allergens=("latex",), skin_condition_areas=("neck",)),
    )
    editor = _editor(qtbot, ctx, record.id)
    assert editor.family_name.text() == "Müller"
    assert editor.date_of_birth.text() == "01/12/1970"
    assert editor.allergens.text() == "latex"
    assert editor.windowTitle() == "Patient: Jürgen Müller"
    assert not editor.is_dirty()

    # Saving with no change writes nothing.
    assert editor.save() is True
    assert len(profile_history(db, record.id, actor=ACTOR)) == 1
    assert [a.action for a in _audit(db, "patient")] == ["create"]

    editor = _editor(qtbot, ctx, record.id)
    editor.pregnant_or_breastfeeding.setChecked(True)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    history = profile_history(db, record.id, actor=ACTOR)
    assert len(history) == 2
    assert history[0].pregnant_or_breastfeeding and not history[1].pregnant_or_breastfeeding
    assert history[0].allergens == ("latex",) and history[0].skin_condition_areas == ("neck",)
    assert [a.action for a in _audit(db, "patient")] == ["create"]  # identity unchanged
    assert answers.asked == []

    # Identity only: the patient is updated, no new profile version.
    editor = _editor(qtbot, ctx, record.id)
    editor.phone.setText("+49 30 1234567")
    assert editor.save() is True
    assert get_patient(db, record.id, actor=ACTOR).phone == "+49 30 1234567"
    assert len(profile_history(db, record.id, actor=ACTOR)) == 2
    assert [a.action for a in _audit(db, "patient")] == ["create", "update"]


@pytest.mark.parametrize(
    "error",
    [
        DatabaseLocked("the database is locked by another program; nothing was saved."),
        DiskFull("The disk holding the database is full; nothing was saved."),
        OSError(28, "No space left on device"),
    ],
)
def test_a_failed_save_keeps_the_input_and_shows_why(
    qtbot: QtBot, ctx: DeskContext, db: Database, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    def fail(*_a: Any, **_k: Any) -> Any:
        raise error

    monkeypatch.setattr(patient_service, "create_patient", fail)
    editor = _editor(qtbot, ctx)
    _fill_identity(qtbot, editor)
    qtbot.keyClicks(editor.allergens, "latex")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.isVisible()
    assert editor.banner.isVisible()
    expected = (
        "locked"
        if isinstance(error, DatabaseLocked)
        else "full"
        if isinstance(error, DiskFull)
        else "No space"
    )
    assert expected in editor.banner.text()
    assert editor.given_name.text() == "Hélène" and editor.allergens.text() == "latex"
    assert editor.date_of_birth.text() == "09/03/1984"
    assert _count(db, Patient) == 0

    # Once the database is free again, the same dialog saves what was typed.
    monkeypatch.undo()
    assert editor.save() is True
    assert _count(db, Patient) == 1 and _count(db, MedicalProfile) == 1


def test_keyboard_tab_order_follows_the_form(qtbot: QtBot, ctx: DeskContext) -> None:
    editor = _editor(qtbot, ctx)
    editor.given_name.setFocus()
    qtbot.waitUntil(editor.given_name.hasFocus)
    seen = [editor.focusWidget()]
    for _ in range(9):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        seen.append(editor.focusWidget())
    assert seen == [
        editor.given_name,
        editor.family_name,
        editor.date_of_birth,
        editor.sex,
        editor.language,
        editor.phone,
        editor.email,
        editor.address,
        editor.notes,
        editor.allergies_text,
    ]


def _screenshot(widget: Any, tmp_path: Path, name: str) -> None:
    widget.grab().save(str(tmp_path / name))
    if os.environ.get("MESODESK_SCREENSHOTS") == "1":
        folder = ROOT / "screenshots"
        folder.mkdir(exist_ok=True)
        widget.grab().save(str(folder / name))


def test_a_wrongly_typed_birth_date_asks_for_the_clinic_format(
    qtbot: QtBot, ctx: DeskContext
) -> None:
    editor = _editor(qtbot, ctx)
    qtbot.keyClicks(editor.date_of_birth, "1990/31/02")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "dd/mm/yyyy" in editor._errors["date_of_birth"].text()


def test_allergens_named_in_the_free_text_are_offered_for_screening(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    """Typing "Lidocaine - anaphylaxis" offers lidocaine for the screened allergens."""
    editor = _editor(qtbot, ctx)
    assert not editor.allergen_hint.isVisible()
    qtbot.keyClicks(editor.allergies_text, "Lidocaine - anaphylaxis, latex rash")
    qtbot.waitUntil(editor.allergen_hint.isVisible)
    assert "lidocaine" in editor.allergen_hint_text.text()
    assert "latex" in editor.allergen_hint_text.text()
    assert "screened allergens" in editor.allergen_hint_text.text()

    qtbot.mouseClick(editor.add_allergens_button, Qt.MouseButton.LeftButton)
    assert editor.allergens.text() == "lidocaine, latex"
    assert not editor.allergen_hint.isVisible()

    # A name already in the screened list is not offered again; a new one is.
    qtbot.keyClicks(editor.allergies_text, "; prilocaine")
    qtbot.waitUntil(editor.allergen_hint.isVisible)
    assert "prilocaine" in editor.allergen_hint_text.text()
    assert "lidocaine" not in editor.allergen_hint_text.text()
    type_text(qtbot, editor.allergens, ", Prilocaine")
    qtbot.waitUntil(lambda: not editor.allergen_hint.isVisible())

    qtbot.keyClicks(editor.given_name, "Ana")
    qtbot.keyClicks(editor.family_name, "Silva")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        profile = s.scalars(select(MedicalProfile)).one()
        assert sorted(profile.allergens) == ["Prilocaine", "latex", "lidocaine"]


def test_product_ingredients_are_offered_from_the_allergy_text(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    from mesodesk.services import products as product_service
    from mesodesk.services.catalog import solution_types

    type_id = solution_types(db)[0].id
    product_service.create_product(
        db, "Slim", type_id, ingredients=["Phosphatidylcholine 5%"], actor=ACTOR
    )
    editor = _editor(qtbot, ctx)
    qtbot.keyClicks(editor.allergies_text, "phosphatidylcholine: hives")
    qtbot.waitUntil(editor.allergen_hint.isVisible)
    assert "phosphatidylcholine" in editor.allergen_hint_text.text().casefold()


def test_the_sheet_language_is_chosen_by_keyboard_and_kept(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    editor = _editor(qtbot, ctx)
    _fill_identity(qtbot, editor)
    assert editor.language.objectName() == "patientLanguage"
    assert editor.language.currentData() is None  # the clinic's language until chosen
    editor.language.setFocus()
    qtbot.waitUntil(editor.language.hasFocus)
    qtbot.keyClicks(editor.language, "F")  # "Français"
    assert editor.language.currentData() == "fr"
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    patient_id = saved.args[0].id
    assert get_patient(ctx.db, patient_id, actor=ACTOR).language == "fr"

    again = _editor(qtbot, ctx, patient_id)
    assert again.language.currentData() == "fr"
    again.language.setCurrentIndex(again.language.findData(None))
    with qtbot.waitSignal(again.saved):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert get_patient(ctx.db, patient_id, actor=ACTOR).language is None


def test_a_language_without_texts_is_refused_by_the_service(db: Database) -> None:
    with pytest.raises(patient_service.ValidationFailed) as refused:
        create_patient(db, PatientInput("Ana", "Lopes", language="pt"), actor=ACTOR)
    assert "pt" in refused.value.errors["language"]

"""The Settings dialog, driven through its widgets; the database is checked afterwards."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mesodesk.domain.schedule import OpeningHours
from mesodesk.services import safety
from mesodesk.services import settings as settings_service
from mesodesk.services import templates as template_service
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.settings import TAB_NAMES, RulesPage, SettingsDialog, TemplatePage
from mesodesk.ui.dialogs.settings.rule_off import RuleOffDialog
from tests.factories import ACTOR

ROOT = Path(__file__).resolve().parents[2]
Button = QMessageBox.StandardButton
LIPOLYTIC = "solution:lipolytic"


@dataclass
class Answers:
    """The titles of the QMessageBox.question calls, and the reply to give per title."""

    asked: list[str] = field(default_factory=list)
    reply: dict[str, Button] = field(default_factory=dict)


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """No real modal box ever blocks a test; unless a test says otherwise the answer is
    Discard (also at teardown, when pytest-qt closes a dialog that still holds edits)."""
    answers = Answers()

    def question(_parent: Any, title: str, *_a: Any, **_k: Any) -> Button:
        answers.asked.append(title)
        return answers.reply.get(title, Button.Discard)

    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


def _dialog(qtbot: QtBot, ctx: DeskContext, tab: str | None = None) -> SettingsDialog:
    dialog = SettingsDialog(ctx, tab=tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would; QTest only knows printable ASCII keys, so accents go as key
    events and a line break as the Return key."""
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def _audit(db: Database, entity: str) -> list[AuditEvent]:
    with db.read() as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
        ).all()
        s.expunge_all()
        return list(rows)


def _png(path: Path, width: int = 240, height: int = 80) -> Path:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(path), "PNG")
    return path


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def _wait_preview(qtbot: QtBot, page: TemplatePage, after: int) -> None:
    qtbot.waitUntil(
        lambda: page.preview_generation > after and page.preview_document.pageCount() > 0,
        timeout=5000,
    )


# --- clinic --------------------------------------------------------------------------------


def test_clinic_name_and_phone_are_saved_together_with_one_audit_row(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.current_tab() == "clinic"
    assert not dialog.apply_button.isEnabled()
    type_text(qtbot, dialog.clinic.name, "Clinique Hélène")
    qtbot.keyClicks(dialog.clinic.phone, "+33 1 42 68 53 00")
    assert dialog.apply_button.isEnabled()

    with qtbot.waitSignal(bus().changed, check_params_cb=lambda kind: kind == "settings"):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    values = settings_service.get_all(db)
    assert values["clinic.name"] == "Clinique Hélène"
    assert values["clinic.phone"] == "+33 1 42 68 53 00"
    [row] = _audit(db, "setting")  # one user action, one audit row naming both keys
    assert row.after is not None and row.after["keys"] == ["clinic.name", "clinic.phone"]
    assert row.actor == "Dr Test"
    assert not dialog.apply_button.isEnabled()

    # Nothing changed since: OK writes nothing more and closes.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(_audit(db, "setting")) == 1


def test_details_and_hours_changed_together_are_one_transaction_and_one_audit_row(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.clinic.name, "Belle Peau")
    dialog.hours.days["sat"].closed.click()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    [row] = _audit(db, "setting")
    assert row.after is not None
    assert row.after["keys"] == ["clinic.name", "clinic.opening_hours"]
    assert settings_service.get(db, "clinic.name") == "Belle Peau"
    assert (
        OpeningHours.from_setting(settings_service.get(db, "clinic.opening_hours")).weekly[5] == ()
    )


def test_a_failing_database_saves_nothing_and_keeps_what_was_typed(
    qtbot: QtBot, ctx: DeskContext, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.clinic.name, "Belle Peau")
    dialog.hours.days["sat"].closed.click()
    real_record = settings_service.audit.record

    def full_disk(*_a: Any, **_k: Any) -> None:
        raise OSError("database or disk is full")

    monkeypatch.setattr(settings_service.audit, "record", full_disk)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert "Nothing was saved" in dialog.status.text()
    assert settings_service.get(db, "clinic.name") == ""
    assert settings_service.get(db, "clinic.opening_hours") is None
    assert dialog.clinic.name.text() == "Belle Peau"
    assert dialog.apply_button.isEnabled()
    monkeypatch.setattr(settings_service.audit, "record", real_record)
    assert dialog.apply()
    assert settings_service.get(db, "clinic.name") == "Belle Peau"


def test_consent_required_for_done_can_be_switched_off(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    box = dialog.clinic.consent_required
    assert box.isChecked() and settings_service.consent_required(db)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not settings_service.consent_required(db)
    assert not _dialog(qtbot, ctx).clinic.consent_required.isChecked()


def test_patient_names_in_file_names_is_off_until_the_clinic_ticks_it(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    box = dialog.clinic.names_in_file_names
    assert not box.isChecked()
    assert not settings_service.get(db, settings_service.NAMES_IN_FILE_NAMES_KEY)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert settings_service.get(db, settings_service.NAMES_IN_FILE_NAMES_KEY) is True
    assert _dialog(qtbot, ctx).clinic.names_in_file_names.isChecked()


def test_date_format_and_paper_size_change_the_context(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.clinic.date_format.setCurrentIndex(dialog.clinic.date_format.findData("yyyy-mm-dd"))
    dialog.clinic.paper_size.setCurrentIndex(dialog.clinic.paper_size.findData("Letter"))
    assert dialog.apply()
    values = settings_service.get_all(db)
    assert (values["clinic.date_format"], values["clinic.paper_size"]) == ("yyyy-mm-dd", "Letter")
    assert ctx.date_format == "yyyy-mm-dd"


def test_a_bad_time_zone_is_refused_inline_and_nothing_is_saved(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.clinic.name, "Belle Peau")
    zone = dialog.clinic.time_zone
    zone.lineEdit().selectAll()
    qtbot.keyClicks(zone.lineEdit(), "Mars/Olympus")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    error = dialog.findChild(QWidget, "error_clinic.time_zone")
    assert error is not None and error.isVisible()
    assert "Mars/Olympus" in error.text()
    assert "Nothing was saved" in dialog.status.text()
    assert settings_service.get_all(db)["clinic.name"] == ""
    assert _audit(db, "setting") == []
    # What was typed survives, and a real zone (typed in lower case) is then accepted.
    assert dialog.clinic.name.text() == "Belle Peau"
    zone.setEditText("europe/paris")
    assert dialog.apply()
    assert not error.isVisible()
    values = settings_service.get_all(db)
    assert (values["clinic.name"], values["clinic.time_zone"]) == ("Belle Peau", "Europe/Paris")


def test_logo_png_is_stored_and_a_bad_file_keeps_the_previous_logo(
    qtbot: QtBot,
    ctx: DeskContext,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, ctx)
    clinic = dialog.clinic
    assert not clinic.remove_logo_button.isEnabled()
    logo = _png(tmp_path / "logo.png")
    _choose_file(monkeypatch, logo)
    qtbot.mouseClick(clinic.choose_logo_button, Qt.MouseButton.LeftButton)
    assert clinic.logo_preview.pixmap() is not None and not clinic.logo_preview.pixmap().isNull()
    assert "not" not in clinic.logo_info.text() or "saved when" in clinic.logo_info.text()
    assert settings_service.logo(db) is None  # only on Apply
    assert dialog.apply()
    assert settings_service.logo(db) == logo.read_bytes()

    bad = tmp_path / "notes.png"
    bad.write_text("this is not a picture", encoding="utf-8")
    _choose_file(monkeypatch, bad)
    qtbot.mouseClick(clinic.choose_logo_button, Qt.MouseButton.LeftButton)
    assert clinic.logo_error.isVisible()
    assert "must be a PNG or JPEG" in clinic.logo_error.text()
    assert "notes.png" in clinic.logo_error.text()
    assert clinic.pending_logo == logo.read_bytes()
    assert not clinic.is_dirty()
    assert dialog.apply()
    assert settings_service.logo(db) == logo.read_bytes()

    qtbot.mouseClick(clinic.remove_logo_button, Qt.MouseButton.LeftButton)
    assert not clinic.logo_error.isVisible()
    assert dialog.apply()
    assert settings_service.logo(db) is None
    assert len([r for r in _audit(db, "setting") if r.after["keys"] == ["clinic.logo"]]) == 2


# --- opening hours ---------------------------------------------------------------------------


def test_tuesday_closed_and_christmas_round_trip_through_the_setting(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx, tab="hours")
    assert dialog.current_tab() == "hours"
    hours = dialog.hours
    hours.days["tue"].closed.click()
    monday = hours.days["mon"]
    qtbot.mouseClick(monday.add_second, Qt.MouseButton.LeftButton)  # a lunch break
    assert monday.value() == [["09:00", "13:00"], ["14:00", "18:00"]]
    hours.closed_date_edit.setDate(QDate(2026, 12, 25))
    qtbot.mouseClick(hours.add_closed_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(hours.add_closed_button, Qt.MouseButton.LeftButton)  # no duplicate
    hours.closed_date_edit.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(hours.add_closed_button, Qt.MouseButton.LeftButton)
    assert hours.closed_date_values() == ["2026-12-25", "2027-01-01"]
    hours.closed_dates.clearSelection()
    hours.closed_dates.item(1).setSelected(True)
    qtbot.mouseClick(hours.remove_closed_button, Qt.MouseButton.LeftButton)
    assert dialog.apply_button.isEnabled()

    assert dialog.apply()

    stored = settings_service.get(db, "clinic.opening_hours")
    opening = OpeningHours.from_setting(stored)
    assert opening.to_setting() == stored
    assert opening.weekly[1] == ()
    assert len(opening.weekly[0]) == 2
    assert opening.closed_dates == frozenset({date(2026, 12, 25)})
    assert [r.after["keys"] for r in _audit(db, "setting")] == [["clinic.opening_hours"]]

    again = _dialog(qtbot, ctx, tab="hours")
    assert again.hours.days["tue"].closed.isChecked()
    assert again.hours.days["mon"].has_second
    assert again.hours.closed_date_values() == ["2026-12-25"]
    assert not again.hours.is_dirty()


def test_closing_before_opening_is_refused_with_a_message_and_nothing_saved(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.clinic.name, "Belle Peau")
    dialog.hours.days["wed"].closes[0].setTime(QTime(8, 0))

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert dialog.current_tab() == "hours"
    assert dialog.hours.error.isVisible()
    assert "Wednesday" in dialog.hours.error.text()
    assert "closing time 08:00" in dialog.hours.error.text()
    assert settings_service.get(db, "clinic.opening_hours") is None
    assert settings_service.get(db, "clinic.name") == ""
    assert _audit(db, "setting") == []
    assert dialog.hours.days["wed"].closes[0].time() == QTime(8, 0)


# --- aftercare and consent texts --------------------------------------------------------------


def test_editing_the_lipolytic_text_adds_an_edited_version_and_keeps_the_old_one(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx, tab="aftercare")
    page = dialog.aftercare
    assert page.select_key(LIPOLYTIC)
    assert page.key_status(LIPOLYTIC) == "default v1"
    assert not page.save_button.isEnabled()
    do = page.editors["do"]
    do.moveCursor(do.textCursor().MoveOperation.End)
    type_text(qtbot, do, "\nDrink plenty of water — 2 litres a day.")
    assert page.is_dirty() and page.save_button.isEnabled()
    assert "unsaved" in page.title.text()

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    history = template_service.history(db, "aftercare", LIPOLYTIC)
    assert [(v.version, v.source) for v in history] == [(2, "edited"), (1, "default")]
    assert history[0].body["do"][-1] == "Drink plenty of water — 2 litres a day."
    assert history[0].created_by == "Dr Test"
    assert "Drink plenty" not in " ".join(history[1].body["do"])
    assert page.key_status(LIPOLYTIC) == "edited v2"
    assert not page.is_dirty()
    assert page.history.count() == 2

    page.history.setCurrentRow(1)  # the old version: shown, read-only
    assert page.pages.currentWidget() is page.old_text.parentWidget()
    assert page.old_text.isReadOnly()
    assert "Bruising is more common" in page.old_text.toPlainText()
    assert "Drink plenty" not in page.old_text.toPlainText()
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.viewing is None
    assert not page.editors["do"].isReadOnly()
    mine = [r for r in _audit(db, "document_template") if r.actor == "Dr Test"]
    assert [r.after["version"] for r in mine if r.after] == [2]


def test_an_old_version_can_be_copied_back_into_the_editor(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    body = {
        k: list(v) for k, v in template_service.current(db, "aftercare", LIPOLYTIC).body.items()
    }
    template_service.save(db, "aftercare", LIPOLYTIC, {**body, "call": ["Fever"]}, actor=ACTOR)
    dialog = _dialog(qtbot, ctx, tab="aftercare")
    page = dialog.aftercare
    page.select_key(LIPOLYTIC)
    page.history.setCurrentRow(1)
    qtbot.mouseClick(page.use_old_button, Qt.MouseButton.LeftButton)
    assert page.viewing is None and page.is_dirty()
    assert page.editors["call"].toPlainText() == ""
    assert page.save()
    assert template_service.current(db, "aftercare", LIPOLYTIC).version == 3


def test_reset_to_default_asks_and_adds_a_default_version(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    body = {
        k: list(v) for k, v in template_service.current(db, "aftercare", LIPOLYTIC).body.items()
    }
    template_service.save(db, "aftercare", LIPOLYTIC, {**body, "call": ["Fever"]}, actor=ACTOR)
    dialog = _dialog(qtbot, ctx, tab="aftercare")
    page = dialog.aftercare
    page.select_key(LIPOLYTIC)
    assert page.editors["call"].toPlainText() == "Fever"
    assert page.reset_button.isEnabled()

    answers.reply["Reset to default"] = Button.No
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert len(template_service.history(db, "aftercare", LIPOLYTIC)) == 2

    answers.reply["Reset to default"] = Button.Yes
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    history = template_service.history(db, "aftercare", LIPOLYTIC)
    assert [(v.version, v.source) for v in history] == [
        (3, "default"),
        (2, "edited"),
        (1, "default"),
    ]
    assert history[0].created_by == "Dr Test"
    assert page.editors["call"].toPlainText() == ""
    assert page.key_status(LIPOLYTIC) == "default v3"
    assert answers.asked.count("Reset to default") == 2
    assert not page.reset_button.isEnabled()


def test_a_bad_text_is_refused_per_section_and_kept(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx, tab="aftercare")
    page = dialog.aftercare
    page.editors["avoid"].setPlainText("x" * 1300)
    assert not page.save()
    error = page.findChild(QWidget, "error_avoid")
    assert error is not None and error.isVisible()
    assert "longer than" in error.text()
    assert page.editors["avoid"].toPlainText() == "x" * 1300
    assert len(template_service.history(db, "aftercare", "general")) == 1


def test_the_preview_follows_typing_after_a_pause(qtbot: QtBot, ctx: DeskContext) -> None:
    dialog = _dialog(qtbot, ctx, tab="aftercare")
    page = dialog.aftercare
    _wait_preview(qtbot, page, 0)  # the first preview, once the tab is visible
    qtbot.waitUntil(lambda: not page.preview_timer.isActive())
    first = page.preview_generation

    type_text(qtbot, page.editors["expect"], "Slight redness for a day.")
    assert page.preview_timer.isActive()
    assert page.preview_generation == first  # not on every keystroke

    _wait_preview(qtbot, page, first)
    assert page.preview_generation == first + 1  # one render for the whole burst
    assert page.preview_timer.interval() == 400


def test_switching_text_with_unsaved_edits_asks(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    dialog = _dialog(qtbot, ctx, tab="aftercare")
    page = dialog.aftercare
    page.select_key(LIPOLYTIC)
    qtbot.keyClicks(page.editors["call"], "Fever above 38 C")

    answers.reply["Unsaved text"] = Button.Cancel
    assert not page.select_key("area:cheeks")
    assert page.key == LIPOLYTIC
    assert page.keys.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) == LIPOLYTIC
    assert page.editors["call"].toPlainText() == "Fever above 38 C"

    answers.reply["Unsaved text"] = Button.Save
    assert page.select_key("area:cheeks")
    assert template_service.current(db, "aftercare", LIPOLYTIC).body["call"] == (
        "Fever above 38 C",
    )
    assert answers.asked == ["Unsaved text", "Unsaved text"]


def test_consent_edit_creates_a_version_and_shows_a_preview(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx, tab="consent")
    page = dialog.consent
    assert page.key == "general"
    _wait_preview(qtbot, page, 0)
    before = template_service.current(db, "consent", "general")
    assert before is not None
    text = page.editors["paragraphs"]
    assert text.toPlainText().count("\n\n") == len(before.body["paragraphs"]) - 1
    text.moveCursor(text.textCursor().MoveOperation.End)
    type_text(qtbot, text, "\n\nI agree to photographs\nbeing taken for my record.")

    assert page.save()

    after = template_service.current(db, "consent", "general")
    assert after is not None and (after.version, after.source) == (2, "edited")
    assert after.body["paragraphs"][-1] == "I agree to photographs being taken for my record."
    assert after.body["paragraphs"][:-1] == before.body["paragraphs"]
    assert [v.version for v in template_service.history(db, "consent", "general")] == [2, 1]


def test_an_empty_consent_text_is_refused(qtbot: QtBot, ctx: DeskContext, db: Database) -> None:
    dialog = _dialog(qtbot, ctx, tab="consent")
    page = dialog.consent
    page.editors["paragraphs"].clear()
    assert not page.save()
    assert "at least one paragraph" in page.errors.text("paragraphs")
    assert len(template_service.history(db, "consent", "general")) == 1


# --- screening rules ---------------------------------------------------------------------------


def _enabled(db: Database, rule_id: str) -> bool:
    return next(s.enabled for s in safety.rule_states(db) if s.rule.id == rule_id)


def test_switching_a_rule_off_saves_at_once_and_is_audited(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    dialog = _dialog(qtbot, ctx, tab="rules")
    rules = dialog.rules
    item = rules.rule_item("needle_anxiety")
    assert item is not None and item.checkState() == Qt.CheckState.Checked
    assert rules.changed_text("needle_anxiety") == "as supplied"

    with qtbot.waitSignal(bus().changed):
        item.setCheckState(Qt.CheckState.Unchecked)

    assert not _enabled(db, "needle_anxiety")
    assert answers.asked == []  # an info rule switches without a question
    assert "switched off by Dr Test" in rules.changed_text("needle_anxiety")
    audit = _audit(db, "screening_rule")
    assert len(audit) == 1 and audit[0].after["rule_id"] == "needle_anxiety"
    assert audit[0].actor == "Dr Test"

    # The keyboard works too: Space on the rule's row switches it back on.
    rules.table.setFocus()
    rules.table.setCurrentCell(rules.row_of("needle_anxiety"), rules.COL_RULE)
    qtbot.keyClick(rules.table, Qt.Key.Key_Space)
    assert _enabled(db, "needle_anxiety")
    assert "switched on by Dr Test" in rules.changed_text("needle_anxiety")
    assert len(_audit(db, "screening_rule")) == 2


def _untick_pregnancy(qtbot: QtBot, rules: RulesPage) -> RuleOffDialog:
    item = rules.rule_item("pregnancy_breastfeeding")
    assert item is not None
    item.setCheckState(Qt.CheckState.Unchecked)
    dialog = rules.off_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    # Nothing changes while the question is open: the tick is still on.
    assert item.checkState() == Qt.CheckState.Checked
    return dialog


def test_switching_off_a_blocking_rule_asks_why_and_audits_the_reason(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    dialog = _dialog(qtbot, ctx, tab="rules")
    rules = dialog.rules
    ask = _untick_pregnancy(qtbot, rules)
    assert ask.windowTitle() == "Switch off a blocking rule"
    assert not ask.confirm_button.isEnabled()

    qtbot.keyClicks(ask.reason, "ok")  # a token is not a reason
    assert not ask.confirm_button.isEnabled()
    assert ask.problem.isVisible()
    qtbot.keyClicks(ask.reason, " - our clinic treats men only")
    assert ask.confirm_button.isEnabled()
    with qtbot.waitSignal(bus().changed):
        qtbot.mouseClick(ask.confirm_button, Qt.MouseButton.LeftButton)

    assert not _enabled(db, "pregnancy_breastfeeding")
    item = rules.rule_item("pregnancy_breastfeeding")
    assert item is not None and item.checkState() == Qt.CheckState.Unchecked
    [row] = _audit(db, "screening_rule")
    assert row.after["reason"] == "ok - our clinic treats men only"
    assert row.actor == "Dr Test"
    assert answers.asked == []


def test_cancelling_halfway_through_the_reason_leaves_the_rule_on(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx, tab="rules")
    rules = dialog.rules
    ask = _untick_pregnancy(qtbot, rules)
    qtbot.keyClicks(ask.reason, "Patients are asked")
    qtbot.mouseClick(ask.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ask.isVisible())

    assert _enabled(db, "pregnancy_breastfeeding")
    item = rules.rule_item("pregnancy_breastfeeding")
    assert item is not None and item.checkState() == Qt.CheckState.Checked
    assert _audit(db, "screening_rule") == []

    # Escape is a cancel too.
    ask = _untick_pregnancy(qtbot, rules)
    qtbot.keyClicks(ask.reason, "Our clinic treats men only")
    qtbot.keyClick(ask.reason, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not ask.isVisible())
    assert _enabled(db, "pregnancy_breastfeeding")
    assert _audit(db, "screening_rule") == []


# --- the dialog as a whole ---------------------------------------------------------------------


def test_cancel_with_unsaved_changes_asks_and_can_save_them(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.clinic.name, "Belle Peau")

    answers.reply["Unsaved changes"] = Button.Cancel
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert settings_service.get(db, "clinic.name") == ""

    answers.reply["Unsaved changes"] = Button.Save
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert settings_service.get(db, "clinic.name") == "Belle Peau"


def test_ok_asks_about_an_unsaved_text(
    qtbot: QtBot, ctx: DeskContext, db: Database, answers: Answers
) -> None:
    dialog = _dialog(qtbot, ctx, tab="clinic")
    dialog.aftercare.editors["call"].setPlainText("Fever")
    answers.reply["Unsaved text"] = Button.Cancel
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.current_tab() == "aftercare"
    answers.reply["Unsaved text"] = Button.Discard
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(template_service.history(db, "aftercare", "general")) == 1


@pytest.mark.parametrize("tab", TAB_NAMES)
def test_each_tab_opens_laid_out(qtbot: QtBot, ctx: DeskContext, tab: str, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, ctx, tab=tab)
    assert dialog.current_tab() == tab
    page = dialog.tabs.currentWidget()
    if isinstance(page, TemplatePage):
        _wait_preview(qtbot, page, 0)

    kinds = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)

    def laid_out() -> None:  # no field, label or button squeezed below what it needs
        for child in page.findChildren(QWidget):
            if child.objectName().startswith("qt_"):  # the inner parts of a spin box
                continue
            if isinstance(child, kinds) and child.isVisible():
                needed = child.minimumSizeHint()
                assert child.height() >= needed.height(), (child.objectName(), child.size())
                assert child.width() >= needed.width(), (child.objectName(), child.size())

    qtbot.waitUntil(laid_out)
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(exist_ok=True)
    target = folder / f"settings-{tab}.png"
    assert dialog.grab().save(str(target))
    assert target.stat().st_size > 0


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text)
    return match.group(1).casefold() if match else None


@pytest.mark.parametrize("tab", ["clinic", "hours"])
def test_mnemonics_are_unique_and_focus_an_input(qtbot: QtBot, ctx: DeskContext, tab: str) -> None:
    dialog = _dialog(qtbot, ctx, tab=tab)
    page = dialog.tabs.currentWidget()
    seen = {
        _mnemonic(dialog.tabs.tabText(i)): dialog.tabs.tabText(i)
        for i in range(dialog.tabs.count())
    }
    for widget in page.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        key = _mnemonic(text)
        if key is None:
            continue
        assert key not in seen, (text, seen[key])
        seen[key] = text
        if isinstance(widget, QLabel):
            buddy = widget.buddy()
            assert buddy is not None, text
            assert buddy.focusPolicy() != Qt.FocusPolicy.NoFocus, text


def test_the_map_on_aftercare_sheets_is_switched_on_in_the_settings(
    qtbot: QtBot, ctx: DeskContext, db: Database
) -> None:
    dialog = _dialog(qtbot, ctx)
    box = dialog.clinic.aftercare_map
    assert not box.isChecked() and not settings_service.get(db, "aftercare.show_map")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert settings_service.get(db, "aftercare.show_map") is True
    assert _dialog(qtbot, ctx).clinic.aftercare_map.isChecked()

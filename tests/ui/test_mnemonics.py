"""Every dialog's Alt+letter shortcuts are unique and land in a field that takes the focus.

The test walks every dialog class in ``mesodesk.ui.dialogs`` (a new dialog without a factory
here fails the test), opens it on a small clinic, and checks, page by page of its tabs, the
mnemonics that are active together.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import mesodesk.ui.dialogs
from mesodesk.domain.accounts import Role
from mesodesk.services import accounts, aftercare, backups, patients, products, safety
from mesodesk.services.dto import ProfileInput, TreatmentInput
from mesodesk.store.engine import Database
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.unsaved import ask_to_save
from tests.factories import ACTOR, Clinic, add_session, make_clinic, make_user

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
TAG = re.compile(r"<[a-zA-Z/][^>]*>|&\w+;")
INPUTS = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractButton,
    QAbstractSlider,
)
PAST = datetime(2025, 3, 10, 10, 0)


@pytest.fixture(autouse=True)
def _no_real_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return make_clinic(db)


@pytest.fixture
def ctx(db: Database, clinic: Clinic) -> DeskContext:
    return DeskContext(
        db=db,
        practitioner_id=clinic.doctor,
        practitioner_name="Dr Ana Ruiz",
        user=make_user(db, *Role, login="ana", name="Dr Ana Ruiz", practitioner_id=clinic.doctor),
    )


def _factories(db: Database, ctx: DeskContext, c: Clinic) -> dict[str, Callable[[], QDialog]]:
    """One way to open each dialog; keyed by class name."""
    from mesodesk.services.errors import EditConflict, FieldDifference
    from mesodesk.ui.dialogs.accounts import AccountEditor, AccountsDialog, ResetPasswordDialog
    from mesodesk.ui.dialogs.adverse_event_editor import AdverseEventEditor
    from mesodesk.ui.dialogs.audit_view import AuditView
    from mesodesk.ui.dialogs.conflict import ConflictDialog
    from mesodesk.ui.dialogs.course_editor import CourseEditor
    from mesodesk.ui.dialogs.first_start import FirstStartDialog
    from mesodesk.ui.dialogs.import_patients import ImportPatientsDialog
    from mesodesk.ui.dialogs.lot_editor import LotEditor
    from mesodesk.ui.dialogs.lot_recall import LotRecallDialog
    from mesodesk.ui.dialogs.patient_editor import PatientEditor, PatientForm
    from mesodesk.ui.dialogs.pdf_preview import PdfPreviewDialog
    from mesodesk.ui.dialogs.practitioners import PractitionersDialog
    from mesodesk.ui.dialogs.product_editor import ProductEditor
    from mesodesk.ui.dialogs.restore import RestoreDialog
    from mesodesk.ui.dialogs.session_editor import SessionEditor
    from mesodesk.ui.dialogs.session_editor.override import OverrideDialog
    from mesodesk.ui.dialogs.settings import SettingsDialog
    from mesodesk.ui.dialogs.settings.rule_off import RuleOffDialog

    def session() -> int:
        return add_session(db, c, PAST)

    def product() -> Any:
        return next(p for p in products.list_products(db) if p.id == c.ha)

    def override() -> OverrideDialog:
        # Pregnant and allergic to lidocaine: the dialog has two stops to list.
        profile = ProfileInput(pregnant_or_breastfeeding=True, allergens=("lidocaine",))
        patients.record_profile(db, c.patient, profile, actor=ACTOR)
        lines = [TreatmentInput(c.areas["cheeks"], product_id=c.ha, product_lot_id=c.ha_lot)]
        stops = safety.blocking(
            safety.screen(db, c.patient, lines, anaesthetic="EMLA", actor=ACTOR)
        )
        assert len(stops) >= 2, stops
        return OverrideDialog(stops, {})

    def rule_off() -> RuleOffDialog:
        state = next(s for s in safety.rule_states(db) if s.rule.level == "block")
        return RuleOffDialog(state)

    def restore() -> RestoreDialog:
        # An encrypted backup: the dialog shows its passphrase field too.
        backups.take_backup(db, passphrase="correct horse battery", reason="manual")
        return RestoreDialog(ctx, backups.list_backups(backups.backup_folder(db)))

    def pdf() -> PdfPreviewDialog:
        sheet = aftercare.render(aftercare.prepare(db, [session()], actor=ACTOR))
        return PdfPreviewDialog(sheet, title="Aftercare", suggested_name="sheet.pdf")

    return {
        "AccountEditor": lambda: AccountEditor(ctx, None),
        "AccountsDialog": lambda: AccountsDialog(ctx),
        "AuditView": lambda: AuditView(ctx, patient_id=c.patient),
        "ResetPasswordDialog": lambda: ResetPasswordDialog(
            ctx, accounts.list_accounts(db, actor=ACTOR)[0]
        ),
        "AdverseEventEditor": lambda: AdverseEventEditor(ctx, session(), today=PAST.date()),
        "ConflictDialog": lambda: ConflictDialog(
            EditConflict("patient", c.patient, 2, (FieldDifference("phone", "0111", "0222"),)),
            {"phone": "Phone"},
        ),
        "CourseEditor": lambda: CourseEditor(ctx, c.patient),
        "FirstStartDialog": lambda: FirstStartDialog(ctx),
        "ImportPatientsDialog": lambda: ImportPatientsDialog(ctx),
        "LotEditor": lambda: LotEditor(ctx, product()),
        "LotRecallDialog": lambda: LotRecallDialog(ctx),
        "OverrideDialog": override,
        "PatientEditor": lambda: PatientEditor(ctx, c.patient),
        "PatientForm": lambda: PatientForm(ctx),
        "PdfPreviewDialog": pdf,
        "PractitionersDialog": lambda: PractitionersDialog(ctx),
        "ProductEditor": lambda: ProductEditor(ctx, product()),
        "SessionEditor": lambda: SessionEditor(ctx, c.patient, session()),
        "RuleOffDialog": rule_off,
        "RestoreDialog": restore,
        "SettingsDialog": lambda: SettingsDialog(ctx),
    }


def _dialog_classes() -> set[str]:
    names = set()
    package = mesodesk.ui.dialogs
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                names.add(name)
    return names


def _tab_states(dialog: QDialog) -> Iterator[str]:
    """Show each page of each tab widget in turn (one tab level deep is enough here)."""
    yield ""
    for tabs in dialog.findChildren(QTabWidget):
        if not tabs.isVisibleTo(dialog):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f" (tab {tabs.tabText(index)!r})"


def _target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _problems(dialog: QDialog) -> list[str]:
    """Duplicate mnemonics and mnemonics that lead nowhere, among the visible widgets."""
    problems: list[str] = []
    for where in _tab_states(dialog):
        problems.extend(_visible_problems(dialog, where))
    return sorted(set(problems))


def _visible_problems(dialog: QDialog, where: str) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}

    def note(text: str) -> None:
        for key in MNEMONIC.findall(text):
            key = key.lower()
            if key in seen:
                problems.append(f"Alt+{key.upper()} twice: {seen[key]!r} and {text!r}{where}")
            else:
                seen[key] = text

    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and TAG.search(text) is not None
            )
            if rich or not MNEMONIC.search(text):
                continue
            note(text)
            buddy = widget.buddy()
            if buddy is None:
                problems.append(f"{text!r} has a mnemonic but no buddy{where}")
                continue
            target = _target(buddy)
            if buddy.focusPolicy() == Qt.FocusPolicy.NoFocus or not isinstance(target, INPUTS):
                problems.append(
                    f"{text!r} leads to {type(target).__name__} "
                    f"{target.objectName()!r}, which does not take the focus{where}"
                )
        elif isinstance(widget, QAbstractButton):
            note(widget.text())
        elif isinstance(widget, QGroupBox):
            note(widget.title())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                note(widget.tabText(index))
    return problems


def test_every_dialog_is_walked(db: Database, ctx: DeskContext, clinic: Clinic) -> None:
    assert _dialog_classes() == set(_factories(db, ctx, clinic))


@pytest.mark.parametrize(
    "name",
    sorted(_dialog_classes()),
)
def test_mnemonics_are_unique_and_lead_to_a_field(
    qtbot: QtBot, db: Database, ctx: DeskContext, clinic: Clinic, name: str
) -> None:
    dialog = _factories(db, ctx, clinic)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _problems(dialog) == []


def test_the_unsaved_changes_question_has_mnemonics(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real question box this time
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([button.text() for button in box.buttons()])
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    assert ask_to_save(parent, "Save them?") == QMessageBox.StandardButton.Cancel
    [texts] = seen
    keys = [MNEMONIC.findall(text) for text in texts if "Cancel" not in text]
    assert all(keys), texts  # Save and Discard each have one (Cancel is Escape)
    assert len({k[0].lower() for k in keys}) == len(keys)

"""Printing from the window: warnings before printing, file names every system accepts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from mesodesk.services import aftercare, settings
from mesodesk.store.engine import Database
from mesodesk.ui import printing
from mesodesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from tests.factories import ACTOR, add_session, make_clinic

FORBIDDEN = set('<>:"/\\|?*')


class _Desk:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.actor = ACTOR


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[PdfPreviewDialog]:
    seen: list[PdfPreviewDialog] = []

    def exec_(self: PdfPreviewDialog) -> int:
        seen.append(self)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return seen


def test_an_unnamed_clinic_is_warned_of_before_printing(
    qtbot: QtBot, db: Database, opened: list[PdfPreviewDialog]
) -> None:
    session = add_session(db, make_clinic(db), datetime(2026, 11, 20, 9, 0))
    printing.preview_aftercare(None, _Desk(db), [session])  # type: ignore[arg-type]
    (dialog,) = opened
    assert not dialog.warnings_label.isHidden()
    assert "no name" in dialog.warnings_label.text()
    assert "no phone" in dialog.warnings_label.text()

    settings.put(db, "clinic.name", "Clinique Lumière", actor=ACTOR)
    settings.put(db, "clinic.phone", "+44 20 7946 0000", actor=ACTOR)
    printing.preview_aftercare(None, _Desk(db), [session])  # type: ignore[arg-type]
    assert opened[1].warnings_label.isHidden()


def test_the_offered_names_are_valid_file_names(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PdfPreviewDialog(
        aftercare.render(
            aftercare.prepare(
                db, [add_session(db, make_clinic(db), datetime(2026, 11, 20, 9))], actor=ACTOR
            )
        ),
        title="Aftercare sheet: Zoë Łukasiewicz-Öztürk",
        suggested_name="Aftercare sheet: Zoë.pdf",
    )
    qtbot.addWidget(dialog)
    assert not FORBIDDEN & set(dialog.suggested_name)
    printers: list[QPrinter] = []

    def exec_(self: QPrintDialog) -> int:
        printers.append(self.printer())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    dialog.print_()
    (printer,) = printers
    assert printer.docName() and not FORBIDDEN & set(printer.docName())
    asked: list[str] = []

    def choose(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(Path(str(args[2])).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.save_as()
    assert asked and not FORBIDDEN & set(asked[0])


def test_saving_from_the_preview_records_saved_not_printed(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = add_session(db, make_clinic(db), datetime(2026, 11, 20, 9, 0))

    def exec_(self: PdfPreviewDialog) -> int:
        assert not FORBIDDEN & set(self.suggested_name)
        assert "Zo" not in self.suggested_name  # no patient name in a file name
        self.saved.emit("/tmp/sheet.pdf")
        return 1

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    printing.preview_aftercare(None, _Desk(db), [session])  # type: ignore[arg-type]
    assert aftercare.sheet_states(db, [session]) == {session: aftercare.SheetState.SAVED}
    assert aftercare.unprinted_done_sessions(db, datetime(2026, 11, 20).date()) == [session]


def test_a_batch_is_offered_under_its_date_and_times(
    qtbot: QtBot, db: Database, opened: list[PdfPreviewDialog]
) -> None:
    clinic = make_clinic(db)
    sessions = [add_session(db, clinic, datetime(2026, 11, 20, h, 0)) for h in (9, 14)]
    printing.preview_aftercare(None, _Desk(db), sessions)  # type: ignore[arg-type]
    (dialog,) = opened
    assert dialog.suggested_name == "aftercare_2026-11-20_0900-1400_2-sheets.pdf"


def test_a_single_sheet_carries_the_name_when_the_clinic_asks(
    qtbot: QtBot, db: Database, opened: list[PdfPreviewDialog]
) -> None:
    session = add_session(db, make_clinic(db), datetime(2026, 11, 20, 9, 0))
    settings.put(db, settings.NAMES_IN_FILE_NAMES_KEY, True, actor=ACTOR)
    printing.preview_aftercare(None, _Desk(db), [session])  # type: ignore[arg-type]
    (dialog,) = opened
    assert dialog.suggested_name.startswith("aftercare_2026-11-20_0900_session-")
    assert dialog.suggested_name.endswith("_Zoë Łukasiewicz-Öztürk.pdf")

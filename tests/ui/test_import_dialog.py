"""File → Import: the dialog runs the import in a worker and shows what was refused and why."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from mesodesk.services.dto import PatientInput
from mesodesk.services.importer import ImportReport
from mesodesk.services.patients import create_patient
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, Patient
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.import_patients import (
    COL_DETAILS,
    COL_KIND,
    COL_LINE,
    ImportPatientsDialog,
)
from tests.factories import ACTOR

ROOT = Path(__file__).resolve().parents[2]

SPREADSHEET = "Prénom;Nom;Date de naissance;Téléphone;Notes\r\n"  # unknown headers: refused below
GOOD = (
    "first_name;surname;dob;phone;notes\r\n"
    "Hélène;Müller;12/03/1985;06 12 34 56 78;Prefers mornings\r\n"
    'Ewa;Kowalska;1979-11-02;;"Allergic to lidocaine;\r\nsee chart"\r\n'
    ";Nobody;1990-01-01;;\r\n"
    "Zoë;Baker;31/02/1990;;\r\n"
    "ewa;KOWALSKA;02/11/1979;;\r\n"
    "Ann;Existing;1970-01-01;;\r\n"
    '=HYPERLINK("http://x");Formula;;;@SUM(1)\r\n'
)


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _dialog(qtbot, ctx: DeskContext, path: Path) -> ImportPatientsDialog:
    dialog = ImportPatientsDialog(ctx, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _patients(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        rows = s.execute(select(Patient.given_name, Patient.family_name).order_by(Patient.id))
        return [(g, f) for g, f in rows]


def _run(qtbot, dialog: ImportPatientsDialog) -> None:
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)


def test_import_end_to_end_shows_the_report_and_writes_the_database(
    qtbot, ctx: DeskContext, db: Database, tmp_path: Path
) -> None:
    existing = create_patient(db, PatientInput("Ann", "Existing", date(1970, 1, 1)), actor=ACTOR)
    path = tmp_path / "from-excel.csv"
    path.write_bytes(GOOD.encode("utf-8-sig"))
    dialog = _dialog(qtbot, ctx, path)

    with (
        qtbot.waitSignal(bus().changed, timeout=30000) as changed,
        qtbot.waitSignal(dialog.imported, timeout=30000),
    ):
        assert dialog.start_import()
        # Until the worker reports back, the dialog cannot start again or close.
        assert dialog.running and not dialog.import_button.isEnabled()
        assert not dialog.close_button.isEnabled()
        assert dialog.progress.isVisible()
    assert changed.args == ["patient"]

    report = dialog.report
    assert isinstance(report, ImportReport)
    assert (report.imported, report.rejected, report.duplicate_count) == (3, 2, 2)
    assert dialog.summary.isVisible()
    assert dialog.summary.text().startswith(
        "3 patients imported from from-excel.csv. 2 rows refused."
    )
    table = dialog.table
    assert table.isVisible() and table.rowCount() == 4
    rows = [
        (
            table.item(r, COL_LINE).text(),
            table.item(r, COL_KIND).text(),
            table.item(r, COL_DETAILS).text(),
        )
        for r in range(table.rowCount())
    ]
    assert [r[:2] for r in rows] == [
        ("5", "Refused"),
        ("6", "Refused"),
        ("7", "Duplicate"),
        ("8", "Duplicate"),
    ]
    assert "first_name" in rows[0][2]
    assert "'31/02/1990' does not exist" in rows[1][2]
    assert rows[2][2] == "ewa KOWALSKA: same name and date of birth as line 3."
    assert rows[3][2] == (
        f"Ann Existing: already recorded as Ann Existing (patient no. {existing.id}), "
        "with the same date of birth."
    )
    assert "Refused" in dialog.report_text()
    dialog.copy_report()
    assert QApplication.clipboard().text() == dialog.report_text()

    assert _patients(db) == [
        ("Ann", "Existing"),
        ("Hélène", "Müller"),
        ("Ewa", "Kowalska"),
        ('=HYPERLINK("http://x")', "Formula"),
    ]
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "import")).one()
    assert event.actor == ACTOR.name
    assert event.after is not None
    assert (event.after["file"], event.after["imported"], event.after["rejected"]) == (
        "from-excel.csv",
        3,
        2,
    )
    assert dialog.close_button.isEnabled() and dialog.import_button.isEnabled()
    dialog.resize(860, 600)
    screenshot(dialog, "import_report", tmp_path)


def test_all_or_nothing_imports_nothing(
    qtbot, ctx: DeskContext, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "p.csv"
    path.write_text(GOOD, encoding="utf-8")
    dialog = _dialog(qtbot, ctx, path)
    dialog.all_or_nothing.setChecked(True)
    _run(qtbot, dialog)
    assert dialog.report is not None and dialog.report.rolled_back
    assert dialog.summary.text().startswith("Nothing was imported from p.csv")
    assert _patients(db) == []


def test_file_level_error_is_shown_in_the_dialog(
    qtbot, ctx: DeskContext, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text(SPREADSHEET + "Anne;Martin;01/01/1990;;\r\n", encoding="utf-8")
    dialog = _dialog(qtbot, ctx, path)
    _run(qtbot, dialog)
    assert dialog.report is None
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Nothing was imported.")
    assert "Expected columns: given_name, family_name" in dialog.error.text()
    assert not dialog.table.isVisible()
    screenshot(dialog, "import_error", tmp_path)

    path.write_bytes(b"")
    _run(qtbot, dialog)
    assert "is empty" in dialog.error_message
    assert _patients(db) == []


def test_import_needs_a_file(qtbot, ctx: DeskContext, tmp_path: Path) -> None:
    dialog = ImportPatientsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.start_import() is False
    assert dialog.error.text() == "Choose the file to import first."
    dialog.file.setText(str(tmp_path / "missing.csv"))
    _run(qtbot, dialog)
    assert "Cannot read missing.csv" in dialog.error_message

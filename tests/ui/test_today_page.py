"""The Today page: the day in time order, status changes, and aftercare sheets in one job."""

from __future__ import annotations

import io
import os
from contextlib import nullcontext
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QThreadPool
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mesodesk.domain import clock
from mesodesk.domain.accounts import Role
from mesodesk.domain.checklist import all_ticked
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import (
    aftercare,
    catalog,
    consent,
    patients,
    practitioners,
    products,
    sessions,
    settings,
)
from mesodesk.services.dto import PatientInput, ProfileInput, SessionInput, TreatmentInput
from mesodesk.store.engine import Database
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from mesodesk.ui.models.today import (
    AMBER,
    COL_AFTERCARE,
    COL_PATIENT,
    COL_PRACTITIONER,
    COL_RECORD,
    COL_STATUS,
    COL_TIME,
    COL_TREATMENT,
    STATUS_COLOURS,
    TodayTableModel,
)
from mesodesk.ui.pages.today import ALL_PRACTITIONERS, TodayPage, long_date
from tests.factories import ACTOR, make_user
from tests.ui.conftest import FROZEN_NOW

ROOT = Path(__file__).resolve().parents[2]
TODAY = FROZEN_NOW.date()
"""The desk's today: the clock is pinned to its midday (see ``_pinned_clock``)."""


@pytest.fixture(autouse=True)
def _pinned_clock(frozen_now: datetime) -> None:
    """The page opens on the pinned day, and marking a session done checks the pinned now."""


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


class Clinic:
    """Builds sessions through the services, the way the desk records them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        areas = {a.code: a.id for a in catalog.areas(db)}
        types = {t.code: t.id for t in catalog.solution_types(db)}
        self.areas = areas
        self.ana = practitioners.create_practitioner(db, "Dr Ana Ruiz", actor=ACTOR).id
        self.bea = practitioners.create_practitioner(db, "Dr Bea Costa", actor=ACTOR).id
        ha = products.create_product(
            db, "HydraMeso 2%", types["hyaluronic_acid"], ["hyaluronic acid"], actor=ACTOR
        )
        vit = products.create_product(
            db, "VitaGlow", types["vitamin_mineral"], ["vitamin C"], actor=ACTOR
        )
        self.lots = {
            "ha": products.create_lot(
                db, ha.id, "HA-1", TODAY + timedelta(days=300), actor=ACTOR
            ).id,
            "vit": products.create_lot(
                db, vit.id, "VG-7", TODAY + timedelta(days=200), actor=ACTOR
            ).id,
        }

    def session(
        self,
        name: str,
        at: str,
        practitioner: int | None,
        status: str = "planned",
        *,
        day: date = TODAY,
        checklist: bool = True,
        consented: bool = True,
        areas: tuple[str, ...] = ("cheeks",),
        lot: str | None = "ha",
    ) -> int:
        given, family = name.split(" ", 1)
        patient = patients.create_patient(self.db, PatientInput(given, family), actor=ACTOR)
        lines = tuple(
            TreatmentInput(
                self.areas[area],
                product_lot_id=self.lots[lot] if lot else None,
                volume_ml=Decimal("1.5"),
            )
            for area in areas
        )
        version = consent.version_for(self.db, lines) if consented else None
        if status == "done" and not consented:
            # This clinic does not require consent before "done"; the gap is still flagged.
            settings.put(self.db, "consent_required_for_done", False, actor=ACTOR)
        hour, minute = (int(part) for part in at.split(":"))
        starts = datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)
        # A done session is recorded once it has taken place: "now" is that evening.
        with clock.frozen(starts + timedelta(hours=12)) if status == "done" else nullcontext():
            record = sessions.create_session(
                self.db,
                SessionInput(
                    patient.id,
                    starts,
                    practitioner_id=practitioner,
                    status=status,
                    checklist=all_ticked() if checklist else None,
                    treatments=lines,
                    consent_template_id=version.id if version else None,
                ),
                actor=ACTOR,
            )
        return record.id


@pytest.fixture
def clinic(db: Database) -> Clinic:
    return Clinic(db)


@pytest.fixture
def day(clinic: Clinic) -> dict[str, int]:
    """Five sessions today for two practitioners, created out of time order."""
    return {
        "planned": clinic.session("Léa Martin", "10:30", clinic.ana, checklist=False),
        "done": clinic.session("Marie Dupont", "09:00", clinic.ana, "done"),
        "no_consent": clinic.session("Jonas Berg", "09:30", clinic.bea, "done", consented=False),
        "ready": clinic.session("Tom Weber", "11:00", clinic.bea),
        "arrived": clinic.session("Nina Sommer", "08:00", clinic.ana, "arrived"),
    }


@pytest.fixture(autouse=True)
def _no_real_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal box would block the offscreen run; tests that care patch their own."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: 0)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every warning and information box shown, as (kind, text)."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "information"):

        def box(*args: Any, _kind: str = kind, **kwargs: Any) -> QMessageBox.StandardButton:
            shown.append((_kind, str(args[2])))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, box)
    return shown


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[PdfPreviewDialog]:
    """Stand-in for the preview's exec: keep the dialog, and print as the user would."""
    opened: list[PdfPreviewDialog] = []

    def exec_(self: PdfPreviewDialog) -> int:
        opened.append(self)
        self.printed.emit()
        return 1

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return opened


@pytest.fixture
def ctx(db: Database, clinic: Clinic) -> DeskContext:
    return DeskContext(
        db=db,
        practitioner_id=clinic.ana,
        practitioner_name="Dr Ana Ruiz",
        user=make_user(db, *Role, login="ana", name="Dr Ana Ruiz", practitioner_id=clinic.ana),
    )


@pytest.fixture
def page(qtbot: QtBot, ctx: DeskContext) -> TodayPage:
    widget = TodayPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1180, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _column(page: TodayPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _row(page: TodayPage, session_id: int) -> int:
    row = page.model.row_of(session_id)
    assert row is not None
    return row


def _cell(page: TodayPage, session_id: int, column: int, role: int = 0) -> Any:
    return page.model.index(_row(page, session_id), column).data(role)


def _pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_day_in_time_order_with_status_aftercare_and_record(
    page: TodayPage, day: dict[str, int]
) -> None:
    page.refresh()
    assert page.table.objectName() == "todayList"
    assert page.date_edit.date().toPython() == TODAY
    assert page.stack.currentWidget() is page.table
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == [
        "Time",
        "Patient",
        "Practitioner",
        "Treatment",
        "Status",
        "Aftercare",
        "Record",
    ]
    assert _column(page, COL_PATIENT) == [
        "Nina Sommer",
        "Marie Dupont",
        "Jonas Berg",
        "Léa Martin",
        "Tom Weber",
    ]
    assert _column(page, COL_TIME) == [
        "08:00–08:45",
        "09:00–09:45",
        "09:30–10:15",
        "10:30–11:15",
        "11:00–11:45",
    ]
    assert _column(page, COL_STATUS) == ["Arrived", "Done", "Done", "Planned", "Planned"]
    assert _column(page, COL_PRACTITIONER) == [
        "Dr Ana Ruiz",
        "Dr Ana Ruiz",
        "Dr Bea Costa",
        "Dr Ana Ruiz",
        "Dr Bea Costa",
    ]
    assert _cell(page, day["done"], COL_TREATMENT) == "Cheeks · HydraMeso 2%"
    # Aftercare and record only mean something once a session is done.
    assert _column(page, COL_AFTERCARE) == ["", "Not yet", "Not yet", "", ""]
    assert _column(page, COL_RECORD) == ["", "Complete", "Missing consent", "", ""]
    foreground = Qt.ItemDataRole.ForegroundRole
    assert _cell(page, day["no_consent"], COL_RECORD, foreground) == QBrush(AMBER)
    assert _cell(page, day["done"], COL_RECORD, foreground) is None
    assert _cell(page, day["done"], COL_STATUS, foreground) == QBrush(STATUS_COLOURS["done"])
    assert page.summary.text() == "5 sessions · 1 arrived · 2 done · 2 aftercare sheets to print"
    assert page.title.text() == long_date(TODAY)
    assert isinstance(page.findChild(QAction, "actionPrintAftercare"), QAction)


def test_the_model_works_without_a_view(db: Database, day: dict[str, int]) -> None:
    model = TodayTableModel()
    rows = sessions.sessions_on(db, TODAY, actor=ACTOR)
    model.set_rows(list(reversed(rows)), printed={day["done"]})
    assert model.rowCount() == 5 and model.columnCount() == 8
    assert model.index(0, COL_PATIENT).data() == "Nina Sommer"
    done_row = model.row_of(day["done"])
    assert done_row is not None
    assert model.index(done_row, COL_AFTERCARE).data() == "✓ Printed"
    assert model.index(done_row, COL_AFTERCARE).data(Qt.ItemDataRole.UserRole) == day["done"]
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) is None


def test_practitioner_filter(page: TodayPage, clinic: Clinic, day: dict[str, int]) -> None:
    page.refresh()
    combo = page.practitioner_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All practitioners",
        "Dr Ana Ruiz",
        "Dr Bea Costa",
    ]
    assert page.set_practitioner_filter(clinic.bea)
    assert _column(page, COL_PATIENT) == ["Jonas Berg", "Tom Weber"]
    assert page.summary.text().startswith("2 sessions")
    # The filter survives a refresh.
    bus().changed.emit("session")
    assert _column(page, COL_PATIENT) == ["Jonas Berg", "Tom Weber"]
    page.set_practitioner_filter(ALL_PRACTITIONERS)
    assert page.model.rowCount() == 5


def test_mark_arrived_done_and_no_show(
    page: TodayPage,
    day: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[tuple[str, str]],
) -> None:
    page.refresh()
    assert page.select_ids([day["ready"]]) == 1
    assert page.mark_arrived() == 1
    assert sessions.get_session(page.ctx.db, day["ready"], actor=ACTOR).status == "arrived"
    assert _cell(page, day["ready"], COL_STATUS) == "Arrived"
    assert page.selected_ids() == [day["ready"]]  # the selection survives the refresh

    assert page.mark_done() == 1
    assert sessions.get_session(page.ctx.db, day["ready"], actor=ACTOR).status == "done"
    assert _cell(page, day["ready"], COL_AFTERCARE) == "Not yet"
    assert page.info_label.text() == "1 session marked done."

    asked: list[str] = []

    def reason(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "Called in sick", True

    monkeypatch.setattr(QInputDialog, "getText", reason)
    offered: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: offered.append(str(a[2])) or QMessageBox.StandardButton.No,
    )
    page.select_ids([day["planned"]])
    assert page.mark_no_show() == 1
    assert offered and offered[0].startswith("Book a new session for")
    record = sessions.get_session(page.ctx.db, day["planned"], actor=ACTOR)
    assert (record.status, record.status_reason) == ("no_show", "Called in sick")
    assert asked and "optional" in asked[0]
    assert _cell(page, day["planned"], COL_STATUS) == "No-show"
    assert messages == []


def test_cancelling_the_no_show_reason_changes_nothing(
    page: TodayPage, day: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page.refresh()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    page.select_ids([day["ready"]])
    assert page.mark_no_show() == 0
    assert sessions.get_session(page.ctx.db, day["ready"], actor=ACTOR).status == "planned"


def test_mark_done_without_checklist_is_refused_plainly(
    page: TodayPage, day: dict[str, int], messages: list[tuple[str, str]]
) -> None:
    page.refresh()
    page.select_ids([day["planned"]])
    assert page.mark_done() == 0
    assert sessions.get_session(page.ctx.db, day["planned"], actor=ACTOR).status == "planned"
    assert len(messages) == 1
    kind, text = messages[0]
    assert kind == "warning"
    assert "Léa Martin (10:30):" in text
    assert "Open the session and complete the pre-procedure checklist" in text
    assert "checklist:" not in text  # the field name is not shown to the user
    assert _cell(page, day["planned"], COL_STATUS) == "Planned"


def test_done_sessions_are_left_alone_by_the_status_actions(
    page: TodayPage, day: dict[str, int]
) -> None:
    page.refresh()
    page.select_ids([day["done"], day["ready"]])
    assert page.mark_arrived() == 1
    assert sessions.get_session(page.ctx.db, day["done"], actor=ACTOR).status == "done"
    assert "Left as they were: Marie Dupont (done)." in page.info_label.text()
    page.select_ids([day["done"]])
    assert not page.action_arrived.isEnabled()
    assert not page.action_done.isEnabled()
    assert not page.action_no_show.isEnabled()
    assert page.action_print.isEnabled()


def test_two_done_sessions_print_as_one_pdf_and_are_recorded(
    page: TodayPage,
    day: dict[str, int],
    previews: list[PdfPreviewDialog],
    messages: list[tuple[str, str]],
) -> None:
    page.refresh()
    page.select_ids([day["done"], day["no_consent"]])
    assert page.print_selected()
    assert len(previews) == 1
    pdf = previews[0].pdf
    assert pdf.startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2
    text = _pdf_text(pdf)
    assert "Marie Dupont" in text and "Jonas Berg" in text
    assert previews[0].windowTitle().startswith("Aftercare sheets: 2 patients")
    assert aftercare.printed_session_ids(page.ctx.db, [day["done"], day["no_consent"]]) == {
        day["done"],
        day["no_consent"],
    }
    assert _cell(page, day["done"], COL_AFTERCARE) == "✓ Printed"
    assert _cell(page, day["no_consent"], COL_AFTERCARE) == "✓ Printed"
    assert page.info_label.text() == "2 aftercare sheets printed in one job."
    assert messages == []
    assert page.preview is None


def test_saving_the_preview_records_a_pdf_output(
    page: TodayPage, day: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(self: PdfPreviewDialog) -> int:
        self.saved.emit("/tmp/sheet.pdf")
        return 1

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    page.refresh()
    page.select_ids([day["done"]])
    assert page.print_selected()
    # Recorded as saved, not printed (issue 13): a later "print all" still prints it.
    assert aftercare.saved_session_ids(page.ctx.db, [day["done"]]) == {day["done"]}
    assert aftercare.printed_session_ids(page.ctx.db, [day["done"]]) == set()
    assert page.info_label.text() == "1 aftercare sheet saved as PDF."


def test_closing_the_preview_without_printing_records_nothing(
    page: TodayPage, day: dict[str, int]
) -> None:
    page.refresh()
    page.select_ids([day["done"]])
    assert page.print_selected()
    assert aftercare.printed_session_ids(page.ctx.db, [day["done"]]) == set()
    assert _cell(page, day["done"], COL_AFTERCARE) == "Not yet"


def test_only_done_sessions_get_sheets_and_the_page_says_so(
    page: TodayPage,
    day: dict[str, int],
    previews: list[PdfPreviewDialog],
    messages: list[tuple[str, str]],
) -> None:
    page.refresh()
    page.select_ids([day["done"], day["planned"], day["arrived"]])
    assert page.print_selected()
    assert len(previews) == 1
    assert len(PdfReader(io.BytesIO(previews[0].pdf)).pages) == 1
    assert aftercare.printed_session_ids(page.ctx.db, list(day.values())) == {day["done"]}
    assert messages == []

    page.select_ids([day["planned"], day["arrived"]])
    assert not page.print_selected()
    assert len(previews) == 1
    assert messages[-1][0] == "information"
    assert "done sessions only" in messages[-1][1]


def test_partial_selection_note(
    page: TodayPage, day: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    notes: list[str] = []
    monkeypatch.setattr(
        PdfPreviewDialog, "exec", lambda self: notes.append(page.info_label.text()) or 0
    )
    page.refresh()
    page.select_ids([day["done"], day["planned"]])
    assert page.print_selected()
    assert notes == [
        "1 of the 2 selected sessions are not done and were left out; "
        "printing the sheets of the 1 done ones."
    ]


def test_print_all_done_of_a_busy_day_runs_in_the_background(
    qtbot: QtBot, page: TodayPage, clinic: Clinic, previews: list[PdfPreviewDialog]
) -> None:
    busy_day = TODAY + timedelta(days=3)
    names = ["Ana Lima", "Ben Ito", "Cleo Roy", "Dan Bauer", "Eva Kühn", "Finn Ott", "Gus Moe"]
    ids = [
        clinic.session(name, f"{9 + i}:00", clinic.ana, "done", day=busy_day)
        for i, name in enumerate(names)
    ]
    clinic.session("Hal Planned", "17:00", clinic.bea, day=busy_day)
    page.set_day(busy_day)
    assert page.model.rowCount() == 8
    assert page.print_all_done()
    assert page.job_running
    assert page.busy.isVisible()
    assert not page.action_print_all.isEnabled()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=20000)
    assert not page.job_running
    assert not page.busy.isVisible()
    pdf = previews[0].pdf
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 7
    text = _pdf_text(pdf)
    assert all(name.split()[0] in text for name in names)
    assert "Hal" not in text
    assert aftercare.printed_session_ids(page.ctx.db, ids) == set(ids)
    assert _column(page, COL_AFTERCARE).count("✓ Printed") == 7


def test_a_cancelled_background_batch_opens_nothing(
    qtbot: QtBot, page: TodayPage, clinic: Clinic, previews: list[PdfPreviewDialog]
) -> None:
    busy_day = TODAY + timedelta(days=4)
    for i in range(6):
        clinic.session(f"Pat Number{i}", f"{9 + i}:00", clinic.ana, "done", day=busy_day)
    page.set_day(busy_day)
    assert page.print_all_done()
    worker = page._job
    assert worker is not None
    page.cancel_job()
    assert page.info_label.text() == "Printing cancelled."
    # The worker may finish before or after this line: wait for the pool to be idle (a
    # signal awaited here could already have been emitted), then deliver what it queued.
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=20000)
    QCoreApplication.processEvents()
    assert previews == []


def test_print_all_done_with_nothing_done(
    page: TodayPage, clinic: Clinic, messages: list[tuple[str, str]]
) -> None:
    clinic.session("Only Planned", "09:00", clinic.ana)
    page.refresh()
    assert not page.action_print_all.isEnabled()
    assert not page.print_all_done()
    assert messages and "no sheet to print" in messages[0][1]


def _hand_over(db: Database, session_id: int, output: str) -> None:
    """Record the session's sheet as printed ("print") or saved as a PDF file ("pdf")."""
    aftercare.record_printed(
        db, aftercare.prepare(db, [session_id], actor=ACTOR), output=output, actor=ACTOR
    )


def test_the_aftercare_column_tells_printed_from_saved(
    page: TodayPage, day: dict[str, int]
) -> None:
    _hand_over(page.ctx.db, day["done"], "print")
    _hand_over(page.ctx.db, day["no_consent"], "pdf")
    page.refresh()
    assert _cell(page, day["done"], COL_AFTERCARE) == "✓ Printed"
    assert _cell(page, day["no_consent"], COL_AFTERCARE) == "Saved as PDF"
    assert "not printed" in _cell(
        page, day["no_consent"], COL_AFTERCARE, Qt.ItemDataRole.ToolTipRole
    )
    foreground = Qt.ItemDataRole.ForegroundRole
    assert _cell(page, day["no_consent"], COL_AFTERCARE, foreground) == QBrush(AMBER)
    # A sheet only saved is still to print.
    assert page.summary.text().endswith("1 aftercare sheet to print")


def test_print_all_done_prints_only_the_sheets_not_printed_yet(
    page: TodayPage,
    monkeypatch: pytest.MonkeyPatch,
    day: dict[str, int],
    previews: list[PdfPreviewDialog],
    messages: list[tuple[str, str]],
) -> None:
    _hand_over(page.ctx.db, day["done"], "print")
    _hand_over(page.ctx.db, day["no_consent"], "pdf")
    page.refresh()
    notes: list[str] = []
    monkeypatch.setattr(
        PdfPreviewDialog,
        "exec",
        lambda self: notes.append(page.info_label.text()) or previews.append(self) or 0,
    )
    assert page.print_all_done()
    assert len(previews) == 1
    assert notes == [
        "1 sheet already printed is left out; “Print all done, including printed” prints them all."
    ]
    pdf = previews[0].pdf
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = _pdf_text(pdf)
    assert "Jonas Berg" in text  # saved as a PDF, never printed
    assert "Marie Dupont" not in text  # printed already
    assert messages == []


def test_print_all_done_when_every_sheet_is_printed_points_to_the_option(
    page: TodayPage,
    day: dict[str, int],
    previews: list[PdfPreviewDialog],
    messages: list[tuple[str, str]],
) -> None:
    _hand_over(page.ctx.db, day["done"], "print")
    _hand_over(page.ctx.db, day["no_consent"], "print")
    page.refresh()
    assert page.action_print_all.isEnabled()
    assert not page.print_all_done()
    assert previews == []
    assert messages and messages[-1][0] == "information"
    assert "Print all done, including printed" in messages[-1][1]

    page.action_print_all_again.trigger()
    assert len(previews) == 1
    text = _pdf_text(previews[0].pdf)
    assert "Marie Dupont" in text and "Jonas Berg" in text


def test_the_print_all_button_offers_reprinting_from_its_menu(
    qtbot: QtBot, page: TodayPage, day: dict[str, int], previews: list[PdfPreviewDialog]
) -> None:
    page.refresh()
    button = page.print_all_button
    assert button.defaultAction() is page.action_print_all
    menu = button.menu()
    assert menu is not None
    assert [a.objectName() for a in menu.actions()] == [
        "actionPrintAllDone",
        "actionPrintAllDoneIncludingPrinted",
    ]
    assert page.action_print_all_again.isEnabled()
    # The default click prints the unprinted sheets: both, the first time.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(previews) == 1
    assert len(PdfReader(io.BytesIO(previews[0].pdf)).pages) == 2
    # Now that they are printed, only the menu's action prints them again.
    assert not page.print_all_done()
    assert page.print_all_done_including_printed()
    assert len(previews) == 2


def test_the_list_follows_changes_made_elsewhere(page: TodayPage, day: dict[str, int]) -> None:
    page.refresh()
    sessions.set_status(page.ctx.db, day["ready"], SessionStatus.CANCELLED, actor=ACTOR)
    assert _cell(page, day["ready"], COL_STATUS) == "Planned"
    bus().changed.emit("session")
    assert _cell(page, day["ready"], COL_STATUS) == "Cancelled"
    bus().changed.emit("product")  # not about sessions: no reload needed
    assert page.model.rowCount() == 5


def test_a_hidden_page_refreshes_when_shown_again(
    qtbot: QtBot, page: TodayPage, day: dict[str, int]
) -> None:
    page.hide()
    sessions.set_status(page.ctx.db, day["ready"], SessionStatus.ARRIVED, actor=ACTOR)
    bus().changed.emit("session")
    page.show()
    qtbot.waitExposed(page)
    assert _cell(page, day["ready"], COL_STATUS) == "Arrived"


def test_empty_day_shows_a_hint(page: TodayPage, day: dict[str, int], clinic: Clinic) -> None:
    empty = TODAY + timedelta(days=10)
    page.set_day(empty)
    assert page.stack.currentWidget() is page.empty_hint
    assert page.empty_hint.isVisible()
    assert f"No sessions on {long_date(empty)}" in page.empty_hint.text()
    assert page.summary.text() == ""
    page.go_to_today()
    assert page.stack.currentWidget() is page.table
    page.previous_day()
    assert page.day == TODAY - timedelta(days=1)
    page.next_day()
    assert page.day == TODAY
    # A practitioner with nothing that day gets a hint naming them.
    carla = practitioners.create_practitioner(page.ctx.db, "Dr Carla Nu", actor=ACTOR)
    bus().changed.emit("practitioner")
    assert page.set_practitioner_filter(carla.id)
    assert page.stack.currentWidget() is page.empty_hint
    assert "No sessions for Dr Carla Nu" in page.empty_hint.text()


def test_double_click_and_enter_open_the_session(
    qtbot: QtBot, page: TodayPage, day: dict[str, int]
) -> None:
    page.refresh()
    row = _row(page, day["done"])
    rect = page.table.visualRect(page.model.index(row, COL_PATIENT))
    patient_id = sessions.get_session(page.ctx.db, day["done"], actor=ACTOR).patient_id
    with qtbot.waitSignal(page.sessionActivated) as blocker:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [patient_id, day["done"]]
    page.select_ids([day["ready"]])
    page.table.setFocus()
    with qtbot.waitSignal(page.sessionActivated) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args[1] == day["ready"]


def test_keyboard_multi_select_and_print_shortcut(
    qtbot: QtBot, page: TodayPage, day: dict[str, int], previews: list[PdfPreviewDialog]
) -> None:
    page.refresh()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    first = page.model.index(_row(page, day["done"]), 0)
    page.table.selectionModel().setCurrentIndex(
        first,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert page.selected_ids() == [day["done"], day["no_consent"]]
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(previews) == 1
    assert len(PdfReader(io.BytesIO(previews[0].pdf)).pages) == 2


def test_context_menu_offers_the_actions(page: TodayPage) -> None:
    menu = page.context_menu()
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "actionOpenTodaySession",
        "actionMarkArrived",
        "actionMarkDone",
        "actionMarkNoShow",
        "actionPrintAftercare",
        "actionPrintAllDone",
        "actionPrintAllDoneIncludingPrinted",
    ]
    menu.deleteLater()


def test_screenshots_of_a_busy_day_and_an_empty_one(
    qtbot: QtBot,
    page: TodayPage,
    clinic: Clinic,
    previews: list[PdfPreviewDialog],
    tmp_path: Path,
) -> None:
    c = clinic
    nina = c.session("Nina Sommer", "08:30", c.ana, "done", areas=("cheeks", "neck"))
    printed = c.session("Marie Dupont", "09:00", c.bea, "done", lot="vit")
    jonas = c.session("Jonas Berg", "09:45", c.ana, "done", consented=False, lot=None)
    c.session("Hélène Dupré-Gaël", "10:30", c.bea, "arrived", areas=("scalp",))
    c.session("Tomás Ibáñez", "11:15", c.ana, "no_show")
    c.session("Léa Martin", "12:00", c.bea, "cancelled", areas=("hands",), lot="vit")
    c.session("Søren Ågård", "14:00", c.ana, areas=("abdomen", "flanks_hips", "thighs"))
    c.session("Aiko Tanaka", "15:30", None, areas=("decolletage",))
    c.session("Grace O'Neill", "16:15", c.bea, areas=("periorbital", "forehead"), lot="vit")
    page.refresh()
    page.select_ids([printed])
    page.print_selected()
    page.select_ids([nina, jonas])  # reception about to print the two sheets still due
    page.setFocus()
    assert page.table.hasFocus()
    page.resize(1180, 560)
    qtbot.waitUntil(lambda: page.model.rowCount() == 9)

    # Nothing clipped: every cell but the stretched treatment column shows its full text.
    metrics = page.table.fontMetrics()
    header = page.table.horizontalHeader()
    for column in (COL_TIME, COL_PATIENT, COL_STATUS, COL_AFTERCARE, COL_RECORD):
        widest = max(metrics.horizontalAdvance(text) for text in _column(page, column))
        assert header.sectionSize(column) > widest + 8, column
    assert page.table.viewport().height() >= page.table.rowHeight(0) * 9
    path = screenshot(page, "today-list", tmp_path)
    assert path.stat().st_size > 10_000

    page.set_day(TODAY + timedelta(days=1))
    assert page.empty_hint.isVisible()
    screenshot(page, "today-empty", tmp_path)


def test_a_no_show_offers_a_replacement_slot_and_books_it(
    page: TodayPage, day: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page.refresh()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Missed the bus", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    missed = sessions.get_session(page.ctx.db, day["planned"], actor=ACTOR)
    page.select_ids([day["planned"]])
    assert page.mark_no_show() == 1
    later = [
        s
        for s in sessions.sessions_for_patient(page.ctx.db, missed.patient_id, actor=ACTOR)
        if s.status == "planned" and s.starts_at > missed.starts_at
    ]
    assert len(later) == 1
    assert later[0].practitioner_id == missed.practitioner_id
    assert later[0].starts_at.date() > missed.starts_at.date()
    assert "Replacement booked" in page.info_label.text()


def _first_row_top(page: TodayPage) -> int:
    """Where the first row is drawn, in the page's coordinates."""
    rect = page.table.visualRect(page.model.index(0, COL_PATIENT))
    return page.table.viewport().mapTo(page, rect.topLeft()).y()


def test_a_message_does_not_move_the_rows(
    qtbot: QtBot, page: TodayPage, day: dict[str, int]
) -> None:
    page.refresh()
    before = _first_row_top(page)
    page.select_ids([day["planned"]])
    page.mark_arrived()
    assert page.info_label.text() == "1 session marked arrived."
    assert page.info.isVisible()
    assert _first_row_top(page) == before
    page.set_info("A long message " * 30)
    assert _first_row_top(page) == before
    page.set_info("")
    assert _first_row_top(page) == before


def test_leaving_the_page_clears_its_message(page: TodayPage, day: dict[str, int]) -> None:
    page.refresh()
    page.select_ids([day["planned"]])
    page.mark_arrived()
    assert page.info_label.text()
    page.hide()  # another page of the window is shown
    page.show()
    assert page.info_label.text() == ""
    assert not page.info.isVisible()


def test_print_aftercare_is_offered_only_for_done_rows(
    page: TodayPage, day: dict[str, int]
) -> None:
    page.refresh()
    page.select_ids([day["planned"]])
    assert not page.action_print.isEnabled()
    page.select_ids([day["arrived"]])
    assert not page.action_print.isEnabled()
    page.select_ids([day["done"]])
    assert page.action_print.isEnabled()
    page.select_ids([day["planned"], day["done"]])
    assert page.action_print.isEnabled(), "the done one of a mixed selection prints"


def test_an_unexpected_print_failure_is_logged_and_shown(
    page: TodayPage,
    day: dict[str, int],
    messages: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from mesodesk import logs

    monkeypatch.setenv(logs.ENV_DIR, str(tmp_path / "logs"))

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise KeyError("template")

    monkeypatch.setattr("mesodesk.ui.pages.today.page.build_sheets", broken)
    page.refresh()
    page.select_ids([day["done"]])
    try:
        assert not page.print_selected()
        assert messages == [
            (
                "warning",
                "The aftercare sheets could not be prepared: unexpected KeyError: 'template'",
            )
        ]
        text = (tmp_path / "logs" / logs.LOG_FILE).read_text(encoding="utf-8")
        assert "Traceback" in text and "KeyError" in text
        assert "Marie" not in text
    finally:
        logs.uninstall()


def test_reception_sees_each_patients_alerts_in_the_day_list(
    page: TodayPage, clinic: Clinic, db: Database
) -> None:
    """The same badges as the chart, from the same domain function; no medical notes."""
    from mesodesk.ui.models.today import COL_ALERTS

    session_id = clinic.session("Inès Moreau", "09:00", clinic.ana)
    patient_id = sessions.get_session(db, session_id, actor=ACTOR).patient_id
    patients.record_profile(
        db,
        patient_id,
        ProfileInput(allergens=("lidocaine",), allergies_text="Anaphylaxis 2019"),
        actor=ACTOR,
    )
    clinic.session("Ole Berg", "10:00", clinic.ana)
    page.refresh()
    alerts = _column(page, COL_ALERTS)
    assert alerts[0] == "Allergies: lidocaine"
    assert alerts[1] == "No medical profile recorded"
    assert "Anaphylaxis" not in " ".join(alerts)

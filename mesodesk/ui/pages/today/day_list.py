"""The Today list: which day and practitioner, loading the day's rows, and the selection."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from mesodesk.domain.accounts import User
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.session_rules import ARRIVABLE, DONEABLE, NO_SHOWABLE, Alert
from mesodesk.services import aftercare
from mesodesk.services import practitioners as practitioner_service
from mesodesk.services import sessions as session_service
from mesodesk.services.alerts import alerts_for_patients
from mesodesk.services.database import Database
from mesodesk.services.dto import PractitionerRecord, SessionSummary
from mesodesk.ui.bus import Change, affects, bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.locale_format import long_date
from mesodesk.ui.models.today import COL_PATIENT, COL_PRACTITIONER, COL_TIME, COL_TREATMENT
from mesodesk.ui.ops import run_op
from mesodesk.ui.pages.today.view import TodayView, desk_today

REFRESH_KINDS = frozenset({Change.SESSIONS, Change.PATIENTS, Change.PRACTITIONERS})
"""Changes that can alter the day's list (``Change.ALL`` always does)."""
ALL_PRACTITIONERS = -1
UNASSIGNED = 0


@dataclass(frozen=True, slots=True)
class DayRows:
    """What the list shows for one day, read together."""

    rows: list[SessionSummary]
    sheets: dict[int, aftercare.SheetState]
    """The done sessions whose sheet was printed, or only saved as a PDF file."""
    people: list[PractitionerRecord]
    alerts: dict[int, tuple[Alert, ...]]
    """Each patient's alert badges, by patient id."""


def load_day(db: Database, day: date, actor: User) -> DayRows:
    """The day's sessions, what became of their sheets, and the practitioners."""
    rows = session_service.sessions_on(db, day, actor=actor)
    sheets = aftercare.sheet_states(db, [r.id for r in rows if r.status == SessionStatus.DONE])
    people = list(practitioner_service.list_practitioners(db))
    return DayRows(
        list(rows),
        dict(sheets),
        people,
        alerts_for_patients(db, {r.patient_id for r in rows}, actor=actor),
    )


class TodayList(TodayView):
    """The day's rows under the day and practitioner pickers; the selection drives the actions."""

    sessionActivated = Signal(int, int)
    """(patient_id, session_id): the user opened a session (double-click or Enter)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[SessionSummary] = []
        self._sheets: dict[int, aftercare.SheetState] = {}
        self._stale = True
        self._follow_today = True
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.practitioner_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        bus().changes.connect(self._on_data_changed)

    # --- the day shown --------------------------------------------------------------------

    @property
    def day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def set_day(self, day: date) -> None:
        """Show ``day`` (refreshes through the date editor's signal)."""
        if day == self.day:
            self.refresh()
            return
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    @Slot()
    def previous_day(self) -> None:
        self.set_day(self.day - timedelta(days=1))

    @Slot()
    def next_day(self) -> None:
        self.set_day(self.day + timedelta(days=1))

    @Slot()
    def go_to_today(self) -> None:
        self.set_day(desk_today())

    @Slot(QDate)
    def _on_date_changed(self, _value: QDate) -> None:
        self._follow_today = self.day == desk_today()
        self.set_info("")
        self.refresh()

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        self._show_rows(keep=self.selected_ids())

    def practitioner_filter(self) -> int:
        """The chosen practitioner's id, ``ALL_PRACTITIONERS`` or ``UNASSIGNED``."""
        value = self.practitioner_combo.currentData()
        return int(value) if value is not None else ALL_PRACTITIONERS

    def set_practitioner_filter(self, practitioner_id: int) -> bool:
        index = self.practitioner_combo.findData(practitioner_id)
        if index < 0:
            return False
        self.practitioner_combo.setCurrentIndex(index)
        return True

    # --- data -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the day's sessions, keeping the practitioner filter and the selection."""
        self._stale = False
        keep = self.selected_ids()
        run_op(
            self,
            load_day,
            self.ctx.db,
            self.day,
            self.ctx.actor,
            changes=(),
            failure=self.tr("The day could not be loaded: {0}"),
            title=self.tr("Today"),
            on_done=lambda loaded: self._apply_day(loaded, keep),
        )

    def _apply_day(self, loaded: DayRows, keep: Sequence[int]) -> None:
        self._rows = loaded.rows
        self._sheets = loaded.sheets
        self.model.set_alerts(loaded.alerts)
        self._fill_practitioners(loaded.people, loaded.rows)
        self._show_rows(keep=keep)

    def _fill_practitioners(self, people: Sequence[Any], rows: Sequence[SessionSummary]) -> None:
        current = self.practitioner_filter()
        entries: list[tuple[str, int]] = [(self.tr("All practitioners"), ALL_PRACTITIONERS)]
        entries += [(p.display_name, p.id) for p in people]
        known = {p.id for p in people}
        # An archived practitioner with sessions that day still needs to be choosable.
        for row in rows:
            if row.practitioner_id is not None and row.practitioner_id not in known:
                entries.append((row.practitioner_name, row.practitioner_id))
                known.add(row.practitioner_id)
        if any(row.practitioner_id is None for row in rows):
            entries.append((self.tr("Unassigned"), UNASSIGNED))
        existing = [
            (self.practitioner_combo.itemText(i), self.practitioner_combo.itemData(i))
            for i in range(self.practitioner_combo.count())
        ]
        if existing == entries:
            return
        self.practitioner_combo.blockSignals(True)
        self.practitioner_combo.clear()
        for text, value in entries:
            self.practitioner_combo.addItem(text, value)
        index = self.practitioner_combo.findData(current)
        self.practitioner_combo.setCurrentIndex(max(index, 0))
        self.practitioner_combo.blockSignals(False)

    def _visible_rows(self) -> list[SessionSummary]:
        chosen = self.practitioner_filter()
        if chosen == ALL_PRACTITIONERS:
            return list(self._rows)
        wanted = None if chosen == UNASSIGNED else chosen
        return [r for r in self._rows if r.practitioner_id == wanted]

    def _show_rows(self, keep: Sequence[int] = ()) -> None:
        rows = self._visible_rows()
        # The same day shown again (a save here or at another desk): keep the scroll position.
        scroll = self.table.verticalScrollBar()
        kept_at = scroll.value() if getattr(self, "_shown_day", None) == self.day else 0
        self._shown_day = self.day
        self.model.set_sheets(rows, self._sheets)
        self.title.setText(long_date(self.day))
        self.summary.setText(self._summary_text())
        if rows:
            self.stack.setCurrentWidget(self.table)
            self.table.resizeColumnsToContents()
            self._tidy_columns()
            self.select_ids(keep)
            scroll.setValue(kept_at)
        else:
            self.empty_hint.setText(self._empty_text())
            self.stack.setCurrentWidget(self.empty_hint)
        self._update_actions()

    def _tidy_columns(self) -> None:
        header = self.table.horizontalHeader()
        padding = 24
        for column in range(self.model.columnCount()):
            if column != COL_TREATMENT:
                header.resizeSection(column, header.sectionSize(column) + padding)
        header.resizeSection(COL_PATIENT, max(header.sectionSize(COL_PATIENT), 160))
        header.resizeSection(COL_PRACTITIONER, min(header.sectionSize(COL_PRACTITIONER), 220))
        header.resizeSection(COL_TIME, max(header.sectionSize(COL_TIME), 100))

    def _summary_text(self) -> str:
        rows = self._visible_rows()
        if not rows:
            return ""
        done = [r for r in rows if r.status == SessionStatus.DONE]
        waiting = [r for r in rows if r.status == SessionStatus.ARRIVED]
        to_print = [r for r in done if not self.model.is_printed(r.id)]
        parts = [
            self.tr("1 session") if len(rows) == 1 else self.tr("{n} sessions").format(n=len(rows))
        ]
        if waiting:
            parts.append(self.tr("{n} arrived").format(n=len(waiting)))
        parts.append(self.tr("{n} done").format(n=len(done)))
        if to_print:
            parts.append(
                self.tr("1 aftercare sheet to print")
                if len(to_print) == 1
                else self.tr("{n} aftercare sheets to print").format(n=len(to_print))
            )
        return " · ".join(parts)

    def _empty_text(self) -> str:
        when = escape(long_date(self.day))
        chosen = self.practitioner_filter()
        if self._rows and chosen != ALL_PRACTITIONERS:
            name = escape(self.practitioner_combo.currentText())
            return self.tr(
                "<p><b>No sessions for {name} on {day}.</b></p>"
                "<p>Choose <b>All practitioners</b> to see the whole day.</p>"
            ).format(name=name, day=when)
        return self.tr(
            "<p><b>No sessions on {day}.</b></p>"
            "<p>Book one from a patient's chart with <b>New session…</b>,<br>"
            "or pick another day with the arrows or the date above.</p>"
        ).format(day=when)

    @Slot(object)
    def _on_data_changed(self, changes: frozenset[Change]) -> None:
        if not affects(changes, REFRESH_KINDS):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._follow_today and self.day != desk_today():
            self.set_day(desk_today())  # the desk stayed open past midnight
        else:
            self.refresh()

    # --- selection ------------------------------------------------------------------------

    def selected_rows(self) -> list[SessionSummary]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.row_at(row) for row in sorted(rows)]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def select_ids(self, session_ids: Sequence[int]) -> int:
        """Select the rows of ``session_ids`` (others are deselected); returns how many."""
        selection = QItemSelection()
        first: QModelIndex | None = None
        for session_id in session_ids:
            row = self.model.row_of(session_id)
            if row is None:
                continue
            left = self.model.index(row, 0)
            selection.select(left, self.model.index(row, self.model.columnCount() - 1))
            first = first or left
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if first is not None:
            self.table.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(first)
        self._update_actions()
        return len(selection.indexes()) // max(1, self.model.columnCount())

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_: object) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        statuses = {row.status for row in rows}
        busy = self._job is not None
        self.action_open.setEnabled(len(rows) == 1)
        self.action_arrived.setEnabled(bool(statuses & ARRIVABLE))
        self.action_done.setEnabled(bool(statuses & DONEABLE))
        self.action_no_show.setEnabled(bool(statuses & NO_SHOWABLE))
        # Only done sessions have a sheet: the action says so before it is tried.
        self.action_print.setEnabled(SessionStatus.DONE in statuses and not busy)
        done = [r for r in self.model.rows() if r.status == SessionStatus.DONE]
        self.action_print_all.setEnabled(not busy and bool(done))
        self.action_print_all_again.setEnabled(not busy and bool(done))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row_at(index.row())
            self.sessionActivated.emit(row.patient_id, row.id)

    @Slot()
    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_activated(index)

    @Slot(QPoint)
    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.select_ids([self.model.row_at(index.row()).id])
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

"""The Today page: the day's sessions for reception, their status, and their aftercare sheets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.enums import SessionStatus
from mesodesk.services import aftercare
from mesodesk.services import practitioners as practitioner_service
from mesodesk.services import sessions as session_service
from mesodesk.services.database import Database
from mesodesk.services.dto import SessionSummary
from mesodesk.services.errors import ValidationFailed
from mesodesk.ui import workers
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.icons import icon
from mesodesk.ui.models.today import (
    COL_PATIENT,
    COL_PRACTITIONER,
    COL_TIME,
    COL_TREATMENT,
    TodayTableModel,
    status_label,
)
from mesodesk.ui.widgets.replacement import offer_replacement

BACKGROUND_SHEETS = 5
"""Batches with more sheets than this are prepared and rendered off the GUI thread."""

REFRESH_KINDS = ("session", "patient", "practitioner", "all")
ALL_PRACTITIONERS = -1
UNASSIGNED = 0

ARRIVABLE = (SessionStatus.PLANNED, SessionStatus.NO_SHOW, SessionStatus.CANCELLED)
DONEABLE = (SessionStatus.PLANNED, SessionStatus.ARRIVED)
NO_SHOWABLE = (SessionStatus.PLANNED, SessionStatus.ARRIVED)
"""Done sessions are never changed from the list: that is an amendment, made in the session."""

_INFO_STYLE = (
    "QFrame#todayInfo { background: #e8f1fb; border: 1px solid #b6cfe8; border-radius: 4px; }"
    "QFrame#todayInfo QLabel { color: #0d3c61; }"
)


@dataclass(frozen=True, slots=True)
class SheetBatch:
    """Aftercare sheets ready to preview: what they were made from, and the one PDF."""

    prepared: tuple[aftercare.PreparedSheet, ...]
    pdf: bytes


def build_sheets(
    db: Database, session_ids: Sequence[int], progress: Callable[[int, int], None] | None = None
) -> SheetBatch:
    """Prepare and render the sheets of ``session_ids`` as one PDF (safe off the GUI thread).

    ``progress(done, total)`` counts prepared sheets; ``done == total`` means the PDF is
    being built.
    """
    ids = list(session_ids)
    prepared: list[aftercare.PreparedSheet] = []
    step = 5
    for start in range(0, len(ids), step):
        prepared.extend(aftercare.prepare(db, ids[start : start + step]))
        if progress is not None:
            progress(len(prepared), len(ids))
    return SheetBatch(tuple(prepared), aftercare.render(prepared))


def long_date(day: date) -> str:
    """ "Saturday 21 November 2026" in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


class TodayPage(QWidget):
    """One day's sessions: mark arrivals and no-shows, finish sessions, print aftercare."""

    sessionActivated = Signal(int, int)
    """(patient_id, session_id): the user opened a session (double-click or Enter)."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("todayPage")
        self._rows: list[SessionSummary] = []
        self._printed: set[int] = set()
        self._note = ""
        self._stale = True
        self._follow_today = True
        self._job: workers.Worker | None = None
        self._job_cancelled = False
        self.preview: QWidget | None = None
        """The open PdfPreviewDialog, while it is open."""

        self._build_actions()
        self._build_ui()
        bus().changed.connect(self._on_data_changed)
        self._update_actions()

    # --- construction ---------------------------------------------------------------------

    def _action(
        self,
        text: str,
        name: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Only while the page (or its table) has focus: other pages own these keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_open = self._action(
            self.tr("&Open session"), "actionOpenTodaySession", self.open_current
        )
        self.action_arrived = self._action(
            self.tr("Mark &arrived"),
            "actionMarkArrived",
            self.mark_arrived,
            "Ctrl+Shift+A",
            self.tr("The patient is here (Ctrl+Shift+A)"),
        )
        self.action_done = self._action(
            self.tr("Mark &done"),
            "actionMarkDone",
            self.mark_done,
            "Ctrl+Shift+D",
            self.tr("The treatment is finished (Ctrl+Shift+D)"),
        )
        self.action_no_show = self._action(
            self.tr("Mark &no-show…"),
            "actionMarkNoShow",
            self.mark_no_show,
            "Ctrl+Shift+M",
            self.tr("The patient did not come (Ctrl+Shift+M)"),
        )
        self.action_print = self._action(
            self.tr("&Print aftercare…"),
            "actionPrintAftercare",
            self.print_selected,
            QKeySequence.StandardKey.Print,
            self.tr("Print the aftercare sheets of the selected done sessions as one job (Ctrl+P)"),
        )
        self.action_print.setIcon(icon("document-print"))
        self.action_print_all = self._action(
            self.tr("Print all d&one…"),
            "actionPrintAllDone",
            self.print_all_done,
            "Ctrl+Shift+P",
            self.tr("Print the aftercare sheets of every done session listed (Ctrl+Shift+P)"),
        )
        self.action_previous_day = self._action(
            "◀", "actionPreviousDay", self.previous_day, "Alt+Left", self.tr("Previous day")
        )
        self.action_next_day = self._action(
            "▶", "actionNextDay", self.next_day, "Alt+Right", self.tr("Next day")
        )
        self.action_today = self._action(
            self.tr("&Today"), "actionGoToToday", self.go_to_today, "Alt+Home"
        )
        self.action_today.setToolTip(self.tr("Back to today (Alt+Home)"))

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(action.objectName() + "Button")
        return button

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)

        heading = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("todayTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel(self)
        self.summary.setObjectName("todaySummary")
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        heading.addWidget(self.title)
        heading.addSpacing(12)
        heading.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)

        picker = QHBoxLayout()
        picker.setSpacing(6)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("todayDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd " + self.ctx.date_format.replace("mm", "MM"))
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.practitioner_combo = QComboBox(self)
        self.practitioner_combo.setObjectName("todayPractitioner")
        self.practitioner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow
        )
        self.practitioner_combo.setMinimumContentsLength(18)
        self.practitioner_combo.currentIndexChanged.connect(self._on_filter_changed)
        practitioner_label = QLabel(self.tr("&Practitioner:"), self)
        practitioner_label.setBuddy(self.practitioner_combo)
        picker.addWidget(self._tool_button(self.action_previous_day))
        picker.addWidget(self.date_edit)
        picker.addWidget(self._tool_button(self.action_next_day))
        picker.addWidget(self._tool_button(self.action_today))
        picker.addSpacing(18)
        picker.addWidget(practitioner_label)
        picker.addWidget(self.practitioner_combo)
        picker.addStretch(1)
        layout.addLayout(picker)

        tools = QHBoxLayout()
        tools.setSpacing(6)
        for action in (self.action_arrived, self.action_done, self.action_no_show):
            tools.addWidget(self._tool_button(action))
        tools.addSpacing(18)
        for action in (self.action_print, self.action_print_all):
            tools.addWidget(self._tool_button(action))
        tools.addStretch(1)
        layout.addLayout(tools)

        self.info = QFrame(self)
        self.info.setObjectName("todayInfo")
        self.info.setStyleSheet(_INFO_STYLE)
        info_layout = QHBoxLayout(self.info)
        info_layout.setContentsMargins(10, 6, 6, 6)
        self.info_label = QLabel(self.info)
        self.info_label.setObjectName("todayInfoText")
        self.info_label.setWordWrap(True)
        self.busy = QProgressBar(self.info)
        self.busy.setObjectName("todayBusy")
        self.busy.setMaximumWidth(180)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self.info)
        self.cancel_button.setObjectName("todayCancelJob")
        self.cancel_button.clicked.connect(self.cancel_job)
        self.cancel_button.hide()
        self.dismiss_button = QToolButton(self.info)
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Hide this message"))
        self.dismiss_button.clicked.connect(lambda: self.set_info(""))
        info_layout.addWidget(self.info_label, 1)
        info_layout.addWidget(self.busy)
        info_layout.addWidget(self.cancel_button)
        info_layout.addWidget(self.dismiss_button)
        self.info.hide()
        layout.addWidget(self.info)

        self.model = TodayTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("todayList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TREATMENT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("todayEmpty")
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_hint)
        layout.addWidget(self.stack, 1)

        # Reception works from the list (arrows, Shift-select, Ctrl+P): focusing the page
        # focuses it.
        self.setFocusProxy(self.table)
        self.setTabOrder(self.date_edit, self.practitioner_combo)
        self.setTabOrder(self.practitioner_combo, self.table)

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
        self.set_day(date.today())

    @Slot(QDate)
    def _on_date_changed(self, _value: QDate) -> None:
        self._follow_today = self.day == date.today()
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
        try:
            rows = session_service.sessions_on(self.ctx.db, self.day)
            printed = aftercare.printed_session_ids(
                self.ctx.db, [r.id for r in rows if r.status == SessionStatus.DONE]
            )
            people = practitioner_service.list_practitioners(self.ctx.db)
        except Exception as error:  # the page stays usable; the message says what failed
            self._show_error(self.tr("The day could not be loaded: {0}").format(_describe(error)))
            return
        self._rows = rows
        self._printed = printed
        self._fill_practitioners(people, rows)
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
        self.model.set_rows(rows, self._printed)
        self.title.setText(long_date(self.day))
        self.summary.setText(self._summary_text())
        if rows:
            self.stack.setCurrentWidget(self.table)
            self.table.resizeColumnsToContents()
            self._tidy_columns()
            self.select_ids(keep)
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

    @Slot(str)
    def _on_data_changed(self, kind: str) -> None:
        if kind not in REFRESH_KINDS:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._follow_today and self.day != date.today():
            self.set_day(date.today())  # the desk stayed open past midnight
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
        self.action_arrived.setEnabled(bool(statuses & set(ARRIVABLE)))
        self.action_done.setEnabled(bool(statuses & set(DONEABLE)))
        self.action_no_show.setEnabled(bool(statuses & set(NO_SHOWABLE)))
        self.action_print.setEnabled(bool(rows) and not busy)
        self.action_print_all.setEnabled(
            not busy and any(r.status == SessionStatus.DONE for r in self.model.rows())
        )

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

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("todayMenu")
        menu.addAction(self.action_open)
        menu.addSeparator()
        for action in (self.action_arrived, self.action_done, self.action_no_show):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_print)
        menu.addAction(self.action_print_all)
        return menu

    # --- messages -------------------------------------------------------------------------

    def set_info(self, text: str) -> None:
        """The line above the list saying what the last action did; empty hides it."""
        self.info_label.setText(text)
        self.info.setVisible(bool(text) or self._job is not None)

    def _show_error(self, message: str) -> None:
        """The one place this page reports a failure."""
        QMessageBox.warning(self, self.tr("Today"), message)

    # --- status changes -------------------------------------------------------------------

    @Slot()
    def mark_arrived(self) -> int:
        return self._change_status(SessionStatus.ARRIVED, ARRIVABLE, self.tr("{n} marked arrived."))

    @Slot()
    def mark_done(self) -> int:
        return self._change_status(SessionStatus.DONE, DONEABLE, self.tr("{n} marked done."))

    @Slot()
    def mark_no_show(self) -> int:
        if not any(r.status in NO_SHOWABLE for r in self.selected_rows()):
            return 0
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Mark no-show"),
            self.tr("Reason (optional), e.g. “called in sick”:"),
        )
        if not ok:
            return 0
        missed = [row for row in self.selected_rows() if row.status in NO_SHOWABLE]
        changed = self._change_status(
            SessionStatus.NO_SHOW, NO_SHOWABLE, self.tr("{n} marked no-show."), reason
        )
        if changed and len(missed) == 1:
            self.offer_replacement(missed[0])
        return changed

    def offer_replacement(self, row: SessionSummary) -> int | None:
        """After a no-show, propose the nearest free slot for a new planned session."""
        return offer_replacement(
            self, self.ctx, row.id, row.patient_name, inform=self.set_info, fail=self._show_error
        )

    def _change_status(
        self,
        status: SessionStatus,
        allowed: Sequence[SessionStatus],
        done_text: str,
        reason: str = "",
    ) -> int:
        """Apply ``status`` to the selected sessions it suits; returns how many changed."""
        rows = self.selected_rows()
        todo = [row for row in rows if row.status in allowed]
        failures: list[str] = []
        changed = 0
        for row in todo:
            try:
                session_service.set_status(
                    self.ctx.db, row.id, status, actor=self.ctx.actor, reason=reason
                )
            except ValidationFailed as error:
                failures.append(self._who(row) + " " + " ".join(error.errors.values()))
            except Exception as error:  # each session is its own change; report and go on
                failures.append(self._who(row) + " " + _describe(error))
            else:
                changed += 1
        notes = []
        if changed:
            notes.append(
                done_text.format(
                    n=self.tr("1 session")
                    if changed == 1
                    else self.tr("{n} sessions").format(n=changed)
                )
            )
        skipped = [row for row in rows if row.status not in allowed]
        if skipped:
            notes.append(
                self.tr("Left as they were: {rows}.").format(
                    rows=", ".join(
                        f"{row.patient_name} ({status_label(row.status).lower()})"
                        for row in skipped
                    )
                )
            )
        self.set_info(" ".join(notes))
        if changed:
            bus().changed.emit("session")
        if failures:
            head = (
                self.tr("This session was not changed:")
                if len(failures) == 1
                else self.tr("These sessions were not changed:")
            )
            self._show_error(head + "\n\n" + "\n".join(failures))
        return changed

    def _who(self, row: SessionSummary) -> str:
        return f"{row.patient_name} ({row.starts_at:%H:%M}):"

    # --- aftercare ------------------------------------------------------------------------

    @Slot()
    def print_selected(self) -> bool:
        """Print the aftercare sheets of the selected done sessions as one job."""
        rows = self.selected_rows()
        if not rows:
            self._tell(self.tr("Select the sessions whose aftercare sheets you want to print."))
            return False
        done = [row for row in rows if row.status == SessionStatus.DONE]
        if not done:
            self._tell(
                self.tr(
                    "Aftercare sheets are printed for done sessions only, and none of the "
                    "selected sessions is done yet.\n\nMark a session done first (Ctrl+Shift+D)."
                )
            )
            return False
        note = ""
        if len(done) < len(rows):
            note = self.tr(
                "{skipped} of the {total} selected sessions are not done and were left out; "
                "printing the sheets of the {n} done ones."
            ).format(skipped=len(rows) - len(done), total=len(rows), n=len(done))
        return self._print([row.id for row in done], note)

    @Slot()
    def print_all_done(self) -> bool:
        """Print the aftercare sheets of every done session listed (the filter applies)."""
        done = [row for row in self.model.rows() if row.status == SessionStatus.DONE]
        if not done:
            self._tell(
                self.tr(
                    "No session listed on {day} is done yet, so there is no sheet to print."
                ).format(day=long_date(self.day))
            )
            return False
        return self._print([row.id for row in done], "")

    def _tell(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Print aftercare"), message)

    def _print(self, session_ids: Sequence[int], note: str) -> bool:
        if self._job is not None:
            return False
        self.set_info(note)
        if len(session_ids) <= BACKGROUND_SHEETS:
            try:
                batch = build_sheets(self.ctx.db, session_ids)
            except Exception as error:  # shown in the one place errors go
                self._show_error(
                    self.tr("The aftercare sheets could not be prepared: {0}").format(
                        _describe(error)
                    )
                )
                return False
            self._preview(batch)
            return True
        self._job_cancelled = False
        self._note = note
        self.busy.setRange(0, len(session_ids))
        self.busy.setValue(0)
        self.busy.show()
        self.cancel_button.show()
        self._job = workers.start(
            build_sheets,
            self.ctx.db,
            list(session_ids),
            on_done=self._on_sheets_built,
            on_error=self._on_sheets_failed,
            on_progress=self._on_sheets_progress,
        )
        self._on_sheets_progress(0, len(session_ids))
        self._update_actions()
        return True

    @property
    def job_running(self) -> bool:
        return self._job is not None

    @Slot(int, int)
    def _on_sheets_progress(self, done: int, total: int) -> None:
        if done < total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
            text = self.tr("Preparing aftercare sheets: {done} of {total}…").format(
                done=done, total=total
            )
        else:
            self.busy.setRange(0, 0)  # building the one PDF: no steps to count
            text = self.tr("Building one PDF of {total} aftercare sheets…").format(total=total)
        self.info_label.setText(" ".join(part for part in (self._note, text) if part))
        self.info.show()

    def _end_job(self) -> None:
        self._job = None
        self.busy.hide()
        self.cancel_button.hide()
        self._update_actions()

    @Slot()
    def cancel_job(self) -> None:
        """Forget the running batch; its result is dropped when it arrives."""
        if self._job is None:
            return
        self._job_cancelled = True
        self._end_job()
        self.set_info(self.tr("Printing cancelled."))

    @Slot(object)
    def _on_sheets_built(self, batch: SheetBatch) -> None:
        if self._job_cancelled:
            return
        self._end_job()
        self.set_info(self._note)
        self._preview(batch)

    @Slot(str)
    def _on_sheets_failed(self, message: str) -> None:
        if self._job_cancelled:
            return
        self._end_job()
        self.set_info("")
        self._show_error(self.tr("The aftercare sheets could not be prepared: {0}").format(message))

    def _preview(self, batch: SheetBatch) -> None:
        from mesodesk.ui.printing import show_aftercare

        prepared = batch.prepared
        title = None
        if len(prepared) > 1:
            title = self.tr("Aftercare sheets: {n} patients, {day}").format(
                n=len(prepared), day=long_date(self.day)
            )
        show_aftercare(
            self,
            self.ctx,
            prepared,
            pdf=batch.pdf,
            title=title,
            on_recorded=lambda output: self._recorded(len(prepared), output),
            on_record_error=lambda error: self._show_error(
                self.tr("The sheets went out, but mesodesk could not record it: {0}").format(
                    _describe(error)
                )
            ),
            on_open=lambda dialog: setattr(self, "preview", dialog),
        )

    def _recorded(self, count: int, output: str) -> None:
        if output == "print":
            text = (
                self.tr("1 aftercare sheet printed.")
                if count == 1
                else self.tr("{n} aftercare sheets printed in one job.").format(n=count)
            )
        else:
            text = (
                self.tr("1 aftercare sheet saved as PDF.")
                if count == 1
                else self.tr("{n} aftercare sheets saved as one PDF.").format(n=count)
            )
        self.set_info(text)  # show_aftercare has told the bus


def _describe(error: BaseException) -> str:
    from mesodesk.services.describe import describe

    return describe(error)

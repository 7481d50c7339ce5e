"""The Screening rules tab of the Settings dialog: each rule's on/off switch, saved at once."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.screening import Level
from mesodesk.services import safety
from mesodesk.services import settings as settings_service
from mesodesk.services.safety import RuleState
from mesodesk.ui.bus import bus
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.settings.common import KEY_ROLE, local_text, make_banner, make_label
from mesodesk.ui.dialogs.settings.rule_off import RuleOffDialog
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import RULE_BLOCK_TEXT, RULE_INFO_TEXT, RULE_WARN_TEXT, SETTINGS_PAST_TEXT

LEVEL_COLOURS = {
    Level.BLOCK: RULE_BLOCK_TEXT,
    Level.WARN: RULE_WARN_TEXT,
    Level.INFO: RULE_INFO_TEXT,
}


class RulesPage(QWidget):
    """The screening rules with their on/off switches; each switch is saved at once."""

    COL_RULE, COL_LEVEL, COL_DESCRIPTION, COL_CHANGED = range(4)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rulesPage")
        self.states: list[RuleState] = []
        self.off_dialog: RuleOffDialog | None = None
        """The last "why switch it off?" dialog opened (tests drive it)."""
        self._zone = settings_service.clinic_zone(ctx.db)
        self._build()
        self.load()

    def _build(self) -> None:
        self.error = make_banner("rulesError", self)
        intro = make_label(
            self.tr(
                "Screening compares each planned treatment with the patient's medical profile. "
                "Block: the treatment should not go ahead. Warn: check with the patient before "
                "treating. Info: for the practitioner's attention. A switch takes effect at "
                "once and is recorded in the audit log."
            ),
            self,
            note=True,
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("screeningRules")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rule (tick to use)"),
                self.tr("Level"),
                self.tr("Why"),
                self.tr("Last change"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_RULE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_CHANGED, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._fit_rows)
        self.table.itemChanged.connect(self._on_item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        try:
            states = safety.rule_states(self.ctx.db)
        except Exception as error:  # shown; the table keeps what it had
            self._show_error(
                self.tr("The rules could not be read: {reason}").format(
                    reason=failure_reason(error, "dialogs.settings.rules.load")
                )
            )
            return
        self.states = states
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(states))
            for row, state in enumerate(states):
                self._fill_row(row, state)
        self._fit_rows()

    def _fill_row(self, row: int, state: RuleState) -> None:
        rule = state.rule
        title = QTableWidgetItem(rule.title)
        title.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        title.setCheckState(Qt.CheckState.Checked if state.enabled else Qt.CheckState.Unchecked)
        title.setData(KEY_ROLE, rule.id)
        title.setToolTip(self.tr("Message shown: {message}").format(message=rule.message))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        level = QTableWidgetItem(self._level_text(rule.level))
        level.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if rule.level in LEVEL_COLOURS:
            level.setForeground(QBrush(QColor(LEVEL_COLOURS[Level(rule.level)])))
        level.setFont(font)
        description = QTableWidgetItem(rule.description)
        description.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        description.setToolTip(rule.message)
        changed = QTableWidgetItem(self._changed_text(state))
        changed.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if not state.enabled:
            for item in (title, description, changed):
                item.setForeground(QBrush(QColor(SETTINGS_PAST_TEXT)))
        for column, item in (
            (self.COL_RULE, title),
            (self.COL_LEVEL, level),
            (self.COL_DESCRIPTION, description),
            (self.COL_CHANGED, changed),
        ):
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _level_text(self, level: str) -> str:
        return {
            Level.BLOCK: self.tr("Block"),
            Level.WARN: self.tr("Warn"),
            Level.INFO: self.tr("Info"),
        }.get(Level(level), str(level))

    def _changed_text(self, state: RuleState) -> str:
        if state.changed_at is None:
            return self.tr("as supplied")
        verb = self.tr("switched on") if state.enabled else self.tr("switched off")
        return self.tr("{verb} by {who}\non {when}").format(
            verb=verb,
            who=state.changed_by or self.tr("unknown"),
            when=local_text(self.ctx, state.changed_at, self._zone),
        )

    @Slot()
    def _fit_rows(self) -> None:
        self.table.resizeRowsToContents()
        padding = self.fontMetrics().height() // 2
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + padding)

    def row_of(self, rule_id: str) -> int:
        return next((i for i, s in enumerate(self.states) if s.rule.id == rule_id), -1)

    def rule_item(self, rule_id: str) -> QTableWidgetItem | None:
        row = self.row_of(rule_id)
        return self.table.item(row, self.COL_RULE) if row >= 0 else None

    def changed_text(self, rule_id: str) -> str:
        row = self.row_of(rule_id)
        item = self.table.item(row, self.COL_CHANGED) if row >= 0 else None
        return item.text() if item is not None else ""

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != self.COL_RULE:
            return
        row = item.row()
        state = self.states[row]
        enabled = item.checkState() == Qt.CheckState.Checked
        if enabled == state.enabled:
            return
        self.error.hide()
        if not enabled and state.rule.level == Level.BLOCK:
            # The tick stays on until the reason is given and the switch is saved.
            self._put_back(row, state)
            self._ask_reason(state)
            return
        self._switch(state, enabled)

    def _ask_reason(self, state: RuleState) -> None:
        dialog = RuleOffDialog(state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._switch(state, False, dialog.reason_text()))
        self.off_dialog = dialog
        dialog.open()

    def _switch(self, state: RuleState, enabled: bool, reason: str = "") -> bool:
        """Save one switch; on failure the row shows what is stored and the page says why."""
        row = self.row_of(state.rule.id)
        try:
            safety.set_rule_enabled(
                self.ctx.db, state.rule.id, enabled, actor=self.ctx.actor, reason=reason
            )
            states = safety.rule_states(self.ctx.db)
        except Exception as error:  # the switch goes back to what is stored
            self._put_back(row, state)
            self._show_error(
                self.tr("Not changed: {reason}").format(
                    reason=failure_reason(error, "dialogs.settings.rules._switch")
                )
            )
            return False
        self.states = states
        with QSignalBlocker(self.table):
            self._fill_row(row, states[row])
        self._fit_rows()
        bus().changed.emit("settings")
        return True

    def _put_back(self, row: int, state: RuleState) -> None:
        """Show the stored switch again (the item is kept: it may be the one being edited)."""
        item = self.table.item(row, self.COL_RULE)
        if item is None:
            return
        with QSignalBlocker(self.table):
            item.setCheckState(Qt.CheckState.Checked if state.enabled else Qt.CheckState.Unchecked)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

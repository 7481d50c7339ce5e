"""The Today page's widgets: the day picker, the tool row, the message line and the list."""

from __future__ import annotations

from datetime import UTC, date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import clock
from mesodesk.ui.context import DeskContext
from mesodesk.ui.icons import icon
from mesodesk.ui.models.today import COL_TREATMENT, TodayTableModel
from mesodesk.ui.ops import Operation
from mesodesk.ui.theme import TODAY_INFO_STYLE

INFO_LINES = 2
"""The message line always keeps room for this many lines, so showing one moves no row."""


def desk_today() -> date:
    """Today on this desk's calendar, read from the injectable clock (tests pin it)."""
    return clock.utcnow().replace(tzinfo=UTC).astimezone().date()


class TodayView(QWidget):
    """The widgets and actions of the Today page; the behaviour lives in ``TodayPage``."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._job: Operation | None = None
        self._build_actions()
        self._build_ui()

    # --- actions ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        name: str,
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
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_open = self._action(self.tr("&Open session"), "actionOpenTodaySession")
        self.action_arrived = self._action(
            self.tr("Mark &arrived"),
            "actionMarkArrived",
            "Ctrl+Shift+A",
            self.tr("The patient is here (Ctrl+Shift+A)"),
        )
        self.action_done = self._action(
            self.tr("Mark &done"),
            "actionMarkDone",
            "Ctrl+Shift+D",
            self.tr("The treatment is finished (Ctrl+Shift+D)"),
        )
        self.action_no_show = self._action(
            self.tr("Mark &no-show…"),
            "actionMarkNoShow",
            "Ctrl+Shift+M",
            self.tr("The patient did not come (Ctrl+Shift+M)"),
        )
        self.action_print = self._action(
            self.tr("&Print aftercare…"),
            "actionPrintAftercare",
            QKeySequence.StandardKey.Print,
            self.tr("Print the aftercare sheets of the selected done sessions as one job (Ctrl+P)"),
        )
        self.action_print.setIcon(icon("document-print"))
        self.action_print_all = self._action(
            self.tr("Print all d&one…"),
            "actionPrintAllDone",
            "Ctrl+Shift+P",
            self.tr(
                "Print the aftercare sheets of the done sessions listed that were not printed "
                "yet (Ctrl+Shift+P); the arrow offers to print them all again"
            ),
        )
        self.action_print_all_again = self._action(
            self.tr("Print all done, &including printed…"),
            "actionPrintAllDoneIncludingPrinted",
            tip=self.tr("Print the aftercare sheets of every done session listed, again or not"),
        )
        self.action_previous_day = self._action(
            "◀", "actionPreviousDay", "Alt+Left", self.tr("Previous day")
        )
        self.action_next_day = self._action("▶", "actionNextDay", "Alt+Right", self.tr("Next day"))
        self.action_today = self._action(self.tr("&Today"), "actionGoToToday", "Alt+Home")
        self.action_today.setToolTip(self.tr("Back to today (Alt+Home)"))

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(action.objectName() + "Button")
        return button

    def _print_all_button(self) -> QToolButton:
        """ "Print all done" prints the sheets not printed yet; its menu offers them all."""
        self.print_all_button = self._tool_button(self.action_print_all)
        menu = QMenu(self.print_all_button)
        menu.setObjectName("todayPrintAllMenu")
        menu.addAction(self.action_print_all)
        menu.addAction(self.action_print_all_again)
        self.print_all_button.setMenu(menu)
        self.print_all_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        return self.print_all_button

    # --- widgets ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(self._build_heading())
        layout.addLayout(self._build_picker())

        tools = QHBoxLayout()
        tools.setSpacing(6)
        for action in (self.action_arrived, self.action_done, self.action_no_show):
            tools.addWidget(self._tool_button(action))
        tools.addSpacing(18)
        tools.addWidget(self._tool_button(self.action_print))
        tools.addWidget(self._print_all_button())
        tools.addStretch(1)
        layout.addLayout(tools)

        layout.addWidget(self._build_info())
        self._build_table()
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

    def _build_heading(self) -> QHBoxLayout:
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
        return heading

    def _build_picker(self) -> QHBoxLayout:
        picker = QHBoxLayout()
        picker.setSpacing(6)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("todayDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd " + self.ctx.date_format.replace("mm", "MM"))
        today = desk_today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.practitioner_combo = QComboBox(self)
        self.practitioner_combo.setObjectName("todayPractitioner")
        self.practitioner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow
        )
        self.practitioner_combo.setMinimumContentsLength(18)
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
        return picker

    def _build_info(self) -> QFrame:
        """The message line: its height is kept from the start, shown or not."""
        self.info = QFrame(self)
        self.info.setObjectName("todayInfo")
        self.info.setStyleSheet(TODAY_INFO_STYLE)
        info_layout = QHBoxLayout(self.info)
        info_layout.setContentsMargins(10, 4, 6, 4)
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
        lines = self.info_label.fontMetrics().lineSpacing() * INFO_LINES
        self.info.setFixedHeight(max(lines + 10, self.cancel_button.sizeHint().height() + 10))
        policy = self.info.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.info.setSizePolicy(policy)
        self.info.hide()
        return self.info

    def _build_table(self) -> None:
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
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

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
        menu.addAction(self.action_print_all_again)
        return menu

    # --- messages --------------------------------------------------------------------------

    def set_info(self, text: str) -> None:
        """The line above the list saying what the last action did; empty hides its text.

        The line keeps its place either way, so the rows never move under the pointer.
        """
        self.info_label.setText(text)
        self.info_label.setToolTip(text)
        self.info.setVisible(bool(text) or self._job is not None)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page clears its message (a running print job keeps its progress)."""
        if self._job is None and not event.spontaneous():
            self.set_info("")
        super().hideEvent(event)

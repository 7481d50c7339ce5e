"""The three boxes of the course editor: the treatment, the schedule, the proposed sessions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import session_rules as rules
from mesodesk.services import courses
from mesodesk.services.dto import CatalogItem, PractitionerRecord
from mesodesk.ui import theme
from mesodesk.ui.labels import QT_TRANSLATE_NOOP

CODE_ROLE = Qt.ItemDataRole.UserRole
_REGIONS = (
    ("face", QT_TRANSLATE_NOOP("TreatmentBox", "Face")),
    ("body", QT_TRANSLATE_NOOP("TreatmentBox", "Body")),
)
_LIST_ROWS = 9
"""Rows a tick list shows without scrolling."""


def checked_codes(widget: QListWidget) -> tuple[str, ...]:
    """The codes of the ticked items, in list order."""
    codes = []
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(CODE_ROLE) and item.checkState() == Qt.CheckState.Checked:
            codes.append(str(item.data(CODE_ROLE)))
    return tuple(codes)


def _check_list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    # No selection highlight: in a tick list it reads as "chosen"; the focus frame shows
    # where Space ticks.
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setUniformItemSizes(True)
    return widget


def _add_check_item(widget: QListWidget, item: CatalogItem, checked: bool = False) -> None:
    entry = QListWidgetItem(item.name)
    entry.setData(CODE_ROLE, item.code)
    entry.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
    )
    entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(entry)


def _fit_list(widget: QListWidget, names: Iterable[str]) -> None:
    """Wide enough for the longest name with its tick box and a scroll bar; _LIST_ROWS tall."""
    metrics = widget.fontMetrics()
    longest = max((metrics.horizontalAdvance(n) for n in names), default=0)
    extra = 2 * widget.frameWidth() + widget.style().pixelMetric(
        widget.style().PixelMetric.PM_ScrollBarExtent
    )
    tick = widget.style().pixelMetric(widget.style().PixelMetric.PM_IndicatorWidth)
    widget.setMinimumWidth(longest + tick + extra + 16)
    widget.setMinimumHeight(metrics.height() * _LIST_ROWS + 2 * widget.frameWidth())


class OneTabDateEdit(QDateEdit):
    """Tab leaves the field at once (type "/" or use the arrows to move between day, month
    and year), so the form takes one Tab per field."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class OneTabTimeEdit(QTimeEdit):
    """Tab leaves the field at once (type ":" or use the arrows to reach the minutes)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class TreatmentBox(QGroupBox):
    """What is treated: the solution type, its indications, the areas and a title."""

    def __init__(
        self,
        types: Sequence[CatalogItem],
        indications: Sequence[CatalogItem],
        areas: Sequence[CatalogItem],
        indications_by_type: dict[int, tuple[str, ...]],
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("Treatment"))
        self._indications = list(indications)
        self._by_type = indications_by_type
        form = QFormLayout(self)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("courseSolutionType")
        for item in types:
            self.type_combo.addItem(item.name, item.id)
        form.addRow(self.tr("&Solution type:"), self.type_combo)

        self.indications_list = _check_list("courseIndications")
        self.areas_list = _check_list("courseAreas")
        for region, label in _REGIONS:
            header = QListWidgetItem(self.tr(label))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            bold = QFont(header.font())
            bold.setBold(True)
            header.setFont(bold)
            header.setForeground(QBrush(QColor(theme.GROUP_HEADER_TEXT)))
            self.areas_list.addItem(header)
            for item in areas:
                if item.group == region:
                    _add_check_item(self.areas_list, item)
        _fit_list(self.indications_list, (i.name for i in indications))
        _fit_list(self.areas_list, (a.name for a in areas))
        self.areas_list.setCurrentRow(1)
        lists = QHBoxLayout()
        for widget, caption in (
            (self.indications_list, self.tr("&Indications (Space ticks):")),
            (self.areas_list, self.tr("&Areas (Space ticks):")),
        ):
            column = QVBoxLayout()
            buddy_label = QLabel(caption)
            buddy_label.setBuddy(widget)
            column.addWidget(buddy_label)
            column.addWidget(widget, 1)
            lists.addLayout(column)
        form.addRow(lists)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("courseTitle")
        self.title_edit.setPlaceholderText(self.tr("Made from the indication and areas"))
        self.title_edit.setMaxLength(courses.MAX_TITLE)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.show_indications_for_type()

    def show_indications_for_type(self) -> None:
        """List the indications the catalog gives for the chosen solution type (all of them
        when it gives none); ticks on indications still listed are kept."""
        type_id = self.type_combo.currentData()
        allowed = self._by_type.get(int(type_id)) if type_id is not None else None
        ticked = set(checked_codes(self.indications_list))
        blocked = self.indications_list.blockSignals(True)
        self.indications_list.clear()
        for item in self._indications:
            if allowed is None or item.code in allowed:
                _add_check_item(self.indications_list, item, item.code in ticked)
        self.indications_list.blockSignals(blocked)
        self.indications_list.setCurrentRow(0)

    def shown_indications(self) -> list[str]:
        return [
            str(self.indications_list.item(r).data(CODE_ROLE))
            for r in range(self.indications_list.count())
        ]


class ScheduleBox(QGroupBox):
    """When: how many sessions, how often, with whom, from when, which day and time."""

    def __init__(
        self,
        practitioners: Sequence[PractitionerRecord],
        chosen_practitioner: int | None,
        first_day: date,
        date_format: str,
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("Schedule"))
        form = QFormLayout(self)
        self.sessions_spin = QSpinBox()
        self.sessions_spin.setObjectName("courseSessions")
        self.sessions_spin.setRange(courses.MIN_SESSIONS, courses.MAX_SESSIONS)
        self.sessions_spin.setToolTip(self.tr("Usually 4 to 10 sessions"))
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("courseInterval")
        self.interval_spin.setRange(1, courses.MAX_INTERVAL_DAYS)
        self.interval_spin.setSuffix(self.tr(" days"))
        self.maintenance_spin = QSpinBox()
        self.maintenance_spin.setObjectName("courseMaintenance")
        self.maintenance_spin.setRange(0, courses.MAX_MAINTENANCE_DAYS)
        self.maintenance_spin.setSingleStep(15)
        self.maintenance_spin.setSuffix(self.tr(" days"))
        self.maintenance_spin.setSpecialValueText(self.tr("none"))
        self.maintenance_spin.setToolTip(self.tr("Days from the last session to a maintenance one"))
        self.practitioner_combo = QComboBox()
        self.practitioner_combo.setObjectName("coursePractitioner")
        for p in practitioners:
            self.practitioner_combo.addItem(p.display_name, p.id)
        if self.practitioner_combo.count() == 0:
            self.practitioner_combo.addItem(self.tr("— add a practitioner first —"), None)
        for i in range(self.practitioner_combo.count()):
            if self.practitioner_combo.itemData(i) == chosen_practitioner:
                self.practitioner_combo.setCurrentIndex(i)
        self.start_edit = OneTabDateEdit()
        self.start_edit.setObjectName("courseStartDate")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(date_format.replace("mm", "MM"))
        self.start_edit.setDate(QDate(first_day.year, first_day.month, first_day.day))
        self.weekday_combo = QComboBox()
        self.weekday_combo.setObjectName("courseWeekday")
        self.weekday_combo.addItem(self.tr("Any day"), -1)
        locale = QLocale()
        for day in range(7):
            self.weekday_combo.addItem(locale.dayName(day + 1), day)
        self.time_edit = OneTabTimeEdit()
        self.time_edit.setObjectName("courseTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setTime(QTime(10, 0))
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("courseDuration")
        self.duration_spin.setRange(rules.MIN_DURATION_MINUTES, rules.MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setValue(rules.DEFAULT_DURATION_MINUTES)
        self.duration_spin.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Sessio&ns:"), self.sessions_spin)
        form.addRow(self.tr("E&very:"), self.interval_spin)
        form.addRow(self.tr("&Maintenance after:"), self.maintenance_spin)
        form.addRow(self.tr("P&ractitioner:"), self.practitioner_combo)
        form.addRow(self.tr("&From:"), self.start_edit)
        form.addRow(self.tr("Preferred da&y:"), self.weekday_combo)
        form.addRow(self.tr("Preferred tim&e:"), self.time_edit)
        form.addRow(self.tr("&Duration:"), self.duration_spin)


class ProposalsBox(QGroupBox):
    """The proposed dates, and what screening says about the course."""

    def __init__(self, date_format: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Proposed sessions"))
        self._pattern = date_format.replace("mm", "MM")
        layout = QHBoxLayout(self)
        self.proposals = QTreeWidget()
        self.proposals.setObjectName("courseProposals")
        self.proposals.setRootIsDecorated(False)
        self.proposals.setUniformRowHeights(True)
        self.proposals.setHeaderLabels(
            [self.tr("#"), self.tr("Day"), self.tr("Date"), self.tr("Time"), self.tr("Note")]
        )
        self.proposals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.proposals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.proposals.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.placeholder = QLabel(
            self.tr("Press <b>Propose dates</b> (Enter) to see when the sessions would be.")
        )
        self.placeholder.setObjectName("courseProposalHint")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("courseFindings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Findings can run long: they scroll in their own area instead of growing the dialog
        # (a word-wrapped label that grows squeezes every box above it).
        self.findings_area = QScrollArea()
        self.findings_area.setObjectName("courseFindingsArea")
        self.findings_area.setWidgetResizable(True)
        self.findings_area.setFrameShape(QFrame.Shape.NoFrame)
        self.findings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_area.setWidget(self.findings_label)
        self.findings_area.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        rows = self.fontMetrics().height() * 7
        self.findings_area.setMinimumHeight(rows)
        self.proposals.setMinimumHeight(rows)
        self.placeholder.setMinimumHeight(rows)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        left = QVBoxLayout()
        left.addWidget(self.placeholder, 1)
        left.addWidget(self.proposals, 1)
        layout.addLayout(left, 3)
        layout.addWidget(self.findings_area, 2)

    def set_proposed(self, proposed: bool) -> None:
        self.placeholder.setVisible(not proposed)
        self.proposals.setVisible(proposed)

    def clear(self) -> None:
        self.proposals.clear()
        self.findings_label.clear()

    def fill(self, starts: Sequence[datetime], ideal: Sequence[bool]) -> None:
        """One row per proposed start; a start that moved from the ideal is noted."""
        self.proposals.clear()
        locale = QLocale()
        for n, (start, at_ideal) in enumerate(zip(starts, ideal, strict=True), start=1):
            day = QDate(start.year, start.month, start.day)
            item = QTreeWidgetItem(
                [
                    str(n),
                    locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat),
                    day.toString(self._pattern),
                    f"{start:%H:%M}",
                    "" if at_ideal else self.tr("nearest free slot"),
                ]
            )
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not at_ideal:
                item.setForeground(4, QBrush(QColor(theme.DUE_TEXT)))
                item.setToolTip(
                    4,
                    self.tr(
                        "The preferred day or time was closed, past or already booked; this is "
                        "the nearest free slot."
                    ),
                )
            self.proposals.addTopLevelItem(item)

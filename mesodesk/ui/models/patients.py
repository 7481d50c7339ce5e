"""Lazy table model for the patient list: a row count plus a small cache of fetched pages."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from mesodesk.services import patients as patient_service
from mesodesk.services.dto import PatientRow
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.base import HeaderedTableModel

COL_FAMILY, COL_GIVEN, COL_BIRTH, COL_PHONE = range(4)

PAGE_SIZE = 200
"""Rows fetched per query: a screenful many times over, still a few milliseconds on an index."""

MAX_PAGES = 8
"""Pages kept in memory; scrolling through 100k patients must not keep 100k rows alive."""


def _headers() -> list[str]:
    tr = QCoreApplication.translate
    return [
        tr("PatientTableModel", "Family name"),
        tr("PatientTableModel", "Given name"),
        tr("PatientTableModel", "Date of birth"),
        tr("PatientTableModel", "Phone"),
    ]


class PatientTableModel(HeaderedTableModel):
    """The patients matching a search, fetched a page at a time as the view asks for rows.

    Only the total count is known up front; ``data()`` loads the page holding the row it is
    asked for and keeps the most recently used ``MAX_PAGES`` pages (an LRU cache), so memory
    stays bounded however far the user scrolls and there is never one query per row.
    """

    loadFailed = Signal(str)
    """A count or page query failed (locked or unreadable database); carries the message."""

    def __init__(self, ctx: DeskContext, parent: Any = None) -> None:
        super().__init__(_headers(), parent)
        self.ctx = ctx
        self._text = ""
        self._include_archived = False
        self._count = 0
        self._pages: OrderedDict[int, list[PatientRow]] = OrderedDict()
        self.last_error = ""

    # --- query --------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def include_archived(self) -> bool:
        return self._include_archived

    def set_query(self, text: str, include_archived: bool = False) -> None:
        """Show the patients matching ``text``; only the count is read now."""
        self.beginResetModel()
        self._text = text
        self._include_archived = include_archived
        self._pages.clear()
        self.last_error = ""
        try:
            self._count = patient_service.count_patients(
                self.ctx.db,
                text,
                include_archived=include_archived,
                date_format=self.ctx.date_format,
            )
        except Exception as error:  # shown by the page; the list just stays empty
            self._count = 0
            self._fail(error)
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the current query (after a save elsewhere)."""
        self.set_query(self._text, self._include_archived)

    def _fail(self, error: BaseException) -> None:
        from mesodesk.cli import describe

        self.last_error = describe(error)
        self.loadFailed.emit(self.last_error)

    # --- lazy rows ----------------------------------------------------------------------

    def _page(self, number: int) -> list[PatientRow] | None:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        try:
            page = patient_service.patient_page(
                self.ctx.db,
                self._text,
                offset=number * PAGE_SIZE,
                limit=PAGE_SIZE,
                include_archived=self._include_archived,
                date_format=self.ctx.date_format,
            )
        except Exception as error:  # data() must never raise into Qt's paint loop
            self._fail(error)
            return None
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> PatientRow | None:
        """The patient on ``row``, fetching its page when needed; None if out of range."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        # The table can shrink between the count and a later page fetch (another desk).
        return page[offset] if offset < len(page) else None

    def patient_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found is not None else None

    def row_of(self, patient_id: int, *, max_pages: int = 1) -> int | None:
        """The row showing ``patient_id`` among the cached pages and the first ``max_pages``.

        Bounded on purpose: finding a patient anywhere in 100k rows would mean reading them
        all, so callers narrow the search instead when this returns None.
        """
        for number, page in list(self._pages.items()):
            for offset, row in enumerate(page):
                if row.id == patient_id:
                    return number * PAGE_SIZE + offset
        for number in range(min(max_pages, (self._count + PAGE_SIZE - 1) // PAGE_SIZE)):
            if number in self._pages:
                continue
            fetched = self._page(number)
            for offset, row in enumerate(fetched or ()):
                if row.id == patient_id:
                    return number * PAGE_SIZE + offset
        return None

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        # Roles the view asks for on every cell but that need no row: answer before fetching.
        if role not in _ROW_ROLES:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_FAMILY:
                if row.archived:
                    return self.tr("{name} (archived)").format(name=row.family_name)
                return row.family_name
            if column == COL_GIVEN:
                return row.given_name
            if column == COL_BIRTH:
                return self.ctx.format_date(row.date_of_birth)
            if column == COL_PHONE:
                return row.phone
            return None
        if role == Qt.ItemDataRole.ToolTipRole and row.archived:
            return self.tr("This patient is archived.")
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return _muted_text()
        return None


def _muted_text() -> QColor:
    """Greyed but still readable: the disabled text colour is too faint to read a name."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    mix = 0.55
    return QColor.fromRgbF(
        text.redF() * mix + base.redF() * (1 - mix),
        text.greenF() * mix + base.greenF() * (1 - mix),
        text.blueF() * mix + base.blueF() * (1 - mix),
    )


_ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)

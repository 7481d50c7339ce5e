"""Lazy table model for the patient list: a row count plus a small cache of fetched pages."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from mesodesk.domain.search import format_date
from mesodesk.services import patient_list
from mesodesk.ui.context import DeskContext
from mesodesk.ui.models.base import HeaderedTableModel
from mesodesk.ui.ops import failure_reason

if TYPE_CHECKING:
    from collections.abc import Iterable

    from mesodesk.services.dto import PatientRow

COL_FAMILY, COL_GIVEN, COL_BIRTH, COL_PHONE = range(4)

PAGE_SIZE = 200
"""Rows fetched per query of the whole list: a screenful many times over, still well under a
millisecond on the index."""

SEARCH_PAGE_SIZE = 50
"""Rows fetched per query of a search's results. Those are read by id, so a page costs what
it holds: a screenful or two keeps each keystroke's first paint short."""

MAX_PAGES = 8
"""Pages kept in memory; scrolling through 100k patients must not keep 100k rows alive."""


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("PatientTableModel", "Family name"),
        QCoreApplication.translate("PatientTableModel", "Given name"),
        QCoreApplication.translate("PatientTableModel", "Date of birth"),
        QCoreApplication.translate("PatientTableModel", "Phone"),
    ]


class PatientTableModel(HeaderedTableModel):
    """The patients matching a search, fetched a page at a time as the view asks for rows.

    ``set_query`` runs the search (``services.patient_list``): the count, and for a search
    the matching ids in list order, nothing more. ``data()`` loads the page holding the row
    it is asked for and keeps the most recently used ``MAX_PAGES`` pages (an LRU cache), so
    memory stays bounded however far the user scrolls and there is never one query per row.
    """

    loadFailed = Signal(str)
    """A count or page query failed (locked or unreadable database); carries the message."""

    def __init__(self, ctx: DeskContext, parent: Any = None) -> None:
        super().__init__(_headers(), parent)
        self.ctx = ctx
        self._text = ""
        self._include_archived = False
        self._count = 0
        self._page_size = PAGE_SIZE
        self._listing: patient_list.PatientListing | None = None
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._last: _Page | None = None
        """The page used last: painting a screen asks for it hundreds of times in a row."""
        self.last_error = ""

    # --- query --------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def include_archived(self) -> bool:
        return self._include_archived

    def set_query(self, text: str, include_archived: bool = False) -> None:
        """Show the patients matching ``text``; rows are read when the view asks for them."""
        self.last_error = ""
        try:
            listing = patient_list.find_patients(
                self.ctx.db,
                text,
                include_archived=include_archived,
                date_format=self.ctx.date_format,
                actor=self.ctx.actor,
            )
        except Exception as error:  # shown by the page; the list just stays empty
            listing = None
            failure: BaseException | None = error
        else:
            failure = None
        self.beginResetModel()
        self._text = text
        self._include_archived = include_archived
        self._listing = listing
        self._count = listing.count if listing is not None else 0
        by_id = listing is not None and listing.reads_by_id
        self._page_size = SEARCH_PAGE_SIZE if by_id else PAGE_SIZE
        self._pages.clear()
        self._last = None
        self.endResetModel()
        if failure is not None:
            self._fail(failure)

    def refresh(self) -> None:
        """Re-run the current query (after a save elsewhere)."""
        self.set_query(self._text, self._include_archived)

    def _fail(self, error: BaseException) -> None:

        self.last_error = failure_reason(error, "models.patients._fail")
        self.loadFailed.emit(self.last_error)

    # --- lazy rows ----------------------------------------------------------------------

    def _page(self, number: int) -> _Page | None:
        last = self._last
        if last is not None and last.number == number:
            return last
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            self._last = page
            return page
        if self._listing is None:
            return None
        try:
            start = number * self._page_size
            rows = self._listing.plain_rows(start, min(start + self._page_size, self._count))
        except Exception as error:  # data() must never raise into Qt's paint loop
            self._fail(error)
            return None
        page = self._pages[number] = self._last = _Page(number, rows, [None] * len(rows))
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> PatientRow | None:
        """The patient on ``row``, fetching its page when needed; None if out of range."""
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._page(number)
        if page is None:
            return None
        # The table can shrink between the count and a later page fetch (another desk).
        if offset >= len(page.rows):
            return None
        from mesodesk.services.dto import PatientRow

        return PatientRow(*page.rows[offset])

    def patient_id(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._page(number)
        return page.rows[offset][0] if page is not None and offset < len(page.rows) else None

    def row_of(self, patient_id: int, *, max_pages: int = 1) -> int | None:
        """The row showing ``patient_id``: anywhere in a search's results, else among the
        cached pages and the first ``max_pages`` of the whole list.

        Bounded on purpose: finding a patient anywhere in 100k rows would mean reading them
        all, so callers narrow the search instead when this returns None.
        """
        if self._listing is not None:
            position = self._listing.position_of(patient_id)
            if position is not None and position < self._count:
                return position
        for number, page in list(self._pages.items()):
            for offset, row in enumerate(page.rows):
                if row[0] == patient_id:
                    return number * self._page_size + offset
        pages = (self._count + self._page_size - 1) // self._page_size
        for number in range(min(max_pages, pages)):
            if number in self._pages:
                continue
            fetched = self._page(number)
            for offset, row in enumerate(fetched.rows if fetched is not None else ()):
                if row[0] == patient_id:
                    return number * self._page_size + offset
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
        # The view asks seven roles of every painted cell: the common answers come first.
        if role == _DISPLAY or role == _ACCESSIBLE:
            cells = self._cells(index.row())
            return cells[index.column()] if cells is not None else None
        if role in _ARCHIVED_ROLES:  # answered only for archived patients
            cells = self._cells(index.row())
            if cells is None or not cells[4]:
                return None
            return self._archived_data(role)
        if role == _USER:
            return self.patient_id(index.row())
        return None

    def multiData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,
    ) -> None:
        """What ``data`` answers, for all the roles a delegate paints a cell with at once.

        Every role in the span gets an answer, an empty one included: a delegate hands the
        same span to every cell it paints, so a role left alone keeps the previous cell's
        value (an archived row's italic grey would spill onto every row after it).
        """
        row = index.row()
        cells = self._cells(row)
        # PySide passes a span, iterable at run time; its type stubs lack ``__iter__``.
        for role_data in cast("Iterable[QModelRoleData]", roleDataSpan):
            role = role_data.role()
            if cells is None:
                role_data.clearData()
            elif role == _DISPLAY or role == _ACCESSIBLE:
                role_data.setData(cells[index.column()])
            elif role in _ARCHIVED_ROLES and cells[4]:
                role_data.setData(self._archived_data(role))
            elif role == _USER:
                role_data.setData(self.patient_id(row))
            else:
                role_data.clearData()

    def _archived_data(self, role: int) -> Any:
        if role == _TOOLTIP:
            return self.tr("This patient is archived.")
        if role == _FONT:
            font = QFont()
            font.setItalic(True)
            return font
        return _muted_text()

    def _cells(self, row: int) -> _Texts | None:
        """What ``row`` shows (its texts, and whether archived), formatted on first use."""
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._page(number)
        if page is None or offset >= len(page.rows):
            return None
        cells = page.texts[offset]
        if cells is None:
            cells = page.texts[offset] = self._texts(page.rows[offset])
        return cells

    def _texts(self, row: patient_list.Row) -> _Texts:
        _, family, given, born, phone, archived = row
        if archived:
            family = self.tr("{name} (archived)").format(name=family)
        # The date formatter itself, not ctx.format_date, which first checks the type.
        return (family, given, format_date(born, self.ctx.date_format), phone, archived)


_Texts = tuple[str, str, str, str, bool]
"""A row as shown: family name, given name, date of birth, phone (by column), archived."""


@dataclass(slots=True)
class _Page:
    """Rows read together, and their texts once formatted for the view."""

    number: int
    rows: list[patient_list.Row]
    texts: list[_Texts | None]


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


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_USER = int(Qt.ItemDataRole.UserRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ARCHIVED_ROLES = frozenset({_TOOLTIP, _FONT, _FOREGROUND})
"""Roles that mark an archived patient's row (italic, greyed, with a tooltip)."""

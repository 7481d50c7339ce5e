"""The gallery's list model: captions at once, thumbnails loaded in batches as they scroll in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPixmap

from mesodesk.services.photos import PhotoSummary
from mesodesk.ui.pages.chart.photos.common import caption, consent_label
from mesodesk.ui.theme import PHOTO_PLACEHOLDER

THUMB_SIZE = 160
BATCH = 48
"""Thumbnails read per query: about two screens of the gallery."""

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], dict[int, bytes]]


class PhotoListModel(QAbstractListModel):
    """One row per photo. The view asks only for visible decorations, so only those load."""

    PhotoRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self, fetch: Fetch, date_text: Callable[[Any], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._date_text = date_text
        self._rows: list[PhotoSummary] = []
        self._row_of: dict[int, int] = {}
        self._thumbs: dict[int, QPixmap] = {}
        self._wanted: list[int] = []
        self._placeholder = QPixmap(THUMB_SIZE, THUMB_SIZE)  # as big as any thumbnail: see sizeHint
        self._placeholder.fill(QColor(PHOTO_PLACEHOLDER))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.load_wanted)
        self.loaded_count = 0

    def set_photos(self, rows: Sequence[PhotoSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {photo.id: i for i, photo in enumerate(self._rows)}
        keep = set(self._row_of)
        self._thumbs = {k: v for k, v in self._thumbs.items() if k in keep}
        self._wanted.clear()
        self.endResetModel()

    def photos(self) -> list[PhotoSummary]:
        return list(self._rows)

    def photo(self, row: int) -> PhotoSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        photo = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return caption(photo, self._date_text(photo.taken_on))
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._thumbs.get(photo.id)
            if pixmap is not None:
                return pixmap
            if photo.id not in self._wanted:
                self._wanted.append(photo.id)
                self._timer.start()
            return self._placeholder
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{consent_label(photo.consent)}\n{photo.width} × {photo.height}" + (
                f"\n{photo.note}" if photo.note else ""
            )
        if role == self.PhotoRole:
            return photo
        return None

    def pending(self) -> int:
        """Thumbnails asked for by the view and not read yet."""
        return len(self._wanted)

    def has_thumbnail(self, photo_id: int) -> bool:
        return photo_id in self._thumbs

    def load_wanted(self) -> None:
        """Read the thumbnails asked for since the last batch (at most ``BATCH`` a query)."""
        while self._wanted:
            batch, self._wanted = self._wanted[:BATCH], self._wanted[BATCH:]
            try:
                found = self._fetch(batch)
            except Exception:  # the gallery keeps its placeholders; a refresh retries
                self._wanted.clear()
                return
            rows = []
            for photo_id, data in found.items():
                pixmap = QPixmap()
                if pixmap.loadFromData(data):
                    # Shown at most THUMB_SIZE logical pixels wide or high without a copy: the
                    # stored thumbnail's extra pixels serve high-DPI screens.
                    longest = max(pixmap.width(), pixmap.height())
                    pixmap.setDevicePixelRatio(max(1.0, longest / THUMB_SIZE))
                    self._thumbs[photo_id] = pixmap
                    self.loaded_count += 1
                if photo_id in self._row_of:
                    rows.append(self._row_of[photo_id])
            for row in sorted(rows):
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

"""Two photos drawn under one zoom and pan: side by side, a sliding divider, or see-through."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from mesodesk.ui.theme import PHOTO_CANVAS_BG, PHOTO_DIVIDER

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.25, 12.0, 1.25
PAN_STEP = 40.0


class CompareMode(StrEnum):
    SIDE_BY_SIDE = "side"
    SLIDER = "slider"
    OVERLAY = "overlay"


class CompareCanvas(QWidget):
    """Zoom (wheel, +/-) and pan (drag, arrows) apply to both photos at once; 0 fits again.

    ``position`` (0–1) is the divider in slider mode and the right photo's opacity in
    overlay mode.
    """

    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.left: QImage | None = None
        self.right: QImage | None = None
        self.mode = CompareMode.SIDE_BY_SIDE
        self.position = 0.5
        self.zoom = 1.0
        self.pan = QPointF(0, 0)
        self._drag_from: QPointF | None = None
        self._dragging_divider = False

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # --- state --------------------------------------------------------------------------

    def set_images(self, left: QImage | None, right: QImage | None) -> None:
        self.left, self.right = left, right
        self.fit()

    def set_mode(self, mode: CompareMode) -> None:
        self.mode = mode
        self.update()

    def set_position(self, value: float) -> None:
        self.position = min(1.0, max(0.0, value))
        self.update()

    def fit(self) -> None:
        self.zoom, self.pan = 1.0, QPointF(0, 0)
        self.viewChanged.emit()
        self.update()

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        old = self.zoom
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        if around is not None and old != self.zoom:  # keep the point under the cursor still
            pane = self._panes()[0] if self.mode is CompareMode.SIDE_BY_SIDE else self.rect()
            centre = QRectF(pane).center() + self.pan
            offset = around - centre
            self.pan -= offset * (self.zoom / old - 1)
        self.viewChanged.emit()
        self.update()

    def pan_by(self, dx: float, dy: float) -> None:
        self.pan += QPointF(dx, dy)
        self.viewChanged.emit()
        self.update()

    # --- geometry -----------------------------------------------------------------------

    def _panes(self) -> list[QRectF]:
        full = QRectF(self.rect())
        if self.mode is CompareMode.SIDE_BY_SIDE:
            half = full.width() / 2
            return [
                QRectF(0, 0, half - 2, full.height()),
                QRectF(half + 2, 0, half - 2, full.height()),
            ]
        return [full, full]

    def target_rect(self, image: QImage, pane: QRectF) -> QRectF:
        """Where ``image`` lands in ``pane``: fitted, then the shared zoom and pan."""
        if image.width() == 0 or image.height() == 0:
            return QRectF()
        scale = min(pane.width() / image.width(), pane.height() / image.height()) * self.zoom
        width, height = image.width() * scale, image.height() * scale
        centre = pane.center() + self.pan
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor(PHOTO_CANVAS_BG))
        left_pane, right_pane = self._panes()
        if self.left is None or self.right is None:  # one photo: shown alone, full size
            self._draw(painter, self.left or self.right, QRectF(self.rect()))
        elif self.mode is CompareMode.SIDE_BY_SIDE:
            self._draw(painter, self.left, left_pane)
            self._draw(painter, self.right, right_pane)
        elif self.mode is CompareMode.SLIDER:
            split = self.width() * self.position
            painter.save()
            painter.setClipRect(QRectF(0, 0, split, self.height()))
            self._draw(painter, self.left, left_pane)
            painter.restore()
            painter.save()
            painter.setClipRect(QRectF(split, 0, self.width() - split, self.height()))
            self._draw(painter, self.right, right_pane)
            painter.restore()
            painter.setPen(QPen(QColor(PHOTO_DIVIDER), 2))
            painter.drawLine(QPointF(split, 0), QPointF(split, self.height()))
        else:
            self._draw(painter, self.left, left_pane)
            painter.setOpacity(self.position)
            self._draw(painter, self.right, right_pane)
        painter.end()

    def _draw(self, painter: QPainter, image: QImage | None, pane: QRectF) -> None:
        if image is None:
            return
        painter.save()
        painter.setClipRect(pane, Qt.ClipOperation.IntersectClip)
        painter.drawImage(self.target_rect(image, pane), image)
        painter.restore()

    # --- input --------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        near_divider = abs(event.position().x() - self.width() * self.position) < 8
        self._dragging_divider = self.mode is CompareMode.SLIDER and near_divider
        self._drag_from = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        if self._dragging_divider:
            self.set_position(event.position().x() / max(1, self.width()))
            self.viewChanged.emit()
            return
        delta = event.position() - self._drag_from
        self._drag_from = event.position()
        self.pan_by(delta.x(), delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        self._dragging_divider = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (PAN_STEP, 0.0),
            Qt.Key.Key_Right: (-PAN_STEP, 0.0),
            Qt.Key.Key_Up: (0.0, PAN_STEP),
            Qt.Key.Key_Down: (0.0, -PAN_STEP),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in moves:
            self.pan_by(*moves[Qt.Key(key)])
        else:
            super().keyPressEvent(event)

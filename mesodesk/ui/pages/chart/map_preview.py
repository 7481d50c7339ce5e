"""The chart's preview of a session's injection map, and the map opened larger."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.services import injection_map
from mesodesk.services.injection_map import Mark
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import failure_reason
from mesodesk.ui.theme import MUTED_STYLE
from mesodesk.ui.widgets.injection_map.render import render_map

THUMBNAIL = QSize(150, 180)


class MapPreview(QWidget):
    """A small picture of the selected session's marks; a click or Show map opens it larger."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionMapPreview")
        self.ctx = ctx
        self.session_id: int | None = None
        self.marks: tuple[Mark, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = QLabel()
        self.picture.setObjectName("sessionMapThumbnail")
        self.picture.setFixedSize(THUMBNAIL)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setCursor(Qt.CursorShape.PointingHandCursor)
        self.picture.mousePressEvent = self._clicked  # type: ignore[method-assign]
        self.caption = QLabel()
        self.caption.setStyleSheet(MUTED_STYLE)
        self.caption.setWordWrap(True)
        self.caption.setFixedWidth(THUMBNAIL.width())
        self.open_button = QPushButton(self.tr("Show &map…"))
        self.open_button.setObjectName("showSessionMap")
        self.open_button.clicked.connect(self.open_map)
        layout.addWidget(self.picture)
        layout.addWidget(self.caption)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        self.show_session(None)

    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.marks = ()
        if session_id is not None:
            try:
                self.marks = injection_map.session_marks(
                    self.ctx.db, session_id, actor=self.ctx.actor
                )
            except Exception as error:  # the chart stays usable without its preview
                self.caption.setText(failure_reason(error, "session_marks"))
        self.picture.setVisible(bool(self.marks))
        self.open_button.setVisible(bool(self.marks))
        if self.marks:
            self.picture.setPixmap(
                render_map(self.marks, THUMBNAIL, ratio=self.devicePixelRatioF())
            )
            self.caption.setText(self.tr("{n} marks on the map").format(n=len(self.marks)))
        elif session_id is not None:
            self.caption.setText(self.tr("No injection map for this session."))
        else:
            self.caption.setText("")

    def _clicked(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_map()

    def open_map(self) -> MapDialog | None:
        if not self.marks or self.session_id is None:
            return None
        dialog = MapDialog(self.ctx, self.session_id, self.marks, self)
        dialog.open()
        return dialog


class MapDialog(QDialog):
    """A session's marks on each diagram used, numbered as in the session editor."""

    def __init__(
        self, ctx: DeskContext, session_id: int, marks: Sequence[Mark], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionMapDialog")
        self.setWindowTitle(self.tr("Injection map"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        names = {d.id: d.name for d in injection_map.catalog().diagrams}
        self.pictures: list[QLabel] = []
        for diagram in dict.fromkeys(m.diagram for m in marks):
            column = QVBoxLayout()
            title = QLabel(QCoreApplication.translate("Diagram", names.get(diagram, diagram)))
            picture = QLabel()
            picture.setObjectName("sessionMapPicture")
            picture.setPixmap(
                render_map(
                    marks,
                    QSize(360, 430),
                    diagram_id=diagram,
                    numbers=True,
                    ratio=self.devicePixelRatioF(),
                )
            )
            column.addWidget(title)
            column.addWidget(picture)
            row.addLayout(column)
            self.pictures.append(picture)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

"""Comparing two photos of the same view from different days, zoomed and panned together."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.photos import PhotoView
from mesodesk.services.photos import PhotoSummary
from mesodesk.ui.pages.chart.photos.canvas import CompareCanvas, CompareMode
from mesodesk.ui.pages.chart.photos.common import phase_label, view_label

LoadImage = Callable[[int], QImage]


def first_and_latest(
    photos: Sequence[PhotoSummary], view: PhotoView, course_of: Mapping[int, int | None]
) -> tuple[PhotoSummary, PhotoSummary] | None:
    """The first photo of the latest photo's course (else the very first) and the latest."""
    same = sorted((p for p in photos if p.view is view), key=lambda p: (p.taken_on, p.id))
    if len(same) < 2:
        return None
    latest = same[-1]
    course = course_of.get(latest.session_id) if latest.session_id is not None else None
    if course is not None:
        in_course = [
            p for p in same if p.session_id is not None and course_of.get(p.session_id) == course
        ]
        if len(in_course) >= 2:
            return in_course[0], latest
    return same[0], latest


class CompareDialog(QDialog):
    """Left and right photo of one view, three ways of looking, zoom and pan locked."""

    def __init__(
        self,
        photos: Sequence[PhotoSummary],
        load: LoadImage,
        date_text: Callable[[object], str],
        course_of: Mapping[int, int | None],
        *,
        first: PhotoSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoCompare")
        self.setWindowTitle(self.tr("Compare photos"))
        self._photos = list(photos)
        self._load = load
        self._date_text = date_text
        self._course_of = course_of
        self._images: dict[int, QImage] = {}
        self.canvas = CompareCanvas()
        self.view_choice = QComboBox()
        self.view_choice.setObjectName("compareView")
        for view in PhotoView:
            if any(p.view is view for p in self._photos):
                self.view_choice.addItem(view_label(view), view)
        self.left_choice = QComboBox()
        self.left_choice.setObjectName("compareLeft")
        self.right_choice = QComboBox()
        self.right_choice.setObjectName("compareRight")
        self.mode_choice = QComboBox()
        self.mode_choice.setObjectName("compareMode")
        self.mode_choice.addItem(self.tr("Side by side"), CompareMode.SIDE_BY_SIDE)
        self.mode_choice.addItem(self.tr("Slider"), CompareMode.SLIDER)
        self.mode_choice.addItem(self.tr("Overlay"), CompareMode.OVERLAY)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("compareSlider")
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.slider_label = QLabel()
        self.first_latest = QPushButton(self.tr("&First of the course vs latest"))
        self.first_latest.setObjectName("firstVsLatestButton")
        fit = QPushButton(self.tr("Fi&t"))
        fit.setObjectName("compareFitButton")

        top = QHBoxLayout()
        for label, widget in (
            (self.tr("&View:"), self.view_choice),
            (self.tr("&Left:"), self.left_choice),
            (self.tr("&Right:"), self.right_choice),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget, 1)
        top.addWidget(self.first_latest)
        bottom = QHBoxLayout()
        mode_caption = QLabel(self.tr("&Show:"))
        mode_caption.setBuddy(self.mode_choice)
        bottom.addWidget(mode_caption)
        bottom.addWidget(self.mode_choice)
        slider_box = QWidget()  # keeps its room when the slider is hidden (side by side)
        slider_row = QHBoxLayout(slider_box)
        slider_row.setContentsMargins(0, 0, 0, 0)
        slider_row.addWidget(self.slider_label)
        slider_row.addWidget(self.slider, 1)
        bottom.addWidget(slider_box, 1)
        bottom.addWidget(fit)
        hint = QLabel(self.tr("Wheel or +/− to zoom, drag or arrows to move, 0 to fit."))
        hint.setObjectName("compareHint")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(bottom)
        layout.addWidget(hint)

        self.view_choice.currentIndexChanged.connect(self._fill_sides)
        self.left_choice.currentIndexChanged.connect(self._show)
        self.right_choice.currentIndexChanged.connect(self._show)
        self.mode_choice.currentIndexChanged.connect(self._mode_changed)
        self.slider.valueChanged.connect(lambda v: self.canvas.set_position(v / 100))
        self.canvas.viewChanged.connect(self._sync_slider)
        self.first_latest.clicked.connect(self.show_first_and_latest)
        fit.clicked.connect(self.canvas.fit)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.show_first_and_latest)

        self.view_choice.setCurrentIndex(self.view_choice.findData(first.view))
        self._fill_sides()
        self._select(self.right_choice, first.id)
        earlier = [p for p in self._same_view() if (p.taken_on, p.id) < (first.taken_on, first.id)]
        if earlier:
            self._select(self.left_choice, earlier[-1].id)
        self._mode_changed()
        self.resize(1000, 720)

    # --- choices ------------------------------------------------------------------------

    def current_view(self) -> PhotoView | None:
        """The chosen view (combo boxes hand enum members back as plain strings)."""
        data = self.view_choice.currentData()
        return PhotoView(data) if data else None

    def current_mode(self) -> CompareMode:
        return CompareMode(self.mode_choice.currentData())

    def _same_view(self) -> list[PhotoSummary]:
        view = self.current_view()
        return sorted((p for p in self._photos if p.view is view), key=lambda p: (p.taken_on, p.id))

    def _fill_sides(self) -> None:
        same = self._same_view()
        for combo in (self.left_choice, self.right_choice):
            combo.blockSignals(True)
            combo.clear()
            for photo in same:
                combo.addItem(
                    f"{self._date_text(photo.taken_on)} · {phase_label(photo.phase)}", photo.id
                )
            combo.blockSignals(False)
        if len(same) == 1:  # nothing to compare with: the photo alone
            self.left_choice.clear()
        if same:
            self.left_choice.setCurrentIndex(0)
            self.right_choice.setCurrentIndex(len(same) - 1)
        self.first_latest.setEnabled(len(same) >= 2)
        self._show()

    def _select(self, combo: QComboBox, photo_id: int) -> None:
        index = combo.findData(photo_id)
        if index >= 0:
            combo.setCurrentIndex(index)

    def show_first_and_latest(self) -> None:
        view = self.current_view()
        pair = first_and_latest(self._photos, view, self._course_of) if view else None
        if pair is None:
            return
        self._select(self.left_choice, pair[0].id)
        self._select(self.right_choice, pair[1].id)

    # --- showing ------------------------------------------------------------------------

    def image(self, photo_id: int | None) -> QImage | None:
        """The full photo, read only when first shown."""
        if photo_id is None:
            return None
        if photo_id not in self._images:
            self._images[photo_id] = self._load(photo_id)
        return self._images[photo_id]

    def _show(self) -> None:
        self.canvas.set_images(
            self.image(self.left_choice.currentData()), self.image(self.right_choice.currentData())
        )

    def _mode_changed(self) -> None:
        mode = self.current_mode()
        self.canvas.set_mode(mode)
        self.slider.setVisible(mode is not CompareMode.SIDE_BY_SIDE)
        self.slider_label.setVisible(mode is not CompareMode.SIDE_BY_SIDE)
        self.slider_label.setText(
            self.tr("Divider:") if mode is CompareMode.SLIDER else self.tr("Right photo opacity:")
        )

    def _sync_slider(self) -> None:
        value = round(self.canvas.position * 100)
        if self.slider.value() != value:
            self.slider.blockSignals(True)
            self.slider.setValue(value)
            self.slider.blockSignals(False)

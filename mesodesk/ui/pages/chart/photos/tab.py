"""The chart's Photos tab (objectName ``photoGallery``): import, browse, compare, export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QModelIndex, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.photos import PhotoView
from mesodesk.services import photos as photo_service
from mesodesk.services.dto import SessionSummary
from mesodesk.services.photo_inbox import PHOTO_SUFFIXES, set_aside, waiting_photos
from mesodesk.services.photos import PhotoDetails, PhotoSummary
from mesodesk.ui.context import DeskContext
from mesodesk.ui.ops import report_failure, run_op
from mesodesk.ui.pages.chart.common import SPACING, empty_hint
from mesodesk.ui.pages.chart.photos.common import view_label
from mesodesk.ui.pages.chart.photos.compare import CompareDialog
from mesodesk.ui.pages.chart.photos.details import PhotoDetailsDialog
from mesodesk.ui.pages.chart.photos.model import THUMB_SIZE, PhotoListModel
from mesodesk.ui.theme import ERROR_STYLE, INFO_STYLE

CAMERA_FOLDER_KEY = "photos/camera_folder"
"""Per computer (QSettings): the folder this desk's camera or phone sync writes into."""


class PhotosTab(QWidget):
    """A patient's photos as thumbnails; drop files on it or use Import to add some."""

    photosChanged = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoGallery")
        self.setAcceptDrops(True)
        self.ctx = ctx
        self.patient_id: int | None = None
        self.sessions: tuple[SessionSummary, ...] = ()
        self.stale = True
        self.ask_details: Callable[[int, PhotoDetails | None], PhotoDetails | None] = self._ask
        self.compare_dialog: CompareDialog | None = None
        self.model = PhotoListModel(self._fetch_thumbnails, ctx.format_date, self)

        self.import_button = QPushButton(self.tr("&Import photos…"))
        self.import_button.setObjectName("importPhotosButton")
        self.view_filter = QComboBox()
        self.view_filter.setObjectName("photoViewFilter")
        self.view_filter.addItem(self.tr("All views"), None)
        for view in PhotoView:
            self.view_filter.addItem(view_label(view), view)
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.compare_button.setObjectName("comparePhotosButton")
        self.details_button = QPushButton(self.tr("&Details…"))
        self.details_button.setObjectName("editPhotoButton")
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportPhotoButton")
        self.archive_button = QPushButton(self.tr("&Remove from gallery"))
        self.archive_button.setObjectName("archivePhotoButton")
        self.camera_button = QPushButton(self.tr("Camera &folder…"))
        self.camera_button.setObjectName("cameraFolderButton")
        self.camera_banner = QPushButton()
        self.camera_banner.setObjectName("cameraBanner")
        self.camera_banner.setStyleSheet(INFO_STYLE.replace("QLabel", "QPushButton"))
        self.camera_banner.hide()
        self.message = QLabel()
        self.message.setObjectName("photoMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()

        self.view = QListView()
        self.view.setObjectName("photoList")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.view.setGridSize(QSize(THUMB_SIZE + 24, THUMB_SIZE + 52))
        self.view.setUniformItemSizes(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.view.setModel(self.model)
        self.empty = empty_hint(
            self.tr(
                "<p><b>No photos yet.</b></p><p>Drop photos here, use <i>Import photos…</i>, "
                "or choose the camera folder this desk's camera or phone saves into.</p>"
            ),
            "photosEmpty",
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        bar = QHBoxLayout()
        for widget in (self.import_button, self.view_filter, self.compare_button,
                       self.details_button, self.export_button, self.archive_button):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.camera_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.camera_banner)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.check_camera_folder())
        self.import_button.clicked.connect(self.choose_files)
        self.view_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.compare_button.clicked.connect(lambda: self.compare())
        self.details_button.clicked.connect(self.edit_details)
        self.export_button.clicked.connect(self.export_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.camera_button.clicked.connect(self.choose_camera_folder)
        self.camera_banner.clicked.connect(self.import_from_camera)
        self.view.doubleClicked.connect(lambda index: self.compare(self.model.photo(index.row())))
        self._all: list[PhotoSummary] = []
        self._watch(self.camera_folder())
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------

    def show_patient(self, patient_id: int, sessions: Sequence[SessionSummary]) -> None:
        changed = patient_id != self.patient_id
        self.patient_id, self.sessions = patient_id, tuple(sessions)
        if changed:
            self.model.set_photos([])
        self.stale = True

    def load(self) -> None:
        """Read the photo list (no image bytes); thumbnails follow as they scroll into view."""
        if self.patient_id is None:
            return
        self.stale = False
        try:
            self._all = photo_service.list_photos(
                self.ctx.db, actor=self.ctx.actor, patient_id=self.patient_id
            )
        except Exception as error:
            report_failure(self, error, title=self.tr("Photos"), operation="chart.photos.load")
            return
        self._apply_filter()
        self.check_camera_folder()

    def _apply_filter(self) -> None:
        data = self.view_filter.currentData()
        view = PhotoView(data) if data else None
        shown = [p for p in self._all if view is None or p.view is view]
        self.model.set_photos(shown)
        self.stack.setCurrentWidget(self.view if shown else self.empty)
        self._update_buttons()

    def _fetch_thumbnails(self, ids: Sequence[int]) -> dict[int, bytes]:
        return photo_service.thumbnails(self.ctx.db, actor=self.ctx.actor, photo_ids=ids)

    def selected(self) -> PhotoSummary | None:
        index: QModelIndex = self.view.currentIndex()
        return self.model.photo(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = bool(self._all)
        for button in (self.compare_button, self.details_button, self.export_button,
                       self.archive_button):  # fmt: skip
            button.setEnabled(has)

    # --- importing ----------------------------------------------------------------------

    def _session_label(self, summary: SessionSummary) -> str:
        return f"{self.ctx.format_date(summary.starts_at)} · {summary.areas or '—'}"

    def _ask(self, count: int, initial: PhotoDetails | None) -> PhotoDetails | None:
        dialog = PhotoDetailsDialog(
            self.sessions, self._session_label, count=count, initial=initial, parent=self
        )
        return dialog.details() if dialog.exec() == PhotoDetailsDialog.DialogCode.Accepted else None

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(PHOTO_SUFFIXES))
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import photos"), "", self.tr("Photos ({0})").format(patterns)
        )
        if names:
            self.import_files([Path(name) for name in names])

    def import_files(
        self, paths: Sequence[Path], *, after: Callable[[], object] | None = None
    ) -> None:
        """Ask what the photos show, then import them all (or none) off the GUI thread."""
        if self.patient_id is None or not paths:
            return
        details = self.ask_details(len(paths), None)
        if details is None:
            return
        patient_id, user = self.patient_id, self.ctx.actor

        def done(_ids: object) -> None:
            self.show_message("")
            if after is not None:
                after()
            self.load()
            self.photosChanged.emit()

        run_op(
            self,
            lambda: photo_service.import_files(
                self.ctx.db, actor=user, patient_id=patient_id, paths=list(paths), details=details
            ),
            on_done=done,
            changes=None,
            background=True,
            show=self.show_message,
        )

    def show_message(self, text: str) -> None:
        """A refused import, in place above the gallery (nothing was stored)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.patient_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # --- the camera folder --------------------------------------------------------------

    def camera_folder(self) -> Path | None:
        value = QSettings().value(CAMERA_FOLDER_KEY, "")
        return Path(str(value)) if value else None

    def set_camera_folder(self, folder: Path | None) -> None:
        QSettings().setValue(CAMERA_FOLDER_KEY, str(folder) if folder else "")
        self._watch(folder)
        self.check_camera_folder()

    def _watch(self, folder: Path | None) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if folder is not None and folder.is_dir():
            self.watcher.addPath(str(folder))

    def choose_camera_folder(self) -> None:
        start = str(self.camera_folder() or "")
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Camera folder"), start)
        if chosen:
            self.set_camera_folder(Path(chosen))

    def check_camera_folder(self) -> int:
        folder = self.camera_folder()
        count = len(waiting_photos(folder)) if folder is not None else 0
        self.camera_banner.setVisible(bool(count) and self.patient_id is not None)
        self.camera_banner.setText(
            self.tr("%n new photo(s) in the camera folder: import them into this chart", "", count)
        )
        return count

    def import_from_camera(self) -> None:
        folder = self.camera_folder()
        if folder is None:
            return
        paths = waiting_photos(folder)
        self.import_files(paths, after=lambda: set_aside(paths, folder))

    # --- one photo ----------------------------------------------------------------------

    def _load_image(self, photo_id: int) -> QImage:
        data, _mime = photo_service.photo_image(
            self.ctx.db, actor=self.ctx.actor, photo_id=photo_id
        )
        return QImage.fromData(data)

    def compare(self, photo: PhotoSummary | None = None) -> CompareDialog | None:
        photo = photo or self.selected() or (self._all[-1] if self._all else None)
        if photo is None:
            return None
        course_of = {s.id: s.course_id for s in self.sessions}
        try:
            dialog = CompareDialog(
                self._all, self._load_image, self.ctx.format_date, course_of, first=photo,
                parent=self,
            )  # fmt: skip
        except Exception as error:
            report_failure(self, error, title=self.tr("Compare photos"), operation="photos.compare")
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    def edit_details(self) -> None:
        photo = self.selected()
        if photo is None:
            return
        initial = PhotoDetails(
            view=photo.view, phase=photo.phase, consent=photo.consent,
            session_id=photo.session_id, taken_on=photo.taken_on, note=photo.note,
        )  # fmt: skip
        details = self.ask_details(0, initial)
        if details is None:
            return
        try:
            photo_service.update_photo(
                self.ctx.db, actor=self.ctx.actor, photo_id=photo.id, details=details
            )
        except Exception as error:
            report_failure(self, error, title=self.tr("Photo details"), operation="photos.edit")
            return
        self.load()

    def export_selected(self) -> Path | None:
        photo = self.selected()
        if photo is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export photo"), f"photo-{photo.id}.jpg", self.tr("Images (*.jpg *.png)")
        )
        if not name:
            return None
        try:
            return photo_service.export_photo(
                self.ctx.db, actor=self.ctx.actor, photo_id=photo.id, out=Path(name)
            )
        except Exception as error:
            report_failure(self, error, title=self.tr("Export photo"), operation="photos.export")
            return None

    def archive_selected(self) -> None:
        photo = self.selected()
        if photo is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from gallery"),
            self.tr("Remove this photo from the gallery? It stays in the record's history."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            photo_service.archive_photo(self.ctx.db, actor=self.ctx.actor, photo_id=photo.id)
        except Exception as error:
            report_failure(self, error, title=self.tr("Remove photo"), operation="photos.archive")
            return
        self.load()

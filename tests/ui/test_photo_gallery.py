"""The chart's photo gallery: import by file, drop and camera folder; lazy thumbnails; compare."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from mesodesk.domain.photos import PhotoConsent, PhotoPhase, PhotoView
from mesodesk.services import photos
from mesodesk.services.photos import PhotoDetails
from mesodesk.ui.context import DeskContext
from mesodesk.ui.pages.chart.photos import CompareDialog, PhotosTab, first_and_latest
from mesodesk.ui.pages.chart.photos.canvas import CompareMode
from mesodesk.ui.pages.chart.photos.details import PhotoDetailsDialog
from mesodesk.ui.pages.patient_chart import PatientChart
from tests.factories import ACTOR, Clinic, add_session
from tests.photo_files import gps_jpeg, rotated_jpeg

USER = ACTOR
FRONT = PhotoDetails(view=PhotoView.FRONT)


def open_gallery(qtbot: QtBot, ctx: DeskContext, patient_id: int) -> tuple[PatientChart, PhotosTab]:
    chart = PatientChart(ctx, patient_id)
    qtbot.addWidget(chart)
    chart.resize(1100, 720)
    chart.show()
    qtbot.waitExposed(chart)
    tab_bar = chart.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(4).center())
    assert chart.tabs.currentWidget() is chart.photos_tab
    return chart, chart.photos_tab


def _files(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        path = tmp_path / f"IMG_{i:04d}.JPG"
        path.write_bytes(gps_jpeg(seed=i))
        paths.append(path)
    return paths


def test_an_empty_gallery_says_how_to_add_photos(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    assert tab.objectName() == "photoGallery"
    assert tab.stack.currentWidget() is tab.empty and "Drop photos here" in tab.empty.text()
    assert not tab.compare_button.isEnabled()


def test_importing_files_asks_what_they_show_then_lists_them(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, tmp_path: Path
) -> None:
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    asked: list[int] = []

    def ask(count: int, initial: PhotoDetails | None) -> PhotoDetails:
        asked.append(count)
        return PhotoDetails(view=PhotoView.LEFT_45, phase=PhotoPhase.AFTER)

    tab.ask_details = ask
    tab.import_files(_files(tmp_path, 2))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert asked == [2]
    assert tab.stack.currentWidget() is tab.view
    first = tab.model.photo(0)
    assert first.view is PhotoView.LEFT_45 and first.phase is PhotoPhase.AFTER
    assert "45° left · After" in tab.model.index(0, 0).data()
    qtbot.waitUntil(lambda: tab.model.has_thumbnail(first.id))


def test_cancelling_the_question_imports_nothing(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, tmp_path: Path
) -> None:
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    tab.ask_details = lambda count, initial: None
    tab.import_files(_files(tmp_path, 1))
    tab.load()
    assert tab.model.rowCount() == 0


def test_the_details_dialog_is_answered_with_the_keyboard(qtbot: QtBot) -> None:
    dialog = PhotoDetailsDialog([], lambda s: "", count=3)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Import 3 photo(s)"
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)  # Front -> 45° left
    dialog.phase.setFocus()
    qtbot.keyClick(dialog.phase, Qt.Key.Key_Down)  # Before -> After
    dialog.consent.setFocus()
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.note, "smiling")
    details = dialog.details()
    assert details.view is PhotoView.LEFT_45 and details.phase is PhotoPhase.AFTER
    assert details.consent is PhotoConsent.MARKETING and details.note == "smiling"


def test_a_dropped_non_photo_is_refused_in_place_and_nothing_is_stored(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, tmp_path: Path
) -> None:
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    tab.ask_details = lambda count, initial: FRONT
    fake = tmp_path / "holiday.jpg"
    fake.write_text("not a photo at all")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fake))])
    enter = QDragEnterEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    drop = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    # Qt delivers a drop only to the target of a real drag, so the handlers are called as
    # the drag manager would call them.
    tab.dragEnterEvent(enter)
    assert enter.isAccepted()
    tab.dropEvent(drop)
    qtbot.waitUntil(lambda: tab.message.isVisible())
    assert "holiday.jpg is not a photo" in tab.message.text()
    assert photos.list_photos(ctx.db, actor=USER, patient_id=clinic.patient) == []


def test_the_camera_folder_offers_new_photos_once(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic, tmp_path: Path
) -> None:
    camera = tmp_path / "camera"
    camera.mkdir()
    _files(camera, 3)
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    tab.ask_details = lambda count, initial: FRONT
    tab.set_camera_folder(camera)
    assert tab.camera_banner.isVisible() and "3 new photo(s)" in tab.camera_banner.text()
    qtbot.waitUntil(lambda: tab.camera_banner.height() > 0 and tab.camera_banner.y() > 0)
    qtbot.mouseClick(tab.camera_banner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 or tab.message.isVisible())
    assert tab.message.text() == ""
    assert not tab.camera_banner.isVisible()
    assert sorted(p.name for p in (camera / "imported").iterdir()) == [
        "IMG_0000.JPG", "IMG_0001.JPG", "IMG_0002.JPG",
    ]  # fmt: skip
    tab.set_camera_folder(None)


def test_five_hundred_photos_open_without_loading_every_thumbnail(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    items = [(f"p{i}.jpg", gps_jpeg(seed=i % 7)) for i in range(500)]
    photos.import_many(ctx.db, actor=USER, patient_id=clinic.patient, items=items, details=FRONT)
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    assert tab.model.rowCount() == 500
    qtbot.waitUntil(lambda: tab.model.loaded_count > 0)
    assert tab.model.loaded_count < 200  # only what is on screen, in batches
    tab.view.scrollToBottom()
    last = tab.model.photo(499).id
    qtbot.waitUntil(lambda: tab.model.has_thumbnail(last))


def _photo_days(ctx: DeskContext, clinic: Clinic, days: list[int]) -> list[int]:
    ids = []
    for offset in days:
        when = datetime.combine(date.today() - timedelta(days=offset), time(10))
        session = add_session(ctx.db, clinic, when)
        details = PhotoDetails(view=PhotoView.FRONT, session_id=session)
        ids += photos.import_many(
            ctx.db, actor=USER, patient_id=clinic.patient,
            items=[("x.jpg", rotated_jpeg() if offset % 2 else gps_jpeg(seed=offset))], details=details,
        )  # fmt: skip
    return ids


def test_double_click_opens_the_comparison_with_the_previous_photo(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    older, newer = _photo_days(ctx, clinic, [60, 30])
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    index = tab.model.index(1, 0)
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.compare_dialog
    assert isinstance(dialog, CompareDialog) and dialog.objectName() == "photoCompare"
    qtbot.addWidget(dialog)
    assert dialog.left_choice.currentData() == older and dialog.right_choice.currentData() == newer
    assert dialog.canvas.left is not None and dialog.canvas.right is not None


def test_zoom_and_pan_move_both_photos_together(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    _photo_days(ctx, clinic, [60, 30])
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    dialog = tab.compare()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    left_pane, right_pane = canvas._panes()
    before = canvas.target_rect(canvas.left, left_pane)  # type: ignore[arg-type]
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.zoom == pytest.approx(1.25)
    after_left = canvas.target_rect(canvas.left, left_pane)  # type: ignore[arg-type]
    after_right = canvas.target_rect(canvas.right, right_pane)  # type: ignore[arg-type]
    assert after_left.width() > before.width()
    assert after_left.center().x() - left_pane.center().x() == pytest.approx(
        after_right.center().x() - right_pane.center().x()
    )
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.zoom == 1.0 and canvas.pan == QPointF(0, 0)


def test_slider_and_overlay_modes_follow_the_slider(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    _photo_days(ctx, clinic, [60, 30])
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    dialog = tab.compare()
    assert dialog is not None
    qtbot.addWidget(dialog)
    mode: QComboBox = dialog.mode_choice
    assert dialog.current_mode() is CompareMode.SIDE_BY_SIDE and not dialog.slider.isVisibleTo(
        dialog
    )
    mode.setCurrentIndex(mode.findData(CompareMode.OVERLAY))
    assert dialog.slider.isVisibleTo(dialog) and "opacity" in dialog.slider_label.text()
    dialog.slider.setFocus()
    qtbot.keyClick(dialog.slider, Qt.Key.Key_End)
    assert dialog.canvas.position == 1.0
    mode.setCurrentIndex(mode.findData(CompareMode.SLIDER))
    qtbot.keyClick(dialog.slider, Qt.Key.Key_Home)
    assert dialog.canvas.position == 0.0 and dialog.canvas.mode is CompareMode.SLIDER
    for each in CompareMode:
        mode.setCurrentIndex(mode.findData(each))
        assert not dialog.canvas.grab().isNull()  # paints in every mode


def test_first_of_the_course_versus_latest_in_one_click(
    qtbot: QtBot, ctx: DeskContext, clinic: Clinic
) -> None:
    ids = _photo_days(ctx, clinic, [90, 60, 30, 10])
    summaries = photos.list_photos(ctx.db, actor=USER, patient_id=clinic.patient)
    by_id = {p.id: p for p in summaries}
    course_of = {by_id[i].session_id: (7 if n >= 1 else None) for n, i in enumerate(ids)}
    pair = first_and_latest(summaries, PhotoView.FRONT, course_of)  # type: ignore[arg-type]
    assert pair is not None and (pair[0].id, pair[1].id) == (ids[1], ids[3])
    assert first_and_latest(summaries, PhotoView.FRONT, {})[0].id == ids[0]  # type: ignore[index]
    _chart, tab = open_gallery(qtbot, ctx, clinic.patient)
    dialog = tab.compare(by_id[ids[3]])
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.left_choice.setCurrentIndex(2)
    qtbot.mouseClick(dialog.first_latest, Qt.MouseButton.LeftButton)
    assert (dialog.left_choice.currentData(), dialog.right_choice.currentData()) == (ids[0], ids[3])

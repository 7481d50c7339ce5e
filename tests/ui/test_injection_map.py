"""The injection map driven like a practitioner: click, drag, Delete, undo, keyboard only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mesodesk.domain.checklist import all_ticked
from mesodesk.domain.injection_map import MarkKind, Side
from mesodesk.services import injection_map, sessions
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.session_editor.lines import EditorData
from mesodesk.ui.dialogs.session_editor.map_section import OPEN_KEY
from mesodesk.ui.widgets.injection_map.canvas import MapCanvas, Tool
from mesodesk.ui.widgets.injection_map.panel import InjectionMapPanel
from tests.factories import ACTOR
from tests.ui.test_session_editor import TODAY, _editor
from tests.ui.test_session_editor import _evening as _evening
from tests.ui.test_session_editor import _no_real_modals as _no_real_modals
from tests.ui.test_session_editor import clinic as clinic
from tests.ui.test_session_editor import ctx as ctx

RIGHT_CHEEK = (0.3, 0.56)
LEFT_CHEEK = (0.7, 0.56)
FOREHEAD = (0.5, 0.28)
ROOT = Path(__file__).resolve().parents[2]
WHEN = datetime.combine(TODAY, datetime.min.time()).replace(hour=10)


@pytest.fixture(autouse=True)
def _map_folded_afterwards() -> Iterator[None]:
    """Opening the map is remembered (QSettings): later tests start with it folded again."""
    yield
    QSettings().remove(OPEN_KEY)


@pytest.fixture
def panel(qtbot: QtBot, ctx: DeskContext) -> Iterator[InjectionMapPanel]:
    widget = InjectionMapPanel(EditorData.load(ctx))
    qtbot.addWidget(widget)
    widget.resize(1000, 560)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def send(widget: QWidget, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(canvas: MapCanvas, start: tuple[float, float], end: tuple[float, float]) -> None:
    a, b = canvas.view_point(start), canvas.view_point(end)
    held = Qt.MouseButton.LeftButton
    send(canvas, QEvent.Type.MouseButtonPress, a, held)
    middle = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
    send(canvas, QEvent.Type.MouseMove, middle, held)
    send(canvas, QEvent.Type.MouseMove, b, held)
    send(canvas, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def click(qtbot: QtBot, canvas: MapCanvas, where: tuple[float, float]) -> None:
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.view_point(where).toPoint())


def test_a_click_places_a_point_in_its_region_with_its_side(
    qtbot: QtBot, panel: InjectionMapPanel, clinic: dict[str, int]
) -> None:
    click(qtbot, panel.canvas, RIGHT_CHEEK)
    click(qtbot, panel.canvas, LEFT_CHEEK)
    marks = panel.marks()
    assert [(m.kind, m.area_id, m.side) for m in marks] == [
        (MarkKind.POINT, clinic["cheeks"], Side.RIGHT),
        (MarkKind.POINT, clinic["cheeks"], Side.LEFT),
    ]
    assert panel.mark_list.rowCount() == 2
    assert panel.mark_list.item(1, 4).text() == "Left"
    assert panel.selected == 1


def test_a_drag_moves_a_mark_and_its_region_follows(qtbot: QtBot, panel: InjectionMapPanel) -> None:
    click(qtbot, panel.canvas, RIGHT_CHEEK)
    drag(panel.canvas, RIGHT_CHEEK, FOREHEAD)
    (mark,) = panel.marks()
    assert mark.points[0] == pytest.approx(FOREHEAD, abs=0.01)
    assert mark.side == Side.MIDLINE
    assert panel.mark_list.item(0, 3).text() == "Forehead"
    panel.canvas.setFocus()
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.marks()[0].points[0] == pytest.approx(RIGHT_CHEEK, abs=0.01)
    qtbot.keyClick(
        panel.canvas,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.marks()[0].points[0] == pytest.approx(FOREHEAD, abs=0.01)


def test_delete_removes_the_chosen_mark_and_undo_brings_it_back(
    qtbot: QtBot, panel: InjectionMapPanel
) -> None:
    click(qtbot, panel.canvas, RIGHT_CHEEK)
    click(qtbot, panel.canvas, FOREHEAD)
    click(qtbot, panel.canvas, RIGHT_CHEEK)  # chooses the first mark again, adds nothing
    assert len(panel.marks()) == 2 and panel.selected == 0
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Delete)
    assert [m.points[0] for m in panel.marks()] == [pytest.approx(FOREHEAD, abs=0.01)]
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.marks()) == 2
    assert panel.marks()[0].points[0] == pytest.approx(RIGHT_CHEEK, abs=0.01)


def test_the_grid_tool_covers_a_zone_and_the_line_tool_takes_two_clicks(
    qtbot: QtBot, panel: InjectionMapPanel, clinic: dict[str, int]
) -> None:
    qtbot.mouseClick(panel.tool_buttons[Tool.GRID], Qt.MouseButton.LeftButton)
    drag(panel.canvas, (0.22, 0.5), (0.4, 0.62))
    (grid,) = panel.marks()
    assert grid.kind == MarkKind.GRID and len(grid.points) == 2
    assert (grid.area_id, grid.side) == (clinic["cheeks"], Side.RIGHT)
    qtbot.mouseClick(panel.tool_buttons[Tool.LINE], Qt.MouseButton.LeftButton)
    click(qtbot, panel.canvas, (0.62, 0.52))
    assert len(panel.marks()) == 1  # waiting for the other end
    click(qtbot, panel.canvas, (0.76, 0.6))
    line = panel.marks()[1]
    assert line.kind == MarkKind.LINE and line.side == Side.LEFT


def test_a_new_mark_takes_product_lot_volume_and_needle_from_the_last(
    qtbot: QtBot, panel: InjectionMapPanel, clinic: dict[str, int]
) -> None:
    click(qtbot, panel.canvas, RIGHT_CHEEK)
    fields = panel.fields
    fields.product.setCurrentIndex(fields.product.findData(clinic["ha"]))
    fields.product.activated.emit(fields.product.currentIndex())
    fields.volume.setValue(0.2)
    fields.gauge.setCurrentIndex(fields.gauge.findData(32))
    fields.gauge.activated.emit(fields.gauge.currentIndex())
    click(qtbot, panel.canvas, LEFT_CHEEK)
    second = panel.marks()[1]
    assert (second.product_id, second.lot_id) == (clinic["ha"], clinic["ha_lot"])
    assert (second.volume, second.needle_gauge) == (Decimal("0.20"), 32)
    assert "0.40 ml" in panel.totals_label.text()
    assert "HydraMeso" in panel.totals_label.text() and "Cheeks" in panel.totals_label.text()


def test_the_keyboard_alone_records_and_edits_a_mark(
    qtbot: QtBot, panel: InjectionMapPanel, clinic: dict[str, int]
) -> None:
    combo = panel.region_combo
    combo.setFocus()
    index = combo.findText("Cheeks, left")
    assert index >= 0
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)
    panel.add_button.setFocus()
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    (mark,) = panel.marks()
    assert (mark.area_id, mark.side) == (clinic["cheeks"], Side.LEFT)
    volume = panel.fields.volume
    volume.setFocus()
    volume.selectAll()
    qtbot.keyClicks(volume, "0.3")
    assert panel.marks()[0].volume == Decimal("0.30")
    product = panel.fields.product
    product.setFocus()
    qtbot.keyClick(product, Qt.Key.Key_Down)
    assert panel.marks()[0].product_id is not None
    panel.mark_list.setFocus()
    qtbot.keyClick(panel.mark_list, Qt.Key.Key_Delete)
    assert panel.marks() == ()
    qtbot.keyClick(panel.mark_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.marks()) == 1
    panel.canvas.setFocus()
    panel.select(0)
    before = panel.marks()[0].points[0]
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Right)
    assert panel.marks()[0].points[0][0] > before[0]


def test_a_session_recorded_by_marks_saves_its_lines(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"], starts_at=WHEN)
    section = editor.form.map_section
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    panel = section.panel
    qtbot.waitUntil(lambda: panel.canvas.isVisible())
    click(qtbot, panel.canvas, RIGHT_CHEEK)
    fields = panel.fields
    fields.product.setCurrentIndex(fields.product.findData(clinic["ha"]))
    fields.product.activated.emit(fields.product.currentIndex())
    fields.volume.setValue(0.25)
    click(qtbot, panel.canvas, LEFT_CHEEK)
    click(qtbot, panel.canvas, FOREHEAD)
    assert [line.area_id for line in editor.lines] == [clinic["cheeks"], line_area(ctx)]
    assert not editor.lines[0].area.isEnabled()
    assert not editor.add_line_button.isEnabled()
    assert editor.lines[0].volume_ml == Decimal("0.50")
    assert editor.save()
    record = sessions.get_session(ctx.db, editor.session_id or 0, actor=ACTOR)
    assert [(t.area_id, t.volume_ml) for t in record.treatments] == [
        (clinic["cheeks"], Decimal("0.50")),
        (line_area(ctx), Decimal("0.25")),
    ]
    assert len(injection_map.session_marks(ctx.db, record.id, actor=ACTOR)) == 3
    editor.close()

    again = _editor(qtbot, ctx, clinic["patient"], session_id=record.id)
    assert len(again.form.map_section.panel.marks()) == 3
    assert again.form.map_section.body.isVisible()
    assert not again.is_dirty()
    again_panel = again.form.map_section.panel
    again_panel.select(2)
    qtbot.keyClick(again_panel.canvas, Qt.Key.Key_Delete)
    assert [line.area_id for line in again.lines] == [clinic["cheeks"]]
    assert again.is_dirty()


def test_removing_every_mark_gives_back_the_lines_typed(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    editor = _editor(qtbot, ctx, clinic["patient"], starts_at=WHEN)
    line = editor.lines[0]
    line.area.setCurrentIndex(line.area.findData(clinic["neck"]))
    section = editor.form.map_section
    section.set_open(True)
    click(qtbot, section.panel.canvas, FOREHEAD)
    assert [line.area_id for line in editor.lines] == [line_area(ctx)]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(section.panel.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [line.area_id for line in editor.lines] == [clinic["neck"]]
    assert editor.lines[0].area.isEnabled()


def test_the_last_sessions_marks_show_faded_under_this_ones(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    first = sessions.create_session(
        ctx.db,
        sessions_input(clinic, WHEN - timedelta(days=7)),
        actor=ACTOR,
    )
    editor = _editor(qtbot, ctx, clinic["patient"], starts_at=WHEN.replace(hour=18))
    panel = editor.form.map_section.panel
    editor.form.map_section.set_open(True)
    panel.previous_check.setChecked(True)
    assert len(panel.canvas.previous) == 1
    assert injection_map.session_marks(ctx.db, first.id, actor=ACTOR)[0].side == Side.RIGHT
    panel.previous_check.setChecked(False)
    assert panel.canvas.previous == ()


def line_area(ctx: DeskContext) -> int:
    return next(a.id for a in EditorData.load(ctx).areas if a.code == "forehead")


def sessions_input(
    clinic: dict[str, int], when: datetime, where: tuple[float, float] = RIGHT_CHEEK
) -> object:
    from mesodesk.services.dto import SessionInput

    mark = injection_map.Mark(
        "face_front",
        MarkKind.POINT,
        (where,),
        product_id=clinic["ha"],
        lot_id=clinic["ha_lot"],
        volume=Decimal("0.1"),
    )
    return SessionInput(
        patient_id=clinic["patient"],
        starts_at=when,
        practitioner_id=clinic["doc"],
        status="done",
        marks=(mark,),
        checklist=all_ticked(),
    )


def test_screenshots_of_the_map(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int], tmp_path: Path
) -> None:
    """At 100%, and at 150% when run with QT_SCALE_FACTOR=1.5 (see README "Screenshots")."""
    scaled = os.environ.get("QT_SCALE_FACTOR", "1") not in ("1", "")
    suffix = "_150pct" if scaled else ""
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    before = sessions_input(clinic, WHEN - timedelta(days=21), where=(0.26, 0.52))
    sessions.create_session(ctx.db, before, actor=ACTOR)
    editor = _editor(qtbot, ctx, clinic["patient"], starts_at=WHEN)
    editor.resize(1280, 900)
    section = editor.form.map_section
    section.set_open(True)
    panel = section.panel
    fields = panel.fields
    qtbot.waitUntil(lambda: panel.canvas.width() > 400)
    QApplication.processEvents()
    for where, ml in ((RIGHT_CHEEK, 0.2), ((0.37, 0.63), 0.2), (LEFT_CHEEK, 0.2), (FOREHEAD, 0.1)):
        click(qtbot, panel.canvas, where)
        if len(panel.marks()) == 1:
            fields.product.setCurrentIndex(fields.product.findData(clinic["ha"]))
            fields.product.activated.emit(fields.product.currentIndex())
            fields.gauge.setCurrentIndex(fields.gauge.findData(32))
            fields.gauge.activated.emit(fields.gauge.currentIndex())
        fields.volume.setValue(ml)
    assert len(panel.marks()) == 4
    qtbot.mouseClick(panel.tool_buttons[Tool.GRID], Qt.MouseButton.LeftButton)
    drag(panel.canvas, (0.6, 0.6), (0.76, 0.68))
    qtbot.mouseClick(panel.tool_buttons[Tool.LINE], Qt.MouseButton.LeftButton)
    drag(panel.canvas, (0.36, 0.71), (0.46, 0.76))
    assert [m.kind for m in panel.marks()][4:] == [MarkKind.GRID, MarkKind.LINE]
    panel.previous_check.setChecked(True)
    panel.select(1)
    editor._scroll.ensureWidgetVisible(section, 0, 0)
    editor._scroll.verticalScrollBar().setValue(section.y() - 8)
    qtbot.wait(10)
    for name, widget in (("injection_map", editor), ("injection_map_section", section)):
        target = folder / f"{name}{suffix}.png"
        assert widget.grab().save(str(target))
        assert target.stat().st_size > 10_000


def test_mnemonics_stay_unique_with_the_map_open(
    qtbot: QtBot, ctx: DeskContext, clinic: dict[str, int]
) -> None:
    from tests.ui.test_mnemonics import _problems

    QSettings().setValue(OPEN_KEY, True)
    editor = _editor(qtbot, ctx, clinic["patient"], starts_at=WHEN)
    assert editor.form.map_section.body.isVisible()
    assert _problems(editor) == []

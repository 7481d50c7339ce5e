"""The chart shows each session's map: a thumbnail for the selected one, opened larger."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mesodesk.domain.injection_map import MarkKind
from mesodesk.services import injection_map
from mesodesk.ui.context import DeskContext
from tests.factories import add_session, make_clinic
from tests.services.test_injection_map import point, save
from tests.ui.test_patient_chart import ctx as ctx
from tests.ui.test_patient_chart import open_chart


def test_the_selected_sessions_map_shows_as_a_thumbnail_and_opens(
    qtbot: QtBot, ctx: DeskContext
) -> None:
    c = make_clinic(ctx.db)
    grid = injection_map.Mark(
        "face_front",
        MarkKind.GRID,
        ((0.22, 0.5), (0.4, 0.62)),
        product_id=c.ha,
        lot_id=c.ha_lot,
        volume=Decimal("0.5"),
    )
    mapped = save(ctx.db, c, (point(c, (0.3, 0.56), "0.2"), grid))
    plain = add_session(ctx.db, c, datetime.now() - timedelta(days=30))
    chart = open_chart(qtbot, ctx, c.patient)
    chart.tabs.setCurrentIndex(1)
    view = chart.session_view
    qtbot.waitUntil(view.isVisible)
    ids = [view.model().index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    preview = chart.findChild(QLabel, "sessionMapThumbnail")
    assert preview is not None
    view.selectRow(ids.index(mapped))
    qtbot.waitUntil(preview.isVisible)
    pixmap = preview.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 100
    image = pixmap.toImage()
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 180, 3)}) > 3
    )
    owner = preview.parentWidget()
    assert owner is not None and "2 marks" in owner.findChildren(QLabel)[1].text()
    dialog = owner.open_map()  # type: ignore[attr-defined]
    assert dialog is not None and len(dialog.pictures) == 1
    dialog.close()
    view.selectRow(ids.index(plain))
    qtbot.waitUntil(lambda: not preview.isVisible())

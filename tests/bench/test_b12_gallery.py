"""B12: opening the photo gallery of a patient with 500 photos, against reading the thumbnails raw.

- app: the chart's Photos tab (``PhotosTab``) given the patient and loaded: the photo list
  (one query, no image bytes), the icon view shown, and every thumbnail it shows on screen
  read, decoded and painted.
- floor: the same number of thumbnails read with one raw sqlite3 SELECT of the thumbnail
  column, decoded into QPixmaps, and shown in a bare icon-mode QListView, painted.
Target ≤ 2× median. Rounds alternate, so both sides see the same machine load.
"""

from __future__ import annotations

import io
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.bench.conftest import BENCH_DIR, paint_probe, pump_until, settle
from tests.bench.test_b4_chart import alternate

ROUNDS = 15
PHOTOS = 500


def _camera_jpeg(seed: int) -> bytes:
    """A 1600 × 1200 photo with some texture, as a clinic camera would give after resizing."""
    rnd = random.Random(seed)
    small = Image.frombytes("RGB", (40, 30), rnd.randbytes(40 * 30 * 3))
    image = small.resize((1600, 1200), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=88)
    return out.getvalue()


@pytest.fixture(scope="module")
def gallery_db() -> Path:
    """A clinic whose one patient has 500 photos (cached in the benchmark folder)."""
    from mesodesk.domain.accounts import Role
    from mesodesk.domain.photos import PhotoView
    from mesodesk.services import accounts, patients, photos
    from mesodesk.services.database import open_database
    from mesodesk.services.dto import PatientInput
    from mesodesk.store.engine import url_for_path

    path = BENCH_DIR / f"gallery-{PHOTOS}.sqlite3"
    if path.exists():
        return path
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".building")
    partial.unlink(missing_ok=True)
    db = open_database(url_for_path(partial), create=True)
    try:
        admin = accounts.create_first_admin(
            db, login="admin", name="Bench admin", password="bench password 1"
        )
        user = accounts.add_account(
            db, actor=admin, login="bench", name="Bench", roles=frozenset(Role),
            password="bench password 1",
        )  # fmt: skip
        patient = patients.create_patient(db, PatientInput("Gala", "Lery"), actor=user).id
        views = list(PhotoView)
        for start in range(0, PHOTOS, 50):
            items = [(f"IMG_{i}.jpg", _camera_jpeg(i)) for i in range(start, start + 50)]
            photos.import_many(
                db, actor=user, patient_id=patient, items=items,
                details=photos.PhotoDetails(view=views[start // 50 % len(views)]),
            )  # fmt: skip
    finally:
        db.dispose()
    partial.rename(path)
    return path


class Opener:
    def __init__(self) -> None:
        self.probe = paint_probe()
        self.open: list[Any] = []

    def clear(self) -> None:
        while self.open:
            old = self.open.pop()
            old.close()
            old.deleteLater()

    def gallery(self, ctx: Any, patient_id: int) -> Callable[[], Any]:
        from mesodesk.ui.pages.chart.photos import PhotosTab

        def run() -> Any:
            self.clear()
            settle()
            started = time.perf_counter()
            tab = PhotosTab(ctx)
            self.open.append(tab)
            tab.resize(1100, 700)
            tab.show_patient(patient_id, ())
            tab.show()
            tab.load()
            pump_until(lambda: tab.model.loaded_count > 0 and not tab.model.pending())
            self.probe.arm()
            tab.view.viewport().installEventFilter(self.probe)
            tab.view.viewport().update()
            pump_until(self.probe.painted)
            self.shown = tab.model.loaded_count
            return time.perf_counter() - started

        return run

    def bare(self, conn: sqlite3.Connection, count: Callable[[], int]) -> Callable[[], Any]:
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QIcon, QPixmap, QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QListView

        def run() -> Any:
            self.clear()
            settle()
            started = time.perf_counter()
            rows = conn.execute(
                "SELECT id, thumb FROM photo WHERE patient_id = 1 ORDER BY taken_on, id LIMIT ?",
                (count(),),
            ).fetchall()
            model = QStandardItemModel()
            for photo_id, thumb in rows:
                pixmap = QPixmap()
                pixmap.loadFromData(thumb)
                model.appendRow(QStandardItem(QIcon(pixmap), str(photo_id)))
            view = QListView()
            self.open.append(view)
            view.setViewMode(QListView.ViewMode.IconMode)
            view.setIconSize(QSize(160, 160))
            view.setModel(model)
            view.resize(1100, 700)
            self.probe.arm()
            view.viewport().installEventFilter(self.probe)
            view.show()
            pump_until(self.probe.painted)
            return time.perf_counter() - started

        return run


def test_b12_gallery(gallery_db: Path, qtbot: Any, raw_conn: Any, results: Any) -> None:
    from mesodesk.services.database import open_database
    from mesodesk.store.engine import url_for_path
    from mesodesk.ui.context import DeskContext

    db = open_database(url_for_path(gallery_db), create=False)
    try:
        conn = raw_conn(gallery_db)
        assert conn.execute("SELECT count(*) FROM photo").fetchone()[0] == PHOTOS
        from mesodesk.services import accounts

        user = accounts.login(db, "bench", "bench password 1")
        opener = Opener()
        opener.shown = 48
        app, floor = alternate(
            opener.gallery(DeskContext(db, user=user), 1), opener.bare(conn, lambda: opener.shown),
            rounds=ROUNDS,
        )  # fmt: skip
        opener.clear()
    finally:
        db.dispose()
    results.add("B12", f"{PHOTOS} photos", "app", app)
    results.add("B12", f"{PHOTOS} photos", "floor", floor)
    results.note(
        "B12",
        f"{PHOTOS} photos",
        f"{opener.shown} thumbnails on screen; the rest load as they scroll in",
    )

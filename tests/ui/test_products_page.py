"""The products page: add products and lots through the dialogs, expiry flags, archiving."""

from __future__ import annotations

import os
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy import select

from mesodesk.services import products as product_service
from mesodesk.services.catalog import solution_types
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from mesodesk.ui.context import DeskContext
from mesodesk.ui.dialogs.lot_editor import LotEditor, parse_quantity
from mesodesk.ui.dialogs.product_editor import ProductEditor, split_ingredients
from mesodesk.ui.pages.products import (
    COL_EXPIRY,
    COL_NUMBER,
    COL_QUANTITY,
    COL_STATE,
    EXPIRED_BACKGROUND,
    EXPIRED_FOREGROUND,
    EXPIRING_BACKGROUND,
    PCOL_LOTS,
    PCOL_NAME,
    LotTableModel,
    ProductsPage,
)
from tests.factories import ACTOR

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2025, 6, 1)


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = ROOT / "screenshots" if os.environ.get("MESODESK_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def page(qtbot, ctx: DeskContext) -> ProductsPage:
    widget = ProductsPage(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_id(db: Database, code: str) -> int:
    return next(t.id for t in solution_types(db) if t.code == code)


def _save(qtbot, dialog: ProductEditor | LotEditor) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _audit(db: Database, entity: str) -> list[tuple[str, str]]:
    with db.read() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.entity == entity))
        return [(r.action, r.actor) for r in rows]


def test_empty_page_explains_what_to_do(page: ProductsPage) -> None:
    assert page.product_stack.currentWidget() is page.products_empty
    assert "No products yet" in page.products_empty.text()
    assert "New product" in page.products_empty.text()
    assert page.lot_stack.currentWidget() is page.lots_hint
    assert not page.edit_button.isEnabled() and not page.add_lot_button.isEnabled()


def test_add_product_and_lot_through_the_dialogs(qtbot, page: ProductsPage, db: Database) -> None:
    editor = page.new_product()
    assert isinstance(editor, ProductEditor) and editor.isVisible()
    qtbot.keyClicks(editor.name, "Lipo Contour")
    qtbot.keyClicks(editor.manufacturer, "Mesolab")
    editor.solution_type.setCurrentIndex(editor.solution_type.findText("Lipolytic"))
    qtbot.keyClicks(editor.ingredients, "caffeine, L-carnitine; artichoke extract, caffeine")
    qtbot.keyClicks(editor.notes, "Keep cold.")
    with qtbot.waitSignal(editor.saved) as saved:
        _save(qtbot, editor)
    qtbot.waitUntil(lambda: page.dialog is None)

    (product,) = product_service.list_products(db)
    assert saved.args[0] == product
    assert (product.name, product.manufacturer, product.solution_type_name) == (
        "Lipo Contour",
        "Mesolab",
        "Lipolytic",
    )
    assert product.ingredients == ("caffeine", "L-carnitine", "artichoke extract")
    assert product.notes == "Keep cold."
    assert _audit(db, "product") == [("create", ACTOR.name)]
    assert page.product_stack.currentWidget() is page.tree
    assert page.current_product_id() == product.id
    assert page.lot_stack.currentWidget() is page.lots_hint
    assert "No lots recorded" in page.lots_hint.text()

    lot_editor = page.add_lot()
    assert isinstance(lot_editor, LotEditor)
    qtbot.keyClicks(lot_editor.lot_number, "L2407-118")
    lot_editor.set_expiry_date(TODAY + timedelta(days=20))
    assert lot_editor.expiry_hint.isVisible()
    assert "20 days" in lot_editor.expiry_hint.text()
    qtbot.keyClicks(lot_editor.quantity, "12,5")
    _save(qtbot, lot_editor)
    qtbot.waitUntil(lambda: page.dialog is None)

    (lot,) = product_service.list_lots(db, product.id)
    assert (lot.lot_number, lot.expiry_date, lot.quantity) == (
        "L2407-118",
        TODAY + timedelta(days=20),
        Decimal("12.5"),
    )
    assert _audit(db, "product_lot") == [("create", ACTOR.name)]
    model = page.lot_model
    assert model.rowCount() == 1 and page.lot_stack.currentWidget() is page.lot_table
    assert model.index(0, COL_EXPIRY).data() == "21/06/2025"
    assert model.index(0, COL_STATE).data() == "Expires soon: in 20 days"
    assert model.index(0, COL_QUANTITY).data() == "12.5"
    product_index = page.product_model.product_index(product.id)
    assert product_index is not None
    assert product_index.siblingAtColumn(PCOL_LOTS).data() == "1 lot · 1 expiring soon"


def test_failed_product_save_keeps_the_text_and_shows_the_reason(
    qtbot, page: ProductsPage, db: Database
) -> None:
    editor = page.new_product()
    qtbot.keyClicks(editor.manufacturer, "Mesolab")
    qtbot.keyClicks(editor.ingredients, "hyaluronic acid")
    _save(qtbot, editor)
    assert editor.isVisible()
    assert editor.errors.text("name") == "Enter the product's name."
    assert editor.errors.text("solution_type_id") == "Choose the solution type."
    assert editor.manufacturer.text() == "Mesolab"
    assert editor.ingredients.text() == "hyaluronic acid"
    assert product_service.list_products(db) == []
    qtbot.keyClicks(editor.name, "HA Glow")
    editor.solution_type.setCurrentIndex(editor.solution_type.findText("Hyaluronic acid"))
    _save(qtbot, editor)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert [p.name for p in product_service.list_products(db)] == ["HA Glow"]


def test_lot_editor_refuses_a_repeated_number_and_bad_quantity(
    qtbot, page: ProductsPage, ctx: DeskContext, db: Database
) -> None:
    product = product_service.create_product(
        db, "Vita Boost", _type_id(db, "vitamin_mineral"), actor=ACTOR
    )
    product_service.create_lot(db, product.id, "A1", TODAY + timedelta(days=200), actor=ACTOR)
    page.refresh()
    assert page.select_product(product.id)
    editor = page.add_lot()
    assert editor is not None
    qtbot.keyClicks(editor.lot_number, "A1")
    qtbot.keyClicks(editor.quantity, "ten")
    _save(qtbot, editor)
    assert editor.errors.text("quantity").startswith("Enter a number")
    editor.quantity.clear()
    _save(qtbot, editor)
    assert editor.errors.text("lot_number") == "Lot A1 is already recorded."
    assert editor.lot_number.text() == "A1" and editor.isVisible()
    assert len(product_service.list_lots(db, product.id)) == 1
    editor.reject()


def test_expiring_and_expired_lots_are_flagged_in_words_and_colour(
    page: ProductsPage, db: Database
) -> None:
    product = product_service.create_product(db, "Lipo", _type_id(db, "lipolytic"), actor=ACTOR)
    for number, days in (("OK-1", 120), ("SOON-1", 30), ("TODAY-1", 0), ("OLD-1", -5)):
        product_service.create_lot(
            db, product.id, number, TODAY + timedelta(days=days), actor=ACTOR
        )
    page.refresh()
    page.select_product(product.id)
    model = page.lot_model
    by_number = {
        model.index(r, COL_NUMBER).data(): model.index(r, COL_NUMBER)
        for r in range(model.rowCount())
    }
    assert by_number["OLD-1"].siblingAtColumn(COL_STATE).data() == "Expired 5 days ago"
    assert by_number["TODAY-1"].siblingAtColumn(COL_STATE).data() == "Expires today"
    assert by_number["SOON-1"].siblingAtColumn(COL_STATE).data() == "Expires soon: in 30 days"
    assert by_number["OK-1"].siblingAtColumn(COL_STATE).data() == "In date"

    old_font = by_number["OLD-1"].data(Qt.ItemDataRole.FontRole)
    assert old_font.strikeOut()
    old_background = by_number["OLD-1"].data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(old_background, QBrush) and old_background.color() == EXPIRED_BACKGROUND
    soon_background = by_number["SOON-1"].data(Qt.ItemDataRole.BackgroundRole)
    assert soon_background.color() == EXPIRING_BACKGROUND
    assert by_number["OK-1"].data(Qt.ItemDataRole.BackgroundRole) is None
    assert by_number["OK-1"].data(Qt.ItemDataRole.FontRole) is None
    summary = page.product_model.product_index(product.id)
    assert summary is not None
    assert summary.siblingAtColumn(PCOL_LOTS).data() == "4 lots · 2 expiring soon · 1 expired"


def test_lot_model_works_without_a_widget(ctx: DeskContext) -> None:
    from mesodesk.services.dto import LotRecord

    model = LotTableModel(ctx)
    model.set_rows([LotRecord(7, 1, "P", "X9", TODAY - timedelta(days=1), None, True)], today=TODAY)
    assert model.rowCount() == 1 and model.columnCount() == 4
    assert model.index(0, COL_STATE).data() == "Archived · Expired 1 day ago"
    assert model.index(0, COL_NUMBER).data(Qt.ItemDataRole.UserRole) == 7
    assert model.index(0, COL_QUANTITY).data() == ""
    assert model.row_of(7) == 0 and model.row_of(8) is None


def test_archive_hides_products_and_lots_until_show_archived(
    qtbot, page: ProductsPage, db: Database
) -> None:
    keep = product_service.create_product(db, "Keep", _type_id(db, "peptide"), actor=ACTOR)
    gone = product_service.create_product(db, "Gone", _type_id(db, "peptide"), actor=ACTOR)
    lot = product_service.create_lot(db, keep.id, "K-1", TODAY + timedelta(days=90), actor=ACTOR)
    page.refresh()

    assert page.select_product(gone.id)
    assert page.archive_button.text() == "&Archive product"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in page.product_model.products()] == ["Keep"]
    assert _audit(db, "product") == [
        ("create", ACTOR.name),
        ("create", ACTOR.name),
        ("archive", ACTOR.name),
    ]

    page.show_archived.setChecked(True)
    names = {p.name: p for p in page.product_model.products()}
    assert set(names) == {"Keep", "Gone"} and names["Gone"].archived
    index = page.product_model.product_index(gone.id)
    assert index is not None and index.siblingAtColumn(PCOL_NAME).data() == "Gone (archived)"
    page.select_product(gone.id)
    assert page.archive_button.text() == "&Restore product"
    assert not page.add_lot_button.isEnabled()
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    page.show_archived.setChecked(False)
    assert {p.name for p in page.product_model.products()} == {"Keep", "Gone"}

    page.select_product(keep.id)
    assert page.select_lot(lot.id)
    qtbot.mouseClick(page.archive_lot_button, Qt.MouseButton.LeftButton)
    assert page.lot_model.rowCount() == 0
    assert page.lot_stack.currentWidget() is page.lots_hint
    assert product_service.list_lots(db, keep.id) == []
    assert len(product_service.list_lots(db, keep.id, include_archived=True)) == 1
    page.show_archived.setChecked(True)
    assert page.current_product_id() == keep.id
    assert page.lot_model.index(0, COL_STATE).data().startswith("Archived")


def test_helpers_parse_what_people_type() -> None:
    assert split_ingredients(" a, b;c ,, a ") == ["a", "b", "c"]
    assert parse_quantity("") is None
    assert parse_quantity(" 1 000,5 ") == Decimal("1000.5")
    with pytest.raises(ValueError):
        parse_quantity("NaN")


def _demo_catalogue(db: Database) -> None:
    rows = [
        ("lipolytic", "Lipo Contour 10 ml", "Mesolab", "phosphatidylcholine, deoxycholate"),
        ("lipolytic", "Cellu Slim", "Dermaline", "caffeine, L-carnitine, artichoke extract"),
        ("lipolytic", "Body Sculpt Plus", "Mesolab", "caffeine, organic silicon"),
        ("vitamin_mineral", "NCTF-style Vital 135", "Revita", "vitamins A C E B, minerals"),
        ("vitamin_mineral", "Glow Cocktail", "Dermaline", "vitamin C, zinc, magnesium"),
        ("hyaluronic_acid", "HA Hydra 1.5 %", "Hyalux", "non-crosslinked hyaluronic acid"),
        ("hyaluronic_acid", "HA Skin Booster", "Hyalux", "hyaluronic acid, glycerol"),
        ("amino_acid", "Amino Repair", "Revita", "glycine, proline, lysine"),
        ("peptide", "Peptide Firm", "Peptica", "palmitoyl pentapeptide, copper peptide"),
        ("peptide", "Hair Peptide Complex", "Peptica", "biotin, copper peptide"),
        ("plant_extract", "Ginkgo Circulation", "Botanica", "ginkgo biloba, centella"),
        ("anti_inflammatory", "Arnica Calm", "Botanica", "arnica, procaine-free base"),
    ]
    offsets = [400, 25, -12, 180, 9, 300, -40, 60, 14, 700, 95, 2]
    for i, (code, name, maker, ingredients) in enumerate(rows):
        product = product_service.create_product(
            db,
            name,
            _type_id(db, code),
            split_ingredients(ingredients),
            manufacturer=maker,
            actor=ACTOR,
        )
        product_service.create_lot(
            db,
            product.id,
            f"L{2400 + i}-{i * 7:03d}",
            TODAY + timedelta(days=offsets[i]),
            Decimal(5 + i),
            actor=ACTOR,
        )
        if i % 3 == 0:
            product_service.create_lot(
                db,
                product.id,
                f"L{2300 + i}-B",
                TODAY + timedelta(days=offsets[(i + 2) % 12]),
                actor=ACTOR,
            )
        if i == 0:
            product_service.create_lot(
                db, product.id, "L2399-OLD", TODAY - timedelta(days=3), Decimal(0), actor=ACTOR
            )


def test_screenshot_with_a_dozen_products(
    qtbot, page: ProductsPage, db: Database, tmp_path: Path
) -> None:
    _demo_catalogue(db)
    page.refresh()
    products = page.product_model.products()
    assert len(products) == 12
    page.resize(1180, 760)
    page.select_product(next(p.id for p in products if p.name == "Lipo Contour 10 ml"))
    path = screenshot(page, "products_page", tmp_path)
    assert path.stat().st_size > 10_000
    editor = page.add_lot()
    assert editor is not None
    qtbot.keyClicks(editor.lot_number, "L2501-044")
    editor.set_expiry_date(TODAY + timedelta(days=12))
    qtbot.waitExposed(editor)
    screenshot(editor, "lot_editor", tmp_path)
    editor.reject()
    product_editor = page.edit_product()
    assert product_editor is not None
    qtbot.waitExposed(product_editor)
    screenshot(product_editor, "product_editor", tmp_path)
    product_editor.reject()


def test_only_expired_stock_that_can_still_be_used_is_flagged_in_red(
    page: ProductsPage, db: Database
) -> None:
    """An expired lot with nothing left (or archived) cannot be injected by mistake: no alarm."""
    type_id = _type_id(db, "lipolytic")
    expired = TODAY - timedelta(days=5)
    lots = {
        "Empty": [Decimal(0)],
        "Unknown": [None],
        "Stocked": [Decimal(3)],
        "Mixed": [Decimal(0), Decimal(2)],
    }
    products = {}
    for name, quantities in lots.items():
        product = product_service.create_product(db, name, type_id, actor=ACTOR)
        products[name] = product.id
        for n, quantity in enumerate(quantities):
            product_service.create_lot(
                db, product.id, f"{name}-{n}", expired, quantity, actor=ACTOR
            )
    archived = product_service.create_product(db, "Archived lot", type_id, actor=ACTOR)
    products["Archived lot"] = archived.id
    lot = product_service.create_lot(db, archived.id, "A-1", expired, Decimal(4), actor=ACTOR)
    product_service.set_lot_archived(db, lot.id, True, actor=ACTOR)
    page.refresh()

    def lots_cell(name: str):  # type: ignore[no-untyped-def]
        index = page.product_model.product_index(products[name])
        assert index is not None
        return page.product_model.itemFromIndex(index.siblingAtColumn(PCOL_LOTS))

    for name in ("Unknown", "Stocked", "Mixed"):
        cell = lots_cell(name)
        assert not cell.icon().isNull(), name
        assert cell.foreground().color() == EXPIRED_FOREGROUND, name
    assert lots_cell("Stocked").text() == "1 lot · 1 expired"
    for name in ("Empty", "Archived lot"):
        cell = lots_cell(name)
        assert cell.icon().isNull(), name
        assert cell.foreground().color() != EXPIRED_FOREGROUND, name
    assert lots_cell("Empty").text() == "1 lot · 1 expired, none left"
    assert lots_cell("Mixed").text() == "2 lots · 1 expired · 1 expired, none left"

    # The empty lot's row still says it expired, without the red alarm of usable stock.
    page.select_product(products["Empty"])
    state = page.lot_model.index(0, COL_STATE)
    assert state.data() == "Expired 5 days ago · none left"
    assert state.data(Qt.ItemDataRole.DecorationRole) is None
    assert state.data(Qt.ItemDataRole.BackgroundRole) is None
    page.select_product(products["Stocked"])
    state = page.lot_model.index(0, COL_STATE)
    assert state.data(Qt.ItemDataRole.DecorationRole) is not None
    assert state.data(Qt.ItemDataRole.BackgroundRole).color() == EXPIRED_BACKGROUND

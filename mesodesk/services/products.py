"""The clinic's products and their lots."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit, conflicts
from mesodesk.services.access import require
from mesodesk.services.dto import LotRecord, ProductRecord
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import Product, ProductLot, SolutionType

EXPIRY_WARNING_DAYS = 30


def lot_state(expiry: date, on: date) -> str:
    """ "expired", "expiring" (within 30 days) or "ok" on the given day."""
    if expiry < on:
        return "expired"
    if expiry <= on + timedelta(days=EXPIRY_WARNING_DAYS):
        return "expiring"
    return "ok"


def lot_warning(lot: LotRecord, on: date) -> str | None:
    """ "expired" or "expiring" when the lot could still be used by mistake, else None.

    Only stock that is left counts: a lot that is archived, or whose recorded quantity is
    zero, cannot be injected, so its expiry is a fact to show, not an alarm. An unknown
    quantity (never recorded) may still be on the shelf and is warned about.
    """
    if lot.archived or (lot.quantity is not None and lot.quantity <= 0):
        return None
    state = lot_state(lot.expiry_date, on)
    return None if state == "ok" else state


def _product_record(p: Product, type_name: str) -> ProductRecord:
    return ProductRecord(
        p.id,
        p.name,
        p.manufacturer,
        p.solution_type_id,
        type_name,
        tuple(p.ingredients or ()),
        p.notes,
        p.archived_at is not None,
        p.version,
    )


def _lot_record(lot: ProductLot, product_name: str) -> LotRecord:
    return LotRecord(
        lot.id,
        lot.product_id,
        product_name,
        lot.lot_number,
        lot.expiry_date,
        lot.quantity,
        lot.archived_at is not None,
        lot.version,
    )


def list_products(
    db: Database, *, solution_type_id: int | None = None, include_archived: bool = False
) -> list[ProductRecord]:
    query = (
        select(Product, SolutionType.name)
        .join(SolutionType, Product.solution_type_id == SolutionType.id)
        .order_by(SolutionType.sort_order, Product.name)
    )
    if solution_type_id is not None:
        query = query.where(Product.solution_type_id == solution_type_id)
    if not include_archived:
        query = query.where(Product.archived_at.is_(None))
    with db.read() as s:
        return [_product_record(p, name) for p, name in s.execute(query)]


def _validate_product(name: str, solution_type_id: int | None) -> None:
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = Message(QT_TRANSLATE_NOOP("messages", "Enter the product's name."))
    if solution_type_id is None:
        errors["solution_type_id"] = Message(
            QT_TRANSLATE_NOOP("messages", "Choose the solution type.")
        )
    if errors:
        raise ValidationFailed(errors)


def create_product(
    db: Database,
    name: str,
    solution_type_id: int,
    ingredients: list[str] | tuple[str, ...] = (),
    *,
    manufacturer: str = "",
    notes: str = "",
    actor: User,
) -> ProductRecord:
    _validate_product(name, solution_type_id)
    with db.begin() as s:
        require(s, actor, Permission.EDIT_PRODUCTS)
        st = s.get(SolutionType, solution_type_id)
        if st is None:
            raise ValidationFailed(
                {
                    "solution_type_id": Message(
                        QT_TRANSLATE_NOOP("messages", "Unknown solution type.")
                    )
                }
            )
        row = add_product(
            s, name, st.id, ingredients, manufacturer=manufacturer, notes=notes, actor=actor
        )
        return _product_record(row, st.name)


def add_product(
    s: Session,
    name: str,
    solution_type_id: int,
    ingredients: list[str] | tuple[str, ...] = (),
    *,
    manufacturer: str = "",
    notes: str = "",
    actor: User,
) -> Product:
    """Add a checked product and its audit row inside the caller's transaction."""
    row = Product(
        name=name.strip(),
        manufacturer=manufacturer.strip(),
        solution_type_id=solution_type_id,
        ingredients=[i.strip() for i in ingredients if i.strip()],
        notes=notes,
        created_at=audit.utcnow(),
    )
    s.add(row)
    s.flush()
    audit.record(
        s,
        actor=actor,
        action="create",
        entity="product",
        entity_id=row.id,
        after=audit.snapshot(row),
    )
    return row


def update_product(
    db: Database,
    product_id: int,
    name: str,
    solution_type_id: int,
    ingredients: list[str] | tuple[str, ...],
    *,
    manufacturer: str = "",
    notes: str = "",
    actor: User,
    expected_version: int | None = None,
    overwrite: bool = False,
) -> ProductRecord:
    """Save a product's details; ``expected_version`` as in ``services.conflicts``."""
    _validate_product(name, solution_type_id)
    with conflicts.same_moment("product", product_id), db.begin() as s:
        require(s, actor, Permission.EDIT_PRODUCTS)
        row = _product(s, product_id)
        st = s.get(SolutionType, solution_type_id)
        if st is None:
            raise ValidationFailed(
                {
                    "solution_type_id": Message(
                        QT_TRANSLATE_NOOP("messages", "Unknown solution type.")
                    )
                }
            )
        yours = {
            "name": name.strip(),
            "manufacturer": manufacturer.strip(),
            "solution_type_id": st.id,
            "ingredients": [i.strip() for i in ingredients if i.strip()],
            "notes": notes,
        }
        overwrote = conflicts.check(
            s,
            entity="product",
            entity_id=product_id,
            stored=row.version,
            expected=expected_version,
            theirs={key: getattr(row, key) for key in yours},
            yours=yours,
            overwrite=overwrite,
        )
        before = audit.snapshot(row)
        for key, value in yours.items():
            setattr(row, key, value)
        audit.record(
            s,
            actor=actor,
            action=conflicts.action(overwrote),
            entity="product",
            entity_id=row.id,
            before=before,
            after=audit.snapshot(row),
        )
        s.flush()
        return _product_record(row, st.name)


def _product(s: Session, product_id: int) -> Product:
    row = s.get(Product, product_id)
    if row is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no product with number {product_id}."),
                product_id=product_id,
            )
        )
    return row


def set_product_archived(db: Database, product_id: int, archived: bool, *, actor: User) -> None:
    with db.begin() as s:
        require(s, actor, Permission.EDIT_PRODUCTS)
        row = _product(s, product_id)
        audit.set_archived(s, row, archived, entity="product", actor=actor)


def list_lots(
    db: Database, product_id: int | None = None, *, include_archived: bool = False
) -> list[LotRecord]:
    query = (
        select(ProductLot, Product.name)
        .join(Product, ProductLot.product_id == Product.id)
        .order_by(ProductLot.expiry_date, ProductLot.lot_number)
    )
    if product_id is not None:
        query = query.where(ProductLot.product_id == product_id)
    if not include_archived:
        query = query.where(ProductLot.archived_at.is_(None))
    with db.read() as s:
        return [_lot_record(lot, name) for lot, name in s.execute(query)]


def create_lot(
    db: Database,
    product_id: int,
    lot_number: str,
    expiry_date: date,
    quantity: Decimal | None = None,
    *,
    actor: User,
) -> LotRecord:
    number = lot_number.strip()
    errors: dict[str, str] = {}
    if not number:
        errors["lot_number"] = Message(
            QT_TRANSLATE_NOOP("messages", "Enter the lot number printed on the pack.")
        )
    if quantity is not None and quantity < 0:
        errors["quantity"] = Message(
            QT_TRANSLATE_NOOP("messages", "The quantity cannot be negative.")
        )
    if errors:
        raise ValidationFailed(errors)
    with db.begin() as s:
        require(s, actor, Permission.EDIT_PRODUCTS)
        product = _product(s, product_id)
        clash = s.scalar(
            select(ProductLot.id).where(
                ProductLot.product_id == product_id, ProductLot.lot_number == number
            )
        )
        if clash is not None:
            raise ValidationFailed(
                {
                    "lot_number": Message(
                        QT_TRANSLATE_NOOP("messages", "Lot {number} is already recorded."),
                        number=number,
                    )
                }
            )
        row = ProductLot(
            product_id=product.id,
            lot_number=number,
            expiry_date=expiry_date,
            quantity=quantity,
            created_at=audit.utcnow(),
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor=actor,
            action="create",
            entity="product_lot",
            entity_id=row.id,
            after=audit.snapshot(row),
        )
        return _lot_record(row, product.name)


def set_lot_archived(db: Database, lot_id: int, archived: bool, *, actor: User) -> None:
    """Archive or restore a lot. Archiving twice from two desks loses nothing, so it takes
    no version: the stored state simply becomes the one asked for."""
    with db.begin() as s:
        require(s, actor, Permission.EDIT_PRODUCTS)
        row = s.get(ProductLot, lot_id)
        if row is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no lot with number {lot_id}."),
                    lot_id=lot_id,
                )
            )
        audit.set_archived(s, row, archived, entity="product_lot", actor=actor)

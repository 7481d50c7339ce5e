"""The demo catalog of products: examples a new clinic may load to start from (no stock)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.paths import resource_path
from mesodesk.services.errors import NotFound
from mesodesk.services.products import add_product
from mesodesk.store.engine import Database
from mesodesk.store.models import Product, SolutionType


@dataclass(frozen=True, slots=True)
class DemoProduct:
    name: str
    manufacturer: str
    solution_type: str
    """A solution type code from the catalog, e.g. "lipolytic"."""
    ingredients: tuple[str, ...]
    lot_prefix: str
    focus: str = ""
    """"face", "body", "hair" or "joint": the kind of area it is meant for ("" = any)."""
    notes: str = ""


@cache
def demo_products() -> tuple[DemoProduct, ...]:
    """The products of ``resources/demo/catalog_products.toml``, in file order."""
    with resource_path("demo", "catalog_products.toml").open("rb") as file:
        data = tomllib.load(file)
    return tuple(
        DemoProduct(
            name=str(item["name"]),
            manufacturer=str(item.get("manufacturer", "")),
            solution_type=str(item["solution_type"]),
            ingredients=tuple(str(i) for i in item.get("ingredients", ())),
            lot_prefix=str(item.get("lot_prefix", "")),
            focus=str(item.get("focus", "")),
            notes=str(item.get("notes", "")),
        )
        for item in data.get("product", ())
    )


def add_demo_products(s: Session, *, actor: User) -> int:
    """Inside the caller's transaction: add the demo products the clinic lacks (by name).

    Each product is audited like one created by hand. Returns how many were added.
    """
    types = {
        code: type_id for code, type_id in s.execute(select(SolutionType.code, SolutionType.id))
    }
    existing = {name.casefold() for name in s.scalars(select(Product.name))}
    added = 0
    for spec in demo_products():
        if spec.name.casefold() in existing:
            continue
        if spec.solution_type not in types:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The catalog has no solution type {solution_type!r} for {name}."
                    ),
                    solution_type=spec.solution_type,
                    name=spec.name,
                )
            )
        add_product(
            s,
            spec.name,
            types[spec.solution_type],
            spec.ingredients,
            manufacturer=spec.manufacturer,
            notes=spec.notes,
            actor=actor,
        )
        existing.add(spec.name.casefold())
        added += 1
    return added


def load_demo_products(db: Database, *, actor: User) -> int:
    """Add the demo products the clinic lacks, in one transaction; returns how many."""
    with db.begin() as s:
        return add_demo_products(s, actor=actor)

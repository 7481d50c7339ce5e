"""The substances the patient editor offers as allergens: common ones and product ingredients."""

from __future__ import annotations

from mesodesk.domain.allergens import COMMON_ALLERGENS
from mesodesk.services.products import list_products
from mesodesk.store.engine import Database


def known_substances(db: Database) -> list[str]:
    """Common allergens, then every ingredient of the clinic's products (archived included:
    a patient may have reacted to one the clinic no longer uses)."""
    names = list(COMMON_ALLERGENS)
    for product in list_products(db, include_archived=True):
        names.extend(product.ingredients)
    return names

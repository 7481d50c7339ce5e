"""Product and lot rules, called on the service without any widget."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from mesodesk.services.dto import LotRecord
from mesodesk.services.products import lot_warning

TODAY = date(2025, 6, 1)


def _lot(days: int, quantity: Decimal | None, archived: bool = False) -> LotRecord:
    return LotRecord(1, 1, "P", "L-1", TODAY + timedelta(days=days), quantity, archived)


def test_expired_lots_warn_only_while_they_can_still_be_used() -> None:
    assert lot_warning(_lot(-1, None), TODAY) == "expired"
    assert lot_warning(_lot(-1, Decimal("0.5")), TODAY) == "expired"
    assert lot_warning(_lot(-1, Decimal(0)), TODAY) is None
    assert lot_warning(_lot(-1, Decimal(3), archived=True), TODAY) is None


def test_expiring_lots_warn_while_stock_is_left_and_in_date_lots_never() -> None:
    assert lot_warning(_lot(10, Decimal(2)), TODAY) == "expiring"
    assert lot_warning(_lot(10, None), TODAY) == "expiring"
    assert lot_warning(_lot(10, Decimal(0)), TODAY) is None
    assert lot_warning(_lot(200, Decimal(2)), TODAY) is None

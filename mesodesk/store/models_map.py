"""The injection map's table: the marks placed on a session's diagrams."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from mesodesk.store.models import Base


class InjectionMark(Base):
    """One mark (point, line or grid) on a diagram, in coordinates relative to it (0..1).

    The session's treatment lines are derived from its marks by the service, in the same
    transaction; the marks are the source and the lines follow.
    """

    __tablename__ = "injection_mark"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_session.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    diagram: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(10))
    geometry: Mapped[Any] = mapped_column(JSON)
    """[[x, y], ...] relative to the diagram's width and height."""
    side: Mapped[str] = mapped_column(String(10))
    area_id: Mapped[int] = mapped_column(ForeignKey("treatment_area.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    product_lot_id: Mapped[int | None] = mapped_column(ForeignKey("product_lot.id"), index=True)
    volume: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    unit: Mapped[str] = mapped_column(String(10), default="ml")
    depth_mm: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    technique: Mapped[str | None] = mapped_column(String(30))
    needle_gauge: Mapped[int | None] = mapped_column(Integer)

"""The built-in catalog: loading it into the database and reading it back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.catalog import Catalog, load_catalog
from mesodesk.paths import resource_path
from mesodesk.services import audit
from mesodesk.services.dto import CatalogItem
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    Indication,
    Setting,
    SideEffect,
    SolutionType,
    TreatmentArea,
)

FINGERPRINT_KEY = "catalog.fingerprint"


def bundled_catalog() -> Catalog:
    return load_catalog(resource_path("catalog"))


def _upsert(s: Session, model: type, code: str, values: dict[str, object]) -> None:
    row = s.scalar(select(model).where(model.code == code))  # type: ignore[attr-defined]
    if row is None:
        s.add(model(code=code, **values))
    else:
        for key, value in values.items():
            setattr(row, key, value)


def sync_catalog(db: Database, catalog: Catalog | None = None) -> bool:
    """Load the bundled catalog when it is new or changed; returns True when it wrote."""
    catalog = catalog or bundled_catalog()
    with db.begin() as s:
        stored = s.get(Setting, FINGERPRINT_KEY)
        if stored is not None and stored.value == catalog.fingerprint:
            return False
        for order, st in enumerate(catalog.solution_types):
            _upsert(
                s,
                SolutionType,
                st.code,
                {
                    "name": st.name,
                    "description": st.description,
                    "default_interval_days": st.default_interval_days,
                    "default_sessions": st.default_sessions,
                    "maintenance_interval_days": st.maintenance_interval_days,
                    "sort_order": order,
                },
            )
        for area in catalog.areas:
            _upsert(
                s,
                TreatmentArea,
                area.code,
                {"name": area.name, "region": area.region, "sort_order": area.sort_order},
            )
        for order, ind in enumerate(catalog.indications):
            _upsert(
                s,
                Indication,
                ind.code,
                {"name": ind.name, "description": ind.description, "sort_order": order},
            )
        for order, se in enumerate(catalog.side_effects):
            _upsert(
                s,
                SideEffect,
                se.code,
                {
                    "name": se.name,
                    "expected": se.expected,
                    "rare": se.rare,
                    "typical_duration": se.typical_duration,
                    "patient_text": se.patient_text,
                    "sort_order": order,
                },
            )
        if stored is None:
            s.add(Setting(key=FINGERPRINT_KEY, value=catalog.fingerprint))
        else:
            stored.value = catalog.fingerprint
        audit.record(
            s,
            actor="system",
            action="update",
            entity="catalog",
            entity_id=None,
            after={"fingerprint": catalog.fingerprint},
        )
    return True


def solution_types(db: Database) -> list[CatalogItem]:
    with db.read() as s:
        rows = s.execute(
            select(SolutionType.id, SolutionType.code, SolutionType.name).order_by(
                SolutionType.sort_order
            )
        )
        return [CatalogItem(r.id, r.code, r.name) for r in rows]


def areas(db: Database) -> list[CatalogItem]:
    with db.read() as s:
        rows = s.execute(
            select(
                TreatmentArea.id, TreatmentArea.code, TreatmentArea.name, TreatmentArea.region
            ).order_by(TreatmentArea.sort_order)
        )
        return [CatalogItem(r.id, r.code, r.name, r.region) for r in rows]


def indications(db: Database) -> list[CatalogItem]:
    with db.read() as s:
        rows = s.execute(
            select(Indication.id, Indication.code, Indication.name).order_by(Indication.sort_order)
        )
        return [CatalogItem(r.id, r.code, r.name) for r in rows]


def side_effects(db: Database) -> list[CatalogItem]:
    with db.read() as s:
        rows = s.execute(
            select(SideEffect.id, SideEffect.code, SideEffect.name).order_by(SideEffect.sort_order)
        )
        return [CatalogItem(r.id, r.code, r.name) for r in rows]


def anaesthetic_names() -> list[str]:
    """The numbing products offered in the session editor (free text is allowed too)."""
    from mesodesk.domain import anaesthetics

    return [item.name for item in anaesthetics.load()]


def indications_by_solution_type(db: Database) -> dict[int, tuple[str, ...]]:
    """Solution type id -> the indication codes the catalog lists for it, in its order.

    From the bundled catalog's ``typical_indications``; a type it does not know (or lists
    nothing for) is absent, and then every indication applies.
    """
    typical = {
        st.code: st.typical_indications
        for st in bundled_catalog().solution_types
        if st.typical_indications
    }
    return {item.id: typical[item.code] for item in solution_types(db) if item.code in typical}

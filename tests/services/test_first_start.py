"""A new clinic's first start, saved as one action, and the demo catalog of products."""

from __future__ import annotations

from typing import Any

import pytest

from mesodesk.services import demo_catalog, first_start, practitioners, products, settings
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.first_start import FirstStartInput
from mesodesk.store.engine import Database
from tests.factories import ACTOR

SETUP = FirstStartInput(
    clinic_name="Clinique Lumière",
    phone="+33 1 42 68 53 00",
    practitioner_name="Dr Ana Ruiz",
    address="12 rue des Lilas\n75011 Paris",
    emergency_contact="After hours: +33 6 12 34 56 78",
    time_zone="Europe/Paris",
    opening_hours={"weekly": {day: [["10:00", "19:00"]] for day in ("tue", "wed", "thu")}},
    load_demo_catalog=True,
)


def test_the_setup_saves_details_hours_practitioner_and_demo_products(db: Database) -> None:
    assert settings.needs_first_start(db)

    result = first_start.complete_first_start(db, SETUP, actor=ACTOR)

    values = settings.get_all(db)
    assert values["clinic.name"] == "Clinique Lumière"
    assert values["clinic.phone"] == "+33 1 42 68 53 00"
    assert values["clinic.time_zone"] == "Europe/Paris"
    assert values["clinic.opening_hours"]["weekly"]["tue"] == [["10:00", "19:00"]]
    assert values["clinic.opening_hours"]["weekly"]["mon"] == []
    assert [p.display_name for p in practitioners.list_practitioners(db)] == ["Dr Ana Ruiz"]
    assert result.practitioner.display_name == "Dr Ana Ruiz"
    names = {p.name for p in products.list_products(db)}
    assert result.demo_products == len(demo_catalog.demo_products()) == len(names)
    assert "Aquabloom Skin Booster" in names
    assert products.list_lots(db) == []  # stock is the clinic's own
    assert not settings.needs_first_start(db)


def test_without_the_demo_catalog_no_product_is_added(db: Database) -> None:
    plain = FirstStartInput("Belle Peau", "+44 20 7946 0000", "Dr Bea Costa")
    result = first_start.complete_first_start(db, plain, actor=ACTOR)
    assert result.demo_products == 0
    assert products.list_products(db) == []


def test_missing_name_phone_and_practitioner_are_all_reported_and_nothing_saved(
    db: Database,
) -> None:
    empty = FirstStartInput("  ", "", " ", time_zone="Mars/Olympus")
    with pytest.raises(ValidationFailed) as refused:
        first_start.complete_first_start(db, empty, actor=ACTOR)
    assert set(refused.value.errors) == {
        "clinic.name",
        "clinic.phone",
        "practitioner",
        "clinic.time_zone",
    }
    assert practitioners.list_practitioners(db) == []
    assert settings.needs_first_start(db)


def test_a_failure_while_loading_the_products_leaves_nothing_saved(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_a: Any, **_k: Any) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(demo_catalog, "add_demo_products", broken)
    with pytest.raises(OSError, match="disk full"):
        first_start.complete_first_start(db, SETUP, actor=ACTOR)

    assert settings.get(db, "clinic.name") == ""
    assert practitioners.list_practitioners(db) == []
    assert settings.needs_first_start(db)


def test_the_demo_products_are_added_once(db: Database) -> None:
    first = demo_catalog.load_demo_products(db, actor=ACTOR)
    assert first == len(demo_catalog.demo_products())
    assert demo_catalog.load_demo_products(db, actor=ACTOR) == 0
    assert len(products.list_products(db)) == first

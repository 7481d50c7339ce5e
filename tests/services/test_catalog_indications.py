"""The indications the catalog lists for each solution type (what the course editor offers)."""

from __future__ import annotations

from mesodesk.services import catalog
from mesodesk.store.engine import Database


def test_each_solution_type_has_its_own_indications(db: Database) -> None:
    types = {t.code: t.id for t in catalog.solution_types(db)}
    known = {i.code for i in catalog.indications(db)}

    by_type = catalog.indications_by_solution_type(db)

    assert by_type[types["lipolytic"]] == ("cellulite", "localised_fat")
    assert by_type[types["prp"]] == ("skin_rejuvenation", "hair_loss")
    assert "cellulite" not in by_type[types["hyaluronic_acid"]]
    assert set(by_type) == set(types.values())
    assert all(set(codes) <= known for codes in by_type.values())

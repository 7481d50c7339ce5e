"""A storage error raised outside a unit of work still names the file it concerns."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from mesodesk.services.database import open_database
from mesodesk.services.describe import describe
from mesodesk.store.engine import url_for_path

pytestmark = pytest.mark.sqlite_only(reason="a read-only open of an SQLite file")


def test_a_write_refused_by_a_read_only_open_names_the_file(db_path: Path) -> None:
    db = open_database(url_for_path(db_path), create=False, read_only=True)
    try:
        with pytest.raises(Exception) as caught, db.engine.connect() as conn:
            conn.execute(text("INSERT INTO setting (key, value) VALUES ('x', '1')"))
        message = describe(caught.value)
    finally:
        db.dispose()
    assert str(db_path) in message and "\n" not in message

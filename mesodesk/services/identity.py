"""Which database this is: a random id made once per database and kept in it.

A copy of the file, a backup, a restored backup and a move to a server keep the id (the
same clinic's lineage); backups record it, so a backup of another database with the same
file name is never taken for one of this database.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from mesodesk.store.engine import Database
from mesodesk.store.identity import DATABASE_ID_KEY, id_of_file
from mesodesk.store.models import Setting

__all__ = [
    "DATABASE_ID_KEY",
    "database_id",
    "database_id_of_file",
    "ensure_database_id",
    "set_database_id",
]


def database_id(db: Database) -> str:
    """This database's id ("" for a database that has none, e.g. an old one opened read-only)."""
    with db.read() as s:
        row = s.get(Setting, DATABASE_ID_KEY)
        value = row.value if row is not None else None
    return value if isinstance(value, str) else ""


def ensure_database_id(db: Database) -> str:
    """The database's id, made now (random) when it has none."""
    from sqlalchemy.exc import IntegrityError

    found = database_id(db)
    if found:
        return found
    try:
        with db.begin() as s:
            s.add(Setting(key=DATABASE_ID_KEY, value=uuid.uuid4().hex))
    except IntegrityError:  # another desk made it at the same moment: theirs counts
        pass
    return database_id(db)


def set_database_id(db: Database, value: str) -> None:
    """Give the database the id ``value``: a restored backup older than the ids keeps the
    lineage of the database it replaced."""
    with db.begin() as s:
        row = s.get(Setting, DATABASE_ID_KEY)
        if row is None:
            s.add(Setting(key=DATABASE_ID_KEY, value=value))
        else:
            row.value = value


def database_id_of_file(path: Path) -> str:
    """The id stored in the SQLite file ``path`` (read only; "" when none or unreadable)."""
    return id_of_file(path)

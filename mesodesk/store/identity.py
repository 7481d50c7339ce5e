"""The database's identity: a random id stored once in it, read back from a file or a copy."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

DATABASE_ID_KEY = "database.id"
"""The settings row holding the database's id (uuid4 hex); never a clinic-editable setting."""


def id_in(conn: sqlite3.Connection) -> str:
    """The database id stored in the SQLite database behind ``conn`` ("" when it has none)."""
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", [DATABASE_ID_KEY]).fetchone()
    except sqlite3.Error:
        return ""
    if row is None or row[0] is None:
        return ""
    value = row[0]
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    try:
        value = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def id_of_file(path: Path) -> str:
    """The database id in the SQLite file ``path``, read only ("" when none or unreadable)."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return ""
    try:
        return id_in(conn)
    finally:
        conn.close()

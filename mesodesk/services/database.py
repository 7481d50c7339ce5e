"""Opening a database for the app or the CLI: checks, migration to head, catalog sync."""

from __future__ import annotations

from pathlib import Path

from mesodesk.services.catalog import sync_catalog
from mesodesk.services.templates import sync_templates
from mesodesk.store.backup import check_sqlite_file
from mesodesk.store.engine import Database, sqlite_path, url_for_path
from mesodesk.store.errors import StorageError, translate
from mesodesk.store.migrate import ensure_schema


def resolve_url(db_path: str | Path | None = None, database_url: str | None = None) -> str:
    """The URL to open: ``--database-url``, else ``--db PATH``, else the user's data folder."""
    if database_url:
        return database_url
    if db_path is not None:
        return url_for_path(db_path)
    from mesodesk.paths import default_db_path

    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return url_for_path(path)


def open_database(url: str, *, create: bool = True) -> Database:
    """Open (and if allowed create) a mesodesk database, migrated and with its catalog."""
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, must_exist=not create)
    db = Database.connect(url)
    try:
        ensure_schema(db)
        sync_catalog(db)
        sync_templates(db)
    except StorageError:
        db.dispose()
        raise
    except Exception as error:
        db.dispose()
        storage_error = translate(error, str(path or "the database"))
        if storage_error is None:
            raise
        raise storage_error from error
    return db

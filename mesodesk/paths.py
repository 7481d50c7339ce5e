"""The one place that finds bundled files (resources, migrations) and the user's data folder.

From a checkout the top-level ``resources/`` and ``migrations/`` folders are used; a wheel
carries them as ``mesodesk/_data/...`` (see ``force-include`` in pyproject.toml).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mesodesk import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _bundled(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"mesodesk is installed without its {name!r} folder")


def resource_path(*parts: str) -> Path:
    """Path of a file inside ``resources/``, e.g. ``resource_path("catalog", "areas.toml")``."""
    return _bundled("resources").joinpath(*parts)


def migrations_dir() -> Path:
    return _bundled("migrations")


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "mesodesk.sqlite3"


def default_backup_dir(db_path: Path) -> Path:
    """Where automatic backups go unless the clinic chose a folder: ``backups`` beside the data."""
    return db_path.parent / "backups"


def user_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def backup_passphrase_file() -> Path:
    """The owner-only file holding the passphrase automatic encrypted backups use."""
    return user_config_dir() / "backup-passphrase"

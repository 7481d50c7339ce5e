"""A camera folder: photos a tethered camera or a phone sync drops, waiting to be imported."""

from __future__ import annotations

import os
from pathlib import Path

from mesodesk.services.errors import output_error

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".heic", ".heif"})
IMPORTED = "imported"
"""Sub-folder the originals move to once imported, so that they are offered only once."""


def waiting_photos(folder: Path) -> list[Path]:
    """Photo files directly in ``folder``, oldest first (hidden and partial files ignored)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    found: list[tuple[float, str, Path]] = []
    for entry in entries:
        name = entry.name
        if name.startswith(".") or Path(name).suffix.lower() not in PHOTO_SUFFIXES:
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:  # removed while we looked
            continue
        if stat.st_size == 0:  # still being written by the camera software
            continue
        found.append((stat.st_mtime, name, Path(entry.path)))
    return [path for _mtime, _name, path in sorted(found)]


def set_aside(paths: list[Path], folder: Path) -> list[Path]:
    """Move imported originals into ``folder/imported`` (never overwriting); their new paths.

    The originals still carry their EXIF and GPS data: the README tells the clinic to empty
    that folder, which mesodesk never does by itself.
    """
    target = folder / IMPORTED
    try:
        target.mkdir(exist_ok=True)
    except OSError as error:
        raise output_error(error, target) from None
    moved = []
    for path in paths:
        destination = target / path.name
        counter = 1
        while destination.exists():
            destination = target / f"{path.stem}-{counter}{path.suffix}"
            counter += 1
        try:
            os.replace(path, destination)
        except FileNotFoundError:
            continue
        except OSError as error:
            raise output_error(error, destination) from None
        moved.append(destination)
    return moved

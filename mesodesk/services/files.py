"""Writing the files users ask for (PDFs, CSV exports) without leaving half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from mesodesk.services.errors import output_error


def write_file(data: bytes, path: Path) -> Path:
    """Write ``data`` to ``path`` atomically; failures raise OutputError with the reason."""
    return write_stream(path, lambda out: out.write(data))


def write_stream(
    path: Path,
    write: Callable[[BinaryIO], object],
    *,
    before_rename: Callable[[], object] | None = None,
) -> Path:
    """Let ``write`` fill a temporary file beside ``path`` (owner-only, as mkstemp makes it),
    then put it in place in one rename: a reader never sees half a file, and a failure
    (raised by ``write`` or the disk) leaves nothing behind. OSError becomes OutputError.

    ``before_rename`` runs once the file is complete and on disk, just before it is put in
    place (an export's audit row): if it raises, the file never appears."""
    path = Path(path)
    handle = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".mesodesk-", suffix=".tmp", dir=path.parent)
        handle = Path(tmp_name)
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(handle, path)
        handle = None
    except OSError as error:
        raise output_error(error, path) from error
    finally:
        if handle is not None:
            handle.unlink(missing_ok=True)
    return path


def write_csv(text: str, path: Path) -> Path:
    """A CSV document as UTF-8 with a byte-order mark, so spreadsheet programs read accents."""
    return write_file(("\ufeff" + text).encode("utf-8"), path)

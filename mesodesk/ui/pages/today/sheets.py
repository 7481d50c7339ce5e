"""The Today page's aftercare batches: prepared and rendered as one PDF, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mesodesk.domain.accounts import User
from mesodesk.services import aftercare
from mesodesk.services.database import Database

BACKGROUND_SHEETS = 5
"""Batches with more sheets than this are prepared and rendered off the GUI thread."""


@dataclass(frozen=True, slots=True)
class SheetBatch:
    """Aftercare sheets ready to preview: what they were made from, and the one PDF."""

    prepared: tuple[aftercare.PreparedSheet, ...]
    pdf: bytes


def build_sheets(
    db: Database,
    actor: User,
    session_ids: Sequence[int],
    progress: Callable[[int, int], None] | None = None,
) -> SheetBatch:
    """Prepare and render the sheets of ``session_ids`` as one PDF (safe off the GUI thread).

    ``progress(done, total)`` counts prepared sheets; ``done == total`` means the PDF is
    being built.
    """
    ids = list(session_ids)
    prepared: list[aftercare.PreparedSheet] = []
    step = 5
    for start in range(0, len(ids), step):
        prepared.extend(aftercare.prepare(db, ids[start : start + step], actor=actor))
        if progress is not None:
            progress(len(prepared), len(ids))
    return SheetBatch(tuple(prepared), aftercare.render(prepared))

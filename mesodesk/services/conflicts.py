"""Edit conflicts: a save names the version its editor loaded, and a newer one is a conflict.

Two desks may open the same record. Each save passes the ``version`` its editor read (the
DTOs carry it); when the stored version has moved on, the save is refused with
:class:`EditConflict`, listing field by field the stored values (theirs) beside the editor's
(yours), and nothing is written. The editor then lets the user take theirs and re-apply
their own changes, keep theirs (``overwrite=True``, audited as an overwrite), or go back.
Without an expected version (the command line, imports) a save simply applies.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.errors import EditConflict, FieldDifference
from mesodesk.store.models import AuditEvent

__all__ = [
    "EditConflict",
    "FieldDifference",
    "check",
    "differences",
    "last_saved",
    "same_moment",
]

OVERWRITE_ACTION = "overwrite"
"""The audit action of a save that kept the editor's values over a newer stored version."""


def differences(theirs: Mapping[str, Any], yours: Mapping[str, Any]) -> tuple[FieldDifference, ...]:
    """The fields of ``yours`` whose stored value differs, in ``yours``' order."""
    return tuple(
        FieldDifference(name, theirs.get(name), value)
        for name, value in yours.items()
        if theirs.get(name) != value
    )


def check(
    s: Session,
    *,
    entity: str,
    entity_id: int | str | None,
    stored: int,
    expected: int | None,
    theirs: Mapping[str, Any],
    yours: Mapping[str, Any],
    overwrite: bool = False,
    audited_as: tuple[str, int | None] | None = None,
) -> bool:
    """Whether this save overwrites a newer stored version (only with ``overwrite``).

    Raises :class:`EditConflict` when the stored version is newer than the one the editor
    loaded and differs from the editor's values in some field. A newer version that agrees
    with every value the editor sends (the other desk made the same change, or changed
    something this editor does not show) is no conflict: nothing would be lost. The
    conflict names who saved the newer version: the account of the newest audit row of
    ``audited_as`` (entity, id; by default ``entity`` and ``entity_id``).
    """
    if expected is None or stored == expected:
        return False
    found = differences(theirs, yours)
    if not found:
        return False
    if overwrite:
        return True
    who, when = last_saved(s, *(audited_as or (entity, _int_or_none(entity_id))))
    raise EditConflict(entity, entity_id, stored, found, saved_by=who, saved_at=when)


LOOKS_ONLY = ("view", "export")
"""Audit actions that read a record without changing it."""


def last_saved(s: Session, entity: str, entity_id: int | None) -> tuple[str, datetime | None]:
    """The account name and time of the newest audited change to one record."""
    wanted = (
        AuditEvent.entity_id.is_(None) if entity_id is None else AuditEvent.entity_id == entity_id
    )
    row = s.execute(
        select(AuditEvent.actor, AuditEvent.occurred_at)
        .where(AuditEvent.entity == entity, wanted, AuditEvent.action.not_in(LOOKS_ONLY))
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    return (str(row[0]), row[1]) if row is not None else ("", None)


def _int_or_none(value: int | str | None) -> int | None:
    return value if isinstance(value, int) else None


def action(overwrote: bool, default: str = "update") -> str:
    """The audit action of a save: ``overwrite`` when it replaced a newer version."""
    return OVERWRITE_ACTION if overwrote else default


@contextmanager
def same_moment(entity: str, entity_id: int | str | None) -> Iterator[None]:
    """Turn SQLAlchemy's lost-update guard into an :class:`EditConflict`.

    On PostgreSQL two transactions may read the same version and both try to write it; the
    version check in the UPDATE lets only the first through, and the second lands here.
    """
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except StaleDataError as error:
        raise EditConflict(
            entity,
            entity_id,
            0,
            (),
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Someone at another desk saved this record at the same moment. Nothing of "
                    "yours was saved: open it again to see their change, then save yours.",
                )
            ),
        ) from error

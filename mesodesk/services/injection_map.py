"""The injection map of a session: its marks, saved with the session, and the lines they give.

The marks are the one source of a session's treatment lines whenever it has any: create and
update derive the lines from them in the same transaction (so screening, lot checks and the
lot recall see exactly what was marked). A session without marks keeps its lines as typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.injection_map import (
    MapCatalog,
    Mark,
    MarkKind,
    Side,
    Totals,
    VolumeUnit,
    default_catalog,
    derive_lines,
    geometry_json,
    mark_problems,
    placed,
    points_from_json,
    totals,
)
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services.access import require
from mesodesk.services.dto import SessionInput, TreatmentInput
from mesodesk.store.engine import Database
from mesodesk.store.models import ProductLot, TreatmentArea, TreatmentSession
from mesodesk.store.models_map import InjectionMark

__all__ = [
    "Mark",
    "MarkKind",
    "Side",
    "Totals",
    "VolumeUnit",
    "catalog",
    "marks_for_sessions",
    "previous_marks",
    "session_marks",
    "totals",
    "treatments_from_marks",
]


def catalog() -> MapCatalog:
    """The diagrams and their regions, as shipped in resources/diagrams/."""
    return default_catalog()


def treatments_from_marks(marks: Iterable[Mark]) -> tuple[TreatmentInput, ...]:
    """The treatment lines the marks give (no database: the editor shows them live)."""
    return tuple(
        TreatmentInput(
            area_id=line.area_id,
            product_id=line.product_id,
            product_lot_id=line.lot_id,
            volume_ml=line.volume_ml,
            technique=line.technique,
            depth_mm=line.depth_mm,
            needle_gauge=line.needle_gauge,
        )
        for line in derive_lines(marks)
    )


def area_ids_in(s: Session) -> dict[str, int]:
    return {code: id_ for code, id_ in s.execute(select(TreatmentArea.code, TreatmentArea.id))}


# --- inside the session's transaction ----------------------------------------------------------


def stored_marks(s: Session, session_id: int | None) -> list[Mark]:
    if session_id is None:
        return []
    rows = s.scalars(
        select(InjectionMark)
        .where(InjectionMark.session_id == session_id)
        .order_by(InjectionMark.position)
    )
    return [as_mark(row) for row in rows]


def as_mark(row: InjectionMark) -> Mark:
    return Mark(
        diagram=row.diagram,
        kind=row.kind,
        points=points_from_json(row.geometry),
        area_id=row.area_id,
        side=row.side,
        product_id=row.product_id,
        lot_id=row.product_lot_id,
        volume=row.volume,
        unit=row.unit,
        depth_mm=row.depth_mm,
        technique=row.technique,
        needle_gauge=row.needle_gauge,
    )


def resolve(
    s: Session, data: SessionInput, row: TreatmentSession | None
) -> tuple[SessionInput, dict[str, str]]:
    """``data`` with its lines derived from its marks (placed in their regions), and what is
    wrong with the marks (by ``marks[n]``).

    ``marks=None`` leaves a session's stored marks as they are: when it has some, the lines
    are still derived from them, so the lines never disagree with the map.
    """
    errors: dict[str, str] = {}
    if data.marks is None:
        kept = stored_marks(s, row.id if row is not None else None)
        if not kept:
            return data, errors
        return replace(data, treatments=treatments_from_marks(kept)), errors
    if not data.marks:
        return data, errors
    shapes = catalog()
    area_ids = area_ids_in(s)
    known_areas = set(area_ids.values())
    marks: list[Mark] = []
    for number, mark in enumerate(data.marks, start=1):
        mark = placed(mark, shapes, area_ids, keep_area=True)
        problems = mark_problems(mark, shapes)
        if mark.area_id is not None and mark.area_id not in known_areas:
            problems.append(Message(QT_TRANSLATE_NOOP("messages", "unknown area")))
        if mark.lot_id is not None and mark.product_id is None:
            lot = s.get(ProductLot, mark.lot_id)
            mark = replace(mark, product_id=lot.product_id if lot is not None else None)
        if problems:
            errors[f"marks[{number}]"] = Message(
                QT_TRANSLATE_NOOP("messages", "Mark {number}: {problem}."),
                number=number,
                problem=problems[0],
            )
        marks.append(mark)
    if data.status == SessionStatus.DONE and any(m.volume is None for m in marks):
        number = next(i for i, m in enumerate(marks, start=1) if m.volume is None)
        errors.setdefault(
            f"marks[{number}]",
            Message(
                QT_TRANSLATE_NOOP("messages", "Mark {number}: record the volume injected there."),
                number=number,
            ),
        )
    return replace(data, marks=tuple(marks), treatments=treatments_from_marks(marks)), errors


def save_marks(s: Session, row: TreatmentSession, data: SessionInput) -> None:
    """Write the marks ``data`` carries (``None``: leave the stored ones as they are)."""
    if data.marks is None:
        return
    s.flush()
    for old in s.scalars(select(InjectionMark).where(InjectionMark.session_id == row.id)):
        s.delete(old)
    s.flush()
    for position, mark in enumerate(data.marks):
        assert mark.area_id is not None, "resolve() refuses marks without an area"
        s.add(
            InjectionMark(
                session_id=row.id,
                position=position,
                diagram=mark.diagram,
                kind=str(mark.kind),
                geometry=geometry_json(mark),
                side=str(mark.side),
                area_id=mark.area_id,
                product_id=mark.product_id,
                product_lot_id=mark.lot_id,
                volume=mark.volume,
                unit=str(mark.unit),
                depth_mm=mark.depth_mm,
                technique=mark.technique,
                needle_gauge=mark.needle_gauge,
            )
        )
    s.flush()


def sheet_marks(
    s: Session, session_id: int
) -> tuple[tuple[str, str, tuple[tuple[float, float], ...]], ...]:
    """The marks as a printed sheet keeps them: (diagram, kind, points)."""
    return tuple((m.diagram, str(m.kind), m.points) for m in stored_marks(s, session_id))


def snapshot_marks(s: Session, row: TreatmentSession) -> list[dict[str, object]]:
    """The marks as the audit records them with the session."""
    return [
        {
            "diagram": m.diagram,
            "kind": str(m.kind),
            "points": [list(p) for p in m.points],
            "area_id": m.area_id,
            "side": str(m.side),
            "product_id": m.product_id,
            "product_lot_id": m.lot_id,
            "volume": str(m.volume) if m.volume is not None else None,
            "unit": str(m.unit),
            "depth_mm": str(m.depth_mm) if m.depth_mm is not None else None,
            "technique": m.technique,
            "needle_gauge": m.needle_gauge,
        }
        for m in stored_marks(s, row.id)
    ]


# --- reading -----------------------------------------------------------------------------------


def session_marks(db: Database, session_id: int, *, actor: User) -> tuple[Mark, ...]:
    """A session's marks, in the order they were placed."""
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        return tuple(stored_marks(s, session_id))


def marks_for_sessions(
    db: Database, session_ids: Sequence[int], *, actor: User
) -> dict[int, tuple[Mark, ...]]:
    """The marks of several sessions at once (the chart's thumbnails); sessions without any
    are left out."""
    out: dict[int, list[Mark]] = {}
    if not session_ids:
        return {}
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        rows = s.scalars(
            select(InjectionMark)
            .where(InjectionMark.session_id.in_(list(session_ids)))
            .order_by(InjectionMark.session_id, InjectionMark.position)
        )
        for row in rows:
            out.setdefault(row.session_id, []).append(as_mark(row))
    return {key: tuple(value) for key, value in out.items()}


def previous_marks(
    db: Database, patient_id: int, before: datetime, *, session_id: int | None = None, actor: User
) -> tuple[int | None, tuple[Mark, ...]]:
    """The latest done session of the patient before ``before`` (naive UTC or aware) that has
    marks, with its marks: what the editor overlays as "last session"."""
    when = before.replace(tzinfo=None) if before.tzinfo is None else _naive_utc(before)
    with db.read() as s:
        require(s, actor, Permission.VIEW_CLINICAL)
        query = (
            select(TreatmentSession.id)
            .join(InjectionMark, InjectionMark.session_id == TreatmentSession.id)
            .where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.status == str(SessionStatus.DONE),
                TreatmentSession.starts_at < when,
            )
            .order_by(TreatmentSession.starts_at.desc())
            .limit(1)
        )
        if session_id is not None:
            query = query.where(TreatmentSession.id != session_id)
        found = s.scalar(query)
        if found is None:
            return None, ()
        return found, tuple(stored_marks(s, found))


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def volume_text(ml: Decimal, units: Decimal) -> str:
    """ "1.50 ml", "20 units" or "1.50 ml + 20 units"."""
    parts = []
    if ml:
        parts.append(f"{ml.quantize(Decimal('0.01'))} ml")
    if units:
        parts.append(f"{units.normalize():f} units")
    return " + ".join(parts) or "—"

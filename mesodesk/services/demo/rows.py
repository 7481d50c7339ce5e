"""The demo's row shapes: the tables it fills (columns read from the models) and its context."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.schedule import DEFAULT_HOURS, OpeningHours
from mesodesk.services.errors import ValidationFailed
from mesodesk.services.settings import DEFAULTS as SETTING_DEFAULTS
from mesodesk.store.models import (
    Base,
    DocumentTemplate,
    Indication,
    Setting,
    SideEffect,
    SolutionType,
    TreatmentArea,
)

Row = tuple[Any, ...]
ProgressFn = Callable[[str, int, int], None]

DEMO_TABLES = frozenset(
    {
        "practitioner",
        "product",
        "product_lot",
        "patient",
        "patient_search_term",
        "patient_list_prefix",
        "medical_profile",
        "course",
        "treatment_session",
        "session_treatment",
        "adverse_event",
    }
)
COLUMNS: dict[str, tuple[str, ...]] = {
    table.name: tuple(column.name for column in table.columns)
    for table in Base.metadata.sorted_tables
    if table.name in DEMO_TABLES
}
"""The columns written per table, read from the models: every column, in table order; the
tables in the order they must be filled (foreign keys first)."""
CLINIC_TABLES = ("practitioner", "product", "product_lot")
PATIENT_TABLES = tuple(t for t in COLUMNS if t not in CLINIC_TABLES)
ID_TABLES = tuple(t for t in COLUMNS if "id" in COLUMNS[t])
"""Tables whose rows the generator numbers itself (continuing after the highest id)."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    patients: int
    sessions: int
    treatments: int
    products: int
    lots: int
    practitioners: int
    courses: int
    adverse_events: int


class RowChunk(NamedTuple):
    """Rows for one table; ``columns`` follow the table's column order."""

    table: str
    columns: tuple[str, ...]
    rows: list[Row]


def chunk(table: str, rows: list[Row]) -> RowChunk:
    """The rows of ``table`` as a chunk; a row of the wrong width (the model gained or lost a
    column the generator does not know of) is refused here, naming the table."""
    columns = COLUMNS[table]
    if rows and len(rows[0]) != len(columns):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "demo rows for {table} have {values} values but the table has {columns} columns: update the demo generator for the model",
                ),
                table=table,
                values=len(rows[0]),
                columns=len(columns),
            )
        )
    return RowChunk(table, columns, rows)


class DemoBatch(NamedTuple):
    """The chunks of one step, in foreign-key order, and the progress after it."""

    stage: str
    done: int
    total: int
    chunks: tuple[RowChunk, ...]


@dataclass(frozen=True, slots=True)
class SolutionTypeInfo:
    id: int
    name: str
    interval_days: int
    sessions: int
    maintenance_days: int


@dataclass(frozen=True, slots=True)
class DemoContext:
    """What the generator needs from the target database: catalog ids and free ids."""

    solution_types: Mapping[str, SolutionTypeInfo]
    areas: Mapping[str, tuple[int, str, str]]
    """code -> (id, name, region)"""
    indications: Mapping[str, str]
    """code -> name"""
    side_effects: Mapping[str, tuple[str, bool]]
    """code -> (name, expected)"""
    time_zone: str = SETTING_DEFAULTS["clinic.time_zone"]
    first_ids: Mapping[str, int] | None = None
    """table -> first id to use; None or a missing table means 1."""
    consent_template_id: int | None = None
    """The consent text version done demo sessions record (None: no consent recorded)."""
    hours: OpeningHours = DEFAULT_HOURS
    """The clinic's opening hours: every demo session fits in them."""


def _setting(s: Session, key: str) -> Any:
    row = s.get(Setting, key)
    return row.value if row is not None else SETTING_DEFAULTS.get(key)


def next_free_ids(s: Session) -> dict[str, int]:
    """The next free id of every table the generator numbers (after the highest stored)."""
    return {
        name: int(s.scalar(select(func.max(Base.metadata.tables[name].c.id))) or 0) + 1
        for name in ID_TABLES
    }


def demo_context(s: Session) -> DemoContext:
    """Read the catalog, the clinic's time zone and hours, and the next free id of every table."""
    solution_types = {
        r.code: SolutionTypeInfo(
            r.id, r.name, r.default_interval_days, r.default_sessions, r.maintenance_interval_days
        )
        for r in s.scalars(select(SolutionType))
    }
    areas = {
        r.code: (r.id, r.name, r.region)
        for r in s.scalars(select(TreatmentArea).order_by(TreatmentArea.sort_order))
    }
    indications = {code: name for code, name in s.execute(select(Indication.code, Indication.name))}
    side_effects = {
        r.code: (r.name, bool(r.expected))
        for r in s.scalars(select(SideEffect).order_by(SideEffect.sort_order))
    }
    if not solution_types or not areas:
        raise ValidationFailed(
            {
                "catalog": Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The catalog (solution types and areas) must be loaded before a demo.",
                    )
                )
            }
        )
    zone = str(_setting(s, "clinic.time_zone"))
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = SETTING_DEFAULTS["clinic.time_zone"]
    try:
        hours = OpeningHours.from_setting(_setting(s, "clinic.opening_hours"))
    except ValueError:
        hours = DEFAULT_HOURS  # the settings dialog refuses bad hours; this is belt and braces
    if not any(hours.weekly):
        hours = DEFAULT_HOURS  # a clinic that is never open cannot have a diary
    first_ids = next_free_ids(s)
    consent_id = s.scalar(
        select(DocumentTemplate.id)
        .where(DocumentTemplate.kind == "consent", DocumentTemplate.key == "general")
        .order_by(DocumentTemplate.version.desc())
        .limit(1)
    )
    return DemoContext(
        solution_types, areas, indications, side_effects, zone, first_ids, consent_id, hours
    )

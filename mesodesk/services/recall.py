"""Lot recall: every patient and done session that received a given product lot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, func, select, type_coerce

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.csvsafe import to_csv
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.search import format_date
from mesodesk.services import audit
from mesodesk.services import settings as settings_service
from mesodesk.services.access import require_now
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.files import write_csv
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    Patient,
    Practitioner,
    Product,
    ProductLot,
    SessionTreatment,
    TreatmentArea,
    TreatmentSession,
)


@dataclass(frozen=True, slots=True)
class RecalledLot:
    id: int
    lot_number: str
    product_name: str
    expiry_date: date


@dataclass(frozen=True, slots=True)
class RecallRow:
    """One session that used the lot. Values are kept as stored and converted when read, so a
    recall of tens of thousands of sessions is ready at once and a list converts only the
    rows it shows."""

    session_id: int
    patient_id: int
    given_name: str
    family_name: str
    stored_date_of_birth: str | date | None
    phone: str
    email: str
    address: str
    archived: bool
    product_name: str
    lot_number: str
    areas: str
    volume: float
    practitioner: str
    stored_start: str | datetime
    """Naive UTC as stored."""
    zone: ZoneInfo

    @property
    def starts_at(self) -> datetime:
        """Aware, in the clinic's time zone."""
        start = self.stored_start
        if not isinstance(start, datetime):
            start = datetime.fromisoformat(start)
        return start.replace(tzinfo=UTC).astimezone(self.zone)

    @property
    def patient_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def date_of_birth(self) -> date | None:
        value = self.stored_date_of_birth
        if value is None or isinstance(value, date):
            return value
        return date.fromisoformat(value)

    @property
    def volume_ml(self) -> Decimal:
        return Decimal(f"{self.volume:.2f}")


@dataclass(frozen=True, slots=True)
class RecallResult:
    lot_number: str
    lots: tuple[RecalledLot, ...]
    rows: tuple[RecallRow, ...]

    @property
    def patient_count(self) -> int:
        return len({r.patient_id for r in self.rows})


def find_lots(db: Database, lot_number: str) -> list[RecalledLot]:
    """Lots with this number (any product); exact match first, else ignoring case."""
    wanted = lot_number.strip()
    if not wanted:
        raise ValidationFailed(
            {"lot": Message(QT_TRANSLATE_NOOP("messages", "Type the lot number to recall."))}
        )
    query = select(ProductLot.id, ProductLot.lot_number, Product.name, ProductLot.expiry_date).join(
        Product, ProductLot.product_id == Product.id
    )
    with db.read() as s:
        rows = s.execute(query.where(ProductLot.lot_number == wanted)).all()
        if not rows:
            rows = s.execute(query.where(func.lower(ProductLot.lot_number) == wanted.lower())).all()
    return [RecalledLot(r[0], r[1], r[2], r[3]) for r in rows]


def recall(db: Database, lot_number: str, *, actor: User) -> RecallResult:
    """Every done session that used the lot, newest first, with the patient's contacts.

    Uses the index on ``session_treatment.product_lot_id``: the answer costs in proportion to
    the sessions found, not to the size of the clinic's history.
    """
    require_now(db, actor, Permission.RECALL)
    lots = find_lots(db, lot_number)
    if not lots:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "No lot numbered {lot!r} is on record."),
                lot=lot_number.strip(),
            )
        )
    zone = settings_service.clinic_zone(db)
    by_lot = {lot.id: lot for lot in lots}
    query = (
        select(
            SessionTreatment.session_id,
            SessionTreatment.product_lot_id,
            type_coerce(SessionTreatment.volume_ml, String),
            TreatmentArea.name,
            # Text, parsed below with the C-speed fromisoformat: recalls can list thousands.
            type_coerce(TreatmentSession.starts_at, String),
            TreatmentSession.practitioner_id,
            Patient.id,
            Patient.given_name,
            Patient.family_name,
            type_coerce(Patient.date_of_birth, String),
            Patient.phone,
            Patient.email,
            Patient.address,
            Patient.archived_at.is_not(None),
        )
        .join(TreatmentSession, SessionTreatment.session_id == TreatmentSession.id)
        .join(Patient, TreatmentSession.patient_id == Patient.id)
        .join(TreatmentArea, SessionTreatment.area_id == TreatmentArea.id)
        .where(
            SessionTreatment.product_lot_id.in_(list(by_lot)),
            TreatmentSession.status == SessionStatus.DONE,
        )
        .order_by(TreatmentSession.starts_at.desc(), SessionTreatment.session_id.desc())
    )
    with db.read() as s:
        practitioners = {
            pid: name for pid, name in s.execute(select(Practitioner.id, Practitioner.display_name))
        }
        # A recall can list tens of thousands of sessions: every column above is selected in
        # its stored form, so the driver's plain tuples are read directly and only the few
        # values shown are converted below (no per-cell result processing).
        lines = s.connection().execute(query).cursor.fetchall()
    rows: list[RecallRow] = []
    # Lines of one session are adjacent (ordered by start, then session): one pass groups them.
    key: tuple[int, int] | None = None
    first: Any = None
    areas: list[str] = []
    volume = 0.0

    def flush() -> None:
        lot = by_lot[first[1]]
        rows.append(
            RecallRow(
                first[0], first[6], first[7], first[8], first[9], first[10], first[11],
                first[12], bool(first[13]), lot.product_name, lot.lot_number,
                ", ".join(areas), volume, practitioners.get(first[5] or 0, ""), first[4], zone,
            )
        )  # fmt: skip

    for line in lines:
        line_key = (line[0], line[1])
        if line_key != key:
            if key is not None:
                flush()
            key, first, areas, volume = line_key, line, [line[3]], float(line[2] or 0)
        else:
            if line[3] not in areas:
                areas.append(line[3])
            volume += float(line[2] or 0)
    if key is not None:
        flush()
    # Already newest first: the query orders by start, and grouping keeps that order.
    return RecallResult(lot_number.strip(), tuple(lots), tuple(rows))


CSV_HEADER = (
    "Session date",
    "Session",
    "Patient number",
    "Patient",
    "Date of birth",
    "Phone",
    "Email",
    "Address",
    "Archived",
    "Product",
    "Lot",
    "Areas",
    "Volume (ml)",
    "Practitioner",
)


def csv_text(result: RecallResult, date_format: str = "dd/mm/yyyy") -> str:
    return to_csv(
        CSV_HEADER,
        (
            (
                f"{format_date(r.starts_at.date(), date_format)} {r.starts_at:%H:%M}",
                r.session_id,
                r.patient_id,
                r.patient_name,
                format_date(r.date_of_birth, date_format),
                r.phone,
                r.email,
                " / ".join(line.strip() for line in r.address.splitlines() if line.strip()),
                "yes" if r.archived else "",
                r.product_name,
                r.lot_number,
                r.areas,
                f"{r.volume_ml.normalize():f}",
                r.practitioner,
            )
            for r in result.rows
        ),
    )


def export_csv(db: Database, result: RecallResult, out: Path, *, actor: User) -> Path:
    """Write the recall list as CSV (UTF-8 with a BOM so spreadsheet programs read accents).

    Audited as an export: the lot and the patients and sessions it lists (ids only).
    """
    require_now(db, actor, Permission.RECALL)
    date_format = str(settings_service.get(db, "clinic.date_format"))
    path = write_csv(csv_text(result, date_format), out)
    audit.record_alone(
        db,
        actor=actor,
        permission=Permission.RECALL,
        action="export",
        entity="lot_recall",
        entity_id=result.lots[0].id if len(result.lots) == 1 else None,
        after={
            "lot_number": result.lot_number,
            "lot_ids": [lot.id for lot in result.lots],
            "file": path.name,
            "patient_ids": sorted({r.patient_id for r in result.rows}),
            "session_ids": sorted({r.session_id for r in result.rows}),
        },
    )
    return path


def summary(result: RecallResult) -> str:
    products = ", ".join(sorted({lot.product_name for lot in result.lots}))
    return (
        f"Lot {result.lot_number} ({products}): {len(result.rows)} session(s), "
        f"{result.patient_count} patient(s)"
    )

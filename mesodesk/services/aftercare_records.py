"""What happened to aftercare sheets: printed or saved, and what each one said when handed over.

A printed or saved sheet keeps its content (``PrintedDocument.content``): the texts, the next
appointments, the clinic's details and the print date. A reprint rebuilds the sheet from the
first such record, so the patient gets the same sheet again, whatever changed since.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.documents.data import Advice, AftercareSheet, ClinicHeader, TreatedLine
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit
from mesodesk.services import settings as settings_service
from mesodesk.services.access import require
from mesodesk.services.errors import ServiceError
from mesodesk.services.sessions import to_utc
from mesodesk.store.engine import Database
from mesodesk.store.models import PrintedDocument, TreatmentSession

OUTPUTS = ("print", "pdf", "cli", "preview")


class Output(StrEnum):
    """How a sheet left the desk; each is recorded with the sheet."""

    PRINTED = "print"
    SAVED = "pdf"
    """Saved as a PDF file from the window."""
    WRITTEN = "cli"
    """Written as a PDF file by the command line."""
    PREVIEWED = "preview"


HANDED_OVER = (Output.PRINTED, Output.SAVED, Output.WRITTEN)
"""Outputs whose content a reprint reproduces."""
SAVED_OUTPUTS = (Output.SAVED, Output.WRITTEN)


class SheetState(StrEnum):
    PRINTED = "printed"
    SAVED = "saved"
    """Saved as a PDF file (from the window or the command line) but never printed."""


@dataclass(frozen=True, slots=True)
class PreparedSheet:
    session_id: int
    patient_name: str
    starts_at: datetime
    sheet: AftercareSheet
    template_ids: tuple[int, ...]
    printed_on: date
    """The print date the sheet shows (the first print's, for a reprint)."""
    warnings: tuple[str, ...] = ()
    """What the desk should know before printing (e.g. the clinic has no phone number)."""
    reprint: bool = False
    """Rebuilt from what was handed over the first time."""


def snapshot(prepared: PreparedSheet) -> dict[str, Any]:
    """The sheet as stored with its record (the logo stays in the settings)."""
    sheet = replace(prepared.sheet, clinic=replace(prepared.sheet.clinic, logo=None))
    content = asdict(sheet)
    content["clinic"].pop("logo", None)
    return {"sheet": content, "printed_on": prepared.printed_on.isoformat()}


def sheet_from(content: dict[str, Any], logo: bytes | None) -> tuple[AftercareSheet, date]:
    """The sheet stored by :func:`snapshot`, with today's logo, and its print date."""
    data = content["sheet"]
    advice = data["advice"]
    sheet = AftercareSheet(
        clinic=ClinicHeader(**data["clinic"], logo=logo),
        patient_name=data["patient_name"],
        session_date=data["session_date"],
        practitioner=data["practitioner"],
        lines=tuple(TreatedLine(**line) for line in data["lines"]),
        advice=Advice(**{key: tuple(items) for key, items in advice.items()}),
        next_appointments=tuple(data["next_appointments"]),
        paper_size=data["paper_size"],
        reference=data["reference"],
        map_marks=tuple(
            (diagram, kind, tuple((float(x), float(y)) for x, y in points))
            for diagram, kind, points in data.get("map_marks", ())
        ),
        language=data.get("language", "en"),  # sheets kept before 0010 are English
    )
    return sheet, date.fromisoformat(content["printed_on"])


def first_handed_over(s: Session, session_ids: Sequence[int]) -> dict[int, PrintedDocument]:
    """Per session, its first printed or saved sheet that kept its content."""
    rows = s.scalars(
        select(PrintedDocument)
        .where(
            PrintedDocument.session_id.in_(list(session_ids)),
            PrintedDocument.kind == "aftercare",
            PrintedDocument.output.in_([o.value for o in HANDED_OVER]),
            PrintedDocument.content.is_not(None),
        )
        .order_by(PrintedDocument.id.desc())
    )
    return {row.session_id: row for row in rows}  # the oldest wins: it is written last


def record_printed(
    db: Database, sheets: Sequence[PreparedSheet], *, output: str, actor: User
) -> None:
    """Remember that these sheets were printed, saved or previewed, with what they said."""
    if output not in OUTPUTS:
        raise ServiceError(
            Message(QT_TRANSLATE_NOOP("messages", "Unknown output {output!r}."), output=output)
        )
    with db.begin() as s:
        require(s, actor, Permission.PRINT_AFTERCARE)
        now = audit.utcnow()
        for prepared in sheets:
            row = PrintedDocument(
                session_id=prepared.session_id,
                kind="aftercare",
                printed_at=now,
                printed_by=actor.name,
                template_ids=list(prepared.template_ids),
                output=output,
                content=snapshot(prepared) if output in HANDED_OVER else None,
            )
            s.add(row)
            s.flush()
            after = audit.snapshot(row)
            after.pop("content", None)  # the sheet's text is in the record, not the audit
            audit.record(
                s,
                actor=actor,
                action="create",
                entity="printed_document",
                entity_id=row.id,
                after=after,
            )


def sheet_states(db: Database, session_ids: Sequence[int]) -> dict[int, SheetState]:
    """Which of ``session_ids`` had a sheet printed, or only saved as a PDF file."""
    if not session_ids:
        return {}
    with db.read() as s:
        rows = s.execute(
            select(PrintedDocument.session_id, PrintedDocument.output)
            .where(
                PrintedDocument.session_id.in_(list(session_ids)),
                PrintedDocument.kind == "aftercare",
                PrintedDocument.output.in_([o.value for o in HANDED_OVER]),
            )
            .distinct()
        ).all()
    states: dict[int, SheetState] = {}
    for session_id, output in rows:
        if output == Output.PRINTED:
            states[session_id] = SheetState.PRINTED
        else:
            states.setdefault(session_id, SheetState.SAVED)
    return states


def printed_session_ids(db: Database, session_ids: Sequence[int]) -> set[int]:
    """Which of ``session_ids`` had an aftercare sheet printed (saving a PDF is not printing)."""
    states = sheet_states(db, session_ids)
    return {sid for sid, state in states.items() if state == SheetState.PRINTED}


def saved_session_ids(db: Database, session_ids: Sequence[int]) -> set[int]:
    """Which of ``session_ids`` had a sheet saved as a PDF file but never printed."""
    states = sheet_states(db, session_ids)
    return {sid for sid, state in states.items() if state == SheetState.SAVED}


def done_session_ids_on(db: Database, day: date) -> list[int]:
    """The done sessions of the clinic's local ``day``, in order of time."""
    zone = settings_service.clinic_zone(db)
    start = to_utc(datetime.combine(day, time.min, tzinfo=zone), zone)
    end = to_utc(datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone), zone)
    with db.read() as s:
        return list(
            s.scalars(
                select(TreatmentSession.id)
                .where(
                    TreatmentSession.starts_at >= start,
                    TreatmentSession.starts_at < end,
                    TreatmentSession.status == SessionStatus.DONE,
                )
                .order_by(TreatmentSession.starts_at, TreatmentSession.id)
            )
        )


def unprinted_done_sessions(db: Database, day: date) -> list[int]:
    """The done sessions of ``day`` whose sheet was never printed (saved ones included):
    what "print all done" prints unless asked for all."""
    done = done_session_ids_on(db, day)
    printed = printed_session_ids(db, done)
    return [sid for sid in done if sid not in printed]

"""Aftercare sheets: gathering a session's facts and texts, rendering, and keeping a record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesodesk.documents.data import Advice, AftercareSheet, ClinicHeader, TreatedLine
from mesodesk.documents.labels import label, weekday_name
from mesodesk.documents.labels import long_date as language_long_date
from mesodesk.domain import clock
from mesodesk.domain import templates as domain
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.filenames import safe_file_name
from mesodesk.domain.languages import ENGLISH, sheet_language, split_key
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.search import DATE_FORMATS
from mesodesk.domain.session_rules import status_word
from mesodesk.services import settings as settings_service
from mesodesk.services.access import require, require_now
from mesodesk.services.aftercare_records import (
    OUTPUTS,
    PreparedSheet,
    SheetState,
    done_session_ids_on,
    first_handed_over,
    printed_session_ids,
    record_printed,
    saved_session_ids,
    sheet_from,
    sheet_states,
    unprinted_done_sessions,
)
from mesodesk.services.errors import NotFound, ServiceError, output_error
from mesodesk.services.files import write_file
from mesodesk.services.injection_map import sheet_marks
from mesodesk.services.sessions import from_utc, treatment_lines
from mesodesk.services.templates import current_versions
from mesodesk.store.engine import Database
from mesodesk.store.models import (
    Patient,
    Practitioner,
    SolutionType,
    TreatmentArea,
    TreatmentSession,
)

__all__ = [
    "OUTPUTS",
    "NotPrintable",
    "PreparedSheet",
    "SheetState",
    "batch_file_name",
    "clinic_header",
    "clinic_warnings",
    "done_session_ids_on",
    "export_day",
    "export_session",
    "file_name",
    "long_date",
    "prepare",
    "printed_session_ids",
    "record_printed",
    "render",
    "sample_pdf",
    "saved_session_ids",
    "sheet_states",
    "suggested_file_name",
    "unprinted_done_sessions",
]

NEXT_APPOINTMENTS = 3
UNNAMED_CLINIC = "Your clinic"


class NotPrintable(ServiceError):
    """An aftercare sheet was asked for a session that was not done."""


def clinic_header(db: Database) -> ClinicHeader:
    values = settings_service.get_all(db)
    return ClinicHeader(
        name=str(values["clinic.name"] or UNNAMED_CLINIC),
        address=str(values["clinic.address"] or ""),
        phone=str(values["clinic.phone"] or ""),
        emergency_contact=str(values["clinic.emergency_contact"] or ""),
        logo=settings_service.logo(db),
    )


def _volume(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f} ml"


def _when(moment: datetime, date_format: str, language: str = ENGLISH) -> str:
    """ "21/11/2026 at 14:30", "21/11/2026 à 14:30" ... in the sheet's language."""
    pattern = DATE_FORMATS.get(date_format, DATE_FORMATS["dd/mm/yyyy"])
    return label(language, "at", date=moment.strftime(pattern), time=f"{moment:%H:%M}")


def _prepare_one(
    s: Session,
    row: TreatmentSession,
    *,
    zone: ZoneInfo,
    clinic: ClinicHeader,
    date_format: str,
    paper_size: str,
    practitioners: dict[int, str],
    today: date,
    show_map: bool = False,
    clinic_language: str,
) -> PreparedSheet:
    patient = s.get(Patient, row.patient_id)
    assert patient is not None
    name = f"{patient.given_name} {patient.family_name}".strip()
    lang = sheet_language(patient.language, clinic_language)
    records = treatment_lines(s, [row.id]).get(row.id, [])
    area_info = {
        area_id: (code, region)
        for area_id, code, region in s.execute(
            select(TreatmentArea.id, TreatmentArea.code, TreatmentArea.region).where(
                TreatmentArea.id.in_({t.area_id for t in records})
            )
        )
    }
    solution_codes = {
        type_id: code
        for type_id, code in s.execute(
            select(SolutionType.id, SolutionType.code).where(
                SolutionType.id.in_({t.solution_type_id for t in records if t.solution_type_id})
            )
        )
    }
    treated = tuple(
        TreatedLine(
            area=t.area_name,
            solution_type=t.solution_type_name,
            product=t.product_name,
            lot_number=t.lot_number,
            volume=_volume(t.volume_ml),
        )
        for t in records
    )
    keys = domain.aftercare_keys(
        [
            solution_codes[t.solution_type_id]
            for t in records
            if t.solution_type_id in solution_codes
        ],
        [area_info[t.area_id] for t in records if t.area_id in area_info],
    )
    versions = current_versions(s, domain.AFTERCARE, keys, lang)
    merged = domain.merge(domain.AFTERCARE, [v.body for v in versions])
    upcoming = s.execute(
        select(TreatmentSession.starts_at, TreatmentSession.practitioner_id)
        .where(
            TreatmentSession.patient_id == row.patient_id,
            TreatmentSession.starts_at > row.starts_at,
            TreatmentSession.status.in_((SessionStatus.PLANNED, SessionStatus.ARRIVED)),
        )
        .order_by(TreatmentSession.starts_at)
        .limit(NEXT_APPOINTMENTS)
    ).all()
    next_appointments = []
    for starts_at, practitioner_id in upcoming:
        local = from_utc(starts_at, zone)
        text = f"{weekday_name(lang, local)} {_when(local, date_format, lang)}"
        if practitioner_id in practitioners:
            text = label(lang, "with", when=text, who=practitioners[practitioner_id])
        next_appointments.append(text)
    local_start = from_utc(row.starts_at, zone)
    # The text versions are kept with the print record, not printed: the patient reads
    # when the sheet was printed and the desk finds the session from its number.
    printed = long_date(today, date_format, lang)
    reference = label(lang, "printed", date=printed, session=row.id)
    sheet = AftercareSheet(
        clinic=clinic,
        patient_name=name,
        session_date=_when(local_start, date_format, lang),
        practitioner=practitioners.get(row.practitioner_id or 0, ""),
        lines=treated,
        advice=Advice(
            expect=merged["expect"], do=merged["do"], avoid=merged["avoid"], call=merged["call"]
        ),
        next_appointments=tuple(next_appointments),
        paper_size=paper_size,
        reference=reference,
        map_marks=sheet_marks(s, row.id) if show_map else (),
        language=lang,
    )
    return PreparedSheet(
        row.id,
        name,
        local_start,
        sheet,
        tuple(v.id for v in versions),
        today,
        clinic_warnings(clinic),
    )


def long_date(day: date, date_format: str, language: str = ENGLISH) -> str:
    """A date for people in the clinic's order and the sheet's language: "4 December 2026",
    "December 4, 2026", "4 décembre 2026"."""
    return language_long_date(language, day, date_format)


def clinic_warnings(clinic: ClinicHeader) -> tuple[str, ...]:
    """What is missing from the clinic's details on a sheet (shown before printing)."""
    out = []
    if not clinic.name.strip() or clinic.name == UNNAMED_CLINIC:
        out.append(
            "The clinic has no name yet: the sheet says “Your clinic”. "
            "Add the name in the clinic settings."
        )
    if not clinic.phone.strip():
        out.append(
            "The clinic has no phone number: the sheet does not say whom to call. "
            "Add it in the clinic settings."
        )
    return tuple(out)


def _refuse_unless_done(row: TreatmentSession) -> None:
    if row.status != SessionStatus.DONE:
        status = status_word(row.status)
        raise NotPrintable(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Session {id} is {status}: an aftercare sheet is printed only for a done session. Nothing was written.",
                ),
                id=row.id,
                status=status,
            )
        )


def prepare(
    db: Database, session_ids: Sequence[int], *, today: date | None = None, actor: User
) -> list[PreparedSheet]:
    """The sheets of ``session_ids`` in the given order.

    A session printed or saved before gets what it was given then (a reprint): the same
    texts, next appointments, clinic details and print date. ``NotFound`` names a missing
    session, ``NotPrintable`` one that is not done. ``today`` is the print date (default:
    the clinic's today).
    """
    values = settings_service.get_all(db)
    zone = settings_service.clinic_zone(db)
    clinic = clinic_header(db)
    today = today or clock.local_now(zone).date()
    date_format = str(values["clinic.date_format"])
    with db.read() as s:
        require(s, actor, Permission.PRINT_AFTERCARE)
        practitioners = {
            pid: name for pid, name in s.execute(select(Practitioner.id, Practitioner.display_name))
        }
        handed_over = first_handed_over(s, session_ids)
        out = []
        for session_id in session_ids:
            row = s.get(TreatmentSession, session_id)
            if row is None:
                raise NotFound(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "There is no session with number {session_id}."
                        ),
                        session_id=session_id,
                    )
                )
            _refuse_unless_done(row)
            first = handed_over.get(session_id)
            if first is not None and first.content is not None:
                sheet, printed_on = sheet_from(first.content, clinic.logo)
                if printed_on != today:
                    reprinted = long_date(today, date_format, sheet.language)
                    again = label(sheet.language, "reprinted", date=reprinted)
                    sheet = replace(sheet, reference=f"{sheet.reference} · {again}")
                out.append(
                    PreparedSheet(
                        session_id,
                        sheet.patient_name,
                        from_utc(row.starts_at, zone),
                        sheet,
                        tuple(first.template_ids),
                        printed_on,
                        clinic_warnings(sheet.clinic),
                        reprint=True,
                    )
                )
                continue
            out.append(
                _prepare_one(
                    s,
                    row,
                    zone=zone,
                    clinic=clinic,
                    date_format=date_format,
                    paper_size=str(values["clinic.paper_size"]),
                    practitioners=practitioners,
                    today=today,
                    show_map=bool(values[settings_service.AFTERCARE_MAP_KEY]),
                    clinic_language=str(values["clinic.language"]),
                )
            )
        return out


def render(sheets: Sequence[PreparedSheet]) -> bytes:
    """One PDF holding every sheet, each starting on a new page."""
    from mesodesk.documents.aftercare import render_aftercare, render_aftercare_batch

    if len(sheets) == 1:
        return bytes(render_aftercare(sheets[0].sheet))
    return bytes(render_aftercare_batch([p.sheet for p in sheets]))


def file_name(prepared: PreparedSheet, *, with_patient_name: bool = False) -> str:
    """A safe, sortable file name by date, time and session number:
    "aftercare_2026-11-21_1430_session-42.pdf"; the patient's name is added
    ("..._session-42_Zoë Durand.pdf") only ``with_patient_name`` (the clinic's choice)."""
    name = f"_{prepared.patient_name}" if with_patient_name else ""
    return safe_file_name(
        f"aftercare_{prepared.starts_at:%Y-%m-%d_%H%M}_session-{prepared.session_id}{name}.pdf"
    )


def batch_file_name(prepared: Sequence[PreparedSheet]) -> str:
    """The name of one file holding several sheets, by date and times, never by patient:
    "aftercare_2026-11-21_0900-1630_12-sheets.pdf" (several days: "..._to_2026-11-23_...")."""
    first = min(p.starts_at for p in prepared)
    last = max(p.starts_at for p in prepared)
    if first.date() == last.date():
        when = f"{first:%Y-%m-%d_%H%M}-{last:%H%M}"
    else:
        when = f"{first:%Y-%m-%d}_to_{last:%Y-%m-%d}"
    return safe_file_name(f"aftercare_{when}_{len(prepared)}-sheets.pdf")


def suggested_file_name(db: Database, prepared: Sequence[PreparedSheet]) -> str:
    """The name offered for saving ``prepared`` as one PDF (see :func:`file_name`)."""
    if len(prepared) == 1:
        return file_name(prepared[0], with_patient_name=settings_service.names_in_file_names(db))
    return batch_file_name(prepared)


def export_session(db: Database, session_id: int, out: Path, *, actor: User) -> Path:
    """Write one session's sheet; nothing is written or recorded for a session not done."""
    require_now(db, actor, Permission.PRINT_AFTERCARE)
    sheets = prepare(db, [session_id], actor=actor)
    path = write_file(render(sheets), out)
    record_printed(db, sheets, output="cli", actor=actor)
    return path


def export_day(db: Database, day: date, out_dir: Path, *, actor: User) -> list[Path]:
    """One PDF per done session of ``day`` in ``out_dir`` (created if missing)."""
    require_now(db, actor, Permission.PRINT_AFTERCARE)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise output_error(error, out_dir) from error
    if not out_dir.is_dir():
        raise ServiceError(
            Message(QT_TRANSLATE_NOOP("messages", "{out_dir} is not a folder."), out_dir=out_dir)
        )
    paths = []
    with_name = settings_service.names_in_file_names(db)
    for prepared in prepare(db, done_session_ids_on(db, day), actor=actor):
        name = file_name(prepared, with_patient_name=with_name)
        paths.append(write_file(render([prepared]), out_dir / name))
        record_printed(db, [prepared], output="cli", actor=actor)
    return paths


def sample_pdf(db: Database, key: str, body: dict[str, list[str]]) -> bytes:
    """A sheet for an invented patient showing how the text of ``key`` will print.

    Used by the Settings editor's live preview: ``body`` is the text being edited, merged
    with the general text as a real sheet would be.
    """
    from mesodesk.services.templates import current

    key, lang = split_key(key)  # "general@fr": the French text being edited
    values = settings_service.get_all(db)
    general = current(db, domain.AFTERCARE, domain.GENERAL, lang)
    bodies: list[dict[str, list[str]] | dict[str, tuple[str, ...]]] = []
    if key != domain.GENERAL and general is not None:
        bodies.append(general.body)
    bodies.append(domain.normalise(domain.AFTERCARE, body))
    merged = domain.merge(domain.AFTERCARE, bodies)
    label = key.split(":", 1)[-1].replace("_", " ")
    sheet = AftercareSheet(
        clinic=clinic_header(db),
        patient_name="Sample Patient",
        session_date=_when(
            clock.local_now(settings_service.clinic_zone(db)),
            str(values["clinic.date_format"]),
            lang,
        ),
        practitioner="Your practitioner",
        lines=(
            TreatedLine(
                area=label if key.startswith(("area:", "region:")) else "Cheeks",
                solution_type=label if key.startswith("solution:") else "",
                product="Example product",
                lot_number="LOT-0000",
                volume="1 ml",
            ),
        ),
        advice=Advice(
            expect=merged["expect"], do=merged["do"], avoid=merged["avoid"], call=merged["call"]
        ),
        next_appointments=("Your next appointment will be printed here",),
        paper_size=str(values["clinic.paper_size"]),
        reference=f"Preview of the text “{key}” (not saved)",
        language=lang,
    )
    from mesodesk.documents.aftercare import render_aftercare

    return bytes(render_aftercare(sheet))

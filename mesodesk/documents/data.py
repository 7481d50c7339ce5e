"""Plain, already-formatted inputs for the documents; services build them, renderers print them.

Every string here is user text: renderers must print it literally, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ClinicHeader:
    name: str
    address: str = ""
    phone: str = ""
    emergency_contact: str = ""
    """After-hours or emergency number/instructions, printed prominently near the warnings."""
    logo: bytes | None = None
    """PNG or JPEG bytes already validated by the settings service, or None."""


@dataclass(frozen=True, slots=True)
class TreatedLine:
    """One row of "what was done": an area with the product used there."""

    area: str
    solution_type: str = ""
    product: str = ""
    lot_number: str = ""
    volume: str = ""
    """Formatted, e.g. "1.5 ml", or ""."""


@dataclass(frozen=True, slots=True)
class Advice:
    """The patient-facing texts, already merged for all solution types and areas (no repeats)."""

    expect: tuple[str, ...] = ()
    """Normal reactions and how long they usually last."""
    do: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    call: tuple[str, ...] = ()
    """Warning signs that need a call to the clinic."""


@dataclass(frozen=True, slots=True)
class AftercareSheet:
    clinic: ClinicHeader
    patient_name: str
    session_date: str
    """Formatted in the clinic's date format, e.g. "21/11/2026 14:30"."""
    practitioner: str
    lines: tuple[TreatedLine, ...]
    advice: Advice
    next_appointments: tuple[str, ...] = ()
    """Formatted, e.g. "Thursday 3 December 2026 at 10:00 with Dr Ana Ruiz"."""
    paper_size: str = "A4"
    """"A4" or "Letter"."""
    reference: str = ""
    """Small footer text identifying the session and template versions."""
    map_marks: tuple[tuple[str, str, tuple[tuple[float, float], ...]], ...] = ()
    """(diagram, kind, points) of each injection mark, when the clinic prints the map on the
    sheet (setting ``aftercare.show_map``); empty otherwise."""
    language: str = "en"
    """The language of the sheet's own wording (documents.labels); the texts and dates
    given here are already in it."""


@dataclass(frozen=True, slots=True)
class ConsentForm:
    clinic: ClinicHeader
    patient_name: str
    date_of_birth: str
    treatment: str
    """E.g. "Mesotherapy with hyaluronic acid: cheeks, neck"."""
    session_date: str
    paragraphs: tuple[str, ...]
    """The consent text of the version the patient is signing."""
    version_label: str
    """E.g. "Consent text v3 (hyaluronic acid), 12/10/2026"."""
    practitioner: str = ""
    paper_size: str = "A4"
    consented_at: str = ""
    """If consent was already recorded, when; printed under the signature lines."""
    extra_lines: tuple[str, ...] = field(default=())
    """Optional extra facts printed above the text (e.g. the patient's recorded allergies)."""
    language: str = "en"
    """The language of the form's own wording (documents.labels)."""

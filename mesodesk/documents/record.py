"""The patient record as a PDF: identity, the medical profile and its history, courses,
every session with what was injected where, adverse events and the consents signed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from mesodesk.documents._layout import (
    ACCENT,
    BODY,
    CELL,
    CELL_HEAD,
    INK,
    RULE,
    SMALL,
    TINT,
    Part,
    build_pdf,
    clean,
    clinic_header,
    facts_table,
    frame_width,
    heading,
    markup,
    table_style,
    title_block,
)
from mesodesk.documents.data import ClinicHeader
from mesodesk.documents.fonts import BOLD, REGULAR, register_fonts
from mesodesk.documents.record_map import session_map
from mesodesk.documents.scripts import is_simple
from mesodesk.domain.enums import CourseStatus, SessionStatus
from mesodesk.domain.languages import ENGLISH_NAMES
from mesodesk.domain.record import (
    PatientRecord,
    RecordAdverseEvent,
    RecordConsent,
    RecordProfile,
    RecordSession,
)
from mesodesk.domain.search import DATE_FORMATS

__all__ = ["RecordLayout", "render_record"]

TITLE = "Patient record"
_CELL_PADDING = 4
_SESSION_HEAD = BODY.clone("md-record-session", fontName="DejaVuSans-Bold", fontSize=10)
_NOTE = BODY.clone("md-record-note", fontSize=9, leading=12, leftIndent=8, spaceAfter=1)
_LINE_COLUMNS = (
    ("Area", 0.19),
    ("Solution type", 0.17),
    ("Product", 0.2),
    ("Lot (expiry)", 0.17),
    ("Volume", 0.09),
    ("Technique", 0.18),
)


@dataclass(frozen=True, slots=True)
class RecordLayout:
    """How the clinic prints: its header, date order and paper."""

    clinic: ClinicHeader
    date_format: str = "dd/mm/yyyy"
    paper_size: str = "A4"


def render_record(record: PatientRecord, layout: RecordLayout) -> bytes:
    """The whole record as PDF bytes; every page names the patient and says "Page n of m"."""
    register_fonts()
    writer = _Writer(record, layout)
    patient = record.patient
    who = patient.full_name
    if patient.date_of_birth is not None:
        who += f", born {writer.day(patient.date_of_birth)}"
    return build_pdf(
        [
            Part(
                story=writer.story(),
                paper=layout.paper_size,
                footer=f"Patient record of {who} · printed {writer.moment(record.generated_at)}",
                running_head=f"Patient record of {who} (continued)",
            )
        ],
        title=f"Patient record – {patient.full_name}",
        author=layout.clinic.name,
        subject=TITLE,
    )


class _Writer:
    def __init__(self, record: PatientRecord, layout: RecordLayout) -> None:
        self.record = record
        self.layout = layout
        self.width = frame_width(layout.paper_size)
        self.pattern = DATE_FORMATS.get(layout.date_format, DATE_FORMATS["dd/mm/yyyy"])

    # --- formatting ---------------------------------------------------------------------

    def day(self, value: date | None) -> str:
        return value.strftime(self.pattern) if value is not None else ""

    def moment(self, value: datetime | None) -> str:
        return f"{value.strftime(self.pattern)} {value:%H:%M}" if value is not None else ""

    # --- the document -------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        record = self.record
        out: list[Flowable] = [
            *clinic_header(self.layout.clinic, self.width),
            *title_block(
                TITLE,
                "Everything the clinic holds on record about this patient, printed "
                f"{self.moment(record.generated_at)}.",
            ),
            self._identity(),
        ]
        out += self._profiles(record.profiles)
        out += self._courses()
        out += self._sessions(record.sessions)
        out += self._events(record.adverse_events, "Adverse events")
        out += self._consents(record.consents)
        return out

    def _identity(self) -> Table:
        p = self.record.patient
        w = self.width
        language = ENGLISH_NAMES.get(p.language or "", "the clinic's language")
        rows = [
            [
                ("Name", p.full_name),
                ("Date of birth", self.day(p.date_of_birth) or "—"),
                ("Sex", (p.sex or "not recorded").capitalize()),
            ],
            [
                ("Phone", p.phone or "—"),
                ("Email", p.email or "—"),
                ("Sheets in", language),
            ],
            [
                ("Address", " ".join(p.address.split()) or "—"),
                ("Patient since", self.day(p.created_at.date())),
                ("Patient number", str(p.id)),
            ],
        ]
        if p.archived_at is not None:
            rows.append(
                [
                    ("Archived", self.moment(p.archived_at)),
                    ("Reason", p.archive_reason or "—"),
                    ("", ""),
                ]
            )
        return facts_table(rows, [w * 0.4, w * 0.34, w * 0.26])

    def _profiles(self, profiles: Sequence[RecordProfile]) -> list[Flowable]:
        out: list[Flowable] = []
        if self.record.patient.notes.strip():
            out += [
                heading("Notes"),
                Paragraph(markup(self.record.patient.notes, multiline=True), BODY),
            ]
        if not profiles:
            return [
                *out,
                heading("Medical profile"),
                Paragraph("No medical profile recorded.", BODY),
            ]
        current, *earlier = profiles
        out += [
            heading("Medical profile"),
            Paragraph(
                f"Recorded {markup(self.moment(current.recorded_at))}"
                + (f" by {markup(current.recorded_by)}" if current.recorded_by else ""),
                SMALL,
            ),
            Spacer(0, 3),
            self._pairs(_profile_facts(current)),
        ]
        if earlier:
            out += [CondPageBreak(30 * mm), heading("Earlier versions of the medical profile")]
            for version in earlier:
                who = f" by {version.recorded_by}" if version.recorded_by else ""
                facts = [(k, v) for k, v in _profile_facts(version) if v not in ("", "No")]
                head = Paragraph(
                    f"<b>{markup(self.moment(version.recorded_at) + who)}</b>", _SESSION_HEAD
                )
                body: list[Flowable] = (
                    [self._pairs(facts)] if facts else [Paragraph("Nothing recorded.", _NOTE)]
                )
                out.append(KeepTogether([Spacer(0, 4), head, *body]))
        return out

    def _pairs(self, facts: Iterable[tuple[str, str]]) -> Table:
        rows = [
            [Paragraph(markup(label), CELL_HEAD), Paragraph(markup(value, multiline=True), CELL)]
            for label, value in facts
        ]
        table = Table(rows, colWidths=[self.width * 0.3, self.width * 0.7], splitInRow=1)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def _courses(self) -> list[Flowable]:
        courses = self.record.courses
        if not courses:
            return []
        header = ["Course", "Solution type", "Practitioner", "Starts", "Sessions", "Status"]
        rows: list[list[str]] = []
        for c in courses:
            status = _label(CourseStatus, c.status) + (" (archived)" if c.archived else "")
            rows.append(
                [
                    c.title or "—",
                    c.solution_type,
                    c.practitioner,
                    self.day(c.start_date),
                    f"{c.planned_sessions}, every {c.interval_days} days",
                    status,
                ]
            )
        widths = [0.22, 0.17, 0.17, 0.13, 0.17, 0.14]
        return [CondPageBreak(25 * mm), heading("Courses"), self._grid(header, rows, widths)]

    def _grid(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> Table:
        columns = [self.width * w - 2 * _CELL_PADDING for w in widths]
        data: list[list[Any]] = [
            [_cell(h, room, BOLD, CELL_HEAD) for h, room in zip(header, columns, strict=True)]
        ]
        data += [
            [_cell(text, room, REGULAR, CELL) for text, room in zip(row, columns, strict=True)]
            for row in rows
        ]
        table = Table(
            data,
            colWidths=[self.width * w for w in widths],
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
        )
        table.setStyle(
            table_style(
                [
                    ("FONT", (0, 0), (-1, 0), BOLD, CELL_HEAD.fontSize, CELL_HEAD.leading),
                    ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
                    ("FONT", (0, 1), (-1, -1), REGULAR, CELL.fontSize, CELL.leading),
                    ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                    ("BACKGROUND", (0, 0), (-1, 0), TINT),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return table

    def _sessions(self, sessions: Sequence[RecordSession]) -> list[Flowable]:
        if not sessions:
            return [heading("Sessions"), Paragraph("No sessions recorded.", BODY)]
        events: dict[int, list[RecordAdverseEvent]] = {}
        for event in self.record.adverse_events:
            events.setdefault(event.session_id, []).append(event)
        out: list[Flowable] = [CondPageBreak(30 * mm), heading(f"Sessions ({len(sessions)})")]
        for session in sessions:
            out += self._session(session, events.get(session.id, []))
        return out

    def _session(self, s: RecordSession, events: list[RecordAdverseEvent]) -> list[Flowable]:
        facts = [
            self.moment(s.starts_at),
            _label(SessionStatus, s.status),
            f"{s.duration_minutes} min",
        ]
        if s.practitioner:
            facts.append(s.practitioner)
        head = Paragraph(
            markup(" · ".join(facts)) + f" <font size=8>(session {s.id})</font>", _SESSION_HEAD
        )
        notes: list[str] = []
        if s.status_reason:
            notes.append(f"Reason: {s.status_reason}")
        if s.anaesthetic_used:
            notes.append("Numbing cream: " + (s.anaesthetic_product or "yes"))
        if s.immediate_reactions:
            notes.append("Immediate reactions: " + ", ".join(s.immediate_reactions))
        if s.notes.strip():
            notes.append(f"Notes: {s.notes}")
        if s.consent is not None:
            when = self.moment(s.consent.consented_at) or "date not recorded"
            notes.append(f"Consent: text {s.consent.reference}, recorded {when}")
        if s.override_reason.strip():
            by = f" by {s.override_by}" if s.override_by else ""
            at = f" on {self.moment(s.override_at)}" if s.override_at else ""
            notes.append(f"Went ahead despite a screening stop{by}{at}: {s.override_reason}")
        for e in events:
            notes.append(
                f"Adverse event: {e.side_effect} ({e.severity}), from {self.day(e.onset_date)}"
            )
        block: list[Flowable] = [Spacer(0, 6), head]
        if s.lines:
            block.append(Spacer(0, 2))
            block.append(
                self._grid(
                    [h for h, _ in _LINE_COLUMNS],
                    [self._line_cells(s, i) for i in range(len(s.lines))],
                    [w for _, w in _LINE_COLUMNS],
                )
            )
        block += [Paragraph(markup(n, multiline=True), _NOTE) for n in notes]
        where = f"session {s.id} ({self.moment(s.starts_at)})"
        block += session_map(s.marks, self.width, self._grid, session=where)
        # A session's heading never ends a page: it keeps at least its table's first rows.
        return [CondPageBreak(22 * mm), *block]

    def _line_cells(self, s: RecordSession, index: int) -> list[str]:
        line = s.lines[index]
        lot = line.lot_number
        if lot and line.lot_expiry is not None:
            lot += f" ({self.day(line.lot_expiry)})"
        how = [line.technique] if line.technique else []
        if line.depth_mm is not None:
            how.append(f"{_number(line.depth_mm)} mm deep")
        if line.needle_gauge is not None:
            how.append(f"{line.needle_gauge}G")
        volume = f"{_number(line.volume_ml)} ml" if line.volume_ml is not None else ""
        return [line.area, line.solution_type, line.product, lot, volume, ", ".join(how)]

    def _events(self, events: Sequence[RecordAdverseEvent], title: str) -> list[Flowable]:
        if not events:
            return []
        header = ["Onset", "Side effect", "Severity", "What happened and was done", "Resolved"]
        rows = []
        for e in events:
            what = "; ".join(
                part
                for part in (
                    e.description,
                    f"Action: {e.action_taken}" if e.action_taken else "",
                    f"Outcome: {e.outcome}" if e.outcome else "",
                    f"Follow-up {self.day(e.follow_up_date)}" if e.follow_up_date else "",
                    "Reported to the authority" if e.reported_to_authority else "",
                )
                if part
            )
            rows.append(
                [
                    self.day(e.onset_date),
                    e.side_effect,
                    e.severity.capitalize(),
                    f"{what} (session {e.session_id})" if what else f"Session {e.session_id}",
                    self.day(e.resolved_date) or "Not yet",
                ]
            )
        widths = [0.12, 0.18, 0.11, 0.45, 0.14]
        return [CondPageBreak(25 * mm), heading(title), self._grid(header, rows, widths)]

    def _consents(self, consents: Sequence[RecordConsent]) -> list[Flowable]:
        """Each consent text version once, with the sessions it was agreed for."""
        if not consents:
            return []
        by_version: dict[int, list[RecordConsent]] = {}
        for consent in consents:
            by_version.setdefault(consent.template_id, []).append(consent)
        out: list[Flowable] = [CondPageBreak(30 * mm), heading("Consents signed")]
        for group in by_version.values():
            first = group[0]
            sessions = ", ".join(
                f"session {c.session_id} ({self.moment(c.consented_at) or 'date not recorded'})"
                for c in group
            )
            out.append(
                KeepTogether(
                    [
                        Spacer(0, 4),
                        Paragraph(f"<b>Consent text {markup(first.reference)}</b>", _SESSION_HEAD),
                        Paragraph("Agreed for " + markup(sessions) + ".", SMALL),
                    ]
                )
            )
            out += [Paragraph(markup(text, multiline=True), _NOTE) for text in first.paragraphs]
        return out


def _cell(text: str, room: float, font: str, style: ParagraphStyle) -> str | Paragraph:
    """A table cell: plain text when it fits on one line as it is (a few hundred times
    cheaper to lay out than a Paragraph, and a 500-session record has thousands of cells),
    else a wrapping Paragraph. Text that needs bidi or the fallback font is a Paragraph."""
    text = " ".join(clean(text).split())
    if is_simple(text) and stringWidth(text, font, style.fontSize) <= room:
        return text
    return Paragraph(markup(text), style)


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _label(enum: Any, value: str) -> str:
    """The enum member's label, else the stored value in words ("in_progress" → "In progress")."""
    try:
        label = getattr(enum(value), "label", None)
    except ValueError:
        label = None
    return str(label) if label else value.replace("_", " ").capitalize()


def _yes(value: bool) -> str:
    return "Yes" if value else "No"


def _profile_facts(p: RecordProfile) -> list[tuple[str, str]]:
    allergies = ", ".join(p.allergens)
    if p.allergies_text.strip():
        allergies = f"{allergies}; {p.allergies_text}" if allergies else p.allergies_text
    skin = p.skin_conditions_text
    if p.skin_condition_areas:
        skin = f"{skin} (areas: {', '.join(p.skin_condition_areas)})".strip()
    autoimmune = _yes(p.autoimmune_disease)
    if p.autoimmune_notes.strip():
        autoimmune += f": {p.autoimmune_notes}"
    return [
        ("Allergies", allergies),
        ("Medications", p.medications_text),
        ("Blood thinners", _yes(p.on_blood_thinners)),
        ("Autoimmune disease", autoimmune),
        ("Tendency to keloids", _yes(p.keloid_tendency)),
        ("Skin conditions", skin),
        ("Pregnant or breastfeeding", _yes(p.pregnant_or_breastfeeding)),
        ("Fear of needles", _yes(p.needle_anxiety)),
        ("Notes", p.notes),
    ]

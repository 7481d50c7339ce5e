"""The rules of a treatment session, in one place: statuses, limits, slots and alerts.

The services enforce every rule here; the window reads the same names to show a rule before
the user meets the refusal. Nothing here touches the database or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.reasons import reason_problem

# --- limits ----------------------------------------------------------------------------------
MIN_DURATION_MINUTES, MAX_DURATION_MINUTES = 5, 480
"""How long a session may last; the longest also bounds every overlap search."""
DEFAULT_DURATION_MINUTES = 45
NEEDLE_GAUGES: tuple[int, ...] = tuple(range(27, 35))
"""The gauges offered for mesotherapy; 27G is the thickest in use, 34G the finest."""
MIN_NEEDLE_GAUGE, MAX_NEEDLE_GAUGE = NEEDLE_GAUGES[0], NEEDLE_GAUGES[-1]
MAX_VOLUME_ML = Decimal(100)
MAX_DEPTH_MM = Decimal(20)
DONE_GRACE = timedelta(minutes=15)
"""A session may be marked done this long before its booked start (a patient seen early)."""


def duration_problem(minutes: int) -> str | None:
    if not MIN_DURATION_MINUTES <= minutes <= MAX_DURATION_MINUTES:
        return Message(
            QT_TRANSLATE_NOOP("messages", "The duration must be between {low} and {high} minutes."),
            low=MIN_DURATION_MINUTES,
            high=MAX_DURATION_MINUTES,
        )
    return None


def gauge_problem(gauge: int | None) -> str | None:
    if gauge is not None and not MIN_NEEDLE_GAUGE <= gauge <= MAX_NEEDLE_GAUGE:
        return Message(
            QT_TRANSLATE_NOOP("messages", "the needle gauge must be {low}G-{high}G"),
            low=MIN_NEEDLE_GAUGE,
            high=MAX_NEEDLE_GAUGE,
        )
    return None


# --- statuses --------------------------------------------------------------------------------
BOOKED: frozenset[SessionStatus] = frozenset({SessionStatus.PLANNED, SessionStatus.ARRIVED})
"""Sessions still to happen."""
MISSED: frozenset[SessionStatus] = frozenset({SessionStatus.CANCELLED, SessionStatus.NO_SHOW})
OCCUPYING: frozenset[SessionStatus] = BOOKED | {SessionStatus.DONE}
"""Sessions that take up the practitioner's and the patient's time (a slot)."""
MOVABLE: frozenset[SessionStatus] = BOOKED
"""Sessions that may be moved to another time (done and missed ones stay where they were)."""

TRANSITIONS: dict[SessionStatus, frozenset[SessionStatus]] = {
    SessionStatus.PLANNED: frozenset(
        {
            SessionStatus.ARRIVED,
            SessionStatus.DONE,
            SessionStatus.CANCELLED,
            SessionStatus.NO_SHOW,
        }
    ),
    SessionStatus.ARRIVED: frozenset(
        {
            SessionStatus.PLANNED,
            SessionStatus.DONE,
            SessionStatus.CANCELLED,
            SessionStatus.NO_SHOW,
        }
    ),
    # A done session is a clinical record: it is amended, never un-done.
    SessionStatus.DONE: frozenset(),
    # A missed session can be re-opened when the patient turns up after all.
    SessionStatus.CANCELLED: frozenset({SessionStatus.PLANNED, SessionStatus.ARRIVED}),
    SessionStatus.NO_SHOW: frozenset({SessionStatus.PLANNED, SessionStatus.ARRIVED}),
}
"""Which status may follow which (staying the same is always allowed)."""

ARRIVABLE = frozenset(s for s, nxt in TRANSITIONS.items() if SessionStatus.ARRIVED in nxt)
DONEABLE = frozenset(s for s, nxt in TRANSITIONS.items() if SessionStatus.DONE in nxt)
NO_SHOWABLE = frozenset(s for s, nxt in TRANSITIONS.items() if SessionStatus.NO_SHOW in nxt)
CANCELLABLE = frozenset(s for s, nxt in TRANSITIONS.items() if SessionStatus.CANCELLED in nxt)


_STATUS_WORDS = {
    SessionStatus.PLANNED: Message(QT_TRANSLATE_NOOP("messages", "planned")),
    SessionStatus.ARRIVED: Message(QT_TRANSLATE_NOOP("messages", "arrived")),
    SessionStatus.DONE: Message(QT_TRANSLATE_NOOP("messages", "done")),
    SessionStatus.CANCELLED: Message(QT_TRANSLATE_NOOP("messages", "cancelled")),
    SessionStatus.NO_SHOW: Message(QT_TRANSLATE_NOOP("messages", "no-show")),
}


def status_word(status: SessionStatus | str) -> Message:
    """The status as a word inside a message ("cancelled"), translatable."""
    return _STATUS_WORDS[SessionStatus(status)]


def can_become(current: SessionStatus | str, wanted: SessionStatus | str) -> bool:
    current, wanted = SessionStatus(current), SessionStatus(wanted)
    return current == wanted or wanted in TRANSITIONS[current]


def transition_problem(current: SessionStatus | str, wanted: SessionStatus | str) -> str | None:
    """Why ``current`` may not become ``wanted``, or None when it may."""
    if can_become(current, wanted):
        return None
    current, wanted = SessionStatus(current), SessionStatus(wanted)
    if current == SessionStatus.DONE:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "This session is done and cannot become {wanted}: a done session is a clinical "
                "record. Amend it instead.",
            ),
            wanted=status_word(wanted),
        )
    return Message(
        QT_TRANSLATE_NOOP("messages", "A {current} session cannot become {wanted}."),
        current=status_word(current),
        wanted=status_word(wanted),
    )


def done_problems(
    *,
    treatment_lines: int,
    starts_at: datetime,
    now: datetime,
) -> dict[str, str]:
    """What stops a session from being marked done, by field (empty when nothing does).

    ``starts_at`` and ``now`` must both be aware or both naive in the same zone.
    """
    problems: dict[str, str] = {}
    if treatment_lines < 1:
        problems["treatments"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "A done session needs at least one treatment line (the area that was treated).",
            )
        )
    if starts_at - DONE_GRACE > now:
        problems["status"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "This session has not started yet; it can be marked done once it has taken place.",
            )
        )
    return problems


# --- going ahead despite a stop --------------------------------------------------------------
def override_reason_problem(reason: str) -> str | None:
    """Why ``reason`` is not enough to go ahead despite a stop ("ok", "yes", "asked"...)."""
    return reason_problem(reason)


# --- slots -----------------------------------------------------------------------------------
class Booking(Protocol):
    """What the clash check needs to know of a booked session."""

    @property
    def session_id(self) -> int: ...
    @property
    def patient_id(self) -> int: ...
    @property
    def practitioner_id(self) -> int | None: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def duration_minutes(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Slot:
    session_id: int
    patient_id: int
    practitioner_id: int | None
    starts_at: datetime
    duration_minutes: int
    patient_name: str = ""
    practitioner_name: str = ""
    just_booked: bool = False
    """Booked moments ago (most likely at another desk while this one was choosing it)."""

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class Clash:
    """An existing booking that a wanted slot overlaps, and why it matters."""

    other: Slot
    same_practitioner: bool
    same_patient: bool

    def message(self, time_format: str = "%d/%m/%Y %H:%M") -> str:
        when = f"{self.other.starts_at:{time_format}}-{self.other.ends_at:%H:%M}"
        if self.same_practitioner:
            who = self.other.practitioner_name or Message(
                QT_TRANSLATE_NOOP("messages", "The practitioner")
            )
            whom = self.other.patient_name or Message(
                QT_TRANSLATE_NOOP("messages", "session {number}"), number=self.other.session_id
            )
            clash = Message(
                QT_TRANSLATE_NOOP("messages", "{who} is already booked {when} with {whom}."),
                who=who,
                when=when,
                whom=whom,
            )
        else:
            whom = self.other.patient_name or Message(QT_TRANSLATE_NOOP("messages", "The patient"))
            with_who = self.other.practitioner_name or Message(
                QT_TRANSLATE_NOOP("messages", "another practitioner")
            )
            clash = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{whom} already has a session {when} with {with_who}."
                ),
                whom=whom,
                when=when,
                with_who=with_who,
            )
        if not self.other.just_booked:
            return clash
        return Message(
            QT_TRANSLATE_NOOP("messages", "This slot was just taken: {clash}"), clash=clash
        )


def overlaps(a_start: datetime, a_minutes: int, b_start: datetime, b_minutes: int) -> bool:
    """Half-open periods: touching sessions (one ends as the next begins) do not overlap."""
    return a_start < b_start + timedelta(minutes=b_minutes) and b_start < a_start + timedelta(
        minutes=a_minutes
    )


def clashes(
    wanted: Slot,
    booked: Iterable[Slot],
    *,
    ignore: Sequence[int] = (),
) -> list[Clash]:
    """Bookings in ``booked`` that ``wanted`` overlaps for its practitioner or its patient.

    ``booked`` holds only occupying sessions (see :data:`OCCUPYING`); cancelled and no-show
    sessions free their slot.
    """
    out = []
    for other in booked:
        if other.session_id == wanted.session_id or other.session_id in ignore:
            continue
        same_practitioner = (
            wanted.practitioner_id is not None and other.practitioner_id == wanted.practitioner_id
        )
        same_patient = other.patient_id == wanted.patient_id
        if not (same_practitioner or same_patient):
            continue
        if overlaps(
            wanted.starts_at, wanted.duration_minutes, other.starts_at, other.duration_minutes
        ):
            out.append(Clash(other, same_practitioner, same_patient))
    return out


# --- alerts ----------------------------------------------------------------------------------
class AlertKind(StrEnum):
    ALERT = "alert"
    """Red: may change or stop the treatment."""
    CAUTION = "caution"
    """Amber: take care."""
    HINT = "hint"
    """Neutral: information, or something missing."""


@dataclass(frozen=True, slots=True)
class Alert:
    text: str
    kind: AlertKind
    detail: str = ""


class ProfileFacts(Protocol):
    """The parts of a medical profile that raise an alert."""

    @property
    def allergies_text(self) -> str: ...
    @property
    def allergens(self) -> tuple[str, ...]: ...
    @property
    def medications_text(self) -> str: ...
    @property
    def on_blood_thinners(self) -> bool: ...
    @property
    def autoimmune_disease(self) -> bool: ...
    @property
    def autoimmune_notes(self) -> str: ...
    @property
    def keloid_tendency(self) -> bool: ...
    @property
    def pregnant_or_breastfeeding(self) -> bool: ...
    @property
    def needle_anxiety(self) -> bool: ...


def alert_badges(profile: ProfileFacts | None) -> list[Alert]:
    """The alerts a patient's medical profile raises, most serious first.

    Reception sees these too: they say what to take care of, not the medical notes.
    """
    if profile is None:
        return [
            Alert(
                "No medical profile recorded",
                AlertKind.HINT,
                "Record one with Edit patient… before treating.",
            )
        ]
    alerts: list[Alert] = []
    if profile.allergens or profile.allergies_text.strip():
        names = ", ".join(profile.allergens) or "see profile"
        alerts.append(Alert(f"Allergies: {names}", AlertKind.ALERT, profile.allergies_text))
    if profile.on_blood_thinners:
        alerts.append(Alert("Blood thinners", AlertKind.ALERT, profile.medications_text))
    if profile.pregnant_or_breastfeeding:
        alerts.append(Alert("Pregnant or breastfeeding", AlertKind.ALERT))
    if profile.keloid_tendency:
        alerts.append(Alert("Keloid tendency", AlertKind.ALERT))
    if profile.autoimmune_disease:
        alerts.append(Alert("Autoimmune disease", AlertKind.ALERT, profile.autoimmune_notes))
    if profile.needle_anxiety:
        alerts.append(Alert("Needle anxiety", AlertKind.CAUTION))
    if not alerts:
        alerts.append(Alert("No alerts in the medical profile", AlertKind.HINT))
    return alerts

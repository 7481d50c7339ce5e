"""Calling the follow-up list: one row per patient, and reception's answer to each call.

A patient with several reasons to call (two finished courses, an open one...) is one row,
showing the most urgent reason. The latest contact recorded for a patient decides where the
row is listed: "called" and "not interested" hide the due date they answered until the next
one (the due date plus the course's cycle); "opted out" hides the patient for good, though
the opted-out view still lists them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from mesodesk.domain import clock
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.courses.followup import FOLLOWUP_KINDS, FollowUpItem, followup_list
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.services.settings import clinic_zone
from mesodesk.store.engine import Database
from mesodesk.store.models import FollowUpContact, Patient

DEFAULT_HORIZON_DAYS = 14
"""Maintenance is listed this many days before it is due."""
DEFAULT_OVERDUE_DAYS = 92
"""The list opens on patients due now or up to about three months late."""
DEFAULT_CYCLE_DAYS = 90
"""How long a call hides a reason whose course has no interval."""


@dataclass(frozen=True, slots=True)
class _Contact:
    outcome: str
    contacted_on: date
    due_date: date | None
    hidden_until: date | None


class ContactOutcome(StrEnum):
    CALLED = "called"
    NOT_INTERESTED = "not_interested"
    OPTED_OUT = "opted_out"

    @property
    def label(self) -> str:
        return {"called": "Called", "not_interested": "Not interested", "opted_out": "Opted out"}[
            self.value
        ]


class FollowUpView(StrEnum):
    """Which patients of the follow-up list to show."""

    TO_CALL = "to_call"
    CONTACTED = "contacted"
    """Called or not interested, hidden until their next due date."""
    OPTED_OUT = "opted_out"


def most_urgent(items: Iterable[FollowUpItem]) -> list[FollowUpItem]:
    """One item per patient: the earliest due reason (then the most serious kind), with the
    number of the patient's reasons; sorted by due date then name."""
    rank = {kind: n for n, kind in enumerate(FOLLOWUP_KINDS)}
    best: dict[int, FollowUpItem] = {}
    count: dict[int, int] = {}
    for item in items:
        count[item.patient_id] = count.get(item.patient_id, 0) + 1
        current = best.get(item.patient_id)
        key = (item.due_date, rank.get(item.kind, len(rank)), item.course_id)
        if current is None or key < (
            current.due_date,
            rank.get(current.kind, len(rank)),
            current.course_id,
        ):
            best[item.patient_id] = item
    out = [replace(item, reasons=count[pid]) for pid, item in best.items()]
    out.sort(key=lambda i: (i.due_date, i.patient_name, i.patient_id))
    return out


def view_of(item: FollowUpItem, today: date) -> FollowUpView:
    """Where a patient's row is listed, from the last contact filled into ``item``."""
    if item.contact_outcome == ContactOutcome.OPTED_OUT:
        return FollowUpView.OPTED_OUT
    if item.contact_outcome and item.hidden_until is not None and today < item.hidden_until:
        return FollowUpView.CONTACTED
    return FollowUpView.TO_CALL


def followups(
    db: Database,
    *,
    actor: User,
    today: date | None = None,
    overdue_limit_days: int | None = DEFAULT_OVERDUE_DAYS,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    view: FollowUpView = FollowUpView.TO_CALL,
) -> list[FollowUpItem]:
    """The follow-up list as reception calls it: one row per patient, in ``view``.

    By default, patients due now (or within ``horizon_days``) or up to
    ``overdue_limit_days`` late (None: however late); opted-out patients are listed in their
    own view whatever the window.
    """
    with db.read() as s:
        require(s, actor, Permission.RECALL)
    day = today or clock.local_now(clinic_zone(db)).date()
    limit = None if view == FollowUpView.OPTED_OUT else overdue_limit_days
    items = most_urgent(
        followup_list(
            db, today=day, horizon_days=horizon_days, overdue_limit_days=limit, actor=actor
        )
    )
    contacts = _latest_contacts(db, [i.patient_id for i in items])
    out: list[FollowUpItem] = []
    for item in items:
        contact = contacts.get(item.patient_id)
        if contact is not None and (
            contact.outcome == ContactOutcome.OPTED_OUT
            or contact.due_date is None
            or contact.due_date >= item.due_date
        ):
            # A contact answers the due date it was made for; a later one (a new course
            # finished since) is a new reason to call, except after an opt-out.
            item = replace(
                item,
                contact_outcome=contact.outcome,
                contacted_on=contact.contacted_on,
                hidden_until=contact.hidden_until,
            )
        if view_of(item, day) == view:
            out.append(item)
    return out


def record_contact(
    db: Database,
    item: FollowUpItem,
    outcome: ContactOutcome | str,
    *,
    on: date,
    actor: User,
    note: str = "",
    today: date | None = None,
) -> int:
    """Record reception's call about ``item`` (audited); the new contact's id.

    "Called" and "not interested" hide the patient until the next due date after ``on``;
    "opted out" hides the patient for good.
    """
    try:
        answer = ContactOutcome(outcome)
    except ValueError as error:
        raise ValidationFailed(
            {
                "outcome": Message(
                    QT_TRANSLATE_NOOP("messages", "Unknown call outcome {outcome!r}."),
                    outcome=outcome,
                )
            }
        ) from error
    day = today or clock.local_now(clinic_zone(db)).date()
    if on > day:
        raise ValidationFailed(
            {
                "contacted_on": Message(
                    QT_TRANSLATE_NOOP("messages", "The call cannot be dated in the future.")
                )
            }
        )
    hidden_until: date | None = None
    if answer != ContactOutcome.OPTED_OUT:
        cycle = timedelta(days=max(1, item.cycle_days or DEFAULT_CYCLE_DAYS))
        hidden_until = item.due_date + cycle
        while hidden_until <= on:
            hidden_until += cycle
    with db.begin() as s:
        require(s, actor, Permission.RECALL)
        if s.get(Patient, item.patient_id) is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no patient with number {patient_id}."),
                    patient_id=item.patient_id,
                )
            )
        row = FollowUpContact(
            patient_id=item.patient_id,
            course_id=item.course_id or None,
            outcome=answer.value,
            contacted_on=on,
            due_date=item.due_date,
            hidden_until=hidden_until,
            note=note.strip(),
            recorded_at=audit.utcnow(),
            recorded_by=actor.name,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor=actor,
            action="create",
            entity="followup_contact",
            entity_id=row.id,
            after=audit.snapshot(row),
        )
        return row.id


def _latest_contacts(db: Database, patient_ids: Sequence[int]) -> dict[int, _Contact]:
    if not patient_ids:
        return {}
    wanted = set(patient_ids)
    c = FollowUpContact
    latest = select(func.max(c.id)).group_by(c.patient_id)
    with db.read() as s:
        # The table holds one row per call made: far fewer than the list, so read it whole.
        rows = s.execute(
            select(c.patient_id, c.outcome, c.contacted_on, c.due_date, c.hidden_until).where(
                c.id.in_(latest)
            )
        ).all()
    return {r[0]: _Contact(*r[1:]) for r in rows if r[0] in wanted}

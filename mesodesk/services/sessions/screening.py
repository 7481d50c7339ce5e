"""Screening a session as it is saved: the findings stored with it, and the reason the
practitioner gives for each stop before going ahead."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from mesodesk.domain import session_rules as rules
from mesodesk.domain.accounts import User
from mesodesk.domain.clock import to_utc
from mesodesk.domain.enums import SessionStatus
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.services import audit, safety
from mesodesk.services.dto import FindingRecord, SessionInput
from mesodesk.store.models import TreatmentSession


def stored_reasons(row: TreatmentSession) -> dict[str, str]:
    """The per-stop reasons already recorded with a session."""
    return {
        f.key: f.override_reason
        for f in safety.findings_from_json(row.screening_findings)
        if f.override_reason
    }


def override_text(blocks: list[FindingRecord], reasons: dict[str, str]) -> str:
    return "; ".join(f"{f.title}: {reasons[f.key]}" for f in blocks if f.key in reasons)


def screen(
    s: Session,
    row: TreatmentSession,
    data: SessionInput,
    zone: ZoneInfo,
    errors: dict[str, str],
    *,
    actor: User,
) -> None:
    """Screen the treatment, store the findings, and refuse "done" over an unexplained stop.

    Each stop needs its own reason of real content; the reasons are stored with the stop
    they answer (in the findings), so the audit and the chart show which reason covers what.
    """
    when = to_utc(data.starts_at, zone)
    anaesthetic = data.anaesthetic_product if data.anaesthetic_used else ""
    findings = safety.screen_in(s, data.patient_id, when, data.treatments, anaesthetic)
    blocks = safety.blocking(findings)
    given = {k: v.strip() for k, v in data.override_reasons if v.strip()}
    if not given and data.override_reason.strip() and len(blocks) == 1:
        given = {blocks[0].key: data.override_reason.strip()}
    reasons = {**stored_reasons(row), **given} if row.id is not None else given
    if data.status == SessionStatus.DONE and blocks:
        unexplained = [f for f in blocks if f.key not in reasons]
        if unexplained:
            errors["override"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Screening stops this treatment: {stops} To go ahead, the practitioner "
                    "must give a reason for each stop.",
                ),
                stops=" ".join(f.message for f in unexplained),
            )
        thin = [f for f in blocks if f.key in given and rules.override_reason_problem(given[f.key])]
        if thin and "override" not in errors:
            problem = rules.override_reason_problem(given[thin[0].key]) or ""
            errors["override"] = Message(
                QT_TRANSLATE_NOOP("messages", "{title}: {problem}"),
                title=thin[0].title,
                problem=problem,
            )
        if data.practitioner_id is None:
            errors.setdefault(
                "override",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Choose the practitioner who takes responsibility for going ahead.",
                    )
                ),
            )
    if errors:
        return
    going_ahead = data.status == SessionStatus.DONE or row.override_reason
    kept = {f.key: reasons[f.key] for f in blocks if f.key in reasons} if going_ahead else {}
    row.screening_findings = safety.findings_json(
        [
            replace(f, override_reason=kept.get(f.key, "")) if f.level == "block" else f
            for f in findings
        ]
    )
    text = override_text(blocks, kept)
    if text != row.override_reason:
        row.override_reason = text
        row.override_by = actor.name if text else ""
        row.override_at = audit.utcnow() if text else None

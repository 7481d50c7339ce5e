"""Switching screening rules: a block goes off only with a real reason, kept in the audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mesodesk.services import safety
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent
from tests.factories import ACTOR

PREGNANCY = "pregnancy_breastfeeding"
"""A rule whose level is "block"."""
INFO_RULE = "needle_anxiety"


def _enabled(db: Database, rule_id: str) -> bool:
    return next(s.enabled for s in safety.rule_states(db) if s.rule.id == rule_id)


def _audit(db: Database) -> list[AuditEvent]:
    with db.read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "screening_rule")))
        s.expunge_all()
        return rows


def test_the_pregnancy_rule_blocks() -> None:
    rule = next(r for r in safety.load_rules() if r.id == PREGNANCY)
    assert rule.level == "block"


@pytest.mark.parametrize("reason", ["", "ok", "   fine  ", "yes yes yes"])
def test_a_block_rule_is_not_switched_off_without_a_real_reason(db: Database, reason: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        safety.set_rule_enabled(db, PREGNANCY, False, actor=ACTOR, reason=reason)
    assert "reason" in refused.value.errors
    assert _enabled(db, PREGNANCY)
    assert _audit(db) == []


def test_a_block_rule_goes_off_with_a_reason_kept_in_the_audit(db: Database) -> None:
    reason = "Our clinic treats men only"
    safety.set_rule_enabled(db, PREGNANCY, False, actor=ACTOR, reason=f"  {reason} ")
    assert not _enabled(db, PREGNANCY)
    [row] = _audit(db)
    assert row.actor == ACTOR.name
    assert row.after is not None
    assert row.after["rule_id"] == PREGNANCY and row.after["enabled"] is False
    assert row.after["reason"] == reason

    # Back on: no reason needed.
    safety.set_rule_enabled(db, PREGNANCY, True, actor=ACTOR)
    assert _enabled(db, PREGNANCY)


def test_a_rule_that_only_informs_switches_off_without_a_reason(db: Database) -> None:
    safety.set_rule_enabled(db, INFO_RULE, False, actor=ACTOR)
    assert not _enabled(db, INFO_RULE)


def test_an_unknown_rule_is_reported(db: Database) -> None:
    with pytest.raises(NotFound):
        safety.set_rule_enabled(db, "no_such_rule", False, actor=ACTOR, reason="a b c d")

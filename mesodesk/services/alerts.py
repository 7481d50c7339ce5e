"""Patients' alert badges (``domain.session_rules.alert_badges``) for lists and editors.

The chart reads its own with the rest of its snapshot; the Today list and the session editor
read them here, one query for a whole day. The badges name what to take care of (allergens,
blood thinners, pregnancy ...), never the medical notes, so reception may see them.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.session_rules import Alert, alert_badges
from mesodesk.services.access import require
from mesodesk.services.dto import ProfileInput
from mesodesk.store.engine import Database
from mesodesk.store.models import MedicalProfile


def alerts_for_patients(
    db: Database, patient_ids: Iterable[int], *, actor: User
) -> dict[int, tuple[Alert, ...]]:
    """Each patient's badges from the latest medical profile (details left out)."""
    ids = sorted(set(patient_ids))
    out: dict[int, tuple[Alert, ...]] = {pid: tuple(alert_badges(None)) for pid in ids}
    if not ids:
        return out
    with db.read() as s:
        require(s, actor, Permission.VIEW_ALERTS)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            latest: dict[int, MedicalProfile] = {}
            for row in s.scalars(
                select(MedicalProfile)
                .where(MedicalProfile.patient_id.in_(chunk))
                .order_by(MedicalProfile.recorded_at, MedicalProfile.id)
            ):
                latest[row.patient_id] = row  # the newest, as the chart's profile history
            for row in latest.values():
                profile = ProfileInput(
                    allergies_text=row.allergies_text,
                    allergens=tuple(row.allergens or ()),
                    on_blood_thinners=row.on_blood_thinners,
                    autoimmune_disease=row.autoimmune_disease,
                    keloid_tendency=row.keloid_tendency,
                    pregnant_or_breastfeeding=row.pregnant_or_breastfeeding,
                    needle_anxiety=row.needle_anxiety,
                )
                out[row.patient_id] = tuple(
                    Alert(a.text, a.kind)
                    for a in alert_badges(profile)  # no notes: reception
                )
    return out

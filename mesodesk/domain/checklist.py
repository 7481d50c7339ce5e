"""The pre-procedure checklist: its items and when a session's answers are complete."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    code: str
    label: str


ITEMS: tuple[ChecklistItem, ...] = (
    ChecklistItem("consultation", "Consultation held and expectations discussed"),
    ChecklistItem("history_reviewed", "Medical history reviewed today"),
    ChecklistItem("blood_thinners", "Blood thinners stopped as advised (or not taking any)"),
    ChecklistItem("alcohol_smoking", "No alcohol or smoking in the last few days"),
    ChecklistItem("skin_intact", "No sunburn or irritation on the area"),
    ChecklistItem("no_recent_peel", "No recent peel or laser treatment on the area"),
    ChecklistItem("skin_prepared", "Skin cleansed and disinfected"),
)
CODES = tuple(item.code for item in ITEMS)
LABELS = {item.code: item.label for item in ITEMS}


def answers(value: Mapping[str, Any] | None) -> dict[str, tuple[bool, str]]:
    """Stored checklist JSON as {code: (checked, note)} for the known items only."""
    result: dict[str, tuple[bool, str]] = {}
    for code in CODES:
        raw = (value or {}).get(code)
        if isinstance(raw, Mapping):
            result[code] = (bool(raw.get("checked")), str(raw.get("note") or "").strip())
    return result


def to_json(values: Mapping[str, tuple[bool, str]]) -> dict[str, dict[str, Any]]:
    return {
        code: {"checked": bool(values[code][0]), "note": values[code][1].strip()}
        for code in CODES
        if code in values
    }


def problems(value: Mapping[str, Any] | None) -> dict[str, str]:
    """Why the checklist is not complete, per item; empty when a session may be marked done.

    Every item must be ticked, or left unticked with a note saying why.
    """
    given = answers(value)
    if not given:
        return {"checklist": "The pre-procedure checklist has not been filled in."}
    out: dict[str, str] = {}
    for item in ITEMS:
        checked, note = given.get(item.code, (False, ""))
        if not checked and not note:
            out[f"checklist.{item.code}"] = f"“{item.label}” is not ticked: add a note why."
    return out


def all_ticked() -> dict[str, dict[str, Any]]:
    """A fully ticked checklist (for imports, demo data and tests)."""
    return {code: {"checked": True, "note": ""} for code in CODES}

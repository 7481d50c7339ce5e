"""Patient-facing text templates (aftercare advice, consent): keys, validation and merging."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.domain.text import fold

AFTERCARE = "aftercare"
CONSENT = "consent"
KINDS = (AFTERCARE, CONSENT)

SECTIONS: dict[str, tuple[str, ...]] = {
    AFTERCARE: ("expect", "do", "avoid", "call"),
    CONSENT: ("paragraphs",),
}
SECTION_LABELS = {
    "expect": Message(QT_TRANSLATE_NOOP("messages", "What to expect")),
    "do": Message(QT_TRANSLATE_NOOP("messages", "Please do")),
    "avoid": Message(QT_TRANSLATE_NOOP("messages", "Please avoid")),
    "call": Message(QT_TRANSLATE_NOOP("messages", "Call the clinic about")),
    "paragraphs": Message(QT_TRANSLATE_NOOP("messages", "Consent text")),
}
MAX_ITEMS = 60
MAX_ITEM_CHARS = 1200
GENERAL = "general"
_GROUPS = ("solution", "region", "area")


@dataclass(frozen=True, slots=True)
class PackagedTemplate:
    key: str
    label: str
    body: dict[str, list[str]]


def key_for(group: str, code: str) -> str:
    """``key_for("solution", "prp") == "solution:prp"``."""
    return f"{group}:{code}"


def load_packaged(path: Path, kind: str) -> dict[str, PackagedTemplate]:
    """The packaged texts of one kind, keyed "general", "solution:<code>", "region:<r>" ..."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    result: dict[str, PackagedTemplate] = {}

    def add(key: str, entry: Mapping[str, Any]) -> None:
        body = {section: entry.get(section, []) for section in SECTIONS[kind]}
        errors = body_errors(kind, body, allow_empty=True)
        if errors:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{name} [{key}]: {problem}"),
                    name=path.name,
                    key=key,
                    problem=next(iter(errors.values())),
                )
            )
        result[key] = PackagedTemplate(key, str(entry.get("label", key)), normalise(kind, body))

    if GENERAL in data:
        add(GENERAL, data[GENERAL])
    for group in _GROUPS:
        for code, entry in data.get(group, {}).items():
            add(key_for(group, code), entry)
    if kind == CONSENT and GENERAL in result:
        # A consent text is complete on its own (a session records one version): the
        # packaged solution texts are the general text followed by their own paragraphs.
        general = result[GENERAL].body["paragraphs"]
        for key, entry in list(result.items()):
            if key != GENERAL:
                body = {"paragraphs": general + entry.body["paragraphs"]}
                result[key] = PackagedTemplate(key, entry.label, body)
    return result


def body_errors(kind: str, body: Mapping[str, Any], *, allow_empty: bool = False) -> dict[str, str]:
    """Problems with a template body, per section; empty when it can be saved."""
    errors: dict[str, str] = {}
    if kind not in SECTIONS:
        return {"kind": f"Unknown kind of text {kind!r}."}
    for section in SECTIONS[kind]:
        items = body.get(section, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            errors[section] = Message(
                QT_TRANSLATE_NOOP("messages", "{section}: expected a list of lines."),
                section=SECTION_LABELS[section],
            )
            continue
        kept = [i for i in items if i.strip()]
        if len(kept) > MAX_ITEMS:
            errors[section] = Message(
                QT_TRANSLATE_NOOP("messages", "{section}: at most {limit} lines, please."),
                section=SECTION_LABELS[section],
                limit=MAX_ITEMS,
            )
        elif any(len(i) > MAX_ITEM_CHARS for i in kept):
            errors[section] = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{section}: a line is longer than {limit} characters."
                ),
                section=SECTION_LABELS[section],
                limit=MAX_ITEM_CHARS,
            )
    if (
        kind == CONSENT
        and not allow_empty
        and not [p for p in body.get("paragraphs", []) if str(p).strip()]
    ):
        errors["paragraphs"] = Message(
            QT_TRANSLATE_NOOP("messages", "A consent text needs at least one paragraph.")
        )
    return errors


def normalise(kind: str, body: Mapping[str, Any]) -> dict[str, list[str]]:
    """Strip lines, drop blank ones and keep only the kind's sections."""
    return {
        section: [" ".join(str(i).split()) for i in body.get(section, []) if str(i).strip()]
        for section in SECTIONS[kind]
    }


def from_lines(text: str) -> list[str]:
    """One item per non-blank line (how the Settings editor shows a section)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def aftercare_keys(solution_codes: Iterable[str], areas: Iterable[tuple[str, str]]) -> list[str]:
    """Keys that apply to a session, most general first; ``areas`` are (code, region) pairs."""
    area_list = list(areas)
    keys = [GENERAL]
    keys += [key_for("solution", c) for c in dict.fromkeys(solution_codes)]
    keys += [key_for("region", r) for r in dict.fromkeys(r for _, r in area_list)]
    keys += [key_for("area", c) for c in dict.fromkeys(c for c, _ in area_list)]
    return keys


def merge(kind: str, bodies: Sequence[Mapping[str, Sequence[str]]]) -> dict[str, tuple[str, ...]]:
    """Combine bodies section by section, in order, dropping lines already given.

    Two lines count as the same when they match ignoring case, accents, spacing and a final
    full stop, so a clinic's edited copy of a default line is not printed twice.
    """
    merged: dict[str, tuple[str, ...]] = {}
    for section in SECTIONS[kind]:
        seen: set[str] = set()
        lines: list[str] = []
        for body in bodies:
            for line in body.get(section, ()):
                clean = " ".join(line.split())
                key = fold(clean).rstrip(". ")
                if clean and key not in seen:
                    seen.add(key)
                    lines.append(clean)
        merged[section] = tuple(lines)
    return merged

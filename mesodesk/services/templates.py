"""Versioned patient-facing texts: packaged defaults, clinic edits and resets, never overwritten."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mesodesk.domain import templates as domain
from mesodesk.domain.accounts import Permission, User
from mesodesk.domain.languages import ENGLISH, LANGUAGES, split_key, stored_key
from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.paths import resource_path
from mesodesk.services import audit
from mesodesk.services.access import require
from mesodesk.services.errors import NotFound, ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import DocumentTemplate, Setting, SolutionType, TreatmentArea

FINGERPRINT_KEY = "templates.fingerprint"
_REGION_LABELS = {"face": "Face, neck and décolletage (all areas)", "body": "Body (all areas)"}


@dataclass(frozen=True, slots=True)
class TemplateVersion:
    id: int
    kind: str
    key: str
    label: str
    version: int
    body: dict[str, tuple[str, ...]]
    source: str
    created_at: datetime
    created_by: str
    language: str = ENGLISH

    @property
    def reference(self) -> str:
        """Short form printed on documents, e.g. "solution:prp v3" or "general@fr v2"."""
        return f"{stored_key(self.key, self.language)} v{self.version}"


def _file(kind: str, language: str) -> str:
    return f"{kind}.toml" if language == ENGLISH else f"{kind}.{language}.toml"


@cache
def packaged(kind: str) -> dict[str, domain.PackagedTemplate]:
    """The packaged English texts of ``kind``."""
    return domain.load_packaged(resource_path("templates", _file(kind, ENGLISH)), kind)


@cache
def _packaged_translation(kind: str, language: str) -> dict[str, domain.PackagedTemplate]:
    return domain.load_packaged(resource_path("templates", _file(kind, language)), kind)


def packaged_in(kind: str, language: str) -> dict[str, domain.PackagedTemplate]:
    """The packaged texts of ``kind`` in ``language`` (every language has every key)."""
    return packaged(kind) if language == ENGLISH else _packaged_translation(kind, language)


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for kind in domain.KINDS:
        for language in LANGUAGES:
            digest.update(resource_path("templates", _file(kind, language)).read_bytes())
    return digest.hexdigest()


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationFailed(
            {
                "language": Message(
                    QT_TRANSLATE_NOOP("messages", "Texts exist in {join}; not in {language!r}."),
                    join=", ".join(LANGUAGES),
                    language=language,
                )
            }
        )


def _latest(s: Session, kind: str, key: str, language: str = ENGLISH) -> DocumentTemplate | None:
    return s.scalar(
        select(DocumentTemplate)
        .where(DocumentTemplate.kind == kind, DocumentTemplate.key == stored_key(key, language))
        .order_by(DocumentTemplate.version.desc())
        .limit(1)
    )


def _add_version(
    s: Session,
    kind: str,
    key: str,
    body: dict[str, list[str]],
    *,
    source: str,
    actor: User | str,
    language: str = ENGLISH,
) -> DocumentTemplate:
    latest = _latest(s, kind, key, language)
    row = DocumentTemplate(
        kind=kind,
        key=stored_key(key, language),
        version=(latest.version + 1) if latest is not None else 1,
        body=body,
        source=source,
        created_at=audit.utcnow(),
        created_by=actor.name if isinstance(actor, User) else actor,
    )
    s.add(row)
    s.flush()
    audit.record(
        s,
        actor=actor,
        action="create",
        entity="document_template",
        entity_id=row.id,
        after=audit.snapshot(row),
    )
    return row


def sync_templates(db: Database) -> bool:
    """Store the packaged texts as versions when they are new or changed in this release.

    A key the clinic has edited keeps the clinic's text; a key still on the default gets the
    new default as a new version. Returns True when anything was written.
    """
    fingerprint = _fingerprint()
    with db.read() as s:
        stored = s.get(Setting, FINGERPRINT_KEY)
        if stored is not None and stored.value == fingerprint:
            return False
    with db.begin() as s:
        for kind in domain.KINDS:
            for language in LANGUAGES:
                for key, template in packaged_in(kind, language).items():
                    latest = _latest(s, kind, key, language)
                    if latest is None or (
                        latest.source == "default" and latest.body != template.body
                    ):
                        _add_version(
                            s,
                            kind,
                            key,
                            template.body,
                            source="default",
                            actor="system",
                            language=language,
                        )
        stored = s.get(Setting, FINGERPRINT_KEY)
        if stored is None:
            s.add(Setting(key=FINGERPRINT_KEY, value=fingerprint))
        else:
            stored.value = fingerprint
    return True


def _labels(s: Session) -> dict[str, str]:
    labels = {domain.GENERAL: "Every treatment"}
    solutions = select(SolutionType.code, SolutionType.name).order_by(SolutionType.sort_order)
    for code, name in s.execute(solutions):
        labels[domain.key_for("solution", code)] = name
    for region, label in _REGION_LABELS.items():
        labels[domain.key_for("region", region)] = label
    areas = select(TreatmentArea.code, TreatmentArea.name).order_by(TreatmentArea.sort_order)
    for code, name in s.execute(areas):
        labels[domain.key_for("area", code)] = name
    return labels


def _record(row: DocumentTemplate, labels: dict[str, str]) -> TemplateVersion:
    key, language = split_key(row.key)
    return TemplateVersion(
        id=row.id,
        kind=row.kind,
        key=key,
        label=labels.get(key, key),
        version=row.version,
        body={k: tuple(v) for k, v in row.body.items()},
        source=row.source,
        created_at=row.created_at,
        created_by=row.created_by,
        language=language,
    )


def editable_keys(db: Database, kind: str) -> list[tuple[str, str]]:
    """(key, label) of every text the clinic may edit: general, each solution type, and for
    aftercare also each region and area."""
    with db.read() as s:
        return _editable(s, kind)


def current(db: Database, kind: str, key: str, language: str = ENGLISH) -> TemplateVersion | None:
    """The version in use for ``key`` in ``language``, or None when it has no text."""
    with db.read() as s:
        row = _latest(s, kind, key, language)
        return _record(row, _labels(s)) if row is not None else None


def _newest(s: Session, kind: str, keys: list[str], language: str) -> dict[str, DocumentTemplate]:
    stored = [stored_key(k, language) for k in keys]
    newest = (
        select(DocumentTemplate.key, func.max(DocumentTemplate.version).label("version"))
        .where(DocumentTemplate.kind == kind, DocumentTemplate.key.in_(stored))
        .group_by(DocumentTemplate.key)
        .subquery()
    )
    rows = s.scalars(
        select(DocumentTemplate)
        .join(
            newest,
            (DocumentTemplate.key == newest.c.key) & (DocumentTemplate.version == newest.c.version),
        )
        .where(DocumentTemplate.kind == kind)
    ).all()
    return {split_key(r.key)[0]: r for r in rows}


def current_versions(
    s: Session, kind: str, keys: list[str], language: str = ENGLISH
) -> list[TemplateVersion]:
    """The versions in use for ``keys`` (those that have one) in ``language``, in the order
    of ``keys``. A key with no text in ``language`` gives its English text: the packaged
    texts exist in every language, so only a text the clinic wrote in English alone falls
    back, and advice in English beats advice left out."""
    if not keys:
        return []
    by_key = _newest(s, kind, keys, language)
    missing = [k for k in keys if k not in by_key]
    if language != ENGLISH and missing:
        by_key.update(_newest(s, kind, missing, ENGLISH))
    labels = _labels(s) if by_key else {}
    return [_record(by_key[k], labels) for k in keys if k in by_key]


def history(db: Database, kind: str, key: str, language: str = ENGLISH) -> list[TemplateVersion]:
    """Every version of ``key`` in ``language``, newest first (older ones are read-only)."""
    with db.read() as s:
        labels = _labels(s)
        rows = s.scalars(
            select(DocumentTemplate)
            .where(DocumentTemplate.kind == kind, DocumentTemplate.key == stored_key(key, language))
            .order_by(DocumentTemplate.version.desc())
        ).all()
        return [_record(r, labels) for r in rows]


def get_version(db: Database, template_id: int) -> TemplateVersion:
    with db.read() as s:
        row = s.get(DocumentTemplate, template_id)
        if row is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "There is no text version with number {template_id}."
                    ),
                    template_id=template_id,
                )
            )
        return _record(row, _labels(s))


def _check_key(s: Session, kind: str, key: str) -> None:
    if kind not in domain.KINDS:
        raise ValidationFailed(
            {
                "kind": Message(
                    QT_TRANSLATE_NOOP("messages", "Unknown kind of text {kind!r}."), kind=kind
                )
            }
        )
    if key not in dict.fromkeys(k for k, _ in _editable(s, kind)):
        raise ValidationFailed(
            {
                "key": Message(
                    QT_TRANSLATE_NOOP("messages", "There is no {kind} text called {key!r}."),
                    kind=kind,
                    key=key,
                )
            }
        )


def _editable(s: Session, kind: str) -> list[tuple[str, str]]:
    labels = _labels(s)
    keys = [domain.GENERAL] + [k for k in labels if k.startswith("solution:")]
    if kind == domain.AFTERCARE:
        keys += [k for k in labels if k.startswith(("region:", "area:"))]
    return [(k, labels[k]) for k in keys]


def save(
    db: Database,
    kind: str,
    key: str,
    body: dict[str, Any],
    *,
    actor: User,
    language: str = ENGLISH,
) -> TemplateVersion:
    """Store an edited text (in ``language``) as a new version; an unchanged text adds
    nothing."""
    _check_language(language)
    errors = domain.body_errors(kind, body)
    if errors:
        raise ValidationFailed(errors)
    clean = domain.normalise(kind, body)
    with db.begin() as s:
        require(s, actor, Permission.TEXTS)
        _check_key(s, kind, key)
        latest = _latest(s, kind, key, language)
        if latest is not None and latest.body == clean:
            return _record(latest, _labels(s))
        row = _add_version(s, kind, key, clean, source="edited", actor=actor, language=language)
        return _record(row, _labels(s))


def reset_to_default(
    db: Database, kind: str, key: str, *, actor: User, language: str = ENGLISH
) -> TemplateVersion:
    """Go back to the packaged text (as a new version, so the edited ones stay on record)."""
    _check_language(language)
    default = packaged_in(kind, language).get(key)
    body = default.body if default is not None else domain.normalise(kind, {})
    with db.begin() as s:
        require(s, actor, Permission.TEXTS)
        _check_key(s, kind, key)
        latest = _latest(s, kind, key, language)
        if latest is not None and latest.source == "default" and latest.body == body:
            return _record(latest, _labels(s))
        row = _add_version(s, kind, key, body, source="default", actor=actor, language=language)
        return _record(row, _labels(s))


def consent_key(s: Session, solution_codes: list[str], language: str = ENGLISH) -> str:
    """The consent text for a session: its (first) solution type's own text, else general."""
    for code in solution_codes:
        key = domain.key_for("solution", code)
        if _latest(s, domain.CONSENT, key, language) is not None:
            return key
    return domain.GENERAL

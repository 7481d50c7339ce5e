"""Versioned aftercare and consent texts: defaults, edits, resets and release updates."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mesodesk.domain.templates import PackagedTemplate
from mesodesk.services import templates
from mesodesk.services.errors import ValidationFailed
from mesodesk.store.engine import Database
from mesodesk.store.models import AuditEvent, Setting
from tests.factories import ACTOR


def test_packaged_texts_are_version_one_after_opening(db: Database) -> None:
    general = templates.current(db, "aftercare", "general")
    assert general is not None and general.version == 1 and general.source == "default"
    assert general.body["call"], "warning signs come with the packaged text"
    consent = templates.current(db, "consent", "solution:prp")
    assert consent is not None
    # A solution's consent text is complete on its own: the general text, then its own.
    general_consent = templates.current(db, "consent", "general")
    assert general_consent is not None
    n = len(general_consent.body["paragraphs"])
    assert consent.body["paragraphs"][:n] == general_consent.body["paragraphs"]
    assert len(consent.body["paragraphs"]) > n


def test_edit_adds_a_version_and_keeps_the_old_one(db: Database) -> None:
    key = "solution:lipolytic"
    before = templates.current(db, "aftercare", key)
    assert before is not None
    body = {s: list(v) for s, v in before.body.items()}
    body["avoid"].append("Tight jeans for three days.")
    edited = templates.save(db, "aftercare", key, body, actor=ACTOR)
    assert (edited.version, edited.source) == (before.version + 1, "edited")
    assert "Tight jeans for three days." in edited.body["avoid"]

    same = templates.save(db, "aftercare", key, body, actor=ACTOR)
    assert same.id == edited.id, "saving an unchanged text adds no version"

    history = templates.history(db, "aftercare", key)
    assert [v.version for v in history] == [edited.version, before.version]
    assert history[1].body == before.body
    with db.read() as s:
        audited = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "document_template", AuditEvent.entity_id == edited.id
            )
        ).all()
    assert [a.actor for a in audited] == [ACTOR.name]


def test_reset_to_default_is_a_new_version_with_the_packaged_text(db: Database) -> None:
    key = "area:scalp"
    original = templates.current(db, "aftercare", key)
    assert original is not None
    templates.save(db, "aftercare", key, {"do": ["Only this."]}, actor=ACTOR)
    reset = templates.reset_to_default(db, "aftercare", key, actor=ACTOR)
    assert reset.source == "default" and reset.version == original.version + 2
    assert reset.body == original.body
    assert len(templates.history(db, "aftercare", key)) == 3


def test_a_key_without_packaged_text_can_be_written(db: Database) -> None:
    saved = templates.save(
        db, "consent", "solution:homeopathic", {"paragraphs": ["I agree."]}, actor=ACTOR
    )
    assert saved.version == 1 and saved.label.startswith("Homeopathic")


def test_bad_input_is_refused_and_nothing_is_stored(db: Database) -> None:
    with pytest.raises(ValidationFailed) as refused:
        templates.save(db, "consent", "general", {"paragraphs": ["  "]}, actor=ACTOR)
    assert "paragraphs" in refused.value.errors
    with pytest.raises(ValidationFailed, match="no aftercare text called"):
        templates.save(db, "aftercare", "solution:nonsense", {"do": ["x"]}, actor=ACTOR)
    assert len(templates.history(db, "consent", "general")) == 1


def test_a_new_release_updates_only_texts_the_clinic_did_not_edit(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates.save(db, "aftercare", "solution:prp", {"do": ["Clinic's own line."]}, actor=ACTOR)
    real = templates.packaged("aftercare")
    changed = dict(real)
    for key in ("general", "solution:prp"):
        body = {s: [*v, "New advice in this release."] for s, v in real[key].body.items()}
        changed[key] = PackagedTemplate(key, real[key].label, body)
    monkeypatch.setattr(
        templates, "packaged", lambda kind: changed if kind == "aftercare" else real_consent
    )
    real_consent = templates.domain.load_packaged(
        templates.resource_path("templates", "consent.toml"), "consent"
    )
    with db.begin() as s:
        s.get(Setting, templates.FINGERPRINT_KEY).value = "older release"  # type: ignore[union-attr]

    assert templates.sync_templates(db) is True

    general = templates.current(db, "aftercare", "general")
    assert general is not None and general.version == 2
    assert "New advice in this release." in general.body["do"]
    prp = templates.current(db, "aftercare", "solution:prp")
    assert prp is not None and prp.body["do"] == ("Clinic's own line.",)
    assert templates.sync_templates(db) is False

"""Template keys, validation and merging of patient-facing texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesodesk.domain import templates
from mesodesk.paths import resource_path


def test_packaged_aftercare_covers_general_every_solution_and_regions() -> None:
    packaged = templates.load_packaged(resource_path("templates", "aftercare.toml"), "aftercare")
    assert packaged["general"].body["call"], "the warning signs must be in the general text"
    for code in ("lipolytic", "hyaluronic_acid", "prp", "vitamin_mineral"):
        assert f"solution:{code}" in packaged
    assert {"region:face", "region:body", "area:scalp"} <= set(packaged)


def test_packaged_consent_has_a_general_text() -> None:
    packaged = templates.load_packaged(resource_path("templates", "consent.toml"), "consent")
    assert len(packaged["general"].body["paragraphs"]) >= 5


def test_keys_go_from_general_to_specific_without_repeats() -> None:
    keys = templates.aftercare_keys(
        ["prp", "prp", "lipolytic"], [("cheeks", "face"), ("scalp", "face"), ("abdomen", "body")]
    )
    assert keys == [
        "general",
        "solution:prp",
        "solution:lipolytic",
        "region:face",
        "region:body",
        "area:cheeks",
        "area:scalp",
        "area:abdomen",
    ]


def test_merge_drops_repeats_ignoring_case_accents_and_full_stop() -> None:
    merged = templates.merge(
        "aftercare",
        [
            {"do": ["Drink plenty of water.", "Use sunscreen"]},
            {"do": ["drink  plenty of WATER", "Wear a hat."], "avoid": ["Saunas"]},
            {"do": ["Use súnscreen."]},
        ],
    )
    assert merged["do"] == ("Drink plenty of water.", "Use sunscreen", "Wear a hat.")
    assert merged["avoid"] == ("Saunas",)
    assert merged["expect"] == () and merged["call"] == ()


def test_body_errors_name_the_section() -> None:
    assert templates.body_errors("aftercare", {"do": "not a list"}) == {
        "do": "Please do: expected a list of lines."
    }
    too_long = {"avoid": ["x" * (templates.MAX_ITEM_CHARS + 1)]}
    assert "avoid" in templates.body_errors("aftercare", too_long)
    assert templates.body_errors("consent", {"paragraphs": []}) == {
        "paragraphs": "A consent text needs at least one paragraph."
    }
    assert templates.body_errors("aftercare", {"do": ["fine"]}) == {}


def test_from_lines_and_normalise_strip_blank_lines() -> None:
    assert templates.from_lines("  one \n\n two\n") == ["one", "two"]
    assert templates.normalise("consent", {"paragraphs": [" a  b ", ""], "x": ["y"]}) == {
        "paragraphs": ["a b"]
    }


def test_broken_packaged_file_names_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "aftercare.toml"
    bad.write_text('[solution."prp"]\ndo = "one line, not a list"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"aftercare.toml \[solution:prp\]"):
        templates.load_packaged(bad, "aftercare")

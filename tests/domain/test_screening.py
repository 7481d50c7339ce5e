"""Screening rules: the packaged rule file, each rule's trigger, allergy matching and robustness."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mesodesk.domain.screening import (
    Check,
    Finding,
    Level,
    PlannedTreatment,
    ProductFacts,
    ProfileFacts,
    Rule,
    allergen_matches,
    blocking,
    evaluate,
    load_rules,
)

RULES = load_rules()
RULE_IDS = {rule.id for rule in RULES}

LIDO = ProductFacts(1, "Lido mix", ("Lidocaine HCl 2%", "Vitamin C"))
HA = ProductFacts(2, "HA boost", ("Sodium hyaluronate", "Glycine"))
PLAN = PlannedTreatment(
    solution_types=("hyaluronic_acid",),
    products=(LIDO, HA),
    areas=("cheeks", "neck"),
    area_names=(("cheeks", "Cheeks"), ("neck", "Neck")),
)
NO_PRODUCTS = PlannedTreatment(areas=("cheeks",), area_names=(("cheeks", "Cheeks"),))


def ids(findings: list[Finding]) -> list[str]:
    return [f.rule_id for f in findings]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- packaged file


def test_packaged_rules_have_the_required_rules_and_levels() -> None:
    by_check = {rule.check: rule for rule in RULES}
    expected = {
        Check.PREGNANCY: Level.BLOCK,
        Check.ALLERGEN_IN_PRODUCT: Level.BLOCK,
        Check.BLOOD_THINNERS: Level.WARN,
        Check.KELOID_TENDENCY: Level.WARN,
        Check.AUTOIMMUNE_DISEASE: Level.WARN,
        Check.SKIN_CONDITION_AREA: Level.WARN,
        Check.NEEDLE_ANXIETY: Level.INFO,
        Check.NO_PROFILE: Level.WARN,
        Check.ALLERGY_NOTES: Level.INFO,
    }
    assert {check: by_check[check].level for check in expected} == expected
    assert len(RULE_IDS) == len(RULES) == 9
    for rule in RULES:
        assert rule.enabled
        assert rule.title and rule.message and rule.description
    allergy = by_check[Check.ALLERGEN_IN_PRODUCT].message
    assert "{allergen}" in allergy and "{product}" in allergy
    assert "{area}" in by_check[Check.SKIN_CONDITION_AREA].message


def test_default_rules_are_cached_and_same_as_reading_the_file() -> None:
    from mesodesk.paths import resource_path

    assert load_rules() is load_rules()
    assert load_rules(resource_path("screening", "rules.toml")) == load_rules()


# --------------------------------------------------------------------------- one rule at a time

# rule id -> (profile that fires it, near-miss profile that must not)
CASES: dict[str, tuple[ProfileFacts | None, ProfileFacts | None]] = {
    "pregnancy_breastfeeding": (
        ProfileFacts(pregnant_or_breastfeeding=True),
        ProfileFacts(allergies_text="pregnant last year", skin_conditions_text="pregnancy mask"),
    ),
    "allergy_ingredient": (
        ProfileFacts(allergens=("lidocaine",)),
        ProfileFacts(allergens=("caine", "procaine")),
    ),
    "no_medical_history": (None, ProfileFacts()),
    "blood_thinners": (
        ProfileFacts(on_blood_thinners=True),
        ProfileFacts(allergies_text="aspirin"),
    ),
    "keloid_tendency": (ProfileFacts(keloid_tendency=True), ProfileFacts()),
    "autoimmune_disease": (ProfileFacts(autoimmune_disease=True), ProfileFacts()),
    "skin_condition_area": (
        ProfileFacts(skin_condition_areas=("cheeks",)),
        ProfileFacts(skin_condition_areas=("scalp",), skin_conditions_text="eczema on cheeks"),
    ),
    "allergy_notes": (ProfileFacts(allergies_text="latex"), ProfileFacts(allergies_text="  \n ")),
    "needle_anxiety": (ProfileFacts(needle_anxiety=True), ProfileFacts()),
}


def test_every_packaged_rule_has_a_case() -> None:
    assert set(CASES) == RULE_IDS


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fires_on_its_input_and_not_on_the_near_miss(rule_id: str) -> None:
    hit, miss = CASES[rule_id]
    rule = next(r for r in RULES if r.id == rule_id)
    fired = evaluate(hit, PLAN, RULES)
    assert rule_id in ids(fired)
    finding = next(f for f in fired if f.rule_id == rule_id)
    assert finding.level is rule.level
    assert finding.title == rule.title
    assert "{" not in finding.message
    assert rule_id not in ids(evaluate(miss, PLAN, RULES))


def test_empty_profile_gives_no_findings() -> None:
    assert evaluate(ProfileFacts(), PLAN, RULES) == []


def test_no_profile_gives_only_the_no_history_warning() -> None:
    findings = evaluate(None, PLAN, RULES)
    assert [(f.rule_id, f.level) for f in findings] == [("no_medical_history", Level.WARN)]
    assert blocking(findings) == []


def test_allergy_notes_need_products() -> None:
    profile = ProfileFacts(allergies_text="latex gloves")
    assert "allergy_notes" not in ids(evaluate(profile, NO_PRODUCTS, RULES))
    (finding,) = evaluate(profile, PLAN, RULES)
    assert finding.level is Level.INFO
    assert "Lido mix" in finding.message and "HA boost" in finding.message


def test_blood_thinner_message_mentions_bruising_and_advice() -> None:
    (finding,) = evaluate(ProfileFacts(on_blood_thinners=True), PLAN, RULES)
    text = finding.message.lower()
    assert "bruising" in text and "bleeding" in text
    assert "prescriber" in text or "practitioner" in text


# --------------------------------------------------------------------------- allergy matching


@pytest.mark.parametrize(
    ("allergen", "ingredient"),
    [
        ("LIDOCAÏNE", "lidocaine"),
        ("lidocaine", "LIDOCAÏNE"),
        ("lidocaine", "Lidocaine HCl 2%"),
        ("Lidocaine hydrochloride", "lidocaine"),
        ("vitamin c", "Vitamin C (ascorbic acid)"),
        ("Procaïne ", "procaine"),
        ("acide hyaluronique", "Acide Hyaluronique réticulé"),
        ("%%", "%%"),
    ],
)
def test_allergen_matches(allergen: str, ingredient: str) -> None:
    assert allergen_matches(allergen, ingredient)


@pytest.mark.parametrize(
    ("allergen", "ingredient"),
    [
        ("caine", "Lidocaine"),
        ("lidocaine", "Prilocaine"),
        ("hyaluronic acid", "Sodium hyaluronate"),
        ("vitamin b12", "Vitamin C"),
        ("acid hyaluronic", "hyaluronic acid"),
        ("", "lidocaine"),
        ("   ", "lidocaine"),
        ("lidocaine", ""),
    ],
)
def test_allergen_does_not_match(allergen: str, ingredient: str) -> None:
    assert not allergen_matches(allergen, ingredient)


def test_allergy_blocks_only_the_product_that_contains_it() -> None:
    profile = ProfileFacts(allergens=("LIDOCAÏNE",))
    findings = evaluate(profile, PLAN, RULES)
    assert [(f.rule_id, f.product_id) for f in findings] == [("allergy_ingredient", 1)]
    (finding,) = blocking(findings)
    assert "LIDOCAÏNE" in finding.message
    assert "Lido mix" in finding.message
    assert "HA boost" not in finding.message


def test_two_allergens_in_one_product_give_one_finding_naming_both() -> None:
    profile = ProfileFacts(allergens=("lidocaine", "Vitamin C", "lidocaïne", " "))
    findings = evaluate(profile, PLAN, RULES)
    assert len(findings) == 1
    assert findings[0].product_id == 1
    assert "lidocaine" in findings[0].message and "Vitamin C" in findings[0].message
    assert "lidocaïne" not in findings[0].message  # same allergen folded: named once


def test_each_matching_product_gets_its_own_finding_in_product_order() -> None:
    plan = PlannedTreatment(
        products=(HA, ProductFacts(None, "Numbing", ("lidocaine",)), LIDO, LIDO),
    )
    findings = evaluate(ProfileFacts(allergens=("lidocaine",)), plan, RULES)
    assert [f.product_id for f in findings] == [None, 1]  # duplicate LIDO reported once


def test_user_text_with_braces_is_not_treated_as_a_placeholder() -> None:
    product = ProductFacts(7, "Mix {allergen} {0} {", ("{product} oil",))
    profile = ProfileFacts(allergens=("{product} OIL",))
    (finding,) = evaluate(profile, PlannedTreatment(products=(product,)), RULES)
    assert "{product} OIL" in finding.message
    assert "{product} oil" in finding.message
    assert "Mix {allergen} {0} {" in finding.message


# --------------------------------------------------------------------------- skin areas


def test_skin_condition_only_in_treated_area_and_named() -> None:
    profile = ProfileFacts(skin_condition_areas=("neck", "scalp", "cheeks"))
    findings = evaluate(profile, PLAN, RULES)
    assert [(f.rule_id, f.area) for f in findings] == [
        ("skin_condition_area", "cheeks"),
        ("skin_condition_area", "neck"),
    ]
    assert "Cheeks" in findings[0].message and "Neck" in findings[1].message
    untreated = PlannedTreatment(areas=("scalp",))
    assert evaluate(ProfileFacts(skin_condition_areas=("cheeks",)), untreated, RULES) == []


def test_skin_condition_area_without_display_name_uses_the_code() -> None:
    plan = PlannedTreatment(areas=("knees",))
    (finding,) = evaluate(ProfileFacts(skin_condition_areas=("knees",)), plan, RULES)
    assert "knees" in finding.message


# --------------------------------------------------------------------------- order, on/off


def test_findings_sorted_block_warn_info_then_rule_order() -> None:
    profile = ProfileFacts(
        needle_anxiety=True,
        autoimmune_disease=True,
        on_blood_thinners=True,
        pregnant_or_breastfeeding=True,
        allergens=("glycine", "lidocaine"),
        allergies_text="latex",
    )
    reversed_rules = tuple(reversed(RULES))
    findings = evaluate(profile, PLAN, reversed_rules)
    assert [f.level for f in findings] == sorted(
        (f.level for f in findings), key=[Level.BLOCK, Level.WARN, Level.INFO].index
    )
    # within a level the order of the given rules counts, then product order
    assert ids(findings) == [
        "allergy_ingredient",
        "allergy_ingredient",
        "pregnancy_breastfeeding",
        "autoimmune_disease",
        "blood_thinners",
        "needle_anxiety",
        "allergy_notes",
    ]
    assert [f.product_id for f in findings[:2]] == [1, 2]


def test_disabled_rules_are_skipped() -> None:
    profile = ProfileFacts(pregnant_or_breastfeeding=True, needle_anxiety=True)
    assert ids(evaluate(profile, PLAN, RULES)) == ["pregnancy_breastfeeding", "needle_anxiety"]
    assert ids(evaluate(profile, PLAN, RULES, disabled={"pregnancy_breastfeeding"})) == [
        "needle_anxiety"
    ]
    assert evaluate(None, PLAN, RULES, disabled=["no_medical_history"]) == []


def test_rule_switched_off_in_file_does_not_run() -> None:
    off = tuple(
        Rule(r.id, r.level, r.check, r.title, r.message, r.description, enabled=False)
        if r.id == "needle_anxiety"
        else r
        for r in RULES
    )
    assert evaluate(ProfileFacts(needle_anxiety=True), PLAN, off) == []


def test_level_comes_from_the_rule() -> None:
    strict = (Rule("anx", Level.BLOCK, Check.NEEDLE_ANXIETY, "Needles", "Refer elsewhere."),)
    findings = evaluate(ProfileFacts(needle_anxiety=True), PLAN, strict)
    assert findings == [Finding("anx", Level.BLOCK, "Needles", "Refer elsewhere.")]
    assert blocking(findings) == findings


def test_a_check_that_cannot_run_is_reported_not_skipped() -> None:
    broken = ProfileFacts(allergens=(None,))  # type: ignore[arg-type]
    findings = evaluate(broken, PLAN, RULES)
    assert [(f.rule_id, f.level) for f in findings] == [("allergy_ingredient", Level.BLOCK)]
    assert "by hand" in findings[0].message


# --------------------------------------------------------------------------- broken files

GOOD = """
[[rule]]
id = "a"
level = "warn"
check = "needle_anxiety"
title = "T"
message = "M"
description = "D"
"""


def test_load_custom_file(tmp_path: Path) -> None:
    (rule,) = load_rules(write(tmp_path, GOOD))
    assert rule == Rule("a", Level.WARN, Check.NEEDLE_ANXIETY, "T", "M", "D", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD + GOOD, r"rule 2 \('a'\): id is used twice"),
        (GOOD.replace('"warn"', '"blocker"'), r"rule 1 \('a'\): unknown level 'blocker'"),
        (GOOD.replace('"needle_anxiety"', '"horoscope"'), r"rule 1 \('a'\): unknown check"),
        (GOOD.replace('title = "T"', ""), r"rule 1 \('a'\): 'title' must be"),
        (GOOD.replace('id = "a"', "id = 3"), r"rule 1: 'id' must be"),
        (GOOD.replace('message = "M"', 'message = "{area}"'), r"placeholder \{area\}"),
        (GOOD + "enabled = 'yes'\n", r"'enabled' must be true or false"),
        (GOOD + "enable = false\n", r"unknown key\(s\) enable"),
        ("rule = 3\n", r"expected one or more \[\[rule\]\]"),
        ("", r"expected one or more \[\[rule\]\]"),
        ("[[rule]\n", r"not valid TOML"),
    ],
)
def test_broken_rules_file_gives_clear_error(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ValueError, match=expected) as info:
        load_rules(write(tmp_path, text))
    assert str(info.value).startswith("rules.toml: ")


# --------------------------------------------------------------------------- property

_fragment = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=6),
    st.sampled_from(["{", "}", "{allergen}", "{product}", "{area}", "{0}", "\x00", "\n", "ï"]),
)
_text = st.lists(_fragment, max_size=5).map("".join)
_words = st.sampled_from(["lidocaine", "LIDOCAÏNE", "vitamin c", "", " ", "{allergen}", "acid"])
_name = st.one_of(_text, _words)
_areas = st.lists(st.one_of(st.sampled_from(["cheeks", "neck", ""]), _text), max_size=4)

_profiles = st.builds(
    ProfileFacts,
    pregnant_or_breastfeeding=st.booleans(),
    allergens=st.lists(_name, max_size=4).map(tuple),
    allergies_text=_text,
    on_blood_thinners=st.booleans(),
    keloid_tendency=st.booleans(),
    autoimmune_disease=st.booleans(),
    skin_condition_areas=_areas.map(tuple),
    skin_conditions_text=_text,
    needle_anxiety=st.booleans(),
)
_products = st.builds(
    ProductFacts,
    id=st.one_of(st.none(), st.integers(min_value=-3, max_value=3)),
    name=_name,
    ingredients=st.lists(_name, max_size=4).map(tuple),
)
_treatments = st.builds(
    PlannedTreatment,
    solution_types=st.lists(_text, max_size=3).map(tuple),
    products=st.lists(_products, max_size=4).map(tuple),
    areas=_areas.map(tuple),
    area_names=st.lists(st.tuples(_name, _text), max_size=4).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(
    profile=st.one_of(st.none(), _profiles),
    treatment=_treatments,
    disabled=st.sets(st.sampled_from(sorted(RULE_IDS))),
)
def test_arbitrary_input_never_crashes(
    profile: ProfileFacts | None, treatment: PlannedTreatment, disabled: set[str]
) -> None:
    findings = evaluate(profile, treatment, RULES, disabled=disabled)
    assert findings == evaluate(profile, treatment, RULES, disabled=disabled)
    ranks = [[Level.BLOCK, Level.WARN, Level.INFO].index(f.level) for f in findings]
    assert ranks == sorted(ranks)
    for finding in findings:
        assert isinstance(finding.level, Level)
        assert finding.rule_id in RULE_IDS - disabled
        assert not finding.message.startswith("This check could not")  # no fallback
    if profile is None:
        assert ids(findings) in ([], ["no_medical_history"])
    product_ids = [f.product_id for f in findings if f.rule_id == "allergy_ingredient"]
    assert all(pid in {p.id for p in treatment.products} for pid in product_ids)

"""A reason of real content: a few distinct words, not a token like "ok"."""

from __future__ import annotations

import pytest

from mesodesk.domain.reasons import reason_problem


@pytest.mark.parametrize(
    "text", ["", "   ", "ok", "OK!", "yes yes yes", "no no", "12 34 56", "a b c"]
)
def test_tokens_are_not_reasons(text: str) -> None:
    assert reason_problem(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Our clinic treats men only",
        "Pregnancy is checked on the paper intake form",
        "Duplicate of the regional protocol",
    ],
)
def test_a_few_words_are_a_reason(text: str) -> None:
    assert reason_problem(text) is None


def test_an_endless_reason_is_refused() -> None:
    assert reason_problem("word " * 200) is not None

"""Prechecks: a signs pattern says yes exactly when the lowercased text holds one of its signs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.recognize.prechecks import signs_pattern

_SIGNS = ("Jan", "January", "june", "jun", "a.b", "x]", "x-", "[c]", "(c)", "©", "月")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("late june", True),
        ("janu", True),  # "jan" ends a sign: the longer "january" need not be read
        ("ju ne", False),
        ("axb", False),  # a dot is a character, not "any character"
        ("a.b", True),
        ("x]", True),
        ("x-ray", True),
        ("(c) 2023", True),
        ("c 2023", False),
        ("2023年1月", True),
        ("", False),
    ],
)
def test_a_signs_pattern_finds_any_sign(text: str, found: bool) -> None:
    assert (signs_pattern(_SIGNS).search(text) is not None) is found


def test_a_signs_pattern_is_spelled_as_a_trie() -> None:
    assert signs_pattern(["jan", "january", "june", "feb"]).pattern == "(?:feb|j(?:an|une))"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abc.[]-( ", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="abc.[]-( x", max_size=30),
)
def test_a_signs_pattern_agrees_with_plain_substring_tests(signs: list[str], text: str) -> None:
    pattern = signs_pattern(signs)
    assert (pattern.search(text) is not None) is any(sign in text for sign in signs)
    assert (pattern.match(text) is not None) is any(text.startswith(sign) for sign in signs)

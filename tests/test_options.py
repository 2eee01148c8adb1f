"""options.py: one frozen options value, validated when it is made, with safe defaults."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from articlekit import Options

LIMITS = ("max_input_bytes", "max_blocks", "max_block_chars", "max_date_chars")


def _with(name: str, value: object) -> dict[str, Any]:
    return {name: value}


def test_defaults_need_no_arguments_and_never_depend_on_the_clock() -> None:
    options = Options()
    assert options.reference_date is None  # relative dates stay unresolved rather than use "now"
    assert options.language is None
    assert all(getattr(options, name) > 0 for name in LIMITS)


def test_options_are_frozen() -> None:
    options = Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.language = "de"  # type: ignore[misc]


def test_options_have_no_instance_dict() -> None:
    # slots: a misspelt attribute cannot be set on an options value by accident
    assert not hasattr(Options(), "__dict__")


def test_replace_gives_a_new_validated_value() -> None:
    options = Options()
    german = dataclasses.replace(options, language="de")
    assert german.language == "de"
    assert options.language is None
    with pytest.raises(ValueError, match="max_blocks"):
        dataclasses.replace(options, max_blocks=0)


def test_equal_options_are_equal_and_hashable() -> None:
    reference = datetime(2023, 10, 15, 12, 0, tzinfo=timezone.utc)
    assert Options(reference_date=reference) == Options(reference_date=reference)
    assert len({Options(), Options()}) == 1


def test_aware_reference_date_is_accepted_in_any_zone() -> None:
    reference = datetime(2023, 10, 15, 12, 0, tzinfo=timezone(timedelta(hours=9)))
    assert Options(reference_date=reference).reference_date == reference


def test_naive_reference_date_is_refused_with_a_hint() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Options(reference_date=datetime(2023, 10, 15, 12, 0))


def test_reference_date_given_as_a_string_is_a_clear_error() -> None:
    bad: Any = "2023-10-15T12:00:00+00:00"
    with pytest.raises((TypeError, ValueError), match="reference_date"):
        Options(reference_date=bad)


@pytest.mark.parametrize("name", LIMITS)
@pytest.mark.parametrize("value", [0, -1])
def test_non_positive_limits_are_refused(name: str, value: int) -> None:
    with pytest.raises(ValueError, match=name):
        Options(**_with(name, value))


@pytest.mark.parametrize("name", LIMITS)
def test_non_integer_limits_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match=name):
        Options(**_with(name, 1.5))


@pytest.mark.parametrize("name", LIMITS)
def test_a_limit_of_one_is_allowed(name: str) -> None:
    assert getattr(Options(**_with(name, 1)), name) == 1


@pytest.mark.parametrize("language", ["english", "e", "", "eng"])
def test_language_must_be_a_two_letter_code(language: str) -> None:
    with pytest.raises(ValueError, match="ISO 639-1"):
        Options(language=language)


@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_two_letter_language_codes_are_accepted(language: str) -> None:
    assert Options(language=language).language == language

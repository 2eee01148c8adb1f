"""Date spans: the cheap prechecks never change what the date pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit.recognize import datespans
from articlekit.recognize.datespans import find_date_span, month_signs


def _searched_whole(text: str) -> str | None:
    """The first date as the pattern alone finds it, without any precheck, extended as `find_date_span` does."""
    head = text[: datespans.MAX_SCAN_CHARS]
    found = datespans._DATE.search(head)
    if found is None:
        return None
    end = found.end()
    pattern = datespans._JA_TIME_AFTER if found.group().endswith("日") else datespans._TIME_AFTER
    time = pattern.match(head, end, min(len(head), end + datespans.MAX_TIME_LOOKAHEAD))
    if time is not None and any(ch.isdigit() for ch in time.group()):
        end = time.end()
    return head[found.start() : end].strip(" ,|-–—")


def test_a_month_sign_is_the_name_without_its_optional_parts() -> None:
    assert month_signs("jan(?:uary)?|june?|sep(?:t(?:ember)?)?|märz") == ("jan", "jun", "sep", "märz")


@pytest.mark.parametrize("months", ["sept\\.?", "[jJ]an", "sep(?:t|tember)?"])
def test_a_month_whose_signs_cannot_be_told_is_refused(months: str) -> None:
    with pytest.raises(ValueError, match="cannot tell"):
        month_signs(months)


@pytest.mark.parametrize(
    "text",
    [
        "Posted 12 comments, 2019 edition",  # digits, no month, no date shape: skipped
        "Updated MÄRZ 12, 2023 at 10:15 CET",
        "15 АВГУСТА 2016",
        "1º de septiembre de 2023",
        "2023-12-01T10:00:00Z",
        "1.12.23 and more",
        "2023年12月1日 10時15分",
        "Remay 12, 2019",  # a month inside a word still counts, as the pattern has it
        "OCT 12, 2019",
        "\u0130 Sept 3, 2021",  # a capital dotted I: lowercasing and the pattern disagree, so no skipping
        "Save hundreds on the 16-inch laptop",
    ],
)
def test_find_date_span_finds_what_the_whole_pattern_finds(text: str) -> None:
    assert find_date_span(text) == _searched_whole(text)


_PIECES = ["1", "12", "2019", "de ", "Jan", "JUNE", "janvier", "märz", " ", ".", "/", "-", ",", "1st", "º", "x", "年"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_find_date_span_agrees_with_the_whole_pattern_on_any_mix(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert find_date_span(text) == _searched_whole(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Press Release 12/05/2020", "12/05/2020"),  # a slash date is never a version number
        ("News release 03/15/2021", "03/15/2021"),
        ("Press Release 12.05.2020", "12.05.2020"),  # nor a four-digit year
        ("HANNOVER 12.05.20", "12.05.20"),  # "ver" inside a word is no version word
        ("Vancouver 12.5.20", "12.5.20"),
        ("Dispatch 3.4.21", "3.4.21"),
        ("12.05.2020.12:30", "12.05.2020"),  # a time glued on with a dot
        ("Firmware 10.1.20", None),
        ("Version 2.10.12 ist da", None),
        ("Download v2.10.12", None),
        ("Build 1.10.1.20", None),
        ("Release 10.1.20.5", None),
    ],
)
def test_version_numbers_and_the_dates_they_look_like(text: str, span: str | None) -> None:
    assert find_date_span(text) == span


def test_a_month_is_spelled_out_in_every_form() -> None:
    assert sorted(set(datespans.month_spellings("sep(?:t(?:ember)?)?"))) == ["sep", "sept", "september"]
    assert datespans.month_spellings("june?") == ("jun", "june")
    assert datespans.month_trie("jan(?:uary)?|june?|mai") == "(?:j(?:an(?:uary)?|une?)|mai)"
    with pytest.raises(ValueError, match="cannot spell out"):
        datespans.month_spellings("sept\\.?")


# The date pattern with its months as the plain alternation they are written as.
_FLAT_DATE = re.compile(datespans._DATE.pattern.replace(datespans._MONTH_TRIE, f"(?:{datespans.MONTHS})"), re.I)
_MONTH_PIECES = ["Sept", "sep", "September", "mar", "March", "mars", "März", "Ma", "y", "ju", "ne", "janv", "ier", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _MONTH_PIECES), max_size=16))
def test_the_month_trie_matches_what_the_plain_alternation_matches(pieces: list[str]) -> None:
    assert _FLAT_DATE.pattern != datespans._DATE.pattern
    text = "".join(pieces)
    flat, trie = _FLAT_DATE.search(text), datespans._DATE.search(text)
    assert (flat and flat.span()) == (trie and trie.span())

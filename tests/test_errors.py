"""The error model (issue 4): typed errors that say what to do, TypeError with a hint for wrong Python types,
the three entry points alike on the same bad input, and nothing else ever escaping `parse*`.

Only `ArticlekitError` and its subclasses (EmptyInputError, InputTooLargeError, UnsupportedInputError)
leave `parse`, `parse_text` and `parse_html` on purpose, plus TypeError for a Python type an entry point
does not take. The Hypothesis properties at the end feed arbitrary str and bytes (with markup, charset
declarations and byte order marks mixed in) and check that, and that the output is deterministic.
"""

from __future__ import annotations

import codecs
import io
import json
import pathlib
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlekit
from articlekit import (
    Article,
    ArticlekitError,
    EmptyInputError,
    InputTooLargeError,
    Options,
    UnsupportedInputError,
    parse,
    parse_html,
    parse_text,
)

EntryPoint = Callable[..., Article]
ENTRY_POINTS: dict[str, EntryPoint] = {"parse": parse, "parse_text": parse_text, "parse_html": parse_html}
ERRORS = (EmptyInputError, InputTooLargeError, UnsupportedInputError)
PAGE = "\n\n".join(
    [
        "Home",
        "Harbour town approves new flood wall",
        "By Maria Lopez",
        (
            "The town council of Port Ellis voted on Tuesday to build a concrete flood wall along the harbour, "
            "ending a dispute that has lasted more than ten years."
        ),
        (
            "The wall, which will run for almost two kilometres from the ferry terminal to the old fish market, "
            "is expected to cost about 40 million euros."
        ),
    ]
)


# --- the error classes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("error", [ArticlekitError, *ERRORS])
def test_errors_are_exported(error: type[Exception]) -> None:
    assert error.__name__ in articlekit.__all__
    assert getattr(articlekit, error.__name__) is error
    assert issubclass(error, ArticlekitError)
    assert error.__doc__


def test_each_error_is_also_the_builtin_a_caller_would_catch() -> None:
    # callers who catch ValueError for bad values and TypeError for bad types catch articlekit's too
    assert issubclass(EmptyInputError, ValueError)
    assert issubclass(InputTooLargeError, ValueError)
    assert issubclass(UnsupportedInputError, TypeError)
    assert not issubclass(ArticlekitError, (ValueError, TypeError))


def test_empty_input_message_says_what_to_do() -> None:
    with pytest.raises(EmptyInputError) as caught:
        parse("   \n\t ")
    message = str(caught.value)
    assert "empty" in message
    assert "skip" in message or "catch" in message


def test_input_too_large_message_says_what_to_do() -> None:
    with pytest.raises(InputTooLargeError) as caught:
        parse(PAGE, options=Options(max_input_bytes=100))
    error = caught.value
    assert (error.limit, error.size) == (100, len(PAGE))
    message = str(error)
    assert "max_input_bytes" in message  # how to accept it
    assert "truncate" in message  # or what else to do
    assert f"{error.size:,}" in message and f"{error.limit:,}" in message


def test_unsupported_input_message_names_the_type_and_the_way_out() -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        parse(12345)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "int" in message
    assert "str" in message and "bytes" in message
    assert "decode" in message or "open(" in message


def test_errors_can_be_raised_and_pickled_like_any_exception() -> None:
    for error in (EmptyInputError(), InputTooLargeError(10, 5), UnsupportedInputError(1.5)):
        with pytest.raises(ArticlekitError):
            raise error
        # worker pools send exceptions between processes: they must survive pickling
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)


# --- wrong Python types ------------------------------------------------------------------------------------------


def _file_object(tmp_path: pathlib.Path) -> io.TextIOWrapper:
    path = tmp_path / "page.html"
    path.write_text("<p>x</p>", encoding="utf-8")
    return path.open(encoding="utf-8")


WRONG_TYPES: dict[str, Callable[[pathlib.Path], object]] = {
    "int": lambda _: 42,
    "float": lambda _: 1.5,
    "None": lambda _: None,
    "list": lambda _: ["<p>a</p>", "<p>b</p>"],
    "dict": lambda _: {"html": "<p>a</p>"},
    "tuple": lambda _: ("<p>a</p>",),
    "StringIO": lambda _: io.StringIO("<p>a</p>"),
    "BytesIO": lambda _: io.BytesIO(b"<p>a</p>"),
    "open file": _file_object,
    "Path": lambda tmp_path: tmp_path / "page.html",
    "Article": lambda _: Article(),
    "bool": lambda _: True,
}


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
@pytest.mark.parametrize("kind", list(WRONG_TYPES))
def test_wrong_types_raise_type_error_with_a_hint(entry: str, kind: str, tmp_path: pathlib.Path) -> None:
    value = WRONG_TYPES[kind](tmp_path)
    try:
        with pytest.raises(TypeError) as caught:
            ENTRY_POINTS[entry](value)
    finally:
        if isinstance(value, io.IOBase):
            value.close()
    error = caught.value
    assert isinstance(error, UnsupportedInputError)  # typed, so `except ArticlekitError` catches it too
    message = str(error)
    assert type(value).__name__ in message  # says what it got
    assert "str" in message and "bytes" in message  # and what it takes
    assert "decode" in message or "open(" in message  # and how to get there


@pytest.mark.parametrize("value", [b"<p>bytes</p>", bytearray(b"<p>bytes</p>"), memoryview(b"<p>bytes</p>")])
def test_parse_text_refuses_binary_types_with_a_hint(value: object) -> None:
    with pytest.raises(TypeError, match="decode") as caught:
        parse_text(value)  # type: ignore[arg-type]
    assert "parse_html" in str(caught.value)  # the entry point that takes bytes


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview])
def test_binary_types_are_html_in_parse_and_parse_html(wrap: Callable[[bytes], Any]) -> None:
    data = b"<html><body><p>" + PAGE.encode() + b"</p></body></html>"
    expected = parse_html(data).to_dict()
    assert parse_html(wrap(data)).to_dict() == expected
    assert parse(wrap(data)).to_dict() == expected


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
@pytest.mark.parametrize("options", [{"language": "en"}, "en", 1, Options])
def test_options_of_the_wrong_type_raise_type_error(entry: str, options: object) -> None:
    with pytest.raises(TypeError, match="Options"):
        ENTRY_POINTS[entry](PAGE, options=options)


def test_the_type_is_checked_before_the_size_and_the_content() -> None:
    for entry in ENTRY_POINTS.values():
        with pytest.raises(UnsupportedInputError):
            entry(None, options=Options(max_input_bytes=1))
    with pytest.raises(TypeError):
        parse_text(b"", options=Options(max_input_bytes=1))  # type: ignore[arg-type]


# --- the same bad input, the same answer from every entry point -----------------------------------------------


BAD_STR: dict[str, tuple[str, type[ArticlekitError]]] = {
    "empty": ("", EmptyInputError),
    "spaces": ("   ", EmptyInputError),
    "newlines": ("\n\r\n\r", EmptyInputError),
    "unicode spaces": ("\u3000\u00a0\u2003\u2028\u2029", EmptyInputError),
    "tabs and form feeds": ("\t\x0b\x0c", EmptyInputError),
}


@pytest.mark.parametrize("name", list(BAD_STR))
def test_blank_str_is_refused_alike_by_every_entry_point(name: str) -> None:
    value, error = BAD_STR[name]
    for entry in ENTRY_POINTS.values():
        with pytest.raises(error):
            entry(value)


@pytest.mark.parametrize("value", [b"", b"   ", b"\r\n\t", bytearray(b" "), memoryview(b"\n")])
def test_blank_bytes_are_refused_alike_by_parse_and_parse_html(value: bytes) -> None:
    for entry in (parse, parse_html):
        with pytest.raises(EmptyInputError):
            entry(value)


@pytest.mark.parametrize("value", [PAGE, PAGE.encode()])
def test_too_large_input_is_refused_alike_by_every_entry_point(value: str | bytes) -> None:
    options = Options(max_input_bytes=len(PAGE) - 1)
    entries = ENTRY_POINTS.values() if isinstance(value, str) else (parse, parse_html)
    sizes = set()
    for entry in entries:
        with pytest.raises(InputTooLargeError) as caught:
            entry(value, options=options)
        sizes.add((caught.value.size, caught.value.limit))
    assert len(sizes) == 1  # the same numbers in every message


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
@pytest.mark.parametrize(
    "value",
    [
        "\x00",
        "\u200b",
        "<",
        "&",
        "<!--",
        "<script>x</script>",
        "\ud800",
        "\ufeff",
        "]]>",
        "<p></p>",
        "\x85",
    ],
)
def test_odd_tiny_input_gives_an_article_or_a_typed_error(entry: str, value: str) -> None:
    try:
        article = ENTRY_POINTS[entry](value)
    except ArticlekitError:
        return
    assert isinstance(article, Article)
    json.dumps(article.to_dict())


def test_a_typed_error_leaves_no_state_behind() -> None:
    before = parse(PAGE).to_dict()
    for bad in ("", None, PAGE * 3):
        with pytest.raises(ArticlekitError):
            parse(bad, options=Options(max_input_bytes=len(PAGE) + 1))  # type: ignore[arg-type]
    assert parse(PAGE).to_dict() == before


# --- properties: arbitrary str and bytes -----------------------------------------------------------------------

PROPERTY = settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

# Pieces of markup, entity and charset trouble mixed into arbitrary text, so that Hypothesis reaches the HTML
# reader's corners (comments, raw-text elements, deep nesting, declarations) and not only plain text.
MARKUP = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<br><br>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<svg>",
    "<title>",
    "<textarea>",
    "<plaintext>",
    "<a href='#'>",
    "</a>",
    "<li>",
    "<table><tr><td>",
    "<h1>",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "&lol;",
    "<!DOCTYPE html>",
    "<?xml version='1.0'?>",
    '<meta charset="cp037">',
    '<meta charset="utf-16">',
    '<meta charset="x-unknown">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-10-15T10:31:00+99:99"}',
    '<time datetime="15/10/2023 10:31">',
    "By Maria Lopez",
    "WASHINGTON (Reuters) - ",
    "© 2023 Example",
    "Oct. 15, 2023 10:31 a.m. EDT",
    "3 hours ago",
    "\n\n",
    "\r",
    "\u2028",
    "\x00",
    "\u202e",
    "The council met on Tuesday and agreed to the plan, which was then sent to the mayor for approval.",
]
any_text = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(exclude_categories=()), max_size=20),  # every code point, surrogates too
        st.sampled_from(MARKUP),
    ),
    max_size=40,
).map("".join)
BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
any_bytes = st.one_of(
    st.binary(max_size=300),
    st.tuples(st.sampled_from(BOMS), any_text, st.sampled_from(["utf-8", "cp1252", "utf-16-le", "shift_jis"])).map(
        lambda parts: parts[0] + parts[1].encode(parts[2], "replace")
    ),
)


def _outcome(entry: EntryPoint, source: str | bytes) -> dict[str, Any] | str:
    """The Article as a dict, or the name of the typed error; any other exception propagates."""
    try:
        return entry(source).to_dict()
    except ArticlekitError as error:
        return type(error).__name__


def _check_property(entry: EntryPoint, source: str | bytes) -> None:
    first = _outcome(entry, source)
    if isinstance(first, dict):
        assert json.loads(json.dumps(first)) == first  # JSON-safe
    assert _outcome(entry, source) == first  # deterministic


@PROPERTY
@given(any_text)
def test_parse_on_any_str_raises_only_typed_errors_and_is_deterministic(text: str) -> None:
    _check_property(parse, text)


@PROPERTY
@given(any_text)
def test_parse_text_on_any_str_raises_only_typed_errors_and_is_deterministic(text: str) -> None:
    _check_property(parse_text, text)


@PROPERTY
@given(any_text)
def test_parse_html_on_any_str_raises_only_typed_errors_and_is_deterministic(text: str) -> None:
    _check_property(parse_html, text)


@PROPERTY
@given(any_bytes)
def test_parse_on_any_bytes_raises_only_typed_errors_and_is_deterministic(data: bytes) -> None:
    _check_property(parse, data)


@PROPERTY
@given(any_bytes)
def test_parse_html_on_any_bytes_raises_only_typed_errors_and_is_deterministic(data: bytes) -> None:
    _check_property(parse_html, data)


@PROPERTY
@given(any_text)
def test_parse_is_parse_text_or_parse_html(text: str) -> None:
    # parse sends a str to one of the two forced modes, and answers exactly as that mode does
    outcome = _outcome(parse, text)
    assert outcome in (_outcome(parse_text, text), _outcome(parse_html, text))

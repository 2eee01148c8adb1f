"""api.py: the three entry points, how `parse` tells HTML from text, and the typed errors for bad input."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import articlekit
from articlekit import (
    Article,
    ArticlekitError,
    EmptyInputError,
    InputTooLargeError,
    Options,
    Role,
    UnsupportedInputError,
    parse,
    parse_html,
    parse_text,
)
from articlekit import pipeline as pipeline_module

ENTRY_POINTS = (parse, parse_text, parse_html)

PAGE = "\n\n".join(
    [
        "Home",
        "World",
        "Ministers agree new energy rules after long talks",
        "By Jane Doe",
        (
            "The minister said on Tuesday that the new rules would take effect in the spring, after a long "
            "consultation with the industry."
        ),
        (
            "Critics of the plan argued that it would raise prices for households, and that the government had "
            "not published its own estimates."
        ),
    ]
)
HTML = (
    "<!DOCTYPE html><html><head><title>Ministers agree - Example News</title></head><body>"
    "<h1>Ministers agree new energy rules after long talks</h1>"
    "<p>The minister said on Tuesday that the new rules would take effect in the spring, after a long "
    "consultation with the industry.</p></body></html>"
)


@pytest.mark.parametrize(("function", "first"), [(parse, "source"), (parse_text, "text"), (parse_html, "html")])
def test_signature_is_source_then_url_then_options(function: Any, first: str) -> None:
    parameters = inspect.signature(function).parameters
    assert list(parameters) == [first, "url", "options"]
    assert parameters["url"].default is None
    assert parameters["options"].default is None
    # DESIGN.md's calls pass url and options by name or position: both must keep working
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters.values())


def test_public_names_are_exported() -> None:
    for name in ("parse", "parse_text", "parse_html", "Article", "Options", "Block", "Role", "Kind"):
        assert name in articlekit.__all__
        assert hasattr(articlekit, name)


def test_parse_text_returns_an_article_with_body() -> None:
    article = parse_text(PAGE)
    assert isinstance(article, Article)
    assert article.body[0].startswith("The minister said on Tuesday")


@pytest.fixture
def routes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which pipeline `parse` chose, recorded instead of running it."""
    calls: list[str] = []

    def record(route: str) -> Any:
        def run(*args: object) -> Article:
            calls.append(route)
            return Article()

        return run

    monkeypatch.setattr(pipeline_module, "run_text", record("text"))
    monkeypatch.setattr(pipeline_module, "run_html", record("html"))
    return calls


@pytest.mark.parametrize(
    "source",
    [
        PAGE,
        "Home\n\nUse the <p> element for paragraphs, says the guide.",  # a tag or two quoted in prose
        "a < b and b > c, so the <em>order</em> holds",
    ],
)
def test_parse_sends_scraped_text_to_the_text_pipeline(routes: list[str], source: str) -> None:
    parse(source)
    assert routes == ["text"]


@pytest.mark.parametrize(
    "source",
    [
        HTML,
        "  <html lang='en'><body><p>Hello</p></body></html>",
        "<div><p>One</p><p>Two</p><p>Three</p><span>Four</span></div>",  # a fragment with many tags
    ],
)
def test_parse_sends_html_strings_to_the_html_pipeline(routes: list[str], source: str) -> None:
    parse(source)
    assert routes == ["html"]


def test_parse_sends_bytes_to_the_html_pipeline(routes: list[str]) -> None:
    parse(PAGE.encode())
    assert routes == ["html"]


def test_parse_text_never_sniffs(routes: list[str]) -> None:
    parse_text(HTML)
    assert routes == ["text"]


def test_parse_html_never_sniffs(routes: list[str]) -> None:
    parse_html(PAGE)
    assert routes == ["html"]


def test_parse_passes_url_and_options_through(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str | None, Options]] = []

    def run_text(text: str, url: str | None, options: Options) -> Article:
        seen.append((url, options))
        return Article()

    monkeypatch.setattr(pipeline_module, "run_text", run_text)
    options = Options(language="en")
    parse(PAGE, url="https://example.com/a", options=options)
    assert seen == [("https://example.com/a", options)]


def test_parse_html_reads_markup_not_text() -> None:
    article = parse(HTML)
    assert all("<" not in block.text for block in article.blocks)
    assert any(block.hints.tag is not None for block in article.blocks)


@pytest.mark.parametrize("function", ENTRY_POINTS)
@pytest.mark.parametrize("value", [42, None, ["a", "list"], 1.5])
def test_wrong_types_are_refused_with_a_hint(function: Any, value: object) -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        function(value)
    message = str(caught.value)
    assert type(value).__name__ in message
    assert "str" in message and "bytes" in message
    # callers who catch the built-in kind of error, or the library's own, both catch it
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, ArticlekitError)


@pytest.mark.parametrize("value", [b"<p>bytes</p>", bytearray(b"<p>bytes</p>")])
def test_parse_text_refuses_bytes_and_says_what_to_do(value: bytes | bytearray) -> None:
    with pytest.raises(TypeError, match="decode"):
        parse_text(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("function", ENTRY_POINTS)
@pytest.mark.parametrize("value", ["", "   ", "\n\n\t \r\n", "\u3000\u00a0"])
def test_blank_input_raises_empty_input_error(function: Any, value: str) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        function(value)


@pytest.mark.parametrize("function", [parse, parse_html])
def test_blank_bytes_raise_empty_input_error(function: Any) -> None:
    with pytest.raises(EmptyInputError):
        function(b"  \n ")


def test_empty_input_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_text("")


@pytest.mark.parametrize("value", ["\x00", "\u200b\u200e", "\x00\n\x07\n\ufeff"])
def test_control_characters_only_raise_empty_input_error(value: str) -> None:
    with pytest.raises(EmptyInputError):
        parse_text(value)


@pytest.mark.parametrize("function", ENTRY_POINTS)
def test_input_over_the_limit_raises_input_too_large(function: Any) -> None:
    with pytest.raises(InputTooLargeError) as caught:
        function(PAGE, options=Options(max_input_bytes=100))
    assert caught.value.limit == 100
    assert caught.value.size > 100
    assert "max_input_bytes" in str(caught.value)  # the message says how to accept it


def test_input_at_the_limit_is_accepted() -> None:
    size = len(PAGE.encode())
    assert parse_text(PAGE, options=Options(max_input_bytes=size)).body


def test_bytes_over_the_limit_raise_input_too_large() -> None:
    with pytest.raises(InputTooLargeError):
        parse_html(b"<p>" + b"x" * 200 + b"</p>", options=Options(max_input_bytes=100))


def test_str_input_limit_counts_utf8_bytes() -> None:
    text = "é" * 60  # 60 characters, 120 bytes of UTF-8
    with pytest.raises(InputTooLargeError):
        parse_text(text, options=Options(max_input_bytes=100))


@pytest.mark.parametrize("function", ENTRY_POINTS)
@pytest.mark.parametrize("options", [{"language": "en"}, "en", 1])
def test_options_must_be_an_options_instance(function: Any, options: object) -> None:
    with pytest.raises(TypeError, match="Options"):
        function(PAGE, options=options)


def test_options_checked_before_the_page_is_read() -> None:
    # a wrong options value is reported even for an empty page: the caller's mistake comes first
    with pytest.raises(TypeError, match="Options"):
        parse_text("", options={"language": "en"})  # type: ignore[arg-type]


def test_max_blocks_keeps_every_block() -> None:
    lines = [f"Line number {number}" for number in range(30)]
    article = parse_text("\n\n".join(lines), options=Options(max_blocks=10))
    assert [block.text for block in article.blocks] == lines
    unanalysed = article.blocks[10:]
    assert all(block.role is Role.BOILERPLATE for block in unanalysed)
    assert all("limit.max_blocks" in block.evidence for block in unanalysed)
    assert any("max_blocks" in note for note in article.diagnostics)


def test_a_block_longer_than_max_block_chars_is_kept_whole() -> None:
    paragraph = "The council met again on Monday and agreed to the plan, which was then sent to the mayor. " * 50
    article = parse_text(paragraph, options=Options(max_block_chars=200))
    assert [block.text for block in article.blocks] == [paragraph.strip()]


def test_url_does_not_change_the_result() -> None:
    assert parse_text(PAGE).to_dict() == parse_text(PAGE, url="https://example.com/story").to_dict()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>One</p></body></html>", True),
        ("Home\nWorld\nA headline\n\nUse the <p> element for paragraphs.", False),
        (b"<!DOCTYPE html><html><body><p>One</p></body></html>", True),
        ("\ufeff<!doctype html><p>caf\u00e9</p>".encode("utf-16-le"), True),  # needs the BOM read first
        ("Home\nWorld\nCaf\u00e9 prices rise".encode("cp1252"), False),
    ],
)
def test_is_html_sniffs_str_and_undecoded_bytes(source: str | bytes, expected: bool) -> None:
    assert articlekit.is_html(source) is expected


def test_is_html_rejects_what_parse_rejects() -> None:
    with pytest.raises(articlekit.UnsupportedInputError):
        articlekit.is_html(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_a_url_that_is_not_a_string_is_a_clear_type_error(entry: Any) -> None:
    with pytest.raises(TypeError, match="url must be a str or None"):
        entry(PAGE, url=float("nan"))

"""The public entry points: `parse`, `parse_text`, `parse_html`."""

from __future__ import annotations

from articlekit import pipeline
from articlekit.article import Article
from articlekit.errors import EmptyInputError, InputTooLargeError, UnsupportedInputError
from articlekit.options import Options
from articlekit.readers.sniff import looks_like_html


def _check(source: object, options: Options | None) -> Options:
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise UnsupportedInputError(source)
    if options is None:
        options = Options()
    elif not isinstance(options, Options):
        raise TypeError(f"options must be an articlekit.Options, not {type(options).__name__}")
    size = len(source) if not isinstance(source, str) else len(source)  # chars approximate bytes cheaply
    if size > options.max_input_bytes:
        raise InputTooLargeError(size, options.max_input_bytes)
    return options


def parse(source: str | bytes, url: str | None = None, options: Options | None = None) -> Article:
    """Parse a page: `str` is sniffed as HTML or scraped text, `bytes` is HTML."""
    opts = _check(source, options)
    if isinstance(source, str) and not looks_like_html(source):
        return parse_text(source, url=url, options=opts)
    return parse_html(source, url=url, options=opts)


def parse_text(text: str, url: str | None = None, options: Options | None = None) -> Article:
    """Parse scraped page text (a crawl's text dump, browser innerText, a scraper's output)."""
    opts = _check(text, options)
    if not isinstance(text, str):
        raise TypeError("parse_text takes str; decode bytes first, or pass HTML bytes to parse_html")
    if not text.strip():
        raise EmptyInputError()
    return pipeline.run_text(text, url, opts)


def parse_html(html: str | bytes, url: str | None = None, options: Options | None = None) -> Article:
    """Parse raw HTML, given as `str` or as undecoded `bytes`."""
    opts = _check(html, options)
    data = bytes(html) if isinstance(html, (bytearray, memoryview)) else html
    if not data.strip():
        raise EmptyInputError()
    return pipeline.run_html(data, url, opts)

"""The public entry points: `parse`, `parse_text`, `parse_html`."""

from __future__ import annotations

from articlekit import pipeline
from articlekit.article import Article
from articlekit.errors import EmptyInputError, InputTooLargeError, UnsupportedInputError
from articlekit.options import Options
from articlekit.readers.encoding import decode_html
from articlekit.readers.sniff import SNIFF_CHARS, looks_like_html
from articlekit.readers.text import has_visible_text


def _check(source: object, options: Options | None, url: object = None) -> Options:
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise UnsupportedInputError(source)
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if options is None:
        options = Options()
    elif not isinstance(options, Options):
        raise TypeError(f"options must be an articlekit.Options, not {type(options).__name__}")
    limit = options.max_input_bytes
    if isinstance(source, str):
        # a str is at most 4 UTF-8 bytes a character: count bytes only when the answer is in doubt
        size = len(source)
        if limit < size * 4 and size <= limit:
            size = len(source.encode("utf-8", "surrogatepass"))
    else:
        size = len(source)
    if size > limit:
        raise InputTooLargeError(size, limit)
    return options


def is_html(source: str | bytes) -> bool:
    """True when `source` is HTML markup rather than scraped page text; only its start is read.

    Bytes are decoded as the HTML reader would (BOM, declared charset, UTF-8, a fallback that never
    raises), so a UTF-16 page sniffs as HTML. This is the test `parse` applies to a `str`.

    >>> is_html("<!doctype html><title>A page</title>"), is_html("Home\\nWorld\\nA headline")
    (True, False)
    >>> is_html("<!doctype html><p>caf\\xe9</p>".encode("utf-16"))
    True
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        # four bytes a character at most: this prefix decodes to at least the characters sniffed
        source = decode_html(bytes(source[: SNIFF_CHARS * 4]))[0]
    elif not isinstance(source, str):
        raise UnsupportedInputError(source)
    return looks_like_html(source)


def parse(source: str | bytes, url: str | None = None, options: Options | None = None) -> Article:
    """Parse a page: `str` is sniffed as HTML or scraped text, `bytes` is HTML."""
    opts = _check(source, options, url)
    if isinstance(source, str) and not looks_like_html(source):
        return parse_text(source, url=url, options=opts)
    return parse_html(source, url=url, options=opts)


def parse_text(text: str, url: str | None = None, options: Options | None = None) -> Article:
    """Parse scraped page text (a crawl's text dump, browser innerText, a scraper's output)."""
    opts = _check(text, options, url)
    if not isinstance(text, str):
        raise TypeError("parse_text takes str; decode bytes first, or pass HTML bytes to parse_html")
    if not has_visible_text(text):
        raise EmptyInputError()
    return pipeline.run_text(text, url, opts)


def parse_html(html: str | bytes, url: str | None = None, options: Options | None = None) -> Article:
    """Parse raw HTML, given as `str` or as undecoded `bytes`."""
    opts = _check(html, options, url)
    data = bytes(html) if isinstance(html, (bytearray, memoryview)) else html
    if not data.strip():
        raise EmptyInputError()
    return pipeline.run_html(data, url, opts)

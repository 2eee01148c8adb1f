"""Tell HTML from scraped text without parsing either."""

from __future__ import annotations

import re

# Markup that scraped text never starts with: a doctype, an <html>/<head>/<body> tag, or a comment
# followed by markup. Looked for in the first few KB only, so sniffing is O(1) in the input size.
# Scraped text does not open with a comment, a doctype or an XML declaration either.
_HTML_START = re.compile(r"\A\s*(?:<!--|<!doctype[\s>]|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml\s)", re.I)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|meta|script|title|article|section|table|ul|li)\b[^<>]{0,300}>", re.I
)
SNIFF_CHARS = 4096
# Scraped text may quote a tag or two ("use the <p> element"); real HTML has many.
_MIN_TAGS = 5


def looks_like_html(text: str) -> bool:
    """True when `text` is HTML markup rather than scraped page text."""
    head = text[:SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= _MIN_TAGS

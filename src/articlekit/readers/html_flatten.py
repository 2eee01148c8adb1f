"""Flatten markup nested too deeply for libxml2, so that its text survives parsing.

libxml2 stops parsing at a fatal "Excessive depth" error (2,048 open elements with `huge_tree`, 256
without) and drops everything after it, text included. When that happens, the HTML reader parses
again the markup this module returns: the same text, with the tags that open past `max_depth`
removed (and their end tags with them). Text stays in document order; only the block structure of
the too-deep part is lost.

The scan is a single forward pass with a stack of open tag names, linear in the input: each regex
match stops at the next `<` or `>`. Raw-text elements (script, style, textarea...) are always kept,
with their content copied whole, so markup inside them is not counted, a script stays a script, and
their end tags are never removed (they cannot nest, so they add one level at most). The depth count
is approximate (the parser closes some elements implicitly); the reader tries a smaller depth when
the flattened markup still goes too deep.
"""

from __future__ import annotations

import re

# Elements that never have an end tag, so never deepen the tree.
VOID_TAGS: frozenset[str] = frozenset(
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    }
)  # fmt: skip
# Elements whose content is text up to their own end tag (HTML tokenizer's raw text and RCDATA states).
RAW_TEXT_TAGS: frozenset[str] = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"}
)

# Elements that end a block of text: past the depth limit their tags give way to two <br>s, which the
# HTML reader takes as a block end, so that the paragraphs of a deep article stay paragraphs.
BREAKING_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_BREAK = "<br><br>"

# Elements that an opening tag of the same name closes (`<li>a<li>b`), as the HTML parser does.
SIBLING_CLOSED_TAGS: frozenset[str] = frozenset({"p", "li", "dt", "dd", "option", "tr", "td", "th"})

_TAG = re.compile(
    r"""
    <(/?)                       # an end tag's slash
    ([a-z][^\s/<>]{0,100})      # the name
    [^<>]*>                     # attributes: never past the next < or >, so a failed match is short
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _end_tag(name: str) -> re.Pattern[str]:
    return re.compile(f"</{re.escape(name)}", re.IGNORECASE)


_RAW_TEXT_ENDS: dict[str, re.Pattern[str]] = {name: _end_tag(name) for name in RAW_TEXT_TAGS}


def flatten(markup: str, max_depth: int) -> str:
    """`markup` without the tags that open deeper than `max_depth` elements (and their end tags).

    >>> flatten("<div><div><p>deep</p></div></div><p>after</p>", 2)
    '<div><div><br><br>deep<br><br></div></div><p>after</p>'
    """
    pieces: list[str] = []
    open_tags: list[tuple[str, bool]] = []  # (name, kept)
    open_counts: dict[str, int] = {}
    kept_depth = 0
    position = 0
    end = len(markup)
    # where the last removed tag's stand-in is, while only whitespace follows it: a run of removed tags
    # (100,000 nested <table><tr><td>) gives one stand-in, not a million elements for the reader to walk
    stand_in: int | None = None

    def add_text(text: str) -> None:
        nonlocal stand_in
        if text:
            pieces.append(text)
            if stand_in is not None and not text.isspace():
                stand_in = None

    def add_tag(tag: str) -> None:
        nonlocal stand_in
        pieces.append(tag)
        stand_in = None

    def remove_tag(name: str) -> None:
        """A space keeps the words of adjacent elements apart, two <br>s their blocks."""
        nonlocal stand_in
        piece = _BREAK if name in BREAKING_TAGS else " "
        if stand_in is None or (piece is _BREAK and pieces[stand_in] is not _BREAK):
            stand_in = len(pieces)
            pieces.append(piece)

    def close_top() -> bool:
        nonlocal kept_depth
        name, kept = open_tags.pop()
        open_counts[name] -= 1
        kept_depth -= kept
        return kept

    while position < end:
        start = markup.find("<", position)
        if start < 0:
            break
        if markup.startswith("<!--", start):
            close = markup.find("-->", start + 4)
            add_text(markup[position:start])
            position = end if close < 0 else close + 3
            continue
        match = _TAG.match(markup, start)
        if match is None:
            add_text(markup[position : start + 1])
            position = start + 1
            continue
        add_text(markup[position:start])
        position = match.end()
        tag, closing, name = match.group(0), match.group(1), match.group(2).lower()
        if closing:
            if not open_counts.get(name):  # a stray end tag, which the parser ignores
                continue
            while open_tags:
                open_name = open_tags[-1][0]
                kept = close_top()
                if open_name == name:
                    if kept:
                        add_tag(tag)
                    else:
                        remove_tag(name)
                    break
            continue
        if name in VOID_TAGS:
            add_tag(tag)
            continue
        if name in SIBLING_CLOSED_TAGS and open_tags and open_tags[-1][0] == name:
            close_top()
        # raw-text elements are always kept (they cannot nest, so they add one level at most): a
        # script must stay a script, and the visible ones (textarea, xmp) keep their text
        kept = kept_depth < max_depth or name in RAW_TEXT_TAGS
        if kept:
            add_tag(tag)
        else:
            remove_tag(name)
        open_tags.append((name, kept))
        open_counts[name] = open_counts.get(name, 0) + 1
        kept_depth += kept
        if name in RAW_TEXT_TAGS:
            close_match = _RAW_TEXT_ENDS[name].search(markup, position)
            stop = end if close_match is None else close_match.start()
            pieces.append(markup[position:stop])  # inside a kept raw-text element: no stand-in is open
            position = stop
    add_text(markup[position:])
    return "".join(pieces)

"""The HTML reader: block-level elements into blocks with markup hints, plus page metadata.

One lxml parse, one iterative walk (one step per element, no Python recursion), no DOM after it.

How text becomes blocks:

- A block is the text of one block-level element (`BLOCK_TAGS`: p, h1-h6, li, td, div...) that is
  not inside one of its block-level children. A div holding "intro <p>a</p> outro" gives three
  blocks in reading order, "intro", "a" and "outro", the first and last tagged "div".
- Inline elements (a, span, em, b, time, custom elements...) are merged into their block's text as
  the browser shows it: "<b>T</b>he" is "The". Options and buttons (`SPACED_TAGS`) are set apart by
  spaces so that a menu's words do not run together.
- A heading's kicker in its own inline element at the heading's start (`HEADING_KICKER_TOKENS`:
  `<h1><span class="kicker">Climate</span> Drilling...</h1>`) is a block of its own, tagged as the heading.
- One `<br>` is a space (a soft line break inside a paragraph, a poem's or an address's lines);
  two or more in a row, with only whitespace between, end a block, as they separate paragraphs on
  pages laid out with `<br><br>` instead of `<p>`.
- Whitespace is collapsed to single spaces; zero-width and control characters are removed as in
  the text reader.
- The content of `DROPPED_TAGS` (script, style, noscript, template, svg, title, iframe...) and the
  text of `<head>` never reach a block. Everything else does, hidden or not (hidden blocks are
  marked, see below): each non-blank text of the page lands in exactly one block. A page without
  text gives zero blocks. An `<svg>` left open around HTML ends at the first HTML element inside it
  (`BREAKOUT_TAGS`), as in a browser.
- Past `Options.max_blocks` blocks, a page of many more elements is read without markup hints, in at
  most `MAX_OVERFLOW_BLOCKS` blocks of several elements (`_read_overflow`): the pipeline keeps those
  blocks without analysing them, and reading them costs a pass over the elements, not a block each.

Hints on each block: `line` is the block's order, `gap_before` is always true, `indent` 0; `tag` is
the block element's name and `heading_level` its level for h1-h6; `bullet` marks an <li>'s first
block (its own text, or the first block inside it); `tokens` are the lowercased class and id tokens,
with their hyphen and underscore sub-words, of the block element and all its ancestors, inline ones
included; `link_density` is the share of the block's non-space characters inside `<a href>`;
`ancestors` are the `STRUCTURAL_TAGS` among the block element and its ancestors, with ARIA landmark
roles as the element they stand for (`ROLE_ANCESTORS`), and "hidden" under a block element that the page
does not show (the `hidden` attribute, `display: none` or `visibility: hidden` in its style): its text
is still read, and the classify stages decide what it is.

Page metadata (title, language, meta tags, Article-like JSON-LD, `<time datetime>` values) is
collected in the same walk and assembled by `readers/html_metadata.py`.

Pages nested deeper than libxml2 parses (2,048 elements, with `huge_tree`) are parsed again after
`readers/html_flatten.py` removed the tags past `FLATTEN_DEPTHS`, so that no text is lost.
"""

from __future__ import annotations

import itertools
import re
import sys

from lxml import etree  # type: ignore[import-untyped, unused-ignore]  # typed by lxml-stubs (dev extra)

from articlekit.model import Block, Hints, Page
from articlekit.options import MAX_OVERFLOW_BLOCKS, Options
from articlekit.readers.encoding import decode_html
from articlekit.readers.html_flatten import flatten
from articlekit.readers.html_markup import (
    AUTHOR_LINK_SIGN,
    MARK_SIGN,
    MAX_MARKUP_ELEMENTS,
    TAXONOMY_CLASS_PREFIXES,
    MarkedElements,
    author_links,
    marked_values,
    post_author_replies,
)
from articlekit.readers.html_metadata import MAX_METADATA_CHARS, build_metadata, normalize_space
from articlekit.readers.text import clean_marks

# Elements whose text is a block of its own (the HTML block-level and table elements, plus the
# inline-block form controls that hold whole paragraphs).
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "html", "body", "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing", "main",
        "marquee", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
    }
)  # fmt: skip
# Elements whose content is never shown as text: code, styles, markup for later, graphics, framed
# documents' fallback, and the title (which goes to the metadata). Also a ruby's annotations (`<rt>`,
# the reading set small above a Japanese word, and its `<rp>` brackets): read inline they would split
# every annotated word of the sentence ("子こども" for 子ども).
DROPPED_TAGS: frozenset[str] = frozenset(
    {"script", "style", "noscript", "template", "svg", "title", "iframe", "noembed", "noframes", "rt", "rp"}
)
# HTML elements that end an open <svg> in a browser (the HTML standard's "breakout" start tags, but
# <font>, which breaks out only with some attributes): libxml2 knows no foreign content and leaves an
# unclosed <svg> holding the rest of the page, so the walk goes on at the first of these inside one.
BREAKOUT_TAGS: tuple[str, ...] = (
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
    "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
    "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u",
    "ul", "var",
)  # fmt: skip
_BREAKOUT: frozenset[str] = frozenset(BREAKOUT_TAGS)
# Elements below an <svg> up to which Python looks for a breakout element itself (icons have a few): in a
# larger one the search runs in C.
SMALL_SUBTREE = 16
# Inline elements drawn as separate boxes: a space before and after keeps their words apart.
SPACED_TAGS: frozenset[str] = frozenset({"option", "optgroup", "button", "select", "textarea", "input"})
# Structural elements reported in `Hints.ancestors` when they hold a block (or are the block).
STRUCTURAL_TAGS: frozenset[str] = frozenset(
    {
        "nav", "aside", "footer", "header", "figure", "figcaption", "form", "table", "ul", "ol", "li",
        "blockquote", "article", "main", "section", "button", "label", "select", "dialog",
    }
)  # fmt: skip
# ARIA landmark roles, reported in `Hints.ancestors` as the element they stand for.
ROLE_ANCESTORS: dict[str, str] = {
    "navigation": "nav",
    "contentinfo": "footer",
    "banner": "header",
    "complementary": "aside",
    "main": "main",
    "article": "article",
    "dialog": "dialog",
    "alertdialog": "dialog",
}
HEADING_LEVELS: dict[str, int] = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Class tokens of the kicker a heading opens with, set in its own inline element: `<h1><span
# class="kicker">Climate</span> Drilling until it gets hot</h1>`. Such an element, with no text before
# it in the heading, is a block of its own at the heading's level, so the headline is the rest.
# A subtitle the heading ends with stays in it: editors' headlines keep some ("Tubeless: step by step").
HEADING_KICKER_TOKENS: frozenset[str] = frozenset(
    {
        "kicker",
        "dachzeile",  # German: the line over the headline
        "spitzmarke",
        "overline",
        "topline",
        "roofline",
        "eyebrow",
        "supertitle",
        "subline",  # a line set apart from the headline; opening the heading, it is the kicker above it
        "subtitle",
        "sub-heading",
        "subheading",
    }
)

# A mark that stands alone in its own element between a heading's kicker and its headline, often shown to
# screen readers only: `<h1><span>Climate</span><span class="visually-hidden">: </span><span>Drilling until
# it gets hot</span></h1>`.
# Not "-": a lone hyphen between two elements may join them ("<span>Trump</span><span>-</span><span>Biden ...").
KICKER_SEPARATORS: frozenset[str] = frozenset({":", "–", "—", "|", "/", "·", "•"})


def _before_separator(element: etree._Element) -> bool:
    """An element opening a heading that the next element sets apart from the rest with a lone mark."""
    if element.tail and element.tail.strip():
        return False
    following = element.getnext()
    if following is None or type(following.tag) is not str or len(following):
        return False
    if (following.text or "").strip() not in KICKER_SEPARATORS:
        return False
    return bool(following.tail and following.tail.strip()) or following.getnext() is not None  # a headline follows


# Class/id tokens kept per block at most. Real pages stay far below (30-odd ancestors with a few
# tokens each); the cap bounds memory on pathological nesting, where the outermost tokens are kept.
MAX_TOKENS = 256
# Open elements kept when a page nests deeper than libxml2 parses (2,048 with huge_tree): past this
# depth tags are removed and their text joins the deepest kept element (see `html_flatten`).
FLATTEN_DEPTHS: tuple[int, ...] = (1024, 128)

# Characters of a class or id attribute read for tokens: real ones are far shorter; a 10 MB one would
# otherwise hand a million tokens to every block inside it (MAX_TOKENS caps ancestors, not one attribute).
MAX_ATTRIBUTE_CHARS = 1_000

# What the walk does with an element, by tag; kept on the walk's stack when its end must undo it.
_INLINE = 0
_BLOCK = 1
_LINK = 2
_SPACED = 4
_BREAK = 5
_META = 6
_TIME = 7
_STRUCTURAL = 8  # inline structural elements (label, button, select); block ones are _BLOCK
_DROPPED = 9
_TAG_KINDS: dict[str, int] = {
    **dict.fromkeys(STRUCTURAL_TAGS - BLOCK_TAGS, _STRUCTURAL),
    **dict.fromkeys(SPACED_TAGS, _SPACED),
    **dict.fromkeys(BLOCK_TAGS, _BLOCK),
    **dict.fromkeys(DROPPED_TAGS, _DROPPED),
    "a": _LINK,
    # not muted: libxml2 keeps the elements it does not know in <head> with all that follows ("<mbox>" before the
    # page's tables, no <body>), where a browser starts the body; <title>, <script> and <style> are dropped anyway
    "head": _BLOCK,
    "br": _BREAK,
    "meta": _META,
    "time": _TIME,
}
# The walk's kinds: also those of the nodes whose tag is not a name (a comment or processing instruction the
# parser kept, an entity), which the walk drops, so that one lookup tells them apart.
_WALK_KINDS: dict[object, int] = dict(_TAG_KINDS.items())
_WALK_KINDS.update(dict.fromkeys((etree.Comment, etree.ProcessingInstruction, etree.Entity), _DROPPED))

_EMPTY: frozenset[str] = frozenset()


class _Tokens:
    """The class/id tokens of an element and its ancestors, as a chain made into a set only when a
    block needs it: most elements with a class (icons, spans, wrappers) hold no block of their own."""

    __slots__ = ("parent", "raw", "value")

    def __init__(self, parent: _Tokens | None, raw: str) -> None:
        self.parent = parent
        self.raw = raw[:MAX_ATTRIBUTE_CHARS]
        self.value: frozenset[str] | None = None


class _Segment:
    """A block-level element whose text is being gathered (the text itself is in the walk's one list:
    only the innermost open block element has any, as each block child flushes its parent's text)."""

    __slots__ = ("ancestors", "bullet", "element", "number", "tag", "tokens")

    def __init__(
        self,
        element: etree._Element | None,
        tag: str,
        tokens: _Tokens | None,
        ancestors: frozenset[str],
        *,
        bullet: bool,
        number: int = 0,
    ) -> None:
        self.number = number  # document order among block elements
        self.element = element
        self.tag = tag
        self.tokens = tokens
        self.ancestors = ancestors
        self.bullet = bullet  # the next block emitted is a list item's first


# Meta elements and `<time>` values read per page: real pages have dozens; a page of a million would
# otherwise cost a dictionary update each and hand a million dates to the date fields.
MAX_META_ELEMENTS = 1_000
# Keys read from one `property` list ("dc:creator twitter:creator"): real ones name two or three.
MAX_PROPERTY_KEYS = 8
MAX_TIMES = 1_000

# Enclosing block elements kept per block (the innermost ones): enough to find an article's container.
MAX_CONTAINERS = 24


def _new_parser() -> etree.HTMLParser:
    # huge_tree: libxml2 otherwise drops nodes past depth 256 and text nodes over 10 MB. The HTML
    # parser never loads external entities or DTDs; no_network forbids fetching anything at all.
    return etree.HTMLParser(
        encoding="utf-8",
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
    )


def _parse(markup: bytes) -> tuple[list[etree._Element], bool]:
    """The top-level elements of the parsed page, and whether libxml2 stopped at a resource limit."""
    parser = _new_parser()
    try:
        root = etree.fromstring(markup, parser)
    except etree.LxmlError:  # nothing to parse ("Document is empty")
        return [], False
    if root is None:
        return [], False
    last_error = parser.error_log.last_error
    too_deep = last_error is not None and last_error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT
    # content after </html> becomes sibling <html> elements
    tops = [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]
    return tops, too_deep


# NULs (which libxml2 turns into U+FFFD) and lone surrogates (which UTF-8 cannot carry) become spaces,
# as the text reader makes them: the words around them stay apart and intact.
_UNENCODABLE = re.compile(r"[\x00\ud800-\udfff]")


# Void elements that hold no text, and of which the reader needs at most the first few (meta tags up to
# MAX_META_ELEMENTS; images, whose alt text is not read): libxml2 and the walk spend some 4 µs on each, so
# a page with more than FLOOD_MIN_TAGS of them loses those past the first MAX_META_ELEMENTS before it is
# parsed. Real pages have hundreds; the match stops at the next < or >, so it is linear.
FLOOD_TAGS: tuple[str, ...] = ("area", "col", "embed", "img", "link", "meta", "param", "source", "track", "wbr")
_FLOOD_TAG = re.compile(rf"<(?:{'|'.join(FLOOD_TAGS)})(?=[\s/>])[^<>]*>", re.IGNORECASE)
FLOOD_MIN_TAGS = 100_000
# The characters other than ASCII letters that the case-insensitive match takes for a letter of FLOOD_TAGS
# (the Turkish dotted and dotless i, the long s, the Kelvin sign): `str.lower` does not make them ASCII.
_FOLDED_LETTERS: tuple[str, ...] = ("\u0130", "\u0131", "\u017f", "\u212a")
_FLOOD_OPENING = re.compile(rf"<(?:{'|'.join(FLOOD_TAGS)})".encode("ascii"))


def _may_flood(text: str) -> bool:
    """Whether `text` may hold MAX_META_ELEMENTS and FLOOD_MIN_TAGS void elements: its lowercased "<img"s
    and the like, found without the case-insensitive match (which cost 0.3 s on a million other tags). A
    page with fewer "<" than that (all but floods) is not lowercased. The lowercasing is of the UTF-8 bytes,
    ASCII letters alone, at a quarter of `str.lower`'s cost: the other letters that fold to ASCII ones are the
    `_FOLDED_LETTERS`, which answer first."""
    if text.count("<") < MAX_META_ELEMENTS + FLOOD_MIN_TAGS:
        return False
    if any(letter in text for letter in _FOLDED_LETTERS):
        return True
    openings = _FLOOD_OPENING.finditer(text.encode("utf-8", "surrogatepass").lower())
    return next(itertools.islice(openings, MAX_META_ELEMENTS + FLOOD_MIN_TAGS - 1, None), None) is not None


def _drop_flood(text: str) -> str:
    """`text` without the void elements past the first MAX_META_ELEMENTS, if it has a flood of them."""
    if len(text) < FLOOD_MIN_TAGS * 5 or not _may_flood(text):  # "<img>": 5 characters
        return text
    last_kept = next(itertools.islice(_FLOOD_TAG.finditer(text), MAX_META_ELEMENTS - 1, None), None)
    if last_kept is None:
        return text
    rest, dropped = _FLOOD_TAG.subn("", text[last_kept.end() :])
    return text[: last_kept.end()] + rest if dropped >= FLOOD_MIN_TAGS else text


# A <title> that never closes swallows the page: libxml2 reads everything after it as the title's text, so
# the page has no blocks at all. Crawls that spliced two fetches leave one ("<title>Headline - Ne(OAS_version
# ...") and so does a mistyped end tag ("</titlevalue=..."). Such a title ends at the first tag inside it,
# unless that tag only formats text ("<title>A <b>B</b></title>"). The searches stop at the first tag after
# the title's start, so they read the page once at most.
_TITLE_START = re.compile(r"<title(?=[\s/>])[^<>]*>", re.IGNORECASE)
_TAG_INSIDE_TITLE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
TITLE_FORMATTING_TAGS: frozenset[str] = frozenset(
    {"b", "i", "em", "strong", "span", "small", "sup", "sub", "br", "font", "u", "a", "wbr"}
)


# Elements no title holds: a word in angle brackets other than these may be the title's own text.
TITLE_ENDING_TAGS: frozenset[str] = frozenset(
    {"script", "style", "meta", "link", "head", "body", "html", "div", "p", "section", "article", "header",
     "nav", "main", "table", "form", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "iframe", "noscript",
     "title", "base", "img", "svg"}
)  # fmt: skip
_TITLE_END = re.compile(r"</title\s*>", re.IGNORECASE)
_ELEMENT_AFTER_TITLE = re.compile(
    r"</?(?:" + "|".join(sorted(TITLE_ENDING_TAGS, key=len, reverse=True)) + r")(?=[\s/>])", re.IGNORECASE
)


def close_title(text: str) -> str:
    """`text` with an end tag put where its unclosed first <title> meets the next element.

    >>> close_title("<title>Headline - Ne<script>x()</script></head><p>Body</p>")
    '<title>Headline - Ne</title><script>x()</script></head><p>Body</p>'
    >>> close_title("<title>A <b>B</b></title><p>Body</p>")
    '<title>A <b>B</b></title><p>Body</p>'
    """
    start = _TITLE_START.search(text)
    if start is None:
        return text
    tag = _TAG_INSIDE_TITLE.search(text, start.end())
    if tag is None:
        return text
    closing, name = tag.group(1), tag.group(2).lower()
    if (closing and name == "title") or name in TITLE_FORMATTING_TAGS:
        return text
    if not closing and name not in TITLE_ENDING_TAGS:
        # an unknown word in angle brackets ("List<String> in Java") is text when the title closes before the
        # next element that no title holds
        end = _TITLE_END.search(text, tag.end())
        element = _ELEMENT_AFTER_TITLE.search(text, tag.end())
        if end is not None and (element is None or end.start() <= element.start()):
            return text
    return f"{text[: tag.start()]}</title>{text[tag.start() :]}"


# Where a <noscript> may start: outside scripts, styles and comments, whose text a browser does not parse
# (a script string that holds "<noscript>...<\\/noscript>" opens no element).
_RAW_OR_NOSCRIPT = re.compile(r"<(?:(noscript)|(script|style)|(!--))(?(3)|(?=[\s/>])[^<>]*>)", re.IGNORECASE)
_RAW_END = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
}
_COMMENT_END = re.compile(r"-->")
_NOSCRIPT_END = re.compile(r"</noscript\s*>", re.IGNORECASE)
# A <noscript> longer than this is left to the parser: a tracking pixel's or a "please enable JavaScript"
# notice is far shorter, and a cut this long would be a guess about what the page meant.
NOSCRIPT_MAX_CUT_CHARS = 20_000
# Elements that libxml2 keeps open past `</noscript>` when they are not closed inside it.
_NOSCRIPT_KEPT_OPEN = ("div", "table", "iframe")
_OPENING = re.compile(r"<(" + "|".join(_NOSCRIPT_KEPT_OPEN) + r")(?=[\s/>])", re.IGNORECASE)
_CLOSING = re.compile(r"</(" + "|".join(_NOSCRIPT_KEPT_OPEN) + r")\s*>", re.IGNORECASE)


def _left_open(markup: str) -> bool:
    """True when `markup` opens one of `_NOSCRIPT_KEPT_OPEN` more often than it closes it."""
    opened = [match.group(1).lower() for match in _OPENING.finditer(markup)]
    if not opened:
        return False
    closed = [match.group(1).lower() for match in _CLOSING.finditer(markup)]
    return any(opened.count(name) > closed.count(name) for name in set(opened))


def drop_noscript(text: str) -> str:
    """`text` without the `<noscript>` sections that would swallow the rest of the page.

    libxml2 parses a `<noscript>` as markup and ignores its end tag while a `<div>`, `<table>` or
    `<iframe>` opened inside is still open, so one unclosed `<div>` around a tracking pixel took the whole
    rest of the page into the `<noscript>`, whose content is dropped (`DROPPED_TAGS`). Such a section is
    cut out, start tag to end tag, as a browser would read it (raw text up to the end tag). Balanced ones
    stay: their text is dropped all the same, but markup inside them (a blog's no-script copy of the
    post with its byline) can still be read. Only real start tags count: scripts, styles and comments
    are stepped over. A start tag without an end tag, or one whose section is over
    `NOSCRIPT_MAX_CUT_CHARS`, is left to the parser (and what it spans is not searched again). One pass,
    linear in the page.

    >>> drop_noscript("<p>A</p><noscript><div><img src=x></noscript><p>B</p>")
    '<p>A</p><p>B</p>'
    >>> drop_noscript("<p>A</p><noscript><div>Enable JavaScript</div></noscript><p>B</p>")
    '<p>A</p><noscript><div>Enable JavaScript</div></noscript><p>B</p>'
    >>> drop_noscript("<script>s='<noscript><div>'</script><p>A</p><noscript><img></noscript>")
    "<script>s='<noscript><div>'</script><p>A</p><noscript><img></noscript>"
    """
    found = _RAW_OR_NOSCRIPT.search(text)
    if found is None:
        return text
    pieces: list[str] = []
    kept = 0
    while found is not None:
        resume = found.end()
        if found.group(3):  # a comment: step over it
            close = _COMMENT_END.search(text, found.end())
            if close is None:
                break
            resume = close.end()
        elif found.group(2):  # a script or style: step over its raw text
            close = _RAW_END[found.group(2).lower()].search(text, found.end())
            if close is None:
                break
            resume = close.end()
        else:
            # the end tag is looked for once to the page's end: a page of unclosed start tags stops at the
            # first, and one found far off (over NOSCRIPT_MAX_CUT_CHARS) is stepped over uncut, so each
            # character is searched once
            close = _NOSCRIPT_END.search(text, found.end())
            if close is None:
                break
            resume = close.end()
            if close.start() - found.end() <= NOSCRIPT_MAX_CUT_CHARS and _left_open(text[found.end() : close.start()]):
                pieces.append(text[kept : found.start()])
                kept = close.end()
        found = _RAW_OR_NOSCRIPT.search(text, resume)
    pieces.append(text[kept:])
    return "".join(pieces)


def _parse_text(text: str) -> list[etree._Element]:
    text = close_title(drop_noscript(text))
    # the strict encoding fails on a lone surrogate, and a NUL shows in the bytes: a page with neither (all
    # but a few) skips the substitution, which scans the page character by character
    try:
        markup: bytes | None = text.encode("utf-8")
    except UnicodeEncodeError:
        markup = None
    if markup is None or b"\x00" in markup:
        text = _UNENCODABLE.sub(" ", text)
        markup = None
    flooded = _drop_flood(text)
    if markup is None or flooded is not text:
        text = flooded
        markup = text.encode("utf-8", "replace")
    tops, too_deep = _parse(markup)
    for depth in FLATTEN_DEPTHS:
        if not too_deep:
            break
        tops, too_deep = _parse(flatten(text, depth).encode("utf-8", "replace"))
    return tops


# Class names kept whole, their sub-words not read: WordPress puts them on a post's own wrapper to state
# a setting of the post ("comments-open": it takes comments) or to name its categories and tags
# ("category-sidebar", "tag-social-media"), not the part of the page the element is.
WHOLE_CLASS_NAMES: frozenset[str] = frozenset({"comments-open", "comments-closed", "pings-open", "pings-closed"})
WHOLE_CLASS_PREFIXES: tuple[str, ...] = TAXONOMY_CLASS_PREFIXES
# The taxonomy classes are kept whole only beside the other classes WordPress gives a post ("hentry",
# "type-post", "status-publish"): elsewhere "category-menu" or "tag-cloud" is a menu, a cloud of links.
POST_CLASS_NAMES: frozenset[str] = frozenset({"hentry"})
POST_CLASS_PREFIXES: tuple[str, ...] = ("type-", "status-", "format-")
# Component-library prefixes whose first sub-word names no part of the page: Adobe Experience Manager's
# core components are "cmp-text", "cmp-teaser__title", "cmp-container", where "cmp" means component, not
# the consent-management platform a "usercentrics-cmp" or "tc-gdpr-cmp" banner names. Only the rest of the
# name is read ("text", "teaser", "title").
COMPONENT_CLASS_PREFIXES: tuple[str, ...] = ("cmp-",)


# Substrings without which no word of a class value is a post's class, kept whole or cut at its prefix (most
# values): `_tokens` then reads the sub-words of all the words at once.
_SPECIAL_CLASS = re.compile(
    "|".join(map(re.escape, (*POST_CLASS_NAMES, *POST_CLASS_PREFIXES, *WHOLE_CLASS_NAMES, *COMPONENT_CLASS_PREFIXES)))
)


def _tokens(raw: str) -> frozenset[str]:
    """Class or id tokens, lowercased, with the sub-words of hyphenated and snake-case names.

    >>> sorted(_tokens("Article-Body main_text"))
    ['article', 'article-body', 'body', 'main', 'main_text', 'text']
    >>> sorted(_tokens("post hentry comments-open category-ads"))
    ['category-ads', 'comments-open', 'hentry', 'post']
    >>> sorted(_tokens("category-menu"))
    ['category', 'category-menu', 'menu']
    >>> sorted(_tokens("cmp-text usercentrics-cmp"))
    ['cmp', 'cmp-text', 'text', 'usercentrics', 'usercentrics-cmp']
    """
    lowered = raw.lower()
    words = lowered.split()
    if ("-" in lowered or "_" in lowered) and _SPECIAL_CLASS.search(lowered) is None:
        words += lowered.replace("_", " ").replace("-", " ").split()
    elif "-" in lowered or "_" in lowered:
        post = any(w in POST_CLASS_NAMES or w.startswith(POST_CLASS_PREFIXES) for w in words)
        split = [
            w[w.index("-") + 1 :] if w.startswith(COMPONENT_CLASS_PREFIXES) else w
            for w in words
            if w not in WHOLE_CLASS_NAMES and not (post and w.startswith(WHOLE_CLASS_PREFIXES))
        ]
        words += " ".join(split).replace("_", " ").replace("-", " ").split()
    return frozenset(words)


def _clean_text(text: str) -> str:
    """Whitespace collapsed, zero-width marks removed, control characters made spaces."""
    collapsed = " ".join(text.split())
    # the marks and controls are all unprintable, and the controls that are not are whitespace, which the
    # split already made spaces: text that prints once collapsed (nearly all) has nothing else to clean
    if collapsed.isprintable():
        return collapsed
    return " ".join(clean_marks(text).split())


def _link_density(text: str, link_pieces: list[str]) -> float:
    if not link_pieces:
        return 0.0
    chars = len(text) - text.count(" ")
    linked = len("".join("".join(link_pieces).split()))
    return min(1.0, linked / chars) if chars else 0.0


class _Metadata:
    """The metadata elements' values, as the walk meets them (assembled by `html_metadata`)."""

    __slots__ = ("author_links", "marked", "meta", "metas", "scripts", "times", "title")

    def __init__(self) -> None:
        self.author_links: list[etree._Element] = []  # links that may go to an author's page, in page order
        self.marked = MarkedElements()  # elements that may mark the author or the date
        self.meta: dict[str, str] = {}
        self.metas = 0  # meta elements read
        self.scripts: list[str] = []
        self.times: list[str] = []
        self.title: str | None = None

    def add_dropped(self, element: etree._Element) -> None:
        """A dropped element: a JSON-LD script's text, or the first title."""
        tag = element.tag
        if tag == "script":
            value = element.get("type")
            if value and "ld+json" in value.lower():
                self.scripts.append(element.text or "")
        elif tag == "title" and self.title is None:
            self.title = "".join(map(str, element.itertext()))

    def add_meta(self, element: etree._Element) -> None:
        """A `<meta>` element's content under each of its keys (the first of a key wins). A `property` is a list
        of keys, as RDFa reads it: "dc:creator twitter:creator"."""
        if self.metas >= MAX_META_ELEMENTS:
            return
        self.metas += 1
        content = element.get("content")
        if content is None:
            return
        value = normalize_space(content[:MAX_METADATA_CHARS])
        if not value:
            return
        for attribute in ("name", "property", "itemprop", "http-equiv"):
            written = element.get(attribute)
            if not written:
                continue
            keys = written.lower().split()[:MAX_PROPERTY_KEYS] if attribute == "property" else [written.strip().lower()]
            for key in keys:
                self.meta.setdefault(key, value)
                if key == "datepublished":
                    self.add_time(value)

    def add_time(self, value: str | None) -> None:
        """A `<time datetime>` value."""
        if value and len(self.times) < MAX_TIMES:
            value = value.strip()
            if value:
                self.times.append(value)


# Inline styles that hide an element, spaces removed and lowercased.
_HIDING_STYLES = re.compile(r"display:none|visibility:hidden")


def _hidden(element: etree._Element) -> bool:
    """A block element that the page does not show: the `hidden` attribute or a hiding inline style."""
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return style is not None and _HIDING_STYLES.search(style[:MAX_ATTRIBUTE_CHARS].replace(" ", "").lower()) is not None


def _walk_into(dropped: etree._Element, hidden_until: etree._Element | None) -> etree._Element | None:
    """Where the walk into a dropped element may show text again, or None to skip the element whole.

    Only an `<svg>` holding HTML is walked into (its graphics stay unseen up to the first `BREAKOUT_TAGS`
    element, where a browser closes it), and one inside the unseen part of another waits for the same
    element. The search runs in C up to the first match, so no element is searched twice.
    """
    if dropped.tag != "svg":
        return None
    if hidden_until is not None:
        return hidden_until
    # an icon's few elements are looked at one by one: matching in C first reads all the names searched for
    inner = list(itertools.islice(dropped.iterdescendants(), SMALL_SUBTREE))
    if len(inner) < SMALL_SUBTREE:
        return next((element for element in inner if element.tag in _BREAKOUT), None)
    return next(dropped.iter(*BREAKOUT_TAGS), None)


def _element_count(tops: list[etree._Element]) -> int:
    """How many elements the page has (counted by libxml2, without a Python object per element)."""
    total = 0
    for top in tops:
        count = top.xpath("count(descendant-or-self::*)")
        total += int(count) if isinstance(count, float) else 0
    return total


def _walk(tops: list[etree._Element], url: str | None, max_blocks: int | None = None) -> Page:
    """Blocks and metadata of a parsed page, in one pass over its elements.

    With `max_blocks`, a page of more elements than that many blocks and `MAX_OVERFLOW_BLOCKS` together
    has its elements from the `max_blocks`-th block on read by `_read_overflow`.
    """
    blocks: list[Block] = []
    metadata = _Metadata()
    own_tokens: dict[str, frozenset[str]] = {}
    # (id of a token set, raw class or id) -> (that set, the set with the raw's tokens added); the set
    # is held so that its id is not reused while the entry lives
    token_steps: dict[tuple[int, str], tuple[frozenset[str], frozenset[str]]] = {}
    ancestor_unions: dict[tuple[frozenset[str], str], frozenset[str]] = {}
    inline_chains: dict[etree._Element, _Tokens | None] = {}  # see inline_tokens
    # the text gathered since the last block boundary: it belongs to the innermost open block element
    pieces: list[str] = []
    link_pieces: list[str] = []
    # past this many blocks, the page's element count decides whether the rest is read as overflow
    limit = max_blocks if max_blocks is not None else sys.maxsize
    at_limit = limit <= 0  # `emit` sets it when the blocks reach `limit`: one test per element, not a count

    def token_set(chain: _Tokens | None) -> frozenset[str]:
        if chain is None:
            return _EMPTY
        if chain.value is not None:
            return chain.value
        # up to the nearest ancestor that a block already made a set of; a loop, not recursion:
        # chains are as long as the page is deep
        unset: list[_Tokens] = []
        node: _Tokens | None = chain
        while node is not None and node.value is None:
            unset.append(node)
            node = node.parent
        tokens = _EMPTY if node is None or node.value is None else node.value
        for node in reversed(unset):
            if len(tokens) < MAX_TOKENS:  # past the cap (pathological nesting) the outermost are kept
                key = (id(tokens), node.raw)
                step = token_steps.get(key)
                if step is None:
                    own = own_tokens.get(node.raw)
                    if own is None:
                        own = own_tokens[node.raw] = _tokens(node.raw)
                    step = token_steps[key] = (tokens, tokens if own <= tokens else tokens | own)
                tokens = step[1]
            node.value = tokens
        return tokens

    def emit(segment: _Segment, has_text: bool) -> None:
        nonlocal at_limit
        if has_text:
            text = _clean_text("".join(pieces))
            if text:
                line = len(blocks)
                hints = Hints(
                    line=line,
                    gap_before=True,
                    bullet=segment.bullet,
                    tag=segment.tag,
                    heading_level=HEADING_LEVELS.get(segment.tag),
                    tokens=token_set(segment.tokens),
                    link_density=_link_density(text, link_pieces),
                    ancestors=segment.ancestors,
                    containers=tuple(numbers[-MAX_CONTAINERS:]),
                )
                blocks.append(Block(index=line, text=text, hints=hints))
                segment.bullet = False
                if line >= limit - 1:
                    at_limit = True
        pieces.clear()
        link_pieces.clear()

    def inline_tokens(inline: etree._Element, block: etree._Element | None, tokens: _Tokens | None) -> _Tokens | None:
        """`tokens` (the chain of the block holding `inline`) with the class/id tokens of the inline
        elements from `inline` up to `block`. Memoized per element, so that many blocks under one
        deep stack of inline elements walk up it once."""
        unset: list[etree._Element] = []
        node: etree._Element | None = inline
        while node is not None and node is not block and node not in inline_chains:
            unset.append(node)
            node = node.getparent()
        if node is not None and node is not block:
            tokens = inline_chains[node]
        for node in reversed(unset):
            value = node.get("class")
            if value:
                tokens = _Tokens(tokens, value)
            value = node.get("id")
            if value:
                tokens = _Tokens(tokens, value)
            inline_chains[node] = tokens
        return tokens

    def add_ancestor(ancestors: frozenset[str], name: str) -> frozenset[str]:
        key = (ancestors, name)
        found = ancestor_unions.get(key)
        if found is None:
            found = ancestors | {name}
            ancestor_unions[key] = found
        return found

    add_piece = pieces.append
    find_author_link_sign = AUTHOR_LINK_SIGN.search
    find_mark_sign = MARK_SIGN.search
    add_marked = metadata.marked.add
    marking = True  # some kind of marked element is not full yet
    add_link_piece = link_pieces.append
    root_segment = _Segment(None, "html", None, _EMPTY, bullet=False)
    numbered = 0
    segments: list[_Segment] = [root_segment]
    numbers: list[int] = [root_segment.number]  # the segments' numbers, beside them
    segment = root_segment
    saved: list[tuple[_Tokens | None, frozenset[str], int] | None] = []
    tokens: _Tokens | None = None
    ancestors: frozenset[str] = _EMPTY
    link_depth = 0
    muted = 0
    hidden_until: etree._Element | None = None  # the breakout element of an open <svg> (see `_walk_into`)
    has_text = False  # some piece is not whitespace
    pending_break = False  # a <br> with only whitespace after it
    # where the overflow starts, and the page's element count
    overflow: tuple[int, etree._Element, list[etree._Element], int] | None = None

    for position, top in enumerate(tops):
        # the walk goes down with `element[0]` and on with `getnext()`, one step per element: lxml's
        # iterwalk costs two events each, and most elements (links, spans, images) have no children, so
        # their end is taken at once and the open ones are kept in `parents`
        parents: list[etree._Element] = []
        element: etree._Element | None = top
        while element is not None:
            if at_limit:  # blocks end at block elements, and also at <br><br>
                at_limit = False
                limit = sys.maxsize  # asked once
                elements = _element_count(tops)
                if elements > len(blocks) + MAX_OVERFLOW_BLOCKS:
                    overflow = (position, element, parents, elements)
                    break
            if element is hidden_until:
                hidden_until = None
                muted -= 1
            tag = element.tag
            kind = _WALK_KINDS.get(tag, _INLINE)
            entry: tuple[_Tokens | None, frozenset[str], int] | None = None  # what the element's end undoes
            text = element.text
            descend = True
            # one call for the names (none on most elements of a flood of them) rather than one per attribute
            keys = element.keys()
            marks = element.get("class") if "class" in keys else None
            if marking and ((marks and find_mark_sign(marks)) or "itemprop" in keys or "rel" in keys):
                marking = add_marked(element)
            if kind == _DROPPED:  # also a comment the parser kept (`_WALK_KINDS`)
                waited = _walk_into(element, hidden_until)
                if waited is None:
                    if hidden_until is None:  # not inside an svg's graphics
                        metadata.add_dropped(element)
                    if marking and len(element):
                        marking = metadata.marked.add_within(element)
                    text = None
                    descend = False
                    kind = _DROPPED
                else:
                    muted += hidden_until is None
                    hidden_until = waited
                    kind = _INLINE
            if kind == _INLINE and not has_text and segment.tag in HEADING_LEVELS:
                value = marks
                if (value and not _tokens(value).isdisjoint(HEADING_KICKER_TOKENS)) or _before_separator(element):
                    kind, tag = _BLOCK, segment.tag  # the heading's kicker: a block at its level
            if kind == _BLOCK:
                if not text and not len(element):
                    # an empty block element (a spacer, a clearfix) gives no block: it only ends one
                    if pieces:
                        emit(segment, has_text)
                        has_text = pending_break = False
                    segment.bullet = False
                else:
                    outer_tokens, outer_ancestors = tokens, ancestors
                    # class and id tokens are read on block elements only, and on the inline
                    # elements between a block and its parent block when there are some
                    parent = element.getparent()
                    if parent is not None and parent is not segment.element:
                        tokens = inline_tokens(parent, segment.element, tokens)
                    value = marks
                    if value:
                        tokens = _Tokens(tokens, value)
                    value = element.get("id") if "id" in keys else None
                    if value:
                        tokens = _Tokens(tokens, value)
                    if tag in STRUCTURAL_TAGS and tag not in ancestors:
                        ancestors = add_ancestor(ancestors, tag)
                    if "hidden" not in ancestors and ("hidden" in keys or "style" in keys) and _hidden(element):
                        ancestors = add_ancestor(ancestors, "hidden")
                    # landmarks are only looked for on block elements
                    value = element.get("role") if "role" in keys else None
                    if value:
                        for role in value.lower().split():
                            landmark = ROLE_ANCESTORS.get(role)
                            if landmark is not None and landmark not in ancestors:
                                ancestors = add_ancestor(ancestors, landmark)
                    if pieces:
                        emit(segment, has_text)
                        has_text = pending_break = False
                    numbered += 1
                    child = _Segment(
                        element, tag, tokens, ancestors, bullet=tag == "li" or segment.bullet, number=numbered
                    )
                    segment.bullet = False
                    segments.append(child)
                    numbers.append(numbered)
                    segment = child
                    entry = (outer_tokens, outer_ancestors, _BLOCK)
            elif kind != _INLINE:  # a dropped element skipped whole (kind _DROPPED) matches none
                outer_ancestors = ancestors
                flags = 0
                if kind == _LINK:
                    href = element.get("href")
                    if href is not None:
                        link_depth += 1
                        flags = _LINK
                        # read by `author_links` after the walk: one test here costs less than an
                        # XPath over every link of the page (a million links took 2 s)
                        if len(metadata.author_links) <= MAX_MARKUP_ELEMENTS and find_author_link_sign(href):
                            metadata.author_links.append(element)
                elif kind == _BREAK:
                    if pending_break:
                        emit(segment, has_text)
                        has_text = pending_break = False
                    else:
                        add_piece(" ")
                        pending_break = True
                elif kind == _SPACED:
                    add_piece(" ")
                    flags = _SPACED
                    if tag in STRUCTURAL_TAGS and tag not in ancestors:  # button, select
                        ancestors = add_ancestor(ancestors, tag)
                elif kind == _STRUCTURAL:
                    if tag not in ancestors:
                        ancestors = add_ancestor(ancestors, tag)
                elif kind == _META:
                    if metadata.metas < MAX_META_ELEMENTS:
                        metadata.add_meta(element)
                elif kind == _TIME and len(metadata.times) < MAX_TIMES:
                    metadata.add_time(element.get("datetime"))
                # None: the element changed nothing that its end must undo (void and most others)
                if flags or ancestors is not outer_ancestors:
                    entry = (tokens, outer_ancestors, flags)
            if text and not muted:
                add_piece(text)
                if link_depth:
                    add_link_piece(text)
                # a whitespace test only where it may change something: most text follows text
                if (pending_break or not has_text) and not text.isspace():
                    has_text = True
                    pending_break = False
            if descend and len(element):
                parents.append(element)
                saved.append(entry)
                element = element[0]
                continue
            # the element's end, then that of each open element it was the last child of
            while True:
                if entry is not None:
                    tokens, ancestors, flags = entry
                    if flags == _BLOCK:
                        if pieces:
                            emit(segment, has_text)
                            has_text = pending_break = False
                        segments.pop()
                        numbers.pop()
                        segment = segments[-1]
                    elif flags == _LINK:
                        link_depth -= 1
                    elif flags == _SPACED:
                        add_piece(" ")
                text = element.tail
                if text and not muted:
                    add_piece(text)
                    if link_depth:
                        add_link_piece(text)
                    if (pending_break or not has_text) and not text.isspace():
                        has_text = True
                        pending_break = False
                if not parents:  # the top's end
                    element = None
                    break
                following = element.getnext()
                if following is not None:
                    element = following
                    break
                element = parents.pop()
                entry = saved.pop()
        if overflow is not None:
            break
    if overflow is None:
        emit(root_segment, has_text)
    else:
        position, element, parents, elements = overflow
        group = -(-elements // MAX_OVERFLOW_BLOCKS)
        _read_overflow(
            tops[position:],
            element,
            parents,
            pieces=pieces,
            muted=muted,
            hidden_until=hidden_until,
            group=group,
            blocks=blocks,
            metadata=metadata,
        )

    authors, dates = marked_values(metadata.marked, url)
    html_lang = None
    if tops:
        html_lang = tops[0].get("lang") or tops[0].get("xml:lang")
    return Page(
        tuple(blocks),
        build_metadata(
            url=url,
            title=metadata.title,
            html_lang=html_lang,
            meta=metadata.meta,
            json_ld_scripts=metadata.scripts,
            times=metadata.times,
            marked_authors=authors,
            marked_dates=dates,
            author_links=author_links(metadata.author_links),
            post_author_replies=post_author_replies(metadata.marked.replies),
        ),
        source="html",
    )


def _read_overflow(
    tops: list[etree._Element],
    first: etree._Element,
    parents: list[etree._Element],
    *,
    pieces: list[str],
    muted: int,
    hidden_until: etree._Element | None,
    group: int,
    blocks: list[Block],
    metadata: _Metadata,
) -> None:
    """The rest of a page past `Options.max_blocks` blocks, which is kept but never analysed: its text in
    blocks of `group` block-level elements each, read without markup hints. `first` (in `tops[0]`) is the
    element the walk stopped at before its start, `parents` its open ancestors, `pieces` the text gathered
    before it. Metadata elements are still read into `metadata` (meta tags, `<time>` values, JSON-LD, the
    title).
    """
    add_piece = pieces.append
    boundaries = 0
    marked = metadata.marked
    find_mark_sign = MARK_SIGN.search

    def flush() -> None:
        text = _clean_text("".join(pieces))
        pieces.clear()
        if text:
            blocks.append(Block(index=len(blocks), text=text, hints=Hints(line=len(blocks))))

    for number, top in enumerate(tops):
        element: etree._Element | None = top
        if number == 0:
            element = first
        else:
            parents = []
        while element is not None:  # the steps of `_walk`'s loop
            tag = element.tag
            if element is hidden_until:
                hidden_until = None
                muted -= 1
            kind = _WALK_KINDS.get(tag, _INLINE)
            text = element.text
            descend = True
            keys = element.keys()
            marks = element.get("class") if "class" in keys else None
            if (marks and find_mark_sign(marks)) or "itemprop" in keys or "rel" in keys:
                marked.add(element)
            if kind != _INLINE:
                if kind == _DROPPED:
                    waited = _walk_into(element, hidden_until)
                    if waited is None:
                        if hidden_until is None:
                            metadata.add_dropped(element)
                        if len(element):
                            marked.add_within(element)
                        text = None
                        descend = False
                    else:
                        muted += hidden_until is None
                        hidden_until = waited
                elif kind == _BLOCK:
                    boundaries += 1
                    if boundaries >= group:
                        flush()
                        boundaries = 0
                elif kind == _META:
                    metadata.add_meta(element)
                elif kind == _TIME:
                    metadata.add_time(element.get("datetime"))
                if descend:
                    add_piece(" ")  # block boundaries, breaks and form controls keep words apart
            if text and not muted:
                add_piece(text)
            if descend and len(element):
                parents.append(element)
                element = element[0]
                continue
            while True:
                text = element.tail
                if text and _TAG_KINDS.get(tag, _INLINE) != _INLINE:
                    add_piece(" ")
                if text and not muted:
                    add_piece(text)
                if not parents:
                    element = None
                    break
                following = element.getnext()
                if following is not None:
                    element = following
                    break
                element = parents.pop()
                tag = element.tag
    flush()


def read_html(html: str | bytes, url: str | None, options: Options) -> Page:
    """Read an HTML page (text, or bytes in any encoding) into blocks with markup hints and metadata.

    >>> page = read_html(b"<title>T</title><p>One <b>two</b><br>three</p><script>x()</script>", None, Options())
    >>> [block.text for block in page.blocks], page.metadata.title
    (['One two three'], 'T')
    """
    # the API has already bounded the input size
    text = html if isinstance(html, str) else decode_html(html)[0]
    return _walk(_parse_text(text), url, options.max_blocks)

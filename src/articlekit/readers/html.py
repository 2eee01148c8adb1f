"""The HTML reader: block-level elements into blocks with markup hints, plus page metadata.

One lxml parse, one iterative walk (`lxml.etree.iterwalk`, no Python recursion), no DOM after it.

How text becomes blocks:

- A block is the text of one block-level element (`BLOCK_TAGS`: p, h1-h6, li, td, div...) that is
  not inside one of its block-level children. A div holding "intro <p>a</p> outro" gives three
  blocks in reading order, "intro", "a" and "outro", the first and last tagged "div".
- Inline elements (a, span, em, b, time, custom elements...) are merged into their block's text as
  the browser shows it: "<b>T</b>he" is "The". Options and buttons (`SPACED_TAGS`) are set apart by
  spaces so that a menu's words do not run together.
- One `<br>` is a space (a soft line break inside a paragraph, a poem's or an address's lines);
  two or more in a row, with only whitespace between, end a block, as they separate paragraphs on
  pages laid out with `<br><br>` instead of `<p>`.
- Whitespace is collapsed to single spaces; zero-width and control characters are removed as in
  the text reader.
- The content of `DROPPED_TAGS` (script, style, noscript, template, svg, title, iframe...) and the
  text of `<head>` never reach a block. Everything else does, hidden or not: each non-blank text of
  the page lands in exactly one block. A page without text gives zero blocks.

Page metadata (title, language, meta tags, Article-like JSON-LD, `<time datetime>` values) is
collected in the same walk and assembled by `readers/html_metadata.py`.
"""

from __future__ import annotations

import re
from lxml import etree

from articlekit.model import Block, Hints, Page
from articlekit.options import Options
from articlekit.readers.encoding import decode_html
from articlekit.readers.html_flatten import flatten
from articlekit.readers.html_metadata import build_metadata, normalize_space

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
# documents' fallback, and the title (which goes to the metadata).
DROPPED_TAGS: frozenset[str] = frozenset(
    {"script", "style", "noscript", "template", "svg", "title", "iframe", "noembed", "noframes"}
)
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

# Class/id tokens kept per block at most. Real pages stay far below (30-odd ancestors with a few
# tokens each); the cap bounds memory on pathological nesting, where the outermost tokens are kept.
MAX_TOKENS = 256
# Open elements kept when a page nests deeper than libxml2 parses (2,048 with huge_tree): past this
# depth tags are removed and their text joins the deepest kept element (see `html_flatten`).
FLATTEN_DEPTHS: tuple[int, ...] = (1024, 128)

# Zero-width and bidi marks (removed) and control characters (made spaces), as in the text reader.
_INVISIBLES = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
_SPECIAL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")

# What an element's start did, undone at its end (bit flags kept on the walk's stack).
_BLOCK = 1
_LINK = 2
_MUTED = 4
_SPACED = 8

_EMPTY: frozenset[str] = frozenset()


class _Segment:
    """The text a block-level element is gathering, up to its next block-level child or its end."""

    __slots__ = ("ancestors", "bullet", "has_text", "heading_level", "link_pieces", "pending_break", "pieces", "tag", "tokens")

    def __init__(self, tag: str, tokens: frozenset[str], ancestors: frozenset[str], bullet: bool) -> None:
        self.tag = tag
        self.heading_level = HEADING_LEVELS.get(tag)
        self.tokens = tokens
        self.ancestors = ancestors
        self.bullet = bullet  # the next block emitted is a list item's first
        self.pieces: list[str] = []
        self.link_pieces: list[str] = []
        self.has_text = False  # some piece is not whitespace
        self.pending_break = False  # a <br> with only whitespace after it


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
        default_doctype=False,
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


def _parse_text(text: str) -> list[etree._Element]:
    tops, too_deep = _parse(text.encode("utf-8", "replace"))
    for depth in FLATTEN_DEPTHS:
        if not too_deep:
            break
        tops, too_deep = _parse(flatten(text, depth).encode("utf-8", "replace"))
    return tops


def _tokens(raw: str) -> frozenset[str]:
    """Class or id tokens, lowercased, with the sub-words of hyphenated and snake-case names.

    >>> sorted(_tokens("Article-Body main_text col-8"))
    ['article', 'article-body', 'body', 'col', 'col-8', 'main', 'main_text', 'text']
    """
    words: set[str] = set()
    for word in raw.lower().split():
        words.add(word)
        if "-" in word or "_" in word:
            words.update(part for part in word.replace("_", "-").split("-") if part and not part.isdigit())
    return frozenset(words)


def _clean_text(pieces: list[str]) -> str:
    text = "".join(pieces)
    if _SPECIAL.search(text):
        text = _CONTROLS.sub(" ", _INVISIBLES.sub("", text))
    return " ".join(text.split())


def _link_density(text: str, link_pieces: list[str]) -> float:
    if not link_pieces:
        return 0.0
    chars = len(text) - text.count(" ")
    linked = len("".join("".join(link_pieces).split()))
    return min(1.0, linked / chars) if chars else 0.0


def _walk(tops: list[etree._Element], url: str | None) -> Page:
    """Blocks and metadata of a parsed page, in one pass over its elements."""
    blocks: list[Block] = []
    meta: dict[str, str] = {}
    scripts: list[str] = []
    times: list[str] = []
    title: str | None = None
    own_tokens: dict[str, frozenset[str]] = {}
    token_unions: dict[tuple[frozenset[str], str], frozenset[str]] = {}
    ancestor_unions: dict[tuple[frozenset[str], str], frozenset[str]] = {}

    def emit(segment: _Segment) -> None:
        if segment.has_text:
            text = _clean_text(segment.pieces)
            if text:
                line = len(blocks)
                hints = Hints(
                    line=line,
                    gap_before=True,
                    bullet=segment.bullet,
                    tag=segment.tag,
                    heading_level=segment.heading_level,
                    tokens=segment.tokens,
                    link_density=_link_density(text, segment.link_pieces),
                    ancestors=segment.ancestors,
                )
                blocks.append(Block(index=line, text=text, hints=hints))
                segment.bullet = False
            segment.has_text = False
        segment.pieces.clear()
        segment.link_pieces.clear()
        segment.pending_break = False

    def add_tokens(tokens: frozenset[str], raw: str) -> frozenset[str]:
        key = (tokens, raw)
        found = token_unions.get(key)
        if found is None:
            own = own_tokens.get(raw)
            if own is None:
                own = own_tokens[raw] = _tokens(raw)
            found = tokens if own <= tokens or len(tokens) >= MAX_TOKENS else tokens | own
            token_unions[key] = found
        return found

    def add_ancestor(ancestors: frozenset[str], name: str) -> frozenset[str]:
        key = (ancestors, name)
        found = ancestor_unions.get(key)
        if found is None:
            found = ancestors | {name}
            ancestor_unions[key] = found
        return found

    root_segment = _Segment("html", _EMPTY, _EMPTY, bullet=False)
    segments: list[_Segment] = [root_segment]
    saved: list[tuple[frozenset[str], frozenset[str], int]] = []
    tokens: frozenset[str] = _EMPTY
    ancestors: frozenset[str] = _EMPTY
    link_depth = 0
    muted = 0

    for top in tops:
        walker = etree.iterwalk(top, events=("start", "end"))
        for event, element in walker:
            tag = element.tag
            if event == "start":
                if type(tag) is not str:  # a comment or processing instruction the parser kept
                    saved.append((tokens, ancestors, 0))
                    walker.skip_subtree()
                    continue
                if tag in DROPPED_TAGS:
                    saved.append((tokens, ancestors, 0))
                    if tag == "script":
                        kind = element.get("type")
                        if kind and "ld+json" in kind.lower():
                            scripts.append(element.text or "")
                    elif tag == "title" and title is None:
                        title = "".join(element.itertext())
                    walker.skip_subtree()
                    continue
                flags = 0
                outer_tokens, outer_ancestors = tokens, ancestors
                value = element.get("class")
                if value:
                    tokens = add_tokens(tokens, value)
                value = element.get("id")
                if value:
                    tokens = add_tokens(tokens, value)
                if tag in STRUCTURAL_TAGS and tag not in ancestors:
                    ancestors = add_ancestor(ancestors, tag)
                value = element.get("role")
                if value:
                    for role in value.lower().split():
                        landmark = ROLE_ANCESTORS.get(role)
                        if landmark is not None and landmark not in ancestors:
                            ancestors = add_ancestor(ancestors, landmark)
                segment = segments[-1]
                if tag in BLOCK_TAGS:
                    if segment.has_text or segment.pieces:
                        emit(segment)
                    child = _Segment(tag, tokens, ancestors, bullet=tag == "li" or segment.bullet)
                    segment.bullet = False
                    segments.append(child)
                    segment = child
                    flags = _BLOCK
                elif tag == "br":
                    if segment.pending_break:
                        emit(segment)
                    else:
                        segment.pieces.append(" ")
                        segment.pending_break = True
                elif tag == "a":
                    if element.get("href") is not None:
                        link_depth += 1
                        flags = _LINK
                elif tag == "meta":
                    _add_meta(element, meta, times)
                elif tag == "time":
                    value = element.get("datetime")
                    if value and value.strip():
                        times.append(value.strip())
                elif tag == "head":
                    muted += 1
                    flags = _MUTED
                elif tag in SPACED_TAGS:
                    segment.pieces.append(" ")
                    flags = _SPACED
                saved.append((outer_tokens, outer_ancestors, flags))
                text = element.text
                if text and not muted:
                    segment.pieces.append(text)
                    if link_depth:
                        segment.link_pieces.append(text)
                    if not text.isspace():
                        segment.has_text = True
                        segment.pending_break = False
            else:
                tokens, ancestors, flags = saved.pop()
                if flags:
                    if flags & _BLOCK:
                        segment = segments.pop()
                        if segment.has_text:
                            emit(segment)
                    elif flags & _LINK:
                        link_depth -= 1
                    elif flags & _MUTED:
                        muted -= 1
                    elif flags & _SPACED:
                        segments[-1].pieces.append(" ")
                text = element.tail
                if text and not muted:
                    segment = segments[-1]
                    segment.pieces.append(text)
                    if link_depth:
                        segment.link_pieces.append(text)
                    if not text.isspace():
                        segment.has_text = True
                        segment.pending_break = False
    emit(root_segment)

    html_lang = None
    if tops:
        html_lang = tops[0].get("lang") or tops[0].get("xml:lang")
    metadata = build_metadata(url, title, html_lang, meta, scripts, times)
    return Page(tuple(blocks), metadata, source="html")


def _add_meta(element: etree._Element, meta: dict[str, str], times: list[str]) -> None:
    content = element.get("content")
    if content is None:
        return
    value = normalize_space(content)
    if not value:
        return
    for attribute in ("name", "property", "itemprop", "http-equiv"):
        key = element.get(attribute)
        if key:
            key = key.strip().lower()
            meta.setdefault(key, value)
            if key == "datepublished":
                times.append(value)


def read_html(html: str | bytes, url: str | None, options: Options) -> Page:
    """Read an HTML page (text, or bytes in any encoding) into blocks with markup hints and metadata.

    >>> page = read_html(b"<title>T</title><p>One <b>two</b><br>three</p><script>x()</script>", None, Options())
    >>> [block.text for block in page.blocks], page.metadata.title
    (['One two three'], 'T')
    """
    # `options` is unused so far: the API has already bounded the input size
    text = html if isinstance(html, str) else decode_html(html)[0]
    return _walk(_parse_text(text), url)

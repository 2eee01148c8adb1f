"""Context pass for HTML: the article's container.

The body run found by `mainrun` holds most of the article's prose; in the DOM that prose sits in one
element (`<article>`, `<div class="story-body">`...). The deepest element that encloses nearly all
the run's prose is the container, and lines inside it that no lexicon or markup rule claimed belong
to the article too: short paragraphs, list items and subheadings that the run's scores left out.
Text pages carry no containers and pass through unchanged.
"""

from __future__ import annotations

import re
from collections import Counter

from articlekit.classify import thresholds as t
from articlekit.classify.features import is_junk
from articlekit.classify.furniture import HEADER_EVIDENCE
from articlekit.classify.mainrun import content_kind, enclosing_element, unclaimed_text
from articlekit.classify.markup import SIDEBAR_PROSE, chrome_tokens
from articlekit.lexicons import DEK_MARKUP_TOKENS
from articlekit.model import Block, Kind, Page, Prose, Role
from articlekit.options import Options

# Header furniture is left to the header stages, not swallowed as body.


def _prose_words(block: Block) -> int:
    features = block.features
    return features.words if features is not None and features.prose in (Prose.GOOD, Prose.NEAR) else 0


def _inside(block: Block, element: int) -> bool:
    """The block lies within `element`: in one of its descendants, or as its own loose text (a line set
    straight in the article's `<div>` between its paragraphs, which the reader gives the `<div>` itself)."""
    return element in block.hints.containers


def find_container(blocks: tuple[Block, ...]) -> int | None:
    """The deepest element enclosing at least `CONTAINER_MIN_SHARE` of the body's prose words."""
    return enclosing_element(block for block in blocks if block.role is Role.BODY)


def _data_line(block: Block) -> bool:
    """A line of the article that reads as no prose (a recipe's ingredients, a table row of scores, a
    reference): unclaimed, few links. Between two lines of the body, inside the article's element, it
    is content; the same line after the article is more likely a tag cloud."""
    features = block.features
    return (
        block.role is Role.BOILERPLATE
        and block.kind is None
        and features is not None
        and features.prose is Prose.BAD
        and block.hints.link_density < t.MARKUP_LINK_DENSITY
        and not any(e in HEADER_EVIDENCE for e in block.evidence)
    )


# Kinds that a class token alone may wrongly give to the article's own paragraphs: sites put "paywall"
# on the paragraphs a paywall hides and "breadcrumb" or "footer" on wrappers around the article text.
# Share, ad, newsletter and related tokens mark real widgets inside articles and stay.
RECLAIMED_TOKEN_KINDS: frozenset[Kind] = frozenset({Kind.NAVIGATION, Kind.FOOTER, Kind.PAYWALL})


def _prose_labelled_by(block: Block, kinds: frozenset[Kind], rule_end: str) -> bool:
    """Prose (or near it) that one kind of rule alone, its ids ending in `rule_end`, called chrome of `kinds`."""
    features = block.features
    return (
        block.role is Role.BOILERPLATE
        and block.kind in kinds
        and features is not None
        and features.prose in (Prose.GOOD, Prose.NEAR)
        and all(e.startswith("prose.") or e.endswith(rule_end) for e in block.evidence)
    )


def _token_prose(block: Block) -> bool:
    """A paragraph of prose that only a class token called chrome (no lexicon, no link density)."""
    return _prose_labelled_by(block, RECLAIMED_TOKEN_KINDS, ".token")


# Kinds whose lexicon phrases ("Twitter", "comment", "read more", "careers") an article's own sentences use as
# often as its widgets do: a sentence of prose between two of the article's paragraphs that one such phrase
# called chrome is the article's ("1. Log into your Twitter account.", "You can read more about it here.").
# Notices (login, newsletter, paywall, cookie) and ads set inside the article stay chrome: they read as prose too.
RECLAIMED_PHRASE_KINDS: frozenset[Kind] = frozenset(
    {Kind.SHARE, Kind.COMMENTS, Kind.RELATED, Kind.NAVIGATION, Kind.FOOTER}
)


def _phrase_prose(block: Block) -> bool:
    """A sentence of prose, few links, that only a lexicon phrase of `RECLAIMED_PHRASE_KINDS` called chrome."""
    return (
        _prose_labelled_by(block, RECLAIMED_PHRASE_KINDS, ".phrase")
        and block.features is not None
        and block.features.closed
        and block.hints.link_density < t.MARKUP_LINK_DENSITY
        and _LABEL_OPENING.match(block.text) is None
    )


# A line that opens with a label of a few words and a colon or a guillemet is a box's teaser, not the article's
# sentence: "Related: Mayor faces fresh questions ...", "Most read: ...", "Lesen Sie auch » ...".
_LABEL_OPENING = re.compile(r"\A\W*(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*\s*[:»›|]")


def _reclaim_phrase_prose(blocks: list[Block], container: int) -> None:
    """Label body each run of `_phrase_prose` blocks inside the container with a body block right above and
    right below it: sentences set among the article's own. A comment form's notice ("Comments are moderated.")
    sits between chrome lines, not between two of the article's paragraphs."""
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and _phrase_prose(blocks[end]) and _inside(blocks[end], container):
            end += 1
        sandwiched = end > index > 0 and end < len(blocks)
        if sandwiched and blocks[index - 1].role is Role.BODY and blocks[end].role is Role.BODY:
            for inner in range(index, end):
                blocks[inner] = blocks[inner].labelled(Role.BODY, content_kind(blocks[inner]), "container.phrase_prose")
        index = end + 1


def _wrapper_tokens(blocks: list[Block], container: int) -> frozenset[str]:
    """The chrome tokens that every paragraph of the main run inside the container carries: they sit on
    the article's own wrappers (`<div class="js-social-anchor">` around the story), not on a widget."""
    shared: frozenset[str] | None = None
    for block in blocks:
        if "run.main" in block.evidence and _inside(block, container):
            tokens = chrome_tokens(block.hints.tokens)
            shared = tokens if shared is None else shared & tokens
    return shared or frozenset()


def _wrapper_token_only(block: Block, wrapper: frozenset[str]) -> bool:
    """Called chrome by a class token of the article's own wrapper and by nothing else (a menu of links
    stays chrome, as `markup` would have called it without the token)."""
    return (
        bool(wrapper)
        and block.role is Role.BOILERPLATE
        and block.kind is not None
        and block.features is not None
        and block.features.prose is not Prose.BAD
        and all(e.startswith("prose.") or e.endswith(".token") for e in block.evidence)
        and chrome_tokens(block.hints.tokens) <= wrapper
        and not (block.hints.link_density >= t.MARKUP_LINK_DENSITY and block.features.words <= t.MARKUP_LINK_MAX_WORDS)
    )


# Characters of a block read to tell binary junk from a line of data (as `measure` reads its language sample).
FALLBACK_JUNK_CHARS = 2_000


def _fallback_value(block: Block) -> int:
    """What a block adds to an element in the fallback: its words when unclaimed, minus them when chrome."""
    features = block.features
    if features is None:
        return 0
    if _fallback_text(block):
        return features.words
    if block.role is Role.BOILERPLATE and block.kind is not None:
        return -features.words
    return 0


def _fallback_text(block: Block) -> bool:
    """Unclaimed text, or a line of data (a row of scores, words without stopwords), but no binary junk."""
    return unclaimed_text(block) or (_data_line(block) and not is_junk(block.text[:FALLBACK_JUNK_CHARS]))


def fallback_container(blocks: tuple[Block, ...]) -> int | None:
    """When no run of prose was found (a table of scores, a list of short lines, a test page): the
    deepest element whose unclaimed words most outweigh its chrome's, if any does."""
    sums: Counter[int] = Counter()
    depths: dict[int, int] = {}
    for block in blocks:
        value = _fallback_value(block)
        for depth, element in enumerate(block.hints.containers[:-1]):
            sums[element] += value
            depths[element] = depth
    best = max(sums, key=lambda element: (sums[element], depths[element]), default=None)
    return best if best is not None and sums[best] > 0 else None


def _widen_fallback(page: Page) -> Page:
    container = fallback_container(page.blocks)
    if container is None:
        return page
    blocks = list(page.blocks)
    for index, block in enumerate(blocks):
        if _inside(block, container) and _fallback_text(block):
            blocks[index] = block.labelled(Role.BODY, content_kind(block), "container.fallback")
    return page.with_blocks(tuple(blocks))


def _lead_in(blocks: list[Block], container: int) -> frozenset[int]:
    """The body blocks of the run that lead straight into the container's first body block: a lead
    paragraph set in its own element above the rest of the story. Teasers above the headline are the
    header stage's to drop. Lines of the container itself without prose (a slideshow's photo credit, the
    heading of its first slide) stand between the lead and the container's first paragraph without ending it."""
    first = next(
        (b.index for b in blocks if b.role is Role.BODY and _inside(b, container)),
        None,
    )
    lead: set[int] = set()
    gap, bridged = 0, False
    for index in range((first or 0) - 1, -1, -1):
        block = blocks[index]
        if _inside(block, container) and not _prose_words(block):
            continue  # the container's own subheading or a line of its slideshow, above its first paragraph
        if block.hints.heading_level is not None and not (_prose_heading(block) or _lead_gap_line(block)):
            break  # the story's own heading: what stands above it is a photo's caption or a teaser
        if block.role is Role.BODY:
            if _prose_words(block):
                if gap and not bridged:
                    break  # only links between: a menu or a box, not the article's share bar
                lead.add(index)  # its short lines (a kicker, "Text size") stay outside
                gap, bridged = 0, False
        elif _lead_gap_line(block) and gap < t.LEAD_GAP_MAX_BLOCKS:
            # a share bar or an "Advertisement" label between the lead and the story
            gap, bridged = gap + 1, bridged or any(e in LEAD_GAP_EVIDENCE for e in block.evidence)
        elif _prose_words(block) or (block.role is Role.BOILERPLATE and block.kind is not None):
            break  # chrome, or prose the run left out: the body above it is another part of the page
    return frozenset(lead)


# The short lines that sites set between a lead paragraph and the article's element: a share bar (its buttons
# may be bare links) and an "Advertisement" label. A caption does not bridge: a paragraph above the lead photo
# is the dek, which the header stage keeps apart (scrapinghub's gold leaves it out).
LEAD_GAP_KINDS: frozenset[Kind] = frozenset({Kind.SHARE, Kind.AD, Kind.NAVIGATION})
# At least one line of the gap must be one of these, found by the lexicons as the whole line ("Share",
# "Print", "Advertisement"): links alone, or a class token alone ("Copied" in a box of key points), are a menu
# or a box of their own.
LEAD_GAP_EVIDENCE: frozenset[str] = frozenset({"chrome.share.line", "chrome.share.phrase", "chrome.ad.line"})


def _lead_gap_line(block: Block) -> bool:
    """A short line of a share bar, of links or an ad label: it does not end the lead above it by itself."""
    features = block.features
    return (
        block.role is Role.BOILERPLATE
        and block.kind in LEAD_GAP_KINDS
        and features is not None
        and features.prose is Prose.SHORT
    )


def _prose_heading(block: Block) -> bool:
    """A heading element that holds a paragraph of prose: a standfirst set in `<h2>`, not the story's title."""
    return block.role is Role.BODY and block.features is not None and block.features.prose is Prose.GOOD


def widen_to_container(page: Page, options: Options) -> Page:
    """Label body the unclaimed blocks inside the article's container (HTML input only)."""
    del options
    if page.source != "html":
        return page
    if not any(block.role is Role.BODY for block in page.blocks):
        return _widen_fallback(page)
    container = find_container(page.blocks)
    if container is None:
        return page
    blocks = list(page.blocks)
    wrapper = _wrapper_tokens(blocks, container)
    lead = _lead_in(blocks, container)
    # a sidebar's or a bio box's prose inside a wide container stays out, unless the run's own paragraphs carry
    # the same mark: then a sidebar class sits on the article's own wrapper
    sidebar_wrapper = any(
        SIDEBAR_PROSE in b.evidence for b in blocks if "run.main" in b.evidence and _inside(b, container)
    )
    for index, block in enumerate(blocks):
        if not _inside(block, container):
            if block.role is Role.BODY and index not in lead:
                # a paragraph outside the article's element: a teaser, a bio, a comment the run took in
                blocks[index] = block.labelled(Role.BOILERPLATE, None, "container.outside")
        elif unclaimed_text(block) and (SIDEBAR_PROSE not in block.evidence or sidebar_wrapper):
            blocks[index] = block.labelled(Role.BODY, content_kind(block), "container.inside")
    # an <h*> the container added after the article's last line heads nothing of it: the title of the box
    # that follows ("Similar posts", "Like it? Share it!", "Topics"). Only one, and only a heading element:
    # stripping every short unclosed line at the end cut the tails of lists and tables (scrapinghub -0.003)
    body = [block.index for block in blocks if block.role is Role.BODY]
    if (
        body
        and blocks[body[-1]].hints.heading_level is not None
        and blocks[body[-1]].evidence[-1] == "container.inside"
    ):
        last = body.pop()
        blocks[last] = blocks[last].labelled(Role.BOILERPLATE, None, "container.trailing_heading")
    # from the first paragraph of prose (a sidebar's <select> of categories may stand above it, inside a
    # wide container) to the last line of the body
    first = next((index for index in body if _prose_words(blocks[index])), None)
    for index in range(first + 1, body[-1]) if first is not None else ():
        block = blocks[index]
        if _data_line(block) and _inside(block, container):
            blocks[index] = block.labelled(Role.BODY, content_kind(block), "container.data_line")
        elif _token_prose(block) and _inside(block, container):
            blocks[index] = block.labelled(Role.BODY, content_kind(block), "container.token_prose")
        elif _wrapper_token_only(block, wrapper) and _inside(block, container):
            blocks[index] = block.labelled(Role.BODY, content_kind(block), "container.wrapper_token")
    _reclaim_phrase_prose(blocks, container)
    if first is not None and first > 0 and _teaser_lead(blocks[first - 1]):
        blocks[first - 1] = blocks[first - 1].labelled(
            Role.BODY, content_kind(blocks[first - 1]), "container.teaser_lead"
        )
    # past either end of the body, the paragraphs that only the article's own wrapper called chrome (the
    # story's short lead and closing lines), up to the first block that is anything else
    if first is not None:
        for step, edge in ((-1, first), (1, body[-1])):
            index = edge + step
            while 0 <= index < len(blocks) and _wrapper_prose(block := blocks[index], wrapper, container):
                blocks[index] = block.labelled(Role.BODY, content_kind(block), "container.wrapper_token")
                index += step
    return page.with_blocks(tuple(blocks))


def _teaser_lead(block: Block) -> bool:
    """A sentence of prose that only a class token called a related box, all of whose chrome tokens also mark a
    standfirst ("teaser", "intro"): right above the story's first paragraph it is the story's lead, not a box
    of other stories' teasers."""
    chrome = chrome_tokens(block.hints.tokens)
    return (
        _prose_labelled_by(block, frozenset({Kind.RELATED}), ".token")
        and block.features is not None
        and block.features.closed
        and bool(chrome)
        and chrome <= DEK_MARKUP_TOKENS
    )


def _wrapper_prose(block: Block, wrapper: frozenset[str], container: int) -> bool:
    """A paragraph of prose inside the container that only the article's wrapper called chrome."""
    return bool(_prose_words(block)) and _inside(block, container) and _wrapper_token_only(block, wrapper)

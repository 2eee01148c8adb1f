"""Block-alone evidence from HTML markup: the element's structural ancestors (nav, footer, aside,
form) and the class/id tokens of its containers name chrome. Text pages carry no markup hints and
pass through unchanged.

Tokens that sit on most of the page's blocks belong to page-wide wrappers (`<body class="has-sidebar">`)
and say nothing about a block: they are ignored, unless they name a box that follows the story (a comment
thread, a sidebar) and first appear below its first paragraph.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain

from articlekit.classify import thresholds as t
from articlekit.lexicons import MARKUP_TOKENS
from articlekit.model import Block, Kind, Page, Prose, Role
from articlekit.options import Options

# Structural elements whose content is chrome, and its kind.
ANCESTOR_KINDS: tuple[tuple[str, Kind], ...] = (
    ("nav", Kind.NAVIGATION),
    ("footer", Kind.FOOTER),
    ("aside", Kind.RELATED),
    ("form", Kind.OTHER),
    ("button", Kind.OTHER),
    ("select", Kind.NAVIGATION),
    # a modal over the page (a cookie banner, a sign-up box): `<dialog>` or `role="dialog"`
    ("dialog", Kind.OTHER),
    # a copy the page does not show (schema.org metadata, a hidden duplicate), or a widget shown later
    ("hidden", Kind.OTHER),
)
# A `<form>` that an old site's or an ASP.NET page's layout wraps around its content holds the story's paragraphs:
# on a page with at least this many long paragraphs of prose inside forms, a form is such a wrapper, and its
# lines of prose (GOOD or NEAR, the story's short paragraphs too) are not chrome by ancestry alone. A real form
# (a comment box, "email this story") holds one note at most. Three: the fewest paragraphs of a short news
# story (as `mainrun.ARTICLE_MIN_PARAGRAPHS`), not fitted.
FORM_STORY_MIN_PARAGRAPHS = 3
# Kinds that class tokens may give to a block of real prose; the others (share, ad, menu...) only label
# short blocks, since article containers often carry such tokens for their widgets.
PROSE_TOKEN_KINDS: frozenset[Kind] = frozenset({Kind.COMMENTS, Kind.COOKIE})
# a token listed under two kinds goes to the one listed first
_TOKEN_KINDS: dict[str, Kind] = {
    token: kind for kind, tokens in reversed(list(MARKUP_TOKENS.items())) for token in tokens
}
_KIND_ORDER: dict[Kind, int] = {kind: rank for rank, kind in enumerate(MARKUP_TOKENS)}
# The same tokens as a set: a block's tokens are intersected with it in one step.
_KNOWN_TOKENS: frozenset[str] = frozenset(_TOKEN_KINDS)


def chrome_tokens(tokens: frozenset[str]) -> frozenset[str]:
    """The class/id tokens among `tokens` that name a kind of chrome."""
    return tokens & _KNOWN_TOKENS


# Evidence on a paragraph of prose in a side box: it stays a candidate for the body, at a discount.
SIDEBAR_PROSE = "markup.sidebar_prose"
# The prefix of this stage's rules for menus and runs of links ("markup.navigation.nav", ".token", ".links"):
# fields/dates.py reads a date there only as a last resort.
NAVIGATION_RULE_PREFIX = f"markup.{Kind.NAVIGATION.value}."
# Tokens of a sidebar's or a footer's boxes: an "about this blog" text widget beside a short post, a
# site's legal notice under a short report, each one long paragraph that outscores the article; and the
# blogger's profile or the author's biography box ("profile-textblock", "author-bio", "about-author"),
# which a page-wide "sidebar" class may leave unnamed.
SIDEBAR_TOKENS: frozenset[str] = frozenset(
    {"sidebar", "textwidget", "footer", "colophon", "copyright", "profile", "bio", "biography", "about"}
)


# Tokens of the box in which a paywalled page hides the rest of its story until the reader subscribes
# (`<div class="subscriber-only" style="display:none">`): hidden, but the article's own paragraphs.
# ("premium-content" is left out: sites name promotions of their paid archive so.)
GATED_TOKENS: frozenset[str] = frozenset({"subscriber-only", "subscribers-only", "subscriber-content", "paywalled"})
# Evidence on a paragraph of prose that only a subscriber's gate hides: it stays a candidate for the body.
GATED_PROSE = "markup.gated_prose"


def _in_sidebar(block: Block, ignored: frozenset[str], ignored_ancestors: frozenset[str]) -> bool:
    """Prose inside an `<aside>` or a box whose class names a sidebar or footer (not a page-wide wrapper)."""
    if "aside" in block.hints.ancestors and "aside" not in ignored_ancestors:
        return True
    return any(token not in ignored for token in block.hints.tokens & SIDEBAR_TOKENS)


def _in_gate(block: Block) -> bool:
    """Prose hidden in a box whose class names a subscribers' gate."""
    features = block.features
    return (
        features is not None
        and features.prose in (Prose.GOOD, Prose.NEAR)
        and "hidden" in block.hints.ancestors
        and bool(block.hints.tokens & GATED_TOKENS)
    )


def _gate_hides_the_story(page: Page) -> bool:
    """The gated boxes hold most of the page's prose: the rest of a story shown as a teaser, not a box of
    subscriber perks or promotions under a story the page shows whole.

    Only the prose shown before the first gated paragraph counts as the story's shown part: what follows
    the gate (reader comments, a sidebar of other stories) is no part of the story it hides.
    """
    hidden = shown = 0
    for block in page.blocks:
        features = block.features
        if features is None or features.prose not in (Prose.GOOD, Prose.NEAR):
            continue
        if _in_gate(block):
            hidden += features.words
        elif not hidden and features.prose is Prose.GOOD and "hidden" not in block.hints.ancestors:
            shown += features.words
    return hidden > 0 and hidden >= t.GATED_MIN_PROSE_SHARE * (hidden + shown)


def _judge(
    block: Block,
    ignored: frozenset[str],
    ignored_ancestors: frozenset[str],
    gate_hides_story: bool = False,
    form_story: bool = False,
) -> Block:
    features = block.features
    if features is None or block.kind is not None or block.role is not Role.BOILERPLATE:
        return block
    prose = _long_prose(block)
    gated = gate_hides_story and _in_gate(block)
    if gated:
        block = block.noted(GATED_PROSE)
    for ancestor, kind in ANCESTOR_KINDS:
        if (
            ancestor in block.hints.ancestors
            and ancestor not in ignored_ancestors
            and not (prose and ancestor == "aside")
            and not (form_story and ancestor == "form" and features.prose in (Prose.GOOD, Prose.NEAR))
            and not (gated and ancestor == "hidden")
        ):
            return block.labelled(Role.BOILERPLATE, kind, f"markup.{kind.value}.{ancestor}")
    kinds = [_TOKEN_KINDS[token] for token in block.hints.tokens & _KNOWN_TOKENS if token not in ignored]
    if prose:
        kinds = [kind for kind in kinds if kind in PROSE_TOKEN_KINDS]
    if kinds:
        kind = min(kinds, key=_KIND_ORDER.__getitem__)
        return block.labelled(Role.BOILERPLATE, kind, f"markup.{kind.value}.token")
    if block.hints.link_density >= t.MARKUP_LINK_DENSITY and features.words <= t.MARKUP_LINK_MAX_WORDS:
        return block.labelled(Role.BOILERPLATE, Kind.NAVIGATION, f"{NAVIGATION_RULE_PREFIX}links")
    if prose and _in_sidebar(block, ignored, ignored_ancestors):
        return block.noted(SIDEBAR_PROSE)
    return block


# Tokens that may name a section longer than the article it follows (a thread of hundreds of comments).
THREAD_TOKEN_KINDS: frozenset[Kind] = frozenset({Kind.COMMENTS})


# Kinds of the boxes that follow a story and may outgrow it: a thread of comments, a sidebar or a list of teasers of
# other stories, each with more blocks than the rest of the page. A token of these kinds on most blocks names such
# a box, not a page-wide wrapper, when it first appears below the page's first paragraph of prose: a wrapper
# (`<body class="has-sidebar">`) starts above the story. A short story (two paragraphs under a long thread, a post
# beside a sidebar of a hundred links) is where it matters: `_thread_after_article` needs an article's worth of
# prose above the box.
BOX_AFTER_KINDS: frozenset[Kind] = frozenset({Kind.COMMENTS, Kind.RELATED})


def _tokens_down_to_the_prose(page: Page) -> frozenset[str]:
    """The chrome tokens of the blocks from the top down to the page's first paragraph of prose (GOOD) that no
    earlier stage labelled (a cookie notice above the page is no story), that paragraph included."""
    seen: set[str] = set()
    for block in page.blocks:
        seen.update(block.hints.tokens & _KNOWN_TOKENS)
        features = block.features
        if features is not None and features.prose is Prose.GOOD and block.kind is None:
            break
    return frozenset(seen)


def _thread_after_article(page: Page, token: str) -> bool:
    """A comment token on most of the page's blocks names a thread, not a page-wide wrapper, when an
    article's worth of prose comes before its first block: a wrapper (`<body class="comments-open">`)
    starts above the article, a thread of many comments after it."""
    if _TOKEN_KINDS[token] not in THREAD_TOKEN_KINDS:
        return False
    words = 0
    for block in page.blocks:
        if token in block.hints.tokens:
            return False
        features = block.features
        if features is not None and features.prose is Prose.GOOD:
            words += features.words
            if words >= t.THREAD_MIN_WORDS_BEFORE:
                return True
    return False


def mark_markup(page: Page, options: Options) -> Page:
    """Label blocks that their markup places in chrome (HTML input only)."""
    del options
    if page.source != "html" or not page.blocks:
        return page
    # counted in C over all blocks at once (a `Counter.update` per block costs more than its counting)
    counts = Counter(chain.from_iterable(block.hints.tokens & _KNOWN_TOKENS for block in page.blocks))
    ancestors = Counter(chain.from_iterable(block.hints.ancestors for block in page.blocks))
    limit = t.MARKUP_PAGEWIDE_SHARE * len(page.blocks)
    above = _tokens_down_to_the_prose(page)
    ignored = frozenset(
        token
        for token, n in counts.items()
        if n > limit
        and not _thread_after_article(page, token)
        and (token in above or _TOKEN_KINDS[token] not in BOX_AFTER_KINDS)
    )
    ignored_ancestors = frozenset(name for name, n in ancestors.items() if n > limit)  # <form> around the page
    gate_hides_story = _gate_hides_the_story(page)
    form_story = sum(_long_prose(block) and "form" in block.hints.ancestors for block in page.blocks)
    return page.with_blocks(
        tuple(
            _judge(block, ignored, ignored_ancestors, gate_hides_story, form_story >= FORM_STORY_MIN_PARAGRAPHS)
            for block in page.blocks
        )
    )


def _long_prose(block: Block) -> bool:
    """A paragraph of prose long enough to keep its body chances inside a widget (`MARKUP_PROSE_MIN_WORDS`)."""
    features = block.features
    return features is not None and features.prose is Prose.GOOD and features.words >= t.MARKUP_PROSE_MIN_WORDS
